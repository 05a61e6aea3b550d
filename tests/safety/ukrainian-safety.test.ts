import { describe, expect, it } from 'vitest';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';
import { ukrainianSafetyTexts } from '../../core/texts/safety/ukrainian-safety-texts.js';

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

describe('the Ukrainian safety texts', () => {
  /** Made-up numbers: a text that hard-codes a Dutch default instead of using the configuration shows up. */
  const numbers = {
    emergency: '1-1-1', suicidePrevention: '2-2-2', suicidePreventionFree: '3-3-3', suicidePreventionChat: 'chat-s.example',
    domesticViolence: '4-4-4', domesticViolenceChat: 'chat-v.example', childHelpline: '5-5-5', childHelplineChat: 'chat-c.example',
  };
  const texts = ukrainianSafetyTexts;
  const ids = ['suicide', 'violence', 'emergency'] as const;
  const everything = (): string[] => [
    ...ids.flatMap((id) => [texts.crisis(id, numbers), texts.bystander(id, numbers), texts.urgent(id, numbers), texts.refusesToCall(id, numbers), texts.concernQuestion(id, numbers)]),
    ...texts.stayWithYou, texts.concernDeclined, texts.handOffOpen, texts.handOffClosed({ dayOffset: 2, weekday: 1, time: '09:00' }, numbers), texts.workerAlerted,
  ];

  it('names the numbers of each crisis from the configuration', () => {
    expect(texts.crisis('suicide', numbers)).toContain(numbers.suicidePrevention);
    expect(texts.crisis('suicide', numbers)).toContain(numbers.suicidePreventionFree);
    expect(texts.crisis('suicide', numbers)).toContain(numbers.suicidePreventionChat);
    expect(texts.crisis('violence', numbers)).toContain(numbers.domesticViolence);
    expect(texts.crisis('violence', numbers)).toContain(numbers.childHelpline);
    for (const id of ids) {
      expect(texts.crisis(id, numbers)).toContain(numbers.emergency);
      expect(texts.urgent(id, numbers)).toContain(numbers.emergency);
    }
    expect(texts.concernQuestion('suicide', numbers)).toContain(numbers.suicidePreventionFree);
    expect(texts.concernQuestion('violence', numbers)).toContain(numbers.domesticViolence);
    expect(texts.concernQuestion('emergency', numbers)).toContain(numbers.emergency);
    expect(texts.refusesToCall('suicide', numbers)).toContain(numbers.suicidePreventionChat);
    expect(texts.refusesToCall('violence', numbers)).toContain(numbers.domesticViolenceChat);
    expect(texts.refusesToCall('violence', numbers)).toContain(numbers.childHelplineChat);
  });

  it('hard-codes no Dutch number', () => {
    for (const text of everything()) expect(text).not.toMatch(/(?<![\d-])(?:112|0800|0113|2000|0432)(?![\d-])/);
  });

  it('says when the team reads it, and that the numbers are there now', () => {
    expect(texts.moment(0, 3, '09:00')).toBe('сьогодні з 09:00');
    expect(texts.moment(1, 3, '09:00')).toBe('завтра з 09:00');
    expect(texts.moment(2, 1, '09:00')).toBe('у понеділок з 09:00');
    const closed = texts.handOffClosed({ dayOffset: 2, weekday: 1, time: '09:00' }, numbers);
    expect(closed).toContain('у понеділок з 09:00');
    for (const number of [numbers.suicidePrevention, numbers.domesticViolence, numbers.emergency]) expect(closed).toContain(number);
  });

  it('has buttons and texts that are never the same twice', () => {
    expect([texts.concernYes, texts.concernNo]).toEqual(['Так', 'Ні']);
    expect(new Set(texts.stayWithYou).size).toBe(texts.stayWithYou.length);
    expect(texts.stayWithYou.length).toBeGreaterThanOrEqual(3);
  });
});
