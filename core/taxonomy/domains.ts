import type { ConversationLanguage } from './crisis.js';

export const domainIds = ['growing-up', 'neighbourhood', 'health', 'self-reliance', 'network'] as const;
export type DomainId = (typeof domainIds)[number];

/** Labels in B1 words, used for quick replies and case cards. */
export const domainLabels: Record<DomainId, Record<ConversationLanguage, string>> = {
  'growing-up': { nl: 'Kansrijk opgroeien en talenten ontwikkelen', en: 'Growing up and developing talents', tr: 'Fırsatlarla büyümek ve yetenek geliştirmek', ar: 'النمو بفرص جيدة وتطوير المواهب', pl: 'Dorastanie z szansami i rozwój talentów', uk: 'Зростати з можливостями та розвивати таланти' },
  neighbourhood: { nl: 'Veilige buurt en fijne wijk', en: 'A safe and pleasant neighbourhood', tr: 'Güvenli ve hoş bir mahalle', ar: 'حي آمن ولطيف', pl: 'Bezpieczna i przyjazna okolica', uk: 'Безпечний і приємний район' },
  health: { nl: 'Gezond en vitaal leven', en: 'Healthy and vital living', tr: 'Sağlıklı ve zinde yaşam', ar: 'حياة صحية ونشيطة', pl: 'Zdrowe i aktywne życie', uk: 'Здорове та активне життя' },
  'self-reliance': { nl: 'Financieel en sociaal zelfredzaam', en: 'Managing money and daily life', tr: 'Para ve günlük işleri yönetmek', ar: 'إدارة المال والحياة اليومية', pl: 'Pieniądze i codzienne sprawy', uk: 'Гроші та щоденні справи' },
  network: { nl: 'De inwoner en zijn netwerk', en: 'You and the people around you', tr: 'Sen ve çevrendeki insanlar', ar: 'أنت والناس من حولك', pl: 'Ty i ludzie wokół ciebie', uk: 'Ви та люди навколо вас' },
};
