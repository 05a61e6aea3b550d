import { ClosingOutcomeError } from '../errors.js';
import type { CaseClosing } from '../ports/case-store.js';
import type { ReferralPartner } from '../social-map/social-map.js';
import { closingOutcomeLabels, isClosingOutcomeId, isDomainId, type ClosingOutcome } from './closing-outcome.js';

/**
 * A worker's structured close, checked: a known outcome, a partner of the social map when
 * referred, known life domains. Returns what the store keeps: the words on the case (the worker's
 * note, else the outcome's label) and the structured part for the statistics.
 */
export function checkClosingOutcome(input: ClosingOutcome, partners: ReferralPartner[]): { words: string; closing: CaseClosing } {
  if (!isClosingOutcomeId(input.outcome)) throw new ClosingOutcomeError('unknown-outcome');
  let partner: ReferralPartner | null = null;
  if (input.outcome === 'referred') {
    if (!input.partnerId) throw new ClosingOutcomeError('partner-needed');
    partner = partners.find((candidate) => candidate.id === input.partnerId) ?? null;
    if (!partner) throw new ClosingOutcomeError('unknown-partner');
  }
  const improvedDomains = [...new Set(input.improvedDomains ?? [])];
  if (!improvedDomains.every(isDomainId)) throw new ClosingOutcomeError('unknown-domain');
  const label = partner ? `${closingOutcomeLabels.referred}: ${partner.name}` : closingOutcomeLabels[input.outcome];
  const note = input.note?.trim().slice(0, 500);
  return {
    words: note ? `${label}. ${note}` : label,
    closing: { category: input.outcome, partner: partner?.id ?? null, improvedDomains },
  };
}
