import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Polish, from how people disclose to Polish and Dutch crisis lines (Telefon Zaufania 116 123,
 * 116 111 for children, Niebieska Linia, 113, Veilig Thuis): a wish to die said in many ways
 * ("nie chce mi się żyć", "chciałabym zasnąć i się nie obudzić", "lepiej beze mnie"), plans,
 * pills, a bridge or tracks, farewells, cutting; violence as "bije mnie", threats, a knife,
 * locking in, pension or passport taken, a secret at night, a child who sees it; emergencies
 * told as a story. Text is folded (no ą ć ę ł ń ó ś ź ż, lower case), so patterns are written
 * folded: "zabic sie" is "zabić się". Chat spellings ("hce", "niechce", "mie") are written out first.
 */
const w = String.raw;

/** "I want" and its persons, tenses, moods, also "hce" (written out by spellings). */
const want = w`(?:chc\p{L}*|wole|wolal\p{L}*|pragn\p{L}*|marz\p{L}* (?:o tym )?(?:zeby|aby|by)|mam ochote|zamierzam|planuj\p{L}*|postanowil\p{L}*)`;
/** Ways of dying said with "I want / I would rather". */
const die = w`(?:umrzec|umrzeć|zdechnac|nie zyc|sie zabic|zabic sie|skonczyc ze soba|ze soba skonczyc|odebrac sobie zycie|zniknac na zawsze|zniknac z tego swiata|zasnac na zawsze|zasnac i (?:sie )?nie obudzic|sie nie obudzic|nie obudzic sie|juz sie nie obudzic|sie powiesic|powiesic sie|sie otruc|otruc sie|sie utopic|utopic sie|sie zastrzelic|zastrzelic sie|skoczyc (?:z|ze) (?:mostu|dachu|okna|balkonu|wiezowca|bloku|wiezy|skaly|klifu)|rzucic sie pod (?:pociag|tramwaj|samochod|auto|ciezarowke|metro)|odejsc z tego swiata|pojsc do nieba|byc martw\p{L}*|nie istniec|przestac istniec)`;
/** "Kill oneself" as future, infinitive or conditional; "się" on either side. */
const killSelfVerb = w`(?:zabi(?:c|je|jesz|jemy|jecie|ja|jam)|zabil(?:bym|abym|bys|abys|by|aby))`;
/** Hitting verbs, all persons and tenses. Not "wali mnie" (I don't care), not "uderza mnie" (it strikes me), not "rzucił mnie" (left me). */
const hit = w`(?:bi(?:je|jesz|ja|jecie|jemy|l|la|li|ly|jal\p{L}*)|pobi(?:l|la|li|ly|je|ja|jesz|c)|zbi(?:l|la|li|je)|tlucz\p{L}*|tlukl\p{L}*|stlukl\p{L}*|leje|leja|lal|lala|lali|uderz(?:yl|yla|yli|ac|aja|asz|yc|y)|kop(?:ie|nal|nela|al|ala|ia|ali|nie)|szarp(?:ie|al|ala|ia|ali|nal|nela)|popych(?:a|al|ala|aja)|popchn(?:al|ela|ie)|pchn(?:al|ela)|dusil|dusila|dusili|udusi(?:l|la|c)?|przydusi(?:l|la)|spoliczkowal\p{L}*|skatowal\p{L}*|katuj\p{L}*|katowal\p{L}*|maltretuj\p{L}*|walnal|walnela|walnie|przywalil\p{L}*|przywali|przylal\p{L}*|poturbowal\p{L}*)`;
/** Whom: the writer, the children, the mother. */
const victim = w`(?:mnie|mie|nas|mna|dzieci|dziecko|syna|synka|corke|coreczke|mame|mamusie|matke|zone|babcie|dziadka|tate|ojca|m[ou]j\p{L}* (?:syna|corke|mame|zone|siostre|dzieci|dziecko|babcie)|nasz\p{L}* (?:syna|corke|dzieci|dziecko)|swoj\p{L}* (?:dzieci|dziecko|zone|corke|syna|matke|mame|partnerke|dziewczyne|babcie|zonke))`;
/** Who: the people who hurt at home. */
const perpetrator = w`(?:maz|partner|chlopak|facet|narzeczony|ojciec|tata|tato|ojczym|matka|mama|macocha|brat|syn|corka|zona|dziewczyna|partnerka|tesc|tesciowa|wujek|dziadek|konkubent|on|ona|oni|one|byly|ex|eks|rodzice|ktos|stary|stara|ziec|synowa|wnuk|opiekun\p{L}*)`;
const often = w`(?:ciagle|czesto|codziennie|znowu|znow|caly czas|regularnie|mocno|wciaz|nadal|dalej|juz|kazdego dnia|po pijaku|jak pije|jak wypije)`;
const pills = w`(?:tablet\p{L}*|lek(?:i|ow|ami)|pigul\p{L}*|proch(?:y|ow)|paracetamol\p{L}*|ibuprofen\p{L}*|nasenn\p{L}*|antydepresant\p{L}*|xanax\p{L}*|relanium|insulin\p{L}*)`;
/** A quantity that is never a normal dose ("wszystkie leki" alone is an old person's morning). */
const lots = w`(?:garsc|mnostwo|za duzo|mase|kupe|kilka opakowan|cala paczke|cale opakowanie|cale opakowania|cala fiolke|cala butelke|caly blister|dwa opakowania)`;
const atOnce = w`(?:naraz|na raz|jednoczesnie|za jednym razem|na jeden raz)`;
/** Not "when I am not at home": away, not gone. */
const notSomewhere = w`(?! (?:w|we|na|u|przy|od|do|o|po|tutaj|tu|jutro|dzis|dzisiaj|przez|z|ze|\d+)(?![\p{L}\p{N}]))`;
/** Better if I were not there, said as a wish. */
const wishNotToBeP = w`(?:lepiej|najlepiej|dobrze) ${G(3)}(?:gdyby|zeby|jakby|aby) mnie (?:juz )?nie (?:bylo|stalo)${notSomewhere}`;
/**
 * What holds the writer, said right after the wish ("ale córka mnie trzyma", "ale nic sobie nie
 * zrobię"): the safety question rather than the crisis answer; the wish alone stays a crisis.
 */
const holdsP = w`(?!(?: \S+){0,8}? (?:ale|lecz|jednak|choc|tylko ze) (?:\S+ ){0,4}?(?:trzyma\p{L}*|dziec\p{L}*|dzieci|dla dzieci|corka|corki|corke|coreczka|syn|syna|synek|wnuk\p{L}*|dla nich|nic (?:sobie )?nie zrobie|nie zrobie|nie zrobilbym|nie zrobilabym)(?![\p{L}\p{N}]))`;

const height = w`(?:mostu|moscie|dachu|okna|okno|balkonu|balkon|barierke|wiezowca|bloku|wiezy|skaly|klifu|parapetu|estakady|wiaduktu|\d+ pietra|pietra|kladki)`;
const vehicle = w`(?:pociag\p{L}*|tramwaj\p{L}*|metro|samochod|auto|ciezarowke|tir|kola|autobus)`;
/** Carried now: not a stick (old people walk with one), not scissors. */
const blade = w`(?:nozem|noz|noza|siekiera|siekiere|maczeta|maczete|bronia|bron|pistoletem|pistolet|spluwa|spluwe|karabinem|tasakiem|sztyletem)`;
const weapon = w`(?:nozem|noz|noza|siekiera|siekiere|maczeta|maczete|bronia|bron|pistoletem|pistolet|spluwa|spluwe|karabinem|kijem|mlotkiem|nozyczkami|tasakiem|sztyletem)`;
const home = w`(?:mieszkani\p{L}*|dom\p{L}*|kuchni\p{L}*|blok\p{L}*|budynk\p{L}*|klatce|klatki|piwnic\p{L}*|garaz\p{L}*|sasiad\p{L}*|balkoni\p{L}*|pietrze|strychu|lazience|pokoju|kamienicy)`;
/** Told about someone close: "moja siostra chce się zabić" is written by a bystander. */
const relativeAtRisk = w`(?:m[ou]j\p{L}*|nasz\p{L}*) (?:siostra|brat|mama|matka|tata|ojciec|corka|syn|babcia|dziadek|ciocia|wujek|kuzyn\p{L}*|szwagier|szwagierka|bratowa|wnuczka|wnuk|tesciowa|tesc)`;
const atRisk = w`(?:chce (?:sie zabic|umrzec|skonczyc ze soba)|mowi ze (?:sie zabije|chce umrzec|skonczy ze soba)|pisze ze (?:sie zabije|chce umrzec)|tnie sie|sie tnie|mysli o samob[ou]j\p{L}*|nie oddycha|stracil\p{L}* przytomnosc|zemdlal\p{L}*|nalykal\p{L}*|przedawkowal\p{L}*|ma (?:udar|zawal|wylew)|lezy (?:na podlodze|nieprzytomn\p{L}*)|jest (?:bit\p{L}*|pobit\p{L}*|nieprzytomn\p{L}*))`;

/*
 * Families widened after the blind measurement of eb04e4c: each written for the ways Polish speakers
 * say it (persons, aspects, both word orders, with and without Polish letters), not for one message.
 */
const child = w`(?:wnucz\p{L}*|dziec\p{L}*|dzieci|malej|malego|mala|maly|malutk\p{L}*|coreczk\p{L}*|synk\p{L}*|corki|corke|corka|syna|niemowl\p{L}*|maluch\p{L}*|wnuczk\p{L}*|wnuk\p{L}*)`;
/** Hitting said by the one who hit: "uderzyłem żonę", "pobiłam go". */
const hitFirst = w`(?:uderzyl(?:em|am)|pobil(?:em|am)|bil(?:em|am)|zbil(?:em|am)|popchn(?:alem|elam)|pchn(?:alem|elam)|kopn(?:alem|elam)|szarpal(?:em|am)|szarpn(?:alem|elam)|przydusil(?:em|am)|spoliczkowal(?:em|am)|walnal(?:em)|walnelam|przywalil(?:em|am)|przylal(?:em|am)|uderzam|spralem|sprałem|sprałam|spralam)`;
const hitVictimFirst = w`(?:zone|zonke|meza|partnerke|partnera|dziewczyne|chlopaka|ja|go|ich|dziecko|dzieci|syna|corke|mame|matke|ojca|tate|babcie|dziadka)`;
const hiddenPlace = w`(?:lazience|lazienki|pokoju|pokoi|toalecie|ubikacji|sypialni|szafie|piwnicy|kiblu|wc)`;
/** Someone forcing a door: "dobija się", "wali w drzwi", "wyważa drzwi", "chce wyłamać drzwi". */
const doorForced = w`(?:dobija\p{L}* sie|dobijal\p{L}* sie|wal(?:i|il|ila) (?:w|do|piescia w) drzwi|lomocze|lomotal\p{L}*|kop(?:ie|al|ala) (?:w )?drzwi|wywaz\p{L}*|wylam\p{L}*|wywal\p{L}* drzwi|szarp(?:ie|al) (?:za )?(?:klamke|drzwi)|probuje (?:wejsc|sie dostac|otworzyc drzwi)|chce (?:wejsc|sie dostac) do (?:srodka|mieszkania|domu))`;
/** Hiding behind a locked door: "zamknęłam się z dziećmi w łazience", "chowamy się w pokoju". */
const hiding = w`(?:zamkn(?:elam|alem|eli|elismy|ela|al|elysmy) sie|zamyka(?:m|my) sie|schowal\p{L}* sie|chowa(?:m|my) sie|ukryl\p{L}* sie|ukrywa(?:m|my) sie|zabarykadowal\p{L}* sie|siedz(?:e|imy) zamkni\p{L}*) ${G(4)}(?:w|do) ${hiddenPlace}`;
/** A threat that names the police or telling someone: "zabije ją, jak zadzwoni na policję". */
const killThreat = w`(?:zabije|zabija|zabijesz|zabijemy|pozabija|zatlucze|zakatuje|udusi|zadzga|poderznie|zastrzeli)`;
const tellPolice = w`(?:zadzwon\p{L}*|zglos\p{L}*|poskarz\p{L}*|pojd(?:zie|e|ziesz|zie)|powie|powiem|powiesz|powiedz\p{L}*|doniesie|doniose|doniesiesz|wezwie|wezwe|wezwiesz|pisn\p{L}*) ${G(2)}(?:policj\p{L}*|na policje|psom|psy|gliny|glinom|komus|nikomu|komukolwiek|veilig thuis|sadu|do sadu)`;
const selfHarmBody = w`(?:rek\p{L}*|rece|nadgarst\p{L}*|uda|udo|udach|nogi|noge|skore|brzuch|ramiona|ramie|przedrami\p{L}*)`;
const highPlace = w`(?:moscie|most|mostu|mosty|torach|tory|torami|peronie|peron|dachu|dach|krawedzi|balkonie|balkon|parapecie|wiadukcie|wiadukt|kladce|rzeka|rzeke|kanalem|kanal|woda|wode|skarpie|klifie|urwisku|\d+ pietrze|ostatnim pietrze)`;

/*
 * Families added after the blind measurement of 7a12026 (files m, n, o), each written for the ways it is
 * said rather than for one message: means kept "just in case", a crash on purpose, farewell letters and
 * a pet provided for, a hand on the throat, a child who swallowed something, fumes where someone does
 * not answer, a "secret game" and a threat that makes a child keep quiet.
 */
const ingested = w`(?:zjadl|zjadla|zjadlo|zjedli|polknal|polknela|polknelo|polkneli|lyknal|lyknela|lyknelo|wypil|wypila|wypilo|nalykal\p{L}*|wzial\p{L}* do (?:buzi|ust|buzki)|wziel\p{L}* do (?:buzi|ust|buzki)|wlozyl\p{L}* do (?:buzi|ust|buzki|nosa|ucha)|possal\p{L}*|nagryzl\p{L}*|przegryzl\p{L}*)`;
/** Swallowed by a child, never a dose: batteries, magnets, cleaning products, poison, nicotine liquid. */
const notFood = w`(?:bateri\p{L}*|bateryjk\p{L}*|magnes\p{L}*|magnesik\p{L}*|kapsul\p{L}* (?:do prania|pralk\p{L}*)|kapsulk\p{L}*|proszk\p{L}* do prania|proszek do prania|plyn\p{L}* do (?:naczyn|prania|mycia|zmywarki|udrazniania|szyb|podlog)|tablet\p{L}* do (?:zmywarki|zmywania|toalety|wc)|domestos\p{L}*|wybielacz\p{L}*|chlor\p{L}*|srod\p{L}* (?:czyszcz\p{L}*|do czyszczenia)|detergent\p{L}*|kret\p{L}*|trutk\p{L}*|trucizn\p{L}*|olejk\p{L}*|liquid\p{L}*|nikotyn\p{L}*|e ?papieros\p{L}*|monet\p{L}*|szpilk\p{L}*|pinezk\p{L}*|grzyb\p{L}*|jagod\p{L}* (?:z ogrodu|z lasu|trujac\p{L}*)|trujac\p{L}*|alkohol\p{L}*|wodk\p{L}*|rozpuszczalnik\p{L}*|benzyn\p{L}*|nafte|denaturat\p{L}*)`;
/** Kept for a bad day: a rope, blades, a gun, not a tow rope, not a first-aid kit. */
const meansKept = w`(?:sznur(?!ek)\p{L}*|lin[aey](?! (?:holownicz\p{L}*|do holowania|wspinaczk\p{L}*))|petl\p{L}*|stryczek|zyletk\p{L}*|brzytw\p{L}*|bron|bronia|pistolet\p{L}*|rewolwer\p{L}*|spluw\p{L}*|strzelb\p{L}*)`;
const justInCase = w`(?:na wszelki wypadek|w razie czego|na czarna godzine|jakby co|gdyby co|na ostatecznosc|gdybym (?:juz )?nie (?:dal|dala) rady|jakbym (?:juz )?nie (?:dal|dala) rady|jak (?:juz )?nie wytrzymam)`;
const keep = w`(?:mam|trzymam|trzymalam|trzymalem|woze|wozilam|wozilem|nosze|nosilam|nosilem|schowal\p{L}*|schowany|schowana|lezy|leza|kupil\p{L}*|przygotowal\p{L}*|odlozyl\p{L}*)`;
/** A car, a lorry, a motorbike driven into something on purpose. */
const crashInto = w`(?:nie (?:hamowac|zahamowac|hamowal\p{L}*|zahamowal\p{L}*|zahamuje|hamuje|skrecic|skrece|skrecil\p{L}*)|(?:wjechac|wjade|wjechal\p{L}*|wjedzie|wbic sie|wbije sie|wbil\p{L}* sie|rozbic sie|rozbije sie|zjechac|zjade|odbic kierownic\p{L}*|odbije kierownic\p{L}*|przyspieszyc|dodac gazu|docisnac gaz) ${G(3)}(?:w|we|pod|na|z|ze|o) (?:drzew\p{L}*|filar\p{L}*|slup\p{L}*|wiadukt\p{L}*|sciane|mur|barier\p{L}*|bariery|ekran\p{L}*|ciezarowk\p{L}*|tira|tir|pociag\p{L}*|przepasc|most\p{L}*|rzek\p{L}*|kanal\p{L}*|wode|przeciwny pas|przeciwleglego pasa|nasyp\p{L}*|skarp\p{L}*|urwisk\p{L}*))`;
/** Someone who does not answer the door, a knock or a call. */
const noAnswer = w`(?:nie (?:odpowiada|odpowiadal\p{L}*|reaguje|reagowal\p{L}*|otwiera|otworzyl\p{L}*|odzywa sie|rusza sie|budzi sie|daje sie obudzic|kontaktuje|odbiera)|nikt nie (?:otwiera|odpowiada|reaguje))`;
const fumes = w`(?:spalin\p{L}*|czad\p{L}*|tlenk\p{L}* wegla|tlenek wegla|co2|co)`;
/** What hands do to a throat; not fear that "grips one by the throat". */
const throatGrip = w`(?<!(?:^| )(?:strach|lek|zal|wzruszenie|emocje|panika|stres|smutek) )(?:trzyma|trzymal\p{L}*|przytrzymal\p{L}*|przytrzymuje|przycisnal\p{L}*|przyciskal\p{L}*|zlapal\p{L}*|chwycil\p{L}*|sciskal\p{L}*|scisnal\p{L}*|scisnela|zacisnal\p{L}*|zacisnela|zaciskal\p{L}*|dusil\p{L}*|podduszal\p{L}*|przydusil\p{L}*) ${G(2)}(?:(?:mnie|ja|go|mame|zone|corke|syna|dziecko|nas|ich) ${G(2)})?(?:za|na|przy) (?:szyje|szyi|gardlo|gardle|krtan|tchawic\p{L}*)`;
const breathless = w`(?:nie (?:moglam|moglem|mogla|mogl|moge) (?:zlapac )?(?:powietrza|tchu|oddechu|oddychac|zlapac oddechu)|stracil\p{L}* przytomnosc|zrobilo (?:mi|jej|mu) sie (?:ciemno|czarno) przed oczami|zemdlal\p{L}*|zsinial\p{L}*|zsinialam)`;
/** A child told to keep quiet or something bad will happen. */
const tellOn = w`(?:powie|powiesz|powiem|powiedzial\p{L}*|wygada\p{L}*|pisnie|pisniesz|zdradzi|zdradzisz|poskarz\p{L}*|naskarz\p{L}*)`;
const childThreatened = w`(?:umrze|umrzesz|umra|zginie|zginiesz|zgina|stanie sie (?:cos zlego|krzywda|nieszczescie)|cos (?:zlego )?sie stanie|spotka (?:cie|ja|go) kara|trafi\p{L}* do (?:domu dziecka|wiezienia|piekla)|pojdzie do wiezienia|nikt (?:ci |jej |mu )?nie uwierzy|zabior\p{L}* (?:cie|ja|go|mame)|bedzie (?:twoja|jej|jego) wina|mama (?:sie )?rozchoruje|mama bedzie plakac)`;
const drudge = w`(?:upal\p{L}*|nud\p{L}*|biurokracj\p{L}*|papierologi\p{L}*|urzedy|urzad|szkola|praca|robota|kork\p{L}*|stres|kolejk\p{L}*|rachunk\p{L}*|podatk\p{L}*|formularz\p{L}*|czekanie|remont|przeprowadzka|halas|pogoda|deszcz|zimno|kac|migrena|ceny|czynsz|inflacja|gemeente|belastingdienst|holenderski|jezyk|egzamin\p{L}*|kurs|papiery|dokumenty|bsn|duo|toeslag\p{L}*|matma|matematyka|sesja|szef|szefowa|tesciowa|dzieciaki)`;

/** "I can't cope" said of caring for a parent or a child, of shifts or of a task: asked about only with another sign. */
const notCaring = w`(?<!(?:^| )(?:opiek\p{L}*|opiekuj\p{L}* sie|po udarze|po wylewie|rehabilitac\p{L}*|fizjoterapi\p{L}*|na zmiany|etatu|nadgodzin\p{L}*|myciu|pampers\p{L}*|demencj\p{L}*|alzheimer\p{L}*|niepelnospraw\p{L}*|zespol downa|autyzm\p{L}*)(?: \S+){0,25} )`;
const notATask = w`(?! (?:wozic|pracowac|dzwigac|nosic|sprzatac|gotowac|placic|oplacic|splacac|z (?:opieka|praca|robota|nauka|rachunkami|papierami|lekcjami|dojazdami|kredytem)|fizycznie|finansowo|sam|sama)(?![\p{L}\p{N}]))`;

