import type { ConversationLanguage } from '../taxonomy/index.js';

/** What the intake says to a resident who offers help ("iedereen kan wát"), per language; B1, to be reviewed like the other texts. */
export interface OfferTexts {
  /** Thanks, and one question: what, when and where. */
  askWhatWhenWhere: string;
}

export const offerTexts: Record<ConversationLanguage | 'nl-formal', OfferTexts> = {
  nl: { askWhatWhenWhere: 'Wat fijn dat je wilt helpen! Wat zou je graag doen, wanneer heb je tijd (welke dagen, overdag of \'s avonds) en waar (in welke buurt)?' },
  'nl-formal': { askWhatWhenWhere: 'Wat fijn dat u wilt helpen! Wat zou u graag doen, wanneer heeft u tijd (welke dagen, overdag of \'s avonds) en waar (in welke buurt)?' },
  en: { askWhatWhenWhere: 'How kind that you want to help! What would you like to do, when do you have time (which days, daytime or evening) and where (which neighbourhood)?' },
  tr: { askWhatWhenWhere: 'Yardım etmek istemeniz çok güzel! Ne yapmak istersiniz, ne zaman vaktiniz var (hangi günler, gündüz mü akşam mı) ve nerede (hangi mahallede)?' },
  ar: { askWhatWhenWhere: 'شكرًا لرغبتك في المساعدة! ماذا تحب أن تفعل، ومتى يكون لديك وقت (أي أيام، نهارًا أم مساءً)، وأين (في أي حي)؟' },
  pl: { askWhatWhenWhere: 'Dziękujemy, że chcesz pomóc! Co chciałbyś/chciałabyś robić, kiedy masz czas (w jakie dni, w dzień czy wieczorem) i gdzie (w której okolicy)?' },
  uk: { askWhatWhenWhere: 'Дякуємо, що хочете допомогти! Що б ви хотіли робити, коли у вас є час (які дні, вдень чи ввечері) і де (в якому районі)?' },
};
