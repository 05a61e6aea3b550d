import type { DomainId } from './domains.js';

export const topicIds = [
  'money', 'paperwork', 'housing', 'legal', 'work', 'parenting-youth', 'language-integration',
  'neighbours', 'community', 'mental-health', 'physical-health', 'ageing', 'addiction',
  'loneliness', 'caregiving', 'relationships',
] as const;
export type TopicId = (typeof topicIds)[number];

export interface TopicDefinition {
  id: TopicId;
  domain: DomainId;
  label: { nl: string; en: string };
  workerRole: string;
}

export const topics: Record<TopicId, TopicDefinition> = {
  money: { id: 'money', domain: 'self-reliance', label: { nl: 'Geld en schulden', en: 'Money and debts' }, workerRole: 'schuldhulpverlener' },
  paperwork: { id: 'paperwork', domain: 'self-reliance', label: { nl: 'Brieven, formulieren, regelzaken', en: 'Letters, forms and arrangements' }, workerRole: 'sociaal raadsman/-vrouw' },
  housing: { id: 'housing', domain: 'self-reliance', label: { nl: 'Wonen', en: 'Housing' }, workerRole: 'maatschappelijk werker' },
  legal: { id: 'legal', domain: 'self-reliance', label: { nl: 'Recht en juridische vragen', en: 'Rights and legal questions' }, workerRole: 'sociaal raadsman/-vrouw' },
  work: { id: 'work', domain: 'growing-up', label: { nl: 'Werk, opleiding en dagbesteding', en: 'Work, education and day activities' }, workerRole: 'wijkteamwerker' },
  'parenting-youth': { id: 'parenting-youth', domain: 'growing-up', label: { nl: 'Opgroeien en opvoeden', en: 'Growing up and parenting' }, workerRole: 'kinder- en jongerenwerker' },
  'language-integration': { id: 'language-integration', domain: 'growing-up', label: { nl: 'Taal en inburgering', en: 'Language and integration' }, workerRole: 'vluchtelingenwerk' },
  neighbours: { id: 'neighbours', domain: 'neighbourhood', label: { nl: 'Buren en buurt', en: 'Neighbours and neighbourhood' }, workerRole: 'opbouw-/buurtwerker' },
  community: { id: 'community', domain: 'neighbourhood', label: { nl: 'Meedoen in de buurt', en: 'Taking part in the neighbourhood' }, workerRole: 'opbouw-/buurtwerker, vrijwilligerscoördinator' },
  'mental-health': { id: 'mental-health', domain: 'health', label: { nl: 'Psychische gezondheid', en: 'Mental health' }, workerRole: 'maatschappelijk werker' },
  'physical-health': { id: 'physical-health', domain: 'health', label: { nl: 'Lichamelijke gezondheid en beperking', en: 'Physical health and disability' }, workerRole: 'wijkteamwerker' },
  ageing: { id: 'ageing', domain: 'health', label: { nl: 'Ouder worden', en: 'Growing older' }, workerRole: 'ouderenadviseur' },
  addiction: { id: 'addiction', domain: 'health', label: { nl: 'Verslaving', en: 'Addiction' }, workerRole: 'maatschappelijk werker' },
  loneliness: { id: 'loneliness', domain: 'network', label: { nl: 'Eenzaamheid en sociaal netwerk', en: 'Loneliness and social network' }, workerRole: 'buurtwerker' },
  caregiving: { id: 'caregiving', domain: 'network', label: { nl: 'Mantelzorg', en: 'Caring for someone' }, workerRole: 'mantelzorgondersteuner' },
  relationships: { id: 'relationships', domain: 'network', label: { nl: 'Relaties en gezin', en: 'Relationships and family' }, workerRole: 'maatschappelijk werker' },
};

export function isTopicId(value: string): value is TopicId {
  return (topicIds as readonly string[]).includes(value);
}
