/**
 * A resident offering help ("iedereen kan wát", docs/residents/intake.md "Roles"): volunteering, becoming a
 * maatje, doing something for the neighbourhood, in the six languages of the intake. Asking for
 * help ("ik wil graag hulp", "can you help me") is not an offer: the patterns name the resident
 * as the helper.
 */
const offerPatterns: readonly RegExp[] = [
  // Dutch
  /vrijwillig(?:er|ster|erswerk)\b/iu,
  /\bmaatje\s+(?:worden|zijn)\b/iu,
  /\bik\s+(?:wil|zou)\s+(?:graag\s+)?(?:iets\s+)?(?:doen\s+voor|helpen\s+(?:in|bij|met)\s+(?:de|het|jullie)|(?:andere\s+)?mensen\s+helpen|iemand\s+helpen|mij\s+inzetten|me\s+inzetten|iets\s+betekenen)/iu,
  /\bik\s+(?:kan|wil)\b[^.?!]{0,40}\b(?:voor\s+de\s+buurt|voor\s+(?:andere\s+)?buurtgenoten|voor\s+ouderen|voor\s+anderen)\b/iu,
  /\b(?:kan\s+ik|mag\s+ik)\s+(?:ergens\s+)?(?:helpen|meehelpen|iets\s+doen)\b/iu,
  // English
  /\bvolunteer(?:ing)?\b/iu,
  /\bi(?:'d| would)\s+like\s+to\s+help\b/iu,
  /\bi\s+(?:want|wish)\s+to\s+help\b(?!\s+(?:me|myself))/iu,
  /\b(?:can|could)\s+i\s+help\b(?!\s+(?:me|myself))/iu,
  /\bi\s+(?:can|could)\s+help\s+(?:others|people|someone|out|in\s+the\s+neighbourhood)\b/iu,
  /\bbecome\s+a\s+buddy\b/iu,
  // Turkish
  /gönüllü/iu,
  /yardım\s+etmek\s+istiyorum/iu,
  // Arabic
  /تطوع|متطوع/u,
  /أريد\s+(?:أن\s+)?أساعد|أود\s+(?:أن\s+)?أساعد|أرغب\s+في\s+المساعدة/u,
  // Polish
  /wolontariusz|wolontariat/iu,
  /chc(?:ę|iałbym|iałabym)\s+pomóc\b/iu,
  // Ukrainian
  /волонтер|волонтер/iu,
  /хоч(?:у|у б)\s+допомогти|хотів\s+би\s+допомогти|хотіла\s+б\s+допомогти/iu,
];

/** Help asked for, not offered: these make a message a request even when a pattern above matches. */
const askingForHelp: readonly RegExp[] = [
  /\b(?:ik\s+heb|wij\s+hebben|we\s+hebben)\s+(?:een\s+)?vrijwilliger\s+nodig\b/iu,
  /\b(?:zoek|zoeken)\s+(?:een\s+)?(?:vrijwilliger|maatje)\b/iu,
  /\b(?:need|looking\s+for)\s+a\s+(?:volunteer|buddy)\b/iu,
  /gönüllü\s+(?:arıyorum|lazım)/iu,
];

export function offersHelp(text: string): boolean {
  if (askingForHelp.some((pattern) => pattern.test(text))) return false;
  return offerPatterns.some((pattern) => pattern.test(text));
}
