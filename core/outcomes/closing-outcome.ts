import { domainIds, type DomainId } from '../taxonomy/index.js';

/**
 * What came of a case, chosen by the worker at close (issue 17). Only these ids, the partner's id
 * and the improved life domains reach the anonymous statistics; the worker's words never do.
 */
export const closingOutcomeIds = ['answered', 'referred', 'collective-offer', 'no-contact', 'declined'] as const;
export type ClosingOutcomeId = (typeof closingOutcomeIds)[number];

/** Dutch labels for the inbox and the municipality's report. */
export const closingOutcomeLabels: Record<ClosingOutcomeId, string> = {
  answered: 'Vraag beantwoord',
  referred: 'Doorverwezen naar een partner',
  'collective-offer': 'Collectief aanbod (groep, activiteit)',
  'no-contact': 'Geen contact gekregen',
  declined: 'Inwoner wil geen hulp (meer)',
};

/** A worker's close: the outcome, the partner when referred, and optionally the domains that improved. */
export interface ClosingOutcome {
  outcome: ClosingOutcomeId;
  /** A partner id of the social map; required for "referred", ignored otherwise. */
  partnerId?: string | null;
  improvedDomains?: DomainId[];
  /** The worker's own words, kept on the case until the purge; never in the statistics. */
  note?: string | null;
}

export const isClosingOutcomeId = (value: unknown): value is ClosingOutcomeId =>
  typeof value === 'string' && (closingOutcomeIds as readonly string[]).includes(value);

export const isDomainId = (value: unknown): value is DomainId => typeof value === 'string' && (domainIds as readonly string[]).includes(value);
