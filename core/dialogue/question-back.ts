import type { ConversationLanguage } from '../taxonomy/index.js';

/**
 * A question back instead of an answer ("wat bedoel je?", "hoezo?", "snap ik niet"): the assistant
 * says its question again in other words instead of keeping these words as the answer.
 */
const questionBack =
  /^(?:wat bedoel (?:je|jij|u)|wat bedoelt (?:u|je)|hoe bedoel (?:je|jij|u)|hoezo|waarom vraag (?:je|u) dat|wat wil (?:je|u) weten|snap (?:ik|het) niet|ik snap (?:het|de vraag|je vraag|uw vraag) niet|ik begrijp (?:het|de vraag|je vraag|uw vraag) niet|begrijp (?:ik )?(?:het )?niet|sorry wat|wat\??$|huh|what do you mean|what does that mean|i do not understand|i don'?t understand|don'?t understand|sorry what|why do you ask|ne demek|anlamadim|anlamadım|ne demek istiyorsun|ماذا تقصد|ما معنى|لم افهم|لم أفهم|nie rozumiem|co masz na mysli|co masz na myśli|o co chodzi|не розумію|що ви маєте на увазі|що це означає)(?![\p{L}\p{N}])/iu;

export function isQuestionBack(text: string): boolean {
  const plain = text.trim().toLowerCase().replace(/[?!.…؟]+$/u, '').trim();
  return plain.length <= 60 && questionBack.test(plain);
}

/** Said before the question is asked again, plainer. */
export const askedAgainLead: Record<ConversationLanguage, string> = {
  nl: 'Geen probleem, ik zeg het anders. Weet je het niet? Typ dan "weet ik niet", dat is ook goed.',
  en: 'No problem, I will put it differently. Do not know? Then type "I do not know", that is fine too.',
  tr: 'Sorun değil, başka türlü sorayım. Bilmiyorsan "bilmiyorum" yaz, bu da olur.',
  ar: 'لا مشكلة، سأقولها بطريقة أخرى. إذا كنت لا تعرف، اكتب "لا أعرف"، وهذا جيد أيضا.',
  pl: 'Nie ma problemu, powiem to inaczej. Nie wiesz? Napisz "nie wiem", to też jest w porządku.',
  uk: 'Без проблем, скажу інакше. Не знаєте? Напишіть "не знаю", це теж нормально.',
};
