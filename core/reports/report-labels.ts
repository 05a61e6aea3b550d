import { closingOutcomeLabels, isClosingOutcomeId } from '../outcomes/closing-outcome.js';
import type { SocialMap } from '../social-map/social-map.js';
import type { SatisfactionAnswer } from '../ports/follow-up-store.js';
import { domainLabels, topics as topicTable, type DomainId, type TopicId } from '../taxonomy/index.js';

/** Dutch names for every key of a report, for the dashboard and the municipality's CSV. */
const channelNames: Record<string, string> = { web: 'Website-chat', telegram: 'Telegram', whatsapp: 'WhatsApp', cli: 'Terminal' };
const languageNames: Record<string, string> = { nl: 'Nederlands', en: 'Engels', tr: 'Turks', ar: 'Arabisch', pl: 'Pools', uk: 'Oekraïens' };
const commonNames: Record<string, string> = { unknown: 'Onbekend', other: 'Anders', open: 'Nog open', 'other-places': 'Overige postcodes en wijken' };

/** The resident's answer to "Is je vraag opgelost?". */
export const satisfactionLabels: Record<SatisfactionAnswer, string> = { yes: 'Opgelost', partly: 'Deels opgelost', no: 'Niet opgelost' };

export type ReportSection = 'byDomain' | 'byTopic' | 'byNeighbourhood' | 'byChannel' | 'byLanguage' | 'outcomes' | 'referredTo' | 'improvedDomains';

export const sectionTitles: Record<ReportSection, string> = {
  byTopic: 'Onderwerp',
  byDomain: 'Domein',
  byNeighbourhood: 'Wijk',
  byChannel: 'Kanaal',
  byLanguage: 'Taal',
  outcomes: 'Uitkomst',
  referredTo: 'Doorverwezen naar',
  improvedDomains: 'Verbeterd op leefgebied',
};

export function keyLabel(section: ReportSection, key: string, socialMap: SocialMap): string {
  if (commonNames[key]) return commonNames[key]!;
  if (section === 'byTopic') return topicTable[key as TopicId]?.label.nl ?? key;
  if (section === 'byDomain' || section === 'improvedDomains') return domainLabels[key as DomainId]?.nl ?? key;
  if (section === 'byChannel') return channelNames[key] ?? key;
  if (section === 'byLanguage') return languageNames[key] ?? key;
  if (section === 'outcomes') return isClosingOutcomeId(key) ? closingOutcomeLabels[key] : key;
  if (section === 'referredTo') return socialMap.partners.find((partner) => partner.id === key)?.name ?? key;
  if (section === 'byNeighbourhood' && /^\d{4}$/.test(key)) return `Postcode ${key}`;
  return key;
}
