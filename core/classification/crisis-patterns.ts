import type { CrisisId } from '../taxonomy/index.js';

/**
 * Crisis patterns over normalised text (lower case, no accents, single spaces, see normalize-text.ts).
 * `G` is a gap of at most N words; gaps are bounded so that matching stays linear.
 * They cover indirect phrasing on purpose: recall matters more than precision here, and
 * figurative speech is removed before these run (figurative-speech.ts).
 */
const G = (maximum: number) => `(?:\\S+ ){0,${maximum}}?`;
const self = '(?:mezelf|mijzelf|zichzelf|zelf|hemzelf|haarzelf)';
const victim = '(?:me|mij|ons|haar|hem|mama|papa|mijn (?:moeder|vader|zus|zusje|broer|broertje|kind|kinderen|kids|zoon|dochter|vrouw|man|vriendin|oma|opa)|de kinderen|zijn (?:kinderen|vrouw|vriendin)|hun (?:kinderen|kind))';
const perpetrator = '(?:man|vriend|vriendje|partner|vader|moeder|stiefvader|stiefmoeder|ex|broer|zoon|echtgenoot|pa|ma|schoonvader|schoonmoeder|hij|zij)';
const hitVerb = '(?:slaat|sloeg|slaan|schopt|schopte|trapt|trapte|duwt|duwde|wurgt|wurgde|stompt|stompte|mept|mepte|knijpt|mishandelt|mishandelde|bedreigt|bedreigde|verkracht|misbruikt|misbruikte)';
const harmed = '(?:geslagen|geschopt|getrapt|geduwd|gewurgd|mishandeld|bedreigd|opgesloten|misbruikt|verkracht|gestompt)';
const weapon = '(?:mes|messen|pistool|vuurwapen|wapen|wapens|geweer|bijl|knife|gun|weapon)';
const englishSelf = '(?:myself|himself|herself|themselves|yourself)';
const englishVictim = '(?:me|us|her|him|my (?:mother|mum|mom|kids|children|son|daughter|wife|sister|brother|baby))';

