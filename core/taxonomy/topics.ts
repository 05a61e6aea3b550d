import type { DomainId } from './domains.js';
import type { ConversationLanguage } from './crisis.js';

export const topicIds = [
  'money', 'paperwork', 'housing', 'legal', 'work', 'parenting-youth', 'language-integration',
  'neighbours', 'community', 'mental-health', 'physical-health', 'ageing', 'addiction',
  'loneliness', 'caregiving', 'relationships',
] as const;
export type TopicId = (typeof topicIds)[number];

export interface TopicDefinition {
  id: TopicId;
  domain: DomainId;
  label: Record<ConversationLanguage, string>;
  workerRole: string;
}

export const topics: Record<TopicId, TopicDefinition> = {
  money: { id: 'money', domain: 'self-reliance', label: { nl: 'Geld en schulden', en: 'Money and debts', tr: 'Para ve borçlar', ar: 'المال والديون', pl: 'Pieniądze i długi', uk: 'Гроші та борги' }, workerRole: 'schuldhulpverlener' },
  paperwork: { id: 'paperwork', domain: 'self-reliance', label: { nl: 'Brieven, formulieren, regelzaken', en: 'Letters, forms and arrangements', tr: 'Mektuplar, formlar ve resmi işler', ar: 'الرسائل والاستمارات والمعاملات', pl: 'Listy, formularze i sprawy urzędowe', uk: 'Листи, бланки та офіційні справи' }, workerRole: 'sociaal raadsman/-vrouw' },
  housing: { id: 'housing', domain: 'self-reliance', label: { nl: 'Wonen', en: 'Housing', tr: 'Konut', ar: 'السكن', pl: 'Mieszkanie', uk: 'Житло' }, workerRole: 'maatschappelijk werker' },
  legal: { id: 'legal', domain: 'self-reliance', label: { nl: 'Recht en juridische vragen', en: 'Rights and legal questions', tr: 'Hukuk ve hukuki sorular', ar: 'الحقوق والأسئلة القانونية', pl: 'Prawo i sprawy prawne', uk: 'Право та юридичні питання' }, workerRole: 'sociaal raadsman/-vrouw' },
  work: { id: 'work', domain: 'growing-up', label: { nl: 'Werk, opleiding en dagbesteding', en: 'Work, education and day activities', tr: 'İş, eğitim ve gündüz etkinlikleri', ar: 'العمل والتعليم والأنشطة اليومية', pl: 'Praca, nauka i zajęcia w ciągu dnia', uk: 'Робота, навчання та денна зайнятість' }, workerRole: 'wijkteamwerker' },
  'parenting-youth': { id: 'parenting-youth', domain: 'growing-up', label: { nl: 'Opgroeien en opvoeden', en: 'Growing up and parenting', tr: 'Çocuk yetiştirme ve gençler', ar: 'تربية الأطفال والشباب', pl: 'Wychowanie dzieci i młodzież', uk: 'Виховання дітей та молодь' }, workerRole: 'kinder- en jongerenwerker' },
  'language-integration': { id: 'language-integration', domain: 'growing-up', label: { nl: 'Taal en inburgering', en: 'Language and integration', tr: 'Dil ve uyum (inburgering)', ar: 'اللغة والاندماج (inburgering)', pl: 'Język i integracja (inburgering)', uk: 'Мова та інтеграція (inburgering)' }, workerRole: 'vluchtelingenwerk' },
  neighbours: { id: 'neighbours', domain: 'neighbourhood', label: { nl: 'Buren en buurt', en: 'Neighbours and neighbourhood', tr: 'Komşular ve mahalle', ar: 'الجيران والحي', pl: 'Sąsiedzi i okolica', uk: 'Сусіди та район' }, workerRole: 'opbouw-/buurtwerker' },
  community: { id: 'community', domain: 'neighbourhood', label: { nl: 'Meedoen in de buurt', en: 'Taking part in the neighbourhood', tr: 'Mahalle hayatına katılım', ar: 'المشاركة في الحي', pl: 'Udział w życiu dzielnicy', uk: 'Участь у житті району' }, workerRole: 'opbouw-/buurtwerker, vrijwilligerscoördinator' },
  'mental-health': { id: 'mental-health', domain: 'health', label: { nl: 'Psychische gezondheid', en: 'Mental health', tr: 'Ruh sağlığı', ar: 'الصحة النفسية', pl: 'Zdrowie psychiczne', uk: 'Психічне здоров\'я' }, workerRole: 'maatschappelijk werker' },
  'physical-health': { id: 'physical-health', domain: 'health', label: { nl: 'Lichamelijke gezondheid en beperking', en: 'Physical health and disability', tr: 'Beden sağlığı ve engellilik', ar: 'الصحة الجسدية والإعاقة', pl: 'Zdrowie fizyczne i niepełnosprawność', uk: 'Фізичне здоров\'я та інвалідність' }, workerRole: 'wijkteamwerker' },
  ageing: { id: 'ageing', domain: 'health', label: { nl: 'Ouder worden', en: 'Growing older', tr: 'Yaşlanma', ar: 'التقدم في السن', pl: 'Starzenie się', uk: 'Старіння' }, workerRole: 'ouderenadviseur' },
  addiction: { id: 'addiction', domain: 'health', label: { nl: 'Verslaving', en: 'Addiction', tr: 'Bağımlılık', ar: 'الإدمان', pl: 'Uzależnienia', uk: 'Залежності' }, workerRole: 'maatschappelijk werker' },
  loneliness: { id: 'loneliness', domain: 'network', label: { nl: 'Eenzaamheid en sociaal netwerk', en: 'Loneliness and social network', tr: 'Yalnızlık ve sosyal çevre', ar: 'الوحدة والعلاقات الاجتماعية', pl: 'Samotność i kontakty z ludźmi', uk: 'Самотність і соціальні зв\'язки' }, workerRole: 'buurtwerker' },
  caregiving: { id: 'caregiving', domain: 'network', label: { nl: 'Mantelzorg', en: 'Caring for someone', tr: 'Bir yakına bakım (mantelzorg)', ar: 'رعاية أحد الأقارب (mantelzorg)', pl: 'Opieka nad bliską osobą (mantelzorg)', uk: 'Догляд за близькою людиною (mantelzorg)' }, workerRole: 'mantelzorgondersteuner' },
  relationships: { id: 'relationships', domain: 'network', label: { nl: 'Relaties en gezin', en: 'Relationships and family', tr: 'İlişkiler ve aile', ar: 'العلاقات والأسرة', pl: 'Związki i rodzina', uk: 'Стосунки та сім\'я' }, workerRole: 'maatschappelijk werker' },
};

export function isTopicId(value: string): value is TopicId {
  return (topicIds as readonly string[]).includes(value);
}