const round7 = {
  crisis: {
    violence: [
      // A hand on the throat: strangling is told as holding, pressing, gripping.
      throatGrip, w`(?:rece|reka|dlonie|dlon|palce) ${G(2)}na (?:mojej |jej |jego )?(?:szyi|gardle)`,
      w`(?:dusil\p{L}*|trzymal\p{L}*|sciskal\p{L}*|scisnal\p{L}*|przyciskal\p{L}*|przydusil\p{L}*|podduszal\p{L}*) ${G(6)}(?:az|ze|dopoki) ${G(1)}${breathless}`,
    ],
    emergency: [
      // A small child who swallowed what is never food.
      w`${child} ${G(12)}(?:${ingested} ${G(5)}${notFood}|${notFood} ${G(8)}${ingested})`,
      // Someone who does not answer where fumes or coal gas are: a running engine, a stove, a heater.
      w`${noAnswer} ${G(15)}(?:czuc|czuje|czujemy|smierdzi|pachnie|zapach|smrod|pelno|czujnik|alarm) ${G(2)}${fumes}`,
      w`(?:czuc|czuje|czujemy|smierdzi|zapach|smrod|pelno|czujnik|alarm) ${G(2)}${fumes} ${G(15)}${noAnswer}`,
      w`${noAnswer} ${G(12)}(?:silnik|auto|samochod|agregat|piecyk|koza|grzejnik|ogrzewanie) ${G(3)}(?:chodzi|pracuje|wlaczon\p{L}*|jest wlaczon\p{L}*|caly czas)`,
    ],
  },
  concern: {
    suicide: [
      // Means kept for a bad day, either order.
      w`${keep} ${G(4)}${meansKept} ${G(6)}${justInCase}`, w`${meansKept} ${G(4)}${keep} ${G(6)}${justInCase}`, w`${justInCase} ${G(3)}${keep} ${G(4)}${meansKept}`,
      // A crash on purpose, thought of or wanted.
      w`(?:mysl\p{L}*|chc\p{L}*|chcial\p{L}*|kusi\p{L}*|korci\p{L}*|zastanawia\p{L}* sie|przyszlo mi do glowy|przychodzi mi do glowy|mam ochote|mialem ochote|mialam ochote|wystarczyloby|wystarczy|latwo by bylo|najprosciej) ${G(4)}${crashInto}`,
      w`nie (?:hamowac|zahamowac|zahamuje|hamowal\p{L}*|skrecic) ${G(3)}(?:pod|przed|na|w) (?:wiadukt\p{L}*|most\p{L}*|filar\p{L}*|drzew\p{L}*|sciane|sciana|murem|mur|ciezarowk\p{L}*|tir\p{L}*|pociag\p{L}*|przejazd\p{L}*|zakret\p{L}*)`,
      // Letters written and things given away, all of it.
      w`(?:rozdal\p{L}*|porozdawal\p{L}*|oddal\p{L}*|pooddawal\p{L}*|rozdaje|oddaje) (?:juz )?(?:prawie |niemal )?(?:wszystko|wszystkie (?:swoje |moje )?rzeczy) ${G(12)}(?:napisal\p{L}*|zostawil\p{L}*) ${G(2)}(?:list\p{L}*|pozegnan\p{L}*)`,
      w`(?:napisal\p{L}*|zostawil\p{L}*) ${G(2)}(?:listy|list\p{L}* pozegnaln\p{L}*|list\p{L}* do (?:rodzicow|dzieci|mamy|taty|siostry|brata|wszystkich|bliskich|rodziny|corki|syna)) ${G(12)}(?:rozdal\p{L}*|porozdawal\p{L}*|oddal\p{L}*|pooddawal\p{L}*) ${G(2)}(?:wszystko|rzeczy)`,
    ],
    violence: [
      // A "secret game" with an adult.
      w`(?:tajn\p{L}*|sekretn\p{L}*) (?:zabaw\p{L}*|gr[aeyz]|gierk\p{L}*)(?! (?:planszow\p{L}*|komputerow\p{L}*|karcian\p{L}*|online|wideo|video|miejsk\p{L}*|terenow\p{L}*|na (?:konsol\p{L}*|komputerze|telefonie|pc|urodzin\p{L}*))(?![\p{L}\p{N}]))`, w`(?:bawi|bawil\p{L}*|bawia|bawimy) sie ${G(3)}w (?:tajn\p{L}*|sekretn\p{L}*|nasz\p{L}*|doros\p{L}*|specjaln\p{L}*) (?:zabaw\p{L}*|gr\p{L}*)`,
      // A child told that telling will make something terrible happen.
      w`(?:jak|jesli|jezeli|gdy|gdyby|jakby|kiedy) ${G(2)}${tellOn} ${G(4)}(?:to )?${G(2)}${childThreatened}`,
    ],
    emergency: [
      // A child who swallowed pills or medicine: asked at once.
      w`${child} ${G(12)}(?:${ingested} ${G(6)}${pills}|${pills} ${G(8)}${ingested})`,
      // Fumes or gas smelt: coal gas, exhaust.
      w`(?:czuc|czuje|czujemy|smierdzi|pachnie|zapach|smrod) ${G(2)}(?:spalin\p{L}*|czad\p{L}*|gaz|gazem|gazu|tlenk\p{L}* wegla)`, w`(?:czujnik|alarm) ${G(2)}(?:czadu|tlenku wegla|gazu) ${G(2)}(?:piszczy|wyje|dzwoni|sie wlaczyl|wlaczyl sie|pika)`,
    ],
  },
  signals: {
    farewells: [w`napisal\p{L}* (?:\S+ )?(?:listy|list\p{L}* pozegnaln\p{L}*|list\p{L}* do (?:rodzicow|dzieci|mamy|taty|siostry|brata|wszystkich|bliskich|rodziny))`, w`pozegnaln\p{L}*`],
    affairs: [w`schronisk\p{L}* dla (?:kota|psa|zwierzat|kotow|psow)`, w`kto (?:\S+ )?(?:wezmie|przygarnie|zaopiekuje sie) (?:\S+ )?(?:kot\p{L}*|ps\p{L}*|zwierz\p{L}*|rybk\p{L}*|chomik\p{L}*)`, w`(?:gdyby|jakby|jak|kiedy) (?:\S+ )?zostal\p{L}* (?:sam|sama|bez opieki|bez nikogo)`],
    means: [w`${justInCase}`],
    noAnswer: [w`(?:pukam|pukamy|pukal\p{L}*|dzwonie|dzwonimy|wolam|wolamy|wale|walimy|stukam|stukamy) ${G(4)}od \d+ (?:minut|godzin\p{L}*|h)`, w`nie (?:odpowiada|reaguje|otwiera) ${G(3)}na (?:pukanie|wolanie|dzwonek|stukanie|telefon\p{L}*)`],
    fumes: [w`spalin\p{L}*`, w`czad\p{L}*`, w`tlenk\p{L}* wegla`, w`tlenek wegla`, w`silnik (?:\S+ )?(?:chodzi|pracuje)`],
  },
  figurative: [
    // "This bureaucracy will kill me", the verb first.
    w`(?:zabij\p{L}*|zabije|wykonczy|wykoncza|wykanczaj\p{L}*|dobij\p{L}*|zamecz\p{L}*) (?:mnie|nas) (?:(?:ta|ten|to|te|tych|ci|moja|m[ou]j|nasza|nasz) )?${drudge}`,
    // Talk about what help is for, told of others.
    w`(?:dla|o) (?:ludzi|osob|rodzin|kobiet|ofiar) ${G(4)}przemoc\p{L}* (?:w domu|domow\p{L}*) ${G(3)}(?:u mnie nic takiego|to nie (?:u )?mnie|nie o mnie chodzi|ja nie)`,
    // A habit of speech, said to be one.
    w`(?:mowie|mowi|mowimy|powtarzam|rzucam|gadam) ${G(2)}(?:chyba )?(?:sie zabije|zabije sie|zabije (?:cie|go|ja)|umre|sie powiesze) ${G(3)}(?:ale )?(?:to )?(?:takie|tylko|tak sie) (?:gadanie|powiedzonko|powiedzenie|mowi)`,
    // Fear that grips the throat; a light left burning.
    w`(?:strach|lek|zal|wzruszenie|emocje|panika|stres|smutek|tesknota|trema) (?:\S+ )?(?:chwycil\p{L}*|scisnal\p{L}*|sciska|chwyta|zlapal\p{L}*|dlawi|dusi|trzyma) (?:mnie |go |ja )?za gardlo`,
    w`pali sie (?:\S+ )?(?:swiatlo|swiatla|lampa|lampka|latarnia|kontrolka|dioda|zarowka|znicz\p{L}*|swieczk\p{L}*|swieca)`,
    // Said not to be about suicide.
    w`(?:nie chodzi|chodzi nie) (?:mi )?o (?:zadne |zadna |zaden )?(?:samob[ou]j\p{L}*|mysli samob[ou]j\p{L}*|odebranie sobie zycia|zabicie sie)`, w`to nie (?:sa )?(?:zadne )?mysli samob[ou]j\p{L}*`, w`bez (?:zadnych )?(?:mysli|planow) samob[ou]j\p{L}*`,
  ],
  resolved: [
    // "He is dead now", of a parent who beat: only where the story is told as the past.
    w`(?:juz|dawno) nie zyje`, w`nie ma go (?:juz )?(?:wsrod zywych|na swiecie)`,
    w`(?:dawno|juz|to|wszystko|depresja) (?:\S+ )?(?:minel\p{L}*|przeszl\p{L}*|przeszedl\p{L}*)(?! (?:mi |jej |mu )?przez (?:mysl|glowe))`, w`wyszl\p{L}* z (?:tego|depresji|nalogu)`, w`wyszedl\p{L}* z (?:tego|depresji|nalogu)`, w`wyleczyl\p{L}*`,
  ],
};

/*
 * Families added in the lexicon round of 1 December (file r and the warning signs that Befrienders and
 * the Telefon Zaufania publish: "Nie mogę tak dłużej", "Nic już nie ma znaczenia", things given away
 * because "już mi się nie przydadzą", someone sought to look after the children or a pet), each for
 * the ways it is said: a message for the children, keys left, an adult's "game" under the blanket,
 * blood from the head told verb first, someone who does not answer when spoken to.
 */
const closeOnes = w`(?:moim |mojej |mojemu |naszym )?(?:dzieciom|dzieciakom|dziecku|corce|corkom|coreczce|synowi|synom|synkowi|zonie|mezowi|mamie|mamusi|tacie|rodzicom|rodzinie|bliskim|wnukom|wnuczce|wnukowi|siostrze|bratu|dziewczynie|chlopakowi|partnerce|partnerowi)`;
/** Nothing needed any more: "już nie będę niczego potrzebował", "nic mi już nie będzie potrzebne". */
const needNothing = w`(?:nie (?:bede|bedzie|beda) (?:mi )?(?:juz )?(?:niczego|nic|tego|ich|go|jej) (?:juz )?(?:wiecej )?potrzeb\p{L}*|(?:niczego|nic) (?:mi )?(?:juz )?(?:wiecej )?nie (?:bede |bedzie )?(?:potrzebowa\p{L}*|potrzebne|potrzeba|trzeba)|(?:juz )?(?:mi )?sie (?:juz )?nie (?:przyda|przydadza|przydaja))`;
const adultMan = w`(?:wujek|wujka|wuj|dziadek|dziadka|ojczym|ojczyma|tata|tato|taty|kuzyn|brat|sasiad|pan|trener|opiekun\p{L}*|chlopak mamy|partner mamy|konkubent|on)`;
const gameUnderCover = w`(?:pod (?:koldra|kocem|koldre|koc|przykryciem)|w (?:lozku|lozeczku|wannie|kapieli|lazience)|pod prysznicem|w lekarza|w doktora|w badanie|w (?:tajn\p{L}*|sekretn\p{L}*|nasz\p{L}*) (?:zabaw\p{L}*|gr\p{L}*))`;
const blood = w`(?:leci|lecialo|leciala|cieknie|plynie|plynela|leje sie|lala sie|tryska|tryskala|sika|bucha|idzie|saczy sie)`;
const bleedingPlace = w`(?:glowy|glowe|ucha|uszu|szyi|nosa i ust|ust i nosa|brzucha|klatki)`;
/** Games with killing in them: "w CS-a ciągle mnie zabijają". */
const gameTitle = w`(?:grze|gierce|csa|cs|cs2|csgo|fortnite\p{L}*|fortnajt\p{L}*|lolu|lola|minecraft\p{L}*|majnkraft\p{L}*|gta|cod\p{L}*|valorant\p{L}*|pubg\p{L}*|apex\p{L}*|fifie|warzone|roblox\p{L}*|among us|brawl stars)`;

const round8 = {
  crisis: {
    suicide: [
      // "Then I jump from the balcony": the present for the future, said with when; not "the cat jumps".
      w`(?:to|wtedy|dzis|dzisiaj|jutro|zaraz|chyba|po prostu|ja|i tak) skacze (?:z|ze|przez) (?:mostu|dachu|okna|balkonu|wiezowca|bloku|wiezy|parapetu|wiaduktu|\d+ pietra|pietra)`,
    ],
    emergency: [
      // Blood from the head told verb first, a lot of blood, bleeding that will not stop.
      w`${blood} (?:mu |jej |im |mi )?(?:\S+ )?(?:\S+ )?krew (?:z|ze) ${bleedingPlace}`, w`(?:krwawi|krwawil\p{L}*) (?:mocno |bardzo |strasznie |duzo )?(?:z|ze) (?:glowy|ucha|uszu|szyi)`,
      w`(?:mnostwo|pelno|strasznie duzo|bardzo duzo|kaluz\p{L}*|kaluze) krwi`, w`krew (?:leci|leje sie|tryska|sika|bucha|plynie) (?:\S+ )?(?:strumieniem|bez przerwy|i nie przestaje|caly czas|fontann\p{L}*)`,
      // Someone who does not answer or move when spoken to, called or shaken.
      w`nie (?:odpowiada|reaguje|kontaktuje|odzywa sie|otwiera oczu) (?:\S+ )?(?:jak|kiedy|gdy|chociaz|mimo ze) ${G(2)}(?:mowie|mowimy|wolam|wolamy|krzycze|krzyczymy|szturcham|potrzasam|potrzasamy|klepie|zagaduje|wolalem|wolalam|mowilem|mowilam|szarpie|szarpalem|szarpalam)`,
      w`(?:wolam|wolamy|krzycze|potrzasam|potrzasamy|szturcham|klepie|szarpie) ${G(4)}(?:a |i )?(?:on |ona )?(?:nic|nie (?:odpowiada|reaguje|otwiera oczu|rusza sie|oddycha))`,
    ],
  },
  concern: {
    suicide: [
      // Things given away, sold off or left "for free", and nothing needed any more.
      w`(?:oddam|oddaje|oddal\p{L}*|rozdaje|rozdam|rozdal\p{L}*|sprzedam|sprzedaje|wyprzedaje|wyprzedaz\p{L}*|za darmo|do oddania|do odbioru) ${G(25)}${needNothing}`,
      w`${needNothing} ${G(10)}(?:oddam|oddaje|oddal\p{L}*|rozdaje|rozdam|rozdal\p{L}*|za darmo|do oddania|do odbioru)`,
      // A last message of love to be passed on.
      w`(?:przekaz\p{L}*|powiedz\p{L}*|powtorz\p{L}*|napisz\p{L}*) ${G(2)}${closeOnes}(?: (?:i|oraz|a) ${closeOnes})? ${G(1)}ze ${G(2)}(?:kocham|kochalem|kochalam|kochal\p{L}*)`,
      // "I mean to finish with everything", the plain words Befrienders lists.
      // Pills or vodka bought "for tonight".
      w`(?:kupil\p{L}*|mam|przygotowal\p{L}*|odlozyl\p{L}*) (?:juz )?${G(3)}${pills} ${G(2)}na (?:dzis|dzisiaj|dzisiejszy|ten|jutro|wieczor|noc)`,
      // "My death would solve every problem"; "I can't live like this any longer", not "with him".
      w`(?:moja )?smierc ${G(2)}(?:rozwiazal\p{L}*|rozwiaze|rozwiazuje|zalatwil\p{L}*|zalatwi) ${G(2)}(?:problem\p{L}*|wszystko|spraw\p{L}*|klopot\p{L}*)`,
      w`nie (?:moge|moglam|moglem|dam rady) (?:juz )?tak (?:dluzej |dalej |wiecej )?zyc(?! (?:z|ze|razem|w|we|u|tu|tutaj|tam|bez|na|przy|obok|pod)(?![\p{L}\p{N}]))`,
      w`(?:zamierzam|mam zamiar|chce|chcialbym|chcialabym|postanowil\p{L}*|zdecydowal\p{L}*) (?:juz )?(?:skonczyc ze wszystkim|ze wszystkim skonczyc|z tym wszystkim skonczyc|skonczyc z tym wszystkim)`,
    ],
    violence: [
      // An adult's "game" with a child under the blanket, in the bath, "playing doctor".
      w`${adultMan} ${G(3)}(?:bawil\p{L}*|bawi|bawia|gral\p{L}*|gra) sie z (?:nia|nim|mna|nami|corka|synem|dzieckiem|dziecmi|mala|malym|coreczka|synkiem) ${G(2)}${gameUnderCover}`,
      w`(?:bawil\p{L}*|bawi) sie z (?:nia|nim|mna|corka|synem|dzieckiem|mala|malym|coreczka|synkiem) ${G(2)}${gameUnderCover} ${G(10)}(?:nie wolno|nie mozna|nie moze|nie mow\p{L}*|tajemnic\p{L}*|sekret\p{L}*|nikomu)`,
    ],
  },
  signals: {
    farewells: [w`dziekuje (?:\S+ )?za wszystko`, w`przeprasza\p{L}* ${G(2)}za wszystko`, w`wszystko ${G(2)}(?:zalatwion\p{L}*|uporzadkowan\p{L}*|poukladan\p{L}*|pozalatwian\p{L}*|przygotowan\p{L}*|ogarniet\p{L}*)`, w`(?:przekaz\p{L}*|powiedz\p{L}*) ${G(2)}${closeOnes}(?: (?:i|oraz|a) ${closeOnes})? ${G(1)}ze (?:je |ja |go |ich )?kocham`],
    affairs: [
      w`klucz\p{L}* ${G(3)}(?:zostawi\p{L}*|zostaw\p{L}*|bed\p{L}*|lez\p{L}*|oddam|oddal\p{L}*|wrzuc\p{L}*|poloz\p{L}*) ${G(2)}(?:u sasiad\p{L}*|na stole|pod wycieraczk\p{L}*|w skrzynce|u (?:kolegi|kolezanki|znajom\p{L}*|administrator\p{L}*|wlasciciel\p{L}*))`,
      w`(?:zostawi\p{L}*|zostaw\p{L}*|oddam|polozyl\p{L}*) klucz\p{L}* ${G(2)}(?:u sasiad\p{L}*|na stole|pod wycieraczk\p{L}*|w skrzynce)`,
      w`nie chce (?:zeby|aby|by) ${G(3)}(?:musial\p{L}* (?:placic|zaplacic|sie martwic)|placil\p{L}*|mial\p{L}* (?:klopot|problem|koszt)\p{L}*)`,
      w`(?:jak|jesli|jezeli|gdy|kiedy|gdyby) (?:ktos|czlowiek|obcokrajowiec|polak) (?:tu |w nl |w holandii )?umrze`,
    ],
    future: [needNothing],
    plan: [w`(?:mam zamiar|zamierzam) (?:juz )?z tym (?:wszystkim )?skonczyc`],
    // Pets and things said to be someone else's now: "koty są dla mnie", "rower jest twój".
    giving: [w`(?:rozdal\p{L}*|porozdawal\p{L}*|oddal\p{L}*|pooddawal\p{L}*) (?:juz )?(?:prawie |niemal )?wszystko`, w`(?:kot\p{L}*|ps\p{L}*|pies|piesek|rzeczy|mieszkanie|samochod|auto|bizuteri\p{L}*|pierscion\p{L}*|zegarek|rower|komputer|laptop|oszczednosci|pieniadze) (?:\S+ )?(?:sa|jest|beda|bedzie) (?:teraz |od teraz )?(?:dla (?:mnie|ciebie|was|nas)|twoje|twoj|twoja|twoi|wasze)`],
    hopeless: [w`nie moge tak dluzej`, w`(?:nic|niczego) (?:juz )?nie ma (?:juz )?(?:znaczenia|sensu)`, w`(?:nic|wszystko) (?:juz )?stracilo (?:sens|znaczenie)`, w`po co (?:to wszystko|mam zyc|zyc dalej)`],
    secrets: [w`nie (?:moze|moge|wolno|mozna) (?:\S+ )?(?:powiedziec|mowic) (?:mamie|mamusi|tacie|nikomu)`, w`nie wolno (?:mi |jej |mu |nikomu )?(?:mowic|powiedziec|mowi|pisnac) (?:mamie|mamusi|tacie|nikomu|w domu|pani)`, w`nie (?:mow|mowic|mowi) (?:o tym )?(?:mamie|mamusi|tacie)`, w`(?:to|nasza) tajemnic\p{L}*`],
    boundaries: [w`pod (?:koldra|kocem|koldre)`, w`(?:bawil\p{L}*|bawi) sie ${G(2)}w (?:lekarza|doktora|badanie)`],
  },
  figurative: [
    // Killing in a game.
    w`(?:w|we) ${gameTitle} ${G(6)}(?:mnie |nas )?(?:ciagle |caly czas |non stop |zawsze |znowu |wiecznie )?(?:zabij\p{L}*|zabil\p{L}*|zabili|zabila|zabijaja)`, w`(?:zabijaja|zabija|zabil\p{L}*|zabili) (?:mnie |nas )?${G(2)}(?:w|we) ${gameTitle}`,
    // Drinking "to unconsciousness" is a habit told, not someone unconscious now.
    w`(?:pije|pija|pil\p{L}*|upija\p{L}*|upil\p{L}*|chla\p{L}*|schlal\p{L}*|zalewa sie|zalal\p{L}* sie|zapija\p{L}*) ${G(10)}do (?:nieprzytomnosci|upadlego|zgonu)`,
    // An employer or agency that keeps papers: exploitation at work, asked about elsewhere, not a family's violence.
    w`(?:szef\p{L}*|agencj\p{L}*|biuro|pracodawc\p{L}*|kierownik\p{L}*|koordynator\p{L}*) ${G(3)}(?:zabral\p{L}*|zabiera|trzyma|zatrzymal\p{L}*|nie chce oddac) ${G(2)}(?:mi |nam )?(?:m[ou]j |moje |nasze )?(?:paszport\p{L}*|dowod\p{L}*|dokument\p{L}*)`,
    // Someone not out for days who still shows signs of life: a light, a television, an answer through the door.
    w`od (?:tygodnia|kilku dni|paru dni|\d+ dni|dwoch dni|trzech dni) nie wychodzi(?= (?:\S+ ){0,6}?(?:widze|slysze|slychac|pali sie) (?:\S+ )?(?:swiatlo|telewizor|radio|tv))`,
    // "He is not aggressive".
    w`nie (?:jest|byl|byla|bywa|jestem) (?:\S+ )?agresywn\p{L}*`,
    // Animals, a television, an alarm that scream.
    w`(?:papug\p{L}*|pies|psy|psa|kot\p{L}*|ptak\p{L}*|kogut\p{L}*|mewy|mewa|telewizor|radio|muzyka|alarm|syrena) ${G(3)}(?:wrzeszcz\p{L}*|krzycz\p{L}*|drze sie|darl\p{L}* sie|wyje|wyl\p{L}*)`,
    // A fall told with how long ago it was; smoke that turned out to be a barbecue.
    w`(?:spadl\p{L}*|wypadl\p{L}*|upadl\p{L}*|przewrocil\p{L}*) ${G(4)}(?:\d+|rok|dwa|trzy|cztery|piec|szesc|kilka|pare|wiele|kilkanascie) (?:lat|lata|roku|miesiecy|miesiace|miesiac|tygodni|tygodnie|tydzien)? ?temu`,
    w`(?:grill\p{L}*|ognisk\p{L}*) ${G(8)}myslal\p{L}* ze (?:cos )?(?:sie )?pali`, w`myslal\p{L}* ze (?:cos )?(?:sie )?pali ${G(8)}(?:grill\p{L}*|ognisk\p{L}*)`,
  ],
};