export const crisisPatterns: Record<CrisisId, string[]> = {
  emergency: [
    'bewusteloos', 'buiten bewustzijn', 'flauwgevallen', `(?:ademt|ademen|ademde) ${G(2)}niet`, 'geen adem',
    `(?:ligt|lag|gevallen|zit) ${G(4)}(?:reageert|beweegt) ${G(1)}niet`, `krijg (?:hem|haar|mijn \\S+) niet ${G(1)}wakker`,
    'in brand', 'er is brand', 'brand in', 'brand bij', 'het brandt', 'in de fik', 'vlammen', 'rook uit',
    `(?:met|heeft|had|pakt|pakte|trok|trekt|zwaait|draagt|dreigt|hield|houdt) ${G(3)}${weapon}`, '(?:pistool|vuurwapen|wapen|geweer)',
    `(?:bloedt|bloeden) ${G(3)}(?:erg|veel|hevig|heel hard|niet te stoppen)`, 'veel bloed', 'overdosis', 'hartaanval',
    'gaslek', 'gaslucht', 'ruik gas', `gevallen ${G(2)}(?:kan|kon|komt) ${G(2)}niet ${G(1)}(?:op|overeind|opstaan|omhoog)`, 'bel(?:len)? 112', '112 bellen',
    'unconscious', `(?:not|stopped) breathing`, 'fire', 'on fire', 'smoke (?:everywhere|coming|from)', 'overdose', 'heart attack', 'gas leak',
    `(?:bleeding|bleeds) ${G(2)}(?:badly|heavily|a lot)`, 'lot of blood', `(?:has|with|holding|pulled) ${G(2)}(?:a )?${weapon}`,
    `(?:will not|does not|can not) wake up`, 'unresponsive', 'fainted', `(?:collapsed|fell|fallen|fainted|lying) ${G(4)}(?:not|is not|isnt|does not|doesnt|will not|wont) ${G(1)}(?:responding|respond|moving|move|breathing)`, 'call 112',
  ],
  suicide: [
    'zelfmoord\\p{L}*', 'suicid\\p{L}*', 'zelfdoding', 'doodswens', 'levensmoe', 'afscheidsbrief', 'zelfbeschadiging',
    `(?:wil|wilde|willen|wou|zou|wens|wenste|wilt) ${G(3)}(?:dood|sterven|doodgaan)`, `(?:wou|wens|wenste|zou willen) ${G(3)}dood (?:was|ben|zijn|ging)`, `dood (?:wil|wilt|willen|wilde|wou)`, `(?:brug|flat|dak|balkon|gebouw|raam|trein) ${G(2)}(?:springen|spring|af te springen)`,
    `niet ${G(1)}(?:meer|langer) ${G(2)}(?:leven|bestaan|wakker (?:worden|te worden)|verder (?:willen|wil|kan|kunnen))`,
    `(?:wil|wilde|willen|wilt) ${G(3)}er ${G(2)}niet meer zijn`, 'er niet meer (?:willen |wil )?zijn',
    `zie het ${G(2)}niet meer zitten(?! om)`, `zie het ${G(2)}niet zitten(?= (?:en|ik|maar|want|echt|allemaal|nog|meer)\\b|$)`,
    `er ${G(2)}eind(?:e)? aan ${G(1)}maken`, `eind(?:e)? ${G(2)}aan (?:mijn|m'n|zijn|haar|het) leven`, 'leven (?:beeindigen|beindigen)',
    `${self} ${G(3)}(?:iets aan(?= |$)|wat aan(?= |$)|aandoen|aan doen|pijn doen|snijden|snij|krassen|kras|verwonden|ophangen|van kant|dood(?:maken)?|vermoorden|doden)`,
    `(?:snij|snijd|snijdt|snijden|kras|krast|krassen|verwond) ${G(2)}${self}`, `(?:doe|deed|doen|doet) ${self} ${G(1)}(?:pijn|iets aan|wat aan)`, `zich ${G(2)}(?:iets|wat) (?:aan|aandoen|aan te doen)`, `zich ${G(1)}(?:van kant|ophangen|doodmaken)`,
    `(?:pillen|slaappillen|medicijnen|tabletten) ${G(3)}(?:sparen|verzamelen|spaar|verzamel|opsparen|opgespaard|gespaard|verzameld|bewaard|achtergehouden)`,
    `(?:spaar|sparen|verzamel|verzamelen|gespaard|verzameld) ${G(3)}(?:pillen|slaappillen|medicijnen|tabletten)`,
    `(?:alle|allemaal|al mijn|al m'n|een hele strip|een doos) ${G(1)}(?:pillen|medicijnen|tabletten) ${G(2)}(?:in|ingenomen|slikken|geslikt|innemen)`,
    `(?:spring|springen|sprong) ${G(3)}(?:van|voor|onder|uit) ${G(2)}(?:brug|flat|dak|trein|metro|balkon|gebouw|raam)`, 'voor de trein',
    `beter af ${G(2)}zonder (?:mij|me)`, `zonder (?:mij|me) ${G(2)}beter af`, `(?:beter|makkelijker|rustiger|fijner) ${G(3)}als ik er ${G(1)}niet (?:meer )?(?:was|ben|zou zijn|zijn)(?! (?:om|op|tussen|van|voor|morgen|vandaag|deze|volgende|vanavond|vanmiddag|\\d))`, `als ik ${G(1)}dood (?:was|ben|zou zijn)`, `(?:niemand|geen mens) ${G(1)}(?:zal|zou|gaat) ${G(1)}(?:mij|me) ${G(1)}missen`,
    `het leven ${G(2)}(?:heeft|is) ${G(2)}geen zin`, `geen zin ${G(2)}in (?:het |mijn )?leven`, `klaar met ${G(1)}leven`,
    `(?:wil|wilde|wilt) ${G(2)}verdwijnen`, `(?:wil|wilde|wilt|wens) ${G(2)}dat (?:alles|het allemaal|het leven) ${G(1)}(?:ophoudt|stopt|voorbij is)`,
    `(?:zie|zag|is|er is) ${G(1)}geen (?:uitweg|uitweg meer|enkele uitweg)(?! ${G(2)}(?:uit|voor) (?:de|mijn|die|deze|het) (?!leven))`, `(?:ik )?(?:wil|kan) niet meer (?:en|ik) (?:ik )?(?:wil|kan) niet meer`,
    `(?:pillen|slaappillen|medicijnen|tabletten) ${G(2)}(?:klaarliggen|klaar liggen|liggen klaar|klaargelegd|klaar gelegd|klaarstaan|staan klaar)(?! ${G(3)}(?:voor|van) (?:mijn|m'n|zijn|haar|de|oma|opa|mama|papa))`, `(?:touw|strop) ${G(3)}(?:klaar|gekocht|opgehangen)`,
    `(?:niet|nooit) meer ${G(1)}(?:wakker|op) (?:te )?(?:worden|wordt|word)`, 'afscheid (?:genomen|nemen) van (?:iedereen|het leven)', '(?:hoeft|hoef) voor (?:mij|me) niet meer', 'geen reden (?:meer )?om te leven',
    `(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) ${englishSelf}`, 'self ?harm\\p{L}*', 'suicide', 'suicidal',
    `(?:want|wants|wanted|wish|wishes|going|ready) ${G(2)}to die`, `wish ${G(2)}(?:was|were) dead`, `(?:end|ending) (?:it all|my life|his life|her life|everything|it)`,
    `no (?:reason|point) ${G(2)}(?:to live|living)`, 'better off without me', `(?:not|never) want to (?:live|be alive|be here|wake up|exist)`,
    'can not go on', `(?:no|not see the|not see any|see no) point (?:in|of) (?:living|life|going on|being alive)`, `better off if i (?:was|were) (?:not here|gone|dead)`, `(?:about|of|hope|hoping|wish) ${G(1)}(?:not|never) waking up`, `(?:do not|never) want to wake up`, `(?:no|not see a|see no) way out`,
    `(?:pills|tablets|rope) ${G(3)}(?:ready|saved|stockpiled|collected)(?! ${G(3)}(?:for|of) (?:my|his|her|the))`, `(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) ${G(2)}(?:pills|tablets|sleeping pills|medication|medicine)`, `(?:disappear|be gone) (?:forever|for good)`, `take ${G(2)}(?:all )?(?:my |the )?pills`, `jump (?:off|in front of)`, 'goodbye letter',
    // Arabic, Turkish, Polish and Ukrainian: the words for suicide and "kill myself".
    'انتحار', 'انتحر', 'اقتل نفسي', 'intihar', 'kendimi oldur', 'olmek istiyorum', 'samoboj\\p{L}*', 'zabic sie', 'chce umrzec',
    'самогуб\\p{L}*', 'вбити себе', 'хочу померти',
  ],
  violence: [
    'huiselijk geweld', 'mishandel\\p{L}*', 'kindermishandeling', 'verkracht\\p{L}*', 'loverboy', 'eergerelateerd', 'gedwongen huwelijk',
    `(?:seksueel|sexueel) ${G(1)}(?:misbruik|misbruikt|geweld|lastiggevallen|aangerand)`, 'aangerand', 'misbruikt',
    `${hitVerb} ${G(2)}${victim}(?! ${G(1)}op)\\b`, `${perpetrator} ${G(2)}${hitVerb}(?! (?:${G(1)}(?:elkaar|nergens|op|deur|deuren|dicht)|nooit|niemand)\\b)`,
    `(?:word|werd|worden|wordt|ben|is|zijn|was) ${G(4)}${harmed}`, `${victim} ${G(3)}${harmed}`,
    `slaan ${G(2)}(?:hun|de|mijn|zijn|haar) (?:kinderen|kind|zoon|dochter|vrouw)`,
    `dreigt ${G(4)}(?:te |om )?(?:vermoorden|doden|slaan|pakken|iets aan te doen|mee te nemen|af te pakken|dood te maken)`,
    `dreigt met ${G(1)}(?:geweld|een mes|slaan|doodslaan)`, `(?:vermoordt|vermoorden|doodmaken|dood maken|doodslaan) ${G(1)}(?:me|mij|ons)`,
    `(?:me|mij|ons) ${G(2)}(?:vermoorden|doodmaken|dood maken|doodslaan|opsluiten|op sluiten)`, `(?:sluit|sloot|sluiten|sloten) (?:me|mij|ons|haar|hem|de kinderen|mijn \\S+) ${G(3)}op`,
    `(?:bang|angst) ${G(1)}voor (?:mijn|m'n|de) ${perpetrator}`, `(?:hij|zij|ze) ${G(3)}(?:me|mij|ons|haar|hem|de kinderen) ${G(1)}(?:iets|wat) (?:aandoet|aandoen|aan doet|aan zal doen|aan gaat doen)`,
    `(?:mag|mogen) van (?:hem|haar|mijn \\S+) ${G(3)}(?:het huis|de deur|niet) ${G(1)}(?:niet )?(?:uit|weg|naar buiten)(?! ${G(1)}(?:na|voor|tot|zonder))`, `(?:pakt|neemt|nam|afgepakt) ${G(2)}(?:mijn|m'n) (?:telefoon|paspoort|geld|pinpas|sleutels) ${G(1)}af ${G(6)}(?:bang|opgesloten|binnen|niet weg|niet naar buiten)`, `mag van (?:hem|haar|mijn \\S+) ${G(2)}niet (?:naar buiten|de deur uit|het huis uit|werken|bellen)`,
    `${englishVictim} ${G(1)}(?:hit|beaten|kicked|choked|strangled|abused|threatened|locked up)`,
    `(?:hits|hit|beats|beat|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|punches|punched) ${englishVictim}\\b`,
    'domestic (?:violence|abuse)', 'abusive', 'abused', '(?<!drug |alcohol |substance )abuse', 'raped', 'rape', 'sexually',
    `threaten(?:s|ed)? ${G(2)}(?:to kill|to hurt|with a knife|with violence)`, `(?:husband|partner|boyfriend|ex|father|dad|wife|mother) ${G(2)}threaten(?:s|ed)?`, `(?:locks|locked) (?:me|us) (?:up|in)`,
    `(?:afraid|scared) of my (?:husband|partner|boyfriend|father|dad|ex|wife|mother|son)`, `(?:will|going to|wants to) kill me`,
    'will not let me leave', `(?:not )?(?:allowed|let me) ${G(2)}(?:leave the house|go outside|see my (?:family|friends))`, `(?:said|says|threatens) ${G(2)}(?:he|she|they) will (?:hurt|kill|get) (?:me|us|the kids)`,
    'عنف', 'يضربني', 'dovuyor', 'siddet', 'bije mnie', 'przemoc', 'бьет мене', 'бє мене', 'насильство',
  ],
};
