import { describe, expect, it } from 'vitest';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';

/*
 * Written for this lexicon, in many styles: with and without the special letters, chat spellings,
 * typos, Russian and surzhyk or Latin letters where people write them, Dutch mixed in. The negatives
 * are everyday messages (rent, debts, school, work), figures of speech, the negated and the past.
 */
describe('the safety check in Ukrainian', () => {
  it.each([
    ['Я хочу померти', 'suicide'],
    ['хочу вмерти, більше не можу', 'suicide'],
    ['Не хочу більше жити', 'suicide'],
    ['не хочу жить', 'suicide'],
    ['жити не хочеться зовсім', 'suicide'],
    ['Хочеться заснути і не прокинутися', 'suicide'],
    ['я думаю про самогубство кожен день', 'suicide'],
    ['я вб\'ю себе', 'suicide'],
    ['вбʼю себе сьогодні', 'suicide'],
    ['хочу покінчити з собою', 'suicide'],
    ['хочу покiнчити з собою', 'suicide'],
    ['думаю покончить с собой', 'suicide'],
    ['я устала жить', 'suicide'],
    ['краще б я померла', 'suicide'],
    ['повішуся і все', 'suicide'],
    ['стрибну з мосту', 'suicide'],
    ['кинуся під потяг', 'suicide'],
    ['наковтаюся таблеток', 'suicide'],
    ['вип\'ю цілу пачку снодійного', 'suicide'],
    ['я накопичила таблетки', 'suicide'],
    ['написала прощальний лист', 'suicide'],
    ['ріжу собі руки', 'suicide'],
    ['режу вены', 'suicide'],
    ['моя донька хоче вмерти, каже що покінчить із собою', 'suicide'],
    ['hochu pomerty', 'suicide'],
    ['ne hochu zhyty bilshe', 'suicide'],
    ['khochu pokinchyty z soboyu', 'suicide'],
    ['хочу умереть', 'suicide'],
    ['Mijn man is weg, я не хочу жити', 'suicide'],
    ['чоловік мене б\'є', 'violence'],
    ['Чоловік б\'є мене', 'violence'],
    ['муж меня бьет', 'violence'],
    ['мене бʼє чоловік', 'violence'],
    ['мене б*є чоловік', 'violence'],
    ['він мене побив вчора', 'violence'],
    ['батько б\'є маму', 'violence'],
    ['тато бьет маму', 'violence'],
    ['він душив мене', 'violence'],
    ['погрожує ножем', 'violence'],
    ['сказав що вб\'є мене якщо я піду', 'violence'],
    ['він мене згвалтував', 'violence'],
    ['вітчим мене ґвалтує', 'violence'],
    ['син забирає мою пенсію', 'violence'],
    ['замикає мене в кімнаті', 'violence'],
    ['не дає мені їсти', 'violence'],
    ['забрав мій паспорт', 'violence'],
    ['я зазнаю домашнього насильства', 'violence'],
    ['домашнее насилие', 'violence'],
    ['хоче мене вбити', 'violence'],
    ['боюся за своє життя', 'violence'],
    ['cholovik mene bye', 'violence'],
    ['muzh menya bjet', 'violence'],
    ['кинувся на мене з ножем', 'violence'],
    ['змушує мене роздягатися', 'violence'],
    ['батьки б\'ються щовечора', 'violence'],
    ['mijn man б\'є мене', 'violence'],
    ['тато не дихає', 'emergency'],
    ['бабуся без свідомості', 'emergency'],
    ['вона втратила свідомість', 'emergency'],
    ['не можу його розбудити', 'emergency'],
    ['дитина подавилася', 'emergency'],
    ['сильна кровотеча', 'emergency'],
    ['кров не зупиняється', 'emergency'],
    ['у нього інсульт', 'emergency'],
    ['схоже на інфаркт', 'emergency'],
    ['передоз', 'emergency'],
    ['вона наковталася таблеток', 'emergency'],
    ['дитина з\'їла таблетки', 'emergency'],
    ['пожежа в квартирі', 'emergency'],
    ['у нас пожежа', 'emergency'],
    ['горить кухня', 'emergency'],
    ['повно диму в під\'їзді', 'emergency'],
    ['пахне газом у під\'їзді', 'emergency'],
    ['запах газу', 'emergency'],
    ['не бачила сусідку кілька днів', 'emergency'],
    ['сусід ходить з ножем', 'emergency'],
    ['викличте швидку', 'emergency'],
    ['вызовите скорую', 'emergency'],
    ['ne dyhaye', 'emergency'],
    ['bez svidomosti', 'emergency'],
    ['у дитини судоми', 'emergency'],
    ['не дышит', 'emergency'],
    ['моя подруга хоче покінчити з собою', 'suicide'],
    ['сусід б\'є своїх дітей, чути через стіну', 'violence'],
    ['сусідка без свідомості', 'emergency'],
    ['я вже не хочу жити, втомилась', 'suicide'],
    ['мені не хочеться жити', 'suicide'],
    ['мне не хочется жить', 'suicide'],
    ['хочеться вмерти', 'suicide'],
    ['хочу здохнути', 'suicide'],
    ['хочу сдохнуть', 'suicide'],
    ['я хочу заснути назавжди', 'suicide'],
    ['краще б мене взагалі не було', 'suicide'],
    ['набридло жити', 'suicide'],
    ['я наложу на себя руки', 'suicide'],
    ['я накладу на себе руки', 'suicide'],
    ['хочу вистрибнути з вікна', 'suicide'],
    ['ляжу під потяг', 'suicide'],
    ['вирішила піти з життя', 'suicide'],
    ['маю план як це зробити', 'suicide'],
    ['у мене думки про суїцид', 'suicide'],
    ['суицидальные мысли', 'suicide'],
    ['донька ріже себе', 'suicide'],
    ['я порізала собі вени', 'suicide'],
    ['прийму всі таблетки разом', 'suicide'],
    ['я отруюся', 'suicide'],
    ['вбити себе хочу', 'suicide'],
    ['я хочу вбити себе', 'suicide'],
    ['ya khochu pomerty', 'suicide'],
    ['ne khochu zhyt', 'suicide'],
    ['ubyu sebya', 'suicide'],
    ['мене чоловік бʼє постійно', 'violence'],
    ['він бив мене ременем', 'violence'],
    ['вітчим бьє маму', 'violence'],
    ['мене побили вдома', 'violence'],
    ['чоловік вдарив мене по обличчю', 'violence'],
    ['душить мене коли п\'яний', 'violence'],
    ['погрожує мені ножем', 'violence'],
    ['обещает что убьет меня', 'violence'],
    ['хотел меня убить', 'violence'],
    ['заперла бабушку в комнате', 'violence'],
    ['онук забрав у мене пенсію', 'violence'],
    ['отобрал паспорт и документы', 'violence'],
    ['меня изнасиловали', 'violence'],
    ['мене зґвалтували', 'violence'],
    ['він лапає мене', 'violence'],
    ['заставляет меня раздеваться', 'violence'],
    ['мене хочуть видати заміж насильно', 'violence'],
    ['муж издевается надо мной', 'violence'],
    ['напав на мене', 'violence'],
    ['тато не дише', 'emergency'],
    ['не може дихати', 'emergency'],
    ['він лежить і не рухається', 'emergency'],
    ['у мами інсульт зараз', 'emergency'],
    ['перекосило обличчя', 'emergency'],
    ['дитина випила хлорку', 'emergency'],
    ['горить квартира', 'emergency'],
    ['пожар в подъезде', 'emergency'],
    ['в квартире сильно пахнет газом', 'emergency'],
    ['сусідку не бачили вже 5 днів', 'emergency'],
    ['он ходит с ножом по двору', 'emergency'],
    ['хтось стріляє', 'emergency'],
    ['бабуся впала і не може встати', 'emergency'],
    ['потрібна швидка', 'emergency'],
    ['я щось із собою зроблю', 'suicide'],
    ['боюся що зроблю щось з собою', 'suicide'],
    ['чоловік піднімає на мене руку', 'violence'],
    ['муж поднимает на меня руку', 'violence'],
    ['він п\'є і б\'є', 'violence'],
    ['вітчим б\'є коли п\'яний', 'violence'],
    ['розпускає руки', 'violence'],
    ['дитина синіє', 'emergency'],
    ['сусідка не відкриває двері вже три дні', 'emergency'],
    ['хочу заснути вічним сном', 'suicide'],
    ['вона напилась таблеток', 'emergency'],
    ['тато не прокидається', 'emergency'],
    ['муж бьет, что делать?', 'violence'],
    ['вмерти хочу', 'suicide'],
    ['хочу щоб мене не стало', 'suicide'],
    ['набряк горла після укусу', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['не бачу сенсу жити', 'suicide'],
    ['життя не має сенсу', 'suicide'],
    ['не бачу виходу', 'suicide'],
    ['я для всіх тягар', 'suicide'],
    ['всім буде краще без мене', 'suicide'],
    ['я більше не можу', 'suicide'],
    ['я больше не могу так', 'suicide'],
    ['прощавайте всі', 'suicide'],
    ['хочу просто зникнути', 'suicide'],
    ['коли мене не стане, подбайте про кота', 'suicide'],
    ['самогубство', 'suicide'],
    ['хоч вішайся, нічого не виходить', 'suicide'],
    ['suitsyd', 'suicide'],
    ['боюся йти додому', 'violence'],
    ['боюся чоловіка', 'violence'],
    ['в мене синці на руках', 'violence'],
    ['він приходить до мене в кімнату вночі', 'violence'],
    ['каже що це наш секрет', 'violence'],
    ['нікому не можна розповідати', 'violence'],
    ['контролює кожен мій крок', 'violence'],
    ['не дозволяє мені виходити з дому', 'violence'],
    ['мама мене вб\'є за оцінки', 'violence'],
    ['перевіряє мій телефон', 'violence'],
    ['насильство', 'violence'],
    ['болить у грудях', 'emergency'],
    ['важко дихати', 'emergency'],
    ['лежить на підлозі', 'emergency'],
    ['пожежа', 'emergency'],
    ['чую дим', 'emergency'],
    ['сил більше немає', 'suicide'],
    ['немає сенсу жити', 'suicide'],
    ['навіщо мені жити', 'suicide'],
    ['ніхто не помітить якщо я зникну', 'suicide'],
    ['я нікому не потрібна', 'suicide'],
    ['пробачте мені за все', 'suicide'],
    ['я боюся свого чоловіка', 'violence'],
    ['він контролює мої гроші', 'violence'],
    ['не пускає мене на роботу', 'violence'],
    ['в мене синяк під оком', 'violence'],
    ['він став дуже агресивний', 'violence'],
    ['колишній погрожує', 'violence'],
    ['мене тут ніщо не тримає', 'suicide'],
    ['він робить мені боляче', 'violence'],
    ['мені погрожують', 'violence'],
    ['жити немає сенсу', 'suicide'],
    ['мені все одно, живу я чи ні', 'suicide'],
    ['вирішила все закінчити', 'suicide'],
    ['мамі раптом стало погано', 'emergency'],
    ['дідусь дихає дуже важко', 'emergency'],
    ['тато не реагує, лежить на дивані', 'emergency'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'мне страшно дома',
  ])('some signal: %s', (text) => {
    expect(detectSafety(text).tier).not.toBe('none');
  });

  it.each([
    'моя подруга хоче покінчити з собою',
    'сусід б\'є своїх дітей, чути через стіну',
    'сусідка без свідомості',
  ])('about someone else: %s', (text) => {
    expect(detectSafety(text).bystander).toBe(true);
  });

  it.each([
    'помираю від сміху, але маю питання про допомогу',
    'Умираю со смеху с этого письма',
    'телефон здох, тому не відповідала',
    'батарея сіла посеред розмови',
    'ця бюрократія мене вб\'є, втретє надсилаю той самий документ',
    'вб\'ю тебе якщо з\'їси мій торт',
    'ніколи не думала про самогубство, просто маю борги',
    'у мене немає суїцидальних думок, потрібна допомога з орендою',
    'мого чоловіка вбили на війні, я сама з двома дітьми',
    'у нас в Харкові після обстрілу була пожежа, тепер я тут',
    'чоловік на фронті, я з дітьми в Нідерландах',
    'банк заблокував мою картку, що робити',
    'мама після інсульту, потрібна доглядальниця',
    'ледь не отримала інфаркт коли побачила рахунок',
    'вранці випила всі ліки, як завжди',
    'треба швидку відповідь від gemeente',
    'дякую за швидку відповідь',
    'допоможіть, будь ласка, з листом від belastingdienst',
    'швидко допоможіть заповнити форму',
    'не хочу жити з ним в одній квартирі, хочу розлучитися',
    'не хочу жити тут, в цьому районі дуже шумно',
    'оренда зросла і не знаю як платити',
    'отримала лист від gemeente про допомогу на житло',
    'потрібна допомога з заповненням форми',
    'мій син має проблеми в школі',
    'шукаю роботу, маю досвід кухаря',
    'маю борги, колектори дзвонять щодня',
    'нам загрожує виселення',
    'немає грошей на їжу до кінця місяця',
    'чи можна отримати допомогу з рахунком за газ',
    'кілька днів немає гарячої води',
    'gemeente не відповідає на мої листи вже тиждень',
    'не розумію лист від CJIB',
    'мама має деменцію і потребує догляду',
    'хочу записатися на курси голландської мови',
    'шукаю садочок для доньки',
    'сусіди шумлять вночі, не можу спати',
    'у ванній цвіль',
    'загубила паспорт, що робити',
    'потрібен перекладач до лікаря',
    'втомилася від цих документів',
    'мені самотньо, хочу познайомитися з людьми',
    'чоловік втратив роботу, нам нема на що жити',
    'як жити на такі гроші',
    'помираю з голоду, коли обід',
    'машина здохла, не можу доїхати на роботу',
    'боюся, що не заплачу оренду',
    'тато мав інфаркт минулого року, тепер потрібна допомога вдома',
    'хочу записатися на прийом до соціального працівника',
    'у мене немає сил на прибирання після роботи',
    'хочу зникнути з цієї групи у вайбері',
    'ця спека мене доконає',
    'ноутбук помер, потрібен комп\'ютер для навчання',
    'дитина має температуру два дні',
    'отримала попередження про відключення світла',
    'хочу допомагати як волонтер',
    'скільки коштує курс першої допомоги',
    'наш кіт помер вчора, діти плачуть',
    'мій батько помер минулого місяця',
    'бабусі 85 років, вона живе сама, чи є допомога вдома',
    'боюся стоматолога',
    'колега з роботи питає про квартиру',
    'сусідка потребує допомоги з покупками',
    'чоловік п\'є і в нас борги',
    'дружина хоче розлучення',
    'син не хоче ходити до школи',
    'донька має депресію, шукаємо психолога',
    'я втомилася від роботи і дітей',
    'в нас тривога в Києві, переживаю за маму',
    'моя мама в Україні, там щодня вибухи',
    'ми втекли від війни, шукаємо житло',
    'немає сенсу дзвонити в gemeente, вони не відповідають',
    'не бачу іншого виходу, ніж взяти кредит',
    'мені треба швидка допомога з документами',
    'дуже прошу про допомогу з оплатою',
    'у мене судоми в ногах вночі',
    'кашель мене душить тиждень',
    'скоро мене не буде вдома, я на роботі до шостої',
    'коли мене не буде вдома, залиште посилку у сусідів',
    'сусід курить на балконі і дим іде до нас',
    'пахне димом від шашлику у дворі',
    'зберігаю ліки в холодильнику',
    'збираю ліки для України, хто може допомогти',
    'мені подобається готувати, хочу щось робити для району',
    'Умираю от скуки на этих курсах',
    'муж ушел на работу, дети в школе',
    'жду ответ от IND уже месяц',
    'дуже дякую за все, до побачення',
    'як мені отримати toeslag',
    'у нас вдома зламалася пральна машина',
    'мені потрібен лікар для дитини',
    'серце б\'ється швидко перед іспитом',
    'орендодавець погрожує виселенням',
    'хочу щось зробити з цим садом',
    'чоловік п\'є каву вранці',
    'син не прокидається вчасно до школи',
    'мені погрожують виселенням',
    'батько б\'є рекорди на роботі',
    'gemeente не реагує на мої листи',
    'мені погано від цих новин',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  it.each([
    'колись батько мене бив, багато років тому, тепер шукаю роботу',
    'в дитинстві мене били, це вже в минулому, зараз потрібна квартира',
  ])('told as the past, at most a question: %s', (text) => {
    expect(detectSafety(text).tier).not.toBe('crisis');
  });

  it.each([
    'у мене є таблетки',
    'сьогодні вночі',
    'я сама вдома, нікого немає',
    'я вже випила таблетки',
    'він повертається і він п\'яний',
    'я на мосту',
    'прямо сейчас',
  ])('more risk in a crisis conversation: %s', (text) => {
    expect(mentionsRisk(text)).toBe(true);
  });

  it.each([
    'добре, дякую',
  ])('no new risk: %s', (text) => {
    expect(mentionsRisk(text)).toBe(false);
  });

  it.each([
    'не буду дзвонити',
    'не можу говорити по телефону',
    'ніхто мені не допоможе',
    'никто не поможет',
    'він почує',
    'не знаю нідерландської',
    'не хочу звонить',
  ])('will not or cannot call: %s', (text) => {
    expect(refusesToCall(text)).toBe(true);
  });
});

/* Families widened after the blind file k: new sentences for each, and the everyday ones they must leave alone. */
describe('the widened Ukrainian and Russian families', () => {
  it.each([
    ['снодійне вже місяць відкладаю в шухляду', 'suicide'],
    ['таблетки я уже накопила, много', 'suicide'],
    ['зробив петлю з ременя', 'suicide'],
    ['ріжу руку бритвою коли погано', 'suicide'],
    ['знову порізала собі ногу', 'suicide'],
    ['прижигаю себе сигаретою щовечора', 'suicide'],
    ['у меня есть план как это закончить', 'suicide'],
    ['він бє її по голові при дітях', 'violence'],
    ['vin b\'je mene po oblychchiu', 'violence'],
    ['я вчора дружину вдарив, вперше', 'violence'],
    ['схопив мене за горло на кухні', 'violence'],
    ['швырнул тарелку в ребенка', 'violence'],
    ['сказав що вбє мене якщо піду в поліцію', 'violence'],
    ['если позвонишь в полицию, убью', 'violence'],
    ['онук замикає її в кімнаті на ключ', 'violence'],
    ['син забирає у бабусі всю пенсію', 'violence'],
    ['чоловік не віддає мій паспорт', 'violence'],
    ['він ломиться в двері, ми сховалися у ванній', 'violence'],
    ['у мами рот скривило набік', 'emergency'],
    ['тато не може підняти руку і говорить дивно', 'emergency'],
    ['дитина подавилась і стає синьою', 'emergency'],
    ['сусідку не бачили вже тиждень, не відчиняє', 'emergency'],
    ['з голови тече кров, він не рухається', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['дітям буде простіше взагалі без мене', 'suicide'],
    ['если меня не станет, никто не заплачет', 'suicide'],
    ['вирішила як з усім цим покінчити', 'suicide'],
    ['якщо зі мною щось трапиться, хто забере кота?', 'suicide'],
    ['вчора довго сиділа на даху і думала як це просто', 'suicide'],
    ['як сховати шрами на руках від мами', 'suicide'],
    ['сын пишет что всем будет легче без него', 'suicide'],
    ['коли злиться, кидає в стіну тарілки', 'violence'],
    ['малий кричав за стіною «не бий, тату»', 'violence'],
    ['погрожує що забере дітей в Україну і я їх не побачу', 'violence'],
    ['я з дітьми закрилась у спальні, він пяний', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'я не збираюся накладати на себе руки, просто хочу поговорити',
    'совсем не хочу умирать, просто устала',
    'вбиваю час у черзі в gemeente',
    'убил время в аэропорту, теперь дома',
    'начальник мене вбє якщо я знову запізнюсь',
    'вбю тебе за це, але дякую за квитки',
    'порізала руку ножем коли різала хліб, яку мазь купити',
    'у мене рука не піднімається викинути його речі',
    'вона не може говорити зараз, вона на роботі',
    'якщо мене не буде вдома, залиште посилку сусідам',
    'віддала старий одяг сестрі, мені вже малий',
    'кинула погляд на годинник і пішла',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

/*
 * Families written after the blind measurement of 7a12026, in Ukrainian, Russian and surzhyk: new
 * sentences for each way the family is said, and hard negatives that share its words.
 */
describe('the Ukrainian families of the 7a12026 round', () => {
  it.each([
    ['вітчим знову кидався з сокирою на маму', 'violence'],
    ['он бегал с ножом за женой по квартире', 'violence'],
    ['на брата з ножем кинувся сусід', 'violence'],
    ['донечка проковтнула батарейку від годинника', 'emergency'],
    ['малой сьогодні, здається, проглотил монетку, кашляє', 'emergency'],
    ['синок 2 рочки випив рідину для миття посуду', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['ввечері піду в річку і все', 'suicide'],
    ['завтра пойду в море, пусть будет так', 'suicide'],
    ['вночі виходжу на дах і довго дивлюсь вниз', 'suicide'],
    ['сиджу на балконі, 12 поверх, дивлюсь вниз', 'suicide'],
    ['краще б я загинула там разом з ними', 'suicide'],
    ['лучше бы я там погиб под обстрелом', 'suicide'],
    ['krashche b ya tam zahynula', 'suicide'],
    ['хазяїн по ночах заходить у кімнату моєї доньки', 'violence'],
    ['отчим заходит в комнату дочери, когда она спит', 'violence'],
    ['син каже, що це наш з дядьком секрет', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'влітку підемо в море купатися з дітьми, де найкращий пляж?',
    'чоловік хоче піти в море працювати матросом, де шукати вакансії?',
    'виходжу на балкон покурити, сусіди скаржаться на дим',
    'мама каже, що я доведу її до інфаркту своїм англійським',
    'сестра вб\'є мене, якщо я знову спізнюся на поїзд',
    'подруга убьет меня, если я съем её торт',
    'ne dumaju pro samohubstvo, prosto vtomylas, shukayu psyholoha',
    'дочка заходить до моєї кімнати вранці, щоб розбудити',
    'ми з донькою різали ножем хліб на кухні',
    'дитина зїла яблуко і просить ще',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Ukrainian and Russian families of the lexicon round of 1 December', () => {
  it.each([
    // He beats her, told victim first.
    ['вітчим її постійно бє, а ми з братом сидимо в кімнаті', 'violence'],
    ['он ее бьет почти каждый вечер, я слышу через стену', 'violence'],
    ['тато маму знову побив вчора ввечері', 'violence'],
    ['vin yii bye koly pyanyi', 'violence'],
    // "If I leave he'll kill me and the children."
    ['сказав, якщо я піду від нього, він вб\'є мене і дітей', 'violence'],
    ['муж говорит если я уйду то он убьет меня', 'violence'],
    ['yakshcho ya pidu vin vbye mene', 'violence'],
    ['вбє нас усіх, якщо я подам на розлучення, так він кричав', 'violence'],
    // A fist beside one's head and "next time he won't miss".
    ['гатив кулаком у двері біля моєї голови і сказав що наступного разу влучить', 'violence'],
    ['ударил рядом с моей головой, сказал что в следующий раз не промахнется', 'violence'],
    // A word that ends in "не" or "ні" before the wish is no negation ("мені хочеться померти").
    ['мені хочеться померти', 'suicide'],
    ['мені краще зникнути назавжди', 'suicide'],
    ['часто мне хочется умереть', 'suicide'],
    // A means bought or kept, and the time or place decided.
    ['я вже купила снодійне і вирішила коли', 'suicide'],
    ['мотузку купил, уже знаю где', 'suicide'],
    ['ya kupyv tabletky i znayu koly tse zroblyu', 'suicide'],
    // A neighbour who beats his wife, in Latin letters; a child who ate pills.
    ['susid bye zhinku, chuty kryky za stinoyu', 'violence'],
    ['malyi zyiv tabletky babusi', 'emergency'],
    // Beaten at night, a threat if anyone finds out, a man coming who has a knife (files w2-w4).
    ['кожної ночі її б\'є, ми все чуємо', 'violence'],
    ['якщо хтось дізнається, він мене вб\'є', 'violence'],
    ['пише що знайде нас, у нього є ніж', 'violence'],
    // News about others does not hide the writer's own words after it.
    ['бачила в новинах, що чоловік побив жінку, а мене мій чоловік теж б\'є', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // The railway; sleeping pills in quantity; why live.
    ['завтра вранці піду на залізницю, так буде краще', 'suicide'],
    ['пойду на железную дорогу ночью', 'suicide'],
    ['купила три упаковки снотворного, вдома нікого', 'suicide'],
    ['навіщо мені далі жити без нього', 'suicide'],
    ['зачем мне жить дальше', 'suicide'],
    // Someone on a bridge now, a pet handed over, "that's it, enough".
    ['подруга зараз десь на мосту, пише що все досить', 'suicide'],
    ['брат сейчас на крыше, не берет трубку', 'suicide'],
    ['він питає чи я заберу його кота, і пише що все, досить', 'suicide'],
    // Keys and papers left out, thanks for everything, a flat left clean, tired of fighting.
    ['ключі залишила у сусідки, дякую всім за все', 'suicide'],
    ['документы положил на столе. спасибо вам за всё', 'suicide'],
    ['устала бороться. квартиру оставлю чистой', 'suicide'],
    ['не бачу більше сенсу, вдома лежить багато снодійного', 'suicide'],
    // A man who keeps after a daughter; grabbed and held.
    ['сусід по гуртожитку постійно пристає до моєї доньки, їй 14', 'violence'],
    ['мужчина из соседней комнаты цепляется к дочке', 'violence'],
    ['зайшов коли мене не було і зачинив за собою двері, донька плакала', 'violence'],
    ['хазяїн схопив мою доньку за руку і не відпускав', 'violence'],
    ['он схватил ребенка и не отпускал пока я не закричала', 'violence'],
    ['гупнув кулаком по столу біля обличчя дитини', 'violence'],
    ['сказав що наступного разу не промахнеться', 'violence'],
    // "I can't live like this any more".
    ['я не можу так більше жити', 'suicide'],
    ['не могу больше так жить', 'suicide'],
    ['ne mogu tak dalshe zhyt', 'suicide'],
    // "Forgive me, look after the children", a phone switched off, a gun at home.
    ['брат написав: пробач, бережи маму, і більше не відповідає', 'suicide'],
    ['муж прислал "прости, позаботься о детях" и выключил телефон', 'suicide'],
    ['вимкнула телефон, вдома мисливська рушниця, пише дивні речі', 'suicide'],
    ['сестра написала: вибач за все. Живе сама і не відповідає', 'suicide'],
    ['він каже малій, що це їхній секрет', 'violence'],
    ['погрожує забрати сина силою', 'violence'],
    ['мама роздала всі свої речі, а тепер телефон вимкнений', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Working on the railway; a trip; pills for a parent; a thank-you.
    'чоловік піде на залізницю працювати, де взяти довідку?',
    'поїду потягом до Амстердама, де купити квиток?',
    'купила мамі ліки в аптеці, дуже дорогі',
    'дякую вам за все, що ви для нас зробили, документи вже подали',
    'ключі від квартири залишу у сусідки, поки ми у відпустці',
    // He does not beat her; said in the past and he is dead; a team that won't miss.
    'він її ніколи не бив, просто кричить',
    'В детстве отец бил маму, его уже нет в живых. Ищу психолога на русском',
    'тренер сказав, що наступного разу наш нападник не промахнеться',
    // A friend on a bridge for work; a relative who keeps after a job.
    'брат зараз на мосту працює, ремонтують дорогу',
    'донька постійно пристає до мене з питаннями про школу',
    'не можу так жити з ним, хочу розлучитися, де юрист?',
    'ne mogu tak zhyt tut, shukayu inshe zhytlo',
    'Колись я хотіла накласти на себе руки. Зараз усе добре, хочу волонтерити',
    'вибачте, що турбую, подбайте будь ласка про документи для дітей',
    'Читала в новинах, що в Утрехті чоловік побив жінку, жах. Як записатися на курси?',
    'в новостях писали, что муж избил жену в Роттердаме, страшно жить',
    'я просто вбиваю себе цими змінами на складі, шукаю іншу роботу',
    'Рік тому я хотіла покінчити з собою. Зараз я в терапії і мені краще, хочу допомагати іншим',
    // Cooking as the weapon, in Cyrillic and in Latin letters.
    'дружина каже, що я її вб\'ю своїм гострим борщем 😂',
    'zhinka kazhe shcho ya yiyi vbyu svoim borshchem',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Ukrainian and Russian families from files train-w3 to w6', () => {
  it.each([
    // A wish not to exist said alone stays a crisis.
    ['часто думаю, що краще б мене просто не було', 'suicide'],
    ['лучше бы меня вообще не было на свете', 'suicide'],
    // A child with fever who jerks or has a fit and does not respond.
    ['у доньки жар під 40, вона смикається і не реагує на голос', 'emergency'],
    ['ребенок весь горячий, дергается и не отвечает мне', 'emergency'],
    ['малий не реагує, очі закотив і трусить руками', 'emergency'],
    ['syn duzhe haryachyi, sudomy i ne reahuye', 'emergency'],
    // Sudden signs of a stroke.
    ['тато раптом перестав бачити на одне око', 'emergency'],
    ['у бабусі перекосило обличчя, і вона плутає слова', 'emergency'],
    ['муж вдруг не может поднять руку и говорит непонятно', 'emergency'],
    ['мама плутає слова і скаржиться на голову, так раптово', 'emergency'],
    // A roof or bridge, and going back without coming down.
    ['вчора сиділа на краю даху, завтра полізу туди знову', 'suicide'],
    ['стоял на крыше нашего дома, больше не спущусь по лестнице', 'suicide'],
    ['stoiala na dakhu, zavtra pidu znovu', 'suicide'],
    // Choking, in Latin letters.
    ['donka podavylas tsukerkoyu, ne mozhe dyhaty', 'emergency'],
    ['malyi podavyvsya i posyniv', 'emergency'],
    // "Not in the sense of suicide" does not hide the plain wish said before it.
    ['Не хочу більше жити. Не в сенсі суїциду, а просто нема сил', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // The same wish followed at once by what holds the writer: the safety question, not the crisis answer.
    ['Буває, думаю, що краще б мене не було. Але діти тримають', 'suicide'],
    ['лучше бы меня не было, но ради сына держусь', 'suicide'],
    ['краще б мене не було, але я нічого собі не зроблю, просто втомилась', 'suicide'],
    ['иногда кажется, лучше бы меня не было. Но у меня дочка', 'suicide'],
    // Things given away and "nobody can help me now".
    ['роздав речі друзям, мені вже ніхто не допоможе', 'suicide'],
    ['я все решил, вещи раздал, мне уже не помочь', 'suicide'],
    // "I mean to end it all", said without what.
    ['я маю намір з усім цим покінчити', 'suicide'],
    ['вирішила з цим закінчити, сил більше нема', 'suicide'],
    ['решил со всем этим покончить', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'кіт смикається уві сні і не реагує на мене, смішно',
    'на даху нашого будинку ремонт, завтра знову прийдуть робітники',
    'бабуся плутає слова, коли втомиться, це вік, де знайти логопеда?',
    'дочка подавилась сміхом, коли побачила мого кота 😂',
    'краще б мене не було на тих зборах, нудно було',
    'наш пес мене колись уб\'є своїм гавкотом о шостій ранку',
    'моя кошка меня убьет, опять разбудила в пять утра 😂',
    'вирішила з цим покінчити з курінням, де знайти групу підтримки?',
    // "Not in the sense of suicide": lonely, not in danger (file w2).
    'не хочу жити так, як живу: тільки склад і гуртожиток. Не в сенсі суїциду, просто хочу друзів',
    'не хочу жити так як зараз, не в плані самогубства, шукаю хобі',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Ukrainian after files x, y, z and za: leaving life, a knife shown, a child\'s secret, smoke in a stairwell, a friend who will not wake', () => {
  it.each([
    ['я вирішив піти з життя, ліки вже зібрав', 'suicide'],
    ['Колишній сказав що знайде нас і вбє, ніж він мені вже показував', 'violence'],
    ['в підїзді дим, сусіди не відповідають', 'emergency'],
    ['podruha ne prokydaietsia pislia vecherinky', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['дядько каже що якщо я комусь розкажу то мене заберуть від мами', 'violence'],
    ['він дихає дуже слабо і хрипить після горілки', 'emergency'],
    ['Тато віддав мені свою каблучку і сказав що йому вже не треба, бо він нікому не потрібен', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });
  it.each([
    'Я піду з роботи, бо начальник кричить, що робити з допомогою?',
    'Мені вже не треба ця шафа, кому віддати безкоштовно?',
    'kolys ya dumala pro suitsyd, zaraz vse normalno, shukaju robotu',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Ukrainian after the t3 training file: "if you tell, then ..." said to a child', () => {
  it('a neighbour who says "if you tell, then your dad will die" is asked about', () => {
    expect(detectSafety('Тренер сказав доньці: якщо розкажеш, то тебе виженуть з команди і мама плакатиме', { learned: false })).toMatchObject({ tier: 'concern', concern: 'violence' });
  });
});

describe('Ukrainian after the t4 training file: a knife photo from an ex waiting outside, "better for both of us to fall asleep", a school project', () => {
  it.each([
    ['Бывший уже час стоит под домом и прислал фото ножа', 'violence'],
    ['Доглядаю тата сама, думаю що нам обом було б легше не прокинутися', 'suicide'],
  ])('concern or crisis: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Готую доповідь про домашнє насильство для школи, де взяти статистику?',
    'Раніше чоловік мене бив, але ми розлучені вже п\'ять років, зараз питання про житло',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Ukrainian and Russian after files 2026-12-02 a to d: "to dad in heaven" and a window, a drunk stepfather at the door, bleeding that will not stop, chest pain to the jaw', () => {
  it.each([
    ['Бабуся каже що хоче до дідуся на небеса і відкриває вікно на балкон', 'suicide'],
    ['pjanyi batko vybyvaye dveri v kimnatu, ja khovayus z sestroyu', 'violence'],
    ['кровь из ноги очень сильно идет и не останавливается', 'emergency'],
    ['druh porizav ruku, krov ne zupynyaietsia vzhe pivhodyny', 'emergency'],
    ['давит сердце и отдает в левую руку, весь в холодном поту', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['Мама весь день каже, що хоче до тата на небо', 'suicide'],
    ['брат раздал все вещи и сказал что завтра ему уже ничего не понадобится', 'suicide'],
    ['napysala proshchalnyi lyst i nikomu ne pokazala', 'suicide'],
  ])('concern or crisis: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });

  it.each([
    'Перед переїздом роздав усі свої речі друзям',
    'кров з носа вже зупинилася, все добре',
    'болить спина, віддає в ногу',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Ukrainian and Russian after training files 2026-12-02 e to h: a rope after "I decided", groped at night, "свою стареньку маму", a head hit then vomiting, a scooter on fire, a diabetic child, swollen lips and wheezing, the past told as over (new sentences)', () => {
  it.each([
    ['Я все вирішила, вже купила мотузку', 'suicide'],
    ['ya vse reshil, kupil verevku', 'suicide'],
    ['мой друг стоит на мосту и пишет что прыгнет', 'suicide'],
    ['он заходит ночью в мою комнату и лапает меня', 'violence'],
    ['син бʼє свою стару бабусю', 'violence'],
    ['тато впав зі сходів, вдарився головою, тепер його рве і він плутає слова', 'emergency'],
    ['в підїзді загорівся самокат, дим по всьому поверху', 'emergency'],
    ['у доньки цукровий діабет, вона вся мокра і не прокидається', 'emergency'],
    ['в мужа опухли губы и язык, дышит со свистом', 'emergency'],
    ['він випив щось на вечірці і тепер дивно хропе, не прокидається', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['якщо піду в поліцію, сказав що дітей більше не побачу', 'violence'],
    ['сусід вже тиждень не виходить, а з квартири дивний запах', 'emergency'],
  ])('concern or crisis: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });

  it.each([
    // Decided about papers and bought tickets, a charger light, not thinking of suicide, the past told as over.
    'Я вирішила все з документами, купила квитки',
    'зарядка для телефону загорілась червоним',
    'я випив щось від голови і тепер добре сплю',
    'pro samogubstvo ne dumala nikoly, prosto sumno',
    'Колишній чоловік мене бив, коли ми жили в Харкові. Я пішла від нього у 2019 році, зараз у нас все спокійно.',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('a diabetic father who does not answer messages is at most asked about', () => {
    expect(detectSafety('у тата діабет, він не відповідає на повідомлення', { learned: false }).tier).not.toBe('crisis');
  });
});

describe('the families added after training files 2026-12-02 i to l (new sentences, not the read ones)', () => {
  it.each([
    ['погрожує що прийде вночі і заріже мене', 'violence'],
    ['отчим лупит брата ремнем почти каждый день', 'violence'],
    ['донька випила засіб для труб з-під мийки', 'emergency'],
    ['дим іде з подовжувача під столом', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['у хлопчика постійно синці, а він каже що впав з велосипеда', 'violence'],
    ['дочка не хоче йти до вітчима на вихідні', 'violence'],
    ['бабуся впала в туалеті і кличе на допомогу, а двері зачинені', 'emergency'],
    ['brat stoit na mostu, napysav meni proshchavai', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // A cake cut, a carpet beaten with a stick, a daughter who wants to stay in the park.
    'мій син прийде завтра і поріже торт',
    'дід бє килим палкою на вулиці',
    'дочка не хоче йти додому з парку',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 q to t (new sentences, not the read ones)', () => {
  it.each([
    ['снодійне потроху збираю вже місяць, його вистачить', 'suicide'],
    ['таблетки ховаю в шафі, там уже хватить', 'suicide'],
    ['він толкнул меня об стену при детях', 'violence'],
    ['вчора чоловік штовхнув мене на двері', 'violence'],
    ['partner shtovhnula mene na stinu', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // A full stop folded away: "… жити. в школі …" reads as where one lives; with a letter left it is asked about.
    ['я вже не хочу жити. в школі всі сміються. залишила записку на столі', 'suicide'],
    ['тато сказав що поїде на міст і все, більше нічого не пояснив', 'suicide'],
    ['brat skazav shcho pide do richky i vse', 'suicide'],
    ['іноді думаю що лучше б меня не было', 'suicide'],
    ['син не дає мамі нормально їсти, а вона каже що боїться його', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Said not to be so; blood at a donation; papers and a parent's "she'll kill me if"; over and done.
    'Щоб ви знали: у мене немає думок заподіяти собі шкоду, просто хочу поговорити',
    'мыслей причинить себе вред у меня нет, мне нужна помощь с жильем',
    'я донор, сьогодні взяли дуже багато крові і трохи паморочиться',
    'ці документи від gemeente мене точно доконають',
    'бабушка убьет меня если я опять приду домой после полуночи',
    'два роки тому думав про самогубство, тепер маю роботу і все добре',
    'краще б мене не було на тих зборах, там було нудно',
    'таблетки для бабусі збираю в аптеці, їх вистачить на місяць',
    'я не хочу жити в цьому гуртожитку',
    'в суботу піду на море і все, відпочину',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('a partner who says he will kill her if she comes home late is still a threat', () => {
    expect(detectSafety('чоловік сказав що вб\'є мене якщо я прийду пізно', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'violence' });
  });
});

describe('families from training files 2026-12-02 u to x (new wordings)', () => {
  it.each([
    ['подруга написала мені, що прощається, бо вже не витримує і зробить це сьогодні', 'suicide'],
    ['брат попрощался со мной, больше не выдерживает, сказал сделает это сам', 'suicide'],
    ['вчора стояла на даху і не розумію, чому не стрибнула', 'suicide'],
    ['я сижу на подоконнике и не понимаю, почему не прыгнул', 'suicide'],
    ['мене знову тягне до води, під міст', 'suicide'],
    ['за стіною щось грюкає, а дівчинка кричить "допоможіть"', 'violence'],
    ['сосед орет, что-то гремит, а его жена зовет на помощь', 'violence'],
    ['чую як мама плаче "не бий"', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Diving into the pool; a craving; a man alone who cries for help at night; work one cannot stand.
    'син майже стрибнув у басейн з трампліна, так сміялися',
    'мене тягне на солодке щовечора',
    'бабуся вночі кличе на допомогу, у неї деменція, вдень усе добре',
    'він більше не витримує цю роботу на складі, шукає іншу',
    'вона зробить це сама, бо вміє заповнювати форми',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
