import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Dutch, from how people disclose to 113, Veilig Thuis and De Kindertelefoon: a wish to die said
 * in many ways (not waking up, not being there, being a burden), plans and means, farewells,
 * self-harm; violence as hitting, threats, locking in, money or papers taken, a secret at night,
 * a child who hears it; emergencies told as a story. Text is folded (fold-letters.ts) and the
 * chat spellings below are written out first.
 */
const me = '(?:me|mij|mn|ons)';
const self = '(?:mezelf|mijzelf|mezelve|zichzelf|zelf|hemzelf|haarzelf|jezelf)';
const my = '(?:mijn|mn|onze|ons)';
const relative =
  '(?:moeder|vader|mama|papa|mam|pap|ma|pa|zus|zusje|broer|broertje|kind|kinderen|kids|zoon|dochter|vrouw|man|vriendin|vriend|oma|opa|tante|oom|nicht|neef|schoonmoeder|schoonvader|stiefvader|stiefmoeder|stiefvader|partner|ex|baby|dochtertje|zoontje)';
const victim = `(?:${me}|haar|hem|mama|papa|${my} ${relative}|de kinderen|de kids|zijn (?:kinderen|kind|vrouw|vriendin|moeder)|haar (?:kinderen|kind|moeder|dochter|zoon)|hun (?:kinderen|kind|moeder|dochter|zoon))`;
const perpetrator =
  '(?:man|vrouw|vriendin|vriend|vriendje|partner|vader|moeder|stiefvader|stiefmoeder|stiefpa|ex|broer|zoon|dochter|echtgenoot|pa|ma|papa|mama|schoonvader|schoonmoeder|schoonzus|zwager|oom|opa|hij|zij|ze|vent|kleinzoon|buurman)';
const hitVerb =
  '(?:slaat|sloeg|slaan|sla|slaag|schopt|schopte|schoppen|trapt|trapte|duwt|duwde|wurgt|wurgde|stompt|stompte|mept|mepte|knijpt|kneep|mishandelt|mishandelde|bedreigt|bedreigde|verkracht|misbruikt|misbruikte|bijt|beet|slaapt met|timmert|ramt|ramde|trekt aan mijn haar|trok aan mijn haar|gooit met|gooide met)';
const harmed =
  '(?:geslagen|geschopt|getrapt|geduwd|gewurgd|mishandeld|bedreigd|opgesloten|misbruikt|verkracht|gestompt|gebeten|aangerand|betast|gedwongen)';
const weapon = '(?:mes|messen|keukenmes|pistool|vuurwapen|wapen|wapens|geweer|bijl|schaar|hamer|honkbalknuppel|knuppel)';
const pills = '(?:pillen|pil|slaappillen|medicijnen|medicatie|tabletten|oxazepam|paracetamol|insuline|lorazepam|temazepam|antidepressiva|morfine|oxycodon|strip|strips)';
const height = '(?:brug|flat|dak|balkon|gebouw|raam|trein|metro|spoor|rails|viaduct|parkeergarage|toren|rotsen|klif)';
const dying = '(?:dood|sterven|doodgaan|dood gaan|dood zijn|overlijden|niet meer leven|er niet meer zijn)';
const want = '(?:wil|wilde|willen|wou|wouw|wilt|wens|wenste|zou willen|verlang|verlangde|hoop|hoopte)';
const night = '(?:s nachts|snachts|nachts|in de nacht|als iedereen slaapt|als mama slaapt|als mama weg is|als mama er niet is|als we alleen zijn)';