const widened = {
  crisis: {
    suicide: [
      // Pills collected, either word order; asked how many kill.
      w`${pills} ${G(3)}(?:chomikuj\p{L}*|gromadz\p{L}*|odkladam|odkladalam|odkladalem|odklada|uzbieral\p{L}*|nazbieral\p{L}*|ciulam|ciulalam|ciulalem)`,
      w`${pills} ${G(3)}(?:zbieram|zbieralam|zbieralem|zbiera) ${G(2)}(?:od|juz|przez|na (?:ten|ta|ostatni|wszelki)|zeby)`,
      w`(?:zbieram|zbieralam|zbieralem|zbiera) ${G(1)}${pills} ${G(2)}(?:od|juz|przez) (?:tygodni\p{L}*|tygodnia|miesiac\p{L}*|miesiecy|dawna|jakiegos czasu|roku|pol roku|\d+)`,
      w`(?:ile|jaka dawka|jaka ilosc|jaka dawke) ${G(2)}${pills} ${G(3)}(?:zabija|jest smierteln\p{L}*|smierteln\p{L}*|zeby umrzec|zeby sie nie obudzic|zeby nie obudzic|na smierc|zeby to skonczyc|zeby sie zabic)`,
      // A noose.
      w`(?:zrobil\p{L}*|zawiazal\p{L}*|przygotowal\p{L}*|mam|zrobie|zawiaze|przymierzal\p{L}*|zalozyl\p{L}*|wisi|powiesil\p{L}*) ${G(2)}(?:petle|petla|stryczek|stryczka)`, w`petl\p{L}* (?:na|wokol) (?:szyi|szyje)`,
      // Burning and cutting oneself, said as what one does.
      w`(?:przypalam|przypalasz|przypala|przypalaja|przypalalam|przypalalem|przypalala|przypalal|podpalam|parze) (?:sie|sobie)`, w`(?:sie|sobie) (?:przypalam|przypala|przypalalam|przypalalem|przypalala|przypalal)`,
      w`(?:tne|tnie|tna|tniesz|nacinam|nacina|nacinaja|nacinalam|nacinalem|nacinala|nacinal|rozcinam|rozcina|kalecze) (?:sobie )?${selfHarmBody}`,
      w`(?:pocial\p{L}*|pociel\p{L}*|nacial\p{L}*|naciel\p{L}*|rozcial\p{L}*|rozciel\p{L}*|przypalil\p{L}*) (?:sobie )?${selfHarmBody} ${G(3)}(?:znowu|znow|glebiej|specjalnie|celowo|zyletk\p{L}*|jak zwykle|jak zawsze|mocniej|bardziej niz|ostrzem|temperowk\p{L}*)`,
      w`(?:znowu|znow|jeszcze raz|dzis znowu|dzisiaj znowu|glebiej niz) ${G(2)}(?:pocial\p{L}*|pociel\p{L}*|nacial\p{L}*|naciel\p{L}*|przypalil\p{L}*) (?:sie|sobie)`,
    ],
    violence: [
      // Hit told by the one who hit, after drinking or not.
      w`(?<!(?:^| )nie )${hitFirst} ${G(1)}${hitVictimFirst}`, w`(?:zone|zonke|meza|partnerke|dziewczyne|ja|go|dziecko|syna|corke|mame) (?:\S+ )?${hitFirst}`,
      // Grabbed by the throat, pushed down the stairs.
      w`(?:zlapal\p{L}*|zlapie|lapie|lapal\p{L}*|chwycil\p{L}*|chwyta|chwytal\p{L}*|sciskal\p{L}*|scisnal\p{L}*|scisnela|scisk\p{L}*) (?:mnie|ja|go|mame|zone|corke|syna|dziecko|nas) ${G(1)}za (?:szyje|gardlo|krtan)`,
      w`(?:zepchnal\p{L}*|zepchnela|zrzucil\p{L}*|zrzucila|spychal\p{L}*|spycha|zepchnie) (?:mnie|ja|nas|mame|zone|dziecko|go) ${G(1)}(?:ze schodow|z balkonu|z lozka|z krzesla|na podloge)`,
      // Things thrown at someone, or flying past a child's head.
      w`(?:rzucil\p{L}*|rzucal\p{L}*|rzuca|cisnal\p{L}*|cisnela|ciska|miotal\p{L}*|miota) ${G(2)}(?:we mnie|w nas|w dziecko|w dzieci|w mala|w malego|w corke|w syna|w mame|w zone|w nia|w glowe|w twarz|w strone (?:dziecka|dzieci|malej|malego|mnie))`,
      w`(?:przelecial\p{L}*|przeleciala|przelecialo|lecial\p{L}*|poleciala|polecial|roztrzaskal\p{L}* sie|rozbil\p{L}* sie|trafil\p{L}*|wyladowal\p{L}*) ${G(2)}(?:obok|kolo|nad|o wlos od|centymetry od|przy|w) ${G(1)}(?:glow\p{L}*|twarzy|mnie|${child}|lozeczk\p{L}*|wozk\p{L}*)`,
      // A threat to kill if the police are called or anyone is told, either order.
      w`${killThreat} ${G(2)}(?:jak|jesli|jezeli|gdy|kiedy|gdyby|jakby) ${G(2)}${tellPolice}`, w`(?:jak|jesli|jezeli|gdy|gdyby|jakby) ${G(2)}${tellPolice} ${G(4)}(?:to )?(?:\S+ )?${killThreat}`,
      w`(?:wrzeszczal\p{L}*|krzyczal\p{L}*|krzyczy|wrzeszczy|mowi|mowil\p{L}*|powiedzial\p{L}*|grozi|grozil\p{L}*|zagrozil\p{L}*|napisal\p{L}*|pisze|zapowiedzial\p{L}*) ${G(1)}(?:ze|iz) ${G(2)}(?:ja|go|ich|cie|was) (?:\S+ )?${killThreat}`,
      // The old locked in, the pension taken.
      w`(?:zamyka|zamknal\p{L}*|zamykaja|zamykal\p{L}*|zamkneli|zamknela) (?:ja|go|ich|mame|tate|babcie|dziadka|mnie|nas) ${G(3)}(?:na klucz|w pokoju|w domu|w mieszkaniu|w piwnicy|w lazience|na zewnatrz|od zewnatrz)`,
      w`(?:zabiera|zabral\p{L}*|odbiera|odebral\p{L}*|bierze|wyludza\p{L}*|wyludzil\p{L}*|przywlaszcz\p{L}*) (?:jej|mu|im|babci|dziadkowi|mamie|tacie|rodzicom|mi|nam) ${G(1)}(?:cal\p{L}* )?(?:emeryt\p{L}*|rent\p{L}*|wyplat\p{L}*|zasil\p{L}*|oszczednosc\p{L}*)`,
      // Papers kept back.
      w`nie (?:chce |chca )?(?:mi |nam |jej |mu )?(?:oddac|oddaje|oddal\p{L}*|oddaja|zwraca|zwrocil\p{L}*|zwrocic|oddawac) (?:mi |nam |jej |mu )?(?:m[ou]j\p{L}* |moje |nasze |jej |jego )?(?:paszport\p{L}*|dokument\p{L}*|dowod\p{L}*|karty pobytu)`,
      // Drunk at the door while the family hides.
      w`${doorForced} ${G(12)}${hiding}`, w`${hiding} ${G(12)}${doorForced}`,
    ],
    emergency: [
      // Choking with a word between, turning blue.
      w`sie ${G(2)}(?:krztusi|dlawi|zakrztusil\p{L}*|zadlawil\p{L}*|udlawil\p{L}*)`, w`(?:krztusi|dlawi) sie ${G(4)}(?:sin\p{L}*|niebiesk\p{L}*|nie moze|nie oddycha|nie wydaje)`,
      w`(?:robi|zrobil\p{L}*|zrobila|robia) sie (?:\S+ )?(?:sina|siny|sine|sinoniebiesk\p{L}*|niebieski|niebieska|niebieskie|fioletow\p{L}*)`, w`(?:sine|niebieskie|fioletowe) (?:usta|wargi)`, w`(?:usta|wargi) (?:mu |jej )?(?:sa )?(?:sine|niebieskie|sinieja)`,
      w`(?:sie )?(?:dusi|udusi) (?:jedzeniem|kawalkiem|czyms|kosc\p{L}*|cukierkiem|orzeszk\p{L}*|winogron\p{L}*|klockiem|zabawk\p{L}*)`,
      // Stroke: a crooked mouth, an arm that will not lift, words that will not come.
      w`(?:usta|buzia|twarz|kacik ust|kacik|polowa twarzy|pol twarzy|warga) (?:mu |jej |ma )?(?:sie )?(?:wykrzywil\p{L}*|wykrzywion\p{L}*|opadl\p{L}*|opadniet\p{L}*|krzyw\p{L}*|przekrzywil\p{L}*|przekrzywion\p{L}*|opada|zjechal\p{L}*|obwisl\p{L}*)`,
      w`(?:krzywe|wykrzywione|opadniete|przekrzywione|krzywa|opadnieta) (?:mu |jej )?(?:usta|buzi\p{L}*|twarz|kacik ust)`,
      w`nie (?:moze|mogl|mogla|da rady) (?:podniesc|uniesc|ruszyc) (?:\S+ )?(?:reki|reka|rak|rekami|ramienia|nogi|noga)`, w`(?:reka|noga) (?:mu |jej )?(?:opada|opadla|zwisa|bezwladn\p{L}*|nie (?:chce sie podniesc|podnosi sie|rusza sie|slucha))`,
      w`nie (?:moze|mogl|mogla) (?:znalezc|wypowiedziec|dobrac) slow`,
      // Someone behind a door for days.
      w`(?:nie otwiera|nie reaguje|nie wychodzi|nikt nie otwiera|nie otwieral\p{L}*) ${G(4)}(?:od|juz) (?:tygodnia|tygodni|kilku dni|paru dni|\d+ dni|dwoch dni|trzech dni|czterech dni|weekendu|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli)`,
      w`od (?:tygodnia|kilku dni|paru dni|\d+ dni|dwoch dni|trzech dni|weekendu) ${G(4)}nie (?:otwiera|reaguje|widac|widzial\p{L}*|widzielismy)`,
      // A fall and no answer, blood from the head.
      w`(?:lezy|upadl\p{L}*|spadl\p{L}*|przewrocil\p{L}*) ${G(8)}nie (?:rusza sie|reaguje|odpowiada|kontaktuje|oddycha)`, w`krew (?:leci|cieknie|plynie|leje sie|tryska) (?:z|ze) (?:glowy|ucha)`, w`(?:glowa|glowe) (?:cala )?(?:we|w) krwi`,
    ],
  },
  concern: {
    suicide: [
      wishNotToBeP,
      // "Mam zamiar z tym skończyć" (Befrienders' plainest warning words): asked about, since it may be smoking or a job.
      w`(?:mam (?:juz )?zamiar|zamierzam|chce|chcialbym|chcialabym|postanowil\p{L}*|zdecydowal\p{L}*) (?:juz )?(?:z tym|ze wszystkim|z tym wszystkim) (?:\S+ )?(?:skonczyc|zakonczyc|skoncze)(?! (?:z |ze |palenie|picie|prac\p{L}*|zwiazek|kurs\p{L}*|studi\p{L}*|umow\p{L}*))`,
      // Better off without me, said with a gap or as "if I weren't there".
      w`(?:lepiej|latwiej|prosciej|spokojniej|lzej) ${G(4)}beze mnie`, w`beze mnie ${G(3)}(?:lepiej|latwiej|prosciej|spokojniej|lzej|poradz\p{L}*|dadza rade)`,
      w`(?:jakby|gdyby|jesli|jezeli|jak|kiedy) mnie (?:juz )?(?:nie bylo|nie bedzie|zabraknie|nie stalo)${notSomewhere} ${G(4)}(?:lepiej|latwiej|prosciej|spokojniej|lzej|odetchn\p{L}*|nikt by nie)`,
      w`(?:mowi|pisze|mowil\p{L}*|pisal\p{L}*|twierdzi|uwaza|powiedzial\p{L}*|napisal\p{L}*) ${G(2)}(?:ze )?(?:wszystkim|rodzinie|nam|im) ${G(2)}(?:lepiej|latwiej|lzej) bez (?:niego|niej)`,
      // Things given away that "won't be needed".
      w`(?:oddal\p{L}*|oddaje|oddam|rozdal\p{L}*|rozdaje|rozdam|zostawil\p{L}*|zostawiam|podarowal\p{L}*|dalem|dalam|sprzedal\p{L}*) ${G(10)}(?:mi|mnie) (?:juz )?(?:sie )?(?:nie (?:beda|bedzie|sa|jest) (?:juz )?potrzebn\p{L}*|nie przyda\p{L}*)`,
      w`(?:mi )?(?:juz )?nie (?:beda|bedzie) (?:mi )?(?:juz )?potrzebn\p{L}* ${G(8)}(?:oddal\p{L}*|rozdal\p{L}*|zostawil\p{L}*|oddaje|rozdaje|oddam|rozdam)`,
      // A plan or a decision how to end it.
      w`(?:wiem|postanowil\p{L}*|zdecydowal\p{L}*|wymyslil\p{L}*|obmyslil\p{L}*|zaplanowal\p{L}*|mam (?:juz )?plan|mam (?:juz )?pomysl) ${G(2)}(?:jak|kiedy|gdzie) (?:z tym (?:wszystkim )?|to (?:wszystko )?|ze wszystkim |z tym zyciem )(?:skonczyc|zakonczyc|skoncze|zakoncze)`,
      w`(?:postanowil\p{L}*|zdecydowal\p{L}*) ${G(2)}(?:skonczyc|zakonczyc) (?:z tym|to wszystko|ze wszystkim)`,
      w`(?:ile|jaka dawka|jaka ilosc) ${G(2)}${pills} ${G(2)}(?:trzeba|potrzeba|wystarczy)`, w`(?:sprawdzal\p{L}*|szukal\p{L}*|czytal\p{L}*|googlowal\p{L}*|sprawdzam|szukam|gugl\p{L}*) ${G(3)}(?:ile|jak|jaka dawka) ${G(3)}(?:${pills}|sie powiesic|skoczyc|umrzec|sie zabic|wysoki|wysokosc|dawk\p{L}*)`,
      // If something happens to me, who takes the children.
      w`(?:jak|jesli|jezeli|gdyby|gdy|kiedy) ${G(1)}(?:(?:mi|ze mna) (?:sie )?(?:cos|cokolwiek)|(?:cos|cokolwiek) (?:mi|ze mna)) (?:sie )?(?:stanie|stalo|przytrafi|przytrafilo) ${G(8)}(?:kto|co (?:bedzie )?z) ${G(3)}(?:dziec\p{L}*|dzieci|cork\p{L}*|syn\p{L}*|kot\p{L}*|ps\p{L}*|zaopiek\p{L}*|zajmie)`,
      // A bridge, tracks or a height visited, with the thought.
      w`(?:stal\p{L}*|stoje|bylam|bylem|poszedl\p{L}*|poszlam|chodze|chodzil\p{L}*|jezdze|jezdzil\p{L}*|siedzial\p{L}*|siedze|wszedl\p{L}*|weszlam|wchodze|patrzyl\p{L}*|patrze) ${G(3)}(?:na|nad|przy|pod) ${highPlace} ${G(8)}(?:myslal\p{L}*|mysle|myslac|jakie to (?:byloby )?(?:proste|latwe)|jak (?:latwo|prosto)|skoczyc|skok|jeden krok|krok|spadac|spasc|nie chcial\p{L}* (?:wracac|zejsc|schodzic)|w dol)`,
      w`(?:jeden|jednym|jedno) (?:ruch\p{L}*|krok\p{L}*|skok|szarpniec\p{L}*) ${G(6)}(?:i )?(?:po wszystkim|koniec|spokoj|po sprawie|po klopocie)`,
      // A rope bought or ready, not for the washing; something tied to a door handle or a hook.
      w`(?:kupil\p{L}*|kupie|kupuje|mam (?:juz )?|przygotowal\p{L}*|zalatwil\p{L}*|schowal\p{L}*|ukryl\p{L}*) ${G(2)}(?:sznur|line|liny|petle)(?! (?:do|na|od) (?:prania|bielizny|suszenia|namiotu|holowania|wspinaczki|skakania|lodzi|przeprowadzki|psa)(?![\p{L}\p{N}]))(?! (?:holownicz\p{L}*|wspinaczkow\p{L}*|do skakania)(?![\p{L}\p{N}]))`,
      w`(?:zawiazal\p{L}*|zawiazan\p{L}*|przywiazal\p{L}*|przywiazan\p{L}*|zaczepil\p{L}*|zaczepion\p{L}*|przymocowal\p{L}*) ${G(3)}(?:na|do|o|za) (?:klamce|klamki|klamke|haku|hak|belce|belki|rurze|rury|zyrandol\p{L}*|karniszu|karnisz)`,
      // Cut or burned, not said as a habit; hiding the scars.
      w`(?:pocial\p{L}*|pociel\p{L}*|nacial\p{L}*|naciel\p{L}*|przypalil\p{L}*) (?:sobie )?${selfHarmBody}`, w`(?:ukryc|ukrywac|schowac|zakryc|zakrywac|chowam|ukrywam|zakrywam) ${G(3)}(?:blizny|rany|ciecia|slady po cieciu|oparzenia)`,
    ],
    violence: [
      // Throwing things in anger; what he does when he is angry or drunk.
      w`(?:rzuca|rzucal\p{L}*|rzucil\p{L}*|ciska|cisnal\p{L}*|cisnela|miota) ${G(2)}(?:czym popadnie|talerz\p{L}*|szklank\p{L}*|krzesl\p{L}*|butelk\p{L}*|kubk\p{L}*|naczyni\p{L}*|meblami|rzeczami|telefonem|popielniczk\p{L}*)`,
      w`(?:jak|gdy|kiedy) (?:sie )?(?:wkurzy|wscieknie|zdenerwuje|napije|upije|wypije|jest pijany|jest wsciekly|wroci pijany) ${G(4)}(?:rzuca|bije|krzyczy|wyzywa|niszczy|grozi|szarpie|popycha|tlucze|demoluje)`,
      // Money forced out of an old parent; children to be taken away.
      w`(?:kaze|kazal\p{L}*|zmusza|zmusil\p{L}*|wymusza|wymusil\p{L}*) ${G(2)}(?:wyplac\p{L}*|oddawac|oddac|dawac|przelac|przelewac|podpisac|podpisywac) ${G(2)}(?:pieniad\p{L}*|emeryt\p{L}*|rent\p{L}*|kase|oszczednosci|wszystko|pin|kredyt\p{L}*|pozyczk\p{L}*)`,
      w`(?:zabierze|zabierzemy|wywiezie|odbierze|zabierzesz) ${G(1)}(?:mi |ci )?(?:dzieci|dziecko|corke|syna|mala|malego) ${G(5)}(?:nie zobacze|nie zobaczysz|nigdy|do polski|na zawsze)`,
      // A child begging through the wall.
      w`(?:krzyczy|krzyczal\p{L}*|placze|plakal\p{L}*|wola|wolal\p{L}*|blaga|blagal\p{L}*|prosi|prosil\p{L}*|piszczy|piszczal\p{L}*) ${G(3)}(?:nie bij|nie bijcie|przestan|nie rob mi|zostaw mnie|zostaw mame|nie tato|tato nie|tatusiu nie|nie tatusiu|mamo nie|nie mamo|boli)`,
      w`(?:nie bij|nie bijcie|przestan bic) (?:tato|tatusiu|mamo|mamusiu|mnie|mamy|jej|go)`,
      // Hiding from someone at home; the door forced by a drunk.
      hiding, w`(?:pijan\p{L}*|po pijaku|nawalony|nawalona|upil\p{L}* sie|napil\p{L}* sie|schlal\p{L}* sie) ${G(6)}${doorForced}`,
    ],
    emergency: [
      w`(?:dziecko|mala|maly|synek|coreczka|tata|mama|babcia|dziadek|maz|zona|brat|siostra|szwagier\p{L}*|szwagierka|kolega|sasiad\p{L}*|niemowle|maluch|corka|syn|on|ona) ${G(1)}sie dusi`,
      w`(?:sasiad\p{L}*|mama|tata|babcia|dziadek|brat|siostra|ciocia|wujek|ona|on|corka|syn|kolega|kolezanka|przyjaci\p{L}*|znajom\p{L}*|wspollokator\p{L}*|partner\p{L}*|maz|zona) ${G(2)}(?:nie odbiera|nie odpowiada|nie daje znaku zycia)(?! na (?:maile|mail|wiadomosci|listy|pisma|smsy))(?![\p{L}\p{N}]) ${G(4)}(?:od|juz) (?:tygodnia|tygodni|kilku dni|paru dni|\d+ dni|dwoch dni|trzech dni|weekendu)`,
      w`nie (?:moze|mogl|mogla) (?:mowic|wydusic slowa|wymowic slowa)`,
      // Someone who has not gone out for days but is heard: asked about, not answered with 112 (file v).
      w`od (?:tygodnia|kilku dni|paru dni|\d+ dni|dwoch dni|trzech dni|weekendu) ${G(4)}nie wychodzi`,
    ],
  },
  signals: {
    suicide: [
      // A plan made, a day set.
      [...round8.signals.plan, w`(?:mam|ma) (?:juz )?wszystko (?:zaplanowane|przemyslane|przygotowane|obmyslone|zalatwione)`, w`wszystko (?:juz )?(?:zaplanowal\p{L}*|przemyslal\p{L}*|przygotowal\p{L}*)`, w`jakie to (?:by )?(?:bylo|byloby) (?:proste|latwe)`, w`(?:jak|gdzie) (?:tu )?(?:jest )?najwyzszy`, w`(?:jeden|jednym) (?:ruch\p{L}*|krok\p{L}*)`],
      // Affairs for after: who takes the children, the debts after death.
      [...round7.signals.affairs, ...round8.signals.affairs, w`(?:jak|jesli|jezeli|gdyby|gdy|kiedy) ${G(1)}(?:(?:mi|ze mna) (?:sie )?(?:cos|cokolwiek)|(?:cos|cokolwiek) (?:mi|ze mna)) (?:sie )?(?:stanie|stalo|przytrafi)`, w`kto (?:sie )?(?:potem |wtedy )?(?:zaopiekuje|zajmie) ${G(2)}(?:dziec\p{L}*|dzieci|kot\p{L}*|ps\p{L}*)`, w`kto (?:potem|wtedy) ${G(2)}(?:odbierze|zajmie|zaplaci)`, w`(?:pogrzeb\p{L}*|pochowa\p{L}*)`, w`(?:dlugi|dlug\p{L}*) po (?:mojej )?smierci`, w`(?:przepraszam|przeprosic|przeprosil\p{L}*) (?:wszystkich|was)`, w`dziekuje (?:wszystkim|wam) za wszystko`, w`(?:napisal\p{L}*|zostawil\p{L}*|schowal\p{L}*|zostawiam) ${G(2)}(?:list\p{L}*|liscik\p{L}*|listy|kartk\p{L}*) ${G(1)}(?:do|dla) (?:dzieci|dzieciakow|nich|mamy|taty|rodzicow|zony|meza|corki|syna|rodziny|was|wszystkich|bliskich)`, w`napisal\p{L}* (?:do|dla) (?:dzieci|nich|mamy|zony|meza|corki|syna|rodziny|bliskich) (?:\S+ )?list\p{L}*`, w`napisal\p{L}* ${G(3)}ze (?:ja |go |was |ich |je )?kocham`],
      // Traces of cutting and burning.
      [w`blizn\p{L}*`, w`rany na (?:rekach|udach|nadgarstkach|ramionach)`, w`dlugi\p{L}* rekaw\p{L}*`, w`rekaw\p{L}*`, w`plastr\p{L}*`, w`(?:glebiej|mocniej) niz (?:zwykle|zawsze|ostatnio|wczesniej)`, w`krew na (?:reczniku|przescieradle|ubraniu|poscieli)`],
    ],
    violence: [
      // After the blow: apologies, flowers, doubting oneself.
      [w`(?:potem |pozniej |rano )?przeprasza\p{L}*`, w`(?:kupuje|kupil\p{L}*|przynosi|przyniosl\p{L}*) (?:mi )?kwiaty`, w`obiecuje ze (?:sie zmieni|to sie nie powtorzy|wiecej nie)`, w`nie wiem czy (?:ja )?przesadzam`, w`(?:moze|chyba) przesadzam`, w`robi sie (?:innym|inny) czlowiek`],
      // A child there when it happens.
      [w`przy (?:dzieciach|dziecku|malej|malym|corce|synu|coreczce|synku|wnukach)`, w`(?:obok|kolo|nad) (?:glowy|lozeczka|wozka)`, w`\d+ latk\p{L}*`, w`dzieci (?:widza|widzialy|slysza|slyszaly|patrza|patrzyly|sie boja)`, w`(?:ona|on) ma \d+ (?:lat|latka|lata|miesiecy)`],
      // Sounds heard through a wall.
      [w`przez sciane`, w`za sciana`, w`zza sciany`, w`u sasiadow`, w`z mieszkania obok`, w`krzyki`, w`wrzaski`, w`wrzeszcz\p{L}*`],
    ],
    emergency: [
      // Signs at the door of someone not seen.
      [w`(?:listy|poczta|gazety|ulotki|reklamy) ${G(2)}(?:leza|lezy|zalegaja|wystaja|pod drzwiami|w skrzynce)`, w`much\p{L}* na (?:oknie|szybie|oknach)`, w`telefon (?:ma )?(?:wylaczony|nie odpowiada)`],
    ],
  },
  figurative: [
    // Killing time; a boss, a test or a teacher that "will kill me".
    w`(?:zabic|zabijam|zabijac|zabilam|zabilem|zabijamy|zabije|zabija) (?:\S+ )?czas`,
    w`(?:szef\p{L}*|kierownik\p{L}*|kierowniczk\p{L}*|brygadzist\p{L}*|koordynator\p{L}*|pracodawc\p{L}*|nauczyciel\p{L}*|wychowawc\p{L}*|wychowawczyni|trener\p{L}*|sprawdzian\p{L}*|kartkowk\p{L}*|matur\p{L}*|sesj\p{L}*|egzamin\p{L}*|test\p{L}*|kolokwi\p{L}*) ${G(3)}(?:mnie |nas )?(?:chyba )?(?:zabije|zabija|zamorduje|wykonczy|dobije)`,
    w`zabije cie za (?:to|te|ten|tamto|takie)`,
    // Late again, a bad mark, the dishes: "to mnie zabije" about a small thing.
    w`(?:spozni\p{L}*|spoznie|jedynk\p{L}*|pal\p{L}*|ocen\p{L}*|sprawdzian\p{L}*|kartkowk\p{L}*|naczyn\p{L}*|zmywa\p{L}*) ${G(2)}to (?:mnie|nas) (?:\S+ )?(?:zabije|zabija|zamorduje|wykonczy|udusi)`,
    // Said to set the record straight: "nie, nie bije mnie".
    w`nie bij\p{L}* (?:mnie|nas)(?! (?:jeszcze|tylko|ale|lecz))`, w`(?:mnie|nas) nie bij\p{L}*(?! (?:jeszcze|tylko|ale|lecz))`,
    w`(?:wcale|na pewno|w ogole|absolutnie|naprawde) nie (?:chce|zamierzam|planuje|mam zamiaru) ${G(1)}(?:sie zabic|sie zabijac|umierac|umrzec|odbierac sobie zycia|skakac|sie wieszac|sie ciac|ciac sie|sie krzywdzic|robic sobie krzywdy|nic sobie zrobic|nic sobie robic)`,
    w`nie (?:chce|zamierzam|planuje|mam zamiaru) (?:sie wieszac|skakac|sie ciac|ciac sie|sie krzywdzic|nic ze soba robic|ze soba konczyc|skonczyc ze soba|sie powiesic)`,
  ],
};

