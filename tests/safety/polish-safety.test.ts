import { describe, expect, it } from 'vitest';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';

/*
 * Written for this lexicon, in many styles: with and without Polish letters, chat spellings ("hce",
 * "niechce", "mie"), typos, Dutch mixed in. The negatives are everyday messages (rent, debts,
 * school, work), figures of speech ("umieram ze śmiechu", "zabiję cię jak..."), the negated and the past.
 */
describe('the safety check in Polish', () => {
  it.each([
    ['Chcę umrzeć', 'suicide'],
    ['hce umżeć, nie daje rady juz', 'suicide'],
    ['nie chce mi się już żyć', 'suicide'],
    ['niechce zyc', 'suicide'],
    ['Czasem myślę, że chciałabym zasnąć i się nie obudzić', 'suicide'],
    ['chciałbym po prostu nie obudzić się rano', 'suicide'],
    ['zabiję się jak on mnie zostawi', 'suicide'],
    ['chyba się dziś zabiję', 'suicide'],
    ['mam myśli samobójcze od tygodnia', 'suicide'],
    ['myślę o samobujstwie', 'suicide'],
    ['zbieram tabletki od miesiąca, żeby to skończyć', 'suicide'],
    ['łyknę wszystkie tabletki nasenne jakie mam', 'suicide'],
    ['napisałam już list pożegnalny', 'suicide'],
    ['pójdę i rzucę się pod pociąg', 'suicide'],
    ['stanę na torach i tyle', 'suicide'],
    ['chcę skoczyć z mostu', 'suicide'],
    ['tnę się żyletką od kilku dni', 'suicide'],
    ['moja córka się tnie, co mam robić', 'suicide'],
    ['mój syn mówi że się zabije', 'suicide'],
    ['odbiorę sobie życie', 'suicide'],
    ['wolałabym umrzeć niż tak żyć', 'suicide'],
    ['lepiej by było gdybym umarła', 'suicide'],
    ['powieszę się w piwnicy', 'suicide'],
    ['mam dość życia', 'suicide'],
    ['chciałabym żeby mnie już nie było', 'suicide'],
    ['żyć mi się nie chce', 'suicide'],
    ['Mijn man heeft me verlaten, chce umrzec', 'suicide'],
    ['mąż mnie bije', 'violence'],
    ['maz mie bije jak wypije', 'violence'],
    ['mój partner bije mnie codziennie', 'violence'],
    ['ojciec mnie bił wczoraj pasem', 'violence'],
    ['tata bije mamę a ja się boję', 'violence'],
    ['rodzice się biją w nocy', 'violence'],
    ['on mnie dusił za szyję', 'violence'],
    ['grozi mi nożem', 'violence'],
    ['powiedział, że jak odejdę, to mnie zabije', 'violence'],
    ['zgwałcił mnie', 'violence'],
    ['wujek mnie molestuje', 'violence'],
    ['kazał mi się rozebrać i nikomu nie mówić', 'violence'],
    ['syn zabiera mi emeryturę', 'violence'],
    ['wnuk zabrał mi całą emeryturę i kartę', 'violence'],
    ['zamyka mnie w pokoju na klucz', 'violence'],
    ['nie daje mi jeść od dwóch dni', 'violence'],
    ['zabrał mi paszport i nie oddaje', 'violence'],
    ['jestem bita przez męża', 'violence'],
    ['doświadczam przemocy domowej', 'violence'],
    ['chcą mnie wydać za mąż siłą', 'violence'],
    ['boję się o swoje życie', 'violence'],
    ['Mijn man pobił mnie gisteren', 'violence'],
    ['dostałam w twarz od męża', 'violence'],
    ['tata nie oddycha', 'emergency'],
    ['babcia jest nieprzytomna', 'emergency'],
    ['straciła przytomność i leży', 'emergency'],
    ['nie mogę go obudzić', 'emergency'],
    ['dziecko się dławi', 'emergency'],
    ['mocno krwawi i nie mogę zatamować krwi', 'emergency'],
    ['chyba ma udar, twarz mu opadła', 'emergency'],
    ['mama ma zawał', 'emergency'],
    ['przedawkował', 'emergency'],
    ['nałykała się tabletek', 'emergency'],
    ['syn połknął całe opakowanie tabletek', 'emergency'],
    ['maluch zjadł tabletki babci', 'emergency'],
    ['w kuchni się pali', 'emergency'],
    ['pożar w bloku', 'emergency'],
    ['pełno dymu na klatce', 'emergency'],
    ['czuć gaz na klatce', 'emergency'],
    ['nie widziałam sąsiadki od kilku dni, nie otwiera', 'emergency'],
    ['sąsiad chodzi z nożem po klatce', 'emergency'],
    ['wezwijcie karetkę', 'emergency'],
    ['ma drgawki', 'emergency'],
    ['moja przyjaciółka chce się zabić', 'suicide'],
    ['sąsiad bije swoje dzieci, słychać przez ścianę', 'violence'],
    ['sąsiadka leży nieprzytomna', 'emergency'],
    ['juz nie chce zyc naprawde', 'suicide'],
    ['nie chce mi sie zyc, wszystko jest bez sensu', 'suicide'],
    ['mam ochote sie zabic', 'suicide'],
    ['zaraz sie zabije', 'suicide'],
    ['chciałabym umrzeć we śnie, dziś', 'suicide'],
    ['Chce umrzec. Nie wiem co robic', 'suicide'],
    ['wole umrzec niz wrocic do niego', 'suicide'],
    ['myśle żeby skończyć ze sobą', 'suicide'],
    ['planuję samobójstwo', 'suicide'],
    ['probowalam sie zabic wczoraj', 'suicide'],
    ['mam odłożone tabletki na ten dzień', 'suicide'],
    ['kupiłam sznur i wiem jak to zrobię', 'suicide'],
    ['stoję na moście i chcę skoczyć', 'suicide'],
    ['wyskoczę przez okno', 'suicide'],
    ['mój brat pisze że się zabije', 'suicide'],
    ['podetnę sobie żyły', 'suicide'],
    ['pocięłam się znowu', 'suicide'],
    ['robię sobie krzywdę', 'suicide'],
    ['lepiej gdybym nie żyła', 'suicide'],
    ['zabić się chcę', 'suicide'],
    ['chce sie zabić xd ale serio', 'suicide'],
    ['mam myśli samobójcze', 'suicide'],
    ['odechciało mi się żyć', 'suicide'],
    ['ik wil niet meer, nie chce zyc', 'suicide'],
    ['mój chłopak mnie bije i grozi', 'violence'],
    ['partner uderzył mnie w twarz', 'violence'],
    ['maż mnie pobił', 'violence'],
    ['ojczym mnie leje pasem', 'violence'],
    ['on bije dzieci', 'violence'],
    ['mąż znęca się nade mną', 'violence'],
    ['teść zabrał mi emeryturę', 'violence'],
    ['nie wypuszcza mnie z domu', 'violence'],
    ['grozi że mnie zabije', 'violence'],
    ['chce mnie zabić', 'violence'],
    ['rzucił się na mnie z nożem', 'violence'],
    ['przyłożył mi nóż do gardła', 'violence'],
    ['byłam zgwałcona', 'violence'],
    ['syn mnie popycha i szarpie', 'violence'],
    ['mnie kopnął w brzuch', 'violence'],
    ['dusił mnie poduszką', 'violence'],
    ['moja córka jest molestowana przez wujka', 'violence'],
    ['zmusza mnie do seksu', 'violence'],
    ['mama nie oddycha pomocy', 'emergency'],
    ['ojciec leży i nie reaguje', 'emergency'],
    ['sąsiad stracił przytomność na klatce', 'emergency'],
    ['dziadek ma chyba zawał', 'emergency'],
    ['synek połknął baterię', 'emergency'],
    ['dziecko się zakrztusiło', 'emergency'],
    ['krew się leje z ręki', 'emergency'],
    ['pali się mieszkanie sąsiada', 'emergency'],
    ['dym wydobywa się z mieszkania obok', 'emergency'],
    ['czuję gaz w kuchni', 'emergency'],
    ['od trzech dni nie widziałam pani z parteru', 'emergency'],
    ['wezwij pogotowie', 'emergency'],
    ['babcia upadła i nie może wstać', 'emergency'],
    ['ktoś strzela na ulicy', 'emergency'],
    ['zadźgał go nożem', 'emergency'],
    ['boję się że coś sobie zrobię', 'suicide'],
    ['jak tak dalej pójdzie to coś sobie zrobię', 'suicide'],
    ['mąż pije i bije', 'violence'],
    ['mój ojczym bije jak wypije', 'violence'],
    ['podniósł na mnie rękę', 'violence'],
    ['dziecko sinieje', 'emergency'],
    ['wujek robi mi krzywdę', 'violence'],
    ['ma pianę na ustach', 'emergency'],
    ['mąż bije, co robić?', 'violence'],
    ['umrzeć chcę', 'suicide'],
    ['czasem myślę, że lepiej by było, gdyby mnie nie było', 'suicide'],
    ['nie chcę już istnieć', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['nic już nie ma sensu', 'suicide'],
    ['nie widzę sensu życia', 'suicide'],
    ['jestem ciężarem dla rodziny', 'suicide'],
    ['wszystkim będzie lepiej beze mnie', 'suicide'],
    ['już nie daję rady, nie mam już siły', 'suicide'],
    ['nie widzę wyjścia z tej sytuacji', 'suicide'],
    ['żegnajcie, to moja ostatnia wiadomość', 'suicide'],
    ['jak mnie nie będzie, zaopiekuj się moim kotem', 'suicide'],
    ['chcę po prostu zniknąć', 'suicide'],
    ['nie chcę już tak żyć', 'suicide'],
    ['samobójstwo', 'suicide'],
    ['kiedyś się cięłam, teraz znowu mam ochotę', 'suicide'],
    ['po co ja jeszcze żyję', 'suicide'],
    ['boję się wracać do domu', 'violence'],
    ['boję się męża', 'violence'],
    ['mam siniaki na rękach', 'violence'],
    ['on przychodzi do mojego pokoju w nocy', 'violence'],
    ['mówi że to nasza tajemnica', 'violence'],
    ['nie wolno mi nikomu o tym mówić', 'violence'],
    ['on kontroluje mój telefon i nie daje mi pieniędzy', 'violence'],
    ['nie pozwala mi wychodzić z domu', 'violence'],
    ['mama mnie zabije jak zobaczy oceny', 'violence'],
    ['w domu dzieją się złe rzeczy', 'violence'],
    ['mąż jest agresywny po alkoholu', 'violence'],
    ['boli go w klatce piersiowej', 'emergency'],
    ['babcia leży na podłodze', 'emergency'],
    ['czuję dym w mieszkaniu', 'emergency'],
    ['sąsiadka nie odbiera od trzech dni', 'emergency'],
    ['nikomu nie mogę o tym powiedzieć bo on mówi że to nasz sekret', 'violence'],
    ['boję się go', 'violence'],
    ['on sprawdza mi telefon', 'violence'],
    ['mam siniaka pod okiem', 'violence'],
    ['mąż po pijaku wyzywa mnie i dzieci', 'violence'],
    ['nie mam już siły żyć', 'suicide'],
    ['nie mam po co żyć', 'suicide'],
    ['po co mam dalej żyć', 'suicide'],
    ['nikt by nie zauważył gdybym zniknęła', 'suicide'],
    ['nikomu nie jestem potrzebna', 'suicide'],
    ['rozdaję swoje rzeczy', 'suicide'],
    ['były partner mi grozi', 'violence'],
    ['nic mnie tu już nie trzyma', 'suicide'],
    ['nie zależy mi już na życiu', 'suicide'],
    ['dziadek oddycha ciężko i charczy', 'emergency'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'mam dość, nic nie ma sensu, chcę żeby to się skończyło',
    'mój tata pije i bije mamę a ja się boję',
  ])('some signal: %s', (text) => {
    expect(detectSafety(text).tier).not.toBe('none');
  });

  it.each([
    'moja przyjaciółka chce się zabić',
    'sąsiad bije swoje dzieci, słychać przez ścianę',
    'sąsiadka leży nieprzytomna',
  ])('about someone else: %s', (text) => {
    expect(detectSafety(text).bystander).toBe(true);
  });

  it.each([
    'Umieram ze śmiechu, ale mam pytanie o zasiłek',
    'umarłam ze śmiechu jak to przeczytałam',
    'ta biurokracja mnie zabije, trzeci raz wysyłam ten sam formularz',
    'zabiję cię jak nie oddasz mi ładowarki haha',
    'telefon mi padł, dlatego nie odpisywałam',
    'bateria mi zdechła w połowie rozmowy',
    'nigdy nie myślałam o samobójstwie, mam tylko problem z długami',
    'nie mam myśli samobójczych, potrzebuję pomocy z czynszem',
    'dzieci biją się na podwórku podczas zabawy',
    'komornik zabiera mi połowę emerytury, co mogę zrobić',
    'prawie dostałam zawału jak zobaczyłam rachunek za prąd',
    'mama jest po udarze i potrzebuje opiekunki',
    'mam zawalony tydzień, czy możemy przełożyć spotkanie',
    'muszę wziąć wszystkie leki rano, czy ktoś może mi pomóc je rozłożyć',
    'wzięłam wszystkie leki i idę spać',
    'jak mnie nie będzie w domu, proszę zostawić paczkę u sąsiada',
    'w kuchni pali się światło całą noc, sąsiad nie gasi',
    'sąsiad pali papierosy na balkonie i dym leci do nas',
    'zrobię sobie coś do jedzenia i wracam',
    'nie chcę już żyć z nim pod jednym dachem, chcę się rozwieść',
    'nie chcę żyć w tym mieszkaniu, jest pleśń',
    'czynsz wzrósł i nie wiem jak zapłacić',
    'dostałam list od gemeente o zasiłku mieszkaniowym',
    'potrzebuję pomocy z wypełnieniem formularza do belastingdienst',
    'mój syn ma problemy w szkole, nauczycielka dzwoni codziennie',
    'szukam pracy, mam doświadczenie jako magazynier',
    'mam długi u kilku firm i windykacja dzwoni',
    'grozi mi eksmisja, właściciel chce mnie wyrzucić',
    'nie mam pieniędzy na jedzenie do końca miesiąca',
    'czy mogę dostać pomoc z rachunkiem za gaz',
    'od kilku dni nie mam ciepłej wody',
    'urząd nie odpowiada na moje maile od tygodnia',
    'nie rozumiem listu z CJIB, muszę zapłacić mandat',
    'moja mama ma demencję i potrzebuje opieki',
    'chcę zapisać się na kurs holenderskiego',
    'szukam przedszkola dla córki',
    'sąsiedzi robią hałas w nocy i nie mogę spać',
    'mam problem z pleśnią w łazience',
    'zgubiłam dowód osobisty, co mam zrobić',
    'potrzebuję tłumacza na wizytę u lekarza',
    'nie daję rady z tymi wszystkimi papierami',
    'jestem samotna i chciałabym poznać ludzi',
    'czy jest jakaś grupa dla rodziców',
    'mąż stracił pracę i nie mamy z czego żyć',
    'jak mam żyć za tak mało pieniędzy',
    'chcę skończyć kurs językowy, ale nie mam czasu',
    'umieram z głodu, kiedy jest przerwa',
    'pracuję w pocie czoła a nie starcza na czynsz',
    'auto mi padło i nie mogę dojechać do pracy',
    'boję się, że nie zapłacę czynszu',
    'mój tata miał zawał w zeszłym roku, teraz potrzebuje pomocy w domu',
    'chciałabym umówić wizytę u pracownika socjalnego',
    'dostaliśmy lanie w meczu, ale dzieci były zadowolone',
    'szef mnie wykorzystuje, pracuję po 12 godzin',
    'mam dość tej roboty, szukam nowej',
    'to nie ma sensu, trzeci raz dzwonię do urzędu',
    'nie mogę oddychać przez ten smród z kanalizacji',
    'kaszel mnie dusi od tygodnia',
    'czy mogę dostać pomoc z opłaceniem ubezpieczenia od pożaru',
    'moja córka chce zacząć pracę wakacyjną',
    'internet się tnie cały czas',
    'zabij mnie, ale nie pamiętam hasła do DigiD',
    'w weekend idziemy na urodziny kolegi',
    'muszę iść do dentysty, boli mnie ząb',
    'chcę zmienić mieszkanie na większe',
    'syn chce się zapisać do klubu piłkarskiego',
    'mam skierowanie do szpitala na badanie krwi',
    'potrzebuję pomocy z wnioskiem o dodatek na dzieci',
    'dziękuję za wszystko, do zobaczenia w poniedziałek',
    'nie widziałam mojego ojca od 5 lat, nie mamy kontaktu',
    'zabrali mi prawo jazdy za szybką jazdę',
    'policja zabrała mi dowód do sprawdzenia',
    'zapłaciłam wszystko na czas ale bank zabrał mi pieniądze z konta',
    'jestem w ciąży i szukam pomocy',
    'po rozwodzie mieszkam sama z dziećmi',
    'mój brat mieszka w Polsce, chcę go odwiedzić',
    'kiedy mnie nie będzie w pracy, kto odbierze dzieci',
    'nie chce mi się dziś gotować',
    'nie chce mi się iść do pracy',
    'nie mam siły na sprzątanie po pracy',
    'chcę zniknąć z tej grupy na whatsappie',
    'mam ochotę to wszystko rzucić i wyjechać na wakacje',
    'ten upał mnie wykończy',
    'mój laptop umarł, potrzebuję komputera do szkoły',
    'na tej ulicy można się zabić, tak ślisko',
    'tonę w długach i potrzebuję pomocy',
    'dziecko ma gorączkę od dwóch dni',
    'dostałam zawiadomienie o odcięciu prądu',
    'jestem na zwolnieniu lekarskim od miesiąca',
    'chciałabym pomóc w dzielnicy jako wolontariuszka',
    'umiem dobrze gotować i chcę coś zrobić dla sąsiadów',
    'ile kosztuje kurs pierwszej pomocy',
    'skoczę do sklepu i zaraz wracam',
    'muszę wyskoczyć z kasy na nowe buty dla dzieci',
    'czy policja może mi pomóc z kradzieżą roweru',
    'chcę pracować jako kierowca karetki',
    'gra się tnie na nowym komputerze',
    'jutro mam rozmowę o pracę, trzymajcie kciuki',
    'nasz kot umarł wczoraj, dzieci płaczą',
    'mój ojciec zmarł w zeszłym miesiącu i muszę załatwić pogrzeb',
    'pomocy, nie rozumiem tego listu',
    'potrzebuję pomocy proszę z rachunkami',
    'babcia ma 90 lat i mieszka sama, czy jest jakaś pomoc domowa',
    'od tygodnia czuję dziwny zapach z kanalizacji',
    'boję się, że stracę pracę',
    'boję się dentysty',
    'kolega z pracy pyta o mieszkanie',
    'moja sąsiadka potrzebuje pomocy z zakupami',
    'sąsiad zostawia śmieci na klatce',
    'mąż pije i mamy długi',
    'żona chce rozwodu, co z dziećmi',
    'syn nie chce chodzić do szkoły',
    'córka ma depresję, szukamy psychologa',
    'jestem zmęczona pracą i dziećmi',
    'czuję się samotna od przeprowadzki',
    'zrobię sobie coś do jedzenia po pracy',
    'serce mi bije szybko przed egzaminem',
    'zegar bije północ',
    'syn pije dużo soku',
    'tata bije rekordy w grach',
    'dusiłam go dwie godziny w piekarniku',
    'leję go do garnka',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  it.each([
    'kiedyś ojciec mnie bił, lata temu, teraz szukam pracy',
    'w dzieciństwie byłam bita, to już przeszłość, teraz potrzebuję mieszkania',
    'utonę w tych papierach',
  ])('told as the past, at most a question: %s', (text) => {
    expect(detectSafety(text).tier).not.toBe('crisis');
  });

  it.each([
    'mam tabletki w szufladzie',
    'dziś w nocy to zrobię',
    'jestem sama w domu',
    'już wzięłam tabletki',
    'stoję na moście',
    'on wraca zaraz do domu',
    'ma nóż',
  ])('more risk in a crisis conversation: %s', (text) => {
    expect(mentionsRisk(text)).toBe(true);
  });

  it.each([
    'dziękuję, przeczytam to',
    'nie wiem co napisać',
  ])('no new risk: %s', (text) => {
    expect(mentionsRisk(text)).toBe(false);
  });

  it.each([
    'nie zadzwonię',
    'nie chcę rozmawiać przez telefon',
    'nikt mi nie pomoże',
    'on usłyszy jak zadzwonię',
    'nie mówię po niderlandzku',
  ])('will not or cannot call: %s', (text) => {
    expect(refusesToCall(text)).toBe(true);
  });
});

/* Families widened after the blind file k: new sentences for each, and the everyday ones they must leave alone. */
describe('the widened Polish families', () => {
  it.each([
    ['od dwóch tygodni chomikuję leki nasenne', 'suicide'],
    ['tabletki od psychiatry odkładam do szuflady już od miesiąca', 'suicide'],
    ['ile tabletek paracetamolu zabija człowieka', 'suicide'],
    ['zrobiłem pętlę z paska', 'suicide'],
    ['znowu przypalam się zapalniczką jak jest źle', 'suicide'],
    ['nacinam sobie uda cyrklem', 'suicide'],
    ['pociełam sobie ręce znowu głębiej niż zwykle', 'suicide'],
    ['uderzyłem wczoraj żonę, nie wiem co mi odbiło', 'violence'],
    ['po piwie pobiłem syna', 'violence'],
    ['złapał mnie za gardło przy dzieciach', 'violence'],
    ['zepchnął ją ze schodów', 'violence'],
    ['rzucił kubkiem w małego', 'violence'],
    ['butelka przeleciała tuż nad głową córki', 'violence'],
    ['powiedział że mnie pozabija jak pójdę na policję', 'violence'],
    ['jeśli zadzwonisz na policję, zabiję cię', 'violence'],
    ['wnuczek zamyka go w pokoju na klucz', 'violence'],
    ['syn odbiera mu całą emeryturę', 'violence'],
    ['nie chce mi oddać paszportu', 'violence'],
    ['pijany wali w drzwi, zamknęłyśmy się z dziećmi w łazience', 'violence'],
    ['dziecko się czymś dławi i nie może złapać powietrza', 'emergency'],
    ['mały robi się siny na twarzy', 'emergency'],
    ['dziadkowi opadł kącik ust i nie może podnieść ręki', 'emergency'],
    ['pani z dołu nie otwiera od tygodnia', 'emergency'],
    ['tata spadł z drabiny i nie rusza się', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['dzieciom łatwiej byłoby beze mnie', 'suicide'],
    ['gdyby mnie nie było, wszyscy by odetchnęli', 'suicide'],
    ['rozdałem chłopakom narzędzia, już mi się nie przydadzą', 'suicide'],
    ['postanowiłam jak z tym wszystkim skończyć', 'suicide'],
    ['gdyby coś mi się stało, kto zaopiekuje się dziećmi?', 'suicide'],
    ['byłem wczoraj na wiadukcie i myślałem jakie to byłoby proste', 'suicide'],
    ['kupiłam linę, nikt nie wie', 'suicide'],
    ['jak ukryć blizny na przedramieniu przed mamą', 'suicide'],
    ['jak się wścieknie, to rzuca talerzami', 'violence'],
    ['zięć każe mi wypłacać całą emeryturę', 'violence'],
    ['mała płakała za ścianą „nie bij, tato”', 'violence'],
    ['schowałam się z synem w sypialni, bo on znów jest agresywny', 'violence'],
    ['babcia się dusi, co robić', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'oddałam płaszcz siostrze, za tydzień pożyczę od niej buty',
    'napisałam list do gemeente o dodatek mieszkaniowy',
    'wysłałem mamie paczkę i zadzwoniłem, że ją kocham',
    'zabijam czas w poczekalni, czy jest tu wifi',
    'szef mnie zabije jak się znowu spóźnię',
    'ten sprawdzian z geografii mnie chyba zabije',
    'zabiję cię za to, ale dzięki za bilety',
    'nie zamierzam się zabić, potrzebuję tylko psychologa',
    'wcale nie chcę umierać, po prostu jestem zmęczona',
    'kupiłem sznur do prania na balkon',
    'mięso się dusi dwie godziny',
    'oparzyłam sobie rękę żelazkiem, jaka maść pomoże',
    'urząd nie odbiera telefonu od tygodnia',
    'skaleczyłem się przy krojeniu chleba',
    'chodzimy z dziećmi nad kanał karmić kaczki',
    'jeden krok na raz, tak mówi nasz trener',
    'nie będą mi już potrzebne te podręczniki, kto chce?',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

/*
 * Families written after the blind measurement of 7a12026: new sentences for each way the family is
 * said, and hard negatives that share its words (a tow rope, a story about a fire, a tired carer).
 */
describe('the Polish families of the 7a12026 round', () => {
  it.each([
    ['wczoraj przycisnął mnie do ściany i trzymał za szyję', 'violence'],
    ['chwycił ją za gardło przy dzieciach', 'violence'],
    ['dusił mnie tak długo, aż nie mogłam złapać tchu', 'violence'],
    ['miał ręce na mojej szyi i krzyczał', 'violence'],
    ['synek połknął baterię od pilota, co robić', 'emergency'],
    ['mała wzięła do buzi kapsułkę do prania i chyba przegryzła', 'emergency'],
    ['córeczka wypiła płyn do naczyń z butelki, kaszle', 'emergency'],
    ['brat siedzi w garażu, nie reaguje na wołanie, czuć spaliny', 'emergency'],
    ['czujemy czad w łazience, a babcia się nie budzi', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['trzymam linę w szafie na wszelki wypadek', 'suicide'],
    ['mam żyletki schowane w razie czego', 'suicide'],
    ['na czarną godzinę mam sznur w piwnicy', 'suicide'],
    ['coraz częściej myślę, żeby wjechać autem w drzewo', 'suicide'],
    ['kusi mnie, żeby na autostradzie nie zahamować przed tirem', 'suicide'],
    ['chciałem po prostu zjechać z mostu do rzeki', 'suicide'],
    ['porozdawałem już wszystko i napisałem listy do rodziców', 'suicide'],
    ['napisałam listy do dzieci, zostawiłam klucze sąsiadce, kto weźmie mojego psa?', 'suicide'],
    ['wujek bawi się z moją córką w tajną zabawę', 'violence'],
    ['trener mówi, że to ich sekretna gra', 'violence'],
    ['mówi jej, że jak powie mamie, to mama umrze', 'violence'],
    ['powiedział synowi, że jeśli komuś powie, trafi do domu dziecka', 'violence'],
    ['wnuczek zjadł chyba kilka tabletek dziadka', 'emergency'],
    ['w mieszkaniu obok czuć spaliny od piecyka', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'wożę linę holowniczą w bagażniku na wszelki wypadek',
    'mam zawsze tabletki na alergię w torebce, tak na wszelki wypadek',
    'wjechałem na parking pod galerią i nie mogę znaleźć wyjazdu',
    'trzymała mnie za rękę całą drogę do szkoły',
    'strach chwycił mnie za gardło przed egzaminem',
    'synek nie umie połknąć tabletki, da się ją rozpuścić?',
    'czytaliśmy z synem książkę o pożarze w lesie, pyta o strażaków',
    'zabije mnie ten formularz z gemeente, kto pomoże?',
    'wykończy mnie ta przeprowadzka, szukam firmy od mebli',
    'opiekuję się mamą po wylewie, pracuję na zmiany i już nie daję rady, jest jakaś opieka dzienna?',
    'nie daję już rady wozić syna na terapię trzy razy w tygodniu, jest transport?',
    'nie chodzi mi o żadne samobójstwo, po prostu nie mogę spać',
    'mam dwie wnuczki i jestem na emeryturze, szukam zajęć dla seniorów',
    'myślałam o śmierci po rozwodzie, ale to dawno minęło, teraz szukam pracy',
    'gramy w tajną grę planszową z kuzynami, gdzie kupić drugą część?',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Polish families of the lexicon round of 1 December', () => {
  it.each([
    // Blood from the head told verb first, a lot of blood.
    // A word that ends in "nie" before "chcę" is no negation ("codziennie chcę umrzeć").
    ['codziennie chcę umrzeć', 'suicide'],
    ['naprawdę i strasznie chcę się zabić', 'suicide'],
    ['tacie leje się krew z głowy, upadł w łazience', 'emergency'],
    ['cieknie jej strasznie krew z ucha po tym upadku', 'emergency'],
    ['brat krwawi mocno z głowy, co robić', 'emergency'],
    ['w kuchni kałuża krwi, dziadek się przewrócił', 'emergency'],
    // Someone who does not answer or move when spoken to or shaken.
    ['babcia nie reaguje jak do niej mówię, leży na kanapie', 'emergency'],
    ['wołam go i potrząsam, a on nic', 'emergency'],
    ['kolega nie odpowiada kiedy go szturcham, oczy ma zamknięte', 'emergency'],
    // "Then I jump": the present said of tomorrow.
    ['jak mnie wyrzucą, to skaczę z dachu', 'suicide'],
    ['dzisiaj skaczę z mostu, mam dość', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Things given away or sold off, and nothing needed any more.
    ['sprzedam tanio meble, lodówkę i pralkę, i tak niczego już nie będę potrzebować', 'suicide'],
    ['rozdaję swoje ubrania i książki, mnie się już nie przydadzą', 'suicide'],
    ['za darmo do oddania konsola i gry, nic mi już nie będzie potrzebne', 'suicide'],
    // A last message of love, the plain words of Befrienders' list.
    ['powiedzcie mojej córce że ją bardzo kocham', 'suicide'],
    ['proszę przekazać żonie i dzieciom że zawsze ich kochałem', 'suicide'],
    ['mam zamiar skończyć ze wszystkim, nie mogę tak dłużej', 'suicide'],
    // Affairs in order, keys left, thanks for everything, an apology and pets handed over.
    ['klucze zostawiłem na stole, dziękuję wam za wszystko', 'suicide'],
    ['wszystko już mam pozałatwiane, kto zapłaci za pogrzeb?', 'suicide'],
    ['siostra napisała że przeprasza za wszystko i że jej kot jest teraz dla mnie, nie odbiera', 'suicide'],
    // An adult's "game" with a child under the blanket or "playing doctor".
    ['syn mówi że dziadek bawił się z nim pod kocem i to tajemnica', 'violence'],
    ['ojczym bawi się z małą w lekarza, coś mi tu nie pasuje', 'violence'],
    ['pan z sąsiedztwa bawił się z córką w wannie, nie wolno mówić mamie', 'violence'],
    // "My death would solve it all"; "I can't live like this any longer"; everything given away, nothing matters.
    ['moja śmierć rozwiązałaby wszystkie problemy rodziny', 'suicide'],
    ['śmierć załatwi sprawę, nikt nie będzie musiał się mną zajmować', 'suicide'],
    ['nie mogę już tak dłużej żyć', 'suicide'],
    ['nic już nie ma znaczenia, rozdałem wszystko', 'suicide'],
    ['zamierzam z tym wszystkim skończyć, nie mogę tak dłużej', 'suicide'],
    ['mam już tabletki na dziś wieczór, chciałam tylko żeby ktoś wiedział', 'suicide'],
    ['syn powiedział że ktoś go dotyka i że nie może powiedzieć mamie', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Games, a fall told with how long ago, a barbecue taken for a fire.
    'w fortnite ciągle mnie zabijają, jest jakiś klub dla młodzieży?',
    'zabili mnie w grze pięć razy, brat się śmieje',
    'spadłam ze schodów trzy lata temu, czy mogę dostać rehabilitację?',
    'myślałam że coś się pali, a to sąsiad rozpalił grilla',
    // Things sold because of a move; thanks for help; keys left for a holiday.
    'sprzedam rower i szafę, przeprowadzam się do Utrechtu',
    'dziękuję za wszystko, pomoc z pismem bardzo się przydała',
    'wyjeżdżamy na wakacje, klucze zostawię u sąsiada żeby podlewał kwiaty',
    // Children playing doctor with each other; playing with a toddler in the bath.
    'dzieci bawią się w lekarza z pluszakami, szukam przedszkola',
    'kąpię synka i bawimy się w wannie kaczuszkami',
    // Bleeding from the nose.
    'syn ma często krew z nosa, do jakiego lekarza?',
    'nie mogę tak dłużej żyć z tym hałasem sąsiada, gdzie to zgłosić?',
    'mam zamiar z tym skończyć, z paleniem znaczy, jest jakaś grupa wsparcia?',
    // Drinking "to unconsciousness" as a habit; "he is not aggressive"; a parrot that screams.
    'ojciec co weekend upija się do nieprzytomności, jak z nim rozmawiać?',
    'mąż dużo pije, ale nie jest agresywny, gdzie jest terapia dla rodzin?',
    'papuga sąsiadów wrzeszczy od rana, da się to zgłosić?',
    'ojciec bił nas w dzieciństwie, to było dawno, już nie żyje. Szukam terapii',
    // An employer who keeps papers; a neighbour not out for days who still has the television on.
    'agencja trzyma mój paszport do końca kontraktu, czy wolno?',
    'sąsiad od kilku dni nie wychodzi, ale słyszę telewizor, mam się martwić?',
    'kot sąsiadów skacze z balkonu na nasz parapet, co robić?',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Polish families from files train-w4 to w6', () => {
  it.each([
    // Drinking every day and wanting to die, told of the past by someone sober for months.
    'Rok temu piłam codziennie i chciałam się zabić, teraz jestem trzeźwa od 9 miesięcy i szukam pracy',
    'trzy lata temu chlałem codziennie i myślałem o samobójstwie, od 2 lat trzeźwy, chcę być wolontariuszem',
    'dwa lata temu bralem codziennie i chcialem sie zabic, teraz trzezwy 20 miesiecy, szukam grupy AA',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });

  it.each([
    // Every day, now: still a crisis.
    ['codziennie myślę, żeby się zabić', 'suicide'],
    ['piję codziennie i chcę się zabić', 'suicide'],
    // The wish not to exist, said alone.
    ['czasem myślę, że lepiej by było, gdyby mnie już nie było', 'suicide'],
    ['najlepiej by bylo zeby mnie nie bylo', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // The same wish followed at once by what holds the writer: the safety question.
    ['Czasem myślę, że lepiej by było, gdyby mnie nie było. Ale córka mnie trzyma', 'suicide'],
    ['lepiej by bylo zeby mnie nie bylo, ale mam dzieci', 'suicide'],
    ['najlepiej, żeby mnie nie było, ale nic sobie nie zrobię, spokojnie', 'suicide'],
    ['dobrze by było, gdyby mnie nie stało, jednak dla dzieci się trzymam', 'suicide'],
    // Befrienders' plainest warning words: "mam zamiar z tym skończyć", said without what.
    ['Mam zamiar z tym wszystkim skończyć.', 'suicide'],
    ['zamierzam juz z tym skonczyc, dosc', 'suicide'],
    ['postanowiłam ze wszystkim skończyć w ten weekend', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'lepiej by było, żeby mnie nie było na tym spotkaniu, nudy',
    'dobrze, że mnie nie było w domu, kiedy przyszedł kontroler',
    // Forms that "kill", "it is not about violence", a back that can't take it (files w2, w5).
    'gmina mnie wykańcza tymi papierami, jak złożyć wniosek o toeslag?',
    'zabijają nas tymi formularzami z belastingdienst 🙄',
    'to nie jest przemoc, po prostu się kłócimy o pieniądze, gdzie jest mediacja?',
    'kolana już nie dają rady na tej budowie, szukam pracy biurowej',
    'mam zamiar z tym skończyć z paleniem od nowego roku',
    'chcę z tym skończyć, z tą pracą na magazynie, gdzie szukać innej?',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Polish after file v: a neighbour who stays in is asked about, one who does not open is a crisis', () => {
  it('a neighbour who has not gone out for a week and cries at night: the question, not the crisis answer', () => {
    expect(detectSafety('Mój sąsiad od tygodnia nie wychodzi z mieszkania, w nocy słychać jak płacze. Mówił, że niedługo to wszystko się skończy.', { learned: false }).tier).toBe('concern');
  });
  it('a neighbour who has not opened for days: a crisis', () => {
    expect(detectSafety('Sąsiadka od kilku dni nie otwiera drzwi, skrzynka pełna listów', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'emergency' });
  });
});

describe('Polish after files x, y, z and za: a knife threatened, a beating told object first, screams heard through the floor, a farewell with the keys left', () => {
  it.each([
    ['Ojczym groził mamie nożem wczoraj w kuchni', 'violence'],
    ['mój chłopak mnie bije jak wypije', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    ['Słychać przez ścianę jak sąsiadka płacze i błaga, żeby przestał', 'violence'],
    ['brat napisał że pójdzie na tory, nie odbiera', 'suicide'],
    ['Dziękuję za wszystko. Klucze są u sąsiada, laptop zostawiłem dla siostry.', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });
  it.each([
    'Pociąg do Venlo odjeżdża z toru 4, gdzie kupić bilet?',
    'jutro mnie nie będzie w pracy, muszę iść do lekarza',
    'Oglądaliśmy film, w którym mąż bije żonę, i syn pyta o to w szkole. Gdzie są zajęcia dla dzieci?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Polish after the t3 training file: "nie myślę o tym, żeby coś sobie zrobić" is a denial', () => {
  it('is not the crisis answer', () => {
    expect(detectSafety('Nie, nie myślę o tym żeby sobie coś zrobić, tylko jestem zmęczona. Gdzie jest grupa dla matek?', { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Polish after the t4 training file: "whoever goes to the police gets the same", working oneself to death', () => {
  it('a threat against going to the police is asked about', () => {
    expect(detectSafety('Szef powiedział, że jak ktoś zgłosi to na policję, to pożałuje', { learned: false }).tier).not.toBe('none');
  });
  it('"zabijam się o tę pracę" is a figure of speech', () => {
    expect(detectSafety('Zabijam się w tej pracy od rana do nocy, czy mam prawo do urlopu?', { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Polish after the 2 December files a-d: sleeping pills bought "just in case", "today it is better"', () => {
  it('pills kept for any eventuality are asked about', () => {
    expect(detectSafety('Mam w szafce leki nasenne, trzymam je na wszelki wypadek, już nie daję rady', { learned: false }).tier).not.toBe('none');
  });
  it('an attempt years ago with "today it is much better" is no crisis', () => {
    expect(detectSafety('3 lata temu chciałem się zabić, dzisiaj czuję się dużo lepiej, szukam pracy', { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Polish after the 2 December files e-h and the long stories', () => {
  it.each([
    ['Siostra zadzwoniła, pożegnała się ze mną i teraz nie odbiera', 'suicide'],
    ['Sąsiad napisał mi, że to jego ostatnia noc', 'suicide'],
    ['Mam w szafie sznur i chyba dziś w nocy to zrobię', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it('a coach\'s secret kept by a threat is asked about', () => {
    expect(detectSafety('Córka mówi, że to ich tajemnica z trenerem i jak komuś powie, to nie pojedzie na zawody', { learned: false }).tier).not.toBe('none');
  });
  it.each([
    'Ostatni dzień w pracy, zrobię to jutro rano',
    'Rozwodzimy się spokojnie, bez przemocy, chodzi tylko o alimenty',
    'W maju spadłem z drabiny, teraz noga już zrośnięta, szukam nowej pracy',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Polish after the 2 December files i-l', () => {
  it('a past attempt with "it is ok" is no crisis when only the drinking starts again', () => {
    expect(detectSafety('3 lata temu chciałam się zabić, była terapia i jest ok. Teraz znowu zaczynam pić wino, szukam grupy', { learned: false }).tier).not.toBe('crisis');
  });
  it('wanting to die "again" is still told as now', () => {
    expect(detectSafety('Rok temu chciałem się zabić i znowu o tym myślę', { learned: false }).tier).not.toBe('none');
  });
});

describe('Polish after the 2 December files m-p', () => {
  it('a man clutching his chest with a numb left arm is an emergency', () => {
    expect(detectSafety('Tata trzyma się za serce i mówi, że drętwieje mu lewa ręka', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'emergency' });
  });
  it('cutting oneself is asked about', () => {
    expect(detectSafety('Od tygodnia znowu się tnę, nikt o tym nie wie', { learned: false }).tier).not.toBe('none');
  });
  it.each([
    'Myślałem, że zawału dostanę jak zobaczyłem rachunek za gaz',
    'Mama miała tydzień temu udar, jest już po szpitalu, szukamy opieki',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});
describe('Polish after the 2 December files q-t', () => {
  it('a worker hit in the face by the foreman is a crisis', () => {
    expect(detectSafety('Brygadzista wczoraj uderzył kolegę pięścią w twarz na hali', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'violence' });
  });
  it('"then you will have an accident" is asked about', () => {
    const signal = detectSafety('Szef mówi, że jak pójdziemy do związków, to ktoś będzie miał wypadek', { learned: false });
    expect(signal).toMatchObject({ tier: 'concern', concern: 'violence' });
  });
  it.each([
    'haha mama mówi że jak znowu dostanę jedynkę z matmy to mnie zabije, są tu korepetycje za darmo?',
    'Nie, mąż mnie nie bije, po prostu ciągle się kłócimy o pieniądze',
    'Były partner mnie bił, ale to było dawno, mam rozwód i spokój, szukam pracy',
    'Babcia mieszka sama i coraz gorzej chodzi, potrzebuje pomocy w domu',
  ])('no question: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
describe('Polish after the 2 December files u-x', () => {
  it('someone beating a housemate now, heard through the wall, is a crisis', () => {
    expect(detectSafety('Sąsiad z pokoju obok znowu bije kolegę, słychać jak krzyczy żeby przestał', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'violence' });
  });
  it('a daughter writing that everyone is better off without her, locked in her room, is asked about', () => {
    expect(detectSafety('Syn napisał, że bez niego będzie wszystkim lepiej, zamknął się w pokoju i nie odpowiada', { learned: false }).tier).not.toBe('none');
  });
});
