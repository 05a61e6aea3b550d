import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../core/safety/safety-check.js';

/*
 * Languages the intake does not speak (core/safety/lexicons/universal-safety-lexicon.ts): only plain
 * statements of wanting to die, being beaten, someone not breathing or having swallowed something,
 * so that such a message still gets the numbers. New sentences, not the read files.
 */
describe('plain statements in the languages the intake does not speak', () => {
  it.each([
    // Farsi and Dari: beaten at home, pills gathered, "better if I were not", "I wish I died".
    ['شوهرم منو می‌زنه، بچه ها رو هم کتک میزنه', 'violence'],
    ['قرص‌های خوابمو جمع کردم، بهتره نباشم', 'suicide'],
    ['کاش بمیرم، دیگه نمی‌خوام زنده باشم', 'suicide'],
    // Russian and Bulgarian.
    ['жить не хочу больше', 'suicide'],
    ['муж меня бьет каждый вечер', 'violence'],
    ['не искам да живея повече', 'suicide'],
    ['мъжът ми ме бие', 'violence'],
    ['баща ми не диша', 'emergency'],
    // Spanish, French, Portuguese, Somali: many pills or bleach swallowed, not waking, not breathing.
    ['mi hija se tomó todas las pastillas de la caja', 'emergency'],
    ['mon fils a avalé des cachets, il ne se réveille pas', 'emergency'],
    ['o meu filho engoliu lixívia', 'emergency'],
    ['wiilkayga ma neefsan karo', 'emergency'],
    ['je ne veux plus vivre', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Waking up for school, taking one's own medicines every day.
    'mi hijo no se despierta para ir al colegio, ¿hay ayuda?',
    'je prends mes médicaments tous les jours, je cherche un médecin',
    'tomo mis pastillas cada mañana, necesito un huisarts',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the plain families added in the lexicon round of 1 December', () => {
  it.each([
    // Suicide: tired of life, not wanting to wake up, a bridge, ending one's life.
    ['Waan ka daalay nolosha, ma rabo inaan mar dambe soo toosto', 'suicide'],
    ['دیگه نمی‌خوام بیدار بشم', 'suicide'],
    ['می‌خواهم به زندگیم پایان بدم', 'suicide'],
    ['Искам да сложа край на живота си', 'suicide'],
    ['тази нощ ще скоча от моста', 'suicide'],
    ['je voudrais ne plus me réveiller', 'suicide'],
    ['j\'ai envie de me tuer', 'suicide'],
    ['voy a tirarme del puente esta noche', 'suicide'],
    ['não quero mais acordar', 'suicide'],
    ['vreau să-mi iau viața', 'suicide'],
    ['Meg akarok halni, nem akarok tovább élni', 'suicide'],
    ['öngyilkos leszek', 'suicide'],
    // Violence: a threat to kill told with "threatened", a knife shown, beaten.
    ['Wuxuu igu hanjabay inuu i dilayo', 'violence'],
    ['برادرم تهدید کرده که مرا بکشد', 'violence'],
    ['شوهرم چاقو را به من نشان داد', 'violence'],
    ['Той заплаши да ме убие', 'violence'],
    ['il m\'a menacée de me tuer', 'violence'],
    ['mi novio me amenazó con matarme', 'violence'],
    ['o meu marido ameaçou me matar', 'violence'],
    ['m-a amenințat că mă omoară', 'violence'],
    ['A férjem minden nap megver', 'violence'],
    ['Azzal fenyegetett, hogy megöl', 'violence'],
    ['ክቐትለኒ እዩ ኢሉ', 'violence'],
    // Papiamento: her husband is hitting her.
    ['mi kasá ta dal mi tur dia', 'violence'],
    ['mi ta tende gritu, e kasá ta bati e', 'violence'],
    // Emergency: cannot wake someone, many pills, a lot of blood, blue lips.
    ['je n\'arrive pas à le réveiller', 'emergency'],
    ['no puedo despertarla, hay mucha sangre', 'emergency'],
    ['não consigo acordá-la', 'emergency'],
    ['are buzele vinete', 'emergency'],
    ['nu îl pot trezi', 'emergency'],
    ['не мога да го събудя', 'emergency'],
    ['wiilkii dhiig badan ayaa ka socda', 'emergency'],
    ['پدرم خون زیادی از دست داده', 'emergency'],
    ['Nem lélegzik!', 'emergency'],
    ['sok gyógyszert vett be és eszméletlen', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Said of bad marks, waking children for school, cold blood, a heart that beats.
    'ma mère va me tuer quand elle verra mon bulletin',
    'mi mamá me va a matar si ve mis notas',
    'no quiero despertar a mi hijo tan temprano',
    'ele tem muito sangue frio',
    'A férjem szíve gyorsan ver, kardiológust keresünk',
    'nem vagyok öngyilkos, csak fáradt vagyok',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('asks about laboured breathing told without more', () => {
    expect(detectSafety('colegul meu respiră greu', { learned: false })).toMatchObject({ tier: 'concern', concern: 'emergency' });
  });
});

describe('plain families from files train-w2 to w5 in languages the intake does not speak', () => {
  it.each([
    // Somali: he broke my arm; Romanian: pulls mum by the hair; Portuguese: pushed against the wall; Farsi: beaten with a belt; Kurmanji: a knife shown.
    ['ninkaygu xalay lugta ayuu iga jabiyay', 'violence'],
    ['tata o trage pe mama de par in fiecare seara', 'violence'],
    ['ele me empurrou contra a porta e eu caí', 'violence'],
    ['پدرم دیروز با کمربند زد', 'violence'],
    ['birayê min kêrek nîşanî min da', 'violence'],
    ['برادرانم گفتند اگر دوباره ببینند منو می‌کشند', 'violence'],
    // A fall and then vomiting or not getting up; collapsed and blue; a toddler who ate pills; smoke from a house.
    ['bunica a căzut în baie și a vomitat, nu știe unde e', 'emergency'],
    ['mi mama a kai den kushina i e no por lanta', 'emergency'],
    ['mi abuelo se desmayó en la cocina y está morado', 'emergency'],
    ['mera beta shayad nani ki goliyan kha gaya', 'emergency'],
    ['aabbahay madaxa dhiig ayaa ka socda', 'emergency'],
    // Lithuanian: tomorrow I will be no more; Hungarian: pills gathered.
    ['rytoj manęs jau nebebus, atsiprašau', 'suicide'],
    ['összegyűjtöttem a gyógyszereimet, elég lesz', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Farewells in words the intake does not speak; an old relative whose card was taken; a child told not to tell mum.
    ['ab main kisi pe bojh nahi banunga', 'suicide'],
    ['senkinek nem fogok hiányozni', 'suicide'],
    ['caawa buundada ayaan tagayaa', 'suicide'],
    ['i-a luat pensia și nu o mai lasă să iasă din casă', 'violence'],
    ['عمویش گفته به مامانت نگو', 'violence'],
    // Farewells told as a story: things given away, a letter, a time or a place.
    ['Подарих кучето на съседката и написах писмо на сина ми.', 'suicide'],
    ["J'ai donné toutes mes affaires et laissé une lettre pour maman.", 'suicide'],
    ['Le regalé todo a mi hermana y le escribí una carta.', 'suicide'],
    ['Deixei uma carta para a minha mãe e dei todas as minhas roupas.', 'suicide'],
    ['نامه ای برای خواهرم نوشتم، امشب همه چیز تموم میشه', 'suicide'],
    // A child next door screaming "dad, don't"; an old neighbour not seen for days.
    ['детето до нас пак пищи "тате, недей"', 'violence'],
    ["on ne l'a pas vu depuis samedi, ses volets sont fermés", 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'am căzut pe gheață ieri, m-am ridicat imediat',
    'la compañera se desmayó de risa',
    'o carro me bateu ontem? não, foi só um susto',
    'rytoj manęs nebus darbe, sergu',
    'gyógyszert gyűjtöttem a gyógyszertárban a nagymamának',
    "j'ai écrit une lettre de motivation et payé ma dernière facture",
    'ya regalé mis libros viejos a la biblioteca',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('families added after files x, y, z and za in languages the intake does not speak (new sentences)', () => {
  it.each([
    // A knife to the throat; hit told in the past; "said he will kill me".
    ['Mi cuñado le puso una navaja en la garganta a mi hermana anoche', 'violence'],
    ['Il lui a mis un couteau sous la gorge devant les enfants', 'violence'],
    ['Er hat ihr ein Messer an den Hals gehalten', 'violence'],
    ['mi novio me pegó ayer y me dijo que me va a matar', 'violence'],
    ["il m'a frappée hier soir, j'ai peur", 'violence'],
    ['Mein Mann hat mich gestern geschlagen', 'violence'],
    // Not wanting to live said with "rabo" (Somali); "before ... now he hits me" stays now.
    ['ma rabo inaan noolaado mar dambe', 'suicide'],
    ['Früher hat er nur geschrien, jetzt schlägt er mich', 'violence'],
    // Medicines put aside "just in case".
    ["J'ai gardé de côté tous mes somnifères, au cas où", 'suicide'],
    ['He juntado muchas pastillas por si acaso', 'suicide'],
    // Something taken at a party, then not reacting, not waking, breathing flat.
    ['mi prima se metió algo en la discoteca y no reacciona, respira muy lento', 'emergency'],
    ['mon pote a pris un truc en soirée, il respire à peine', 'emergency'],
    ['Mein Freund hat auf der Party was genommen und atmet ganz flach', 'emergency'],
    // Not seen for days, and no answer at the door or a dog howling.
    ['Vecina de la 5 nu a mai ieșit de trei zile și nu deschide la ușă', 'emergency'],
    ['La vecina no la hemos visto desde hace cuatro días y el perro aúlla sin parar', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // "God take me"; medicines put aside without more; things given away with a place, a will, a morning "easier for all".
    ['Dios llévame ya, no aguanto', 'suicide'],
    ['Hooyo waxay tiri Alle ha i qaado, cunto ma cunto', 'suicide'],
    ["J'ai mis de côté des médicaments", 'suicide'],
    ['He dado todas mis cosas a mi hermana y esta noche voy al puente', 'suicide'],
    ['Ich habe fast alles verschenkt. Morgen ist es für euch alle leichter.', 'suicide'],
    ['بابام وصیت نامه نوشت و امشب می‌خواد بره کنار پل', 'suicide'],
    ['Bunica mea a scris testamentul și nu mai mănâncă de o săptămână, nu mai are rost zice', 'suicide'],
    // A threat to find her or to take the children.
    ['mi ex dice que nos va a encontrar', 'violence'],
    ['Il menace de prendre les enfants si je pars', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // A fright, the flu, "that struck me"; waking for school; waiting for the municipality.
    'me pegó un susto tremendo el perro',
    "ça m'a frappé, ce film",
    'se me pegó la gripe de mi hijo',
    'mi hijo no despierta para ir al colegio',
    'Ich kann nicht mehr warten auf die Gemeente, wie lange noch?',
    // Years ago and now well (Spanish, French, German, Romanian, Farsi).
    'Hace tres años quise morir, ahora estoy bien y quiero ser voluntaria',
    "Il y a deux ans je voulais me suicider, aujourd'hui je vais bien",
    'Vor zwei Jahren wollte ich nicht mehr leben, jetzt geht es mir gut',
    'Acum doi ani voiam să mor, acum sunt bine',
    'چند سال پیش به خودکشی فکر میکردم، الان خوبم',
    // Said not to be so, or long ago and over (German, Romanian, Somali, Farsi).
    'Früher habe ich oft an Selbstmord gedacht, das ist lange her und heute geht es mir gut',
    'nimeni nu mă bate, vreau doar un curs de olandeză',
    'ma rabo inaan is dilo, kaliya shaqo ayaan u baahanahay',
    'هیچوقت به خودکشی فکر نکردم، فقط دنبال کار هستم',
    'aabbahay wuu i garaaci jiray, hadda waan nabad qabaa',
    // A bridge for an appointment, a group chat after a party, a will at the notary.
    'je vais au pont Neuf demain pour un rendez-vous',
    'la fiesta fue genial, nadie responde en el grupo',
    "j'ai écrit mon testament chez le notaire, c'est normal à mon âge?",
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('languages the intake does not speak, after files 2026-12-02 a to d (new sentences)', () => {
  it.each([
    ['ካብዛ ዓለም ክፍለ እየ ንስድራይ ሰላም በሉለይ', 'suicide'],
    ['ትንፋስ የብላን ካብ ኣፋ ዓፍራ ይወጽእ', 'emergency'],
    ['بوی گاز میاد و همسایه در رو باز نمیکنه', 'emergency'],
    ['mae gritou para, vais matar o teu irmao e ouvi pancadas', 'violence'],
    ['mi novio me empujó contra la puerta y me quitó el móvil', 'violence'],
    ["mon frère s'est entaillé la main, ça saigne abondamment et il est tout blanc", 'emergency'],
    ["ma sœur s'est coupée, le sang ne s'arrête pas", 'emergency'],
    ['Съседът казва, че зет му го бие всеки път, когато пие', 'violence'],
    ['seful a zis ca cine fuge e mort, l-a batut pe Ion cu o ranga', 'violence'],
    ['我今晚不想再醒来', 'suicide'],
    ['adik saya tersedak kacang, bibirnya membiru', 'emergency'],
    ['afkiisa wuu qalloocday, ma hadlayo', 'emergency'],
    ['mi primo a bisa mi ku e ta bai kita su mes bida', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['Meine Schwester hat mir ihre Passwörter und PIN-Codes geschickt und geschrieben kümmert euch um die Katze', 'suicide'],
    ['我买了炭，把房间门窗都封好了', 'suicide'],
    ['noloshu way iga dhammaatay, ma rabo inaan sii noolaado', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    "ça a saigné énormément hier mais c'est fini",
    'امروز بوی گاز نمیاد، فقط قبض گاز گرونه',
    'para, vais matar-me de rir com essas piadas',
    'en el metro la gente me empuja contra la puerta cada mañana',
    'Ich habe dir das WLAN-Passwort geschickt',
    'той го бие на шах всеки път',
    'ne-a bătut la fotbal cu 3-0',
    '周末买了炭去公园烧烤',
    '周末早上真不想醒来',
    'tadi saya tersedak air tapi sudah baik',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 e to h and t7 (new sentences, not the read ones)', () => {
  it.each([
    ['mi primo me escribió que se va a matar esta noche', 'suicide'],
    ['habeenkii waxaan rajeeyaa inaanan soo toosin', 'suicide'],
    ['non voglio più vivere, ho scritto una lettera', 'suicide'],
    ['tem fumaça saindo do apartamento de baixo', 'emergency'],
    ['am înghițit o cutie de somnifere', 'emergency'],
    ['hab eine ganze Packung Schlaftabletten genommen', 'emergency'],
    ['ኣቦይ ብሃንደበት ክዛረብ ኣይከኣለን', 'emergency'],
    ['mi e smeri gas na ini a trapu', 'emergency'],
    ['Die Pfanne brennt und die Flammen sind schon an der Decke', 'emergency'],
    ['मेरे बेटे ने गोलियाँ खा लीं', 'emergency'],
    ['a man fu mi sisa e fon en ibri neti', 'violence'],
    ['شوهرم دیشب منو لت و کوب کرد', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ["j'ai acheté une corde hier, je sais pas pourquoi je vous dis ça", 'suicide'],
    ['Meine Oma sagt, sie will euch nicht mehr zur Last fallen, und hat ihre Schlaftabletten versteckt', 'suicide'],
    ['mi hija de 7 años dice que su padrastro le dijo que es nuestro secreto', 'violence'],
    ['Nebenan ruft ein Kind immer wieder Mama nicht, Mama nein', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Dying of laughter, all the prescribed medicines, a smoke detector light, a birthday secret, a school assignment, a town hall that does not answer, the past told as over.
    'me quiero morir de risa con este video',
    'Ho preso tutte le medicine prescritte dal medico stamattina',
    'la lumière du détecteur de fumée clignote',
    'mi hijo de 10 años guarda un secreto de cumpleaños para su mamá',
    'Tengo que hacer un trabajo sobre la violencia doméstica para el colegio',
    'Nu răspunde nimeni la telefon la primărie',
    'anni fa volevo farla finita, adesso sto bene',
    'segítség kell, ha valaki öngyilkos akar lenni mit kell tenni? iskolai dolgozathoz kell',
    // Weak signs alone or everyday: smoking in front of the child, sorry I forgot my medicine, a passport that expires, a fall last week.
    '我老公在孩子面前抽烟，怎么办',
    '对不起，我忘了吃药',
    '我害怕护照过期了',
    'xin lỗi, tôi cần thuốc cho con',
    'mi abuela se cayó la semana pasada, ya está bien',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 i to l (new sentences, not the read ones)', () => {
  it.each([
    ['Ez naxwazim idi bijim, her tişt bê wate ye', 'suicide'],
    ['زه نه غواړم نور ژوندی پاتې شم', 'suicide'],
    ['el tío le dijo a mi sobrina que si habla con alguien la mata', 'violence'],
    ['iubitul ei a zis ca o omoara daca pleaca de acasa', 'violence'],
    ['شوهرم گفت اگر به پلیس بگی میکشمت', 'violence'],
    ['ለፖሊስ ብትደውዪ እገድልሻለሁ ብሎ ዛተብኝ', 'violence'],
    ['ако кажеш на някого, ще те убия, ми каза той', 'violence'],
    ['مێردەکەم هەموو شەوێک لێم دەدات', 'violence'],
    ['sale humo negro por la puerta del piso de al lado', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['мисля да карам по магистралата и да не спра никога', 'suicide'],
    ['pienso manejar hasta el acantilado y no frenar', 'suicide'],
    ['خواهرم میگه زنده موندن دیگه ارزش نداره', 'suicide'],
    ["mon cousin m'a donné sa console et il dit que c'est fini pour lui", 'suicide'],
    ['le beau-père de ma fille la touche quand je suis au travail, elle a 9 ans', 'violence'],
    ['мъжът й взе паспорта и телефона, тя е заключена от него', 'violence'],
    ['ሓወይ ሰኺሩ ንማዕጾ ይወቕዖ ኣሎ', 'violence'],
    ['bebelusul are 39 de grade de aseara', 'emergency'],
    ['مادرم دستش روی سینه‌شه و میگه نفسش بالا نمیاد', 'emergency'],
    ['huele a quemado en el pasillo y nadie abre la puerta', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it('a man lying still on the floor is an emergency', () => {
    expect(detectSafety('баща ми лежи на пода и не мърда', { learned: false }).tier).not.toBe('none');
  });

  it.each([
    // Said not to be so; smoke from a chimney; a guitar played; a mother who will be cross; a normal temperature; a present; driving without a stop.
    'Je ne veux pas mourir, je cherche juste un appartement plus calme',
    'قصد خودکشی ندارم، فقط دنبال کار هستم',
    'sale humo de la chimenea cuando encendemos la estufa',
    'mi hija de 8 años le toca la guitarra a su abuela',
    'ако кажеш на мама, ще се ядоса',
    'copilul are 37 de grade, e ok acum',
    "il m'a donné sa console pour mon anniversaire",
    'ще карам до Варна без да спирам',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 q to t (new sentences, not the read ones)', () => {
  it.each([
    ['ya no quiero vivir, ya tengo todo listo para mañana', 'suicide'],
    ['já não quero continuar, tenho tudo preparado para hoje', 'suicide'],
    ['bavê min got eger ez bi wî re bizewicim ew ê min bikuje', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['la verdad es que ya no quiero seguir', 'suicide'],
    ['nu mai vreau sa continui, sunt obosita de tot', 'suicide'],
    ['nếu tôi chết đi thì gia đình sẽ đỡ khổ hơn', 'suicide'],
    ['si desaparezco mi familia estaría mejor', 'suicide'],
    ['ohne mich wären alle besser dran', 'suicide'],
    ['đêm nay em sẽ lên cầu, có lẽ em không chịu nổi nữa vì đã mệt quá. em xin lỗi bố mẹ', 'suicide'],
    ['Ich habe meiner Schwester mein Fahrrad verschenkt, das brauche ich dann eh nicht mehr', 'suicide'],
    ['o tio dela diz que é um segredo deles e ela não quer ficar sozinha com ele', 'violence'],
    ['mi tata a kai den baño, su kara a bira pa un banda', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Going on with a course; a parent or a roommate and the dishes or bad marks.
    'ya no quiero seguir con el curso de holandés, es muy caro',
    'nu mai vreau sa continui la firma asta',
    'mama zice ca ma omoara daca iau iar nota mica la mate haha',
    'mi madre dice que me mata si llego tarde otra vez jaja',
    'minha mae disse que me mata se eu chegar tarde de novo kkk',
    'ev her du kuçik dê min bikujin, tevahiya şevê diqîrin',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('a husband who says he will kill her if she leaves is still a threat (Romanian)', () => {
    expect(detectSafety('sotul meu zice ca ma omoara daca plec', { learned: false }).tier).toBe('crisis');
  });
});

describe('families from training files 2026-12-02 u to x (new wordings)', () => {
  it.each([
    ['birayê min got ku ew ê xwe ji banê avahiyê bavêje', 'suicide'],
    ['ez dixwazim xwe bikujim', 'suicide'],
    ['je suis sur le pont depuis une heure et je vais sauter', 'suicide'],
    ['estoy en el andén, pasan los trenes y tengo ganas de tirarme', 'suicide'],
    ['eu quero me jogar da ponte hoje', 'suicide'],
    ['پدرش گفته اگر برگردی می‌کشمت', 'violence'],
    ["e homber a menas'mi ku un revolver awe", 'violence'],
    ["su esposo ta bati'é kada anochi", 'violence'],
    ['मेरे पति मुझे डंडे से पीटते हैं', 'violence'],
    ['vajza ime nuk merr frymë, ka ngrënë një arrë', 'emergency'],
    ['hooyaday laabta ayaa xanuun badan, dhidid ayaa ka socda', 'emergency'],
    ['ฉันไม่อยากมีชีวิตอยู่อีกต่อไปแล้ว', 'suicide'],
    ['เขาบอกว่าไม่อยากตื่นอีกเลย', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['каза ми, че от утре няма да я има и да не я търся', 'suicide'],
    ['той написа прощални писма на децата. телефонът му е изключен', 'suicide'],
    ['मेरी भतीजी कहती है कि पापा उसे हर रात मारते हैं', 'violence'],
    ['उसने कहा किसी को मत बताना, उसकी पीठ पर नीले निशान हैं', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Jumping for joy or into the pool; not in the office tomorrow; a stick in a game; breathing space at work.
    "quand j'ai vu le train arriver avec mes parents j'avais envie de sauter de joie",
    'утре няма да ме има в офиса, ще бъда на лекар',
    'e ta bati e webunan pa e keki',
    'ez ê xwe ji kar bavêjim derve, ez westiyame',
    'mijn buurman zegt: je vais sauter le repas de midi',
    'วันจันทร์แล้ว ไม่อยากตื่นเช้าเลย',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
