import { describe, expect, it } from 'vitest';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';

describe('the safety check in Dutch and English', () => {
  it.each([
    ['soms wil ik er gewoon niet meer zijn', 'suicide'],
    ['iedereen zou beter af zijn zonder mij', 'suicide'],
    ['ik heb al weken pillen verzameld', 'suicide'],
    ['Mijn dochter zegt dat ze dood wil', 'suicide'],
    ['mijn broer praat steeds over zelfmoord', 'suicide'],
    ['ik wil een eind aan mijn leven maken', 'suicide'],
    ['kwil nie meer leven', 'suicide'],
    ['I just want to end it all', 'suicide'],
    ['i dont wanna be alive anymore', 'suicide'],
    ['mijn man slaat me als hij gedronken heeft', 'violence'],
    ['mijn vader sloot ons op in de kelder', 'violence'],
    ['Mijn ex dreigt me iets aan te doen', 'violence'],
    ['ik word thuis geslagen', 'violence'],
    ['my boyfriend hits me', 'violence'],
    ['mijn opa ligt op de grond en reageert niet', 'emergency'],
    ['er is brand in de flat', 'emergency'],
    ['de buurman loopt met een mes op straat', 'emergency'],
    ['ik kan niet meer en ik wil niet meer', 'suicide'],
    ['ik heb de slaappillen klaargelegd', 'suicide'],
    ['ik hoop dat ik nooit meer wakker word', 'suicide'],
    ['I keep thinking about not waking up', 'suicide'],
    ['ik denk er steeds aan om mezelf iets aan te doen', 'suicide'],
    ['mijn ouders hebben het makkelijker als ik er niet meer ben', 'suicide'],
    ['zonder mij zijn ze beter af', 'suicide'],
    ['I do not see the point of living anymore', 'suicide'],
    ['hij zegt dat hij me iets aandoet', 'violence'],
    ['ik mag van hem de deur niet uit', 'violence'],
    ['my husband says he will hurt me if I leave', 'violence'],
    ['ik heb de pillen van mijn moeder bewaard', 'suicide'],
    ['ik heb slaappillen achtergehouden voor later', 'suicide'],
    ["I've been saving up my pills", 'suicide'],
    ['my grandma collapsed and is not responding', 'emergency'],
    ['my dad fell and is unresponsive', 'emergency'],
    ['my stepfather beats my mother', 'violence'],
    ['hij heeft me gisteren weer tegen de muur geduwd', 'violence'],
    ['mn stiefvader komt snachts op mijn kamer en zegt dat het ons geheim is', 'violence'],
    ['mijn moeder praat raar en haar mondhoek hangt scheef', 'emergency'],
    ['ik denk niet aan zelfmoord, maar ik wil er niet meer zijn', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['Ik zie het niet meer zitten', 'suicide'],
    ['ik wil gewoon dat het allemaal stopt', 'suicide'],
    ['er is geen uitweg voor mij', 'suicide'],
    ['I see no way out', 'suicide'],
    ['het heeft allemaal geen nut meer', 'suicide'],
    ['ik durf vanavond niet naar huis', 'violence'],
    ['thuis gebeuren dingen waar ik niet over mag praten', 'violence'],
    ['mijn testament ligt bij de notaris en ik heb mijn kat aan de buurvrouw gegeven, jullie hoeven niet meer te bellen', 'suicide'],
    ['mijn man beheert al ons geld en kijkt elke avond mijn telefoon na, ik ben bang als hij boos wordt', 'violence'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'ik lach me dood', 'mijn telefoon is dood', 'ik zie het niet zitten om naar die afspraak te gaan', 'de kinderen slaan elkaar tijdens het spelen',
    'die opmerking slaat nergens op', 'ik schrik me dood van die rekening', 'ik ga dood van de honger', 'I was fired last week', 'de verhuurder dreigt met uitzetting',
    'de gemeente reageert niet op mijn mails', 'ik denk niet aan zelfmoord, ik heb alleen schulden', 'I am dying to meet new people', 'ik zie geen uitweg uit de schulden',
    'ik wil dat die herrie stopt', 'de medicijnen liggen klaar voor mijn vader', 'ik wil niet meer naar school', 'ik wil mezelf iets aanleren',
    'het is makkelijker als ik er niet ben om 9 uur, kan het later', 'hij slaat de deur dicht', 'mijn vader slaat nooit iemand', 'ik heb mijn pillen opgehaald bij de apotheek',
    'die bureaucratie vermoordt me', 'vroeger werd ik geslagen, nu zoek ik werk', 'wie helpt me met een spreekbeurt over zelfmoordpreventie',
    'I used to self-harm as a teenager, now I am doing well and want to volunteer', 'mijn zoon heeft een geheim met zijn vriendje, ze bouwen een hut',
  ])('none: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  it('marks a message about someone else, and not one about oneself', () => {
    expect(detectSafety('ik maak me zorgen om mijn buurvrouw, ik hoor haar man haar slaan').bystander).toBe(true);
    expect(detectSafety('mijn man slaat me').bystander).toBe(false);
  });

  it('reads a plan, means, a time or being alone, and a refusal to call', () => {
    expect(mentionsRisk('ik heb de pillen al klaarliggen voor vannacht')).toBe(true);
    expect(mentionsRisk('dank je voor je antwoord')).toBe(false);
    expect(refusesToCall('ik ga echt niet bellen')).toBe(true);
    expect(refusesToCall("I won't call them")).toBe(true);
    expect(refusesToCall('oké, ik bel ze')).toBe(false);
  });

  it('scans the whole of a very long message', () => {
    const long = `${'ik heb een vraag over de huur. '.repeat(40_000)}ik wil niet meer leven`;
    expect(detectSafety(long)).toMatchObject({ tier: 'crisis', crisis: 'suicide' });
  });
});

describe('Dutch and English families, widened by form (new sentences, none from a measured file)', () => {
  it.each([
    ['ik verstop de sneetjes op mijn armen onder een trui, het wordt steeds dieper', 'suicide'],
    ['hoe verberg je krassen voor je ouders als je gaat zwemmen', 'suicide'],
    ['kras elke avond en het gaat steeds dieper', 'suicide'],
    ['het enige wat nog helpt is mezelf snijden', 'suicide'],
    ['ik brand mezelf met een aansteker als het niet gaat', 'suicide'],
    ['kheb opgezocht hoeveel slaappillen je nodig hebt', 'suicide'],
    ['gisteren gegoogled hoe hoog de brug bij ons is', 'suicide'],
    ['ik zoek steeds op hoeveel paracetamol dodelijk is', 'suicide'],
    ['stond vanmorgen op het perron en dacht nog 1 stap', 'suicide'],
    ['elke dag fiets ik over de brug en kijk naar het water en denk springen', 'suicide'],
    ['ik stond op de rand van het dak en durfde net niet', 'suicide'],
    ['mn levensverzekering keert toch uit als ik er niet meer ben', 'suicide'],
    ['dan keert de levensverzekering tenminste uit voor mijn gezin', 'suicide'],
    ['Mijn kinderen hebben het beter zonder mij', 'suicide'],
    ['iedereen is beter af zonder me eerlijk', 'suicide'],
    ['mijn familie heeft het echt beter zonder mij', 'suicide'],
    ['heb mn ps5 en mn scooter aan mn broertje gegeven, heb het toch niet meer nodig', 'suicide'],
    ['ik ga de gracht in lopen en niet meer terug', 'suicide'],
    ['ik denk er vaak aan om gewoon de rivier in te lopen', 'suicide'],
    ['ik rij straks tegen een boom aan, dan is het klaar', 'suicide'],
    ['mn oom komt snachts bij mij in bed en ik moet beloven dat ik niks zeg', 'violence'],
    ['de stiefvader van mijn vriendin komt s nachts in haar kamer en zij mag niks vertellen', 'violence'],
    ['mijn opa zit opgesloten op zijn kamer en heeft wonden op zijn armen', 'violence'],
    ['mijn schoonzoon sluit mijn man op in de slaapkamer als hij weggaat', 'violence'],
    ['mijn zus heeft een blauw oog, haar vriend heeft het gedaan', 'violence'],
    ['haar man heeft haar kaak gebroken', 'violence'],
    ['mijn broer zei dat ik de zomer niet ga halen als ik met hem blijf', 'violence'],
    ['ze zeggen dat je het nieuwe jaar niet haalt als je niet trouwt', 'violence'],
    ['ik hoorde de buurvrouw gillen nee nee niet doen en toen werd het ineens stil', 'violence'],
    ['bij de buren gebonk en geschreeuw en toen opeens doodstil', 'violence'],
    ['mijn zoon draagt altijd lange mouwen, ook in de zomer, en er zat bloed op zijn laken', 'suicide'],
    ['ik vond mesjes uit een puntenslijper in haar etui', 'suicide'],
    ['mijn oom neemt al vier dagen niet op en zijn post ligt nog op de mat, niemand heeft hem gezien', 'emergency'],
    ['de buurman van 85 doet al dagen niet open en de krant zit nog in de brievenbus', 'emergency'],
    ['mijn peuter heeft een muntje ingeslikt en wordt blauw', 'emergency'],
    ['hij heeft een knoopbatterij ingeslikt', 'emergency'],
    ['mijn moeder haar mond hangt ineens scheef en ze kan haar woorden niet vinden', 'emergency'],
    ['opa kan ineens zijn arm niet meer optillen en praat raar', 'emergency'],
    ['mijn vader is van de ladder gevallen en zegt niks meer, bloed uit zijn hoofd', 'emergency'],
    ['mijn moeder is gevallen en bloedt uit haar hoofd', 'emergency'],
    ['im gonna walk into the river tonight and keep walking', 'suicide'],
    ['everyone would be better off without me around honestly', 'suicide'],
    ['it would be so much easier for my family if i was gone', 'suicide'],
    ['been looking up how many sleeping pills it would take', 'suicide'],
    ['googled how high the bridge near my flat is', 'suicide'],
    ['stood on the platform this morning thinking one step and its over', 'suicide'],
    ['my life insurance pays out if i die right?', 'suicide'],
    ['how do i hide the cuts on my wrists from my parents', 'suicide'],
    ['the cuts keep getting deeper', 'suicide'],
    ['i burn myself with a lighter when things get bad', 'suicide'],
    ['logging off for good. gave my ps5 to my cousin', 'suicide'],
    ['he said he wont need his stuff where hes going', 'suicide'],
    ['my daughter wears long sleeves even in summer and i found blood on her towel', 'suicide'],
    ['my uncle comes into my room at night and says i cant tell mum', 'violence'],
    ['my coach says its our secret and mum cant know', 'violence'],
    ['my brothers said i will not see next summer if i keep seeing him', 'violence'],
    ['my grandad gets locked in his room by my aunt every day', 'violence'],
    ['my sister has a broken nose, her boyfriend did it', 'violence'],
    ['heard the woman next door screaming stop and then it suddenly went quiet', 'violence'],
    ['my baby swallowed a coin and is not making any sound', 'emergency'],
    ['half of his face is drooping and he cant find his words', 'emergency'],
    ['my grandma suddenly cant lift her left arm', 'emergency'],
    ['my dad fell down the stairs, hes bleeding from his head and not talking', 'emergency'],
    ['my neighbour hasnt answered the door for three days and her mail is piling up', 'emergency'],
    ['Ik wil echt niet meer leven', 'suicide'],
    ['wrm zou ik nog doorgaan, kzie maar 1 uitweg en da is ni leuk', 'suicide'],
    ['ff eerlijk, ik heb al een paar keer gegoogeld hoeveel pillen dodelijk zijn', 'suicide'],
    ['ik ben gisteravond naar de brug gelopen en heb daar een uur naar beneden staan kijken', 'suicide'],
    ['Ich zien \'t neet mie zitte, iederein haet \'t better zonder mich', 'suicide'],
    ['ik zen het beu, ge zijt allemaal beter af zonder mij', 'suicide'],
    ['sorry voor alles jongens, jullie waren de beste. mijn playstation mag naar mijn neefje', 'suicide'],
    ['k heb mijn kat naar mijn zus gebracht en alles geregeld, vanaf morgen hoeven jullie me niet meer te zoeken', 'suicide'],
    ['de snijwonden op mn benen worden steeds dieper en ik draag alleen nog lange broeken', 'suicide'],
    ['heb vannacht weer gekrast, dieper dan ooit', 'suicide'],
    ['ik spaar al maanden mijn oxazepam op', 'suicide'],
    ['touw ligt klaar op zolder', 'suicide'],
    ['my mates would honestly be better off without me lol no joke', 'suicide'],
    ['ngl been searching how much paracetamol is lethal', 'suicide'],
    ['i sat on the edge of the roof for an hour last night looking down', 'suicide'],
    ['gave my dog to my neighbour and my games to my brother, sorted out my stuff', 'suicide'],
    ['i keep cutting and it goes deeper every time', 'suicide'],
    ['the only thing that helps is cutting', 'suicide'],
    ['haar vriend heeft haar neus gebroken en ze wil geen aangifte doen', 'violence'],
    ['me stiefpa komt elke nacht in mijn kamer als mama werkt en ik mag niks zeggen', 'violence'],
    ['mijn opa zit de hele dag opgesloten, de deur van zijn kamer zit aan de buitenkant op slot', 'violence'],
    ['mn broers zeiden dat ik de zomer niet haal als ik niet met hem stop', 'violence'],
    ['de buurvrouw riep help help en toen was het stil', 'violence'],
    ['he grabbed her by the throat again last night', 'violence'],
    ['my mum\'s boyfriend keeps coming into my room when she is at work', 'violence'],
    ['my stepdad made me promise not to tell anyone', 'violence'],
    ['mijn zoontje heeft een magneetje doorgeslikt', 'emergency'],
    ['m\'n opa praat ineens heel raar en zijn gezicht hangt scheef', 'emergency'],
    ['mn vader is van de trap gevallen en reageert niet meer', 'emergency'],
    ['de oude buurvrouw doet al drie dagen niet open en de post puilt uit de brievenbus', 'emergency'],
    ['my toddler is choking on a grape and going blue', 'emergency'],
    ['my husband took a bunch of sleeping pills with wine and i cant wake him', 'emergency'],
    ['she suddenly cant speak properly and one side of her face is drooping', 'emergency'],
  ])('crisis or concern: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.crisis ?? signal.concern).toBe(id);
  });

  it.each([
    'Ik ga mezelf niks aandoen hoor, ik wil alleen hulp bij mijn schulden',
    'nee ik wil geen eind aan mijn leven maken, ik zoek werk',
    'kga mezelf nie iets aandoen ofzo, wil gwn praten',
    'ik ga mezelf nooit iets aandoen',
    'I am not going to kill myself, I just need help with rent',
    'i dont want to die, i just want help with my visa',
    'mijn zoon heeft zijn arm gebroken met voetbal',
    'hoeveel paracetamol mag ik per dag nemen tegen de koorts',
    'mijn opa heeft een knoop van zijn jas verloren',
    'ik stond op het perron te wachten maar de trein kwam niet',
    'we gingen zwemmen in de zee en het water was koud',
    'we walked into the sea on holiday, it was lovely',
    'mijn levensverzekering, hoe zeg ik die op?',
    'de kinderen sluiten de kat op in de schuur haha',
    'mijn moeder zegt niks meer tegen me sinds de ruzie',
    'our coach keeps the team tactics secret until the match',
    'ik zag de buren ruzie maken en toen was het stil',
    'the neighbours were playing music and then it went quiet',
    'ik ga de zomer niet halen met dit budget',
    'ik heb lange mouwen aan want het is koud',
    'mijn dochter heeft een puntenslijper nodig voor school',
    'my grandad fell down the stairs last year and is fine now, we want a stairlift',
    'I hide the cookies from my kids',
    'gg wp logging off for tonight, see you tomorrow',
    'mijn baby is 4 maanden en slaapt slecht',
    'ik heb mijn fiets aan mijn broertje gegeven want hij past niet meer',
    'brok in mijn keel van die film',
    'wie zorgt er voor mijn kat als ik op vakantie ben',
    'mijn oma zit in een verzorgingshuis en de deur is s nachts op slot voor de veiligheid',
    'ik heb al weken geen zin in school, wie kan me helpen met plannen',
    'hoeveel pillen vitamine D mag een kind per dag',
    'de brug bij ons is al weken dicht voor werkzaamheden',
    'ik heb mijn oude playstation aan mijn neefje gegeven',
    'my dog swallowed a sock, vet appointment tomorrow',
    'i looked up how high the eiffel tower is for my homework',
    'our secret santa at work is on friday',
    'my neighbour\'s kids were screaming and laughing in the garden',
    'we drove into the river valley for a picnic',
    'ik ben niet van plan om mezelf iets aan te doen, maar ik ben wel erg somber',
    'mijn zus haar nieuwe vriend is heel lief voor haar',
    'ik draag lange mouwen op mijn werk vanwege de regels',
    'mn vader zegt niks meer over de verbouwing',
    'the kids next door were yelling stop it at each other while playing tag',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it.each([
    'Ik ga mezelf niets aandoen, laat ik dat eerst zeggen. Ik zoek een maatje.',
    'nee hoor ik wil zeker geen eind aan mijn leven maken, wel aan mijn schulden',
    'kga mezelf niks aandoen of zo, wil alleen even kletsen',
    "I'm not going to kill myself, I just need someone to talk to",
  ])('a negation stays out of the crisis tier: %s', (text) => {
    expect(detectSafety(text).tier).not.toBe('crisis');
  });

  it('still reads a crisis said after a negation', () => {
    expect(detectSafety('ik ga mezelf niks aandoen, maar ik wil echt niet meer leven', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'suicide' });
    expect(detectSafety("I don't want to die, I just want to not wake up for a long time", { learned: false }).tier).not.toBe('none');
  });

  it('reads plain statements of the new families as crisis', () => {
    for (const [text, id] of [
      ['Mijn kinderen hebben het beter zonder mij', 'suicide'],
      ['heb vannacht weer gekrast, dieper dan ooit', 'suicide'],
      ['haar man heeft haar kaak gebroken', 'violence'],
      ['mn broers zeiden dat ik de zomer niet haal als ik niet met hem stop', 'violence'],
      ['mijn peuter heeft een muntje ingeslikt en wordt blauw', 'emergency'],
      ['im gonna walk into the river tonight and keep walking', 'suicide'],
      ['he grabbed her by the throat again last night', 'violence'],
      ['my baby swallowed a coin and is not making any sound', 'emergency'],
    ] as const) expect(detectSafety(text, { learned: false }), text).toMatchObject({ tier: 'crisis', crisis: id });
  });
});

describe('Dutch and English families: inversions, separable verbs and text-speak', () => {
  it.each([
    ['gisteren ben ik naar het spoor gefietst en heb ik daar heel lang gestaan', 'suicide'],
    ['sta ik weer op de brug, kijk naar beneden en denk gewoon springen', 'suicide'],
    ['morgen loop ik de zee in en kom ik niet meer terug', 'suicide'],
    ['heb al mn spullen weggegeven, mijn laptop gaat naar mijn zus', 'suicide'],
    ['ze zijn beter af zonder me, echt waar', 'suicide'],
    ['na vrijdag ben ik er niet meer', 'suicide'],
    ['wil gewoon heel lang slapen en niet meer wakker worden', 'suicide'],
    ['heb gisteren opgezocht hoeveel oxazepam je nodig hebt om niet meer wakker te worden', 'suicide'],
    ['mn polsen zitten vol sneetjes en niemand ziet het', 'suicide'],
    ['ik verberg de littekens onder lange mouwen', 'suicide'],
    ['cant stop thinking abt stepping in front of a train', 'suicide'],
    ['im saving up my meds for when i finally do it', 'suicide'],
    ['tbh i wanna sleep forever', 'suicide'],
    ['been staring at the tracks on the platform for an hour again', 'suicide'],
    ['my life insurance would pay out at least', 'suicide'],
    ['she gave away her plants and her laptop and said she wont need them anymore', 'suicide'],
    ['hij heeft me tegen de muur gegooid en mijn neus gebroken', 'violence'],
    ['mijn tante sluit oma op in haar kamer en pakt haar pensioen af', 'violence'],
    ['de trainer zegt dat het ons geheimpje is en dat mama het niet mag weten', 'violence'],
    ['ik moest zweren dat ik niets zou zeggen over wat oom doet', 'violence'],
    ['mijn vader zegt dat ik volgend jaar niet meer zal meemaken als ik met hem trouw', 'violence'],
    ['my boyfriend pinned me by the neck against the wall', 'violence'],
    ['he told me i would not live to see my birthday', 'violence'],
    ['my uncle sneaks into my bedroom at night', 'violence'],
    ['grandma is locked in her room by my cousin all day', 'violence'],
    ['mn dochter heeft een batterijtje doorgeslikt', 'emergency'],
    ['opa valt steeds om en zijn mondhoek zakt', 'emergency'],
    ['hij is met zijn hoofd op de stoep gevallen en zegt geen woord meer', 'emergency'],
    ['mijn buurman van 90 neemt al vijf dagen niet op', 'emergency'],
    ['my dad collapsed in the garden and isnt moving', 'emergency'],
    ['she has an elephant sitting on her chest feeling and is sweating', 'emergency'],
    ['my son hit his head and is bleeding from his ear', 'emergency'],
  ])('crisis or concern: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.crisis ?? signal.concern).toBe(id);
  });

  it.each([
    'ik heb gisteren op het perron gestaan en de trein had vertraging',
    'we lopen in de zomer altijd het strand af',
    'mijn zus heeft een gebroken arm van het skien',
    'mijn oom is heel aardig en komt vaak op bezoek',
    'ik wil graag lang slapen in het weekend',
    'my boyfriend surprised me with a secret trip',
    'the kids were locked out of the house so they waited at the neighbours',
    'i saved my paracetamol receipts for the insurance',
    'opa kan zijn woorden soms niet vinden sinds zijn dementie, is er dagbesteding',
    'hoe hoog is de huurtoeslag voor een alleenstaande',
    'ik heb opgezocht hoeveel ik moet betalen voor de kinderopvang',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English: hyperbole, play, care and offices narrowed; bleeding, pills and doses widened', () => {
  it.each([
    ['ik bloed echt heel veel en het houdt niet op', 'emergency'],
    ['ben 12 weken zwanger en heb sinds vanochtend bloedverlies en buikpijn', 'emergency'],
    ['het bloed loopt door mijn maandverband heen, binnen een uur vol', 'emergency'],
    ['heb net 15 slaappillen genomen en ben nu heel suf', 'emergency'],
    ['ik heb een stuk of twintig paracetamol geslikt', 'emergency'],
    ['de oxazepam van mijn moeder ligt in de kast en ik weet hoeveel nodig is', 'suicide'],
    ['mijn levensverzekering keert na twee jaar ook uit bij zelfmoord, die termijn is bijna om', 'suicide'],
    ['I took like 20 of my dads painkillers earlier and now I feel really dizzy', 'emergency'],
    ['im 16 weeks pregnant and bleeding a lot', 'emergency'],
    ['i swallowed a handful of tablets an hour ago', 'emergency'],
    ['my mums insulin is in the fridge and i know exactly how much would be enough', 'suicide'],
    ['my life insurance suicide clause runs out next month, the year is up', 'suicide'],
    ['my neighbour got shot last night', 'emergency'],
    ['mijn vader vermoordt me als hij erachter komt dat ik een vriend heb', 'violence'],
    ['he is not violent anymore but he still threatens me', 'violence'],
    ['hij is niet agressief tegen de kinderen maar slaat mij wel', 'violence'],
    ['ik ben gokverslaafd en wil niet meer leven, niemand mag het weten', 'suicide'],
    ['ik speel de hele dag fortnite maar eigenlijk wil ik dood', 'suicide'],
  ])('crisis or concern: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.crisis ?? signal.concern).toBe(id);
  });

  it.each([
    'mijn broertje vermoordt me als hij ziet dat ik zijn controller kapot heb',
    'mam gaat me vermoorden als ze mijn cijfers ziet haha',
    'de deurwaarder vermoordt me nog met al die brieven',
    'mijn neef is een killer in fortnite, maakt iedereen dood',
    'mijn man is niet gewelddadig, alleen heel stil sinds zijn ontslag',
    'de verhuurder dreigt met een boete als we de tuin niet opruimen',
    'ik krijg er bijna een hartaanval van, die energierekening',
    'mijn rug wil niet meer, ik zoek hulp in de huishouding',
    'we houden het feest geheim voor opa, het is een verrassing',
    'ik heb schulden en niemand mag het weten, waar vind ik schuldhulp',
    'als de klantenservice me nog een keer in de wacht zet spring ik uit het raam haha',
    'mijn dochter zegt dat papa haar slaat, maar ze bedoelt met een kussen bij het stoeien',
    'opa vergeet zijn medicijnen steeds, kan de thuiszorg helpen',
    'de woningcorporatie reageert niet op mijn mails over de schimmel',
    'in die serie ging iedereen dood aan het eind, zo zielig',
    'my teacher is killing us with homework this week',
    'the commute is literally killing me',
    'got my flu shot today, where can i get the covid one',
    'he is not aggressive at all, just sad',
    'my knees can not take it anymore, any walking groups for seniors?',
    'we are planning a secret party for my mum',
    'i got wiped in fortnite again, gonna kill my teammate',
    'years ago I was in a bad marriage and he beat me, now I am safe and happy',
    'I am 20 weeks pregnant and need a blood test, where do I go',
    'ik ben zwanger, waar kan ik bloed laten prikken',
    'I want to stop smoking, is there a free course',
    'the landlord is not responding to my emails about the leak',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English families after files p and u: strangling, choking, arterial bleeding, an elder cut off, farewells with a date', () => {
  it.each([
    // Strangling told as a story.
    ['hij kneep mijn keel dicht tot ik bijna flauwviel', 'violence'],
    ['mijn vriend had gisteren zijn handen rond mijn hals, ik dacht dat ik doodging', 'violence'],
    ['mn ex greep me bij de keel en drukte me tegen de kast', 'violence'],
    ['zijn twee handen om mijn keel en toen werd alles zwart', 'violence'],
    ['hij probeerde me te wurgen in de slaapkamer', 'violence'],
    ['he put both hands around my neck until i blacked out', 'violence'],
    ['my partner squeezed my throat last night and i couldnt breathe', 'violence'],
    ['he tried to strangle me with a scarf', 'violence'],
    // A head smashed against a counter or a wall.
    ['haar vriend sloeg haar hoofd tegen het aanrecht', 'violence'],
    ['hij ramde mijn hoofd tegen de muur toen ik wilde weggaan', 'violence'],
    ['her husband slammed her face into the table', 'violence'],
    ['my dad smashed my head against the wall', 'violence'],
    // A cry for help in another language, "leg dat mes weg", a weapon made ready for someone.
    ['ik hoor de vrouw boven roepen imdat imdat en het gebonk gaat door', 'violence'],
    ['hoorde de buurvrouw schreeuwen pomocy, haar man is dronken thuis', 'violence'],
    ['ik hoorde haar gillen leg dat mes weg', 'violence'],
    ['i can hear my sister screaming drop the knife', 'violence'],
    ['mijn zoon verstopt een mes in zijn kamer, hij wil die gast opzoeken', 'violence'],
    ['er ligt een mes onder zijn bed en hij gaat haar vanavond opzoeken', 'violence'],
    // Honour to be "cleaned".
    ['mijn ooms zeggen dat ze de eer van de familie gaan zuiveren', 'violence'],
    ['mijn broers gaan onze eer wreken omdat ik een vriend heb', 'violence'],
    ['her brothers want to restore the family honour', 'violence'],
    ['they said they will wash their honor with her blood', 'violence'],
    // An adult who comes to a child's room while mother is out.
    ['als mijn moeder weg is komt de oppas op mijn kamer en moet ik dingen doen die ik niet wil', 'violence'],
    ['hij zegt dat het ons geheimpje is anders krijg ik straf', 'violence'],
    // Choking on food.
    ['mijn dochter heeft zich verslikt in een druif en kan niet hoesten', 'emergency'],
    ['opa heeft een stuk brood in zijn keel en hij loopt paars aan', 'emergency'],
    ['my son is choking on a sausage and cant cough', 'emergency'],
    ['grandad has a piece of steak stuck in his throat', 'emergency'],
    ['her lips are turning purple after she swallowed a sweet', 'emergency'],
    // Arterial bleeding after a tool slipped.
    ['mijn man is met de cirkelzaag in zijn hand geschoten, het bloed spuit eruit', 'emergency'],
    ['het bloed gutst uit de wond aan zijn been', 'emergency'],
    ['ik druk een theedoek op de snijwond maar die is al helemaal doorweekt', 'emergency'],
    ['blood is spurting from his leg after the chainsaw slipped', 'emergency'],
    ['the cut is bleeding through the tea towel, it is soaked already', 'emergency'],
    // A fall and a night on the floor; a heart.
    ['mijn moeder van 84 is gevallen en heeft de hele nacht op de badkamervloer gelegen', 'emergency'],
    ['opa lag vanochtend in de tuin, hij is ijskoud en heel verward', 'emergency'],
    ['my nan had a fall and was on the floor all night', 'emergency'],
    ['mijn vader heeft een beklemmend gevoel op zijn borst', 'emergency'],
    ['mn moeder zegt dat de pijn vanuit haar borst naar haar kaak trekt', 'emergency'],
    ['hij is grauw en zweterig en het straalt uit naar zijn linkerarm', 'emergency'],
    ['my dad has a tight feeling in his chest that goes into his jaw', 'emergency'],
    ['my baby is floppy and very hot and not crying anymore', 'emergency'],
    // A plan written down with the means; Papiamento and Sranan; non-native English.
    ['mijn dochter heeft in haar dagboek opgeschreven hoe ze het zou doen met de pillen van oma', 'suicide'],
    ['mi ke muri, mi no por mas', 'suicide'],
    ['mi wani dede, mi no kan moro', 'suicide'],
    ['my husband say he want die, he not eat 3 days', 'suicide'],
    ['daughter 16 she want finish her life, what I do', 'suicide'],
    ['I wish I die, nobody help me here', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Farewells with a date, letters to the children, nobody needing to worry any more.
    ['ik heb voor mijn dochters een brief geschreven dat het niet hun schuld is', 'suicide'],
    ['het is voor iedereen beter zo, de brieven liggen in de la', 'suicide'],
    ['na zaterdag hoeft niemand zich meer zorgen om mij te maken', 'suicide'],
    ['volgende week ga ik de zolder op en dan is het klaar', 'suicide'],
    ['ik wil zo niet verder', 'suicide'],
    ['het leven heeft me niks meer te bieden', 'suicide'],
    ['ik heb al uitgezocht hoe ik het ga doen', 'suicide'],
    ['mijn kat logeert voortaan bij de buurvrouw en ik heb een enkeltje gekocht, niet terugbellen hoor', 'suicide'],
    ['looked up how tall the Erasmusbrug is again', 'suicide'],
    ["after my daughter's wedding I don't think I need to go on", 'suicide'],
    ['my old painkillers are in a jar, quite a few now', 'suicide'],
    ["he gave me his bike and said he won't be needing it", 'suicide'],
    ["i wrote the letters tonight, it's nobody's fault", 'suicide'],
    ['I made all the arrangements for my cat and wrote a note for my sister', 'suicide'],
    // Control, a tracker, an address to hide, silence or else.
    ['hoe kan ik verhuizen zonder dat mijn ex mijn nieuwe adres vindt', 'violence'],
    ['kan ik mijn adres laten afschermen, hij mag niet weten waar ik woon', 'violence'],
    ['er zat een airtag in mijn tas, mijn vriend weet altijd waar ik ben', 'violence'],
    ['mijn zoon zegt tegen oma dat ze haar mond moet houden anders komt ze in een tehuis', 'violence'],
    ['de begeleider zei dat ik mijn kop moest houden, anders kreeg ik straf', 'violence'],
    ['als ze het weten sturen ze me naar marokko en daar moet ik blijven', 'violence'],
    ['mijn vader zegt dat ik de familie heb onteerd', 'violence'],
    // An elder stripped and cut off; a child sent to her room.
    ['sinds mijn neef bij opa woont is zijn pinpas weg en de koelkast is altijd leeg', 'violence'],
    ['als ik mijn moeder bel neemt mijn broer altijd op en de voordeur zit op slot', 'violence'],
    ['he answers her phone and says she is not going out anymore, he has her bank card', 'violence'],
    ['als papa dronken is moeten wij op onze kamer blijven en dan hoor ik mama schreeuwen', 'violence'],
    ['ik hoorde mama huilen en toen een harde klap', 'violence'],
    // Someone with epilepsy or diabetes who does not answer.
    ['mijn broer heeft epilepsie en doet al uren niet open', 'emergency'],
    ['huisgenote reageert niet op kloppen en ze heeft diabetes', 'emergency'],
    ['my flatmate has epilepsy and is not answering his door since yesterday', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'niet van plan om er een eind aan te maken hoor, ik zoek hulp bij mijn administratie',
    'ik ben niet van plan om zelfmoord te plegen, ik wil alleen even praten',
    'ik durf de brieven niet open te maken, er ligt een hele stapel post',
    'mijn dochter kwam van karate met een blauw oog, ze vond het stoer',
    'ben van de trap gevallen, niks gebroken, alleen wat blauwe plekken',
    'mijn opa is vorig jaar overleden aan een hartaanval, nu zit oma alleen',
    'hoe kan ik me opgeven voor de taalcursus',
    'hij slaat alles kapot met zijn voetbal, is er een club voor hem',
    'ik wil mijn kinderen niet tot last zijn maar ik kan de trap niet meer op',
    'de handdoek was doorweekt na het zwemmen',
    'het bloed stroomt door je aderen, leerde ik bij biologie',
    'mijn zoon heeft zich verslikt in zijn drinken maar hoest het er goed uit',
    'ik ben gisteren gevallen en heb de hele nacht wakker gelegen van de pijn',
    'mijn broer zegt dat hij me vermoordt als ik zijn fortnite account gebruik haha',
    'hoorde je van die schietpartij in de stad? ik durf niet meer alleen te fietsen',
    'ik houd mijn hand op mijn keel als ik hoog moet zingen',
    'Bij ons is het ruzie als de tablet weg moet, hij gooit dan met spullen',
    'I want die cast cars for my son birthday',
    'we practised a choke hold in judo class',
    'I banged my head on the cupboard door',
    'he turned purple with rage when he saw the bill',
    'I fell asleep on the sofa and slept there all night',
    'we had a lecture on domestic abuse at uni, how can I volunteer',
    'my wife would kill me if she saw this mess, god rest her soul',
    "I can't do this anymore lol, the website crashed again on the last step of the form",
    'my neighbour fell last year and is fine now, she wants a buddy',
    'did you hear about the man who got stabbed in the city centre? my son is scared to go out',
    'the noise at night from the bar upstairs, he gets angry when I knock',
    'i looked up how tall the eiffel tower is for my homework',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after the w1 file: euthanasia refused, "it ends tonight", a burden denied at once, a child hidden away', () => {
  it.each([
    ['de huisarts doet niet mee aan euthanasie, dus ik regel het zelf wel', 'suicide'],
    ['ik kreeg geen euthanasie en nu doe ik het zelf', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['ik heb lang genoeg geleefd', 'suicide'],
    ['ik ga niks doen hoor, maar ik trek het echt niet meer', 'suicide'],
    ['mijn man is beter af zonder mij. ik ga niks doen hoor', 'suicide'],
    ['standing on the Erasmusbrug again, not going back home', 'suicide'],
    ['wrote notes for my kids and sorted out my bank stuff. tonight it ends', 'suicide'],
    ['als papa gedronken heeft moeten wij in de kast zitten en mama heeft een blauwe plek', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'my gran left the back door open all night and she is getting confused, what care is there',
    'mijn moeder woont alleen en laat soms het gas aan, welke hulp is er',
    'back in 2018 I did not want to be alive, that is over, I have a job now and want to volunteer',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English as newcomers, straattaal and Frisian write it, and strangling seen afterwards', () => {
  it.each([
    ['ik wil niet leven meer, alles is moeilijk hier', 'suicide'],
    ['ik maak mij dood, ik kan niet meer', 'suicide'],
    ['ik ga mezelf unaliven fr', 'suicide'],
    ['ik wol net mear libje', 'suicide'],
    ['I no want live more, too much problem', 'suicide'],
    ['my husband he say he kill me tonight', 'violence'],
    ['she tell me she kill the children if I go', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['mijn oom doet dingen bij mij die ik niet fijn vind', 'violence'],
    ['sinds hij gisteren boos werd heb ik pijn bij het slikken en een schorre stem', 'violence'],
    ['since he got angry last night it hurts to swallow and my voice is hoarse', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'ik ga me dood vervelen in de vakantie',
    'ik wil niet leven in armoede, hoe kom ik aan werk',
    'I no want live in this house, the mould is very bad',
    'ik heb pijn bij het slikken door een keelontsteking',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after the w2 file: a spare key left and thanks, a Limburgs fall, "on holiday to Morocco and not coming back", a carer who steals', () => {
  it.each([
    ['de vriend van mama komt op mijn kamer als zij nachtdienst heeft', 'violence'],
    ['ik hoorde de buurvrouw smeken alsjeblieft niet, daarna was het stil', 'violence'],
    ['I just heard her screaming please stop through the wall', 'violence'],
    ['mien vader is gevalle in de keuke en hae kump neet mie euverind', 'emergency'],
    ['oma is gevallen in de gang en haar been staat raar gedraaid', 'emergency'],
    ['my mum slipped in the garden and can not stand up, she is 81', 'emergency'],
    ['grandad fell and his leg is turned outwards', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['mijn hond is naar de buren en mijn spullen heb ik verdeeld, jullie waren altijd lief voor me', 'suicide'],
    ['als mijn vader het hoort ga ik op vakantie naar turkije en kom ik nooit meer terug', 'violence'],
    ['de hulp neemt geld uit mijn portemonnee en zegt dat niemand mij zal geloven', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'Just watched a documentary about suicide among students. I am fine myself, is there funding for a peer support coffee?',
    'is er een training voor docenten om suicidale signalen bij jongeren te herkennen?',
    'Two years ago I took an overdose. I am doing much better now and working again, any peer groups?',
    'ons gas is afgesloten sinds gisteren en het is koud, wie kan helpen met de rekening',
    'ik wil niet dat mijn dochter bang wordt om thuis te komen door de jongens in het portiek',
    'my mum has dementia and forgets her pills, what care can she get at home',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after files w3 and w4: foam at the mouth, vomiting blood, "tonight i finish it", a letter in the drawer, the past told as "years back"', () => {
  it.each([
    ['my brother is shaking on the ground with foam at his mouth', 'emergency'],
    ['my husband is throwing up blood and he is very pale', 'emergency'],
    ['mijn zus ligt te schokken en heeft schuim op haar mond', 'emergency'],
    ['opa spuugt bloed sinds vanochtend en is heel slap', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['thank you for everything. i give my phone to my friend. tonight i finish it', 'suicide'],
    ['I looked up the train times again. My wife will get my insurance. Please tell her I am sorry', 'suicide'],
    ['de brief voor mijn vader ligt in de la en ik fiets morgen naar de Van Brienenoordbrug', 'suicide'],
    ['soms denk ik dat iedereen beter af is zonder mij, maar ik heb toch de kinderen', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'Three years back I wanted to end everything. Now I am doing much better and I want to volunteer',
    'no one hit me, i am safe, i only need help with the school books',
    'I care for my dad after his stroke, is there respite care?',
    'My grandad lives alone and forgets to take his pills, who can check on him',
    'I am crying a lot and cannot sleep at night since we moved, is there a Hindi speaking counsellor',
    'Vorig jaar wilde ik niet meer leven, maar het gaat nu veel beter. Hoe werkt parttime werken met de Wajong?',
    'heb je het nieuws gezien over die man die zijn schuur in brand heeft gestoken? ik wil helpen inzamelen',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after the w6 file: Dutch "want die", bruises explained by a fall, passports kept, news and figures of speech', () => {
  it.each([
    'we gaan niet naar dat feest want die mensen zijn altijd dronken',
    'ik bel de woningbouw niet meer want die doen toch niks',
    'het meisje van hiernaast heeft blauwe plekken maar ze zei dat ze gestruikeld is op de trap',
    'The agency kept my passport for safekeeping and says I get it back in June, is that legal?',
    'my mum took my phone and my laptop because I skipped school, can she do that',
    'this inburgering course is going to kill me, can someone help with the KNM exam',
    'a boy was stabbed near the station last week, I read it in the paper. Is there a neighbourhood watch?',
    'las in de krant dat er bij het winkelcentrum een jongen is neergestoken, is er een buurtapp?',
    'I was in a violent relationship in Ghana but it s over now, I would like to volunteer at a shelter',
  ])('no crisis answer: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });

  it.each([
    ['my son say he want die, he lock the door and not answer', 'suicide'],
    ['hij heeft blauwe plekken van hem en durft niet naar huis', 'violence'],
    ['my husband kept my passport and locked me in the flat', 'violence'],
    ['someone was stabbed in front of our door right now, he is bleeding a lot', 'emergency'],
  ])('still a crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
});

describe('after files s, t and v: being told off, a question about a secret, a fall and a stroke told as the past, a noisy neighbour', () => {
  it.each([
    'my manager is gonna kill me if I am late again, is there a bike repair cafe',
    'my sister will kill me when she finds out I broke her phone, where can I get it fixed cheap',
    'one more form from the gemeente and I will scream, who can help me fill it in',
    'Last summer I did not want to be alive anymore, but therapy helped and I am doing okay now. Can I volunteer?',
    'hij draait elke nacht harde muziek en ik heb aangebeld maar hij doet niet open, wat kan ik doen',
    'Gisteren is er iemand neergestoken bij het station, stond in de krant. Kunnen we een buurtwacht beginnen?',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it.each([
    'if a kid tells you a secret and makes you promise not to tell, do you have to report it?',
    'sometimes I think everyone would be better off without me. not gonna do anything, just tired',
  ])('asked about, not answered as a crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('concern');
  });

  it.each([
    ['it is our little secret he says, and I must not tell mum what happens at night', 'violence'],
    ['everyone would be better off without me, I have the pills here', 'suicide'],
    ['mijn buurvrouw doet niet open en ik hoor haar radio al dagen', 'emergency'],
    ['my husband says he will kill me if I tell anyone', 'violence'],
  ])('still a crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
});

describe('after files x, y, z and za: blows heard through a wall, a child crying "papa niet doen", keepsakes given away, a dose worked out', () => {
  it.each([
    ['Vanuit de flat naast ons hoorde ik een jongetje roepen "mama stop, alsjeblieft niet" en toen een harde klap', 'violence'],
    ['Hij heeft mijn bankpas en zei: als ik bij hem weg ga dan weet ik wat er gebeurt', 'violence'],
    ['Mijn oma heeft haar gouden ketting en haar fotoalbums weggegeven en zegt dat ze opa achterna gaat', 'suicide'],
    ['Mantelzorg voor mijn vader slurpt me leeg, soms denk ik dat het beter is als we er samen niet meer zijn', 'suicide'],
    ['been reading how many of these tablets it would take to not wake up', 'suicide'],
    ['Paid off my last debts, nobody has to worry now. Gave my bike to my cousin. Just wanted someone to know.', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });
  it.each([
    'Mijn buurman heeft zijn oude naaimachine weggegeven aan de kringloop, waar kan ik er een kopen?',
    'Ik woonde vroeger op de 9e verdieping, nu zoek ik een woning op de begane grond',
    'Geen zorgen hoor, ik ga niet van het balkon springen, maar ik slaap slecht door de schulden',
    'Drie jaar terug sneed ik mezelf, het gaat al lang goed, ik wil graag ervaringsdeskundige worden',
    'In de klas praten ze over een serie waarin een jongen zelfmoord pleegt, heeft u lesmateriaal?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
  it('a coach whose pupil keeps joking about ending it all: asked about, not the crisis answer', () => {
    expect(detectSafety('One of my students keeps joking about ending it all after every test', { learned: false }).tier).toBe('concern');
  });
  it('a man shouting and something slammed against the door while she screams upstairs: at least asked about', () => {
    expect(detectSafety('Boven mij schreeuwt een man en iets bonkt telkens tegen de deur, door het plafond hoor ik haar gillen', { learned: false }).tier).not.toBe('none');
  });
});

describe('after the t4 training file: a carer who thinks both would be at peace, a colleague\'s goodbye in the team chat, films and fainting that is over', () => {
  it.each([
    ['My mother has dementia and some evenings I think we would both be better off out of this', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });
  it('a goodbye in the team chat, "won\'t be back ever again", and a phone that is off: asked about', () => {
    expect(detectSafety('He wrote in the group: was great working with you, I won\'t be back ever again. His phone has been switched off since.', { learned: false }).tier).not.toBe('none');
  });
  it.each([
    'We zagen een documentaire over een meisje dat door haar vader werd mishandeld, is er een praatgroep?',
    'A boy fainted at the school party on Friday, he is totally fine now, is there a first aid course?',
    'Every morning there is this weight on my chest, it has been like that since spring, I still work',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('after the 2 December files a-d: dialect, a collapse in a shop, a leg over the rail, pills saved, going to join the dead', () => {
  it.each([
    ['Mien jong krig gein loch, hai wuurt blauw!', 'emergency'],
    ['mn broertje heeft 30 pillen van mn moeder geslikt', 'emergency'],
    ['Our neighbour is lying by the bins, not moving, his lips are blue', 'emergency'],
    ['He keeps saying if I leave he will kill me, he took my passport', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Een klant greep ineens naar zijn borst en zakte in elkaar bij de kassa', 'emergency'],
    ['Mijn zus zat met haar voet over de reling van de galerij', 'suicide'],
    ['Mijn opa spaart zijn slaappillen in een doosje en zegt dat hij naar oma toe gaat', 'suicide'],
    ['De baas van de kwekerij slaat de jongens als ze te langzaam plukken', 'violence'],
    ['My cousin says he already knows which bridge, he is not answering now', 'suicide'],
    ['The carer locks my grandfather in his room from the outside at night', 'violence'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Ik kreeg haast een hartaanval toen ik de rekening van Vattenfall zag',
    'Om misverstanden te voorkomen: ik heb geen gedachten aan zelfdoding, ik zoek een maatje',
    'ik krijg geen lucht meer van al die formulieren, wie helpt mij?',
    'Our smoke alarm keeps chirping, the battery must be empty, who fixes it?',
    'my dad is gonna kill me when he sees my grades lol, is there homework help?',
    'Last year I did not want to live anymore, but with therapy I am doing much better now',
    'We hebben 2 paracetamol genomen voor de koorts, mag dat bij een kind van 6?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Dutch and English after the 2 December files e-h and the long stories', () => {
  it.each([
    ['Ik sta hier op station Zwolle, bij de volgende intercity zet ik een stap naar voren', 'suicide'],
    ['Mijn collega staat al tien minuten op de parkeergarage, vlak aan de rand', 'suicide'],
    ['Hij schreeuwt door de muur dat hij haar afmaakt, ik hoor glas breken', 'violence'],
    ['Die man sleurde zijn dochter aan haar haren de trap op', 'violence'],
    ['Mijn nichtje zegt dat de buurman zegt dat haar kleren uit moeten en dat het hun geheimpje blijft', 'violence'],
    ['Er komt zwarte rook uit de brievenbus van de buren', 'emergency'],
    ['Mijn broertje heeft alle pillen van de hele strip in een keer geslikt', 'emergency'],
    ['My uncle sat down and half his face is drooping, he can not lift his arm', 'emergency'],
    ['She fainted on the stairs and she is not responding at all', 'emergency'],
    ['Been saving up my sleeping pills for weeks, I think I have enough now', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Papa zit op het balkon van de flat en zegt niks meer', 'suicide'],
    ['Straks zijn jullie eindelijk verlost van mij', 'suicide'],
    ['Mijn ex weet waar ik woon, hij heeft gevonden waar wij wonen', 'violence'],
    ['Oma praat met een dubbele tong en haar linkerhand hangt slap', 'emergency'],
    ['He asked me how many of his tablets it would take to not wake up', 'suicide'],
    ['They say I brought shame on the family and my uncles are coming to sort it out', 'violence'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'De chirurg heeft de ontsteking opengesneden, wie helpt met de wondzorg thuis?',
    'Voor school maken we een werkstuk over huiselijk geweld, mogen we iemand interviewen?',
    'Mijn dochter droomt elke nacht dat er een man met een mes in de kast zit',
    'Het brandalarm ging vannacht af maar het bleek een storing, nu wil ik weten wie dat betaalt',
    'Mijn opa is vorig jaar dood gegaan aan een hartaanval, oma is nu alleen',
    'Ik wil mezelf echt niet dood maken hoor, ik wil alleen wat meer mensen kennen',
    'For my nursing course I have an assignment about domestic violence, can I ask you some questions?',
    'My little one keeps asking if we are going to die after watching the news',
    'How much paracetamol is too much for a toddler with a fever?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Dutch and English after the 2 December files i-l', () => {
  it.each([
    ['Ik heb mijn slaappillen een maand opgespaard en ze liggen klaar, niet voor de pijn', 'suicide'],
    ['Een collega staat op het dakterras aan de rand en reageert niet', 'suicide'],
    ['Ze zeggen dat ze me gaan neersteken als ik niet betaal', 'violence'],
    ['Mijn vader zit op de bank, zijn borst voelt heel beklemd en hij is klam', 'emergency'],
    ['The men outside said they are going to break my arms if I do not pay', 'violence'],
    ['my friend fell from the stairs, blood on the floor, she does not respond', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Ik verzamel al een tijd mijn pijnstillers op, ik weet niet waarom ik dit schrijf', 'suicide'],
    ['Op tafel lag een briefje: aan wie dit vindt, sorry', 'suicide'],
    ['Het meisje in de bus fluisterde me help toe en de man trok haar mee', 'violence'],
    ['I am so tired of living here like this, nobody answers my letters', 'suicide'],
    ['We heard screaming next door again, and today his face was swollen, he says he fell', 'violence'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Voor mijn studie moet ik een interview doen over kindermishandeling, kan ik iemand spreken?',
    'Ik las in de krant dat er gisteren bij het station iemand is neergestoken, is het hier veilig?',
    'When I was in the detention centre they hit us, that is finished now, I need help with housing',
    'Ik spaar voor een nieuwe fiets, kan ik ergens een tweedehands krijgen?',
    'My son has nightmares since the news, he wakes up screaming that a monster will kill us all, any parenting help?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Dutch and English after the 2 December files m-p', () => {
  it.each([
    ['Er kringelt rook onder de achterdeur van mijn overbuurvrouw door', 'emergency'],
    ['Mijn dochtertje heeft volgens mij een batterijtje ingeslikt uit de weegschaal', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Ik heb besloten dat het voor mij genoeg is geweest, de notaris heeft alles', 'suicide'],
    ['Mijn opa zei dat ik zijn duiven mocht hebben als ik hem volgende week niet zag', 'suicide'],
    ['ik en mn broertje zitten in de wc op slot want pa is dronken en slaat de boel kapot', 'violence'],
    ['My dad went all slurry when he talked and his left arm suddenly went limp', 'emergency'],
    ['She met him online, he is way older, buys her phones and asks her for photos', 'violence'],
    ['if i dont wake up tomorrow its not your fault, love you', 'suicide'],
    ['I keep standing on the balcony of the 12th floor thinking how easy it would be', 'suicide'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Voor de duidelijkheid: ik denk er niet aan om mezelf iets aan te doen, ik zoek een praatgroep',
    'Mijn vriend slaat me niet hoor, maar hij gokt ons geld weg',
    'Mijn leidinggevende vermoordt me als ik weer te laat ben, rijdt er een vroegere bus?',
    'Ik heb al jaren paniekaanvallen, dan krijg ik geen lucht en denk ik dat ik doodga, kan ik praten met iemand?',
    'Voor ons profielwerkstuk doen we onderzoek over huiselijk geweld, mogen we iets vragen?',
    'I grew up with a dad who hit us, that was fifteen years ago, I did years of therapy and I am in a good place now',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
  it.each([
    'Ik wil mijn baan niet zomaar opgeven, maar de zorg voor mijn man valt zwaar',
    'We zijn wanhopig op zoek naar een groter huis, we slapen met vier in een kamer',
    'Mijn zoon van 14 gaat schreeuwen en met deuren slaan als ik de spelcomputer afpak',
    "Honestly I can't tell anymore which of these letters are important",
  ])('no question: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after the 2 December files q-t', () => {
  it.each([
    ['Als ze me uit huis zetten maak ik er zelf wel een eind aan, ik weet al hoe', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['De oude gaskachel tikt raar en sinds vanmiddag zijn we allemaal duizelig en misselijk', 'emergency'],
    ['Mijn hond is bij de buren ondergebracht, mijn kamer is leeggeruimd, het is goed zo', 'suicide'],
    ['Mijn scooter heb ik aan mijn neef gegeven, na morgen hoeft niemand meer op mij te wachten', 'suicide'],
    ['Mijn oom zei dat hij de bus van zeven uur neemt, maar niet om in te stappen', 'suicide'],
    ['Mien buurvrouw heb ik al drij doagen nait zain, de gedienen binnen dicht en gain ain dut open', 'emergency'],
    ['Een jongen chanteert mijn nichtje met naaktfotos en wacht haar op bij school', 'violence'],
    ['Ze bedankte me voor alles en vroeg of ik goed voor haar konijn wil zorgen, nu leest ze mijn berichten niet meer', 'suicide'],
    ['Mijn dochter van 5 wil niet meer in bad en deed met haar poppen iets na wat ze niet hoort te weten, ze logeert elk weekend bij hem', 'violence'],
    ['De dokter gaf me slaappillen, die heb ik maandenlang niet ingenomen maar bewaard, ik zie geen reden meer om op te staan', 'suicide'],
    ['My cousin sent a photo of her wrists all cut up and says she cant wait for it all to be over', 'suicide'],
    ['he told me if i tell anyone what he does when my mum is on nights i will be taken away', 'violence'],
    ['I bought a pistol online last month and I think I will use it this weekend', 'suicide'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Ik denk niet dat hij zichzelf iets aan zou doen, maar hij komt zijn kamer nauwelijks uit',
    'mn juf vermoordt me als ik mijn huiswerk weer vergeten ben, is er huiswerkbegeleiding?',
    'zit de hele dag met dat liedje in mn hoofd, ik kan niet meer ik kan niet meer, echt irritant',
    'In die film waarin die agent wordt neergeschoten moest ik huilen, maar ik zoek eigenlijk een sportclub',
    'Voor mijn scriptie over suicidepreventie in de wijk zoek ik een hulpverlener om te interviewen',
    'My daughter says she wants to die whenever she loses at a game, is that normal for a 12 year old?',
    'For my research project on suicide prevention in neighbourhoods I would like to interview a worker',
    "no she doesn't hit me or anything, we just argue about money all the time",
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
  it.each([
    'Ik ben net met pensioen en ik wil graag voorlezen op de basisschool',
    'Ze zeggen dat ik een boete krijg als ik niet naar de les ga, met een baby van drie maanden. Wat een onzin.',
    'Ik drink s ochtends al om niet te trillen en mijn baas zei dat ik naar bier rook',
    'Wij hebben een houtkachel en de buren klagen over de rook, wat zijn de regels?',
    'Our bin room smells, who do I call at the housing corporation?',
  ])('no question: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Dutch and English after the 2 December files u-x', () => {
  it.each([
    ['Mijn dochtertje van 2 heeft van de wasmiddelcapsules gegeten, haar lippen zijn rood', 'emergency'],
    ['Bij de bushalte staat een jongen een meisje tegen haar hoofd te stompen', 'violence'],
    ['Mijn neef zit op de rand van het dak en roept dat hij springt als iemand dichterbij komt', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Hij heeft de voordeur op slot gedaan en mijn telefoon afgepakt, als hij terug is zul je het zien zegt hij', 'violence'],
    ['Ik heb gisteren een mes gekocht en morgen sta ik bij dat loket van de gemeente', 'violence'],
    ['Mijn moeder met alzheimer is vanavond weggelopen, ze heeft alleen sloffen aan', 'emergency'],
    ['Onze buurman gaat voorgoed weg zegt hij, ik mag zijn sleutels houden en hij gaf me zijn boeken', 'suicide'],
    ['Een meisje uit mijn klas zegt dat ze het niet mag vertellen, anders gaat mama dood', 'violence'],
    ['I have no intention of seeing another Christmas alone, the letters for my children are on the table', 'suicide'],
    ['He posted a photo from the roof of the car park with the words sorry everyone', 'suicide'],
    ['Every night I stand at the railway crossing and think it is better for them if I am not here', 'suicide'],
    ['grandad has dementia and wandered off an hour ago in his slippers, it is freezing', 'emergency'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Ik geef les op het mbo en zoek een gastles over huiselijk geweld en de meldcode',
    'Vorige week dacht ik dat ik een hartaanval had, het bleek een paniekaanval, is er een cursus?',
    'Mijn vader sloeg mijn moeder in de jaren zeventig, dat is lang verleden tijd, maar ik zoek een praatgroep',
    'Depressed for months, no thoughts of harming myself, but the waiting list is long',
    'Our scouting group wants a protocol for what we do if a child ever tells us about abuse',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
  it.each([
    'Mijn vader met dementie raakte de weg kwijt, de politie bracht hem gelukkig thuis, bestaat er een gps-horloge?',
    'De drummer staat de hele avond op zijn trommels te slaan, kan ik over geluidsoverlast klagen?',
  ])('no question: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