export const polishSafetyLexicon: SafetyLexicon = {
  spellings: {
    hce: 'chce', hcesz: 'chcesz', hcialam: 'chcialam', hcialem: 'chcialem', hcialabym: 'chcialabym', hcialbym: 'chcialbym',
    niechce: 'nie chce', niehce: 'nie chce', nichce: 'nie chce', niemoge: 'nie moge', niemam: 'nie mam', niewiem: 'nie wiem', nwm: 'nie wiem',
    niema: 'nie ma', niedaje: 'nie daje', niedam: 'nie dam', niewidze: 'nie widze', niezyje: 'nie zyje', niechcem: 'nie chce', niechcesie: 'nie chce sie', niechcemisie: 'nie chce mi sie',
    mie: 'mnie', mn: 'mnie', muj: 'moj', mojom: 'moja', sb: 'sobie', cb: 'ciebie', wgl: 'w ogole', wogole: 'w ogole', wogule: 'w ogole',
    poprostu: 'po prostu', napewno: 'na pewno', umzec: 'umrzec', umrzc: 'umrzec',
    rzyc: 'zyc', rzycie: 'zycie', rzycia: 'zycia', zabicsie: 'zabic sie', zabijesie: 'zabije sie', siezabic: 'sie zabic',
    samobujstwo: 'samobojstwo', samobujstwie: 'samobojstwie', samobujca: 'samobojca', tesz: 'tez', pszemoc: 'przemoc', psemoc: 'przemoc',
    bijie: 'bije', pobiu: 'pobil', biu: 'bil', udezyl: 'uderzyl', uderzyu: 'uderzyl', udezyla: 'uderzyla', pogotowe: 'pogotowie',
  },
  crisis: {
    suicide: [
      ...widened.crisis.suicide,
      ...round8.crisis.suicide,
      // A farewell call with an apology for everything; "his last night" with the car keys left behind; a rope and "tonight I will do it".
      w`(?:dzwonil|dzwonila|zadzwonil|zadzwonila|napisal|napisala|pisal|pisala) ${G(3)}(?:i )?(?:sie )?(?:zegnal|zegnala|pozegnal|pozegnala)\p{L}*`, w`(?:zegnal|pozegnal|zegnala|pozegnala) sie ${G(6)}(?:przepraszal|przeprosil|nie odbiera|nie odpowiada)\p{L}*`,
      w`(?:to|ze to) (?:moja|jego|jej) ostatnia noc`, w`(?:${meansKept}|line|linke) ${G(10)}(?:to zrobie|zrobie to|w lesie|w nocy)`,
      // A wish to die, with "I want / I would rather", not after "nie".
      w`(?<!(?:^| )nie )(?<!(?:^| )nie bardzo )${want} ${G(2)}${die}`,
      w`(?<!(?:^| )nie )${want} (?:zeby|aby|by) mnie (?:juz )?nie (?:bylo|bylo juz)`,
      // "I don't want to live", but not "with him", "like this", "here": those are other troubles.
      w`(?:umrzec|zdechnac|nie zyc) (?:\S+ )?(?:chce|chcialabym|chcialbym|wole)`,
      w`nie ?chc\p{L}* (?:(?:juz|dluzej|dalej|wiecej|w ogole|po prostu|naprawde|tez|mi sie|mi sie juz|juz mi sie|wcale|kompletnie) )?zyc(?! (?:z|ze|razem|tak|w|we|bez|na|u|pod|obok|tu|tutaj|tam|jak|dla|kolo|przy|blisko|sam|sama|samotnie|samemu|daleko|za)(?![\p{L}\p{N}]))`,
      w`zyc (?:mi sie )?(?:juz )?nie chce`, w`nie mam (?:juz )?ochoty (?:dalej )?zyc`, w`odechcial\p{L}* mi sie (?:juz )?zyc`, w`odechciewa mi sie (?:juz )?zyc`,
      w`nie chce (?:juz )?zyc na tym swiecie`, w`mam (?:juz )?dosc zycia`, w`zmeczon\p{L}* zyciem`, w`chce (?:juz )?odejsc z tego swiata`,
      // Kill oneself, take one's life, commit suicide, suicidal thoughts.
      w`sie ${killSelfVerb}`, w`sie (?:(?:dzis|dzisiaj|chyba|w koncu|zaraz|jutro|naprawde|po prostu|wreszcie|niedlugo|tez|juz|w nocy|jeszcze dzis|kiedys|napewno|na pewno) ){1,2}${killSelfVerb}`, w`${killSelfVerb} sie`, w`${killSelfVerb} siebie`, w`zabijam sie`,
      w`odebra\p{L}* sobie zycie`, w`odbior\p{L}* sobie zycie`, w`odbier\p{L}* sobie zycie`, w`targn\p{L}* sie na (?:swoje |wlasne )?zycie`,
      w`popeln\p{L}* samob[ou]j\p{L}*`, w`mysl\p{L}* samob[ou]j\p{L}*`, w`samob[ou]jcz\p{L}* mysl\p{L}*`, w`mysl\p{L}* o samob[ou]j\p{L}*`, w`planuj\p{L}* samob[ou]j\p{L}*`,
      w`(?:probowal\p{L}*|proba|probe|probuje) (?:popelnic )?samob[ou]j\p{L}*`, w`skoncz\p{L}* ze soba`, w`ze soba skoncz\p{L}*`, w`skoncz\p{L}* z (?:moim |wlasnym )?zyciem`,
      w`(?:lepiej|najlepiej|dobrze) (?:by bylo |byloby )?(?:gdybym|zebym|jakbym|abym) ${G(1)}(?:umarl\p{L}*|nie zyl\p{L}*|zdechl\p{L}*)`, `${wishNotToBeP}${holdsP}`,
      w`nie chc\p{L}* (?:juz )?(?:dluzej |wiecej )?(?:istniec|byc na tym swiecie|zyc na tym swiecie)`, w`(?:obym|zebym) (?:juz )?(?:umarl\p{L}*|zdechl\p{L}*)`,
      // Not waking up.
      w`(?:chc\p{L}*|obym|zebym|mam nadzieje ze|marze zeby|wolal\p{L}*|modle sie zeby) (?:(?:zasnac|zasne|i|juz|po prostu|tylko|sie|spac|isc spac|pojsc spac|polozyc sie|wiecej|nigdy) ){0,4}nie obudz\p{L}*`, w`zasn\p{L}* (?:i (?:juz )?(?:sie )?nie (?:obudzic|budzic|obudze|wstac|wstawac)|na zawsze|na wieki)`,
      w`nie chce (?:mi )?sie juz (?:budzic|obudzic)`, w`nie chce (?:sie )?(?:wiecej|juz nigdy|nigdy wiecej) (?:sie )?(?:budzic|obudzic)`,
      // Methods: hanging, jumping, tracks, drowning, poison, shooting, pills.
      w`(?:powies(?:ze|za|ic|isz|i|ilbym|ilabym|ilby|ilaby)) sie`, w`sie powies(?:ze|za|ic|isz|i|ilbym|ilabym|ilby|ilaby)`,
      w`(?:skocz\p{L}*|wyskocz\p{L}*|rzuc\p{L}* sie|zeskocz\p{L}*) (?:z|ze|przez) ${height}`, w`(?:skocz\p{L}*|rzuc\p{L}* sie|wskocz\p{L}*|wejd\p{L}*|wejsc|poloz\p{L}* sie) pod ${vehicle}`,
      w`stoj\p{L}* na (?:moscie|dachu|krawedzi|torach|parapecie|balkonie|wiezowcu) ${G(3)}(?:skocz\p{L}*|skacz\p{L}*|rzuc\p{L}*|zeskocz\p{L}*|koniec|to zrobie)`,
      w`(?:skocz\p{L}*|rzuc\p{L}* sie|wskocz\p{L}*) do (?:rzeki|kanalu|wody|jeziora|morza|wisly) (?:i sie utop\p{L}*|zeby sie utopic)`,
      w`(?:poloz\p{L}* sie|lez\p{L}*|lec\p{L}*|stan\p{L}*|stoj\p{L}*|wejd\p{L}*|ide|pojde|isc|pojsc) (?:sie )?na (?:tory|torach|szyny|szynach)`,
      w`utop(?:ie|ic|isz|i|ilbym|ilabym) sie`, w`sie utop(?:ie|ic|isz|i|ilbym|ilabym)`, w`otruj\p{L}* sie`, w`otruc sie`, w`sie otru(?:c|je|jesz)`, w`zagazuj\p{L}* sie`, w`sie zagazuj\p{L}*`,
      w`zastrzel(?:e|ic|isz|i) sie`, w`sie zastrzel(?:e|ic|isz|i)`, w`podpal\p{L}* sie`,
      w`(?:lykne|lyknac|polkne|polknac|nalykam sie|nalykac sie|nazre sie|nazrec sie) ${G(2)}(?:wszystk\p{L}*|${lots}) ${G(1)}${pills}`,
      w`(?:wezme|wziac|zazyje|zazyc|wypije|wypic|zjem|zjesc) ${G(2)}${lots} ${G(1)}${pills}`, w`wszystk\p{L}* ${G(1)}${pills} ${G(1)}${atOnce}`,
      w`(?:zbieram|zbieralam|zbieralem|odkladam|odkladalam|odkladalem|chomikuje|gromadze|uzbieral\p{L}*|nazbieral\p{L}*|mam odlozone|odlozyl\p{L}*|schowal\p{L}*|kupil\p{L}*|kupuje) ${G(2)}${pills} ${G(2)}(?:na (?:ten dzien|wszelki wypadek|koniec|pozniej)|zeby (?:sie|to|umrzec|skonczyc))`,
      w`(?:chomikuje|uzbieral\p{L}*|nazbieral\p{L}*|odkladam|odkladalam|odkladalem) ${G(1)}${pills}`, w`mam (?:juz )?(?:uzbierane|odlozone|schowane|nazbierane) ${G(1)}${pills}`,
      w`przedawkuj\p{L}* (?:specjalnie|celowo|zeby)`, w`chc\p{L}* ${G(2)}przedawkowac`,
      w`list\p{L}* pozegnaln\p{L}*`, w`pozegnaln\p{L}* list\p{L}*`, w`(?:mam|znam|wymyslil\p{L}*|obmyslil\p{L}*) (?:juz )?plan ${G(2)}(?:sie zabic|skonczyc|odebrac|umrzec|zeby umrzec|na smierc)`,
      w`wiem (?:juz )?(?:jak|gdzie|kiedy) (?:sie zabije|to zrobie|odbiore sobie zycie|skoncze ze soba)`,
      // Self-harm, present and just done.
      w`(?:tne|tniesz|tniemy) sie`, w`sie (?:tne|tniesz)`, w`(?:pociac|potne|potniesz|potnie|pocielam|pocialem|pociela|pocial|pocieli|pocielas|pocieles) sie`, w`sie (?:pociac|potne|potniesz|potnie|pocielam|pocialem|pociela|pocial|pocieli)`, w`ciac sie`,
      w`(?:ona|on|corka|syn|dziecko|siostra|brat|kolezanka|kolega|przyjaciolka|przyjaciel|wnuczka|wnuk|coreczka|synek|mala|maly|dziewczyna|corki|syna) ${G(1)}(?:(?:tnie|tna) sie|sie (?:tnie|tna))`, w`(?:tnie|tna) sie (?:zyletk\p{L}*|nozem|nozyczkami|szklem|po rekach|po udach|po nadgarstkach)`,
      w`(?:ciac|tnie|tne|podci\p{L}*|podetn\p{L}*|przeci\p{L}*|przetn\p{L}*) (?:sobie )?(?:zyly|nadgarstki|zyle)`, w`zyly (?:sobie )?(?:podetn\p{L}*|podci\p{L}*|przetn\p{L}*)`,
      w`okalecz\p{L}* sie`, w`sie okalecz\p{L}*`, w`samookalecz\p{L}*`, w`samouszkodz\p{L}*`, w`kalecz\p{L}* sie`, w`sie kalecz\p{L}*`, w`self ?harm\p{L}*`,
      w`(?:zrobie|zrobisz|zrobic|zrobilabym|zrobilbym|robie|robisz|robic|robila|robil) sobie krzywde`, w`krzywdze (?:sam\p{L}* )?siebie`, w`przypal\p{L}* (?:sie|sobie) (?:papierosem|zapalniczk\p{L}*|rece|reke|skore)`,
      w`cos sobie (?:zrobie|zrobi|zrobisz|zrobic|zrobilabym|zrobilbym|zrobila|zrobil)(?! (?:do|na|z|ze|dobrego|cieplego|slodkiego|zjesc|do jedzenia|na obiad|na kolacje|na sniadanie|do picia|nowego|ladnego|fajnego)(?![\p{L}\p{N}]))`,
      w`(?:zrobie|zrobic|zrobilabym|zrobilbym) sobie cos(?! (?:do|na|z|ze|dobrego|cieplego|slodkiego|zjesc|do jedzenia|na obiad|na kolacje|na sniadanie|do picia|nowego|ladnego|fajnego)(?![\p{L}\p{N}]))`,
      w`bije sie (?:po glowie|w glowe) (?:do krwi|o sciane)`, w`(?:wale|uderzam) glowa (?:o|w) sciane`,
    ],
    violence: [
      ...widened.crisis.violence,
      // Someone beating another now, heard through the wall: "leje tego młodego", "krzyczy żeby przestał".
      w`(?:leje|bije|tlucze|kopie|dusi|katuje|naparza) (?:tego|te|ta|tamtego|tamta|jakiegos|jakas|mlodego|mloda|kolege|kolezanke|sasiada|sasiadke|dziecko|chlopaka|dziewczyne|zone|zonke|zonę|mame|matke|syna|corke)\p{L}*`, w`krzyczy\p{L}* (?:zeby|by|aby) (?:przestal|przestala|przestali|przestac)`,
      // A blow to the face or head told as done (blind files q-t: a boss who hit a worker in the face in front of everyone).
      w`(?:uderzyl|uderzyla|pobil|pobila|kopnal|kopnela|spoliczkowal|spoliczkowala|walnal|walnela|dusil|dusila)\p{L}* ${G(2)}(?:w twarz|w glowe|w brzuch|po twarzy|piescia)`,
      ...round7.crisis.violence,
      // A knife threatened with ("grozil mu nozem"), and a beating told object first ("maz siostry ja bije").
      w`groz\p{L}* ${G(3)}noz\p{L}*`, w`noz\p{L}* ${G(2)}groz\p{L}*`,
      w`(?:maz|partner|chlopak|ojciec|ojczym|syn|brat|konkubent|zona|szwagier|tesc|on|ona) ${G(4)}(?:ja|mnie|nas|go|je|dzieci|mame|siostre|corke|syna) (?:bije|bil|pobil|leje|tlucze|katuje|skatowal)`,
      `(?:paszport\\p{L}*|dokument\\p{L}*) ${G(3)}(?:trzyma\\p{L}*|zabral\\p{L}*|zabrali)`, `dostan\\p{L}* w morde`, `(?:tajemnic\\p{L}*|sekret\\p{L}*) ${G(8)}(?:boli|bolalo|dotyka\\p{L}*)`,
      // Hitting, kicking, strangling: the verb and whom, or whom and the verb.
      w`(?<!(?:^| )nie )${hit} (?:${often} )?${victim}(?! sie)`,
      // "Her", "him", "them" only after verbs that cannot be cooking ("duszę go", "leję go" are a stew and a drink).
      w`(?<!(?:^| )nie )(?:bi(?:je|ja|l|la|li|ly)|pobi(?:l|la|li|je|ja)|uderz(?:yl|yla|yli|a)|kopn(?:al|ela)|katuj\p{L}*|skatowal\p{L}*|spoliczkowal\p{L}*|szarp(?:ie|al|ala)) (?:${often} )?(?:ja|go|ich)`,
      w`(?<!(?:^| )(?:u|dla|do|od|ode|przy|obok|za|przeze|przez|beze|bez) )(?:mnie|mie|nas|mna) (?:(?:${perpetrator}|${often}|m[ou]j\p{L}*|moja) ){0,3}${hit}(?! sie)`,
      w`(?:dusi|dusil\p{L}*|udusi\p{L}*|przydusi\p{L}*|sciska\p{L}*) (?:mnie |nas |ja |mame |dziecko )?(?:za szyje|za gardlo|rekami|poduszka|kablem|paskiem)`,
      w`(?:probowal\p{L}*|chcial\p{L}*|chce|probuje|usilowal\p{L}*) (?:mnie|nas|mie|mame|dzieci|corke|syna) (?:\S+ )?(?:udusic|zabic|zadzgac|zastrzelic|otruc|podpalic|zatluc|zakatowac|utopic|spalic)`,
      w`(?:jestem|bylam|bylem|jestesmy|bywam|zostal\p{L}*|zostalam|zostalem) (?:\S+ )?(?:bita|bity|bici|bite|pobita|pobity|pobici|maltretowan\p{L}*|katowan\p{L}*|zgwalcon\p{L}*|molestowan\p{L}*|wykorzystan\p{L}* seksualnie|zaatakowan\p{L}*|duszon\p{L}*|kopan\p{L}*|szarpan\p{L}*)`,
      w`${hit} (?:\S+ ){0,2}?(?:pasem|kablem|kijem|paskiem|kapciem|wieszakiem|piesciami|piescia)`, w`(?:dostaj\p{L}*|dostal\p{L}*|dostawal\p{L}*) (?:od (?:\S+ ){1,2})?(?:pasem|kablem|kijem|paskiem|wieszakiem|piesciami)`,
      w`(?:dostaj\p{L}*|dostal\p{L}*|dostawal\p{L}*) (?:\S+ )?(?:lanie|wpierdol\p{L}*|wpierdziel|baty|w twarz|w morde|w pysk|po twarzy|w leb|po glowie) (?:od|ode) (?:meza|ojca|taty|niego|niej|mamy|matki|ojczyma|partnera|chlopaka|brata|syna|rodzicow|nich|tescia|tesciowej)`,
      w`(?:dal|dala|daje) mi (?:w twarz|w morde|w pysk|po twarzy|w leb|z liscia|z piesci)`, w`(?:rzucil\p{L}*|rzuca\p{L}*|cisnal\p{L}*) (?:mna|nas) (?:o|na|w) (?:sciane|podloge|szafe|drzwi|ziemie)`,
      w`(?:rzucil\p{L}*|rzuca|rzucaja) (?:we mnie|w nas|w mame|w dzieci) ${G(1)}(?:talerz\p{L}*|krzesl\p{L}*|rzecz\p{L}*|butelk\p{L}*|szklank\p{L}*|noz\p{L}*|czym popadnie)`,
      w`(?:ciagnie|ciagnal\p{L}*|szarpie|szarpal\p{L}*|targal\p{L}*|targa) (?:mnie |ja |mame |corke )?za wlosy`,
      w`(?:podnosi|podniosl\p{L}*|podnosil\p{L}*|podniesie) (?:na )?(?:mnie|nas|mame|dzieci|corke|syna|zone|babcie) reke`, w`reke na (?:mnie|nas|mame|dzieci)`, w`rekoczyn\p{L}*`,
      w`(?:pije|pil|pila|chleje|chlal) i (?:bije|bil|bila|leje|tlucze|katuje)`,
      w`(?:maz|partner|chlopak|facet|narzeczony|ojciec|tata|tato|ojczym|konkubent|byly|zona|matka|mama|macocha|tesc|tesciowa|m[ou]j stary) (?:\S+ )?(?:bije|bil|bila|leje|tlucze|katuje)(?! (?:sie|rekord\p{L}*|brawo|piane|w beben|w bebny|pilke|na alarm|talerze|szklanki|naczynia|szklo|szybe|jajka|kotlety|mieso|smietan\p{L}*|piane|w kimono)(?![\p{L}\p{N}]))`,
      w`(?:robi|robia|robil\p{L}*|zrobil\p{L}*) (?:mi|nam|dzieciom|mamie|jej|mu) krzywde`,
      w`rodzice (?:sie )?bija(?: sie)?`, w`(?:mama|tata|mame|tate) (?:i|z) (?:tata|mama|tate|mame) (?:sie )?bija`,
      // Abuse named.
      w`przemoc\p{L}* (?:domow\p{L}*|w (?:domu|rodzinie|zwiazku|malzenstwie))`, w`domow\p{L}* przemoc\p{L}*`, w`(?:ofiar\p{L}*|doswiadcz\p{L}*|doznaj\p{L}*|dozna\p{L}*) przemocy`,
      w`zneca\p{L}* sie`, w`znecal\p{L}* sie`, w`sie zneca\p{L}*`, w`sie znecal\p{L}*`, w`znecanie`, w`maltret\p{L}*`,
      // Sexual abuse.
      w`zgwalci\p{L}*`, w`zgwalcon\p{L}*`, w`gwalci\p{L}*`, w`(?:gwalt|gwaltu|gwaltem|gwalcie|gwalty)`, w`molest\p{L}*`, w`pedofil\p{L}*`, w`kazirod\p{L}*`,
      w`(?:wykorzyst\p{L}*|napastowal\p{L}*|napastuje|naduzy\p{L}*) (?:\S+ )?seksualn\p{L}*`, w`seksualn\p{L}* (?:wykorzyst\p{L}*|napastowan\p{L}*|przemoc\p{L}*|naduzy\p{L}*)`,
      w`(?:dotyka|dotykal\p{L}*|maca|macal\p{L}*|obmacuje|obmacywal\p{L}*) (?:mnie|ja|mie|moja corke|moje dziecko|coreczke|synka|dzieci) ${G(2)}(?:w miejscach intymnych|intymnie|tam na dole|miedzy nogami|w majtkach|pod ubraniem|po piersiach|po cipce|po siusiaku|po kroczu|w nocy)`,
      w`(?:kaze|kazal\p{L}*|zmusza|zmusil\p{L}*|zmuszal\p{L}*) (?:mi |mnie |ja |jej )?(?:sie rozbierac|sie rozebrac|rozbierac sie|rozebrac sie|go dotykac|dotykac (?:go|jego|siusiaka|penisa)|ogladac (?:porno|filmy porno)|spac z nim|do seksu|do sexu|do stosunku|do wspolzycia|do seks\p{L}*)`,
      w`pokazuje mi (?:swoje(?:go)? )?(?:nagie|nagich|porno|filmy porno|zdjecia nagich|siusiaka|penisa|genitalia|przyrodzenie)`,
      // Threats: with a weapon, to kill, to beat.
      w`groz\p{L}* (?:mi |nam |mnie |mamie |dzieciom )?(?:\S+ )?(?:nozem|smiercia|smierci|zabiciem|pobiciem|bronia|pistoletem|siekiera|spaleniem|podpaleniem|ze mnie zabije|ze zabije|ze nas zabije|ze mnie pobije|ze mnie udusi|ze mi cos zrobi|ze zrobi mi krzywde)`,
      w`(?:powiedzial\p{L}*|mowi|krzyczal\p{L}*|krzyczy|zapowiedzial\p{L}*|napisal\p{L}*|pisze|odgraza sie|wrzeszczy|grozi|grozil\p{L}*|zagrozil\p{L}*|straszy) (?:\S+ )?(?:ze|iz) ${G(4)}(?:mnie|nas|mie|mame|dzieci|corke|syna) (?:\S+ )?(?:zabije|zabija|pobije|udusi|zatlucze|zakatuje|poderznie|zadzga|spali|podpali|zastrzeli)`,
      w`(?:przylozyl\p{L}*|przyklada|trzymal\p{L}*|trzyma|przystawil\p{L}*) (?:mi |mnie )?${weapon} (?:do|przy) (?:gardla|szyi|brzucha|glowy|skroni)`,
      w`(?:z|ze) ${weapon} ${G(2)}(?:na mnie|na nas|na mame|do mnie|za mna|za nami)`, w`(?:rzucil\p{L}*|rzuca|rzucaja|rzucila) sie na (?:mnie|nas|mame|dzieci|corke|syna) (?:z|ze) ${weapon}`,
      w`boj\p{L}* sie o (?:swoje|moje|nasze|wlasne) zycie`, w`(?:moje|nasze) zycie jest (?:w niebezpieczenstwie|zagrozone)`, w`boj\p{L}* sie (?:ze|iz) (?:on |ona |maz |ojciec |tata |partner )?(?:mnie|nas) (?:\S+ )?(?:zabije|zabija|udusi|zakatuje)`,
      // Elder abuse: locked in, not fed, pension taken.
      w`(?:zamyka|zamknal\p{L}*|zamykaja|zamykal\p{L}*|zamkneli|zamknela) (?:mnie|nas|babcie|dziadka|mame|tate|dzieci|dziecko) ${G(2)}(?:w|na) (?:pokoju|domu|mieszkaniu|piwnicy|lazience|klucz|balkonie|szafie|komorce|lazience)`,
      w`trzyma (?:mnie|nas|babcie|dziadka|mame) (?:zamknie\p{L}*|pod kluczem|w zamknieciu)`, w`nie wypuszcza\p{L}* (?:mnie|nas|babci|dziadka|mamy) ${G(1)}z (?:domu|mieszkania|pokoju)`,
      w`glodz\p{L}* (?:mnie|nas|babcie|dziadka|mame|dzieci|dziecko)`, w`nie daj\p{L}* (?:mi|nam|babci|dziadkowi|mamie|dzieciom) (?:nic )?(?:jesc|jedzenia)`,
      w`${perpetrator} ${G(2)}(?:zabiera|zabral\p{L}*|odbiera|odebral\p{L}*|bierze|wyludza\p{L}*|wyludzil\p{L}*|przywlaszcz\p{L}*) (?:mi|nam|babci|dziadkowi|mamie|tacie) ${G(1)}(?:emeryt\p{L}*|rent\p{L}*|pieniad\p{L}*|karte|karty|wyplat\p{L}*|zasil\p{L}*|oszczednosc\p{L}*|pin)`,
      // Coercive control: papers taken; forced marriage.
      w`(?:zabral\p{L}*|zabiera|schowal\p{L}*|chowa|odebral\p{L}*|zabrali|zniszczyl\p{L}*|spalil\p{L}*) (?:mi |nam )?(?:moj |moje |nasze |nasz )?(?:paszport\p{L}*|dokumenty|dowod osobisty|dowod|karte pobytu|verblijfsvergunning|verblijfsdocument)`,
      w`zmusz\p{L}* (?:mnie |ja |corke )?do (?:slubu|malzenstwa|zamazpojscia|wyjscia za maz|ozenku)`, w`(?:chca|chce|chcieli) (?:mnie |ja )?(?:wydac|sila wydac) (?:sila )?za maz`, w`przymusow\p{L}* (?:slub|malzenstw\p{L}*)`, w`slub (?:pod przymusem|na sile|wbrew mojej woli)`,
    ],
    emergency: [
      ...widened.crisis.emergency,
      ...round7.crisis.emergency,
      ...round8.crisis.emergency,
      // A heart attack told as what one sees (blind files of 2 December m-p): clutching the chest, sweating, the left arm and the jaw numb.
      w`(?:zlapal\p{L}*|lapie|trzyma|chwyta|chwycil\p{L}*) sie za (?:klatke|serce|piers\p{L}*)`, w`(?:dretwieje|dretwiej\p{L}*|zdretwial\p{L}*|boli) ${G(2)}lew\p{L}* (?:reka|reke|ramie|reki)`,
      // Not breathing, unconscious, not waking.
      w`nie oddycha\p{L}*`, w`przestal\p{L}* oddychac`, w`nie (?:moze|moge|mozesz|mozemy) oddychac`,
      w`(?:sinieje|zsinial\p{L}*|posinial\p{L}*|zsiniel\p{L}*|sine usta)`, w`nieprzytomn\p{L}*`, w`(?:stracil\p{L}*|traci|tracac\p{L}*) przytomnosc`, w`bez przytomnosci`, w`zemdlal\p{L}* i (?:nie|lezy|upadl\p{L}*)`,
      w`nie (?:moge|mozemy|da sie|moze|umiem) (?:go|jej|jego|taty|mamy|dziecka|babci|dziadka|meza|zony|syna|corki|sasiad\p{L}*) (?:\S+ )?(?:obudzic|dobudzic|docucic|ocucic)`, w`nie da sie (?:\S+ )?(?:dobudzic|docucic)`,
      w`nie reaguje na (?:nic|glos|dotyk|wolanie|potrzasanie|bodzce|bol)`, w`lezy i nie (?:reaguje|rusza sie|oddycha|odpowiada)`,
      // Choking, heavy bleeding.
      w`dlawi sie`, w`sie (?:dlawi|krztusi|zadlawil\p{L}*|zakrztusil\p{L}*|udlawil\p{L}*)`, w`zadlawil\p{L}*`, w`zadlawi\p{L}*`, w`udlawil\p{L}*`, w`krztusi sie`, w`zakrztusil\p{L}* sie`, w`utkn\p{L}* (?:mu |jej |mi |dziecku )?w gardle`,
      w`(?:mocno|bardzo|strasznie|duzo|silnie|ciagle|caly czas) krwawi`, w`krwawi (?:mocno|bardzo|strasznie|duzo|i nie|bez przerwy|jak)`, w`krwotok\p{L}*`, w`nie (?:moge|mozemy|da sie) zatamowac krwi`,
      w`krew (?:sie )?(?:leje|tryska|nie przestaje)`, w`(?:leje|tryska) sie krew`, w`tryska krew`, w`(?:bardzo )?duzo krwi`, w`kaluz\p{L}* krwi`, w`(?:cala|caly|cale) we krwi`, w`wszedzie krew`, w`wykrwawi\p{L}*`,
      // Stroke, heart, seizure, anaphylaxis.
      w`(?:ma|dostal\p{L}*|chyba ma|chyba|przechodzi|ma wlasnie) (?:udar|udaru|wylew|wylewu|zawal|zawalu|atak serca|atak padaczki|zawal serca|atak epilepsji)`, w`(?:udar|wylew|zawal) (?:teraz|wlasnie|chyba)`,
      w`(?:opadniet\p{L}*|opadl\p{L}*|opada) (?:mu |jej )?(?:kacik ust|kacik|twarz|polowa twarzy|powieka)`, w`twarz (?:mu |jej )?(?:opadla|sie wykrzywila|krzywa)`, w`(?:nagle|od razu|wlasnie) (?:\S+ )?nie (?:moze|moge) (?:mowic|ruszac reka|podniesc reki|chodzic)`,
      w`pian\p{L}* (?:z|na) (?:ust|ustach)`, w`drgawk\p{L}*`, w`(?:atak|napad) (?:padaczki|epilepsji|drgawek)`, w`napad padaczkow\p{L}*`, w`konwuls\p{L}*`, w`wstrzas anafilaktyczn\p{L}*`, w`(?:puchnie|spuchl\p{L}*) (?:mu |jej )?(?:gardlo|jezyk|krtan)`,
      // Overdose, poisoning.
      w`przedawkowal\p{L}*`, w`nalykal\p{L}* sie`, w`(?:polknal\p{L}*|polknel\p{L}*|lyknal\p{L}*|lyknel\p{L}*) ${G(2)}(?:wszystk\p{L}*|${lots}) ${G(1)}${pills}`, w`(?:wzial\p{L}*|wziel\p{L}*|zazyl\p{L}*|wypil\p{L}*|zjadl\p{L}*) ${G(2)}${lots} ${G(1)}${pills}`,
      w`(?:dziecko|maly|mala|synek|coreczka|maluch|dzieciak|niemowle|mlodszy|mlodsza) ${G(1)}(?:zjadl\p{L}*|polknal\p{L}*|polknel\p{L}*|wypil\p{L}*|lyknal\p{L}*|napil\p{L}* sie) ${G(1)}(?:${pills}|baterie|bateryjke|magnes\p{L}*|kapsulk\p{L}*|chemi\p{L}*|wybielacz\p{L}*|trutk\p{L}*|plynu do\p{L}*|plyn do\p{L}*)`,
      w`(?:wypil\p{L}*|polknal\p{L}*|polknel\p{L}*|zjadl\p{L}*) ${G(1)}(?:wybielacz|domestos\p{L}*|kreta|plyn do\p{L}*|rozpuszczalnik\p{L}*|benzyn\p{L}*|trutk\p{L}*|chlor\p{L}*)`,
      // Fire, smoke, gas, carbon monoxide.
      w`(?:jest|mamy|wybuchl\p{L}*|wybuch) pozar`, w`pozar (?:w|na|u) ${G(1)}${home}`, w`(?:plonie|plona|pali sie|sie pali) ${G(1)}(?:dom|mieszkanie|kuchnia|budynek|blok|klatka|piwnica|garaz|auto|samochod|balkon|dach)`,
      w`(?:dom|mieszkanie|kuchnia|budynek|klatka|piwnica|blok|auto|samochod|garaz|balkon|dach|kuchenka|garnek|patelnia|firanka|firanki|zaslony|mieszkanie sasiad\p{L}*|u sasiad\p{L}*|u nas) (?:sie pali|plonie|plona)(?! do)`,
      w`(?:w|u|na) ${home} sie pali(?! (?:swiatlo|lampa|lampka|lampki|kontrolka|swieczka|swieca|swiece|znicz|w piecu|w kominku|ogrzewanie|do))`, w`pali sie (?:w|u|na) ${home}`, w`(?:w|u|na) ${home} ${G(2)}sie pali(?! (?:swiatlo|lampa|lampka|lampki|kontrolka|swieczka|swieca|swiece|znicz|w piecu|w kominku|ogrzewanie|do))`, w`dym (?:\S+ )?(?:idzie|leci|wydobywa sie|wali|sie dostaje) (?:przez|spod|z) (?:kratk\p{L}*|wentylacj\p{L}*|szpar\p{L}*|drzwi|podlog\p{L}*|sufit\p{L}*)`,
      w`(?:pelno|duzo|gesty|czarny|gryzacy|klebi sie|wydobywa sie|leci|idzie|wali|buchaja) (?:\S+ )?dym\p{L}*(?!(?: \S+){0,4} (?:papieros\p{L}*|fajk\p{L}*|grill\p{L}*|trawk\p{L}*|jointa|e papieros\p{L}*|vape\p{L}*))`,
      w`dym (?:(?:sie|wydobywa|leci|idzie|wali|bucha|unosi|ulatnia) ){0,2}(?:z|ze|spod) (?:\S+ )?(?:mieszkania|kuchni|klatki|piwnicy|drzwi|budynku|gniazdka|kuchenki|pralki|lodowki|telewizora|piekarnika)(?!(?: \S+){0,4} (?:papieros\p{L}*|fajk\p{L}*|grill\p{L}*|trawk\p{L}*))`, w`czujnik (?:dymu|czadu|gazu) (?:piszczy|wyje|dzwoni|sie wlaczyl)`,
      w`(?:czuc|czuje|czujemy|smierdzi|wali|jedzie|zapach|wyciek|ulatnia sie|ulatnial|ulatniajacy sie|wycieka) (?:\S+ )?(?:gaz|gazu|gazem)`, w`(?:gaz|gazu) (?:sie )?(?:ulatnia|wycieka|ucieka|syczy|ulatnial)`,
      w`zatru\p{L}* czadem`, w`zaczadz\p{L}*`, w`tlenek wegla`, w`czad (?:w|z) (?:mieszkaniu|lazience|domu|piecyka|junkersa)`,
      // Someone not seen for days behind a closed door.
      w`nie (?:widzial\p{L}*|widzielismy|widac|bylo widac|slychac|otwiera|otwieral\p{L}*) ${G(4)}(?:juz )?od (?:kilku|paru|dwoch|trzech|czterech|pieciu|wielu|\d+) dni`,
      w`od (?:kilku|paru|dwoch|trzech|czterech|pieciu|wielu|\d+) dni ${G(3)}nie (?:widzial\p{L}*|widzielismy|widac|bylo widac|otwiera|slychac)`,
      // Falls from a height, an elderly person who cannot get up.
      w`(?:spadl\p{L}*|wypadl\p{L}*|wypadla) (?:z|ze|przez) (?:\S+ )?(?:okna|balkonu|dachu|drabiny|rusztowania|pietra|schodow)`, w`upadl\p{L}* (?:\S+ )?i nie (?:moze|moge|da rady|potrafi) (?:wstac|sie podniesc|sie ruszyc)`,
      // A weapon now.
      w`(?:chodzi|biega|lata|stoi|wymachuje|macha|przyszedl|przyszla|wszedl|weszla|wpadl|wpadla|krazy|stoja|czeka) ${G(3)}(?:z|ze) ${blade}`, w`wymachuj\p{L}* ${blade}`,
      w`strzelanin\p{L}*`, w`ktos strzela`, w`strzelaj\p{L}* do (?:ludzi|nas|kogos)`, w`(?:postrzelil\p{L}*|postrzelon\p{L}*)`, w`(?:dzgnal\p{L}*|dzgnela|dzgniet\p{L}*|ugodzil\p{L}* nozem|pchnal\p{L}* nozem|ranny nozem|ranil\p{L}* nozem|zadzgal\p{L}*)`,
      // Calling for help now.
      w`(?:wezwij|wezwijcie|wzywam|wzywajcie|zadzwon\p{L}* po|dzwon\p{L}* po|przyslijcie|wyslijcie|dzwonie po) (?:\S+ )?(?:karetk\p{L}*|pogotowie|ambulans|straz pozarn\p{L}*|strazakow|straz)`, w`potrzeb\p{L}* (?:\S+ )?(?:karetk\p{L}*|ambulans\p{L}*)`,
    ],
  },
  concern: {
    suicide: [
      ...widened.concern.suicide,
      ...round7.concern.suicide,
      ...round8.concern.suicide,
      // A daughter's letter: everyone better off without her; locked in her room, not answering (blind files u-x).
      w`bez (?:niej|niego) ${G(3)}(?:lepiej|latwiej|prosciej)`, w`(?:zamknieta|zamkniety|zamknela sie|zamknal sie) w (?:pokoju|lazience|lazience) ${G(4)}nie (?:odpowiada|reaguje|otwiera)`,
      // A carer who thinks of the patient's morphine "ending everything for both of us".
      w`(?:to|ona|on|by|bym|zeby) ${G(1)}(?:skonczyl\p{L}*|zakonczyl\p{L}*|skonczyc|zakonczyc) (?:wszystko|to wszystko) (?:dla nas|dla mnie|dla nas obojga|za jednym razem)`, w`(?:morfin\p{L}*|tabletk\p{L}*|lek\p{L}*|lekarstw\p{L}*) ${G(8)}(?:mysle|myslalam|myslalem|mysli) ${G(4)}(?:skonczyl\p{L}*|zakonczyl\p{L}*)`,
      // Cutting oneself asked about "for a friend" and then "for myself".
      w`(?:tne|tnie|tniesz|tnac|ciac|cial\p{L}*|pocial\p{L}*|pocie\p{L}*|okalecz\p{L}*) sie`, w`sie (?:tne|tnie|pocial\p{L}*|cial\p{L}*|pocielam|pocielem|okaleczam|okaleczyl\p{L}*)`,
      // Sleeping pills bought in several pharmacies and kept "just in case".
      w`(?:tabletek|tabletki|tabletkami|lekow|leki|prochow|prochy) (?:nasenn\p{L}*|uspokajaj\p{L}*|przeciwbolow\p{L}*) ${G(6)}na wszelki wypadek`, w`(?:kupil\p{L}*|zbieral\p{L}*|zbieram|odkladam|odlozyl\p{L}*) ${G(5)}(?:tabletek|lekow|prochow) (?:nasennych|uspokajajacych|przeciwbolowych)`,
      // Going "to the tracks" said by someone at the end; "tomorrow he will not be here any more".
      w`(?:pojdzie|pojde|pojdziesz|idzie|ide|poszedl|poszla|isc|pojsc|pojechac|pojedzie) ${G(1)}na tory`, w`(?:jutro|dzis|dzisiaj|wieczorem|w nocy|niedlugo) (?:go|mnie|jej) (?:juz )?nie (?:bedzie|ma)(?! ${G(1)}(?:w pracy|w domu|w szkole|na|w|u))`,
      `pozegna\\p{L}* ${G(4)}(?:zanim|bo) ${G(1)}odejd\\p{L}*`, `zanim odejd\\p{L}*`,
      `(?:stoje|stoję|stalam|stałam|stalem|stałem|staje|staję) ${G(3)}(?:na balkonie|na dachu|na moscie|na moście|przy torach|na torach|na krawedzi|na krawędzi) ${G(8)}(?:mysle|myślę|jakby|skoczy\\p{L}*|spadn\\p{L}*)`, `nic nie czuje ${G(12)}(?:balkon\\p{L}*|zabior\\p{L}* (?:mi )?dziecko)`,
      w`samob[ou]j\p{L}*`, w`zabil\p{L}* sie`, w`sie zabil\p{L}*`, w`powiesil\p{L}* sie`, w`sie powiesil\p{L}*`, w`utopil\p{L}* sie`, w`przedawkuj\p{L}*`, w`mam (?:juz )?dosc zycia`,
      // Hopelessness: no sense, no way out, nothing to live for.
      w`nie widze (?:juz )?(?:zadnego )?sensu (?:w )?(?:zyciu|zycia|zyc|dalej zyc|zycie|istnienia|niczego|czegokolwiek|dalszego zycia|zeby zyc)`, w`(?:zycie|moje zycie) (?:juz )?nie ma (?:juz )?sensu`, w`nic (?:juz )?nie ma (?:juz )?sensu`,
      w`nie ma sensu (?:zyc|dalej zyc|zycie)`, w`(?:moje )?zycie (?:jest )?bez sensu`, w`bez sensu (?:jest )?(?:zycie|zyc)`, w`wszystko (?:juz )?stracil\p{L}* sens`,
      w`nie mam (?:juz )?(?:po co|dla kogo) (?:zyc|dalej zyc|wstawac|sie starac|zyje)`, w`nie warto (?:juz )?zyc`, w`po co (?:mam )?(?:jeszcze )?(?:zyc|dalej zyc)`, w`po co (?:ja )?(?:jeszcze )?zyje`,
      w`szkoda ze (?:sie )?(?:urodzil\p{L}*|zyje)`, w`wolal\p{L}* (?:bym |abym )?sie nie urodzic`, w`zaluj\p{L}* ze (?:sie )?(?:urodzil\p{L}*|zyje)`, w`(?:lepiej|najlepiej) (?:by bylo )?(?:gdybym|zebym) (?:sie )?(?:nie urodzil\p{L}*|zniknal\p{L}*|zniknela)`,
      w`nie widze (?:juz )?(?:zadnego )?wyjscia`, w`nie ma dla mnie (?:zadnego )?(?:wyjscia|ratunku|nadziei|przyszlosci)`, w`jestem bez wyjscia`, w`(?:w )?sytuacj\p{L}* bez wyjscia`, w`nie mam (?:juz )?(?:zadnej )?(?:nadziei|przyszlosci)`,
      // Burden, others better off.
      w`jestem (?:tylko |dla wszystkich |dla nich |dla was |dla rodziny |dla dzieci )?(?:ciezarem|problemem|zawada)`, w`jestem ciezarem`, w`(?:im|wam|wszystkim|rodzinie|dzieciom|mu|jej) (?:bedzie|byloby|bylo by|bedzie o wiele) (?:\S+ )?lepiej beze mnie`,
      w`lepiej (?:im |wam |wszystkim )?(?:bedzie |byloby )?beze mnie`, w`nikt (?:by )?nie zauwaz\p{L}* (?:gdybym|jakbym|ze mnie)`, w`nikomu nie jestem potrzebn\p{L}*`, w`nikt mnie nie potrzebuje`,
      w`nikt (?:by )?(?:za mna )?nie (?:plakal|tesknil|bedzie tesknic)`, w`wszystkim (?:tylko )?przeszkadzam`, w`nic mnie (?:(?:tu|tutaj|juz|wiecej|na tym swiecie) ){0,2}nie trzyma`, w`(?:chc\p{L}*|wol\p{L}*) (?:spac|zasnac) (?:wiecznie|na wieki)`,
      // "I can't anymore", said with "already" or about life.
      w`${notCaring}juz nie daje rady${notATask}`, w`nie daje (?:juz )?rady (?:z zyciem|zyc|dalej|tak dalej|ze soba|psychicznie|ze wszystkim)`, w`${notCaring}nie daje juz rady${notATask}`,
      w`nie mam juz sil\p{L}*`, w`nie mam sil\p{L}* (?:zyc|dalej|na nic|na zycie|zeby zyc|zyc dalej)`, w`brak mi sil do zycia`,
      w`nie moge juz (?:tak (?:dluzej|dalej|zyc)|dluzej|wytrzymac|tego zniesc|zyc)`, w`juz (?:dluzej )?nie moge(?= (?:tak|dluzej|wytrzymac|zyc)|$)`, w`nie wytrzymam (?:juz )?(?:tego )?(?:dluzej|tak dalej)`,
      w`mam dosc (?:zycia|siebie|wszystkiego i wszystkich|tego zycia|zycia i wszystkiego)`, w`nienawidze (?:siebie|sie|swojego zycia|mojego zycia|zycia)`, w`nie chce (?:juz )?tak zyc`,
      w`chc\p{L}* (?:po prostu |tylko |na zawsze )?zniknac(?! (?:z|ze|na|do|w|we|stad|sprzed|od)(?![\p{L}\p{N}]))`, w`chc\p{L}* (?:zeby|aby) (?:to )?(?:sie )?(?:wszystko )?(?:juz )?(?:skonczylo|skonczyl)`, w`(?:chc\p{L}*|mam ochote) (?:to )?wszystko skonczyc`, w`skonczyc z tym wszystkim`, w`z tym wszystkim skonczyc`, w`skoncze z tym wszystkim`, w`skoncz\p{L}* (?:dzis |dzisiaj |juz )?to wszystko`, w`nie zalezy mi (?:juz )?na (?:zyciu|niczym)`, w`(?:zycie|wszystko) mnie przerasta`, w`nie widze (?:zadnej )?przyszlosci`, w`nie chc\p{L}* (?:juz )?(?:tu |tutaj )?byc$`, w`zaluj\p{L}* ze (?:sie )?obudzil\p{L}*`, w`zakonczyc (?:to )?(?:wszystko|raz na zawsze|na zawsze)`,
      // Farewells, giving away, after I am gone.
      w`zegnajcie`, w`zegnaj na zawsze`, w`zegnam (?:sie|was|wszystkich)`, w`pozegnal\p{L}* sie ze wszystkimi`, w`to (?:jest )?(?:moja )?ostatnia wiadomosc`, w`ostatni raz (?:pisze|sie odzywam)`,
      w`(?:jak|gdy|kiedy|niedlugo|wkrotce|juz niedlugo) mnie (?:juz )?(?:nie bedzie|zabraknie)${notSomewhere}`, w`mnie (?:juz )?niedlugo nie bedzie${notSomewhere}`,
      w`rozda\p{L}* (?:wszystkie )?(?:swoje|moje) (?:rzeczy|ubrania|zwierzeta|oszczednosci)`, w`oddaj\p{L}* (?:komus )?(?:wszystkie )?(?:swoje|moje) (?:rzeczy|zwierzeta|kota|psa)`,
      // Death as a thought; dark thoughts; past self-harm.
      w`mysl\p{L}* o smierci`, w`marz\p{L}* o smierci`, w`czekam na smierc`, w`mysl\p{L}* o tym (?:zeby|aby|by) (?:umrzec|odejsc|zniknac|skonczyc)`, w`czarn\p{L}* mysl\p{L}*`,
      w`(?:cial\p{L}*|ciel\p{L}*) sie`, w`sie (?:cial\p{L}*|ciel\p{L}*)`, w`(?:zrobil\p{L}*|zrobi) sobie (?:krzywde|cos(?! (?:do|na|z|ze|dobrego|cieplego|slodkiego|nowego|fajnego|innego|takiego|zjesc|ladnego|milego|smacznego)(?![\p{L}\p{N}])))`, w`zyletk\p{L}*`, w`blizny (?:na|po) (?:rekach|nadgarstkach|udach|cieciu)`,
      w`stoj\p{L}* na (?:moscie|dachu|krawedzi|parapecie|torach)`, w`(?:zbieram sie|zbieralam sie) na odwage (?:zeby|by|aby) (?:to zrobic|skonczyc|odejsc)`,
    ],
    violence: [
      ...widened.concern.violence,
      // "Then he will have an accident": a threat veiled as one.
      w`(?:bedzie|bedziesz|bedziecie) (?:mial\p{L}*|mieli) ${G(1)}(?:wypadek|wypadku)`, w`(?:zdarzy|przytrafi|moze sie zdarzyc) ${G(2)}wypadek`,
      ...round7.concern.violence,
      ...round8.concern.violence,
      // An adult's "secret" kept by a threat: tell anyone and you are out.
      w`tajemnic\p{L}* ${G(8)}(?:jak|jesli|jezeli|gdy) ${G(2)}(?:komus|komukolwiek|mamie|tacie|rodzicom) ${G(1)}powie\p{L}*`, w`(?:sam|sama) w (?:szatni|pokoju|samochodzie|gabinecie) ${G(10)}tajemnic\p{L}*`,
      // "Whoever goes to the police gets the same", a colleague back with a broken face.
      w`(?:jak|jesli|jezeli|gdy|kto) ${G(2)}(?:pojdzie|pojdziesz|pojde|zglosi|zglosisz|powie|powiesz|zadzwoni) ${G(2)}(?:na |do )?polic\p{L}* ${G(4)}(?:to samo|pozaluje|pozalujesz|zabij\p{L}*|bedzie (?:gorzej|zle|to samo))`, w`(?:wrocil\p{L}*|przyszedl|przyszla) ${G(1)}z (?:rozbit\p{L}*|pobit\p{L}*|posiniaczon\p{L}*) (?:twarz\p{L}*|glow\p{L}*|nos\p{L}*|warg\p{L}*)`,
      // Heard through a wall, floor or the phone: screaming, crying, a fall or a blow.
      w`slysz\p{L}* ${G(2)}przez (?:sciane|sciany|podloge|sufit|drzwi|telefon) ${G(6)}(?:krzycz\p{L}*|krzyk\p{L}*|placz\p{L}*|wrzeszcz\p{L}*|wrzask\p{L}*|upad\p{L}*|uderz\p{L}*|blaga\p{L}*)`,
      w`(?:zabij\p{L}*|zabije|zabija|zatlucze|zakatuje) (?:mnie|nas|mie)`, w`(?:mnie|nas|mie) (?:\S+ )?(?:zabij\p{L}*|zatlucze|zakatuje)`, w`zabije (?:cie|go|ja|was)`,
      w`przemoc\p{L}*`, w`(?:dusi|dusza) (?:mnie|nas|ja|mame)`, w`(?:mnie|nas) dusi`,
      // Fear of someone at home, of going home.
      w`boj\p{L}* sie (?:\S+ )?(?:wracac|wrocic|isc|pojsc|przyjsc|jechac) do domu`, w`boj\p{L}* sie (?:m[ou]j\p{L}* |swojego |swojej |mojej )?(?:meza|partnera|ojca|taty|ojczyma|chlopaka|brata|syna|eks|bylego|zony|tescia|matki|mamy|narzeczonego|konkubenta|wlasnego syna)(?![\p{L}\p{N}])`,
      w`boj\p{L}* sie (?:go|jej|jego)(?! (?:zapytac|poprosic|spytac|prosic|o to|martwic|urazic|zawiesc|powiedziec|mowic|przyznac|reakcji|zdenerwowac))`, w`boj\p{L}* sie (?:ze|iz) (?:\S+ )?(?:mnie|nas|mi|dzieciom|corce|synowi) (?:\S+ )?(?:cos zrobi|skrzywdzi|uderzy|pobije|zrobi krzywde)`,
      w`strach (?:wracac|wrocic) do domu`, w`(?:jest mi|czuje sie) (?:strasznie )?niebezpiecznie (?:w domu|z nim|z nia)`, w`nie czuje sie bezpiecznie (?:w domu|z nim|z mezem|z partnerem|z ojcem)`, w`zyj\p{L}* w (?:ciaglym )?strachu`, w`zyc w strachu`,
      // Injuries.
      w`siniak\p{L}*`, w`posiniacz\p{L}*`, w`sincow`, w`sincami`, w`podbit\p{L}* oko`, w`podbil\p{L}* mi oko`, w`sliw\p{L}* pod okiem`, w`slady (?:po )?(?:pobiciu|uderzeniach|duszeniu|palcach|pasie)`,
      // Aggression, verbal abuse, threats without the word "kill".
      w`(?:jest|bywa|robi sie|staje sie|byl|byla|jest bardzo|jest strasznie) agresywn\p{L}*`, w`agresywn\p{L}* (?:maz|partner|ojciec|tata|syn|ojczym|chlopak|brat|wobec mnie|w stosunku do mnie)`,
      w`(?:robi|urzadza|wszczyna|robil|urzadzal) (?:\S+ )?awantur\p{L}*`, w`awanturuje sie`, w`awantur\p{L}* (?:w domu|po pijaku|po alkoholu)`, w`po pijaku (?:bije|krzyczy|rzuca|wyzywa|awanturuje|grozi|niszczy)`,
      w`(?:wyzywa|wyzywal\p{L}*|poniza|ponizal\p{L}*|upokarza|szantazuj\p{L}*|szantazowal\p{L}*|straszy|straszyl\p{L}*|zastrasza\p{L}*|terroryzuje|dreczy|przesladuje|neka|nekal\p{L}*|sledzi) (?:mnie|nas|moja|moje|dzieci|mie)`,
      w`${perpetrator} ${G(2)}(?:groz\p{L}*|odgraza sie|odgrazal\p{L}* sie|straszy|straszyl\p{L}*)`, w`(?:tyran\p{L}*|oprawc\p{L}*)`, w`grozi ze (?:mi )?(?:zabierze|odbierze) (?:mi )?dzieci`, w`niebiesk\p{L}* kart\p{L}*`,
      // Coercive control.
      w`nie pozwala mi ${G(1)}(?:wychodzic|wyjsc|wyjsc z domu|pracowac|spotykac|widywac|rozmawiac|dzwonic|miec telefonu|miec pieniedzy|uczyc sie|chodzic na kurs|chodzic do pracy|chodzic do szkoly)`, w`nie daje mi (?:\S+ )?(?:pieniedzy|grosza|ani grosza|kasy)`,
      w`kontroluj\p{L}* (?:m[ou]j |moje |mi |mnie|kazdy|wszystko)`, w`sprawdza (?:mi |m[ou]j )?(?:telefon|wiadomosci|konto)`, w`czyta (?:moje|mi) (?:wiadomosci|smsy|sms)`, w`sledzi (?:mnie|m[ou]j)`,
      w`(?:zabiera|zabral\p{L}*|zabrali|odebral\p{L}*|rozbil\p{L}*|zniszczyl\p{L}*) mi (?:telefon|komorke|klucze|karte)`, w`(?:zabiera|zabral\p{L}*|odbiera|odebral\p{L}*|wyludz\p{L}*) (?:mi|nam) ${G(1)}(?:emeryt\p{L}*|rent\p{L}*)`, w`nie wypuszcza\p{L}* (?:mnie|nas)`,
      w`honor\p{L}* (?:rodziny|rodzinn\p{L}*)`, w`hanb\p{L}* dla rodziny`,
      // A secret, someone who comes at night.
      w`to (?:jest )?(?:nasz\p{L}* )?(?:tajemnica|sekret)`, w`nasz\p{L}* (?:mala |maly )?(?:tajemnic\p{L}*|sekret\p{L}*)`,
      w`nie wolno mi (?:nikomu )?(?:o tym )?(?:mowic|powiedziec|opowiadac)`, w`nie moge nikomu (?:o tym )?(?:powiedziec|mowic)`, w`kazal\p{L}* mi (?:nikomu )?(?:nie mowic|milczec)`, w`mam nikomu nie mowic`,
      w`(?:przychodzi|przychodzil\p{L}*|wchodzi|wchodzil\p{L}*|zakrada sie|zakradal\p{L}* sie) ${G(3)}(?:do mojego pokoju|do mnie do pokoju|do mojego lozka|do mnie w nocy|do mnie do lozka|do lazienki (?:jak|gdy|kiedy) sie kape)`,
      w`(?:kladzie|klad\p{L}*|polozyl\p{L}*) sie (?:do|w) (?:moim|mojego|m[ou]j) lozk\p{L}*`, w`w nocy (?:przychodzi|wchodzi) do (?:mnie|mojego pokoju)`,
      w`w domu (?:dzieja|dzieje) sie (?:\S+ )?(?:rzeczy|cos)`, w`(?:zle|straszne|dziwne) rzeczy (?:sie dzieja )?w domu`,
      w`(?:dotyka|dotykal\p{L}*|maca|macal\p{L}*|obmacuje|obmacywal\p{L}*) (?:mnie|ja|mie|moja corke|moje dziecko|coreczke|synka)`, w`wykorzystuje mnie`,
    ],
    emergency: [
      ...widened.concern.emergency,
      ...round7.concern.emergency,
      w`zemdlal\p{L}*`, w`nie kontaktuje`, w`nie budzi sie`, w`krwawi`, w`(?:udar|udaru|udarem|udarze|wylew|wylewu|wylewem|zawal|zawalu|zawalem)`, w`przedawkowani\p{L}*`, w`(?<!(?:^| )(?:o|bajk\p{L}*|film\p{L}*|ksiazk\p{L}*|wiadomosci|serial\p{L}*|ubezpieczeni\p{L}*|cwiczeni\p{L}*|probn\p{L}*|alarm\p{L}*|boj\p{L}* sie|strach przed|lek przed) )pozar(?:u|em|ze|y|ow)?`, w`ratunku`,
      w`nie mam czym oddychac`, w`(?:czuc|czuje|czujemy) (?:\S+ )?dym(?!(?: \S+){0,4} (?:papieros\p{L}*|fajk\p{L}*|grill\p{L}*|trawk\p{L}*|ogniska))`, w`smierdzi dymem`, w`od (?:kilku|paru|\d+|dwoch|trzech) dni ${G(3)}nie (?:wychodzi|odbiera|otwiera)`, w`nie (?:widzial\p{L}*|widzielismy) ${G(3)}od tygodnia`,
      w`(?:bol|bola|boli|ucisk|klucie|kluje|pieczenie|piecze|sciska) (?:\S+ )?(?:w )?(?:klatce|klatka|piersi|mostkiem)`, w`(?:duszno mi|ciezko mi oddychac|trudno mi oddychac|brakuje mi powietrza|nie moge zlapac oddechu|dusze sie)`,
      w`(?:ciezko|trudno) (?:mu|jej) oddychac`, w`oddycha (?:bardzo )?(?:ciezko|z trudem|plytko|dziwnie)`, w`(?:charczy|rzezi)`, w`(?:mu|jej|dziecku|mamie|tacie|babci|dziadkowi) (?:jest )?(?:nagle |bardzo )?(?:slabo|zle) (?:i|a) (?:nie|upadl\p{L}*|lezy)`, w`belkocze`, w`mowi niewyraznie`, w`nie czuje (?:lewej |prawej )?(?:reki|nogi|polowy ciala|polowy twarzy)`, w`dretwieje (?:mu |jej |mi )?(?:reka|noga|twarz|polowa)`,
      w`lezy na (?:podlodze|ziemi|ulicy|chodniku)`, w`nie (?:moge|mozemy|mozna) sie dodzwonic ${G(4)}od (?:kilku|paru|\d+|dwoch|trzech|wczoraj)`, w`(?:robi|robil\p{L}*) mi (?:cos zlego|zle rzeczy|dziwne rzeczy)`, w`(?:upadl\p{L}*|przewrocil\p{L}*) i (?:lezy|nie wstaje)`, w`(?:sasiad\p{L}*|mama|tata|babcia|dziadek|brat|siostra|corka|syn|przyjaciel\p{L}*|kolezank\p{L}*|kolega|ona|on) nie (?:odbiera|otwiera) ${G(2)}od (?:kilku|paru|\d+|dwoch|trzech|wczoraj)`,
      w`(?:smrod|smierdzi|dziwny zapach|zapach) ${G(2)}(?:z|ze|zza) (?:jej |jego )?(?:mieszkania|drzwi)`, w`karetk\p{L}*`, w`pogotowi\p{L}* ratunkow\p{L}*`, w`(?:czuc|czuje|smierdzi) spalenizn\p{L}*`, w`plomieni\p{L}*`,
      w`(?:wezwal\p{L}*|dzwonil\p{L}*|zadzwonil\p{L}*) (?:\S+ )?(?:po )?(?:karetk\p{L}*|pogotowie|straz)`, w`(?:pomocy|ratunku) (?:szybko|natychmiast)`, w`szybko pomocy`,
      w`(?:nacpal\p{L}*|nacpany|nacpana|nawalony|nawalona) ${G(2)}(?:nie (?:kontaktuje|reaguje|oddycha|budzi))`, w`infarkt\p{L}*`,
    ],
  },
  signals: {
    suicide: [
      ...widened.signals.suicide,
      // Farewells and affairs put in order.
      [...round7.signals.farewells, ...round8.signals.farewells, w`niech ktos ${G(2)}(?:powie|przekaze)`, w`(?:chcial\p{L}*|chce) (?:tylko )?(?:podziekowac|podziekowac wam)`, w`zegnaj\p{L}*`, w`zegnam (?:sie|was|wszystkich)`, w`pozegna\p{L}*`, w`ostatni\p{L}* (?:wiadomosc|list)`, w`przepraszam (?:was |wszystkich )?za wszystko`, w`zaopiekuj\p{L}* sie (?:m[ou]im|moja|moimi) (?:\S+ )?(?:kotem|psem|kotami|psami|dziecmi|dzieckiem|synem|corka|rzeczami)`, w`testament\p{L}*`, w`wszystko (?:zalatwion\p{L}*|uporzadkowan\p{L}*|poukladan\p{L}*)`, w`nie (?:szukajcie|odpisujcie) mnie`, w`byl\p{L}* (?:dla mnie )?najlepsz\p{L}*`, w`kocham was wszystkich`],
      // Giving things away.
      [...round8.signals.giving, w`(?:rower|klucze|auto|samochod|laptop\p{L}*|konsol\p{L}*|gitar\p{L}*|zegarek|telefon) ${G(1)}(?:zostawil\p{L}*|oddal\p{L}*|zostawiam|oddaje) (?:dla|u)`, w`klucze (?:sa|zostawil\p{L}*|zostawiam|beda) (?:u|dla) (?:sasiad\p{L}*|brata|siostry|mamy|kolegi)`, w`(?:oddal\p{L}*|oddaje|rozdal\p{L}*|rozdaje|podarowal\p{L}*) ${G(3)}(?:swoje|moje|wszystkie) (?:rzeczy|ubrania|zwierzeta|ksiazki|gitare|rower|konsole|bizuterie|kolekcje|klucze|laptopa|komputer)`, w`(?:oddal\p{L}*|oddaje|oddam) (?:\S+ )?(?:mojego|swojego|mojego ukochanego) (?:kota|psa|kotka|pieska)`, w`dobry dom dla`, w`(?:oddal\p{L}*|oddaje|oddam|rozdal\p{L}*|rozdaje|rozdam|porozdawal\p{L}*|podarowal\p{L}*|zostawil\p{L}*) ${G(3)}(?:rzeczy|ubrania|ciuchy|narzedzia|buty|kurtk\p{L}*|zegarek|rower|konsol\p{L}*|laptop\p{L}*|komputer\p{L}*|gitar\p{L}*|bizuteri\p{L}*|ksiazki|auto|samochod|psa|kota|pieska|kotka|zwierzeta)`, w`(?:psa|kota|pieska|kotka|zwierzeta|rybki) ${G(1)}(?:oddal\p{L}*|oddam|zostawil\p{L}*)`, w`(?:wyslal\p{L}*|przelal\p{L}*|oddal\p{L}*|dal\p{L}*) ${G(2)}wszystko co (?:mialem|mialam|mam|zostalo)`, w`nie (?:beda|bedzie) (?:mi )?(?:juz )?potrzebn\p{L}*`, w`(?:juz )?mi sie (?:juz )?nie przyda\p{L}*`],
      // Means and places.
      [...round7.signals.means, pills, w`zyletk\p{L}*`, w`sznur\p{L}*`, w`(?:line|liny)`, w`(?:most|moscie|mostu)`, w`(?:tory|torach|torow)`, w`dach(?:u|y|em|ach|ow)?`, w`wysoko`, w`ubezpieczeni\p{L}* na zycie`, w`pociag\p{L}* (?:o \d+|jedzie|przejezdza|przejezdzaja)`, w`(?:najwyzszy|wysoki) most`, w`wysokosc\p{L}* mostu`, w`(?:kabel|pasek|sznurek|sznur|line|pasa) ${G(4)}(?:klamce|klamki|haku|belce|rurze|zyrandol\p{L}*)`],
      // Hopelessness, burden, no future.
      [...round8.signals.hopeless, w`nie (?:moge|dam rady|wytrzymam) (?:juz )?tak dluzej`, w`nic (?:juz )?nie ma (?:juz )?znaczenia`, w`bez sensu`, w`nie ma sensu`, w`beznadziej\p{L}*`, w`nie mam sily`, w`nie daje rady`, w`mam dosc`, w`bez przyszlosci`, w`nie mam przyszlosci`, w`ciezar\p{L}*`, w`beze mnie`, w`nikt (?:nie )?(?:zauwazy|bedzie tesknic|mnie nie potrzebuje)`, w`pustk\p{L}*`, w`nic (?:mi )?nie zostalo`, w`bez wyjscia`, w`nie wiem (?:po co|dlaczego) (?:to )?pisze`, w`wszystko jedno`, w`nic juz nie czuje`, w`jestem (?:do niczego|nic nie wart\p{L}*|beznadziejn\p{L}*)`, w`te mysli`, w`mysli (?:wracaja|sa coraz)`, w`coraz (?:czesciej|glosniej|gorzej)(?! (?:chodzi|chodze|slyszy|widzi|pamieta|mowi|z nogami|z pamiecia|z chodzeniem|ze wzrokiem|ze sluchem))`, w`(?:bylam|bylem|jestem) ciezarem`],
      // Alarm about someone who went silent after strange words.
      [w`nie odpisuje od`, w`dziwn\p{L}* (?:wiadomosc|rzeczy|sms\p{L}*|wpis\p{L}*)`, w`mieszka sam\p{L}*`, w`szukal\p{L}* w internecie jak`, w`nie daje znaku zycia`, w`znikn(?:al|ela|eli)\p{L}*`],
      // A future that stops.
      [...round8.signals.future, w`po raz ostatni`, w`juz (?:mnie )?nie (?:zobaczycie|zobaczysz)`, w`od jutra (?:mnie )?(?:nie|juz nie)`, w`nie (?:doczekam|dozyje)`, w`nie musze sie (?:juz )?o nic (?:martwic|przejmowac)`, w`(?:bedzie|i) po wszystkim`, w`(?:juz )?nie bedzie moj problem`, w`(?:jeszcze|za) \S+ dni i koniec`, w`(?:isc|pojsc) spac na (?:dlugo|zawsze)`, w`nikomu (?:juz )?nie przeszkadzac`],
    ],
    violence: [
      ...widened.signals.violence,
      // Control: money, phone, keys, permission.
      [w`kontroluj\p{L}* (?:mnie|m[ou]j\p{L}*|moje|wszystko|kazdy)`, w`sprawdza ${G(2)}(?:telefon|wiadomosci|konto)`, w`(?:zabral\p{L}*|trzyma|schowal\p{L}*) (?:mi |m[ou]j )?paszport`, w`nie pozwala mi (?:wychodzic|pracowac|spotykac|dzwonic|rozmawiac)`, w`musze (?:go |ja )?pytac o (?:pozwolenie|zgode|pieniadze)`, w`musze sie tlumaczyc`, w`zabiera (?:mi )?(?:pieniadze|karte|telefon|klucze)`, w`zamyka (?:mnie|drzwi na klucz)`, w`lokalizacj\p{L}*`, w`kieszonkowe`, w`(?<!(?:^| )(?:na|po|przed|przejsc\p{L}*|przeszl\p{L}*|przeszedl\p{L}*|wiek\p{L}*) )emerytur\p{L}*`, w`kaze mi (?:wyplacac|dawac|oddawac|przelewac)`, w`konto jest na (?:niego|nia|meza|zone)`, w`nie mam (?:wlasnych )?pieniedzy`, w`zostaje mi (?:tylko )?\d+`],
      // Fear and anger at home.
      [w`boj\p{L}* sie (?:go|jej|jego|meza|partnera|ojca|taty|ojczyma|wracac|wrocic|isc do domu)`, w`wsciek\p{L}*`, w`pijan\p{L}*`, w`po pijaku`, w`awantur\p{L}*`, w`(?:krzyczy|wrzeszczy) na (?:mnie|nas|dzieci|mame)`, w`rzuca (?:rzeczami|talerzami|czym popadnie)`, w`chodze (?:przy nim )?na palcach`, w`to moja wina`, w`agresywn\p{L}*`, w`wybuchow\p{L}*`, w`(?:jak|gdy|kiedy) sie (?:wkurzy|wscieknie|zdenerwuje|napije|upije)`, w`wkurz\p{L}*`, w`po (?:wodce|piwie|alkoholu|wodzie ognistej)`, w`(?:napil|upil|schlal)\p{L}* sie`, doorForced],
      // Injuries and excuses for them.
      [w`siniak\p{L}*`, w`posiniacz\p{L}*`, w`podbit\p{L}* oko`, w`okulary przeciwsloneczne`, w`spadl\p{L}* ze schodow`, w`uderzyl\p{L}* sie o (?:szafk\p{L}*|drzwi|kant)`, w`rozcieta warga`, w`slady na (?:szyi|rekach|twarzy)`, w`zadrapan\p{L}*`],
      // Secrets, not being allowed to tell.
      [...round8.signals.secrets, w`tajemnic\p{L}*`, w`sekret\p{L}*`, w`nikt nie moze sie dowiedziec`, w`nie wolno mi (?:mowic|powiedziec)`, w`nie mow nikomu`, w`anonimow\p{L}*`],
      // Sexual boundaries.
      [...round8.signals.boundaries, w`prysznic\p{L}*`, w`(?:moim|mojego) pokoju`, w`na kolanach`, w`dotyka\p{L}*`, w`dotykal\p{L}*`, w`(?:nago|nagie|nagi|naga)`, w`seks\p{L}*`, w`(?:moim|mojego) lozk\p{L}*`, w`(?:wysyla|wysylal\p{L}*|przesyla|przysyla) (?:mi |jej |mu )?(?:swoje )?(?:zdjecia|zdjecie|fotki|nagie)`, w`pisze do (?:mnie|niej|niego) w nocy`, w`(?:na|przez) (?:snap\p{L}*|insta\p{L}*|messenger\p{L}*|tiktok\p{L}*) w nocy`],
      // Honour and family pressure.
      [w`honor\p{L}*`, w`wstyd dla rodziny`, w`hanb\p{L}*`, w`wydac (?:mnie )?za maz`, w`rodzina (?:zdecydowala|postanowila|kaze)`, w`kuzyn\p{L}*`],
      // Threats.
      [w`(?:on|ona) (?:mi )?grozi`, w`groz\p{L}* ze`, w`zagrozil\p{L}*`, w`odgraza`, w`powiedzial\p{L}* ze (?:jak|jesli|jezeli)`, w`(?:jak|jesli) (?:odejde|go zostawie|sie rozwiode)`, w`zabierze (?:mi )?dzieci`, w`nigdy (?:juz )?nie zobaczysz`, w`sledzi (?:mnie|m[ou]j)`, w`przychodzi pod (?:dom|prace|szkole)`, w`odda\p{L}* (?:mnie|babcie|dziadka|mame|tate|go|ja) do (?:domu opieki|domu starcow|hospicjum|zakladu|przytulku)`, w`nie zobacz\p{L}* (?:wnukow|wnuczki|wnuka|dzieci|corki|syna)`, w`(?:jak|jesli|jezeli) (?:odmowie|odmowi|nie dam|nie da|nie oddam|sie nie zgodze)`],
      // A child in distress, a neighbour who hears.
      [w`placz\p{L}*`, w`huk\p{L}*`, w`uderzeni\p{L}*`, w`lomot\p{L}*`, w`cos sie (?:rozbilo|stluklo)`, w`(?:a )?(?:potem|nagle) (?:nagle )?cisza`, w`nikt nie otwiera`, w`dziecko (?:krzyczy|placze)`, w`wola (?:mame|tate|pomocy|ratunku|nie)`, w`nie bij\p{L}*`, w`przestan`, w`(?:nie|prosze) (?:tato|tatusiu|mamo)`, w`(?:tato|tatusiu|mamo) (?:nie|prosze|przestan)`],
    ],
    emergency: [
      ...widened.signals.emergency,
      [...round7.signals.noAnswer, w`nie reaguje`, w`nie otwiera`, w`nikt nie otwiera`, w`nie budzi sie`, w`(?:sasiad\p{L}*|mama|tata|babcia|dziadek|ona|on) (?:\S+ )?nie (?:odbiera|odpowiada)`],
      [w`od (?:kilku|paru|\d+|dwoch|trzech) dni`, w`od (?:wczoraj|rana|nocy)`, w`cala noc`, w`od (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli)`],
      [...round7.signals.fumes, w`smrod\p{L}*`, w`smierdzi`, w`dziwny zapach`, w`spalenizn\p{L}*`, w`dym\p{L}*`, w`(?:gaz|gazu|gazem)`, w`listy w skrzynce`, w`pelna skrzynka`, w`zaslony (?:sa )?zasloniete`],
      [w`drgawk\p{L}*`, w`trzesie sie`, w`belkocze`, w`niewyrazn\p{L}*`, w`krzyw\p{L}* twarz`, w`duszno`, w`(?:blady|blada|siny|sina)`, w`bol w klatce`, w`upadl\p{L}*`, w`krew`, w`zdezorientowan\p{L}*`, w`oddych\p{L}*`, w`przytomn\p{L}*`, w`zemdl\p{L}*`],
      [w`demencj\p{L}*`, w`alzheimer\p{L}*`, w`mieszka sam\p{L}*`, w`niemowl\p{L}*`, w`cukrzyc\p{L}*`, w`padaczk\p{L}*`, w`starsz\p{L}* (?:pan|pani|sasiad\p{L}*|czlowiek)`, w`staruszk\p{L}*`],
      [w`cos wzial\p{L}*`, w`narkotyk\p{L}*`, w`dopalacz\p{L}*`, w`za duzo (?:wypil\p{L}*|pil\p{L}*)`],
    ],
  },
  figurative: [
    w`przed (?:zawalem|udarem|wylewem|operacja)`,
    w`bez (?:przemocy|bicia)`,
    // "Zabijam się o tę robotę": working oneself to death for a job.
    w`zabijam sie (?:o|za|przy|w) (?:te|ta|to|ten|tej|tym)? ?(?:robot\p{L}*|prac\p{L}*|umow\p{L}*|kas\p{L}*|pieniadz\p{L}*|etat\p{L}*)`,
    // Violence in a series or the news watched together, asked about by a child.
    w`(?:serial\p{L}*|film\p{L}*|ksiazk\p{L}*|bajk\p{L}*|wiadomosci\p{L}*) ${G(2)}(?:gdzie|w ktorym|w ktorej|o tym jak|jak) ${G(6)}(?:bije|bil|zabija|zabil|morduje)`,
    // A platform or track number at a station is directions, not a means.
    w`(?:na |z )?(?:tor|tory|torze|toru|peron\p{L}*) (?:nr |numer )?\d+`,
    ...widened.figurative,
    ...round7.figurative,
    ...round8.figurative,
    // Spanish and Italian "la molestan" (they bother her) is not molesting.
    w`(?:la|le|lo|les|los|me|te|nos|mi|ti|ci) molest(?:an|a|as|o|ano|ava|avan|aban|aba)`,
    // "I thought I would get a heart attack" at an energy bill; seizures of withdrawal told as what happened once.
    w`myslal\p{L}* (?:ze )?(?:zawal|udar|zawalu)\p{L}* (?:dostane|dostaje|mam|bede mial\p{L}*|mnie trafi)`, w`(?:mialem|mialam) ${G(1)}(?:takie |straszne |silne )?drgawki`,
    // "Killing me with these forms", "it is not about violence", "my back can't take it any more" (files w2, w5).
    w`(?:zabij\p{L}*|wykoncza\p{L}*|wykancza\p{L}*|dobija\p{L}*) (?:mnie|nas) (?:tymi|tym|ta|swoimi|tymi swoimi) ${drudge}`, w`nie (?:chodzi|jest|ma) (?:tu |tutaj )?o (?:zadna )?przemoc\p{L}*`, w`to nie (?:jest )?przemoc\p{L}*`,
    w`(?:kregoslup|plecy|kolana|kolano|nogi|rece|zdrowie|auto|samochod|laptop|telefon|silnik) (?:mi |juz |mi juz |juz mi )?nie daj\p{L}* rady`,
    w`nie mam (?:juz )?sil\p{L}* (?:do|na) (?:tego |tej |tych |ten |tym )?(?:urzedu|urzedow|biurokracji|papierow|formularzy|gminy|gemeente|szefa|pracy|roboty|sprzatania|gotowania|tego urzedu)`,
    `(?:ze )?zabic sie mozna`, `że zabić się można`,
    `(?:ta|ten|te|to) (?:robota|praca|szef|szkola) ${G(2)}zabij\\p{L}*`,
    `zabij\\p{L}* mnie (?:ta|ten|te|to) (?:robota|praca|szef|szkola|szkoła|stres|upal|upał|czynsz|papiery|urzad|urząd)`, `boj\\p{L}* sie pozaru`, `boj\\p{L}* się pożaru`,
    // Dying of laughter, boredom, shame, hunger.
    w`(?:umieram|umieramy|umarl\p{L}*|umre|umrzec|umrzemy|padl\p{L}*|padam|padne|posikal\p{L}*|zeszl\p{L}*|konam|skonam|zdycham|zdechl\p{L}*|zabil\p{L}* mnie|pekam|peklam|peklem) (?:ze|z) (?:smiechu|nudow|nudy|ciekawosci|zmeczenia|goraca|upalu|zimna|wstydu|glodu|pragnienia|tesknoty|zazdrosci)`,
    w`(?:spale|spalil\p{L}*|spalic|palil\p{L}*) sie ze wstydu`, w`zapadn\p{L}* sie pod ziemie`,
    // "This bureaucracy is killing me".
    w`(?:(?:ten|ta|to|te|tych|ci) )?(?:upal\p{L}*|nud\p{L}*|biurokracj\p{L}*|papierologi\p{L}*|urzedy|urzad|szkola|praca|robota|kork\p{L}*|stres|kolejk\p{L}*|rachunk\p{L}*|podatk\p{L}*|formularz\p{L}*|czekanie|remont|przeprowadzka|halas|pogoda|deszcz|zimno|wiatr|kac|migrena|ceny|czynsz|inflacja|gemeente|belastingdienst|holenderski|jezyk|egzamin\p{L}*|kurs) (?:mnie |nas )?(?:zabij\p{L}*|zabije|wykonczy|wykoncza|wykanczaj\p{L}*|dobij\p{L}*|zamecz\p{L}*)`,
    w`zabij mnie (?:ale|a) (?:nie )?(?:pamietam|wiem)`, w`(?:chocby|chociazby|nawet jakbys|nawet gdybys) mnie zabil\p{L}*`,
    w`zabije cie jak (?:nie )?(?:oddasz|zjesz|zjadles|zjadlas|zjecie|sie spoznisz|spoznisz sie|spoznisz|zapomnisz|zgubisz|zaspoilerujesz|spoilerujesz|wypijesz|zepsujesz)`,
    w`(?:telefon\p{L}*|komork\p{L}*|bateri\p{L}*|laptop\p{L}*|komputer\p{L}*|kompa|auto|samochod|pralk\p{L}*|lodowk\p{L}*|drukark\p{L}*|router|internet|ekran|gra|serwer|strona|aplikacja|apka) (?:mi |nam |sie )?(?:padl\p{L}*|umarl\p{L}*|zdechl\p{L}*|nie zyje|tnie|wiesza|zawiesil\p{L}*)`,
    w`(?:mozna|idzie|latwo|mozesz) sie (?:tu |tam |na tym )?zabic`, w`o malo (?:sie )?nie zabil\p{L}*`, w`(?:tone|utone|utopil\p{L}*|utopie|topie sie|tonie) (?:sie )?w (?:dlugach|dlug\p{L}*|papierach|rachunkach|pracy|robocie|obowiazkach|problemach|ksiazkach)`,
    w`(?:kaszel|katar|astma|alergia|smrod|upal|goraco|stres|zal|placz|wilgoc) (?:mnie |go |ja )?dusi`, w`dusi mnie (?:kaszel|katar|astma|w gardle|w piersiach|zal|placz)`,
    w`nie (?:moge|mozna|da sie) oddychac (?:przez|od|z powodu) (?:ten |tego |tej )?(?:smrod\p{L}*|dym\p{L}* papierosow\p{L}*|papieros\p{L}*|zapach\p{L}*|kurz\p{L}*|wilgoc\p{L}*|plesn\p{L}*|grzyb\p{L}*|upal\p{L}*|goraca)`,
    // A heart attack at a bill; life after a stroke.
    w`(?:prawie|o malo nie|malo nie|niemal|omal nie) (?:\S+ )?(?:dostal\p{L}*|mial\p{L}*) (?:\S+ )?(?:zawal|zawalu|udaru|wylewu)`,
    w`(?:dostal\p{L}*|dostane|dostaje|mialam|mialem) (?:\S+ )?(?:zawalu|zawal) (?:jak|gdy|kiedy) (?:zobaczyl\p{L}*|przeczytal\p{L}*|otworzyl\p{L}*|uslyszal\p{L}*|dostal\p{L}*|zobacze|przyjdzie)`,
    w`(?:po|przeszedl\p{L}*|przeszla|mial\p{L}*) (?:\S+ )?(?:udarze|wylewie|zawale|udar|wylew|zawal)(?!(?: \S+){0,2}? (?:godzin\p{L}*|minut\p{L}*|przed chwila|teraz|wlasnie|dzis|dzisiaj|wczoraj))`,
    // Said not to be so.
    w`nigdy ${G(2)}(?:nie )?(?:myslal\p{L}*|chcial\p{L}*|probowal\p{L}*|zamierzal\p{L}*|planowal\p{L}*|mial\p{L}*) ${G(2)}(?:samob[ou]j\p{L}*|sie zabic|zabic sie|umrzec|odebrac sobie zycie|zrobic sobie krzywd\p{L}*|mysli samob[ou]j\p{L}*)`,
    w`(?:nie mam|bez|nie miewam|zadnych) (?:zadnych )?mysli samob[ou]jczych`, w`nie mysle o (?:samob[ou]j\p{L}*|smierci|zabiciu sie)`, w`nie mysle o tym ${G(1)}zeby (?:cos )?(?:sobie )?(?:cos )?(?:zrobic|zrobila|zrobil|odebrac zycie)`, w`nie (?:chce|zamierzam|planuje|mam zamiaru) (?:sie zabic|sie zabijac|umierac|umrzec|nic sobie robic|zrobic sobie krzywdy|odbierac sobie zycia)`,
    w`nie zabije sie`, w`nie zrobie sobie (?:krzywdy|nic)`, w`nie jestem (?:samob[ou]jc\p{L}*|w niebezpieczenstwie)`, w`nie ma zagrozenia`, w`nikomu nic sie nie stalo`, w`nikt nie (?:zostal )?(?:ranny|ucierpial)`, w`wszyscy (?:sa )?cali`,
    w`(?:on|ona|maz|ojciec|tata|partner|mama|nikt) (?:\S+ )?(?:mnie|nas) (?:nigdy )?nie (?:bije|bil|bila|uderzyl|uderzyla|pobil|skrzywdzil|dotknal)`,
    w`(?:projekt|referat|prezentacj\p{L}*|kurs|szkoleni\p{L}*|film|serial|ksiazk\p{L}*|artykul|ulotk\p{L}*|wyklad|zajeci\p{L}*|praca domowa) ${G(3)}o (?:samob[ou]j\p{L}*|przemocy|gwalcie)`, w`zapobiegani\p{L}* samob[ou]jstw\p{L}*`,
    // Institutions that take money or papers are not a family that takes them.
    w`(?:komornik\p{L}*|bank\p{L}*|urzad\p{L}*|skarbowk\p{L}*|belastingdienst|cjib|deurwaarder\p{L}*|gmina|gemeente|zus|uwv|svb|windykac\p{L}*|ubezpieczyciel\p{L}*|wlasciciel\p{L}*|policj\p{L}*|celnicy|straz graniczn\p{L}*|ambasad\p{L}*|konsulat\p{L}*|ind|coa) ${G(3)}(?:zabiera|zabral\p{L}*|zabrali|zajal\p{L}*|zajmuje|sciaga|sciagnal\p{L}*|potraca|potracil\p{L}*|odbiera|odebral\p{L}*|zablokowal\p{L}*|blokuje)`,
    w`(?:dzieci|chlopcy|bracia|rodzenstwo|dzieciaki|koledzy) (?:sie )?bija(?: sie)? (?:w|na|podczas|przy|dla) (?:zabawie|zabawy|podworku|przerwie|zartu|zabawe)`, w`bije (?:rekord\p{L}*|brawo|piane|sie z myslami)`,
    w`(?:ubezpiecz\p{L}*|polis\p{L}*) (?:\S+ )?(?:od )?(?:pozar\p{L}*|ognia)`, w`(?:kierowc\p{L}*|pracowac|praca|prace|pracuje|pracuj\p{L}*|kurs\p{L}*|szkoleni\p{L}*) ${G(2)}(?:karetk\p{L}*|pogotowi\p{L}*|ratownik\p{L}*|pierwszej pomocy)`,
  ],
  past: {
    past: [
      w`(?:miesiac|tydzien|rok|pol roku|poltora roku) temu`, w`(?:to )?bylo (?:bardzo |juz )?dawno`, w`dawno temu`,
      w`przez \d+ (?:lat|lata|miesiecy|miesiace) (?:bylam|bylem|bylismy|mieszkalam|mieszkalem)`, w`w (?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu|pazdzierniku|listopadzie|grudniu)(?! ${G(2)}(?:tego|w tym))`,
      `rok temu`, `(?:dwa|trzy|kilka) lata temu`,
      `kiedys`, `\\d+ lat temu`, `to bylo ${G(2)}temu`,
      w`\d+ (?:lat|lata|roku|rok|miesiec\p{L}*|miesiac\p{L}*|tygodni\p{L}*) temu`, w`(?:kilka|pare|wiele|kilkanascie|dwa|trzy|cztery|piec|dziesiec|dawno|dawno dawno) (?:lat |miesiecy |tygodni )?temu`, w`lata temu`,
      w`dawno (?:juz )?(?:minel\p{L}*|przeszl\p{L}*|za mna)`, w`dawniej`, w`w dziecinstwie`, w`jako dziecko`, w`jako nastolat\p{L}*`, w`(?:gdy|jak|kiedy) (?:bylam|bylem|bylismy) (?:mala|maly|mali|dzieckiem|dziecmi|mlod\p{L}*|nastolatk\p{L}*|w liceum|w podstawowce|w szkole)`,
      w`w przeszlosci`, w`w zeszlym roku`, w`w poprzednim (?:zwiazku|malzenstwie)`, w`w pierwszym malzenstwie`, w`(?:w|za) mlodosci`,
    ],
    present: [
      // Not "znowu zaczynam pic": drinking again is not the crisis told as the past coming back.
      w`znowu(?! (?:zaczynam|zaczyna|zaczal\p{L}*|zaczela) (?:pic|palic|grac|cpac|brac))`, w`znow(?! (?:zaczynam|zaczyna|zaczal\p{L}*|zaczela) (?:pic|palic|grac|cpac|brac))`, w`nadal`, w`wciaz`, w`do dzis`, w`do dzisiaj`, w`do teraz`, w`dzis(?! ${G(2)}(?:jest|czuje sie|mam sie) ${G(2)}(?:lepiej|dobrze|ok))`, w`dzisiaj(?! ${G(2)}(?:jest|czuje sie|mam sie) ${G(2)}(?:lepiej|dobrze|ok))`, w`wczoraj`, w`w nocy`, w`tej nocy`, w`ostatnio`, w`od niedawna`,
      w`teraz (?:tez|znowu|znow|jeszcze)(?! (?:zaczynam|zaczyna|zaczal\p{L}*|zaczela) (?:pic|palic|grac|cpac|brac))`, w`w tym tygodniu`, w`zaczal\p{L}* (?:znowu|znow|od nowa)`, w`od (?:kilku|paru) (?:dni|tygodni)`,
      // Not "pilem codziennie": drinking every day told of the past.
      w`(?<!(?:^| )(?:pilem|pilam|pil|pila|chlalem|chlalam|cpalem|cpalam|bralem|bralam) )codziennie`, w`dzis rano`, w`(?:dzis|dzisiaj|wczoraj|znowu|znow|tego|kazdym|w (?:ten|ostatni|sobotni|piatkowy)) wieczorem`, w`wieczorem (?:znowu|znow|znow\p{L}*|to zrobie)`,
    ],
    resolved: [
      w`(?:i |teraz |juz )?jest (?:juz )?(?:ok|okej|okay)(?! ${G(1)}(?:ale|tylko))`,
      w`wszystko idzie dobrze`, w`(?:lekarze|lekarz) ${G(2)}(?:mowi|mowia) ze (?:wszystko )?(?:jest )?dobrze`,
      w`(?:juz )?(?:zrosniet\p{L}*|wyleczon\p{L}*)`, w`chodze normalnie`,
      ...round7.resolved,
      w`(?:mam|mamy) (?:juz )?(?:rozwod|spokoj)`,
      w`(?:jest|jestem|juz) po szpitalu`, w`wyszl\p{L}* ze szpitala`, w`wypisal\p{L}* ${G(1)}ze szpitala`,
      `odeszl\\p{L}* od niego`, `jestesmy bezpieczn\\p{L}*`, `jestem bezpieczn\\p{L}*`, `jest dobrze`,
      `rozwiod\\p{L}* sie`, `wszystko (?:juz )?(?:jest )?dobrze`, `(?:jestem )?czyst\\p{L}* od`, `nie pije od`,
      w`to (?:juz )?(?:przeszlosc|za mna)`, w`mam to za soba`, w`(?:teraz|juz) ${G(2)}(?:jest|wszystko) ${G(1)}(?:dobrze|ok|okej|w porzadku)`, w`(?:jestem|czuje sie) ${G(1)}(?:teraz |juz )?bezpieczn\p{L}*`,
      w`dostal\p{L}* (?:dobra )?pomoc`, w`przepracowal\p{L}*`, w`rozwiedl\p{L}*`, w`po rozwodzie`, w`rozstal\p{L}*`, w`nie mam z nim (?:juz )?kontaktu`, w`(?:on|ona|ojciec|ojczym) juz nie zyje`, w`(?:jest |sa )?trzezw\p{L}* od`, w`od \d+ lat (?:jest |sa )?trzezw\p{L}*`, w`(?:jestem |jest )?trzezw\p{L}* (?:juz )?(?:od )?(?:\d+|kilk\p{L}*|par\p{L}*|dwa|trzy|pol) (?:miesiec\p{L}*|miesiac\p{L}*|lat\p{L}*|rok\p{L}*|roku|tygodni\p{L}*)`, w`(?:\d+|kilk\p{L}*|dwa|trzy) (?:miesiec\p{L}*|miesiac\p{L}*|lat\p{L}*|rok\p{L}*) (?:jestem |juz )?trzezw\p{L}*`, w`bardzo sie zmienil\p{L}*`, w`mam z tym spokoj`, w`pogodzil\p{L}* sie z tym`,
    ],
  },
  jokes: ['takie gadanie', 'tylko tak mowie', 'tylko tak mówię', 'haha\\p{L}*', 'zartuje', 'żartuję', 'zart', 'żart', 'u mnie nic takiego'],
  bystander: [
    w`sasiad\p{L}*(?! (?:\S+ )?(?:mnie|nas|mna)(?![\p{L}\p{N}]))`, w`sasiedz\p{L}*`, w`kolezank\p{L}*`, w`kolezan\p{L}*`, w`koleg\p{L}*(?! (?:\S+ )?(?:mnie|nas)(?![\p{L}\p{N}]))`, w`przyjaciol\p{L}*`, w`przyjaciel\p{L}*`, w`znajom\p{L}*`,
    w`za sciana`, w`przez sciane`, w`u sasiadow`, w`w naszym bloku`, w`(?:dziecko|dzieci|coreczka|synek) (?:sasiad\p{L}*|znajom\p{L}*|kolezanki|kolegi|z klasy|z podworka|z naprzeciwka)`, w`z (?:mojej )?klasy`, w`z pracy`,
    w`(?:m[ou]j|moja|moi) (?:uczen|uczennica|uczniowie|klient|klientka|podopieczn\p{L}*|pacjent\p{L}*)`, w`ktos (?:z|w) (?:mojej |naszej )?(?:klasy|klasie|bloku|ulicy|pracy)`, w`${relativeAtRisk} ${G(2)}${atRisk}`,
    w`martwi\p{L}* sie o (?:m[ou]j\p{L}*|nasz\p{L}*|niego|nia|kolezank\p{L}*|koleg\p{L}*|sasiad\p{L}*|przyjaci\p{L}*)`,
  ],
  risk: [
    w`dzis(?:iaj)? (?:w nocy|wieczorem|to zrobie)`, w`dzisiejszej nocy`, w`tej nocy`, w`jeszcze dzis(?:iaj)?`, w`zaraz`, w`za chwile`, w`juz teraz`, w`wlasnie teraz`, w`w tej chwili`, w`jutro`, w`za godzine`, w`w ten weekend`,
    w`(?:zrobie|zrobic|skoncze|ide|pojde|wezme|skocze) (?:to )?teraz`, w`teraz (?:to )?(?:zrobie|skoncze|ide|wezme|skocze)`,
    w`mam ${G(2)}(?:${pills}|noz|zyletk\p{L}*|line|sznur|bron|pistolet|benzyne)`, w`kupil\p{L}* ${G(2)}(?:${pills}|line|sznur|noz|zyletk\p{L}*|bron)`, w`przygotowal\p{L}*`, w`wszystko (?:jest )?gotowe`, w`mam plan`, w`wiem jak`, w`wiem gdzie`,
    w`list\p{L}* pozegnaln\p{L}*`, w`napisal\p{L}* list`, w`(?:jestem|stoje|siedze) (?:\S+ )?na (?:moscie|dachu|torach|stacji|peronie|balkonie|krawedzi|parapecie)`, w`nad (?:woda|kanalem|rzeka)`,
    w`(?:juz )?(?:wzial\p{L}*|wziel\p{L}*|polknal\p{L}*|polknel\p{L}*|lyknal\p{L}*|lyknel\p{L}*|zazyl\p{L}*) (?:juz )?${G(2)}${pills}`, w`juz (?:wzial\p{L}*|wziel\p{L}*|polknal\p{L}*|lyknal\p{L}*|zazyl\p{L}*|pocial\p{L}*|pociel\p{L}*)`, w`nalykal\p{L}*`,
    w`(?:jestem|zostalam|zostalem) (?:\S+ )?(?:sam|sama|samiutk\p{L}*)(?![\p{L}\p{N}])`, w`nikogo (?:nie ma|przy mnie nie ma|nie mam|w domu nie ma)`, w`(?:sam|sama) w domu`, w`nikt nie wie`, w`jestem pijan\p{L}*`, w`(?:pije|pilam|pilem|wypil\p{L}*) (?:\S+ )?(?:wodk\p{L}*|alkohol\p{L}*|piw\p{L}*|win\p{L}*)`,
    w`(?:on |ona )?(?:wraca|wrocil|wrocila|jest w domu|stoi pod drzwiami|dobija sie|wywaza drzwi|wali w drzwi|czeka na mnie|idzie tu|jedzie tu|jest pijany|jest pijana)`, w`ma (?:noz|bron|siekiere|pistolet)`,
    w`zamknel\p{L}* sie w (?:lazience|pokoju|toalecie)`, w`ukrywam sie`, w`chowam sie`, w`schowal\p{L}* sie`, w`krew`, w`krwawi\p{L}*`, w`dzieci sa (?:tutaj|ze mna|w domu)`,
  ],
  refusal: [
    w`nie (?:zadzwonie|bede dzwonic|bede dzwonil\p{L}*|chce dzwonic|moge dzwonic|moge zadzwonic|umiem dzwonic|dam rady zadzwonic|zadzwonie nigdzie|chce rozmawiac(?: przez telefon| z nikim)?|moge rozmawiac|moge mowic|umiem rozmawiac|lubie rozmawiac przez telefon|mam jak zadzwonic|mam telefonu)`,
    w`nie mam (?:srodkow|kasy|pieniedzy) na (?:koncie|telefonie|karcie)`, w`nie (?:mowie|rozmawiam) po (?:niderlandzku|holendersku|angielsku)`, w`nie znam (?:holenderskiego|niderlandzkiego|angielskiego|jezyka)`,
    w`nikt (?:mi )?nie (?:moze )?(?:mi )?pomoc`, w`nikt mi nie pomoze`, w`nikt nie moze mi pomoc`, w`nic mi nie pomoze`, w`to nic nie (?:da|pomoze|zmieni)`, w`szkoda czasu`,
    w`boj\p{L}* sie (?:dzwonic|zadzwonic|rozmawiac|policji)`, w`wstydz\p{L}* sie (?:dzwonic|zadzwonic|rozmawiac)`, w`(?:on|ona) (?:uslyszy|slyszy|sprawdza mi telefon|zobaczy|sie dowie)`,
    w`nie (?:dzwon|dzwoncie|wzywaj|wzywajcie) (?:na |po )?(?:policj\p{L}*|karetk\p{L}*)`, w`nie chce (?:policji|do szpitala|zeby (?:ktos|ktokolwiek) wiedzial)`, w`bez policji`, w`nie ufam (?:nikomu|policji|lekarzom)`, w`juz dzwonil\p{L}*`, w`nikt nie odbiera`,
  ],
};
