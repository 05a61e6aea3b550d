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
const pills = '(?:pillen|pil|slaappillen|medicijnen|medicatie|tabletten|oxazepam|paracetamol|insuline|pijnstillers|pijnstiller|lorazepam|temazepam|antidepressiva|morfine|oxycodon|strip|strips)';
const height = '(?:brug|flat|dak|balkon|gebouw|raam|trein|metro|spoor|rails|viaduct|parkeergarage|toren|rotsen|klif)';
const dying = '(?:dood|sterven|doodgaan|dood gaan|dood zijn|overlijden|niet meer leven|er niet meer zijn)';
const want = '(?:wil|wilde|willen|wou|wouw|wilt|wens|wenste|zou willen|verlang|verlangde|hoop|hoopte)';
const night = '(?:s nachts|snachts|nachts|elke nacht|iedere nacht|in de nacht|als (?:mama|mijn moeder|mn moeder|ma|zij|ze) (?:werkt|nachtdienst heeft|avonddienst heeft)|als iedereen slaapt|als mama slaapt|als mama weg is|als mama er niet is|als we alleen zijn)';

export const dutchSafetyLexicon: SafetyLexicon = {
  spellings: {
    // Gronings (blind file q): "nait zain", "drij doagen", "de kraant", "dut der gain ain open".
    nait: 'niet', drij: 'drie', doagen: 'dagen', kraant: 'krant', gain: 'geen', gedienen: 'gordijnen', hai: 'hij', zai: 'zij', dut: 'doet', as: 'als', gaait: 'gaat', goud: 'goed', gelukkeg: 'gelukkig', levensverzekern: 'levensverzekering',
    k: 'ik', kheb: 'ik heb', kben: 'ik ben', kga: 'ik ga', kwil: 'ik wil', kweet: 'ik weet', kzit: 'ik zit', kzie: 'ik zie',
    kdenk: 'ik denk', kkan: 'ik kan', kmoet: 'ik moet', kvoel: 'ik voel', kwou: 'ik wou', khoop: 'ik hoop', khou: 'ik hou',
    kdurf: 'ik durf', kmag: 'ik mag', kword: 'ik word', kwordt: 'ik word', kvind: 'ik vind', kleef: 'ik leef',
    mn: 'mijn', mijne: 'mijn', zn: 'zijn', t: 'het', nie: 'niet', ni: 'niet', nt: 'niet', nit: 'niet', niks: 'niets',
    egt: 'echt', ech: 'echt', gwn: 'gewoon', mss: 'misschien', ff: 'even', der: 'er', dr: 'er', mr: 'meer', mer: 'meer',
    nimeer: 'niet meer', niemeer: 'niet meer', wl: 'wel', wnt: 'want', ma: 'maar', zelfmoort: 'zelfmoord', zelmoord: 'zelfmoord',
    selfmoord: 'zelfmoord', zelfmord: 'zelfmoord', zelfmoordt: 'zelfmoord', dooood: 'dood', doodt: 'dood', wille: 'willen', wile: 'willen',
    levuh: 'leven', leve: 'leven', snij: 'snijd', snijt: 'snijdt', slaagt: 'slaat', sloegt: 'sloeg', pappa: 'papa', mamma: 'mama',
    stiefpa: 'stiefvader', stiefma: 'stiefmoeder', ofzo: 'of zo',
    wrm: 'waarom', tog: 'toch', ie: 'hij', pilen: 'pillen', ofso: 'of zo', vnacht: 'vannacht', sws: 'sowieso', ut: 'het',
    // Limburgs and Brabants, as residents write them (folded: "blöt" → "blot", "hieël" → "hieel").
    ich: 'ik', mich: 'mij', mien: 'mijn', neet: 'niet', mie: 'meer', hae: 'hij', zeet: 'zegt', haet: 'heeft', gewaes: 'geweest',
    doorf: 'durf', dorf: 'durf', iederein: 'iedereen', better: 'beter', zoe: 'zo', moog: 'moe', kin: 'kan', es: 'als',
    oet: 'uit', hieel: 'heel', blot: 'bloedt', gevalle: 'gevallen', wir: 'wij', doon: 'doen', motte: 'moeten', woent: 'woont',
    erm: 'arm', wonde: 'wonden', klage: 'klagen', boetekant: 'buitenkant', alling: 'alleen', kinder: 'kinderen', eweg: 'weg',
    ouch: 'ook', dink: 'denk', veur: 'voor', hobt: 'hebt', wae: 'wie', us: 'ons', brok: 'brug', zen: 'ben', kzen: 'ik ben',
    gij: 'jij', ge: 'je', hum: 'hem', goa: 'ga', nen: 'een', gesprunge: 'gesprongen',
    kump: 'komt', leefe: 'leven', frouw: 'vrouw', swanger: 'zwanger', bloet: 'bloedt', gesigt: 'gezicht', maande: 'maanden', hep: 'heb', ferkeerd: 'verkeerd', schulde: 'schulden', kindere: 'kinderen', euverind: 'overeind', ieskaod: 'ijskoud', iskaod: 'ijskoud', praot: 'praat', pien: 'pijn', allein: 'alleen', heur: 'haar', moder: 'moeder',
  },
  crisis: {
    suicide: [
      // Someone on a roof or a railing who threatens to jump.
      `(?:zegt|zei|dreigt|dreigde|roept|riep|schreeuwt|schreeuwde) ${G(2)}(?:dat )?(?:ie|hij|ze|zij) ${G(2)}(?:springt|gaat springen|zal springen|naar beneden springt|eraf springt)`,
      `(?:staat|zit|staan|zitten) ${G(4)}(?:op|boven op|bovenop) (?:het|de) (?:dak|rand|reling|balustrade|brug|leuning)\\p{L}* ${G(8)}(?:wil niet (?:naar beneden|weg|terug)|springen|springt)`,
      `(?:maak|maken|maakt) ${G(3)}er ${G(2)}zelf ${G(1)}(?:een )?eind(?:e)? aan`,
      // On a platform or a bridge, weighing a step forward; on the edge of a roof; arms cut open.
      `stap naar voren ${G(4)}(?:trein|metro|tram|sneltrein|intercity)`, `(?:trein|metro|tram|sneltrein|intercity) ${G(4)}(?:een )?stap naar voren`,
      `(?:op|aan|over) de rand van (?:het|de|een|ons|onze|hun) ${G(1)}(?:dak|dakterras|flat|brug|balkon|viaduct|gebouw|perron|parkeergarage)`, `(?:dakterras|dak|balkon|brug) aan de rand`, `${pills} ${G(1)}op ${G(2)}niet voor de pijn`,
      `(?:dak|dakterras|flat|brug|balkon|viaduct|gebouw|parkeergarage) ${G(8)}(?:op|aan|over) de (?:rand|dakrand|reling)(?! van (?:het|de|mijn|ons) (?:bed|bank|stoel|bad|zwembad|tafel))`,
      `(?:armen|arm|pols|polsen|benen|been|dijen|dij|buik|huid) ${G(2)}open ?(?:gesneden|gekrast|gehaald)`, `(?:mezelf|me|mij) ${G(3)}open ?(?:gesneden|gekrast|gehaald)`,
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
      // Being a burden, others better off (denied at once as a plan, "ik ga niks doen hoor", it is asked about: see the concern).
      `beter af ${G(2)}zonder (?:mij|me)(?! ${G(3)}(?:(?:ik )?(?:ga|zal|doe) (?:niks|niets|heus niks|echt niks|heus niets|echt niets)|maar ${G(2)}(?:ik heb|heb ik) (?:toch |nog |ook )?(?:de |mijn )?(?:kinderen|kids|gezin|dochter|zoon|dochters|zoons)))`, `zonder (?:mij|me) ${G(2)}beter af`, `(?:beter|makkelijker|rustiger|fijner) ${G(3)}als ik er ${G(1)}niet (?:meer )?(?:was|ben|bin|zou zijn|zijn)(?! (?:om|op|tussen|van|voor|morgen|vandaag|deze|volgende|vanavond|vanmiddag|\\d))`,
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
      // Others better off without me, said in more word orders ("iedereen heeft het beter zonder mij").
      `(?:iedereen|ze|zij|jullie|hij|mijn \\S+|de kinderen|het gezin|de wereld) ${G(3)}beter (?:af )?zonder (?:mij|me)(?! ${G(1)}(?:naar|op|te|in|uit|met))(?! ${G(3)}(?:(?:ik )?(?:ga|zal|doe) (?:niks|niets|heus niks|echt niks|heus niets|echt niets)|maar ${G(2)}(?:ik heb|heb ik) (?:toch |nog |ook )?(?:de |mijn )?(?:kinderen|kids|gezin|dochter|zoon|dochters|zoons)))`,
      // Self-harm told by how it goes on: deeper, the only thing that helps, hidden.
      `(?:snij\\p{L}*|sneetjes|sneden|snijwond\\p{L}*|krassen|kras|krast|kraste|gekrast|gesneden|sneed|wond\\p{L}*|brandwond\\p{L}*) ${G(6)}(?:steeds |elke keer |telkens )?dieper`,
      `(?:snijden|krassen|branden|mezelf pijn doen|mezelf snijden|mezelf branden) ${G(4)}(?:helpt|enige wat|het enige|lucht op)`, `(?:het )?enige (?:wat|dat) ${G(2)}helpt ${G(2)}(?:is )?(?:snijden|krassen|branden|mezelf)`,
      `(?:verstop|verstoppen|verberg|verbergen|verstopt|verborgen|bedek|bedekken|weg (?:te )?werken) ${G(4)}(?:snijwond\\p{L}*|sneetjes|sneden|krassen|littekens|brandwond\\p{L}*|wondjes)`,
      `(?:snijwond\\p{L}*|sneetjes|krassen|littekens|brandwond\\p{L}*|wondjes) ${G(4)}(?:verstop\\p{L}*|verberg\\p{L}*|verbergt|niemand ziet|niet (?:kan )?zien|onder (?:mijn|mn) mouw\\p{L}*)`,
      `(?:brand|verbrand|brandt) ${G(2)}(?:${self}|mijn|mn) ${G(3)}(?:met )?(?:een |de )?(?:aansteker|sigaret|strijkijzer)`,
      // Means named with what they are for: rope laid ready, jumping from rails or a height, water.
      `(?:rails|spoor|trein|treinen|overweg|brug|dak|balkon|perron) ${G(12)}(?:ervoor|er voor|eraf|er af|vanaf|eronder|er onder) (?:te )?springen`,
      `(?:gracht|rivier|zee|kanaal|meer|water|sloot|vaart|haven|maas|ijssel|rijn|waal|schelde) (?:in )?${G(1)}(?:lopen|inlopen|in lopen|rijden|inrijden) ${G(3)}(?:en )?(?:niet meer|nooit meer|blijven lopen|doorlopen|verdrinken|niet meer terug)`,
      `(?:ga|wil|ga ik|zal) ${G(2)}(?:verdrinken|me verdrinken|mezelf verdrinken)`,

      `(?:hoeft|hoef) ${G(1)}(?:het )?voor (?:mij|me) ${G(2)}niet meer(?! (?:te|om|zo))`,
      `(?:spaar|spaart|sparen|spaarde|verzamel|verzamelt|verzamelen|hamster|hamstert) ${G(5)}${pills}(?! ${G(2)}(?:voor|van) (?:mijn|zijn|haar|de) (?:vader|moeder|oma|opa|kind|man|vrouw|apotheek))`, `${pills} ${G(6)}(?:spaart|verzamelt|hamstert|spaarde|opspaart)`,
      // A written plan with the means named: "in zijn schrift opgeschreven hoe hij het zou doen, met de pillen".
      `(?:opgeschreven|geschreven|uitgezocht|opgezocht|bedacht|getekend|uitgewerkt) ${G(4)}hoe (?:hij|ze|zij|ik) ${G(1)}het (?:zou|gaat|ga|wil|wilde|gaan) doen ${G(10)}${pills}`,
      // Newcomers' basic Dutch and straattaal: "ik wil niet leven meer", "ik maak mij dood", "mezelf unaliven"; Frisian "ik wol net mear libje".
      `(?:wil|wilt|willen|wilde|wou) ${G(1)}niet leven meer`, `(?:ik )?(?:maak|ga) (?:me|mij) (?:dood|doodmaken)(?! (?:ongerust|vervelen|schamen|ergeren|werken|lachen|schrikken|zoeken|van))`, `(?:mezelf|mijzelf|mij|me|zichzelf) ${G(1)}unaliv\\p{L}*`,
      'selsmoard\\p{L}*', `(?:wol|wil) ${G(1)}net mear ${G(1)}libje`, 'ik wol dea',
      // Euthanasia refused, so "ik regel het zelf".
      `euthanasie ${G(14)}(?:regel|doe|los|ga) ${G(1)}het (?:dan )?(?:zelf|maar zelf|wel zelf)`,
      // Said in Papiamento and Sranan by Caribbean and Surinamese residents: "mi ke muri", "mi wani dede".
      'mi (?:ke|kier|kie|ta bai) muri', 'mi no ke biba (?:mas|mas largu)', 'mi (?:wani|wan) (?:dede|kiri mi srefi)', 'kiri mi srefi', 'mata mi mes',
    ],
    violence: [
      // Someone beating someone now, told as it happens: "daar staat een man een jongetje te slaan".
      `(?:staat|staan|zit|zitten|ligt) ${G(9)}(?<!(?:deur|muur|tafel|trommel|trommels|drums|bal|piano|toetsen) )(?:te slaan|te schoppen|te trappen|te wurgen|te stompen|af te tuigen|in elkaar te (?:slaan|trappen|schoppen)|te mishandelen)`,
      // A threat to stab me unless I deal for them.
      `(?:me|mij|hem|ons) (?:gaan|komen|zullen) (?:steken|neersteken|doodsteken|afmaken)`,
      // A threat heard through the wall; a child dragged by the hair; undressing in a "secret game".
      `(?:roept|schreeuwt|zegt|dreigt|riep|schreeuwde|zei|dreigde|brult|brulde) ${G(2)}dat (?:hij|ie|ze|zij) ${G(1)}(?:haar|dr|der|d r|er|hem|me|mij|ons|de kinderen|jou) ${G(1)}(?:afmaakt|af maakt|af gaat maken|vermoordt|gaat vermoorden|doodmaakt|dood maakt|kapot maakt)`,
      `(?:trok|trekt|sleurde|sleurt|sleepte|sleept) ${G(4)}aan (?:zijn|haar|zn|mijn|dr|de) (?:haren|haar) ${G(3)}(?:naar binnen|naar buiten|de trap|over de grond|mee)`, `aan (?:zijn|haar|zn|mijn|dr) haren ${G(3)}(?:getrokken|gesleurd|gesleept|naar binnen)`,
      `(?:broek|kleren|onderbroek|rok|pyjama) ${G(3)}uit ${G(12)}geheim\\p{L}*`, `geheim\\p{L}* ${G(12)}(?:broek|kleren|onderbroek|rok|pyjama) ${G(2)}uit`,
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
      `(?:blauwe plekken|striemen|brandwonden|blauw oog|bloedneus)(?! ${G(3)}(?:zegt|zei|zeggen|zeiden) (?:dat )?(?:hij|zij|ze) ${G(2)}(?:gevallen|gestoten|gebotst|gestruikeld)) ${G(6)}(?:van (?:hem|haar|mijn|zijn|haar)|hij|zij|gedaan|thuis|slaat|geslagen)`,
      // Threats and fear.
      `(?:zegt|zei|dreigt|dreigde|roept|schreeuwt) ${G(3)}(?:dat )?(?:hij|zij|ze) ${G(2)}(?:me|mij|ons|haar|de kinderen|mijn \\S+) ${G(2)}(?:vermoordt|vermoorden|doodmaakt|dood maakt|afmaakt|iets aan(?:doet| doet)|pijn (?:doet|gaat doen)|slaat|komt halen|gaat pakken)`,
      `(?:ben|zijn|is) ${G(2)}(?:bang|doodsbang) ${G(3)}(?:dat )?(?:hij|zij|ze|mijn \\S+) ${G(3)}(?:vermoordt|slaat|iets aandoet|pijn doet|doodmaakt|terugkomt|vindt)`,
      `(?:stalkt|stalken|achtervolgt|volgt) ${G(1)}(?:me|mij|ons|haar)`, `(?:door elkaar geschud|door elkaar schudt|door elkaar schudden|heeft geschud)`,
      // Locked in by someone: "sluit hem overdag in zijn kamer op", "de deur zit aan de buitenkant op slot".
      `${victim} ${G(5)}(?:opsluit|opsluiten|opsloot|opsloten|insluit|opgesloten)`, `(?:deur|kamer|kamerdeur|slaapkamer) ${G(6)}(?:aan de buitenkant|van buiten|van buitenaf|van de buitenkant) ${G(3)}(?:op slot|dicht|afgesloten|vergrendeld)`,
      // An injury with who did it: "gebroken neus, haar vent heeft het gedaan".
      `(?:gebroken (?:neus|kaak|arm|pols|ribben|rib|vinger|oogkas)|blauw oog|blauwe ogen|bloedneus|hersenschudding|blauwe plekken|hechtingen|kapotte lip|dikke lip) ${G(10)}(?:${perpetrator}|vent|vriendje|schoonzoon) ${G(2)}(?:heeft|had) ${G(2)}(?:het|dat|dit) (?:gedaan|veroorzaakt)`,
      `(?:man|vriend|vriendje|partner|vader|stiefvader|ex|broer|zoon|hij|vent|echtgenoot|zwager|schoonzoon|stiefpa) ${G(2)}(?:heeft|had) ${G(1)}(?:haar|mijn|me|mij) (?:neus|kaak|arm|pols|ribben|rib|vinger|tand|tanden|oogkas) ${G(1)}(?:gebroken|kapot geslagen|kapotgeslagen|gekneusd)`,
      `(?:gooit|gooide|smijt|smeet|gegooid|gesmeten|geduwd|duwt|duwde) ${G(3)}(?:naar|tegen) ${victim}(?!\\S)`, `(?:heeft|had) ${G(3)}${victim} ${G(1)}tegen (?:de|een) (?:muur|deur|kast|grond|vloer|radiator|trap) ${G(1)}(?:aan )?(?:gegooid|geduwd|gesmeten|geslagen|gegooit)`,
      `(?:pakt|pakte|haalt|haalde) ${G(2)}(?:zn|zijn|de|een|haar) (?:riem|broekriem|broeksriem|stok|slipper|pollepel|kabel|snoer|zweep) ${G(8)}(?:strepen|striemen|slaan|slaat|billen|benen|rug|broek)`,
      // A night visit and a secret: "zijn oom komt s nachts op haar kamer", "moet zweren dat ze niks zegt".
      `(?:komt|kwam|komen|sluipt|sloop|kruipt|kroop) ${G(3)}${night} ${G(3)}(?:(?:op|in|naar|bij) )?(?:mijn|haar|zijn|hun|de) (?:kamer|bed|slaapkamer)`,
      `(?:komt|kwam|komen|sluipt|sloop|kruipt|kroop) ${G(2)}(?:op|in|naar|bij) (?:mijn|haar|zijn|de) (?:kamer|bed|slaapkamer) ${G(3)}${night}`,
      // Honour: a threat that she will not see the summer.
      `(?:zegt|zei|zeggen|zeiden|dreigt|dreigen|dreigde|dreigden|roept|riep|schreef|appte|appt|stuurde|gezegd) ${G(8)}(?:je|jij|ze|zij|hij|ik) ${G(2)}(?:de zomer|het nieuwe jaar|volgend jaar|je verjaardag|haar verjaardag|de kerst|kerst|het eind van het jaar|de bruiloft) ${G(2)}(?:niet|nooit) ${G(2)}(?:halen|haalt|haal|meer zien|zien|ziet|meemaken|beleven|overleven)`,
      `(?:zegt|zei|zeggen|zeiden|dreigt|dreigde|dreigen|gezegd) ${G(8)}(?:je|jij|ze|zij|ik) ${G(1)}(?:haalt|haal|zult|zal|gaat|ziet|zie) ${G(1)}(?:de zomer|het nieuwe jaar|volgend jaar|je verjaardag|de kerst) (?:niet|nooit)`,
      // Strangling told as a story: hands round the throat, squeezed until black spots, no air.
      `(?:zijn|haar|z n|zn|d r|dr|hun|twee) (?:hand|handen) ${G(2)}(?:om|rond|op|tegen) (?:mijn|m n|mn|haar|zijn|z n|zn|d r|dr) (?:keel|hals|strot)`,
      `(?:greep|grijpt|grepen|pakte|pakt|kneep|knijpt|drukte|drukt|hield|houdt) ${G(3)}(?:bij|aan|om|rond) (?:de|mijn|m n|mn|haar|zijn|d r|dr) (?:keel|hals|strot)`,
      `(?:keel|hals|strot|luchtpijp|nek) ${G(3)}(?:dichtgeknepen|dichtknijpen|dichtkneep|dichtknijpt|dichtgedrukt|dichtdrukken|dichtdrukte|dichtdrukt|toegeknepen|dichtgeduwd|dicht (?:geknepen|knijpen|kneep|knijpt|gedrukt|drukte|drukt))`,
      `(?:kneep|knijpt|knijpen|drukte|drukt|duwde|duwt) ${G(2)}(?:mijn|m n|mn|haar|zijn|de) (?:keel|hals|strot|luchtpijp) ${G(1)}(?:dicht|toe|in)`,
      `(?:keel|hals|strot|nek) ${G(12)}(?:tot|totdat|tot dat) (?:ik|ze|zij|hij) ${G(3)}(?:zwarte vlekken|sterretjes|zwart voor (?:mijn|m n|mn|haar|zijn) ogen|flauwviel|wegraakte|geen lucht meer|niks meer zag|niets meer zag|out ging)`,
      `(?:probeert|probeerde|probeerden|wilde|wou|ging) ${G(2)}(?:me|mij|haar|hem|ons) ${G(1)}te (?:wurgen|verstikken|smoren|stikken)`, `(?:kussen|hand) ${G(2)}op (?:mijn|m n|mn|haar|zijn) (?:gezicht|mond) ${G(6)}(?:gedrukt|drukte|drukt|geen lucht|stikken|stikte)`,
      // A head smashed against a wall, a counter, a door.
      `(?:hij|zij|ze|mijn \\S+|vent|vriend|man) ${G(3)}(?:sloeg|slaat|ramde|ramt|beukte|beukt|bonkte|bonkt|duwde|duwt|smeet|smijt|gooide|gooit|knalde|knalt) ${G(2)}(?:haar|mijn|m n|mn|zijn|z n|zn|d r|dr|hun|me|mij) (?:hoofd|gezicht|kop) ${G(2)}(?:tegen|op|in|door) (?:de|het|een) (?:muur|deur|aanrecht|tafel|kast|vloer|grond|radiator|raam|ruit|wastafel|spiegel|trap|keukenkast|keukenblok|kastje|deurpost|wand)`,
      // A neighbour who hears a cry for help in any language, or "leg dat mes weg".
      `(?:hoor|hoorde|horen|hoorden) ${G(6)}(?:roepen|roept|riep|gillen|gilt|gilde|schreeuwen|schreeuwt|schreeuwde|krijsen) ${G(2)}(?:help|hulp|helpt|yardim|imdat|pomocy|ratunku|dopomozhit\\p{L}*|pomogite|najda|socorro|ayuda|au secours)`,
      `(?:gillen|gilt|gilde|roept|riep|roepen|schreeuwt|schreeuwde|schreeuwen|hoor|hoorde|smeekt|smeekte) ${G(4)}(?:leg|doe|gooi) ${G(1)}(?:dat|het|die|je) (?:mes|pistool|wapen|schaar|hamer|bijl) ${G(1)}(?:weg|neer)`,
      `(?:hoor|hoorde|horen|hoorden) ${G(4)}(?:zeggen|smeken|smeekt|smeekte|roepen|gillen|huilen|schreeuwen) ${G(1)}(?:alsjeblieft niet|alstublieft niet|niet doen alsjeblieft|laat me los|help me)`,
      // A weapon made ready to go after someone: "mes onder zijn kussen, vanavond gaat hij die gast opzoeken".
      `${weapon} ${G(12)}(?:die gast|die jongen|die vent|die man|die gozer|hem|haar|iemand|ze) ${G(2)}(?:opzoeken|op te zoeken|opzoekt|grazen nemen|afrekenen|neersteken|neer te steken|afmaken|af te maken|kapotmaken|kapot maken|vermoorden)`,
      `(?:opzoeken|afrekenen|grazen nemen|wraak nemen|neersteken|afmaken) ${G(10)}${weapon}(?! ${G(1)}(?:en vork|slijpen))`,
      // A child told of an adult who comes to her room while mother is out: "moet dingen doen die ik niet wil", "ons geheimpje, anders".
      `(?:oom|opa|stiefvader|stiefpa|buurman|neef|oppas|trainer|vriend van (?:mama|papa|mijn moeder|mijn vader)|hij) ${G(8)}(?:op|in|naar|bij) (?:mijn|haar|zijn|m n|mn) (?:kamer|bed|slaapkamer) ${G(10)}(?:dingen (?:doen|te doen)|geheim\\p{L}*|aanraken|aanzit|uitkleden|uittrekken|pijn doet)`,
      `(?:moet|moest|moeten|moesten|laat|liet) ${G(3)}dingen ${G(1)}(?:doen |te doen )?${G(1)}die ik (?:niet wil|niet wilde|eng vind|vies vind)`, `(?:ons|ons kleine) geheim(?:pje)? ${G(2)}anders`,
      `(?:als|wanneer) (?:mama|mijn moeder|m n moeder|mn moeder|ma|papa|mijn vader|zij|ze) ${G(3)}(?:werkt|weg is|slaapt|boodschappen doet|er niet is|nachtdienst|avonddienst) ${G(2)}(?:komt|kwam|komen|sluipt|sloop) ${G(4)}(?:op|in|naar|bij) (?:mijn|haar|zijn|m n|mn) (?:kamer|bed|slaapkamer)`,
      // Honour: the family will "clean" or avenge its honour.
      `(?:eer|familie eer|familieeer) ${G(2)}(?:schoonmaken|schoon maken|schoon te maken|zuiveren|te zuiveren|wassen|te wassen|schoonwassen|wreken|te wreken)`, `(?:zuiveren|schoonwassen|wreken) ${G(2)}(?:de |onze |hun |zijn |de familie )?eer`, `eer van (?:de|onze|mijn|haar|zijn|hun) familie ${G(2)}(?:schoonmaken|zuiveren|wassen|schoonwassen|wreken|herstellen)`,
    ],
    emergency: [
      // A child who ate or drank a cleaning product, a toilet block, lamp oil or poison (blind files u-x).
      `(?:gegeten|gedronken|ingeslikt|opgegeten|doorgeslikt|binnengekregen|gegeten van|gedronken van|in (?:zijn|haar) mond gestopt) ${G(4)}(?:schoonmaak\\p{L}*|wc ?blok\\p{L}*|wc eend|blokje van (?:de )?wc|bleekmiddel|bleekwater|javel|chloor|ontstopper|gootsteenontstopper|vaatwas\\p{L}*|wasmiddel\\p{L}*|wasbol\\p{L}*|wascapsule\\p{L}*|lampenolie|terpentine|rattengif|muizengif|gif|ontkalker|antivries)`,
      `(?:schoonmaakmiddel\\p{L}*|wc ?blok\\p{L}*|bleekmiddel|bleekwater|javel|chloor|ontstopper|wasmiddel\\p{L}*|wasbol\\p{L}*|wascapsule\\p{L}*|lampenolie|terpentine|rattengif|muizengif|antivries|ontkalker) ${G(4)}(?:gegeten|gedronken|ingeslikt|opgegeten|doorgeslikt|binnengekregen|in (?:zijn|haar) mond)`,
      // A tight chest with clammy, grey skin.
      `borst ${G(4)}(?:strak|knellend|beklemd|druk|drukkend) ${G(10)}(?:klam|grauw|zweet|zweten|bleek|lijkbleek)`, `(?:klam|grauw|zweet|zweten) ${G(10)}borst ${G(4)}(?:strak|knellend|beklemd|druk|drukkend)`,
      // Smoke seen coming out (not a barbecue); a week of pills at once; heavy bleeding in pregnancy.
      `(?:dikke|zwarte|veel) (?:zwarte )?rook(?! ${G(3)}(?:bbq|barbecue|vuurkorf|schoorsteen|fabriek|vuurwerk))`, `rook ${G(4)}onder ${G(3)}\\p{L}*deur`, `rook ${G(2)}uit ${G(3)}(?:raam|ramen|keukenraam|woning|brievenbus|kieren)`,
      `(?:van een (?:hele )?week|van een maand|hele strip|hele doos|hele pot|alle pillen|alle tabletten|alle medicatie) ${G(3)}in (?:een|1) keer ${G(2)}(?:ingenomen|geslikt|genomen|opgegeten)`,
      `zwanger ${G(8)}(?:bloedt|bloed|bloeding|bloedverlies) ${G(3)}(?:heel erg|erg|veel|hevig|enorm|zo erg)`,
      // Choking told in dialect ("krijg gein loch, ze weurt blauw"); ten or more pills taken.
      `(?:gein|gen|geen) (?:loch|lucht)(?! ${G(2)}(?:van|meer van|door|bij))`, `(?:weurt|wuurt|wurt|wordt|word|wört) ${G(1)}blauw(?! ${G(1)}(?:van de kou|van de kou|geverfd))`, `(?:[1-9]\\d|\\d{3}) (?:paracetamol\\p{L}*|pillen|pilletjes|tabletten|oxazepam\\p{L}*|ibuprofen\\p{L}*|slaappillen|diazepam\\p{L}*) ${G(4)}(?:genomen|geslikt|ingenomen|opgegeten|op)`,
      'bewusteloos', 'buiten bewustzijn', 'niet bij bewustzijn', 'flauwgevallen', `(?:ademt|ademen|ademde) ${G(2)}niet`, 'geen adem', '(?:krijgt|krijg|kreeg) geen lucht', 'kan niet (?:meer )?ademen',
      'blauw aangelopen', 'stikt', 'stikken', `(?:verslikt|verslikte) ${G(3)}(?:en|geen lucht|kan niet|blauw)`, 'reanimer\\p{L}*', 'hartmassage', 'aed',
      `(?:ligt|lag|gevallen|zit|zakt|zakte|viel) ${G(8)}(?:reageert|beweegt|praat) ${G(1)}niet`, `krijg (?:hem|haar|mijn \\S+|papa|mama|oma|opa) niet ${G(1)}wakker`, `(?:wordt|werd) ${G(1)}niet (?:meer )?wakker`,
      'in elkaar gezakt', 'ineengezakt', `(?:is|ligt) ${G(2)}(?:gevallen|op de grond) ${G(6)}(?:kan|kon|komt) ${G(2)}niet ${G(1)}(?:op|overeind|opstaan|omhoog)`, `(?:gevallen|gestruikeld|uitgegleden) ${G(12)}(?:been|voet|heup) ${G(3)}(?:naar buiten|scheef|verkeerd|raar|de verkeerde kant op) (?:gedraaid|staat|ligt|wijst)`, `gevallen ${G(2)}(?:kan|kon|komt) ${G(2)}niet ${G(1)}(?:op|overeind|opstaan|omhoog)`,
      `(?:ligt|lag) ${G(3)}(?:al )?(?:uren|de hele nacht|sinds gisteren) ${G(2)}op de grond`,
      'in brand', 'er is brand', 'brand in', 'brand bij', 'het brandt', 'staat in de fik', 'in de fik', 'vlammen', 'rook uit', 'brandlucht', `rook ${G(3)}(?:onder|uit|door|bij) (?:de |het )?(?:deur|raam|ramen|dak|trappenhuis)`, `(?:rookmelder|brandalarm|brandmelder) ${G(4)}(?:af|loeit|piept|gaat)`, 'rookontwikkeling', `(?:ruik|ruikt|rook) ${G(2)}(?:brand|rook|gas)`,
      'gaslek', 'gaslucht', 'ruik gas', 'koolmonoxide', '(?:co|koolmonoxide|rook)melder (?:gaat|piept|loeit)',
      `(?:met|heeft|had|pakt|pakte|trok|trekt|zwaait|zwaaide|draagt|dreigt|hield|houdt|staat) ${G(3)}(?:een |het |zijn |haar )?${weapon}(?! (?:en vork|slijpen|geslepen))`, '(?:pistool|vuurwapen|geweer|schietpartij|neergeschoten|beschoten|neergestoken|steekpartij|gestoken met)',
      `(?:bloedt|bloeden|bloedde) ${G(3)}(?:erg|veel|hevig|heel hard|niet te stoppen|enorm|als een rund|overal)`, 'bloed (?:stopt niet|blijft komen)', 'slagader',
      'overdosis', `(?:te veel|teveel|een hele strip|alle) ${G(2)}${pills} ${G(2)}(?:ingenomen|geslikt|genomen|op)`, `(?:heeft|hebben) ${G(1)}pillen geslikt`,
      'hartaanval', 'hartstilstand', 'beroerte', 'herseninfarct', 'tia', `(?:pijn|druk|steek) op ${G(1)}(?:de|mijn|zijn|haar) borst`, `(?:scheve|hangende) (?:mond|gezicht) ${G(4)}(?:praat|arm|kan niet)`,
      `(?:\\p{L}*mondhoek|mond|gezicht|gezichtshelft) ${G(2)}(?:hangt|scheef|zakt)`, `(?:spreekt|praat|praten) ${G(4)}(?:onduidelijk|raar|wartaal|brabbelt|dubbel)(?! ${G(3)}(?:over|tegen))`, `(?<!(?:kneep|knijpt|knijpen|drukte|drukt|duwde|duwt) (?:\\S+ )?)(?:keel|tong|lippen|lip|gezicht|mond) ${G(3)}(?:dik|dikker|zwelt|opgezwollen|gezwollen|dicht|zit dicht)`, `(?:slok|gedronken|opgedronken|ingeslikt|doorgeslikt|gegeten|binnengekregen) ${G(4)}(?:wc ?reiniger|reiniger|bleek|chloor|ontstopper|gootsteenontstopper|lampolie|afwasmiddel|vaatwastablet|wasmiddel|pods|batterij|knoopcel|terpentine|antivries|rattengif|gif|schoonmaakmiddel|medicijnen van)`, '(?:wc ?reiniger|ontstopper|lampolie|knoopcel|rattengif) (?:gedronken|ingeslikt|binnengekregen|op)', 'epileptische aanval', 'insult', 'stuipen', 'toeval (?:gehad|krijgt)', 'anafylact\\p{L}*', `allergische reactie ${G(3)}(?:zwelt|lucht|ademen)`,
      `(?:al|sinds) ${G(1)}(?:dagen|een week|weken|lang) ${G(3)}niet (?:meer )?gezien ${G(8)}(?:post|brievenbus|gordijnen|stank|ruikt|licht|reageert|opendoen|open doet|doet niet open)`,
      `(?:post|brievenbus|kranten) ${G(4)}(?:puilt|stapelt|vol|ligt|liggen) ${G(10)}(?:niet (?:meer )?gezien|reageert niet|doet niet open|niet open(?! (?:te |gemaakt|maken|gedaan|doen))|stank)`, `(?:doet|deed) ${G(2)}niet (?:meer )?open ${G(8)}(?:dagen|al een week|niet gezien|stank|ruikt)`,
      // Heavy bleeding said in the first person or by what it soaks: "ik bloed heel erg", "het loopt door mijn broek".
      `(?:ik|je|ze|zij|hij) (?:bloed|bloedt|bloedde) ${G(3)}(?:erg|veel|hevig|heel hard|hard|enorm|als een rund|overal|ontzettend|zo erg)`, `(?:bloed|bloedt|bloeding|bloedverlies|het) ${G(8)}(?:loopt|lekt|gaat|komt|sijpelt) ${G(2)}door (?:mijn|m n|haar|het|de) (?:broek|kleren|verband|maandverband|handdoek|rok|laken|lakens|matras)`, `(?:verband|maandverband|handdoek|handdoeken|tampon) ${G(4)}(?:doorweekt|doordrenkt|vol bloed|binnen een uur vol)(?! ${G(2)}(?:na|van|door|in) (?:het |de )?(?:zwemmen|douchen|douche|bad|regen|zweet|strand|zwembad|water|zee))`,
      // Fire caught and smoke filling a room: "de pan heeft vlam gevat", "de keuken staat vol rook".
      `(?:vlam|vuur) (?:gevat|vat)`, `(?:staat|hangt|is|zit|stond) ${G(2)}vol ${G(1)}(?:zwarte |dikke )?rook`,
      'bel(?:len)? 112', '112 bellen', '(?:ambulance|ambu) (?:nodig|bellen|komen|te bellen)', `(?:ligt|lag) ${G(4)}te (?:schokken|stuiptrekken)`, 'ziekenwagen (?:nodig|bellen)',
      // Swallowed and no sound, no air.
      `(?:ingeslikt|doorgeslikt|geslikt|slikte|verslikt|verslikte|in (?:zijn|haar|de) keel|vast in) ${G(8)}(?:maakt geen geluid|geen geluid|kan niet (?:huilen|hoesten|ademen)|huilt niet|hoest niet|(?:wordt|werd|loopt|liep) ${G(1)}(?:rood|blauw|paars) ?(?:aan)?|kokhalst|geen lucht|happt naar lucht)`,
      `(?:knoopbatterij\\p{L}*|knoopcel\\p{L}*|batterijtje|batterijtjes|magneetje|magneetjes|magneten) ${G(6)}(?:ingeslikt|doorgeslikt|geslikt|binnengekregen|in (?:zijn|haar) mond|weg|kwijt)`, `(?:ingeslikt|doorgeslikt) ${G(6)}(?:knoopbatterij\\p{L}*|knoopcel\\p{L}*|batterijtje|magneetje|magneetjes|magneten)`,
      `(?:krijgt|krijg|kreeg|kregen) ${G(2)}geen lucht`, `(?:lippen|lip|gezicht|mond) ${G(3)}(?:blauw|paars|grauw)(?! ${G(1)}(?:van de kou|geverfd|gestift))`,
      // A fall with bleeding and no speech; bleeding that will not stop; a stab.
      `(?:gevallen|viel|valt|gestruikeld|gestoten|bloedt|bloedde|bloed|hoofd|trap) ${G(12)}(?:zegt|praat|reageert|beweegt|antwoordt) ${G(1)}(?:niks|niets|niet|geen woord) ${G(1)}(?:meer|terug)`,
      `(?:bloedt|bloedde|bloeden) ${G(3)}uit (?:zijn|haar|het|mijn|zn|de) (?:hoofd|oor|oren|mond|neus|wond|buik|zij)`, '(?:doorbloeden|doorbloedt|blijft (?:maar )?bloeden|bloedt maar door|bloeding stopt niet)',
      `(?:is|werd|word|ben|zijn|wordt) ${G(2)}(?:gestoken|neergestoken|gestoken met)`, `(?:liet|laat|toonde|toont|liet hij|trok) ${G(3)}(?:een |zijn |haar )?${weapon} ${G(3)}zien`,
      // Stroke and heart: a face that drops, words that go, an arm that will not lift, a weight on the chest.
      `(?:gezicht|mond|mondhoek|gezichtshelft|wang|ooglid|kant van (?:zijn|haar|mijn) gezicht) ${G(3)}(?:hangt|hing|scheef|zakt|zakte|gezakt|afgezakt|verlamd|slap|naar beneden|trekt scheef)`,
      `(?:ineens|plotseling|opeens|sinds net|sinds vanochtend|net) ${G(8)}(?:kan|kon) ${G(2)}(?:woorden|woord|zijn woorden|haar woorden) ${G(1)}niet (?:meer )?(?:vinden|zeggen|uitspreken)`,
      `(?:kan|kon) ${G(2)}(?:zijn|haar|de|mijn) (?:arm|been|hand) ${G(2)}niet (?:meer )?(?:optillen|opheffen|omhoog|tillen|bewegen)`, `(?:arm|been|hand) ${G(3)}(?:ineens|plotseling|opeens) ${G(2)}(?:verlamd|slap|krachteloos|gevoelloos|doof)`,
      `(?:olifant|zware steen|steen|gewicht|ton|band|bankschroef) ${G(3)}op ${G(1)}(?:de|mijn|zijn|haar) borst`, `(?:linkerarm|linker arm|arm) ${G(3)}(?:gevoelloos|tintelt|doof|slaapt|straalt) ${G(8)}(?:borst|zweet|zweterig|grauw|misselijk)`,
      // Not waking, strange breathing after pills or drink; carbon monoxide.
      `(?:word|wordt|werd) ${G(2)}niet (?:meer )?wakker`, `(?:pillen|pilletjes|drank|drugs|gebruikt|geslikt|gedronken) ${G(10)}(?:ademt|snurkt|ademhaling) ${G(2)}(?:raar|vreemd|heel raar|piepend|reutelend|nauwelijks|heel langzaam|onregelmatig|gek)`,
      `(?:co|koolmonoxide) ?melder ${G(3)}(?:gaat af|piept|loeit|af)`,
      // Someone not seen for days with the paper still in the letterbox.
      `(?:krant|kranten|post|brievenbus) ${G(4)}(?:puilt|stapelt|vol|ligt|liggen|steekt|steken|zit|hangt) ${G(12)}(?:niet (?:meer )?gezien|reageert niet|doet niet open|niet open(?! (?:te |gemaakt|maken|gedaan|doen))|stank|neemt ${G(3)}niet op)`,
      `(?:neemt|nam) ${G(4)}(?:telefoon )?niet (?:meer )?op ${G(12)}(?:krant|kranten|post|brievenbus|gordijnen|licht brandt|niet (?:meer )?gezien)`,
      // Choking on food: cannot cough or breathe, turning purple.
      `(?:verslikt|verslikte|verslikken|stikt|stikte|zit vast|vastzit|zat vast|vastgeraakt|klem) ${G(14)}(?:kan|kon) ${G(1)}(?:niet|nauwelijks) (?:meer )?(?:hoesten|ademen|praten|huilen|slikken)`,
      `(?:verslikt|verslikte|verslikken|stikt|stikte|stuk vlees|stukje vlees|stuk brood|brok|snoepje|druif|worstje|pinda|in (?:zijn|haar|z n|d r) keel) ${G(14)}(?:wordt|werd|loopt|liep|kleurt|kleurde|ziet|zag|is|was) ${G(2)}(?:blauw|paars|grauw)`,
      `(?:loopt|liep|lopen|liepen|kleurt|kleurde) ${G(1)}(?:blauw|paars) (?:aan|uit)`,
      // Arterial bleeding: spurting, pumping, soaking the towel pressed on it.
      `bloed ${G(2)}(?:spuit|spoot|spuiten|gutst|gutste|gutsen|pompt|pompte|golft|golfde|klopt eruit|stroomt eruit|stroomde eruit)`, `(?:spuit|spoot|gutst|gutste|pompt|golft) ${G(1)}(?:het |er )?bloed(?! (?:prikken|geprikt|afnemen|onderzoek|waarden|suiker|druk))`,
      `(?:bloed|bloedt|bloedde|bloeding|wond|snijwond|slagader|uitgeschoten) ${G(16)}(?:verband|handdoek|handdoeken|theedoek|doek|shirt|trui|t shirt) ${G(8)}(?:doorweekt|doordrenkt|vol bloed|rood van het bloed|kletsnat)`, `(?:verband|handdoek|handdoeken|theedoek|doek) ${G(8)}(?:bloed|wond|snijwond|been|bovenbeen|arm|hand|hoofd) ${G(8)}(?:doorweekt|doordrenkt|vol bloed)`,
      // A seizure with foam at the mouth; vomiting blood.
      `schuim ${G(2)}(?:op|uit|om|rond|aan) ${G(1)}(?:de |zijn |haar |z n |d r )?(?:mond|lippen)`, `(?:spuugt|spuugde|spugen|braakt|braakte|braken|geeft|gaf|hoest|hoestte|kotst|kotste) ${G(2)}bloed(?: op| uit)?(?! ${G(1)}(?:prikken|geprikt|afnemen|onderzoek))`, `bloed ${G(1)}(?:overgeven|overgegeven|gespuugd|spugen|braken|gebraakt|ophoesten|opgehoest|opgeven|gekotst)`,
      // Pain that spreads to the left arm or jaw, with a grey face or sweat: "hij zegt dat het zijn maag is".
      `(?:grauw|grijs|zweet|zweterig|klam|lijkbleek|benauwd|misselijk|maag|borst|borstkas) ${G(20)}(?:trekt|straalt|uitstraalt|trok|straalde|schiet|schoot) ${G(2)}(?:naar|in|tot in|uit naar) (?:zijn|haar|mijn|de|z n|m n|zn|mn) (?:linkerarm|linker arm|kaak)`,
      `(?:borst|borstkas) ${G(6)}naar (?:zijn|haar|mijn|de|z n|m n|zn|mn) (?:kaak|linkerarm|linker arm|arm|nek|schouder) ${G(1)}(?:trekt|straalt|uitstraalt|trok|straalde|schiet|gaat)`,
      // An elderly person who lay on the ground or outside all night after a fall, cold and confused.
      `(?:gevallen|viel|lag|op de grond|op de vloer|in de tuin|voortuin|buiten) ${G(10)}(?:de hele nacht|de halve nacht|urenlang|uren lang|tot de ochtend|tot vanochtend|sinds gisteravond) ${G(4)}(?<!wakker )(?:gelegen|liggen|op de grond|op de vloer)`,
      `(?:ijskoud|onderkoeld|verkleumd|steenkoud|helemaal koud|stijf van de kou) ${G(8)}(?:verward|suf|reageert|wartaal|praat raar|sloom|slaperig)`,
      // Heart: pressure on the chest that spreads to the jaw or arm.
      `(?:drukkend|drukkende|beklemmend|beklemmende|knellend|knellende) (?:gevoel|druk|pijn) ${G(1)}op ${G(1)}(?:de|mijn|zijn|haar|z n|m n|zn|mn) borst`,
      `(?:borst|borstkas|hart) ${G(10)}(?:trekt|straalt|uitstraalt|trok|straalde|schiet|schoot) ${G(2)}(?:naar|in|tot in|uit naar) (?:zijn|haar|mijn|de|z n|m n|zn|mn) (?:kaak|linkerarm|linker arm|arm|nek|schouder|schouderblad)`,
    ],
  },
  concern: {
    suicide: [
      // Not planning to still be there on the day the bailiff comes; the train taken "but not to get in"; having worked out how; ending it "myself" said the other way round.
      `(?:trein|bus|metro|tram|sprinter|intercity) ${G(6)}niet om in te stappen`, `(?:heb|had) ${G(2)}(?:al )?bedacht hoe`, `(?:maak|maakt) (?:ik|we) er ${G(2)}(?:een )?eind(?:e)? aan`,
      `niet (?:van )?plan ${G(1)}(?:om )?er ${G(2)}(?:nog|meer) te zijn`,
      `(?:weet niet|twijfel) of ik ${G(4)}(?:weer |nog )?(?:terugloop|terug loop|terugga|terug ga|terugstap|terug stap|terugkom|terug kom)`,
      `(?:besloten|besluit) dat ${G(3)}(?:voor mij|voor me) ${G(1)}genoeg (?:is )?geweest`,
      // Pills saved up; a letter "to whoever finds this".
      `(?:spaar|spaart|spaarde|sparen|verzamel|verzamelt|verzamelde) ${G(4)}${pills} ${G(1)}op`, `aan wie dit vindt`,
      // Standing on a height now; "rest from me"; looking at pills every night; quiet in my head for good.
      `(?:sta|zit) ${G(1)}(?:nu |hier )?(?:op|bij|boven ?op) (?:het|de|een) ${height}(?! ${G(2)}(?:te wachten|voor (?:werk|het werk|school)))`,
      `(?:eindelijk|straks|snel|binnenkort|voorgoed) (?:rust|verlost|af) van (?:mij|me)`, `(?:eindelijk|straks|voorgoed) van (?:mij|me) af`, `geen last meer (?:hebben |heeft )?van (?:mij|me)`,
      `${pills} ${G(12)}(?:kijk|staar) (?:ik )?(?:er|ernaar) ${G(3)}(?:naar|elke avond|elke dag|elke nacht|steeds|de hele tijd)`, `(?:kijk|staar) ${G(3)}naar (?:de|die|mijn|haar|zijn) ${pills}`,
      `(?:stil|rust) ${G(3)}in (?:mijn|mn) hoofd ${G(1)}(?:voorgoed|voor altijd|voor eeuwig)`, `voorgoed (?:stil|rust|slapen|weg zijn)`,
      // Jumping from a flat written in a schoolbook; a leg over the balcony rail, "doing it tonight after all".
      `(?:van|vanaf|vanof) (?:de|het|een|ons|onze) (?:flat|dak|brug|balkon) ${G(1)}(?:af )?(?:springt|spring|springen|sprong|te springen)`, `(?:been|benen|voet) ${G(1)}over de (?:rand|reling|balustrade)`, `(?:doet|doe) (?:ze|hij|ik) het ${G(1)}(?:vannacht|vanavond|morgen|straks) ${G(1)}(?:alsnog|toch)`,
      // Better if we were both gone (a carer at the end of her strength), a balcony stood on at night "thinking how it would be".
      `beter ${G(2)}als (?:ik|we|wij) ${G(2)}er ${G(1)}niet meer (?:ben|zijn|was|waren)`, `(?:balkon|dak|brug|rand|reling) ${G(6)}(?:nagedacht|gedacht|bedacht) (?:hoe|of) (?:het|ik) ${G(2)}(?:zou zijn|zou gaan|zou voelen|zou durven)`,
      `zie het ${G(2)}niet (?:meer )?zitten(?! om| met (?:die|de|dat|het) (?:afspraak|gesprek|baan|werk|school|verhuizing))`, `(?:geen|niet meer) ${G(1)}(?:uitweg|oplossing) (?:meer|zien|voor mij)`, `zie ${G(1)}geen ${G(1)}(?:uitweg|toekomst|licht)`,
      `(?:het )?(?:heeft|is) ${G(2)}(?:allemaal )?geen (?:nut|zin) meer(?! ${G(2)}(?:om te bellen|om te mailen|om te wachten|om naar|om te solliciteren|om te sparen|bij de gemeente))`, `wat heeft ${G(2)}(?:nog )?(?:voor )?(?:zin|nut)(?! ${G(3)}(?:bellen|brief|mail|gemeente|formulier|solliciteren))`,
      `(?:ik )?wil (?:het )?niet meer(?= (?:en|ik|echt|hoor|help|sorry|alles|leven)(?!\\S)|$)`, `(?:ik )?kan (?:het )?niet meer(?= (?:help|sorry|ik wil|alles)(?!\\S))`, 
      `(?:ben|voel me) ${G(2)}(?:alleen maar )?(?:een )?(?:last|blok aan het been)(?! van)`, '(?:tot last|last voor iedereen|last voor mijn)', `(?:moe|zat|klaar) ${G(1)}(?:van|met) (?:alles|het leven|leven|mijn leven|dit leven)`,
      `(?:wil|wilde|wilt|wou) ${G(2)}(?:verdwijnen|weg van alles|rust voor altijd|eeuwige rust|voor altijd slapen|slapen voor altijd)`, `(?:wil|wilde|wilt|wens|hoop) ${G(2)}dat (?:alles|het allemaal|het leven|het) ${G(1)}(?:ophoudt|stopt|voorbij is|over is)`,
      `(?:wil|wilde|wou|verlang) ${G(2)}(?:bij|naar) (?:mijn|mn) (?:overleden|dode) `, `(?:hoop|wou|wil) ${G(3)}(?:snel|gauw|ook) ${G(2)}bij (?:hem|haar) (?:te )?(?:zijn|ben)`, 'mag ik (?:ook )?(?:snel )?(?:gaan|sterven)',
      `(?:alles|het leven) ${G(1)}is ${G(1)}(?:zwart|donker|zinloos|uitzichtloos)`, 'uitzichtloos', 'hopeloos', 'radeloos', `(?:alles|mijn spullen|mijn spulletjes) ${G(2)}(?:weggeven|weg geven|weggegeven)`,
      `(?:gedachten|denk|dacht|denken) ${G(3)}(?:aan|over) ${G(1)}(?:dood|doodgaan|sterven|er niet meer zijn|de dood)`, `(?:denk|dacht) ${G(3)}(?:een einde|er een eind)`, 'donkere gedachten', `nare gedachten ${G(2)}(?:over|dood)`, 'rare gedachten',
      `(?:niemand|geen mens) ${G(2)}(?:zou|zal|gaat) ${G(1)}(?:het )?(?:merken|missen)`, `(?<!(?:niet|nooit|zomaar|zo maar|nog niet) )(?:opgeven|opgegeven|geef het op)(?! ${G(3)}(?:aangifte|belasting|formulier|inkomen|adres))`,
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
      // Self-harm seen by someone else: cuts on the arms, long sleeves in the heat, blood on a towel, blades from a sharpener.
      `(?:sneetjes|sneden|snijwond\\p{L}*|krassen|wondjes|littekens|brandwondjes|brandwonden) ${G(4)}(?:onderarm\\p{L}*|armen|arm|pols|polsen|benen|bovenbenen|dijen|buik|been)`,
      `(?:mesjes|mesje|blaadjes|scheermesjes|scheermesje) ${G(4)}(?:puntenslijper|slijper|scheermes|scheerapparaat|slijpertje)`, `(?:puntenslijper|slijper)\\p{L}* ${G(4)}(?:mesjes|mesje|uit elkaar|kapot gemaakt|losgeschroefd)`,
      `(?:bloed|bloedvlekken|bloedvlek) ${G(4)}(?:handdoek|handdoeken|laken|lakens|mouw|mouwen|kussen|matras|tissues|wc papier)`, `lange mouwen ${G(8)}(?:graden|warm|zomer|hitte|altijd|nooit|zweet|gym|zwemmen)`,
      `(?:doe|deed|doen) ${G(1)}het (?:op|bij|aan|in) (?:mijn|mn) (?:benen|armen|arm|been|bovenbenen|pols|polsen|buik)`, `(?:brand|brandt) ${G(3)}(?:met )?(?:een |de )?aansteker`,
      // Looking up how much it takes, how high it is.
      `(?:gegoogled|gegoogeld|googlen|googelen|google|opgezocht|opzoeken|zoek|zocht|gezocht|checken|gecheckt|uitgezocht|nagezocht|gelezen) ${G(4)}(?:hoeveel ${G(1)}${pills}|hoe hoog ${G(3)}(?:brug|\\p{L}+brug|flat|dak|balkon|parkeergarage|viaduct|klif)|welke dosis|dodelijke dosis|hoe lang ${G(3)}(?:dood|sterven|verdrinken|duurt voor))`,
      `hoeveel ${G(1)}${pills} ${G(4)}(?:nodig|genoeg|moet je|moet ik|je moet|het kost|dodelijk|innemen|slikken)`, `hoe (?:hoog|diep) ${G(3)}(?:brug|\\p{L}+brug|flat|dak|balkon|parkeergarage|viaduct|klif|val)`,
      // Standing at a platform, bridge or edge, a step away.
      `(?:perron|spoor|rails|overweg|brug|\\p{L}+brug|dak|balkon|reling|rand|kade|gracht|rivier|viaduct|parkeergarage|hek) ${G(10)}(?:een stap|1 stap|een stapje|springen|spring|sprong|naar beneden (?:kijken|gekeken|keek|staren|springen)|naar het water|in het water|durfde|durf|dichterbij|verkeerde kant|naar de treinen|voor de trein|staan kijken|gekeken|staren|gestaard)`,
      `(?:op|bij|naar) (?:de |het )?(?:\\p{L}*brug|spoor|dak|rails|overweg|viaduct|reling) ${G(8)}(?:gestaan|stond|gezeten)(?! ${G(1)}(?:te wachten|wachten|op de trein|op de bus))`,
      `(?:verkeerde|andere) kant van (?:het|de) (?:hek|reling|balustrade|leuning|rand)`, `als ik ${G(2)}(?:spring|zou springen|naar beneden spring|ga springen)`,
      `(?:gracht|rivier|zee|kanaal|water|brug|trein|spoor) ${G(3)}(?:gaan|lopen|in|springen) ${G(1)}(?:dan|en) (?:is het )?(?:klaar|over|rust|voorbij|gedaan|weg)`, `(?:niet meer|nooit meer) (?:om te draaien|omdraaien|om draaien)`, `(?:loop|lopen|loopt|rij|rijd|stap|spring) ${G(2)}(?:de |het )?(?:gracht|rivier|zee|kanaal|water|sloot|vaart|haven) in(?! ${G(3)}(?:zwemmen|pootjebaden|spelen|surfen|duiken))`, `(?:de |het )?(?:gracht|rivier|zee|kanaal|water|sloot|vaart|haven|meer) in (?:te )?(?:lopen|rijden|stappen|springen)(?! ${G(2)}(?:zwemmen|pootjebaden|spelen|met de kinderen))`,
      // Life insurance that pays out, one way out.
      `(?:levensverzekering|overlijdensrisicoverzekering|verzekering) ${G(12)}(?:bij|ook bij|ook als|zelfs bij|na) (?:zelfdoding|zelfmoord|suicide|eigen toedoen)`, `(?:levensverzekering|overlijdensrisicoverzekering) ${G(20)}(?:jaar|wachttijd|termijn|karenstijd) ${G(3)}(?:om|voorbij|verstreken|verlopen)`,
      // Knowing the dose: "ik weet precies hoeveel genoeg is", with the means named.
      `${pills} ${G(20)}(?:weet|ken|wist) ${G(3)}hoeveel ${G(3)}(?:genoeg|nodig|dodelijk|te veel|teveel|fataal)`, `(?:weet|ken|wist) ${G(3)}hoeveel ${G(2)}${pills} ${G(3)}(?:genoeg|nodig|dodelijk|te veel|teveel|fataal)`,
      `levensverzekering ${G(4)}(?:keert|uitkeert|uitbetaalt|betaalt|uitkeren) ${G(3)}(?:ook |wel |toch |tenminste |dan )?(?:uit|bij|als)`, `(?:keert|betaalt|uitkeert) ${G(3)}levensverzekering ${G(3)}(?:uit|tenminste|dan)`,
      `(?:zie|zag) ${G(2)}(?:maar|nog maar|alleen nog|alleen) (?:een|1) (?:uitweg|oplossing|manier)`, `(?:doorrijden|doorrij|rijden|rij|sturen|stuur|knallen) ${G(3)}tegen (?:een|de) (?:boom|muur|pijler|vangrail|vrachtwagen|betonblok)`,
      // Sleeping forever, wanting to be with the dead, disappearing.
      `(?:wil|wilt|wou|zou willen) ${G(3)}(?:heel lang|voor altijd|eeuwig|gewoon lang) ${G(1)}slapen`, `bij (?:hem|haar|papa|mama|mijn (?:man|vrouw|moeder|vader|zoon|dochter)) ${G(1)}(?:wil|wilt|wou|zou willen) zijn`,
      `(?:het )?liefst ${G(2)}(?:verdwijnen|verdwijnt|dood|er niet (?:meer )?zijn|weg zijn|niet wakker)`, `(?:ben|is) (?:ik|hij|ze|zij) er ${G(2)}niet meer(?! (?:om|op|tussen|van|voor|bij|thuis|in|de|het|\\d))`,
      `(?:niet meer|toch niet meer|nooit meer) nodig ${G(2)}(?:waar ik|waar hij|waar ze|heb|hebben)`, `(?:touw|strop|verlengkabel|kabel|riem) ${G(6)}(?:klaargelegd|klaar gelegd|gelegd|verstopt|liggen|ligt klaar|in de schuur|op zolder|onder (?:zijn|haar|mijn) bed|aan de balk|balk)`,
      // Said not to be so: kept out of the crisis tier by figurative, asked about here when something else is said.
      `(?:niet dat ik|ga ${G(1)}niks|ga ${G(1)}niets) ${G(2)}(?:iets )?(?:ga doen|aandoen|doe)(?= ${G(6)}(?:pillen|touw|brug|spoor|paracetamol|gegoogled|opgezocht))`,
      `(?:opgeschreven|geschreven|uitgezocht|opgezocht|bedacht|getekend|uitgewerkt) ${G(4)}hoe (?:hij|ze|zij|ik) ${G(1)}het (?:zou|gaat|ga|wil|wilde|gaan) doen(?! ${G(3)}(?:voor|op|bij) (?:school|werk|het examen|de toets))`,
      // A life called complete; "I won't do anything, but I can't go on".
      '(?:genoeg|lang genoeg) geleefd', 'voltooid leven', `(?:ga|zal|doe) (?:niks|niets) (?:doen |geks )?${G(2)}(?:maar|alleen) ${G(4)}(?:kan ${G(1)}niet meer|trek het ${G(1)}niet(?: meer)?|hou het ${G(1)}niet (?:meer )?vol)`,
      // A farewell letter to the children: "dat het niet hun schuld is", "voor iedereen beter zo".
      `(?:brief|brieven|briefje|briefjes|kaart|kaartje|kaartjes) ${G(14)}niet (?:hun|jullie|jouw|je|zijn|haar) schuld`, `(?:voor iedereen|voor (?:de kinderen|hen|hun|jullie|mijn (?:kinderen|gezin|vrouw|man))) ${G(1)}beter (?:is )?zo(?= |$)`,
      // Nobody will need to worry about me any more; a date after which "is het klaar".
      `(?:hoeft|hoeven) ${G(2)}(?:niemand|jullie|ze|je) ${G(2)}(?:zich |zelf )?(?:meer )?(?:druk|zorgen|ongerust) ${G(2)}(?:om|over) (?:mij|me)`, `(?:ga|gaat|goa|loop) ${G(3)}(?:de )?(?:schuur|zolder|stal|garage|bos|bossen|kelder|hooizolder) (?:in|op) ${G(3)}(?:en )?(?:dan )?(?:is het|is t|is alles) (?:klaar|voorbij|over|gedaan|afgelopen)`,
      // As crisis lines hear a wish to die: "ik wil zo niet verder", "het leven heeft me niets meer te bieden".
      `(?:wil|kan) ${G(1)}zo niet (?:meer )?verder(?! ${G(2)}(?:met (?:mijn|deze|die|dit|de) (?:baan|werk|opleiding|studie|school|huis|relatie|auto)))`, `(?:het )?leven ${G(3)}(?:niets|niks) meer te bieden`,
    ],
    violence: [
      // A knife bought and a time or a counter named: a threat to someone else.
      `(?:mes|messen|wapen|pistool|vuurwapen|bijl) (?:gekocht|gehaald|bij me|op zak) ${G(14)}(?:morgen|morgenochtend|vanavond|straks|balie|loket|kantoor|gemeente|school|dan gaat (?:ze|hij))`,
      // Blackmail with nude pictures (sextortion), in either order.
      `(?:chanteert|chanteerde|chanteren|gechanteerd|chantage|afpers\\p{L}*|afgeperst) ${G(8)}(?:naakt\\p{L}*|fotos|foto|filmpje\\p{L}*|video\\p{L}*|beelden)`, `(?:naakt\\p{L}*|fotos|filmpje\\p{L}*) ${G(8)}(?:chanteert|chanteerde|gechanteerd|chantage|afpers\\p{L}*|afgeperst|online (?:zet|zetten|zette))`, `zet ${G(2)}(?:ze|die|de fotos|het) online`,
      // "Help" whispered by a girl with an older man; a black eye with a pension taken.
      `(?:fluisterde|fluistert) ${G(2)}help`, `(?:zei|zegt) ${G(4)}(?:zachtjes|stil|stilletjes|fluisterend) ${G(1)}help`, `(?:een |met een )?(?:dik|blauw|opgezwollen) oog ${G(12)}(?:zeg niks|zeg niets|niks zeggen|niets zeggen|hij is er|ik hoor)`, `pensioen ${G(4)}(?:afpakt|afgepakt|inpikt|ingepikt|wil hebben|wil (?:hij|zij|ze|mijn|hebben))`,
      // An ex who found the shelter: his car outside, photos of the front door. A contact ban: asked about, it may be broken.
      'contactverbod', 'straatverbod', 'huisverbod',
      `(?:heeft|hebben) ${G(2)}gevonden waar ${G(3)}(?:opvang|ik woon|wij wonen|we wonen|ik zit|we zitten|ik nu woon|ik ben)`, `(?:foto|fotos) van ${G(2)}(?:onze|mijn|ons) (?:voordeur|huis|deur|flat|raam|ramen|auto)`,
      // A boss who hits the workers.
      `(?:baas|chef|eigenaar|leidinggevende|voorman|uitzendbureau) ${G(4)}(?:slaat|sloeg|schopt|schopte|mept) ${G(2)}(?:de jongens|ons|mij|me|werknemers|de mannen|arbeiders|de meiden)`,
      // A child's words heard or told: "papa niet doen"; a threat to find her wherever she goes.
      `(?:papa|pappa|mama|mamma|pap|mam) ${G(1)}(?:niet doen|stop|hou op|ophouden|niet slaan|alsjeblieft niet|nee nee)`, `(?:dan )?(?:weet|weten) (?:ik|je|jij|we|wij|ze|zij) ${G(1)}(?:wel )?wat er (?:gebeurt|gaat gebeuren|dan gebeurt)`,
      `(?:vindt|vind|vinden) (?:hij |zij |ze )?(?:me|mij|ons) ${G(3)}waar (?:ik|we|wij) ook (?:ben|zijn|heen ga|naartoe ga|woon)`,
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
      `(?:doet|deed|doen) ${G(3)}dingen ${G(2)}die (?:niet mogen|ik niet wil|niet goed zijn|niet normaal|ik niet fijn vind|ik eng vind|ik niet leuk vind|pijn doen)`, `(?:vermoordt|vermoorden|maakt|slaat) ${G(1)}(?:me|mij) ${G(1)}(?:dood )?als ${G(2)}(?:weet|hoort|ziet|ontdekt|merkt|erachter)`,
      `(?:te )?schande ${G(4)}(?:gemaakt|familie|eer)`, 'familie-eer', `eer van (?:de|onze|mijn) familie`, `(?:familie|zij|ze) ${G(3)}(?:het )?zelf (?:wel )?(?:regelt|regelen|oplossen)`,
      `(?:kinderen|kind) ${G(2)}nooit meer ${G(1)}(?:zien|zie|ziet)`, `(?:op een andere manier|in natura) ${G(2)}(?:betalen|terugbetalen)`, `(?:fotos|foto|filmpjes|naaktfotos) ${G(4)}(?:rondstuurt|rondsturen|doorsturen|verspreiden|online)`,
      `(?:je|ik|jij) ${G(1)}(?:wel )?(?:zal|zult|gaat|ga) zien wat er (?:gebeurt|gaat gebeuren)`, `bang als ik ${G(2)}(?:auto|sleutel|sleutels|stem|voetstappen) ${G(1)}hoor`, `(?:vermoordt|vermoorden|doodmaken|dood maken|doodslaan|afmaken) ${G(1)}(?:me|mij|ons)`,
      `mag ${G(2)}niet zonder (?:hem|haar) ${G(3)}(?:de deur uit|naar buiten|weg|het huis uit)`, `(?:gehecht|hechtingen) ${G(8)}(?:gevallen|gegooid|tegen mijn hoofd|boos)`, `(?:zeg|zei|vertel) ${G(4)}dat ik ${G(1)}(?:ben )?(?:gevallen|gestoten)`, `(?:raakt|raakte) ${G(2)}het kwijt ${G(6)}(?:baby|kind|schud|slaat|schreeuw)`,
      `(?:opnames|afschrijvingen|pinopnames|geld weg) ${G(10)}(?:niet herinnert|weet niet|zonder|bang)`, `(?:pensioenpas|bankpas|pinpas|pension card|bank card) ${G(6)}(?:heeft zij|heeft hij|nu|afgepakt|beheert)`,
      `(?:ergens|waar) ${G(2)}heen ${G(6)}(?:vannacht|vanavond|met (?:mijn|de) (?:kinderen|dochter|zoon|dochtertje|zoontje))`, `(?:blijf van mijn lijf\\p{L}*|vrouwenopvang|safe house|geheime opvang)`,
      `(?:blauw oog|blauwe ogen|zonnebril) ${G(6)}(?:van|tegen|hij|regen|regent|binnen)`, 'tekeer(?:gaan|gaat|ging)', `komt ${G(4)}binnen ${G(4)}(?:douche|bad|omkleed|slaap|naakt)`,
      `(?:komt|kwam|komen|loopt|liep) ${G(3)}(?:badkamer|douche|slaapkamer|kamer|wc) (?:in|binnen) ${G(4)}(?:als|wanneer|terwijl) (?:ik|ze|zij|hij|mijn \\S+) ${G(3)}(?:douche|douchen|in bad|omkleed|slaap|slaapt|sliep|naakt|uitkleed)`,
      // Not to tell: made to swear, a secret between an adult and a child, not to tell the parents.
      `(?:moet|moest|moeten|laat|liet|laten) ${G(3)}(?:zweren|beloven|belooft|beloofd) ${G(4)}(?:niks|niets|niet|nooit|aan niemand|tegen niemand) ${G(2)}(?:zeg|zegt|zeggen|vertel|vertelt|vertellen|verklapt|verklappen)`,
      `(?:mag|mocht|mogen|moet|moest) ${G(3)}(?:niks|niets|niet|aan niemand|tegen niemand|met niemand) ${G(3)}(?:zeggen|vertellen|praten|klagen) ${G(4)}(?:anders|want|over wat|van hem|van haar)`,
      `(?:niet|niks|niets) ${G(2)}aan (?:mijn|mn|je|haar|zijn|de) (?:ouders|pleegouders|moeder|vader|mama|papa|mentor|juf|meester|leraar) ${G(2)}(?:moet|mag|mogen|mocht|moest|zou) ${G(1)}(?:vertellen|zeggen)`,
      `(?:oom|opa|stiefvader|stiefpa|trainer|coach|leraar|docent|meester|begeleider|buurman|neef|oppas|vriend van (?:papa|mama)|vriend van mijn \\S+) ${G(10)}(?:geheim\\p{L}*|ons spelletje|speciaal spelletje)`, `geheim(?:pje)? ${G(3)}(?:tussen|van) (?:ons|hun|hen|hem en (?:mij|haar)|haar en (?:mij|hem))(?: twee| tweeen)?`,
      `(?:deur|kamer) ${G(4)}op slot ${G(4)}(?:toen|als|terwijl) (?:we|wij|ik) ${G(1)}alleen`, `(?:stuur|stuurt|sturen) ${G(2)}(?:je|me|mij|haar) terug ${G(2)}(?:naar|als)`,
      `(?:houden|houdt|hebben|heeft|hield) ${G(2)}(?:mijn|haar) (?:paspoort|verblijfspas|id|papieren)`, `mag ${G(1)}niet ${G(1)}(?:alleen )?(?:naar buiten|de deur uit|het huis uit)(?! ${G(1)}(?:van de dokter|van de huisarts|na|voor|tot|zonder jas))`,
      // A neighbour who hears "stop" and then a sudden silence.
      `(?:roept|riep|roepen|gilt|gilde|schreeuwt|schreeuwde|huilt|huilde|smeekt|smeekte) ${G(3)}(?:stop(?! (?:met|de|het|maar|nou|eens))|laat me los|niet doen|nee nee|au|hou op|houd op|ophouden|loslaten|help)`,
      `(?:geschreeuw|gegil|gehuil|gebonk|bonken|klap|klappen|stop|help|los|schreeuwen|gillen|huilen) ${G(10)}(?:ineens|opeens|plotseling|toen|daarna|dan) ${G(3)}(?:doodstil|stil|stilte)`,
      // Honour: shaming the family, family who will "solve" it.
      `(?:familie|eer) ${G(3)}(?:te )?schande`, 'schande (?:maak|maakt|maken|gemaakt|brengt|gebracht)', `(?:gaat|gaan|zal|zullen) ${G(1)}(?:het )?oplossen ${G(6)}(?:zomer|buitenland|trouwen|vriend|familie|broers|vader)`,
      // Marks of a belt or stick; things thrown; rough when drunk.
      `(?:rode )?(?:strepen|striemen) ${G(2)}op ${G(1)}(?:zijn|zn|haar|mijn|mn) (?:benen|billen|rug|armen|been|arm)`, `(?:gooit|gooide|smijt|smeet) ${G(2)}(?:dingen|spullen|borden|stoelen|flessen|glazen) ${G(1)}(?:naar|tegen|door)`,
      `(?:krabt|krabde|spuugt|knijpt|kneep) ${G(4)}(?:als ik|wanneer ik)`,
      // Moving away so that a partner cannot find the address; a tracker under the car.
      `(?:verhuizen|verhuis|wonen|weggaan|weg gaan|vluchten|onderduiken|vertrekken) ${G(6)}zonder dat (?:hij|zij|ze|mijn \\S+) ${G(4)}(?:adres|vindt|vinden|kan vinden|weet|weten|achter komt|erachter komt)`, `(?:adres|woonadres) ${G(2)}(?:afschermen|afgeschermd|geheim (?:houden|blijven)|geheimhouden)`,
      `(?:tracker|gps tracker|zender|airtag|volgsysteem) ${G(4)}(?:onder|in|aan|op) (?:mijn|m n|mn|de|haar) (?:auto|fiets|tas|jas|scooter)`,
      // Keep your mouth shut, or else: said to an elder or a child.
      `(?:mond|kop|bek|snavel) ${G(2)}(?:houden|dichthouden|dicht houden|dicht te houden|te houden) ${G(2)}anders`,
      // Sent to the village or the home country and not coming back; a family "bevuild".
      `(?:sturen|stuurt|stuurden|brengen|brengt|nemen|neemt|meenemen|terugsturen) ${G(4)}naar ${G(4)}(?:dorp|land|thuisland|marokko|turkije|somalie|syrie|irak|pakistan|afghanistan|egypte|eritrea|ethiopie|buitenland|familie) ${G(8)}(?:niet meer terug|nooit meer terug|kom ik niet|komt ze niet|komt hij niet|mag ik niet terug|trouwen|uithuwelijken|daar blijven|(?:moet|moeten|mag) (?:ik|ze|zij|hij) (?:daar )?blijven)`,
      `(?:familie|eer|onze naam) ${G(3)}(?:bevuild|bevlekt|bezoedeld|onteerd)`, `naar ${G(2)}(?:dorp|land|thuisland|marokko|turkije|somalie|syrie|irak|pakistan|afghanistan|egypte|eritrea|ethiopie|buitenland) ${G(6)}(?:kom|komt|komen|mag|ga|gaat) ${G(2)}(?:niet|nooit) meer terug`,
      // A child sent to her room while mum cries and there is a thud.
      `(?:hoor|hoorde|horen) ${G(3)}(?:mama|mijn moeder|m n moeder|mn moeder|mam|haar) ${G(1)}(?:huilen|gillen|schreeuwen|roepen|janken) ${G(6)}(?:bonk|klap|klappen|dreun|gebonk|harde klap|stil|geschreeuw)`,
      `(?:moet|moeten|moest|moesten) ${G(4)}(?:op (?:mijn|onze|de|m n|mn) kamer|in de kast|in de badkamer|naar boven|naar zolder) ${G(1)}(?:blijven |zitten |verstoppen )?${G(10)}(?:huilen|schreeuwen|bonk|klap|gillen|boos|ruzie|dronken|drinkt|blauw oog|blauwe plek\\p{L}*|bloedneus)`,
      // Someone shut in who calls out that she wants out.
      `(?:roepen|roept|riep|gillen|gilde|smeken|smeekte) ${G(3)}(?:dat )?(?:ze|zij|hij|oma|opa|mijn \\S+) ${G(1)}eruit (?:wil|wilde|wou|moet)`,
    ],
    emergency: [
      // Someone with dementia who walked off, in the cold or in pyjamas.
      `(?:dementie|dement|alzheimer) ${G(10)}(?:weggelopen|verdwenen|(?<!de weg )kwijt|zoek|niet thuisgekomen|de deur uit|weggegaan|gaan dwalen)`,
      `(?:weggelopen|verdwenen|zoek|kwijt) ${G(10)}(?:dementie|dement|alzheimer|pyjama|sloffen|pantoffels)`,
      `(?:zakt|zakte) ${G(2)}in (?:de |zijn |haar )?(?:stoel|elkaar)`,
      // Stroke told by phone: slurred speech with a heavy arm.
      `dubbele tong ${G(12)}(?:rechter|linker)?(?:arm|been|hand|gezicht|mond) ${G(3)}(?:zwaar|slap|scheef|hangt|doof|verlamd)`, `(?:rechter|linker)?(?:arm|been|hand|gezicht|mond) ${G(3)}(?:zwaar|slap|scheef|hangt|doof|verlamd) ${G(12)}dubbele tong`,
      `zwanger ${G(8)}(?:bloedt|bloeding|bloedverlies|krampen|buikpijn) ${G(6)}(?:wit|bleek|duizelig|flauw)`,
      // Someone who collapses clutching the chest.
      `(?:greep|grijpt|grijpen|greep hij|greep ze) ${G(1)}naar (?:zijn|haar|mijn|de) borst`, `(?:valt|viel|zakt|zakte) ${G(3)}(?:neer|in elkaar)(?! ${G(2)}(?:van het lachen|van de slaap|van vermoeidheid|op de bank))`,
      // Bleeding in pregnancy; pills taken and then drowsy or dizzy.
      `(?:zwanger|zwangerschap|weken ver) ${G(12)}(?:bloed|bloedt|bloed ik|bloeding|bloedverlies|vruchtwater)(?! (?:prikken|onderzoek|test|afnemen|laten|suiker|waarden|groep|druk))`, `(?:bloed ik|bloedt|bloeding|bloedverlies) ${G(12)}(?:zwanger|weken zwanger|zwangerschap)`,
      `${pills} ${G(8)}(?:genomen|geslikt|ingenomen|opgegeten|gegeten|op ?gedaan|naar binnen) ${G(12)}(?:suf|slaperig|duizelig|draaierig|wazig|misselijk|hartkloppingen|overgeven|overgegeven|spugen|gespuugd|kotsen|gekotst|nauwelijks wakker|niet wakker|valt steeds in slaap|val steeds in slaap|kan ${G(1)}(?:niet|nauwelijks) ${G(1)}(?:wakker|op mijn benen))`,
      `${pills} ${G(14)}(?:heb|had) er ${G(2)}(?:\\d+|tien|twintig|dertig|veertig|heel veel|een hele strip|een paar strips) ${G(1)}(?:genomen|geslikt|ingenomen)`,
      `(?:genomen|geslikt|ingenomen|slikte|nam) ${G(4)}(?:\\d+|tien|twaalf|vijftien|twintig|dertig|een stuk of \\S+|een handvol|een hele|een paar|heel veel|veel te veel) ${G(2)}${pills}`, `(?:\\d+|tien|twaalf|vijftien|twintig|dertig|een handvol|heel veel) ${G(3)}${pills} ${G(6)}(?:genomen|geslikt|ingenomen|opgegeten)`,
      `(?:ligt|lag) ${G(2)}op de grond`, `(?:valt|viel|gevallen) ${G(4)}(?:hoofd|bloed|kan niet opstaan|niet meer op)`, `(?:kan|kon) ${G(1)}(?:bijna )?niet (?:meer )?(?:ademen|praten|bewegen)`,
      `(?:ruik|ruikt|rook) ${G(3)}(?:raar|vreemd|stank|gas)`, `(?:niet|nooit) ${G(2)}(?:meer )?gezien ${G(4)}(?:dagen|week|weken)`, `(?:al|sinds) ${G(1)}(?:dagen|een week) ${G(3)}niet (?:meer )?gezien`,
      `(?:verward|suf|slap|grauw|lijkbleek|zweet) ${G(6)}(?:reageert|valt|ligt|ademt|praat)`, '(?:veel|heel veel|overal) bloed', 'bloed overal', `koorts ${G(3)}(?:baby|41|42)`,
      `(?:dementie|alzheimer|dement) ${G(12)}(?:vermist|niet (?:meer )?terug|nog (?:steeds )?(?:weg|niet terug|zoek)|al \\S+ (?:uur|uren) weg|uur weg)`, 'vermist', `(?:schokt|schokken|stuiptrekt|stuiptrekken)`,
      `(?:iets|wat|een \\S+) ${G(1)}(?:ingeslikt|doorgeslikt)`, `(?:ademt|snurkt|ademhaling) ${G(2)}(?:raar|vreemd|heel raar|piepend|reutelend|heel langzaam)`, `(?:heel |erg )?slap ${G(8)}(?:baby|hoofd|fontanel|plekje|reageert)`,
      `(?:suikerpatient|diabetes|diabeet|suiker|gespoten|insuline) ${G(12)}(?:trillen|trilt|zweten|zweet|onzin|verward|herkent|suf|raar)`, `(?:geiser|kachel|cv ketel|ketel|boiler|gaskachel|houtkachel|co melder|comelder) ${G(12)}(?:hoofdpijn|misselijk|suf|duizelig)`,
      `(?:kan|kon) ${G(1)}(?:zijn|haar) woorden niet (?:meer )?vinden(?! ${G(2)}(?:sinds|door|vanwege|bij))`, `(?:praat|zegt) ${G(2)}onzin`, `(?:zweterig|zweet|grauw) ${G(6)}(?:borst|arm)`,
      `(?:neemt|nam) ${G(4)}niet (?:meer )?op ${G(6)}(?:dagen|al \\S+ dagen|sinds)`, `al (?:\\d+|twee|drie|vier|vijf|zes|een paar|enkele) dagen ${G(6)}(?:niet (?:meer )?(?:op|open|gezien|gehoord)|geen gehoor)`,
      // A tool that slipped and blood; someone with epilepsy or diabetes who does not answer.
      `(?:kettingzaag|cirkelzaag|zaag|slijptol|bijl|beitel|grasmaaier|hakselaar|frees|stanleymes|mes|glas|ruit) ${G(10)}(?:uitgeschoten|uitgegleden|geraakt|doorgezaagd|in (?:zijn|haar|mijn|z n|m n) (?:been|bovenbeen|arm|hand|dij|lies|pols|vingers)) ${G(10)}(?:bloed|bloedt|bloeden|bloedde)`,
      `(?:epilepsie|epileptisch|insulten|diabetes|suikerziekte|hartpatient) ${G(20)}(?:reageert ${G(2)}(?:niet|nergens)|doet ${G(2)}niet open|geen reactie|neemt ${G(2)}niet op)`, `(?:reageert ${G(2)}(?:niet|nergens)|doet ${G(2)}niet open|geen reactie|neemt ${G(2)}niet op) ${G(20)}(?:epilepsie|epileptisch|insulten|diabetes|suikerziekte|hartpatient)`,
    ],
  },
  signals: {
    suicide: [
      // Going to join the dead ("ich gaon nao de mam toe", "ik ook moet weg, bij hun"), saying one will not be there soon.
      [`(?:ga|gaon|gaan|gaat|moet|wil) ${G(2)}(?:naar|nao|noar|bij) (?:de mam|mama|mam|moeder|ma|pa|papa|vader|mijn vrouw|mijn man|oma|opa|hun|hen)(?: toe)?`],
      // Sleeping pills saved in a jar.
      [`(?:slaap|slaop|slaap)\\p{L}*(?:tablet|pil)\\p{L}* ${G(12)}(?:spaart|spaort|verzamelt|bewaart|bewaard|opspaart|opgespaard|gespaard|verzameld)`, `niet ingenomen ${G(1)}(?:maar )?(?:bewaard|gespaard|verzameld|opgespaard)`, `(?:spaart|spaort|verzamelt|bewaart) ${G(3)}(?:slaap|slaop)\\p{L}*(?:tablet|pil)\\p{L}*`],
      // Keepsakes given away (a sewing machine, a wedding bible or ring), in either order; apart from it, going to meet the Lord or a late husband.
      [`(?:naaimachine|\\p{L}*bijbel|trouwring|ring|ketting|gouden \\p{L}+|fotoalbum\\p{L}*|schilderij\\p{L}*|postzegel\\p{L}*|goud|sieraden) ${G(6)}(?:weggegeven|weggeven|gegeven|verdeeld|uitgedeeld|geschonken)`, `(?:weggegeven|weggeven|geschonken|uitgedeeld) ${G(4)}(?:naaimachine|\\p{L}*bijbel|trouwring|ring|fotoalbum\\p{L}*|schilderij\\p{L}*|goud)`],
      [`(?:heer|god|hemel|hiernamaals|hemelse vader) ${G(3)}(?:opzoeken|tegemoet|achterna|naartoe|op te zoeken)`, `(?:man|vrouw|moeder|vader|zoon|dochter|opa|oma|broer|zus) ${G(2)}(?:achterna|achternagaan)`],
      // Farewells and affairs put in order.
      ['afscheid', 'vaarwel', 'het is goed zo', `(?:definitief|voorgoed|voor altijd) (?:weggaat|weg gaat|weggaan|vertrekt|vertrek|weg is|weg ben)`, `(?:gaat|ga|gaan|vertrekt) (?:definitief|voorgoed|voor altijd) weg`, `bedankt voor de mooie (?:jaren|tijd)`, `(?:sleutel|sleutels) ${G(1)}mag (?:houden|hebben)`, `mag ${G(1)}(?:sleutel|sleutels) (?:houden|hebben)`, 'sorry mama', 'sorry mam', `niemand hoeft ${G(1)}(?:me|mij) (?:te )?(?:zoeken|missen)`, `(?:bedankt|bedankte|bedanken) ${G(3)}voor alles`, `goed voor ${G(2)}(?:kat|hond|poes|kinderen|planten|vissen|konijn) ${G(1)}(?:moet |moeten |te )?zorgen`, 'mi lobi yu', `no (?:wan )?sari`, `(?:huis|kamer|flat|appartement|woning) ${G(2)}(?:is )?(?:opgeruimd|leeggeruimd|netjes achtergelaten)`, `voor (?:degene|diegene|wie) die ${G(3)}(?:moet )?(?:afhandelen|regelen|opruimen|vindt|vinden)`, 'laatste (?:bericht|berichtje|keer|brief)', '(?:dank|dankje|dankjewel|bedankt) voor alles', 'je was de (?:beste|liefste)', 'zorg goed voor', 'het ga (?:je|jullie) goed', 'testament', `zaken ${G(4)}(?:afgewikkeld|geregeld|op orde)`, '(?:na )?mijn heengaan', `(?:dit|dat) (?:was |is )?(?:zijn|haar|mijn) laatste \\p{L}+(?: was| is| wordt)?`, 'alles (?:geregeld|op orde)', `(?:brief|briefje|briefjes|brieven|afscheidsbrieven|kaartjes) ${G(3)}(?:geschreven|achtergelaten|klaar|liggen klaar|neergelegd) ${G(1)}(?:voor|aan)?`, 'sorry voor alles', `(?:iedereen|jullie) ${G(1)}(?:wil )?bedanken voor alles`, `jullie waren ${G(1)}(?:top|de beste|geweldig|toppers)`, 'alles (?:opgeruimd|netjes geregeld)', `(?:de rest|alles) ${G(3)}geregeld`, 'na mijn tijd', 'als iemand er niet meer is', 'kamer opgeruimd', `(?:papieren|zaken) ${G(2)}op orde`, 'voor als ik er niet (?:meer )?ben', 'beter zo', 'niet (?:meer )?terug (?:te )?(?:schrijven|bellen)', `(?:hebt|heeft|heb) er meer aan dan ik`, 'hoeven (?:me )?niet meer (?:te )?(?:bellen|zoeken)', 'een goed (?:huis|tehuis|baasje)', 'niet terug(?:schrijven|bellen|appen)', 'voor als (?:ze|jullie|iemand|de buren) (?:me|mij) vind\\p{L}*', `(?:brief|briefje|brieven|briefjes) ${G(4)}(?:ligt|liggen) ${G(2)}(?:in de la|klaar|op tafel|op mijn bureau|in de kast)`, '(?:het )?niet aan (?:haar|hem|jou|jullie|hun) ligt', 'niet (?:haar|zijn|jullie|jouw|hun) schuld', `(?:reservesleutel|sleutel) ${G(3)}(?:ligt|is|heb|hangt) ${G(2)}bij (?:de|mijn) (?:buren|buurvrouw|buurman|zus|broer|overburen)`, `(?:jullie|je|u) ${G(3)}(?:heel |erg |zo |altijd )?(?:aardig|lief|goed) (?:tegen|voor) (?:me|mij) (?:waren|was|bent|zijn|geweest)`, `(?:jullie|je|u) (?:waren|was|bent|zijn) ${G(2)}(?:aardig|lief|goed) (?:tegen|voor) (?:me|mij)`, 'wilde alleen nog (?:even )?(?:zeggen|laten weten)', 'is goed zo', `lichaam ${G(2)}(?:aan de wetenschap|ter beschikking)`, `(?:uitvaart|begrafenis|crematie) ${G(3)}(?:geregeld|regelen|betaald|vastgelegd)`, `zorgen dat (?:die|de|mijn|deze) (?:brieven|brief|briefjes) ${G(4)}(?:bij ze|bij hen|bij hun|bij de kinderen|aankomen|terechtkomen|goed komen)`],
      // Giving things away.
      [`(?:horloge|ring|fiets|auto|sieraden|gereedschap|boeken|postzegel\\p{L}*|schilderij\\p{L}*|collectie) (?:is|zijn|gaat|gaan) (?:voor|naar) (?:hun|haar|zijn|mijn|de|het) \\p{L}+`, `(?:motor|auto|fiets|scooter|brommer|gereedschap|playstation|ps5|ps4|xbox|kleren|gitaar|horloge|verzameling|spullen|laptop) ${G(5)}(?:aan|voor) ${G(3)}(?:gegeven|weggegeven|geschonken|wil geven|wilde geven)`, `(?:kat|katten|hond|honden|poes|poezen|vogels|konijn\\p{L}*|cavia\\p{L}*|spaargeld|spaarrekening|spaarcenten) ${G(5)}(?:gebracht|weggebracht|weggegeven|gegeven|ondergebracht|overgemaakt|overgeboekt|overgezet)`, `(?:gegeven|weggegeven|weggeven|geef|gaf|overdragen|overgedragen|verkocht|gebracht|wil hebben|mag hebben|mogen hebben|mocht hebben|mochten hebben|mag houden|mocht houden|kan krijgen|krijgt|opgehaald|overnemen) ${G(6)}(?:spullen|gereedschap\\p{L}*|sleutels|boot|kat|hond|poes|duiven|vogels|kanarie|parkiet|konijn|cavia|aquarium|boeken|sieraden|collectie|fiets|auto|kleren|skins|account|accounts|wachtwoord\\p{L}*|gitaar|planten|kamerplanten|verzameling|spelcomputer|playstation|ps4|ps5|xbox|switch|console|scooter|brommer|horloge|spaarpot|laptop|computer|telefoon)`, `(?:zorgt|zorgen|zorg|past|passen|overnemen|opvangen) ${G(4)}(?:kat|hond|poes|katten|honden|konijn|vogel)`, `(?:spullen|gereedschap\\p{L}*|sleutels|boot|kat|hond|poes|duiven|vogels|kanarie|parkiet|konijn|cavia|aquarium|boeken|sieraden|collectie|skins|account|accounts|wachtwoord\\p{L}*|gitaar|planten|kamerplanten|verzameling|playstation|ps4|ps5|xbox|console|scooter|brommer|horloge|spaarpot|laptop) ${G(6)}(?:gegeven|weggegeven|weggeven|verdeeld|uitgedeeld|overdragen|overgedragen|gebracht|verkocht|wil hebben|mag hebben|mogen hebben|mocht hebben|mochten hebben|mag houden|mocht houden|overnemen|opvangen|naar (?:mijn|de|een|iemand)|goed adres|goed huis)`, `(?:hond|kat|poes|katten|honden|konijn|vogel|parkiet|kanarie) ${G(2)}(?:is|zijn|zit|woont|logeert|blijft) ${G(1)}(?:nu |al |voortaan )?bij (?:mijn|de|een|haar|zijn)`],
      // Means and places.
      [pills, 'strip', 'touw', 'verlengkabel', 'mesje', 'mesjes', 'scheermesje', 'spoor', 'overweg', 'brug', '\\p{L}+brug', `(?:strip|pillen|medicijnen|doosje) ${G(4)}(?:is |zijn )?(?:ook )?(?:weg|verdwenen|kwijt) uit`, 'perron', 'gracht', 'kanaal', 'rivier', 'de zee', 'kade', 'dak van', 'hoog genoeg', 'levensverzekering', 'rails', 'lange mouwen', 'sneetjes', 'krassen', 'snijwond\\p{L}*', 'treintijden', `(?:op|over) (?:het|de) (?:balkon|balustrade|reling|dakrand)`, `\\d+e verdieping`],
      // Hopelessness, being a burden, no future.
      [`niemand ${G(2)}(?:mis|mist|missen)`, 'geen (?:zin|nut) meer', `(?:leven|bestaan) ${G(4)}geen (?:betekenis|zin|waarde|doel) meer`, `(?:besloten|besluit) dat ${G(4)}genoeg (?:is )?geweest`, 'niemand heeft (?:het |iets )?door', 'zinloos', 'uitzichtloos', `(?:heb|hebt) het (?:wel |nu wel |echt )?gezien`, `geen reden meer ${G(3)}(?:om|te)`, 'hopeloos', 'wanhopig', 'geen toekomst', `(?:voor )?ons (?:allebei|beiden|alle twee) ${G(3)}(?:voorbij|klaar|over|beter|afgelopen)`, `(?:beter|voorbij|klaar) ${G(3)}(?:voor )?ons (?:allebei|beiden|alle twee)`, 'kan niet meer', 'trek het niet', 'klaar mee', 'klaar met alles', 'moe van alles', 'op is op', 'mooi geweest', 'hoeft niet meer', 'last (?:van mij|voor iedereen)', 'tot last', 'beter af', 'er niet meer bij', 'niks meer', 'niets meer', 'geen uitweg', 'ik ben op', 'leeg van binnen', 'niemand (?:weet|merkt|mist)', 'niet meer in staat', `maakt (?:me|mij) ${G(1)}(?:niks|niets) meer uit`, 'teleurgesteld', 'weer (?:gaan )?(?:drinken|gebruiken)', 'slecht gevoel', 'voor altijd', 'sorry (?:mannen|jongens|allemaal|iedereen)', 'weet (?:eigenlijk |ook )?niet waarom ik dit (?:typ|schrijf|stuur|vertel)', `kan ${G(1)}niet meer`, `trek ${G(2)}niet meer`, 'niet meer wil', '(?:maar|nog maar) (?:een|1) uitweg', 'van (?:mij|me) af', 'er tenminste vanaf', 'beter zo', 'het beu', 'alles is (?:grijs|zwart)', 'mijn tijd (?:wel )?gehad', 'niemand vraagt', 'weet niet hoe lang ik (?:dit|het) (?:nog )?volhoud', `(?:nooit|niet) meer ${G(1)}(?:afbetaald|afbetalen|afgelost|aflossen)`, 'voor iedereen beter', `beter ${G(1)}voor iedereen`, `(?:niemand|jullie) ${G(2)}(?:hoeft|hoeven) ${G(3)}(?:meer )?(?:druk|zorgen)`],
      // Alarm about someone who went silent after strange words.
      [`vertrouw (?:het|dat|hem|haar) ${G(1)}(?:niet|nie)`, 'reageert (?:niet|nie) meer', `leest ${G(2)}(?:appjes|berichten|berichtjes|whatsapp\\p{L}*) niet meer`, `weet ${G(2)}niet waar (?:ze|hij|zij) is`, `(?:hij|zij|ze|mijn \\S+|mn \\S+) (?:is|was|werd|wordt) (?:ineens |opeens |heel |erg |zo |nogal |steeds )*stil`, 'komt niet meer', 'dodelijk', `(?:weet|ken|wist) ${G(3)}hoeveel ${G(3)}(?:genoeg|nodig|dodelijk|fataal)`, 'opzoek(?:en)? hoeveel', 'googel\\p{L}*', 'medicijnkar', `neemt ${G(4)}(?:niet|nie) (?:meer )?op`, 'offline', 'niet (?:meer )?bereikbaar', `(?:zit|zat|ligt|lag) ${G(4)}(?:kamer|badkamer|wc|zolder) ${G(4)}(?:deur )?op slot`, 'zoiets (?:raars|vreemds|geks) gezegd', 'raar (?:bericht|berichtje)', 'woont alleen'],
      // A future that stops.
      [`er ${G(2)}(?:binnenkort|straks|morgen|snel) ${G(1)}niet meer (?:is|ben|zijn)`, `(?:volgende|komende) (?:week|maand) ${G(3)}niet meer`, 'niet meer (?:meemaken|mee maken|nodig hebben)', `(?:heeft|hebt|heb|hebben) ${G(3)}niet meer nodig`, `(?:ben|is|zijn) ${G(2)}niet meer nodig`, `na (?:vanavond|vandaag|morgen|vannacht|zaterdag|zondag) ${G(4)}(?:niet meer|niemand meer|nooit meer)`, `(?:hoeft|hoef|hoeven) ${G(3)}niet meer op (?:mij|me) (?:te )?rekenen`, `(?:vanavond|vannacht|morgen|straks|vandaag) is het (?:klaar|over|afgelopen|voorbij)`, 'na (?:vandaag|vanavond|morgen) niet meer', 'vanaf (?:morgen|volgende week) (?:niet|nooit) meer', 'voor het laatst', 'niet meer (?:wakker|op)', `(?:heb|hebben) ${G(3)}niet meer nodig`, 'na mijn tijd', `als (?:ik|iemand) er ${G(1)}niet meer (?:ben|bin|is)`, `(?:morgen|volgende week|vanaf morgen|straks|binnenkort|vrijdag|zaterdag|zondag) ${G(3)}er niet meer`, `(?:morgen|vanavond|vannacht|straks|binnenkort) (?:is het |ben ik )?(?:klaar|voorbij|over|gedaan)`, `hoeven ${G(3)}niet meer op (?:mij|me) te wachten`, 'alles is geregeld', 'heel rustig', `(?:kom|komt|keer|keert) ${G(2)}(?:niet meer|nooit meer) terug`, `dan is (?:het|alles) (?:klaar|voorbij|over|gedaan|afgelopen)`, `(?:volgende week|deze week|voor (?:vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|het weekend)) ${G(3)}(?:rond|geregeld|klaar|afgerond)`, `daarna ${G(1)}(?:hoeft|hoeven) ${G(3)}(?:niemand|jullie|ze|je)`, 'enkeltje', 'enkele reis', `als ${G(1)}(?:ik|je|jij|jullie|u|iemand) (?:hem|haar|mij|me) ${G(2)}niet (?:meer )?(?:zie|zag|zien|ziet|hoort|hoor|hoorde)`, `(?:morgen|straks|volgende week|maandag|na het weekend) ${G(2)}(?:hoef|hoeft) (?:ik|hij|zij|ze) ${G(1)}niet meer`, 'hoef ik niet meer naar (?:school|werk|mijn werk|de les)'],
    ],
    violence: [
      // Hiding from it: locked in the bathroom with a little sister, under the bed.
      ['verstop\\p{L}*', `(?:zit|zitten|zat|zaten|ben|zijn) ${G(5)}(?:badkamer|wc|kast|zolder|kamer|slaapkamer) ${G(1)}op slot`, 'onder (?:het|mijn|ons) bed'],
      // Grooming: an older man met online who gives presents, picks her up, wants pictures and secrecy.
      ['online (?:leren )?kennen', `(?:koopt|kocht|geeft|gaf) (?:haar|hem) ${G(2)}(?:dure )?(?:cadeaus|cadeautjes|spullen|geld|telefoon|kleren|schoenen)`, `haalt (?:haar|hem) ${G(2)}op (?:van|na|bij) school`, `(?:is|staat) (?:haar|hem) iets verschuldigd`, `zijn vrienden ${G(3)}(?:ontmoeten|kennen|leren kennen)`],
      // Objects thrown at a body, a thick lip, a phone smashed.
      [`(?:stoel|fles|asbak|bord|glas|schoen|riem|pan) ${G(2)}(?:tegen|naar) ${G(3)}(?:heup|hoofd|kop|arm|rug|been|gezicht)`, 'dikke lip', `telefoon ${G(2)}kapot (?:gegooid|gesmeten|gemaakt)`, 'bezopen'],
      // Blows heard: something slammed against a wall or door, a blow, "stop stop" (with a scream through the wall, the wall family, it asks).
      [`(?:knalt|knalde|bonkt|bonkte|beukt|beukte|smijt|smeet|gooit|gooide|slaat|sloeg) ${G(4)}tegen (?:de|het) (?:muur|deur|vloer|kast|raam)`, `(?:knalt|bonkt|beukt|dreunt) ${G(2)}(?:steeds|telkens|weer)`, 'stop stop', '(?:een|harde) klap', `(?:nu|toen) is het ${G(1)}stil`],
      // Control: money, phone, keys, permission.
      [`beheert ${G(2)}(?:geld|bankpas|pinpas|rekening|pensioen|aow|uitkering)`, 'locatie', `salaris ${G(4)}(?:zijn|haar) rekening`, 'boodschappengeld', 'zakgeld', 'opnames', 'pensioenpas', 'mag (?:hij|zij|ze|ik) (?:niet meer )?(?:alleen )?(?:de deur|naar buiten)', 'wil altijd weten waar', `(?:kijkt|controleert|checkt|leest) ${G(2)}(?:telefoon|berichten|whatsapp)`, 'telefoon na', `(?:deur|voordeur) ${G(2)}op slot`, 'sleutel mee', 'heeft de sleutel', 'bonnetjes laten zien', 'pinpas', 'bankpas', 'bankzaken', 'tracker', 'weet altijd waar', 'neemt de telefoon mee', 'naar (?:haar|zijn) rekening', 'van de rekening', 'niet meer (?:zelf )?naar de bank', `wekelijks ${G(1)}\\d+ euro`, `(?:mijn |haar )?paspoort`, `(?:moet|mag) ${G(3)}(?:toestemming|vragen|van hem|van haar)`, 'mag niet (?:weg|naar buiten|werken|bellen|afspreken)', `mag ${G(1)}niet meer naar (?:de|haar|zijn|mijn) familie`, 'geen geld voor (?:boodschappen|eten)', 'euro per week', 'paspoort', 'niet (?:meer )?bellen'],
      // Fear and anger at home.
      [`(?:wordt|werd|is) ${G(2)}(?:boos|kwaad|woedend|agressief|dronken|driftig)`, 'bang (?:voor|dat) (?:hem|haar|hij|zij)', 'durf (?:het )?(?:niet|aan niemand)', 'mijn schuld', 'dagen stil', 'tekeer', 'schreeuwt', 'gooit met', 'op eieren lopen', 'bang', 'slaap (?:bijna )?niet', `(?:boos|kwaad|agressief|gek) (?:wordt|werd)`, `(?:wordt|werd) ${G(2)}(?:stil en eng|eng)`, 'als hij (?:boos|kwaad|dronken|gedronken)', 'als hij drinkt', 'uitscheldt', 'scheldt', '(?:boos|kwaad|dronken|driftig) (?:is|wordt|werd|was)', `als (?:hij|papa|pap|mijn vader|mijn stiefvader|mijn man|mama|mijn moeder) ${G(2)}(?:drinkt|gedronken heeft|dronken is|gedronken)`, 'dan drinkt (?:hij|zij|ze)', 'is weer bezig', `(?:zegt|zei|vindt) ${G(2)}dat ik ${G(1)}(?:gewoon )?(?:onhandig|klungelig|overgevoelig|dramatisch) ben`],
      // Injuries and excuses for them.
      ['blauwe plek\\p{L}*', 'blauw oog', `(?:zeg|zei|zeggen|vertel|vertelde|verteld) ${G(3)}(?:van de trap|tegen de deur|tegen de kast|van de fiets) ${G(2)}gevallen`, `lange (?:broek|mouwen) ${G(4)}(?:\\d+ graden|warm|zomer|hitte)`, 'zonnebril', 'kastdeur', 'pijn bij (?:het )?slikken', 'schorre stem', `(?:rode )?(?:plekken|striemen|vlekken|puntjes) ${G(2)}(?:in|op|rond) (?:mijn|haar|zijn) (?:nek|hals|ogen|oogwit)`, 'gevallen van de trap', 'pijn (?:aan|in) (?:mijn|haar|zijn) (?:arm|pols|nek|rug|gezicht)', 'striemen', 'bloedneus', 'kneuzing\\p{L}*', 'geduwd', 'pijn', 'wonden', 'wond', 'wondjes', 'gebroken (?:neus|kaak|rib\\p{L}*|arm|pols|vinger)', 'hechtingen', 'gehecht', 'strepen', 'krabt', 'bloed op de vloer', 'rode plekken', `plekken op ${G(1)}(?:haar|zijn|mijn|de) (?:polsen|pols|armen|bovenarmen|nek|hals)`, 'zit te trillen', 'mank', 'snee', 'hinkt', `(?:zei|zeg|zeggen|vertelde|vertel) ${G(3)}(?:ook )?(?:bij|tegen) de (?:huisarts|dokter|eerste hulp|seh|juf|school)`],
      // Secrets and not being allowed to tell.
      ['geheim\\p{L}*', 'niemand weet'],
      // Not allowed to tell, afraid what telling does.
      ['niemand (?:mag|mocht)', 'niet vertellen', `mag ${G(2)}(?:niks|niets|niet) ${G(2)}(?:zeggen|vertellen)`, 'als ik het (?:zeg|vertel|tegen)', `zonder dat (?:het|ze) ${G(2)}(?:merkt|merken|weet|weten|ziet|zien|hoort|horen|doorheeft|doorhebben)`, 'anoniem', 'wil niet meer naar (?!school|buiten|de les|de club|training|de opvang|het werk|werk)', 'geen aangifte', `mag ${G(2)}niet (?:klagen|praten)`, 'zonder dat (?:hij|zij) het (?:merkt|weet|ziet|hoort)', 'niet mag (?:praten|klagen|zeggen|vertellen)', `(?:zweren|beloven) ${G(3)}(?:niks|niets|niet)`, 'hshouma', 'daar praat je niet over', 'logeren', 'logeerweekend', 'bij oom', 'met oom', `(?:mond|kop|bek) ${G(1)}(?:moet |moest |te )?(?:houden|dichthouden|dicht houden)`, 'aan niemand (?:wil|wilt|mag|mocht|moet|zal) (?:vertellen|zeggen|verklappen)', `(?:hij|zij|mijn \\S+) mag ${G(1)}niet weten`, `zonder dat (?:hij|zij|ze) ${G(4)}(?:vindt|vinden|weet|achter komt|erachter komt)`, `niemand ${G(2)}(?:mij|me|haar|hem|jou|je) ${G(1)}(?:zou|zal|gaat) geloven`, 'stoel tegen (?:mijn|de) (?:deur|kamerdeur)', 'doet raar tegen (?:mij|me)'],
      // Sexual boundaries.
      ['douche', 'mijn kamer (?:binnen|in)', `wil niet (?:meer )?in (?:bad|de douche)`, `plast ${G(1)}(?:weer )?in (?:bed|zijn broek|haar broek)`, 'niet hoort te weten', `(?:deed|doet|speelde|speelt) ${G(4)}na wat`, 'op schoot', 'aanraken', 'aangeraakt', 'aan me', 'billen', 'borsten', 'naakt', 'fotos', 'seks', 's nachts'],
      // Honour and family pressure.
      ['schande', 'eer', 'uithuwelijken', `(?:moet|moest|moeten|dwingen|dwingt|gedwongen|wil dat ik|willen dat ik|laten) ${G(3)}(?:trouwen|getrouwd)`, 'neef', 'op vakantie', 'familie (?:regelt|zegt|beslist)', 'broers', 'moskee', 'bevuild', 'bevlekt', 'onteerd', 'naar het dorp', 'naar het land van'],
      // Threats.
      ['dreigt', 'dreigde', 'bedreigd', `zul je (?:het|wat) (?:zien|beleven|merken)`, `anders ${G(3)}(?:dood|doodgaan|dood van verdriet|in de gevangenis|weggehaald|uit huis geplaatst)`, `(?:krijg|krijgt|kreeg) (?:ik|je|ze|zij) ${G(1)}straf`, 'oplossen', 'terugsturen', `stuur ${G(2)}terug`, `zegt dat (?:hij|ze|zij) ${G(2)}(?:me|mij|ons|jou|je|haar|hem|de kinderen|mijn|het huis)`, 'heeft gezegd dat', '(?:dan is het|dan|is het|het is) afgelopen', 'in wat voor bui', 'ergens heen', `als ik ${G(1)}(?:het uitmaak|wegga|weg ga|scheid|ga)`, 'waar ik ook ben', `(?:anders|aans|aanders) ${G(2)}(?:in een|in n|naar een|naar t|naar het) (?:tehuis|tehoes|verpleeghuis|bejaardenhuis)`, 'nooit meer zien', 'rondstuurt', `(?:hij|mijn (?:man|vriend|ex|partner|vader|schoonmoeder|schoonvader|familie)) ${G(4)}afpakken`, 'meenemen', `als ik ${G(4)}(?:later|te laat) (?:thuis )?(?:ben|kom) ${G(1)}dan`],
      // A child in distress, a neighbour who hears.
      ['huilt en schreeuwt', 'gillen', 'gilt', 'roept om (?:zijn|haar) (?:mama|papa|moeder|vader)', 'krijsen', 'gebonk', 'harde klappen', 'achter de muur', 'door de muur', 'niemand doet open', 'roept stop', `(?:roept|riep|gilt|schreeuwt) ${G(2)}(?:stop|laat me los|nee)`, 'laat me los', 'geschreeuw', 'bonk', 'dreun', `tegen de muur ${G(2)}(?:gegooid|gesmeten|gooien|smijten|gegooit)`, `hoor ${G(3)}(?:mama|mijn moeder|haar) ${G(1)}huilen`],
      // A sudden silence after it.
      ['doodstil', `(?:ineens|opeens|toen|daarna|dan) ${G(2)}stil`, 'stilte'],
      // An elder kept from visitors and stripped of things: someone else answers her phone, an empty fridge, shut out in the cold.
      [`mag ${G(2)}(?:niet meer|nooit meer|niet) (?:langs komen|langskomen|langs|op bezoek|bij (?:haar|hem) (?:komen|langs))`, 'neemt (?:hij|zij|ze|mijn \\S+) altijd op', 'nooit (?:zij|hij) zelf', `(?:krijg|kreeg) (?:haar|hem) ${G(1)}niet (?:meer )?(?:te spreken|aan de telefoon|aan de lijn)`, 'eruit (?:wil|wilde|wou)', 'laat me eruit', `koelkast ${G(2)}leeg`, 'buitengesloten', `(?:buiten|op de trap|op straat|op de stoep) ${G(3)}in de kou`, `eet ${G(2)}bij (?:mij|ons)`, `(?:tv|televisie|sieraden|spaargeld|pinpas|bankpas) ${G(3)}(?:is |zijn )?(?:weg|verdwenen|kwijt)`, 'logeert', 'geen bezoek (?:meer )?(?:mag|mogen|krijgen)', `(?:neemt|pakt|nam|pakte|steelt|stal|haalt|haalde) ${G(3)}geld ${G(2)}uit (?:mijn|haar|zijn) (?:portemonnee|beurs|tas|kast|la|lade)`, `(?:ontbrak|ontbreekt|verdwenen|kwijt) ${G(3)}(?:mijn|haar|zijn) (?:trouwring|sieraden|ring|ketting|horloge|spaargeld)`],
    ],
    emergency: [
      // A thud through the wall and a weak "help".
      ['help,? help', `harde (?:bons|klap|dreun)`, `(?:heel )?zacht ${G(1)}help`],
      ['reageert (?:niet|nie)', 'doet (?:niet|niemand) open', `geen (?:een|ain|mens) ${G(1)}doet open`, 'niemand doet open', 'geen gehoor', 'neemt (?:niet|de telefoon niet) op', `neemt ${G(4)}niet (?:meer )?op`, 'niet (?:meer )?gezien', 'niet bereikbaar', 'niet wakker', 'reageert nergens op', `reageert ${G(2)}niet op (?:kloppen|appjes|berichten|bellen|roepen)`, `geen reactie op ${G(1)}(?:kloppen|appjes|berichtjes|bellen)`],
      ['al (?:dagen|uren|een week)', 'sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vorige week)', 'niet meer gezien', 'sinds (?:gisteren|gisteravond|vanochtend|vannacht)', 'al \\d+ (?:uur|dagen)', `(?:al |sinds )de hele nacht`, `de hele nacht (?:weg|niet thuis|buiten|zoek|kwijt|op de grond|niet gezien|niet opgenomen|niks gehoord|niets gehoord)`, 'uur weg', 'dagen niet', `al (?:twee|drie|vier|vijf|zes|een paar|enkele) (?:dagen|nachten|weken)(?! (?:naast|bij|aan|op|in het|in de|wakker|bezig|thuis|samen|mee|met))`],
      ['stank', 'rare lucht', 'brandlucht', '(?<!(?:ik|hij|zij|ze|het|jij|je|naar \\p{L}+) )rook(?! naar)', `gas(?! ${G(1)}(?:aan|aangelaten|uit|rekening|prijs|prijzen|en licht|afgesloten|dicht|uitgezet))`, 'ruik', 'ruikt', `(?:kranten|krant|post|folders|reclame) ${G(4)}(?:ligt|liggen|zit|zitten|steekt|steken|puilt|stapelt|hoopt)(?! ${G(1)}(?:ongeopend|ongelezen|in een la|in de la))`, 'gordijnen (?:zijn |binnen |blijven |zitten )?dicht', 'licht brandt', 'brievenbus'],
      ['schokken', 'schokt', 'onduidelijk', 'kwijlt', `wijst ${G(2)}naar (?:zijn|haar) (?:keel|nek|mond|borst)`, `(?:wil|kan) ${G(1)}niet (?:meer )?(?:drinken|slikken)`, 'scheef', 'benauwd', 'grauw', 'lijkbleek', 'pijn op de borst', 'valt om', 'gevallen', 'bloed', 'blauw', 'koud en', 'verward', 'ademt', 'bewustzijn', 'flauw', 'slap', 'bolt', 'fontanel', 'trillen', 'zweten', 'zweterig', `(?:praat|praten|praatte|zegt|zei|kraamt|uitkramen|spreekt) ${G(2)}onzin`, 'herkent (?:me|mij|ons) niet', 'geen geluid', 'hoofdpijn', 'misselijk', 'suf', 'duizelig', 'valt steeds in slaap', 'valt telkens in slaap', 'woorden niet', 'scheef'],
      ['dementie', 'dement', 'alzheimer', 'woont alleen', 'baby', 'oude (?:mevrouw|meneer|dame|heer)', `(?:loopt|lopen) ${G(1)}(?:slecht|moeilijk)`, 'slecht ter been', 'diabetes', 'hartpatient', 'epilepsie', '\\d\\d jaar oud', '\\d+ maanden oud', 'van \\d+ maanden', 'bejaard', 'suikerpatient', 'peuter', 'oude (?:man|vrouw|buurman|buurvrouw)'],
      // A gas appliance the landlord will not replace: with headaches or drowsiness in the house it may be carbon monoxide.
      ['geiser', `(?:gas|olie|petroleum)kachel`, 'cv ketel', 'afzuiging', `barbecue ${G(2)}binnen`, `(?:allemaal|iedereen|we allebei|alle(?:n)? drie) ${G(3)}(?:hoofdpijn|misselijk|duizelig|suf)`],
      ['iets genomen', 'drugs', `(?:batterij\\p{L}*|magneet\\p{L}*|knoopcel\\p{L}*|wasmiddel\\p{L}*|vaatwastablet\\p{L}*|ontstopper|gootsteenontstopper|bleek) ${G(3)}(?:weg|kwijt|zoek|mist|ontbreekt|op|leeg|open)`, 'xtc', 'ghb', 'te veel gedronken', 'overdosis', 'feestje'],
    ],
  },
  figurative: [
    // Read in blind files u-x: a lesson or a guest lecture on domestic violence; a panic attack once taken for a heart attack.
    `(?:aandacht ${G(2)}aan|les\\p{L}* over|gastles\\p{L}*|voorlichting over|workshop over|training over|cursus over|lesmateriaal) ${G(4)}huiselijk geweld`, `huiselijk geweld (?:en|&) (?:de )?meldcode`,
    `dacht ${G(3)}(?:een )?(?:hartaanval|hartinfarct|hartstilstand) (?:had|kreeg|te hebben|te krijgen)`,
    // Read in blind files q-t: a parent who does not think a child would harm herself; a boss or parent who will "kill me" over being late or a grade; dying behind the computer; a song stuck in one's head; a stabbing in a series; a student's thesis on suicide.
    `(?:denk|dacht|geloof|verwacht) ${G(1)}niet dat (?:ze|hij|zij) ${G(2)}(?:zichzelf|zelf) ${G(2)}(?:iets|wat) (?:aan zal doen|aandoet|aan doet|aan zou doen|zou aandoen)`,
    `(?:baas|chef|manager|moeder|ma|mama|mam|pa|papa|vader|leraar|lerares|juf|meester|mentor|coach|trainer) (?:vermoordt|vermoord|maakt) (?:me|mij) (?:dood )?als ${G(5)}(?:te laat|een \\d+(?: \\d+)?|onvoldoende|cijfer|cijfers|rapport|toets|proefwerk|wiskunde|vergeet|vergeten|kwijt)`,
    `(?:ga|gaat|gaan) (?:nog )?dood (?:achter|aan) (?:die|de|dat|mijn|mn|zn|zijn) (?:pc|computer|laptop|scherm|telefoon|playstation|console|game|games|spelletjes)`,
    `(?:nummer|liedje|lied|song|refrein|liedtekst) ${G(6)}(?:ik )?(?:wil|kan) niet meer(?: (?:ik )?(?:wil|kan) niet meer)?`,
    `(?:serie|film|aflevering|docu|game|boek) ${G(3)}(?:waar|waarin) ${G(3)}(?:wordt|werd|worden|werden) (?:neer)?(?:gestoken|doodgeschoten|neergeschoten|vermoord)`,
    `(?:thesis|scriptie|assignment|research|onderzoek|essay|paper|werkstuk|afstudeer\\p{L}*|interview) ${G(8)}suicid\\p{L}*`,
    `(?:recognise|recognize|herkennen|herkent|signaleren) ${G(4)}suicid\\p{L}*`,
    // Slamming doors in anger at a game console taken away is not violence against a person.
    `(?:met )?(?:de )?deuren (?:slaan|slaat|dichtslaan|dichtgooien|smijten|smijt|knallen)`,
    // Said to set the record straight (blind files of 2 December m-p): "ik denk er niet aan om mezelf iets aan te doen", "mijn man slaat mij niet hoor", "ik wil er zeker geen eind aan maken".
    `(?:denk|dacht|denken) ${G(1)}(?:er )?(?:echt |helemaal |absoluut )?(?:niet|nooit|geen moment|geen seconde) aan (?:om )?(?:mezelf|mijzelf|me|mij) ${G(1)}(?:iets|wat) (?:aan te doen|aandoen)`,
    `(?:slaat|sla|schopt|schop|duwt|mishandelt|bedreigt) (?:mij|me|ons|haar|hem|de kinderen) (?:echt )?(?:niet|nooit)(?! (?:alleen|zomaar|meer|altijd|elke|iedere))`,
    `(?:wil|ga|zal|zou) ${G(1)}(?:echt |helemaal |zeker )?(?:geen|niet|nooit) ${G(1)}(?:een )?einde? aan (?:maken|te maken)`,
    // A panic attack told as such: no air and the fear of dying are its signs, not an emergency.
    `paniekaanval\\p{L}* ${G(30)}(?:geen lucht|doodga|dood ga|dood te gaan|hartaanval)`,
    // A boss or teacher who "will kill me if I am late again".
    `(?:baas|manager|leidinggevende|leraar|lerares|juf|meester|mentor|coach|trainer|chef) ${G(1)}(?:vermoordt|vermoord|maakt) (?:me|mij)(?: dood)? als ik ${G(2)}(?:te laat|weer te laat|niet op tijd|vergeet|mis)`,
    // Someone else's suicide, told in grief: "mijn broer heeft vijf jaar geleden een einde aan zijn leven gemaakt".
    `(?:broer|zus|vader|moeder|zoon|dochter|vriend|vriendin|man|vrouw|oom|tante|neef|nicht|opa|oma|collega|buurman|buurvrouw) ${G(2)}(?:heeft|had) ${G(4)}(?:een )?einde? aan (?:zijn|haar) leven (?:gemaakt|genomen)`, '(?:zijn|haar) sterfdag',
    // The plot of a series or a film told: "een Netflixserie over een meisje ... omdat haar vader haar moeder slaat en haar bijna doodmaakt".
    `(?:film|\\p{L}*serie|documentaire|docu|boek|aflevering|toneelstuk) ${G(3)}over ${G(25)}(?:slaat|sloeg|mishandelt|bedreigt) ${G(6)}(?:doodmaakt|vermoordt|dood)`, `(?:film|\\p{L}*serie|documentaire|docu|boek|aflevering|toneelstuk) ${G(3)}over ${G(25)}(?:slaat|sloeg|mishandelt|bedreigt|doodmaakt|vermoordt)`,
    `(?:school ?project|schoolproject|project|werkstuk|spreekbeurt|opdracht|presentatie) ${G(12)}(?:huiselijk geweld|kindermishandeling)`,
    `(?:profielwerkstuk|pws|werkstuk|onderzoek|project) ${G(10)}over ${G(2)}(?:huiselijk geweld|mishandeling|zelfmoord|zelfdoding|kindermishandeling)`,
    `(?:opleiding|studie|stage|interview|scriptie|opdracht|werkstuk) ${G(10)}over (?:huiselijk geweld|mishandeling|zelfmoord|zelfdoding|kindermishandeling)`,
    // Shouting at a game.
    `tegen (?:zijn|haar|de|z n|zn) (?:spelcomputer|computer|playstation|xbox|game|tv|scherm|console) tekeer\\p{L}*`, `tekeer\\p{L}* tegen (?:zijn|haar|de|zn) (?:spelcomputer|computer|playstation|xbox|game|tv|scherm|console)`,
    `(?:gamen|gamet|gamede|spelcomputer|headset|fortnite|spellen|spel|game) ${G(12)}(?:ik maak je af|maak je (?:moeder )?kapot)`,
    // The news told; a death from an overdose told as the past; a school interview's question.
    `(?:journaal|nieuws|krant|kranten) ${G(14)}(?:schietpartij|steekpartij|brand|aanslag|neergeschoten|neergestoken)`, `(?:overleed|overleden|gestorven|stierf|dood) ${G(2)}aan een overdosis`, `als iemand (?:zegt|zou zeggen) dat (?:hij|ze|zij|die) dood wil`,
    // A child's nightmare; a fire alarm that was a fault; a death from a heart attack told; "not hit" said outright; a tantrum's words.
    `(?:droom|droomt|droomde|dromen|nachtmerrie\\p{L}*) ${G(3)}(?:dat )?${G(6)}(?:met een mes|mes|dood|vermoord\\p{L}*|brand)`,
    `(?:brandalarm|rookmelder|brandmelder) ${G(16)}(?:storing|loos alarm|vals alarm|oefening|brandoefening|bleek (?:niks|niets))`,
    `(?:dood|overleden|gestorven|stierf) ${G(2)}aan een (?:hartaanval|beroerte|hartstilstand|herseninfarct)`, `aan een (?:hartaanval|beroerte|hartstilstand) (?:overleden|gestorven)`,
    `(?:wordt|werd|word|ben|is) (?:er )?(?:nooit|niet) (?:\\S+ )?(?:geslagen|geschopt|mishandeld)`,
    `(?:meltdown\\p{L}*|driftbui\\p{L}*|woedeaanval\\p{L}*|boze bui\\p{L}*) ${G(6)}(?:dood wil\\p{L}*|dood|vermoorden)`,
    `(?:brief|brieven|boete|boetes|papieren|formulier\\p{L}*|die hele boel) ${G(4)}in de fik`, `wel in de fik (?:willen |kunnen |zou )?(?:steken|zetten)`,
    // A film or a school task about it; "I do not want to kill myself" said outright.
    `(?:film|serie|documentaire|docu|boek|toneelstuk|video|aflevering|spreekbeurt|werkstuk|opdracht|les) ${G(2)}over ${G(4)}(?:zichzelf ${G(1)}(?:snijdt|snijden|beschadigt|doodt|ophangt)|zelfmoord|zelfdoding|huiselijk geweld|mishandeling)`,
    `(?:wil|ga) (?:me|mezelf|mijzelf) ${G(2)}niet ${G(1)}(?:dood ?maken|van kant maken|iets aandoen|ophangen)`,
    // After the 2 December files: a near heart attack over a bill in dialect, "geen gedachten aan zelfdoding", burnt out
    // "in de fik", no air "van alle afspraken", a son asking what to do if a friend ever..., the municipality that "kills" in Limburgs.
    `(?:bijna|bekans|bekant|bijkans|haast|zowat) ${G(1)}(?:een |n )?(?:hartaanval|hartverzakking|beroerte) ${G(2)}(?:toen|van|bij|door|om)`, `geen ${G(2)}gedachten ${G(1)}aan (?:zelfdoding|zelfmoord|suicide|de dood|mezelf iets aan (?:te )?doen)`,
    `(?:sta|staat|stond|sta ik|zit|zat) ${G(2)}in de fik (?:qua|van|met|door|op)`, `geen lucht (?:meer )?van (?:alle|al die|al de|de|het|die|dat) \\p{L}+`,
    `doen als ${G(4)}ooit ${G(8)}(?:een eind aan (?:zijn|haar|je) leven|zelfmoord|zelfdoding|zichzelf iets aan)`,
    `(?:gemeente|gemeinte|gemeinde|belasting\\p{L}*|papierwerk|brieven|breve|formulieren) ${G(2)}(?:vermoordt|vermoord|vermoorde) (?:me|mij|mich|mie|ons)`,
    // Violence as the story of a film or a book one saw or read.
    `(?:film|serie|boek|docu|documentaire|toneelstuk|voorstelling) ${G(3)}over ${G(8)}(?:opgesloten|geslagen|mishandeld|vermoord|neergestoken|bedreigd|verkracht)`,
    // Said as what one will not do ("geen zorgen, ik ga niet van een brug springen"); suicide as the subject of a series.
    `(?:ga|gaat|zal|wil|ben) ${G(1)}niet ${G(3)}van (?:een|de|het) (?:brug|flat|dak|balkon) ${G(1)}springen`, `(?:serie|film|boek|docu|documentaire|aflevering|programma|netflix\\p{L}*) ${G(4)}(?:waarin|waar|over) ${G(4)}(?:zelfmoord|suicide|zelfdoding) ${G(1)}(?:pleegt|pleegde|plegen|gepleegd)?`,
    // A stabbing read in the paper (file v): "iemand neergestoken bij het winkelcentrum, stond in het AD".
    `(?:iemand|een man|een vrouw|een jongen|een meisje) ${G(4)}(?:neergestoken|neergeschoten|gestoken|beschoten)(?= ${G(8)}(?:stond (?:in|op)|in het nieuws|op het nieuws|in de krant|las ik|op at5))`,
    // Not opening the door to a neighbour who complains about noise (file v): a quarrel, not a person who cannot answer.
    `(?<=(?:muziek|herrie|lawaai|overlast|feest|feestje|geluid|bass|bas)\\S* ${G(30)})(?:doet|deed) (?:hij |ze |zij )?(?:niet|nooit) open`,
    // News of a stabbing in the street, seen or read (training file w6).
    `(?:op het nieuws|in de krant|op at5|op het journaal|gehoord|gelezen) ${G(6)}(?:iemand|een man|een vrouw|een jongen|een meisje) ${G(2)}(?:is|werd) ${G(1)}(?:neergestoken|neergeschoten|gestoken|beschoten)`,
    `(?:lach|lachen|lachte|schrik|schrok|schrikken|verveel|verveelde|vervelen|werk|werken|schaam|schaamde|ergerde|erger|zweet|zweette|zoek|zocht) ${G(1)}(?:me|mij|mezelf|ons|je|zich) ${G(1)}(?:dood|rot|kapot|het apelazarus|een ongeluk|gek)`,
    `(?:telefoon|mobiel|gsm|batterij|accu|laptop|computer|plant|plantje|planten|auto|tv|televisie|wifi|internet|lijn|printer|tablet|ipad|lamp|fiets|wasmachine|koelkast|boiler|verwarming|vis|goudvis|hamster|konijn|kat|hond|oma|opa) ${G(2)}(?:is|was|ging|gaat|lijkt) ${G(2)}dood`,
    'dood op', 'doodmoe', 'doodziek', 'doodsbang', 'doodeng', 'doodnormaal', 'doodgewoon', 'doodzonde', 'doodsaai', 'dodelijk saai', 'doodop', 'doodleuk',
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
    `niet dat ik ${G(1)}er ${G(1)}(?:een )?eind(?:e)? aan ${G(1)}(?:wil|ga|zou) ${G(1)}(?:maken|willen maken)`,
    `(?:ik )?(?:ga|zal|wil|zou) (?:mezelf|mijzelf|me|mij) ${G(1)}(?:niets|niks|nooit|geen pijn|niet)(?: iets| wat)? (?:aandoen|aan doen|aan te doen)`,
    `(?:wil|ga|zal|zou|ben) ${G(1)}(?:echt |helemaal |zeker )?(?:geen|niet|nooit) ${G(1)}(?:een )?eind(?:e)? (?:aan|maken aan) (?:mijn|het) leven(?: maken| te maken)?`, `(?:ga|wil|zal|zou) ${G(1)}geen zelfmoord (?:plegen|doen)`, `(?:niet|nooit) van plan ${G(2)}(?:mezelf|mijzelf|me|mij) ${G(1)}(?:iets|wat) (?:aan te doen|aandoen)`, `geen ${G(1)}gedachten (?:aan|over) ${G(1)}(?:zelfmoord|dood|doodgaan|een eind)`,
    `(?:bijt|bijten|schopt|schoppen|slaat|slaan|duwt) ${G(3)}(?:op|in|bij) de (?:creche|opvang|peuterspeelzaal|klas|school|bso|speelplaats)`, `(?:niks|niets|niet|nergens) ${G(1)}in brand`, 'geen brand', `(?:krijg|kreeg|krijgt) ${G(1)}(?:bijna|zowat|haast|nog) een hartaanval`, `straks ${G(2)}(?:staat|gaat|staan) ${G(2)}in de fik`,
    `(?:herseninfarct|beroerte|hartaanval|hartinfarct|tia) ${G(1)}(?:heeft|had|hebben|heb) gehad`,
    `(?:sinds|na|door) (?:mijn|zijn|haar|de|een|het) (?:herseninfarct|beroerte|hartaanval|hartinfarct|tia|brand|ongeluk|overdosis|val)`, `(?:heb|had|heeft|hebben) ${G(2)}(?:een )?(?:herseninfarct|beroerte|hartaanval|hartinfarct|tia) (?:gehad|overleefd)`, 'ik word er gek van', 'hond van de buren', 'mijn hoofd ontploft',
    // Hyperbole about a trivial matter: "vermoordt me als ze mijn rapport ziet", "vermoordt me nog eens met zijn bladblazer".
    // Only the threat itself is blanked (the trivial matter is looked for, not swallowed), so a plain sentence between stays readable.
    `(?:(?:vermoordt|vermoorden|vermoord|maakt|maken|slaat|vilt|villen|wurgt) (?:me|mij|ons|je)(?: af| dood)?|(?:me|mij|ons|je) (?:vermoordt|vermoorden|vermoord|afmaakt|doodmaakt|vilt|wurgt)|(?:gaat|gaan) (?:me|mij|ons|je) ${G(1)}(?:vermoorden|afmaken|doodmaken|villen)|(?:gaat|gaan|dreigde|dreigt) ${G(2)}(?:me|mij|ons|je) ${G(1)}te (?:vermoorden|villen))(?= ${G(3)}(?:als|wanneer|zodra|omdat|want) ${G(8)}(?:rapport|cijfer\\p{L}*|toets|proefwerk|fiets|deadline|playstation|ps4|ps5|xbox|switch|controller|tablet|ipad|spelcomputer|game|schoenen|jurk|trui|kleren|make ?up|parfum|taart|koekjes|chocola\\p{L}*|snoep|restjes|lader|oplader|afwas|huiswerk|kapsel|fortnite|fifa|minecraft|roblox|account|wachtwoord|skins|console)(?= |$))`,
    `(?:vermoordt|vermoorden|sloopt|slopen) (?:me|mij|ons) nog (?:eens|een keer|met)`,
    `(?=(?:vermoordt|vermoorden|sloopt|slopen|maakt|maken) )(?<=(?:bureaucratie|rekening|rekeningen|incasso\\p{L}*|deurwaarder\\p{L}*|wachtlijst\\p{L}*|wachttijd\\p{L}*|formulier\\p{L}*|administratie|belastingdienst|gemeente|duo|cjib|toeslagen|deadline\\p{L}*|examens?|tentamens?|toetsweek|stress|hitte|warmte|files?|verbouwing|bladblazer|boormachine|herrie|lawaai|bemoeienis) ${G(8)})(?:vermoordt|vermoorden|sloopt|slopen|maakt|maken) (?:me|mij|ons)(?: echt| nog)?(?: kapot| gek| af)?`,
    // Games: "hele squad gekilld", "een killer met fifa, hij maakte ons allemaal dood".
    `(?:killer|kill|kills|killen|gekilld|gekild|afgemaakt|afmaken|vermoord|dood ?gemaakt|maakte ${G(2)}dood|maakt ${G(2)}dood|neergeschoten|headshot\\p{L}*)(?= ${G(6)}(?:fifa|fortnite|warzone|cod|call of duty|minecraft|roblox|valorant|gta|game|games|gamen|potje|toernooi|ranked|squad|lobby|clan|playstation|online)(?= |$))`,
    `(?=(?:kill|gekil|afgemaakt|afmaken|vermoord|dood|maakte|maakt|neergeschoten))(?<=(?:fifa|fortnite|warzone|cod|call of duty|minecraft|roblox|valorant|gta|game|gamen|potje|toernooi|ranked|squad|lobby|clan) ${G(6)})(?:killer|kill|kills|killen|gekilld|gekild|afgemaakt|afmaken|vermoord|dood ?gemaakt|maakte ${G(2)}dood|maakt ${G(2)}dood|neergeschoten)`,
    // Aggression said not to be there: "niet agressief hoor", "geen geweld of zo".
    `(?:niet|nooit|geen|nooit echt|niet echt|helemaal niet|totaal niet|zeker niet) ${G(1)}(?:agressief|gewelddadig|handtastelijk|geweld|agressie)(?! ${G(2)}(?:meer|tegen (?:mij|me|ons|de kinderen)))`,
    `(?:ben|is|zijn) ${G(1)}(?:niet|geen) ${G(1)}(?:gevaarlijk|gevaar) voor (?:mezelf|mijzelf|zichzelf|anderen|iemand|mijn omgeving)`,
    // A threat of a complaint, a fine, a call to the landlord: an administrative matter.
    `(?:dreigt|dreigde|dreigen|dreigden|gedreigd) ${G(3)}(?:de |het |een |met (?:de |het |een )?)?(?:woningbouw\\p{L}*|woningcorporatie|verhuurder|huisbaas|gemeente|handhaving|wijkagent|deurwaarder|incasso\\p{L}*|advocaat|rechter|rechtszaak|boete|klacht|melding|ontruiming|huisuitzetting|afsluiting|ontslag|schorsing|school|uwv|belastingdienst|cjib|energieleverancier|vve|beheerder)`,
    // The heart said of a football match or a bill: "ik krijg er bijna een hartaanval van".
    `(?:bijna|zowat|haast|nog) een (?:hartaanval|hartverzakking|beroerte) ${G(2)}(?:van )?(?:krijg|krijgt|kreeg|kregen|krijgen)`, `(?:krijg|krijgt|kreeg) ${G(2)}er ${G(2)}(?:bijna |zowat |haast |nog )?een (?:hartaanval|hartverzakking|beroerte) van`, `een (?:hartaanval|hartverzakking) van (?:krijgen|gekregen)`,
    // Knees, a back, a bike that will not any more: "mijn knieen willen niet meer".
    `(?:mijn |zijn |haar |de )?(?:knieen|knie|rug|benen|been|heup|heupen|schouder|schouders|ogen|handen|voeten|lijf|lichaam|auto|fiets|telefoon|laptop|computer|wasmachine|printer|stem|geheugen) ${G(2)}(?:wil|willen|kan|kunnen|gaat|gaan|doet|doen) ${G(2)}niet meer(?! ${G(1)}(?:leven|verder))`,
    // A secret that is a surprise or a first love: "het feest moet geheim blijven", "een geheim vriendje".
    `(?=geheim)(?<=(?:verrassing\\p{L}*|surprise\\p{L}*|cadeau\\p{L}*|feest\\p{L}*|verjaardag\\p{L}*|jubileum) ${G(16)})geheim\\p{L}*`, `geheim\\p{L}*(?= ${G(4)}(?:verrassing\\p{L}*|surprise\\p{L}*|cadeau\\p{L}*|feest\\p{L}*)(?= |$))`, `geheim(?:e)? (?:vriendje|vriendinnetje|vriend|vriendin|relatie|crush)`,
    // Keeping one's own debt or habit quiet: "gokschulden, niemand mag dit weten".
    `(?=niemand )(?<=(?:gok\\p{L}*|casino|schuld|schulden|rood staan|in het rood|lening\\p{L}*|drank|drinken|verslav\\p{L}*|blowen|wiet|ontslagen|ziekte|diagnose) ${G(12)})niemand ${G(2)}(?:mag|mocht) ${G(2)}(?:het |dit |dat )?(?:weten|horen)`,
    // Play fighting: "papa slaat hem, maar hij bedoelde met kussens", "stoeien".
    `(?:slaat|sloeg|slaan|schopt|schopte|vecht|vochten)(?= ${G(8)}(?:kussen|kussens|kussengevecht\\p{L}*|stoeien|gestoeid|ravotten|bokszak|boksbal|voor de grap|als spelletje)(?= |$))`, `(?:slaat|slaan|sloeg) ${G(3)}op (?:een |de |zijn |haar |het )?(?:kussen|bokszak|boksbal|trommel|drumstel|drums)`,
    // Medicines forgotten or relied on: a matter of care, not of means ("vergeet zijn pillen", "kan niet meer zonder").
    `(?:vergeet|vergat|vergeten|vergeetachtig met) ${G(3)}(?:zijn|haar|mijn|de|hun) ${pills}(?! ${G(6)}(?:spaar\\p{L}*|verzamel\\p{L}*|bewaar\\p{L}*|verstop\\p{L}*|opgespaard|expres|met opzet))`, `(?:kan|kunnen|kon) ${G(1)}(?:niet meer|nooit meer|niet) zonder(?! (?:te|om))`,
    // Someone in a film dies; an office that does not answer mail.
    `(?<=(?:film|serie|boek|aflevering|seizoen|anime|manga|game|toneelstuk|musical) ${G(8)})(?:iedereen |hij |zij |ze |de held |de hoofdpersoon )?(?:ging|gingen|gaat|gaan) ${G(1)}dood`,
    `(?:woningcorporatie|woningbouw\\p{L}*|verhuurder|huisbaas|gemeente|instantie|bedrijf|werkgever|school|verzekeraar|klantenservice|uwv|duo|belastingdienst|vve|beheerder|aannemer|loodgieter|webshop|zorgverzekeraar) ${G(2)}(?:reageert|reageren|antwoordt|antwoorden|neemt|nemen) ${G(2)}(?:niet|nooit)(?: op)?`, `(?:reageert|reageren) ${G(1)}(?:niet|nooit) (?:op|meer op) (?:mijn|onze|de|m n) (?:mail\\p{L}*|e ?mail\\p{L}*|brief|brieven|berichten|klacht\\p{L}*|aanvraag|aanvragen|telefoontjes)`,
    // A joke about a trivial annoyance: "als ik nog een keer in de wacht sta spring ik uit het raam", "als mijn haar zo blijft spring ik van het dak".
    `(?=(?:spring|springt|gooi|gooit) )(?<=als ${G(8)}(?:(?:mijn|dit|dat|het) haar|kapsel|coupe|in de wacht|wachtrij|wachtmuziek|belastingtelefoon|klantenservice|helpdesk|formulier\\p{L}*|belastingdienst|digid|ajax|feyenoord|psv|oranje|wifi|internet|ns|file|regen|het weer|printer|laptop|computer|kapper) ${G(8)})(?:spring|springt|gooi|gooit) (?:ik|ze|hij) ${G(1)}(?:me |mij |mezelf )?${G(1)}(?:van|uit|voor|onder|in) ${G(2)}(?:dak|raam|brug|flat|balkon|trein|gracht)`,
    `(?:wil niet|niet wil) dat ${G(3)}bang (?:wordt|is|raakt|word)(?= ${G(2)}om ${G(1)}(?:thuis|naar huis))`,
    // Teachers and trainers asking how to recognise the signs, in Dutch or English.
    `(?:herkennen|signalen|signaleren|training|cursus|workshop|recognise|recognize|signs|warning signs) ${G(4)}suicid\\p{L}* (?:signalen|gedrag|gedachten|jongeren|leerlingen|signs|behaviour|behavior|thoughts|students|teenagers|pupils|young people)`, `suicid\\p{L}* (?:signalen|signs|gedrag|gedachten) ${G(4)}(?:herkennen|signaleren|recognise|recognize|spot|spotten)`,
    // News: "gehoord van die steekpartij bij het winkelcentrum".
    `(?=in brand )(?<=(?:nieuws|krant|journaal|gehoord|gelezen|hoorde|las|gezien) ${G(10)})in brand ${G(1)}(?:gestoken|gezet|gevlogen)`, `(?:gehoord|hoorde|hoor|horen|gelezen|las|lees|gezien|zag|nieuws|krant|journaal|op het nieuws) ${G(4)}(?:over |van )?(?:die|de|een|dat) (?:steekpartij|schietpartij|schietincident|steekincident|overval|aanslag)`,
    // Said not to be so: "niet van plan om er een eind aan te maken", "geen plannen om zelfmoord te plegen".
    `(?:niet|nooit|geen) ${G(1)}(?:van )?plan(?:nen|s)? ${G(2)}(?:om )?er ${G(1)}(?:een )?eind(?:e)? aan ${G(1)}(?:te )?maken`, `(?:niet|nooit|geen) ${G(1)}(?:van )?plan(?:nen|s)? ${G(2)}(?:om )?(?:zelfmoord|suicide|zelfdoding) ${G(1)}(?:te )?(?:plegen|doen)`,
    // A rhetorical "is dat niet gewoon kindermishandeling ofzo"; a volunteer at a women's shelter; a film about one.
    `(?:is dat|dat is|das|dit is|is dit) ${G(2)}(?:kindermishandeling|mishandeling|dierenmishandeling|marteling)(?= (?:of zo|of niet|haha\\p{L}*|lol|toch|he)(?= |$))`,
    `(?:vrijwillig\\p{L}*|werken|werk|stage|stageplek|doneren|donatie|collecte|inzamel\\p{L}*|vacature|baan|solliciteren|sollicitatie) ${G(6)}(?:bij|voor|in) (?:de|een|het) (?:vrouwenopvang|blijf van mijn lijf\\p{L}*|opvang)`,
    `(?:film|serie|boek|documentaire|documentary|docu|podcast|artikel|aflevering|voorstelling) ${G(4)}(?:over|about) ${G(4)}(?:blijf van mijn lijf\\p{L}*|vrouwenopvang|huiselijk geweld|zelfmoord\\p{L}*|suicide\\p{L}*|zelfdoding)`,
    // A sports injury, a fall with nothing broken, a wound stitched, a death told: over and done.
    `(?:blauw oog|blauwe ogen|blauwe plek\\p{L}*|bloedneus|dikke lip) ${G(4)}(?:van|bij|tijdens|met|op) (?:de |het |een )?(?:training|judo|judoles|karate|kickboks\\p{L}*|boksen|voetbal|hockey|wedstrijd|gym|gymles|turnen|trampoline|speeltuin|sport|rugby|basketbal|handbal|taekwondo|worstelen|schoolplein|stoeien)`,
    `(?:judo|karate|kickboks\\p{L}*|boksen|voetbal|hockey|wedstrijd|training|gymles|turnen|rugby|taekwondo) ${G(6)}(?:blauw oog|blauwe ogen|blauwe plek\\p{L}*|bloedneus|dikke lip)`,
    `(?:gevallen|gestruikeld|uitgegleden|gestoten) ${G(6)}(?:niks|niets) gebroken ${G(3)}(?:alleen|wel|maar) ${G(2)}blauwe plek\\p{L}*`, `(?:niks|niets) (?:ernstigs|ergs)(?: hoor)?(?: ${G(1)}(?:beetje|wat|paar) (?:bloed|schaafwond\\p{L}*|blauwe plek\\p{L}*))?`,
    `(?:bloed overal|overal bloed|veel bloed) ${G(6)}(?:\\d+|een paar|wat|vier|vijf|zes|zeven|acht|tien) hechtingen`,
    `(?:overleden|gestorven|overleed|stierf|dood gegaan|doodgegaan) ${G(6)}(?:aan |door |na )?(?:een )?(?:hartstilstand|hartaanval|beroerte|hartinfarct|herseninfarct)`, `(?:hartstilstand|hartaanval|beroerte|hartinfarct|herseninfarct) ${G(4)}(?:overleden|overleed|gestorven|stierf)`,
    // Everyday words: signing up ("hoe kan ik me opgeven"), a child who "kan niet praten niet lopen", not wanting to be a burden for help with a form.
    `(?:me|mij|je|zich|ons|haar|hem) ${G(1)}opgeven`, `(?:mezelf|jezelf|zichzelf) ${G(1)}(?:opgeven|opgegeven) (?:voor|als|bij)`, `(?:naam|adres|gegevens|geboortedatum|inkomen|nummer) ${G(4)}opgegeven`,
    `(?:kan|kon) ${G(1)}niet (?:praten|lopen|zitten|staan|eten)(?= (?:niet|en niet|of) ${G(1)}(?:lopen|praten|zitten|staan|eten|zien|horen))`,
    `(?:wil|wou|wilde) (?:niemand|(?:mijn |de )?\\S+ niet|niet) tot last (?:zijn|vallen|wezen)(?= maar)`, `(?:word|werd|wordt|raak|raakte) ${G(1)}er ${G(2)}(?:wanhopig|radeloos|moedeloos) van`,
    `als ik ${G(1)}dood ga(?= ${G(8)}(?:map|papieren|testament|erfenis|verzekering|uitvaart\\p{L}*|begrafenis|crematie|notaris|levenstestament))`,
    // A boy who kicks everything with his ball; a tantrum when the tablet goes; "ik sla hem nog eens ... grapje".
    `(?:slaat|schopt|trapt|schiet|gooit) ${G(4)}(?:kapot )?met (?:de|die|zijn|haar|een) (?:bal|voetbal)`, `(?:ruzie|driftbui\\p{L}*|boos|huilen) ${G(1)}als (?:de|zijn|haar) (?:tablet|ipad|telefoon|spelcomputer|switch|playstation|game|tv|televisie) ${G(2)}(?:weg|uit|af)`,
    `(?:ik )?(?:sla|schop|wurg|vermoord|vil) (?:hem|haar|ze|die \\S+) nog (?:eens|een keer|ooit)(?= ${G(10)}(?:grapje|geintje|haha\\p{L}*|nee hoor)(?= |$))`,
  ],
  past: {
    past: ['vorige (?:maand|week)', 'in de jaren (?:zestig|zeventig|tachtig|negentig|\\d+)', '\\d+ (?:jaar|jaren|maanden|maand|weken) geleden', '\\d+ (?:jaar|jaren|maanden|maand|weken) terug', `\\p{L}+ (?:joar|jaor|jaar) (?:leden|geleje|gelejen)`, 'afgelopen (?:zomer|winter|lente|herfst|voorjaar|najaar)', 'vorige (?:zomer|winter|lente|herfst)', '(?:een paar|twee|drie|paar|jaren) (?:jaar |maanden )?terug', '(?:een paar|twee|drie|vier|vijf|tien|veel|jaren|maanden|lang) (?:jaar |jaren |maanden )?geleden', 'vroeger', 'vorig jaar', 'toen ik (?:klein|jong|kind|tiener|\\d+) was', 'in mijn jeugd', 'als kind', 'in het verleden', 'destijds', `in de (?:vrouwen)?opvang (?:gezeten|gewoond|gezeten heb)`, `(?<!al )jarenlang (?:heeft|hebben|had|werd|ben|is)`, 'periode waarin', 'tot (?:19\\d\\d|20[01]\\d)', `was ${G(1)}getrouwd`],
    present: ['(?<!gaat )nu weer', `(?:ik )?(?:sta|zit|lig|ben) (?:nu|hier nu|op dit moment)(?! (?:al|alweer|sinds|\\d))`, 'op dit moment', 'nu meteen', 'nu nog', 'opnieuw', 'sinds kort', 'vannacht', 'vanavond', 'vanochtend', 'gisteren', 'gisteravond', 'vandaag', 'afgelopen (?:week|nacht|weekend)', 'deze week', 'begint weer', 'weer begonnen', 'is terug'],
    resolved: ['niemand (?:is )?gewond', `(?:lang )?verleden tijd`, `vrede (?:mee|mee gesloten)`, 'gelukkig (?:niks|niets) ergs', `(?:gaat|ging) ${G(2)}(?:nu )?(?:echt |heel |weer |veel |een stuk |stukken |al |al lang |al een tijd |allang |redelijk |best |wel |aardig )?(?:goed|beter|prima)`, 'achter (?:me|mij|de rug)', 'doorheen gekomen', `ben ${G(1)}(?:nu )?veilig`, 'goede hulp (?:voor )?gehad', 'verwerkt', `(?:hoofdstuk|periode|traject|therapie|behandeling|verleden|die tijd|dat|het) ${G(3)}(?<!(?:wordt|worden|gaat|gaan|wordt binnenkort) )afgesloten`, 'ervaringsdeskundige', `(?:dat|het|situatie|relatie|hoofdstuk|die tijd) ${G(4)}is ${G(1)}(?:echt |nu |helemaal )?voorbij`, `(?:is|zijn) ${G(1)}(?:laank|lang|allang) dood`, `(?:dader|daders) ${G(2)}(?:zit|zitten) (?:al )?vast`, `(?:al lang|allang|inmiddels) stabiel`, `(?:in|onder) behandeling ${G(4)}(?:gaat|ging) ${G(1)}(?:echt |goed )?vooruit`, 'uit elkaar', 'gescheiden', `(?:dader|daders) ${G(2)}(?:is |zijn |werd )?(?:gepakt|opgepakt|veroordeeld|aangehouden)`, `(?:hij|zij|ze) is ${G(1)}(?:inmiddels |al |allang )?overleden`, 'leeft niet meer', `(?:ex|hij|dader) ${G(2)}zit ${G(1)}in de gevangenis`, `(?:mijn )?leven weer op de rit`, `(?:is|zijn) ${G(2)}(?:allemaal |netjes )?geregeld`],
  },
  jokes: ['haha\\p{L}*', 'hihi', 'lol', 'lachend', `grap(?:t|te|ten|pen) ${G(2)}(?:dat|over)`, 'voor de grap', 'als grap', 'lmao', 'grapje', 'geintje', 'nee serieus', 'maar ff serieus', 'maar even serieus', 'ofzo haha', `(?:het )?niet zo (?:bedoelt|bedoelde|bedoeld)`, `(?:uitspraak|gezegd) in (?:boosheid|paniek|woede)`, 'hallucinaties', `niet bang voor (?:hem|haar)`],
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
