import type { ConversationLanguage } from '../taxonomy/index.js';

/**
 * Roughly when someone will react, for a resident whose case waits: how many cases of the same
 * role wait before theirs, and what usually happens, never a promise (docs/residents/intake.md "Roles").
 * `closedUntil` is the next opening moment in words when the team is closed now.
 */
export type QueuePositionText = (ahead: number, closedUntil: string | null) => string;

export const queuePositionTexts: Record<ConversationLanguage | 'nl-formal', QueuePositionText> = {
  nl: (ahead, closedUntil) =>
    `${ahead === 0 ? 'Er wachten nu geen andere vragen voor de jouwe.' : ahead === 1 ? 'Er wacht nu 1 vraag voor de jouwe.' : `Er wachten nu ${ahead} vragen voor de jouwe.`} ` +
    (closedUntil ? `We lezen je vraag ${closedUntil}.` : 'We reageren meestal binnen een werkdag.'),
  'nl-formal': (ahead, closedUntil) =>
    `${ahead === 0 ? 'Er wachten nu geen andere vragen voor de uwe.' : ahead === 1 ? 'Er wacht nu 1 vraag voor de uwe.' : `Er wachten nu ${ahead} vragen voor de uwe.`} ` +
    (closedUntil ? `We lezen uw vraag ${closedUntil}.` : 'We reageren meestal binnen een werkdag.'),
  en: (ahead, closedUntil) =>
    `${ahead === 0 ? 'No other questions are waiting before yours.' : ahead === 1 ? '1 question is waiting before yours.' : `${ahead} questions are waiting before yours.`} ` +
    (closedUntil ? `We will read your question ${closedUntil}.` : 'We usually react within one working day.'),
  tr: (ahead, closedUntil) =>
    `${ahead === 0 ? 'Şu anda sizinkinden önce bekleyen başka soru yok.' : `Şu anda sizinkinden önce ${ahead} soru bekliyor.`} ` +
    (closedUntil ? `Sorunuzu ${closedUntil} okuyacağız.` : 'Genellikle bir iş günü içinde cevap veriyoruz.'),
  ar: (ahead, closedUntil) =>
    `${ahead === 0 ? 'لا توجد الآن أسئلة أخرى تنتظر قبل سؤالك.' : `ينتظر الآن ${ahead} من الأسئلة قبل سؤالك.`} ` +
    (closedUntil ? `سنقرأ سؤالك ${closedUntil}.` : 'عادةً نرد خلال يوم عمل واحد.'),
  pl: (ahead, closedUntil) =>
    `${ahead === 0 ? 'Przed Twoim pytaniem nie czekają teraz inne.' : `Przed Twoim pytaniem czeka teraz ${ahead} ${ahead === 1 ? 'pytanie' : 'pytań'}.`} ` +
    (closedUntil ? `Przeczytamy Twoje pytanie ${closedUntil}.` : 'Zwykle odpowiadamy w ciągu jednego dnia roboczego.'),
  uk: (ahead, closedUntil) =>
    `${ahead === 0 ? 'Зараз перед вашим питанням немає інших.' : `Зараз перед вашим питанням чекає ${ahead}.`} ` +
    (closedUntil ? `Ми прочитаємо ваше питання ${closedUntil}.` : 'Зазвичай ми відповідаємо протягом одного робочого дня.'),
};
