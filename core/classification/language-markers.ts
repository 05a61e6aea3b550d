/**
 * Short, frequent words that tell Dutch from English in two- or three-word messages, where
 * character statistics alone guess wrong ("hoi", "dank je"). Words both languages use
 * ("in", "is", "we", "help") are left out on purpose.
 */
export const dutchMarkers: ReadonlySet<string> = new Set(
  `ik je jij jou u het de een en van niet met mijn heb hebt heeft hoe wat kan kun kunt moet moeten voor op
  zijn wil wilt ben bent er dat die deze dit maar ook nog naar hallo hoi hoii hee heej hey dag doei goedemorgen
  goedemiddag goedenavond bedankt dank graag alsjeblieft alstublieft ja nee weet gaat goed slecht vraag vragen
  iemand mensen wie waar wanneer waarom omdat want heel erg veel geen niets niemand al mee bij uit zo
  hulp nodig kunnen mag mogen zou zouden wij ons onze mijnen jullie hun hij zij ze haar hem mij me
  over door als toen dan echt gewoon even alles iets steeds nooit altijd weer meer thuis vandaag morgen`
    .split(/\s+/)
    .filter(Boolean),
);

export const englishMarkers: ReadonlySet<string> = new Set(
  `i you the a an my is am are and to of it have has need with for me can could how what hello hi hey
  thanks thank please not do does don't we they this that be been was were am from about just get got
  your our their someone nobody anyone any some very much no yes know want would should there here
  when why where who because but so if or at on by help` 
    .split(/\s+/)
    .filter((word) => word !== '' && !['help', 'hey'].includes(word)),
);

/**
 * Arabic written in Latin letters ("3andi so2al", "bghit n3rf wach kayn"): words character
 * statistics take for Dutch or for nothing at all. Words other languages use too ("ma", "el", "al",
 * "fi", "mama") are left out; the digits that stand for Arabic letters count separately.
 */
export const arabiziMarkers: ReadonlySet<string> = new Set(
  `ana enta enti inta inti wallah wallahi walah inshallah nshallah mashallah hamdullah hamdoulilah mish mesh msh mush
  bghit bghat bghina kifach kifash kif wach wesh dyal dyali dyalha dyalo dyalek walakin lakin bas shu chno chnou ash
  kayn kayna kayen makayn ya3ni khoya khouya khuya khti okhti ukhti salam slm salamu marhaba mar7aba shukran chokran
  choukran habibi habibti bzaf bezzaf ktir kteer kter daba hna lyoum lyouma lyoma kolchi ghadi gal galt glt galet tani
  sghir sghira walo chi wa7ed wa7da baddi badi bade bedde biddi ma3 m3a 3la 3al 3an 3and 3andi 3ndi 3ndo 3endha
  fhemt fhamt ma3rftch ma3rafch nta nti homa hiya huwa howa ahli jiran jirani ibni binti bnti zawji jozi rajli mrati
  lmadrasa madrase lflous flous`
    .split(/\s+/)
    .filter(Boolean),
);

/** Ukrainian written in Latin letters ("shcho robyty", "dobryi den"), common when the keyboard has no Cyrillic. */
export const ukrainianLatinMarkers: ReadonlySet<string> = new Set(
  `shcho shchos shchob shche yakshcho jakshcho meni mene moia moya moyi moi mij vin vona vony yoho yiyi tse tsey tsia
  chy dity ditei ditej ditmy synu donka dochka cholovik cholovika druzhyna pryvit dobryi dobryj dyakuyu diakuiu
  dyakuiu bud laska potribna potriben potribno treba mozhna mozhu mozhe zaraz kudy vzhe duzhe bilshe robyty zvernutysia
  zvernutysya zvernutys dopomoha dopomoga dopomozhit dopomozhiť khochu hochu znayu znaiu rokiv kazhe skazav nichogo
  nichoho tyzhden vdoma shkoli shkola ukrainy ukrayiny ukrajiny ukraini kvartyru roboty robotu zhyty svoiu svoyu
  nemaye nemaie nemaje pyshe pyshu lyst lysta zovsim odyn inodi dumayu dumaiu`
    .split(/\s+/)
    .filter(Boolean),
);