export const dutchSafetyLexicon: SafetyLexicon = {
  spellings: {
    k: 'ik', kheb: 'ik heb', kben: 'ik ben', kga: 'ik ga', kwil: 'ik wil', kweet: 'ik weet', kzit: 'ik zit', kzie: 'ik zie',
    kdenk: 'ik denk', kkan: 'ik kan', kmoet: 'ik moet', kvoel: 'ik voel', kwou: 'ik wou', khoop: 'ik hoop', khou: 'ik hou',
    kdurf: 'ik durf', kmag: 'ik mag', kword: 'ik word', kwordt: 'ik word', kvind: 'ik vind', kleef: 'ik leef',
    mn: 'mijn', mijne: 'mijn', zn: 'zijn', t: 'het', nie: 'niet', ni: 'niet', nt: 'niet', nit: 'niet', niks: 'niets',
    egt: 'echt', ech: 'echt', gwn: 'gewoon', mss: 'misschien', ff: 'even', der: 'er', dr: 'er', mr: 'meer', mer: 'meer',
    nimeer: 'niet meer', niemeer: 'niet meer', wl: 'wel', wnt: 'want', ma: 'maar', zelfmoort: 'zelfmoord', zelmoord: 'zelfmoord',
    selfmoord: 'zelfmoord', zelfmord: 'zelfmoord', zelfmoordt: 'zelfmoord', dooood: 'dood', doodt: 'dood', wille: 'willen', wile: 'willen',
    levuh: 'leven', leve: 'leven', snij: 'snijd', snijt: 'snijdt', slaagt: 'slaat', sloegt: 'sloeg', pappa: 'papa', mamma: 'mama',
    stiefpa: 'stiefvader', stiefma: 'stiefmoeder', ofzo: 'of zo',
  },
  crisis: {
    suicide: [
      // Named outright, in any form.
      'zelfmoord\\p{L}*', 'suicid\\p{L}*', 'suicid', 'zelfdoding', 'doodswens', 'levensmoe\\p{L}*', 'afscheidsbrief\\p{L}*',
      'zelfbeschadig\\p{L}*', 'zelfverwond\\p{L}*', 'automutil\\p{L}*', 'euthanasie (?:wil|willen|aanvragen)',
      // A wish to die or not to be.
      `${want} ${G(3)}${dying}`, `${want} ${G(2)}dat ik ${G(1)}(?:dood|er niet meer) (?:was|ben|zou zijn)`, `dood (?:wil|wilt|willen|wilde|wou)`,
      `niet ${G(1)}(?:meer|langer) ${G(2)}(?:leven|bestaan|wakker (?:worden|te worden|word))`, `(?:wil|wilt|willen|wilde) ${G(1)}niet ${G(1)}(?:meer|langer) ${G(1)}leven`,
      `(?:wil|wilde|willen|wilt|wou) ${G(3)}er ${G(2)}niet ${G(1)}meer zijn`, `(?:ik|me|mij) ${G(1)}er niet meer (?:wil |willen )?zijn(?! (?:om|op|tussen|van|voor|morgen|vandaag|deze|volgende|vanavond|vanmiddag|thuis|bij|\\d))`,
      `(?:niet|nooit) meer ${G(1)}(?:wakker|op) (?:te )?(?:worden|wordt|word)`, `slapen en ${G(1)}(?:niet|nooit) meer wakker`, `(?:in mijn slaap|in mn slaap) ${G(1)}(?:dood|sterven|doodgaan)`,
      `eind(?:e)? ${G(3)}aan (?:mijn|zijn|haar|het|dit) leven`, `er ${G(2)}(?:een )?eind(?:e)? aan ${G(1)}(?:maken|maakt|maak|maakte|te maken)`, `er ${G(1)}(?:een )?punt achter ${G(1)}zetten`,
      `leven ${G(1)}(?:beeindigen|beindigen|stoppen|nemen)`, `(?:mijn|zijn|haar) leven ${G(1)}(?:nemen|beeindigen)`, 'uit het leven (?:stappen|stapte|gaan)',
      `het leven ${G(2)}(?:heeft|is) ${G(2)}geen zin`, `geen zin ${G(2)}in (?:het |mijn |dit )?leven`, `klaar met ${G(1)}(?:het |mijn |dit )?leven`,
      'geen reden (?:meer )?(?:om|meer om) (?:te )?leven', '(?:hoeft|hoef) (?:het )?voor (?:mij|me) niet meer', 'het leven hoeft niet meer',
      `(?:wil|wilde|wilt|wou) ${G(2)}weg van (?:deze|de) (?:wereld|aarde)`, `(?:wil|wilde|wilt) ${G(2)}(?:uit|van) (?:deze|de) wereld (?:weg|gaan|verdwijnen|stappen)`,
      // Being a burden, others better off.
      `beter af ${G(2)}zonder (?:mij|me)`, `zonder (?:mij|me) ${G(2)}beter af`, `(?:beter|makkelijker|rustiger|fijner) ${G(3)}als ik er ${G(1)}niet (?:meer )?(?:was|ben|zou zijn|zijn)(?! (?:om|op|tussen|van|voor|morgen|vandaag|deze|volgende|vanavond|vanmiddag|\\d))`,
      `als ik ${G(1)}dood (?:was|ben|zou zijn)`, `(?:niemand|geen mens|geen hond) ${G(1)}(?:zal|zou|gaat) ${G(1)}(?:mij|me) ${G(1)}missen`,
      // Plans, means, places, farewells.
      `${pills} ${G(8)}(?:sparen|verzamelen|spaar|verzamel|opsparen|opgespaard|gespaard|verzameld|bewaard|achtergehouden|gehamsterd|hamsteren|verstopt)`,
      `(?:spaar|sparen|verzamel|verzamelen|gespaard|verzameld|hamster|hamsteren) ${G(3)}${pills}`,
      `(?:alle|allemaal|al mijn|al de|een hele|hele|een doos|de hele|een pot|heel veel|zoveel|te veel) ${G(2)}${pills} ${G(3)}(?:in|ingenomen|innemen|slikken|geslikt|nemen|genomen)`,
      `${pills} ${G(2)}(?:klaarliggen|klaar liggen|liggen klaar|klaargelegd|klaar gelegd|klaarstaan|staan klaar)(?! ${G(3)}(?:voor|van) (?:mijn|mn|zijn|haar|de|oma|opa|mama|papa))`,
      `(?:touw|strop) ${G(3)}(?:klaar|gekocht|opgehangen|vastgemaakt)`, `${self} ${G(2)}(?:ophangen|opknopen|verhangen)`, '(?:me|mij|zich) (?:ophangen|opknopen|verhangen)',
      `${height} ${G(2)}(?:springen|spring|af te springen|af springen|afspringen)`, `(?:spring|springen|sprong|springt) ${G(3)}(?:van|voor|onder|uit|af) ${G(2)}${height}`,
      'voor de (?:trein|metro)', `onder (?:de|een) (?:trein|metro|bus|vrachtwagen) ${G(1)}(?:gaan|springen|lopen|liggen|stappen)`, `(?:op het spoor|op de rails) ${G(1)}(?:gaan|liggen|staan|lopen)`,
      `afscheid ${G(1)}(?:genomen|nemen) van (?:iedereen|het leven|jullie|de wereld)`, `(?:dit is|dit wordt) ${G(1)}(?:mijn )?laatste (?:bericht|berichtje|brief)`,
      `(?:ik heb|heb) ${G(1)}(?:een )?(?:plan|manier) ${G(3)}(?:mezelf|er een eind|dood|niet meer)`, `weet ${G(2)}hoe ik ${G(2)}(?:er een eind|mezelf)`,
      // Self-harm.
      `${self} ${G(3)}(?:iets aan(?= |$)|wat aan(?= |$)|aandoen|aan doen|pijn (?:doen|te doen|gedaan)|snijden|snijd|snijdt|krassen|kras|verwonden|branden|slaan|dood(?:maken)?|vermoorden|doden|van kant maken)`,
      `(?:snijd|snijdt|snijden|sneed|kras|krast|krassen|kraste|verwond|brand|bonk|sla) ${G(2)}${self}`, `(?:doe|deed|doen|doet) ${self} ${G(1)}(?:pijn|iets aan|wat aan)`,
      `zich ${G(2)}(?:iets|wat) (?:aan|aandoen|aan te doen)`, `zich ${G(1)}(?:van kant|ophangen|doodmaken|vermoorden)`, '(?:in mijn|in mn|in haar|in zijn) (?:armen|arm|benen|polsen|pols) (?:snijden|gesneden|snijd|snijdt|kras|krassen|gekrast)',
      `(?:snijd|snijdt|snijden|sneed|kras|krast|krassen) ${G(2)}(?:in )?(?:mijn|mn|haar|zijn) (?:armen|arm|benen|polsen|pols|huid)`, 'mesje (?:gebruiken|gebruik|pakken)', `(?:mesje|scheermesje|glas|schaar) ${G(4)}(?:arm|armen|pols|polsen|been|benen|bovenbenen|huid)`,
      `(?:ik )?(?:wil|kan) niet meer ${G(2)}(?:ik )?(?:wil|kan) niet meer`,
    ],
    violence: [
      'huiselijk geweld', 'mishandel\\p{L}*', 'kindermishandel\\p{L}*', 'ouderenmishandel\\p{L}*', 'verkracht\\p{L}*', 'loverboy\\p{L}*', 'eergerelateerd\\p{L}*',
      'gedwongen (?:huwelijk|trouwen|uithuwelijk\\p{L}*)', 'uithuwelijk\\p{L}*', 'eerwraak', 'incest', 'pedo\\p{L}*', 'aanrand\\p{L}*', 'aangerand',
      `(?:seksueel|sexueel|sexsueel) ${G(1)}(?:misbruik|misbruikt|geweld|lastiggevallen|aangerand|overschreden)`, 'misbruikt', 'misbruik(?! van (?:vertrouwen|mijn gegevens|gegevens|mijn naam|de regeling))',
      `${hitVerb} ${G(2)}${victim}(?! ${G(1)}op)(?!\\S)`, `${perpetrator} ${G(2)}${hitVerb}(?! (?:${G(1)}(?:elkaar|nergens|op|deur|deuren|dicht|alarm|munt|toe|slag|over)|nooit|niemand|niet)(?!\\S))`,
      `(?:word|werd|worden|wordt|ben|is|zijn|was|wordt) ${G(4)}${harmed}`, `(?:heeft|had|hebben) ${G(1)}(?:me|mij|haar|hem|ons|de kinderen|mijn \\S+) ${G(5)}${harmed}`, `${victim} ${G(3)}${harmed}`,
      `(?:krijg|kreeg|krijgen|krijgt) ${G(2)}(?:klappen|slaag|een pak slaag|rammel|een klap|de riem|stokslagen|schoppen)`, `(?:met|op) (?:de|een) (?:riem|stok|slipper|pollepel) ${G(2)}(?:geslagen|slaan|slaat|sloeg)`,
      `slaan ${G(2)}(?:hun|de|mijn|zijn|haar) (?:kinderen|kind|zoon|dochter|vrouw)`,
      `dreigt ${G(4)}(?:te |om )?(?:vermoorden|doden|slaan|pakken|iets aan te doen|mee te nemen|af te pakken|dood te maken|dood te slaan|kapot te maken)`,
      `dreigt met ${G(1)}(?:geweld|een mes|slaan|doodslaan|de dood)`,
      `(?:me|mij|ons|haar) ${G(2)}(?:vermoorden|doodmaken|dood maken|doodslaan|dood slaan|opsluiten|op sluiten|afmaken)`, `(?:sluit|sloot|sluiten|sloten) ${G(2)}(?:me|mij|ons|haar|hem|de kinderen|mijn \\S+|oma|opa) ${G(3)}op(?!\\S)`,
      `(?:zit|zitten|zat) ${G(2)}opgesloten`, `(?:bang|angst) ${G(1)}voor (?:mijn|de|haar|zijn) ${perpetrator}`, `(?:hij|zij|ze) ${G(3)}(?:me|mij|ons|haar|hem|de kinderen) ${G(1)}(?:iets|wat) (?:aandoet|aandoen|aan doet|aan zal doen|aan gaat doen)`,
      `(?:mag|mogen) van (?:hem|haar|mijn \\S+) ${G(3)}(?:het huis|de deur|niet) ${G(1)}(?:niet )?(?:uit|weg|naar buiten)(?! ${G(1)}(?:na|voor|tot|zonder))`, `mag van (?:hem|haar|mijn \\S+) ${G(2)}niet (?:naar buiten|de deur uit|het huis uit|werken|bellen|naar mijn familie)`,
      `(?:pakt|neemt|nam|pakte|afgepakt|afgenomen|heeft) ${G(2)}(?:mijn|haar|ons) (?:paspoort|paspoorten|verblijfspas|id|identiteitskaart) ${G(1)}(?:af|afgepakt|afgenomen|weg|verstopt)`,
      `(?:pakt|neemt|nam|pakte|afgepakt) ${G(2)}(?:mijn|haar|zijn) (?:pensioen|aow|pinpas|bankpas|geld) ${G(2)}(?:af|weg)(?:${G(8)}(?:bang|durf|niet weg|niet naar buiten|opgesloten|eten))?`,
      `(?:krijg|krijgt|kreeg) ${G(2)}geen eten ${G(2)}(?:van (?:hem|haar|mijn|zijn)|als straf)`, `(?:hij|zij|ze|mijn \\S+) ${G(2)}(?:geeft|gaf) ${G(1)}(?:me|mij|haar|hem|ons) ${G(1)}geen eten`,
      // A secret at night, a child's way of telling sexual abuse without the words.
      `(?:komt|kwam|komen) ${G(3)}${night} ${G(3)}(?:mijn|op mijn|in mijn|naar mijn|bij mij in|bij me in) (?:kamer|bed)`, `${night} ${G(3)}(?:in|op|naar) (?:mijn|mn) (?:kamer|bed) ${G(6)}(?:aan|aanraken|aanzit|zit aan|doet|geheim|niet vertellen|pijn)`,
      `(?:zit|zat|zitten|raakt|raakte|aait|aaide|voelt|voelde) ${G(2)}(?:aan mij|aan me|me aan|mij aan|aan mijn (?:lichaam|borsten|billen|piemel|plassertje|kruis|onderkant))`, `aan (?:mijn|mn) (?:piemel|plassertje|borsten|billen|kruis|geslachtsdeel|vagina|penis) ${G(2)}(?:zitten|gezeten|zit|aangeraakt|aanraken)`,
      `(?:ons|ons kleine) geheim(?:pje)? ${G(6)}(?:vermoordt|straf|pijn|aanraken|kamer|bed|nachts)`, `mag ${G(2)}(?:aan niemand|niemand|nooit) ${G(2)}(?:vertellen|zeggen) ${G(4)}(?:anders|want|wat hij|wat zij|wat er|van hem|van haar)`,
      `(?:dwingt|dwong|gedwongen) ${G(3)}(?:seks|te vrijen|naar bed|tot seks|dingen (?:te doen|doen))`, `(?:foto|fotos|naaktfoto|naaktfotos|filmpje) ${G(3)}(?:van mij|van me) ${G(4)}(?:verspreiden|online zetten|sturen naar|doorsturen|chanteert|dreigt)`,
      'chanteert (?:me|mij)', 'sextortion',
      // Honour and forced marriage.
      `(?:familie|broers|broer|vader|ooms) ${G(4)}(?:vermoorden|doden|doodmaken|dood maken|afmaken|ombrengen) ${G(2)}(?:me|mij|haar|als)`, `(?:eer|familie-eer) ${G(4)}(?:vermoorden|doden|dood|bedreigd|bedreigen|straffen)`,
      `(?:moet|moeten|gaan) ${G(3)}(?:trouwen|uithuwelijken) ${G(4)}(?:wil niet|wil ik niet|tegen mijn wil|niet wil|bang)`, `meegenomen naar ${G(3)}(?:trouwen|uithuwelijken)`,
      // A child or neighbour who hears it.
      `(?:papa|mama|mijn vader|mijn moeder|mijn stiefvader|mijn stiefmoeder|hij|zij) ${G(3)}(?:slaat|sloeg|schopt|duwt|wurgt) ${G(2)}(?:mama|papa|mijn moeder|mijn vader|haar|hem)`,
      `(?:hoor|horen|hoorde|hoorden) ${G(6)}(?:klappen|slaan|gegil|gillen|gillend|om hulp|schreeuwen om hulp|huilen en schreeuwen|gekrijs)`, `(?:gillen|gilt|gillend|schreeuwt|schreeuwen) ${G(3)}om hulp`,
      `(?:hoor|horen|hoorde) ${G(6)}(?:kind|kinderen|baby|vrouw|meisje|jongetje) ${G(4)}(?:gillen|gillend|krijsen|krijst|huilen|huilt|schreeuwen) ${G(8)}(?:klappen|slaan|bonken|harde klap|stil|pijn|sla|slaat)`,
      `(?:blauwe plekken|striemen|brandwonden|blauw oog|bloedneus) ${G(6)}(?:van (?:hem|haar|mijn|zijn|haar)|hij|zij|gedaan|thuis|slaat|geslagen)`,
      // Threats and fear.
      `(?:zegt|zei|dreigt|dreigde|roept|schreeuwt) ${G(3)}(?:dat )?(?:hij|zij|ze) ${G(2)}(?:me|mij|ons|haar|de kinderen|mijn \\S+) ${G(2)}(?:vermoordt|vermoorden|doodmaakt|dood maakt|afmaakt|iets aan(?:doet| doet)|pijn (?:doet|gaat doen)|slaat|komt halen|gaat pakken)`,
      `(?:ben|zijn|is) ${G(2)}(?:bang|doodsbang) ${G(3)}(?:dat )?(?:hij|zij|ze|mijn \\S+) ${G(3)}(?:vermoordt|slaat|iets aandoet|pijn doet|doodmaakt|terugkomt|vindt)`,
      `(?:stalkt|stalken|achtervolgt|volgt) ${G(1)}(?:me|mij|ons|haar)`, 'contactverbod', 'straatverbod', 'huisverbod', `(?:door elkaar geschud|door elkaar schudt|door elkaar schudden|heeft geschud)`,
    ],
    emergency: [
      'bewusteloos', 'buiten bewustzijn', 'niet bij bewustzijn', 'flauwgevallen', `(?:ademt|ademen|ademde) ${G(2)}niet`, 'geen adem', '(?:krijgt|krijg|kreeg) geen lucht', 'kan niet (?:meer )?ademen',
      'blauw aangelopen', 'stikt', 'stikken', `(?:verslikt|verslikte) ${G(3)}(?:en|geen lucht|kan niet|blauw)`, 'reanimer\\p{L}*', 'hartmassage', 'aed',
      `(?:ligt|lag|gevallen|zit|zakt|zakte|viel) ${G(8)}(?:reageert|beweegt|praat) ${G(1)}niet`, `krijg (?:hem|haar|mijn \\S+|papa|mama|oma|opa) niet ${G(1)}wakker`, `(?:wordt|werd) ${G(1)}niet (?:meer )?wakker`,
      'in elkaar gezakt', 'ineengezakt', `(?:is|ligt) ${G(2)}(?:gevallen|op de grond) ${G(4)}(?:kan|kon|komt) ${G(2)}niet ${G(1)}(?:op|overeind|opstaan|omhoog)`, `gevallen ${G(2)}(?:kan|kon|komt) ${G(2)}niet ${G(1)}(?:op|overeind|opstaan|omhoog)`,
      `(?:ligt|lag) ${G(3)}(?:al )?(?:uren|de hele nacht|sinds gisteren) ${G(2)}op de grond`,
      'in brand', 'er is brand', 'brand in', 'brand bij', 'het brandt', 'staat in de fik', 'in de fik', 'vlammen', 'rook uit', 'brandlucht', `rook ${G(3)}(?:onder|uit|door|bij) (?:de |het )?(?:deur|raam|ramen|dak|trappenhuis)`, `(?:rookmelder|brandalarm|brandmelder) ${G(4)}(?:af|loeit|piept|gaat)`, 'rookontwikkeling', `(?:ruik|ruikt|rook) ${G(2)}(?:brand|rook|gas)`,
      'gaslek', 'gaslucht', 'ruik gas', 'koolmonoxide', '(?:co|koolmonoxide|rook)melder (?:gaat|piept|loeit)',
      `(?:met|heeft|had|pakt|pakte|trok|trekt|zwaait|zwaaide|draagt|dreigt|hield|houdt|staat) ${G(3)}(?:een |het |zijn |haar )?${weapon}(?! (?:en vork|slijpen|geslepen))`, '(?:pistool|vuurwapen|geweer|schietpartij|neergeschoten|beschoten|neergestoken|steekpartij|gestoken met)',
      `(?:bloedt|bloeden|bloedde) ${G(3)}(?:erg|veel|hevig|heel hard|niet te stoppen|enorm|als een rund|overal)`, 'bloed (?:stopt niet|blijft komen)', 'slagader',
      'overdosis', `(?:te veel|teveel|een hele strip|alle) ${G(2)}${pills} ${G(2)}(?:ingenomen|geslikt|genomen|op)`, `(?:heeft|hebben) ${G(1)}pillen geslikt`,
      'hartaanval', 'hartstilstand', 'beroerte', 'herseninfarct', 'tia', `(?:pijn|druk|steek) op ${G(1)}(?:de|mijn|zijn|haar) borst`, `(?:scheve|hangende) (?:mond|gezicht) ${G(4)}(?:praat|arm|kan niet)`,
      `(?:\\p{L}*mondhoek|mond|gezicht|gezichtshelft) ${G(2)}(?:hangt|scheef|zakt)`, `(?:spreekt|praat|praten) ${G(4)}(?:onduidelijk|raar|wartaal|brabbelt|dubbel)(?! ${G(3)}(?:over|tegen))`, `(?:keel|tong|lippen|lip|gezicht|mond) ${G(3)}(?:dik|dikker|zwelt|opgezwollen|gezwollen|dicht|zit dicht)`, `(?:slok|gedronken|opgedronken|ingeslikt|doorgeslikt|gegeten|binnengekregen) ${G(4)}(?:wc ?reiniger|reiniger|bleek|chloor|ontstopper|gootsteenontstopper|lampolie|afwasmiddel|vaatwastablet|wasmiddel|pods|batterij|knoopcel|terpentine|antivries|rattengif|gif|schoonmaakmiddel|medicijnen van)`, '(?:wc ?reiniger|ontstopper|lampolie|knoopcel|rattengif) (?:gedronken|ingeslikt|binnengekregen|op)', 'epileptische aanval', 'insult', 'stuipen', 'toeval (?:gehad|krijgt)', 'anafylact\\p{L}*', `allergische reactie ${G(3)}(?:zwelt|lucht|ademen)`,
      `(?:al|sinds) ${G(1)}(?:dagen|een week|weken|lang) ${G(3)}niet (?:meer )?gezien ${G(8)}(?:post|brievenbus|gordijnen|stank|ruikt|licht|reageert|opendoen|open doet|doet niet open)`,
      `(?:post|brievenbus|kranten) ${G(4)}(?:puilt|stapelt|vol|ligt|liggen) ${G(10)}(?:niet (?:meer )?gezien|reageert niet|doet niet open|niet open|stank)`, `(?:doet|deed) ${G(2)}niet (?:meer )?open ${G(8)}(?:dagen|al een week|niet gezien|stank|ruikt)`,
      'bel(?:len)? 112', '112 bellen', '(?:ambulance|ambu) (?:nodig|bellen|komen|te bellen)', `(?:ligt|lag) ${G(4)}te (?:schokken|stuiptrekken)`, 'ziekenwagen (?:nodig|bellen)',
    ],
  },
  concern: {
    suicide: [
      `zie het ${G(2)}niet (?:meer )?zitten(?! om| met (?:die|de|dat|het) (?:afspraak|gesprek|baan|werk|school|verhuizing))`, `(?:geen|niet meer) ${G(1)}(?:uitweg|oplossing) (?:meer|zien|voor mij)`, `zie ${G(1)}geen ${G(1)}(?:uitweg|toekomst|licht)`,
      `(?:het )?(?:heeft|is) ${G(2)}(?:allemaal )?geen (?:nut|zin) meer(?! ${G(2)}(?:om te bellen|om te mailen|om te wachten|om naar|om te solliciteren|om te sparen|bij de gemeente))`, `wat heeft ${G(2)}(?:nog )?(?:voor )?(?:zin|nut)(?! ${G(3)}(?:bellen|brief|mail|gemeente|formulier|solliciteren))`,
      `(?:ik )?wil (?:het )?niet meer(?= (?:en|ik|echt|hoor|help|sorry|alles|leven)(?!\\S)|$)`, `(?:ik )?kan (?:het )?niet meer(?= (?:help|sorry|ik wil|alles)(?!\\S))`, 
      `(?:ben|voel me) ${G(2)}(?:alleen maar )?(?:een )?(?:last|blok aan het been)(?! van)`, '(?:tot last|last voor iedereen|last voor mijn)', `(?:moe|zat|klaar) ${G(1)}(?:van|met) (?:alles|het leven|leven|mijn leven|dit leven)`,
      `(?:wil|wilde|wilt|wou) ${G(2)}(?:verdwijnen|weg van alles|rust voor altijd|eeuwige rust|voor altijd slapen|slapen voor altijd)`, `(?:wil|wilde|wilt|wens|hoop) ${G(2)}dat (?:alles|het allemaal|het leven|het) ${G(1)}(?:ophoudt|stopt|voorbij is|over is)`,
      `(?:wil|wilde|wou|verlang) ${G(2)}(?:bij|naar) (?:mijn|mn) (?:overleden|dode) `, `(?:hoop|wou|wil) ${G(3)}(?:snel|gauw|ook) ${G(2)}bij (?:hem|haar) (?:te )?(?:zijn|ben)`, 'mag ik (?:ook )?(?:snel )?(?:gaan|sterven)',
      `(?:alles|het leven) ${G(1)}is ${G(1)}(?:zwart|donker|zinloos|uitzichtloos)`, 'uitzichtloos', 'hopeloos', 'wanhopig', 'radeloos', `(?:alles|mijn spullen|mijn spulletjes) ${G(2)}(?:weggeven|weg geven|weggegeven)`,
      `(?:gedachten|denk|dacht|denken) ${G(3)}(?:aan|over) ${G(1)}(?:dood|doodgaan|sterven|er niet meer zijn|de dood)`, `(?:denk|dacht) ${G(3)}(?:een einde|er een eind)`, 'donkere gedachten', `nare gedachten ${G(2)}(?:over|dood)`, 'rare gedachten',
      `(?:niemand|geen mens) ${G(2)}(?:zou|zal|gaat) ${G(1)}(?:het )?(?:merken|missen)`, `(?:opgeven|opgegeven|geef het op)(?! ${G(3)}(?:aangifte|belasting|formulier|inkomen|adres))`,
      `(?:snijd|snijdt|krassen|kras) ${G(2)}(?:soms|weer|nog)`, `(?:pillen|medicijnen|tabletten) ${G(4)}(?:allemaal|tegelijk|in een keer)`, `laatste ${G(1)}(?:keer|dag|avond) ${G(3)}(?:dat|hier|voor mij)`,
      `(?:brug|spoor|dak|flat) ${G(3)}(?:gestaan|staan|gelopen|stond|zat)(?:${G(6)}(?:naar beneden|keek|durfde|springen))`,
      `(?:hij|zij|ze|mijn \\S+) ${G(3)}(?:praat|praatte|zegt|zei|schrijft|schreef|post|postte) ${G(3)}(?:over )?(?:dood|doodgaan|afscheid|sterven|niet meer leven|geen zin)`,
      `als (?:ik|je|hij|zij|ze) er ${G(1)}niet (?:meer )?(?:ben|bent|is|zijn|zou zijn|was)(?! (?:om|op|tussen|van|voor|morgen|vandaag|deze|volgende|vanavond|vanmiddag|thuis|bij|\\d))`, `beter af ${G(4)}(?:zonder|bij|als)`, `niemand ${G(1)}(?:meer )?last ${G(1)}van (?:mij|me)`,
      `(?:bij|op|naar) (?:het spoor|de brug|het dak|de rails|de overweg|het viaduct) ${G(2)}(?:gestaan|staan|stond|gezeten|gelopen|geweest)`, `het ${G(1)}niet (?:meer )?zie zitten`,
      `(?:is|was) ${G(2)}mooi geweest`, `(?:niet|geen) ${G(5)}(?:nog )?(?:wil|zal|ga|wou) (?:meemaken|mee maken|beleven|halen)`, `(?:niet meer|nooit meer) ${G(2)}(?:meemaken|mee maken|beleven)`,
      `hoeveel ${pills} ${G(8)}(?:tegelijk|dodelijk|te veel|teveel|overdosis|sterven|dood|in een keer)`, `(?:hoog genoeg|diep genoeg)`, `(?:mesje|scheermesje|krassen|snijden) ${G(4)}(?:arm|armen|pols|been)`,
      `(?:wil|wou) ${G(3)}naar (?:mama|papa|moeder|vader|mijn vrouw|mijn man|hem|haar) toe`, 'er niet meer bij (?:hoor|horen)', `(?:snelste|pijnloze|makkelijkste|zekerste|beste) manier ${G(3)}(?:zonder pijn|om dood|om te sterven|om eruit|om er)`, 'snelste manier zonder pijn', `(?:hoeveel|welke dosis) ${G(8)}dodelijk`, 'dodelijke dosis',
      `(?:motor|auto) ${G(3)}aan ${G(6)}(?:garage|durfde|dicht)`, 'uitlaatgassen', `durfde ${G(1)}het ${G(1)}(?:toch )?niet(?= |$)(?! te)`, `(?:heb|ik heb) ${G(2)}(?:een )?datum ${G(2)}(?:gekozen|geprikt|bepaald)`,
      `(?:niet meer bij|er niet meer) ${G(3)}voor altijd`, `voor altijd ${G(3)}(?:sorry|vaarwel|dag|doei)`, `na (?:vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|morgen|vanavond|vannacht|deze week) ${G(4)}(?:niks|niets|niet) meer`,
    ],
    violence: [
      `(?:durf|durft|durven) ${G(3)}niet (?:meer )?(?:naar huis|thuis te komen|terug naar huis|thuis)`, `(?:bang|angstig) ${G(3)}(?:om )?(?:naar huis|thuis)(?! ${G(2)}(?:alleen te zijn|alleen))`,
      `(?:thuis|daar|bij ons) ${G(3)}(?:gebeuren|gebeurt|gebeurde) ${G(2)}(?:dingen|iets|van alles) ${G(6)}(?:niet|niemand|geheim|mag|durf|praten|vertellen|zeggen)`, `(?:mag|durf) ${G(3)}niet (?:over )?(?:praten|vertellen|zeggen) ${G(4)}(?:wat|thuis|van hem|van haar|anders)`,
      `niemand ${G(2)}(?:mag|mocht) ${G(2)}(?:het )?weten`, 'blauwe plek\\p{L}*', 'striemen', `(?:hij|zij|ze) ${G(2)}(?:wordt|werd) ${G(1)}(?:heel )?(?:boos|kwaad|agressief) ${G(6)}(?:dan|en dan|bang|pijn|gooit|slaat|schreeuwt|sla)`,
      'agressie\\p{L}*', 'agressief', `(?:hij|zij|ze|mijn \\S+) ${G(2)}(?:controleert|checkt|leest) ${G(1)}(?:mijn|al mijn) (?:telefoon|berichten|whatsapp)`, `(?:mag|mocht) ${G(2)}(?:van hem|van haar|van mijn \\S+) ${G(3)}niet`,
      `(?:pakt|pakte|neemt|nam|houdt|beheert) ${G(2)}(?:mijn|haar|zijn) (?:pensioen|aow|pinpas|bankpas|geld|uitkering|telefoon|sleutels) ${G(2)}(?:af|weg|in|zonder)`, `(?:haalt|haalde|pint|pinde) ${G(3)}geld ${G(3)}(?:van|zonder) ${G(3)}(?:rekening|vragen|te vragen|toestemming)`,
      `(?:schreeuwt|schreeuwen|gillen|gilt|huilt|huilen|krijsen|krijst) ${G(6)}(?:klappen|bonken|gebonk|slaan|harde klap)`, `(?:harde )?(?:klappen|gebonk|gegil) ${G(4)}(?:hiernaast|bij de buren|boven|beneden|muur)`,
      `(?:ruzie|ruziemaken|ruzies) ${G(6)}(?:slaan|duwen|gooien|gooit|pijn|bang|politie|gewond|geweld|handtastelijk)`, 'handtastelijk', `(?:hij|zij|ze|mijn \\S+) ${G(3)}(?:bedreigt|bedreigde|intimideert)`,
      `(?:raakt|raakte|zit|zat) ${G(2)}(?:aan|me aan|mij aan)(?=${G(6)}(?:niet fijn|vies|raar|ongemakkelijk|wil niet|niet wil))`, '(?:vies|raar|ongemakkelijk) (?:aanraakt|aangeraakt|aanraken)',
      `(?:kind|kinderen|kindje) ${G(4)}(?:verwaarloosd|verwaarlozing|geen eten|alleen thuis gelaten|vies en hongerig|vaak alleen)`, 'verwaarlo\\p{L}*', `(?:ouders|vader|moeder) ${G(3)}(?:slaan|sloeg|slaat)`,
      `(?:pakt|pakte) ${G(3)}(?:mijn|haar) (?:pinpas|pas|geld)`, `opgesloten`, `(?:trouwen|huwelijk) ${G(3)}(?:moet|moeten|gedwongen|geregeld) ${G(4)}(?:wil niet|bang|niet wil)`,
      `(?:doet|deed|doen) ${G(3)}dingen ${G(2)}die (?:niet mogen|ik niet wil|niet goed zijn|niet normaal)`, `(?:vermoordt|vermoorden|maakt|slaat) ${G(1)}(?:me|mij) ${G(1)}(?:dood )?als ${G(2)}(?:weet|hoort|ziet|ontdekt|merkt|erachter)`,
      `(?:te )?schande ${G(4)}(?:gemaakt|familie|eer)`, 'familie-eer', `eer van (?:de|onze|mijn) familie`, `(?:familie|zij|ze) ${G(3)}(?:het )?zelf (?:wel )?(?:regelt|regelen|oplossen)`,
      `(?:kinderen|kind) ${G(2)}nooit meer ${G(1)}(?:zien|zie|ziet)`, `(?:op een andere manier|in natura) ${G(2)}(?:betalen|terugbetalen)`, `(?:fotos|foto|filmpjes|naaktfotos) ${G(4)}(?:rondstuurt|rondsturen|doorsturen|verspreiden|online)`,
      `(?:je|ik|jij) ${G(1)}(?:wel )?(?:zal|zult|gaat|ga) zien wat er (?:gebeurt|gaat gebeuren)`, `bang als ik ${G(2)}(?:auto|sleutel|sleutels|stem|voetstappen) ${G(1)}hoor`, `(?:vermoordt|vermoorden|doodmaken|dood maken|doodslaan|afmaken) ${G(1)}(?:me|mij|ons)`,
      `mag ${G(2)}niet zonder (?:hem|haar) ${G(3)}(?:de deur uit|naar buiten|weg|het huis uit)`, `(?:gehecht|hechtingen) ${G(8)}(?:gevallen|gegooid|tegen mijn hoofd|boos)`, `(?:zeg|zei|vertel) ${G(4)}dat ik ${G(1)}(?:ben )?(?:gevallen|gestoten)`, `(?:raakt|raakte) ${G(2)}het kwijt ${G(6)}(?:baby|kind|schud|slaat|schreeuw)`,
      `(?:opnames|afschrijvingen|pinopnames|geld weg) ${G(10)}(?:niet herinnert|weet niet|zonder|bang)`, `(?:pensioenpas|bankpas|pinpas|pension card|bank card) ${G(6)}(?:heeft zij|heeft hij|nu|afgepakt|beheert)`,
      `(?:ergens|waar) ${G(2)}heen ${G(6)}(?:vannacht|vanavond|met (?:mijn|de) (?:kinderen|dochter|zoon|dochtertje|zoontje))`, `(?:blijf van mijn lijf\\p{L}*|vrouwenopvang|safe house|geheime opvang)`,
      `(?:blauw oog|blauwe ogen|zonnebril) ${G(6)}(?:van|tegen|hij|regen|regent|binnen)`, 'tekeer(?:gaan|gaat|ging)', `komt ${G(4)}binnen ${G(4)}(?:douche|bad|omkleed|slaap|naakt)`,
    ],
    emergency: [
      `(?:ligt|lag) ${G(2)}op de grond`, `(?:valt|viel|gevallen) ${G(4)}(?:hoofd|bloed|kan niet opstaan|niet meer op)`, `(?:kan|kon) ${G(1)}(?:bijna )?niet (?:meer )?(?:ademen|praten|bewegen)`,
      `(?:ruik|ruikt|rook) ${G(3)}(?:raar|vreemd|stank|gas)`, `(?:niet|nooit) ${G(2)}(?:meer )?gezien ${G(4)}(?:dagen|week|weken)`, `(?:al|sinds) ${G(1)}(?:dagen|een week) ${G(3)}niet (?:meer )?gezien`,
      `(?:verward|suf|slap|grauw|lijkbleek|zweet) ${G(6)}(?:reageert|valt|ligt|ademt|praat)`, '(?:veel|heel veel|overal) bloed', 'bloed overal', `koorts ${G(3)}(?:baby|41|42)`,
      `(?:dementie|alzheimer|dement) ${G(12)}(?:vermist|niet (?:meer )?terug|nog (?:steeds )?(?:weg|niet terug|zoek)|al \\S+ (?:uur|uren) weg|uur weg)`, 'vermist', `(?:schokt|schokken|stuiptrekt|stuiptrekken)`,
    ],
  },
  signals: {
    suicide: [
      // Farewells and affairs put in order.
      ['afscheid', 'vaarwel', 'laatste (?:bericht|berichtje|keer|brief)', '(?:dank|dankje|dankjewel|bedankt) voor alles', 'je was de (?:beste|liefste)', 'zorg goed voor', 'het ga (?:je|jullie) goed', 'testament', 'zaken (?:afgewikkeld|geregeld|op orde)', 'alles (?:geregeld|op orde)', 'brief(?:je|jes|ven)? (?:geschreven|achtergelaten) (?:voor|aan)', 'niet (?:meer )?terug (?:te )?(?:schrijven|bellen)', `(?:hebt|heeft|heb) er meer aan dan ik`, 'hoeven (?:me )?niet meer (?:te )?(?:bellen|zoeken)', 'een goed (?:huis|tehuis|baasje)'],
      // Giving things away.
      [`(?:gegeven|weggegeven|weggeven|geef|gaf|overdragen|overgedragen|verkocht|gebracht|wil hebben|mag hebben|mogen hebben|kan krijgen|krijgt|opgehaald) ${G(6)}(?:spullen|gereedschap|sleutels|boot|kat|hond|poes|boeken|sieraden|collectie|fiets|auto|kleren|skins|account|gitaar|planten|kamerplanten|verzameling|spelcomputer|playstation)`, `(?:spullen|gereedschap|sleutels|boot|kat|hond|poes|boeken|sieraden|collectie|skins|account|gitaar|planten|kamerplanten|verzameling|playstation) ${G(6)}(?:gegeven|weggegeven|weggeven|overdragen|overgedragen|gebracht|wil hebben|mag hebben|mogen hebben|naar (?:mijn|de|een))`],
      // Means and places.
      [pills, 'strip', 'touw', 'mesje', 'scheermesje', 'spoor', 'overweg', 'brug', 'dak van', 'hoog genoeg', 'levensverzekering', 'rails'],
      // Hopelessness, being a burden, no future.
      ['geen (?:zin|nut) meer', 'zinloos', 'uitzichtloos', 'hopeloos', 'geen toekomst', 'kan niet meer', 'trek het niet', 'klaar mee', 'klaar met alles', 'moe van alles', 'op is op', 'mooi geweest', 'hoeft niet meer', 'last (?:van mij|voor iedereen)', 'tot last', 'beter af', 'er niet meer bij', 'niks meer', 'niets meer', 'geen uitweg', 'ik ben op', 'leeg van binnen', 'niemand (?:weet|merkt|mist)', 'niet meer in staat', `maakt (?:me|mij) ${G(1)}(?:niks|niets) meer uit`, 'teleurgesteld', 'weer (?:gaan )?(?:drinken|gebruiken)', 'slecht gevoel', 'voor altijd', 'sorry (?:mannen|jongens|allemaal|iedereen)', 'weet (?:eigenlijk )?niet waarom ik dit (?:typ|schrijf)'],
      // Alarm about someone who went silent after strange words.
      ['reageert (?:niet|nie) meer', 'stil', 'komt niet meer', 'dodelijk', 'opzoek(?:en)? hoeveel', 'googel\\p{L}*', 'medicijnkar', 'neemt (?:niet|nie) (?:meer )?op', 'niet (?:meer )?bereikbaar', 'zoiets (?:raars|vreemds|geks) gezegd', 'raar (?:bericht|berichtje)', 'woont alleen'],
      // A future that stops.
      [`(?:volgende|komende) (?:week|maand) ${G(3)}niet meer`, 'niet meer (?:meemaken|mee maken|nodig hebben)', 'na (?:vandaag|vanavond|morgen) niet meer', 'vanaf (?:morgen|volgende week) (?:niet|nooit) meer', 'voor het laatst', 'niet meer (?:wakker|op)'],
    ],
    violence: [
      // Control: money, phone, keys, permission.
      [`beheert ${G(2)}(?:geld|bankpas|pinpas|rekening|pensioen|aow|uitkering)`, 'locatie', `salaris ${G(4)}(?:zijn|haar) rekening`, 'boodschappengeld', 'zakgeld', 'opnames', 'pensioenpas', 'mag (?:hij|zij|ze|ik) (?:niet meer )?(?:alleen )?(?:de deur|naar buiten)', 'wil altijd weten waar', `(?:kijkt|controleert|checkt|leest) ${G(2)}(?:telefoon|berichten|whatsapp)`, 'telefoon na', `(?:deur|voordeur) ${G(2)}op slot`, 'sleutel mee', 'bonnetjes laten zien', `(?:moet|mag) ${G(3)}(?:toestemming|vragen|van hem|van haar)`, 'mag niet (?:weg|naar buiten|werken|bellen|afspreken)', 'geen geld voor (?:boodschappen|eten)', 'euro per week', 'paspoort', 'niet (?:meer )?bellen'],
      // Fear and anger at home.
      [`(?:wordt|werd|is) ${G(2)}(?:boos|kwaad|woedend|agressief|dronken|driftig)`, 'bang (?:voor|dat) (?:hem|haar|hij|zij)', 'durf (?:het )?(?:niet|aan niemand)', 'mijn schuld', 'dagen stil', 'tekeer', 'schreeuwt', 'gooit met', 'op eieren lopen', 'bang', 'slaap (?:bijna )?niet'],
      // Injuries and excuses for them.
      ['blauwe plek\\p{L}*', 'blauw oog', 'zonnebril', 'kastdeur', 'gevallen van de trap', 'pijn (?:aan|in) (?:mijn|haar|zijn) (?:arm|pols|nek|rug|gezicht)', 'striemen', 'bloedneus', 'kneuzing\\p{L}*', 'geduwd', 'pijn'],
      // Secrets and not being allowed to tell.
      ['geheim\\p{L}*', 'niemand weet'],
      // Not allowed to tell, afraid what telling does.
      ['niemand (?:mag|mocht)', 'niet vertellen', `mag ${G(2)}(?:niks|niets|niet) ${G(2)}(?:zeggen|vertellen)`, 'als ik het (?:zeg|vertel|tegen)', 'zonder dat (?:het|ze)', 'anoniem', 'wil niet meer naar', 'logeren', 'logeerweekend', 'bij oom', 'met oom'],
      // Sexual boundaries.
      ['douche', 'mijn kamer (?:binnen|in)', 'op schoot', 'aanraken', 'aangeraakt', 'aan me', 'billen', 'borsten', 'naakt', 'fotos', 'seks', 's nachts'],
      // Honour and family pressure.
      ['schande', 'eer', 'uithuwelijken', 'trouwen', 'getrouwd', 'neef', 'op vakantie', 'familie (?:regelt|zegt|beslist)', 'broers', 'moskee'],
      // Threats.
      ['dreigt', 'dreigde', 'bedreigd', 'zegt dat (?:hij|ze|zij)', 'heeft gezegd dat', 'afgelopen', 'in wat voor bui', 'ergens heen', 'als ik (?:het uitmaak|wegga|scheid|ga)', 'nooit meer zien', 'rondstuurt', 'afpakken', 'meenemen'],
      // A child in distress, a neighbour who hears.
      ['huilt en schreeuwt', 'gillen', 'gilt', 'roept om (?:zijn|haar) (?:mama|papa|moeder|vader)', 'krijsen', 'gebonk', 'harde klappen', 'achter de muur', 'niemand doet open'],
    ],
    emergency: [
      ['reageert (?:niet|nie)', 'doet (?:niet|niemand) open', 'niemand doet open', 'geen gehoor', 'neemt (?:niet|de telefoon niet) op', 'niet bereikbaar', 'niet wakker'],
      ['al (?:dagen|uren|een week)', 'sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vorige week)', 'niet meer gezien', 'sinds (?:gisteren|vanochtend|vannacht)', 'al \\d+ (?:uur|dagen)', 'de hele nacht', 'uur weg', 'dagen niet'],
      ['stank', 'rare lucht', 'brandlucht', 'rook', 'gas', 'ruik', 'ruikt', 'krant', 'post', 'gordijnen (?:zijn )?dicht', 'licht brandt', 'brievenbus'],
      ['schokken', 'schokt', 'onduidelijk', 'scheef', 'benauwd', 'grauw', 'lijkbleek', 'pijn op de borst', 'valt om', 'gevallen', 'bloed', 'blauw', 'koud en', 'verward', 'ademt', 'bewustzijn', 'flauw'],
      ['dementie', 'dement', 'alzheimer', 'woont alleen', 'baby', 'diabetes', 'hartpatient', 'epilepsie', '\\d\\d jaar oud', 'bejaard', 'oude (?:man|vrouw|buurman|buurvrouw)'],
      ['iets genomen', 'drugs', 'xtc', 'ghb', 'te veel gedronken', 'overdosis', 'feestje'],
    ],
  },
  figurative: [
    `(?:lach|lachen|lachte|schrik|schrok|schrikken|verveel|verveelde|vervelen|werk|werken|schaam|schaamde|ergerde|erger|zweet|zweette|zoek|zocht) ${G(1)}(?:me|mij|mezelf|ons|je|zich) ${G(1)}(?:dood|rot|kapot|het apelazarus|een ongeluk|gek)`,
    `(?:telefoon|mobiel|gsm|batterij|accu|laptop|computer|plant|plantje|planten|auto|tv|televisie|wifi|internet|lijn|printer|tablet|ipad|lamp|fiets|wasmachine|koelkast|boiler|verwarming|vis|goudvis|hamster|konijn|kat|hond|oma|opa) ${G(2)}(?:is|was|ging|gaat|lijkt) ${G(2)}dood`,
    'dood op', 'doodmoe', 'doodziek', 'doodsbang', 'doodeng', 'doodnormaal', 'doodstil', 'doodgewoon', 'doodzonde', 'doodsaai', 'dodelijk saai', 'doodop', 'doodleuk',
    `ga ${G(1)}dood van (?:de )?(?:honger|dorst|kou|warmte|hitte|verveling|schaamte|het lachen|de stress|stress|de zenuwen|nieuwsgierigheid)`, 'over mijn lijk', 'al zou je me doodslaan', 'ik kan je wel (?:vermoorden|wurgen|schieten)',
    `(?:slaat|sloeg|slaan) ${G(1)}(?:nergens|niet|wel|alleen|ook|vooral) op`, 'slaat op (?:wat|dat|het|de|die)', 'alarm slaan', 'sla ik over', 'slaan (?:een )?(?:munt|slag|brug)', 'slaat (?:een )?(?:brug|slag)', 'toeslag\\p{L}*', 'opslag', 'aanslag(?:en)?(?! op)', 'uitslag', 'afslag',
    `slaan ${G(1)}elkaar ${G(3)}(?:spelen|spel|speelt|spelletje|voetbal|grap|voor de grap)`, 'mes snijdt aan twee kanten', 'snijdt hout', 'mes en vork',
    'brandend maagzuur', 'brandstof\\p{L}*', 'brandweer\\p{L}*', 'brandverzekering', 'brandmelder', 'brandblusser', 'brandgang', '(?:in|met) vuur en vlam', 'vuurwerk', 'als een lopend vuurtje',
    `(?:die|de|dat|deze|het) (?:bureaucratie|rekening|rekeningen|baan|stress|hitte|werk|administratie|school|toets|toetsen|huur|regels|wachtlijst|gemeente|belastingdienst|formulieren) ${G(1)}(?:vermoordt|sloopt|maakt) ${G(1)}(?:me|mij)(?: kapot| gek)?`,
    'dood(?:ge)?lopen (?:eind|weg|straat|spoor)', 'doodlopend\\p{L}*', 'doodgeboren', 'doodvonnis', 'de dood van mijn', 'na de dood van', 'sinds de dood van', 'sinds (?:mijn|zijn|haar) \\S+ (?:dood|overleden) is',
    // Said not to be so; a second, unnegated signal in the message still counts.
    `(?:geen|nooit|niet) ${G(1)}(?:zelfmoordgedachten|suicidale gedachten|suicidaal|doodswens)`, `(?:denk|dacht|heb) ${G(1)}(?:niet|nooit) ${G(2)}aan zelfmoord(?: gedacht)?`, 'ben niet suicidaal',
    `(?:zou|ga|zal) (?:mezelf|mijzelf|mij|me) ${G(1)}nooit ${G(1)}(?:iets )?(?:aandoen|aan doen)`, `(?:nooit|niet) ${G(1)}(?:mezelf|mijzelf) ${G(1)}(?:iets )?(?:aandoen|aan doen)`, `wil ${G(1)}niet dood`, 'ben niet in gevaar', 'geen gevaar',
    `(?:hij|zij|ze|mijn \\S+) ${G(1)}(?:heeft|slaat|sloeg) ${G(1)}(?:me|mij) ${G(1)}(?:nooit|niet) ${G(1)}(?:geslagen|aangeraakt|pijn gedaan)?`, '(?:mijn )?(?:vader|moeder|man) slaat nooit',
    // Over and done with: told as the past, with nothing pointing to now.
    `(?:vroeger|jaren geleden|toen ik (?:klein|jong|kind) was|als kind|in mijn jeugd) ${G(4)}(?:geslagen|sloeg|mishandeld|misbruikt|slaan)(?! ${G(4)}(?:nu weer|nu nog|nu ook|weer|nog steeds|nog altijd|nog elke))`,
    `zie het niet zitten (?:om|dat|met die|met het|met de)`, `zie ${G(1)}geen (?:uitweg|oplossing) (?:uit|voor) (?:de|mijn|die|deze|het) (?!leven)\\S+`,
    `(?:gegevens|digid|identiteit|naam|pas|pinpas|account|bankrekening|vertrouwen) ${G(2)}(?:is|zijn|werd|worden|wordt) ${G(1)}misbruikt`, 'misbruik (?:van|maken)',
    `(?:de|het|die|dat|mijn) (?:drukte|druk|hitte) ${G(2)}op (?:de|mijn) borst`, 'geheimhouding\\p{L}*', 'beroepsgeheim', 'geheim(?:e)? (?:recept|cadeau|verrassing|santa|vriend|feest)',
    'bang (?:voor de|voor een|dat ik) (?:tandarts|dokter|toets|examen|sollicitatie|uitslag|brief|rekening|honden|hond|spinnen|vliegen|de gemeente)',
    'gek van (?:de|die|dat|het) (?:herrie|lawaai|geluid|buren)',
    `(?:spreekbeurt|werkstuk|presentatie|folder|folders|voorlichting|les|cursus|training|scriptie|onderzoek|film|serie|boek) ${G(2)}over (?:zelfmoord\\p{L}*|suicide\\p{L}*|huiselijk geweld|kindermishandeling|mishandeling|verkrachting)`, 'zelfmoordpreventie',
    `(?:heeft|had) ${G(1)}(?:me|mij) (?:vroeger|ooit|jaren geleden|lang geleden|een keer|eens) ${G(3)}(?:geduwd|geslagen|geschopt)(?! ${G(4)}(?:nu weer|weer|nog steeds|nog altijd|vanavond|gisteren))`,
    `(?:ben|was) ${G(2)}(?:een keer|ooit|vorige week|vorig jaar|laatst|toen) flauwgevallen`, `(?:vorige week|vorig jaar|vorige maand|een tijd geleden|jaren geleden) ${G(2)}(?:was|had|hadden) ${G(2)}(?:er )?(?:een )?brand`,
    'gelukkig (?:is )?niemand gewond', 'nee geintje', 'grapje', 'bijna in (?:de )?brand', `(?:sla|sloeg) ${G(1)}(?:mezelf|mijzelf|me) ${G(2)}voor (?:mijn|mn|de) (?:kop|hoofd)`, 'zelfmoord(?:actie|missie|kruising|weg|rit)', `(?:not|never|niet|nooit|geen) ${G(1)}suicid\\p{L}*`,
    `niet dat ik ${G(1)}er ${G(1)}(?:een )?eind(?:e)? aan ${G(1)}(?:wil|ga|zou) ${G(1)}(?:maken|willen maken)`, `geen ${G(1)}gedachten (?:aan|over) ${G(1)}(?:zelfmoord|dood|doodgaan|een eind)`,
    `(?:bijt|bijten|schopt|schoppen|slaat|slaan|duwt) ${G(3)}(?:op|in|bij) de (?:creche|opvang|peuterspeelzaal|klas|school|bso|speelplaats)`, `(?:niks|niets|niet|nergens) ${G(1)}in brand`, 'geen brand', `(?:krijg|kreeg|krijgt) ${G(1)}(?:bijna|zowat|haast|nog) een hartaanval`, `straks ${G(2)}(?:staat|gaat|staan) ${G(2)}in de fik`,
    `(?:herseninfarct|beroerte|hartaanval|hartinfarct|tia) ${G(1)}(?:heeft|had|hebben|heb) gehad`,
    `(?:sinds|na|door) (?:mijn|zijn|haar|de|een|het) (?:herseninfarct|beroerte|hartaanval|hartinfarct|tia|brand|ongeluk|overdosis|val)`, `(?:heb|had|heeft|hebben) ${G(2)}(?:een )?(?:herseninfarct|beroerte|hartaanval|hartinfarct|tia) (?:gehad|overleefd)`, 'ik word er gek van', 'hond van de buren', 'mijn hoofd ontploft',
  ],
  past: {
    past: ['vorige (?:maand|week)', '\\d+ (?:jaar|jaren|maanden|maand|weken) geleden', '(?:een paar|twee|drie|vier|vijf|tien|veel|jaren|maanden|lang) (?:jaar |jaren |maanden )?geleden', 'vroeger', 'vorig jaar', 'toen ik (?:klein|jong|kind|tiener|\\d+) was', 'in mijn jeugd', 'als kind', 'in het verleden', 'destijds'],
    present: ['(?<!gaat )nu weer', 'nu nog', 'opnieuw', 'sinds kort', 'vannacht', 'vanavond', 'vanochtend', 'gisteren', 'gisteravond', 'vandaag', 'afgelopen (?:week|nacht|weekend)', 'deze week', 'begint weer', 'weer begonnen', 'is terug'],
    resolved: ['niemand (?:is )?gewond', 'gelukkig (?:niks|niets) ergs', `(?:gaat|ging) ${G(2)}(?:nu )?(?:echt |heel |weer )?(?:goed|beter|prima)`, 'achter (?:me|mij|de rug)', 'doorheen gekomen', `ben ${G(1)}(?:nu )?veilig`, 'goede hulp (?:voor )?gehad', 'verwerkt', 'afgesloten', 'ervaringsdeskundige', 'uit elkaar', 'gescheiden'],
  },
  jokes: ['haha\\p{L}*', 'hihi', 'lol', 'grapje', 'geintje', 'nee serieus', 'maar ff serieus', 'maar even serieus', 'ofzo haha'],
  bystander: [
    `(?:mijn |de |onze |een )?(?:buurvrouw|buurman|buren|buurjongen|buurmeisje|bovenbuurvrouw|bovenbuurman|bovenburen|onderburen|benedenburen|overbuurvrouw|overbuurman|overburen|buurkinderen|buurtgenoot)`,
    'hiernaast', 'naast ons', 'naast mij woont', '(?:een |mijn beste |een goede |mijn goede )(?:vriend|vriendin)(?! van mij is mijn)', 'vriendin van (?:me|mij|mijn)', 'vriend van (?:me|mij|mijn)',
    '(?:mijn |een )?(?:collega|klasgenoot|klasgenote|leerling|cliente|client|klant|student)', 'iemand (?:in|uit) (?:mijn|de) (?:klas|straat|buurt|flat|portiek)', 'een (?:meisje|jongen|kind|vrouw|man) (?:in|uit|van) (?:mijn|de|onze)',
    '(?:kind|kinderen|kindje|zoontje|dochtertje) van (?:de|mijn|onze|een)', 'mijn (?:zoon|dochter|vader|moeder|broer|zus|opa|oma|kleinzoon|kleindochter) (?:wil|zegt|praat|heeft|is|ligt|doet|snijdt|post|schreef)',
    '(?:maak|maken) (?:me|mij|ons) ?(?:grote |veel |ernstig )?zorgen (?:om|over)', 'ik ben bang dat (?:hij|zij|ze|mijn) (?!man|vriend|partner|vader|moeder)',
  ],
  risk: [
    'vannacht', 'vanavond', 'straks', 'nu meteen', 'vandaag nog', 'morgen', 'nu', 'zo meteen', 'zometeen', 'dit weekend',
    `(?:heb|ik heb) ${G(3)}(?:al|net|zojuist) ${G(3)}(?:ingenomen|geslikt|genomen|gedaan|gesneden|gekocht)`, `${pills}`, 'touw', 'strop', 'mes', 'mesje', height, 'spoor', 'snelweg', 'water', 'gas',
    `(?:ben|zit|sta) ${G(2)}(?:alleen|op de brug|op het dak|op het spoor|bij het water|in de auto)`, 'niemand (?:is )?(?:thuis|bij me|bij mij)', 'helemaal alleen', 'ik ben alleen',
    `(?:plan|brief|afscheidsbrief) ${G(2)}(?:klaar|geschreven|gemaakt)`, 'ik ga het doen', 'ik doe het', 'het is tijd', 'ik heb besloten', 'ik weet hoe', 'ik weet waar',
    `(?:hij|zij|ze) ${G(2)}(?:komt|is) ${G(2)}(?:eraan|thuis|terug|binnen)`, `(?:hij|zij|ze) ${G(2)}(?:heeft|pakt|pakte) ${G(2)}${weapon}`, 'staat voor de deur', 'bonkt op de deur',
  ],
  refusal: [
    `(?:wil|ga|kan|durf|hoef) ${G(2)}niet (?:bellen|te bellen|praten|te praten|aan de telefoon)`, `(?:ik )?bel ${G(2)}(?:niet|niemand|nooit)`, 'bellen (?:heeft geen zin|helpt niet|durf ik niet|kan ik niet|wil ik niet|ga ik niet|doe ik niet)',
    '(?:geen|heb geen) (?:beltegoed|telefoon|tegoed)', `(?:niemand|niks|niets) ${G(2)}(?:kan|kunnen) ${G(2)}(?:helpen|doen)`, 'kan niet praten', 'hij hoort (?:het|me|mij)', 'zij hoort (?:het|me|mij)', 'hij is thuis', 'ze is thuis',
    'heb ik al (?:gebeld|geprobeerd)', 'al gebeld', 'in de wacht', 'nemen niet op', 'wordt niet opgenomen', 'geen zin in bellen',
  ],
};
