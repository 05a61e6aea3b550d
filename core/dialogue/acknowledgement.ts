import type { ConversationLanguage } from '../taxonomy/index.js';

/** What a resident said that matters before any question: a death, a diagnosis, fear. */
export type Acknowledged = 'loss' | 'diagnosis' | 'fear';

const signs: ReadonlyArray<readonly [Acknowledged, RegExp]> = [
  ['loss', /\b(?:overleden|overlijden|gestorven|is dood|begrafenis|gecremeerd|weduwe|weduwnaar|verloren (?:heb|hebben)|passed away|died|funeral|widow(?:er)?|vefat|öldü|olduğundan|kaybettim|توفي|توفيت|وفاة|مات|ماتت|zmarł|zmarła|umarł|umarła|pogrzeb|помер|померла|загинув|загинула|похорон)\b/iu],
  ['diagnosis', /\b(?:kanker|diagnose|gediagnosticeerd|ongeneeslijk|terminaal|dementie|alzheimer|ms|parkinson|cancer|diagnosed|terminal|dementia|kanser|teşhis|سرطان|تشخيص|rak|diagnoz\p{L}*|рак|діагноз\p{L}*)\b/iu],
  ['fear', /\b(?:ik ben (?:zo |heel |erg )?bang|doodsbang|ik durf niet|angstig|i am (?:so |very )?scared|i am afraid|i'?m (?:so |very )?(?:scared|afraid)|çok korkuyorum|korkuyorum|أنا خائف|خائفة|boję się|боюся|мені страшно)\b/iu],
];

export function acknowledgedIn(text: string): Acknowledged | null {
  for (const [kind, pattern] of signs) if (pattern.test(text)) return kind;
  return null;
}

/** One short sentence, before the next question (docs/residents/intake.md: clarify, never an interrogation). */
export const acknowledgements: Record<ConversationLanguage | 'nl-formal', Record<Acknowledged, string>> = {
  nl: { loss: 'Wat verdrietig dat je iemand hebt verloren.', diagnosis: 'Wat naar om zo’n diagnose te krijgen.', fear: 'Goed dat je vertelt dat je bang bent.' },
  'nl-formal': { loss: 'Wat verdrietig dat u iemand hebt verloren.', diagnosis: 'Wat naar om zo’n diagnose te krijgen.', fear: 'Goed dat u vertelt dat u bang bent.' },
  en: { loss: 'I am sorry for your loss.', diagnosis: 'I am sorry you had to hear that diagnosis.', fear: 'Thank you for telling me you are afraid.' },
  tr: { loss: 'Kaybın için çok üzgünüm.', diagnosis: 'Böyle bir teşhis almak çok zor, üzgünüm.', fear: 'Korktuğunu söylemen iyi oldu.' },
  ar: { loss: 'أنا آسف جدا لخسارتك.', diagnosis: 'آسف، هذا التشخيص صعب جدا.', fear: 'شكرا لأنك أخبرتني أنك خائف.' },
  pl: { loss: 'Bardzo mi przykro z powodu twojej straty.', diagnosis: 'Przykro mi, taka diagnoza to coś bardzo trudnego.', fear: 'Dobrze, że mówisz, że się boisz.' },
  uk: { loss: 'Мені дуже шкода вашої втрати.', diagnosis: 'Мені шкода, такий діагноз — це дуже важко.', fear: 'Добре, що ви кажете, що вам страшно.' },
};
