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
