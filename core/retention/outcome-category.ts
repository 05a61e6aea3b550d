/**
 * A worker's closing outcome is free text and may name people or places. What survives the
 * retention purge is only its category, found from a few words, so reporting keeps its use and the
 * statistics stay anonymous.
 */
export const outcomeCategories = ['helped', 'referred', 'advice', 'no-contact', 'withdrawn', 'other'] as const;
export type OutcomeCategory = (typeof outcomeCategories)[number];

const patterns: Array<[OutcomeCategory, RegExp]> = [
  ['referred', /\b(?:doorverwezen|doorverwijzing|verwezen|overgedragen|referred|referral|handed over)\b/i],
  ['no-contact', /\b(?:geen contact|niet bereikbaar|onbereikbaar|no contact|unreachable|no response|niet gereageerd)\b/i],
  ['withdrawn', /\b(?:ingetrokken|wil geen hulp|zelf gestopt|afgezien|withdrawn|declined|no longer needed|niet meer nodig)\b/i],
  ['advice', /\b(?:advies|informatie gegeven|uitgelegd|tips|advice|information given|explained)\b/i],
  ['helped', /\b(?:geholpen|opgelost|geregeld|afgerond|regeling getroffen|helped|solved|resolved|arranged|done)\b/i],
];

export function outcomeCategory(outcome: string | null): OutcomeCategory | null {
  if (outcome === null) return null;
  if ((outcomeCategories as readonly string[]).includes(outcome.trim())) return outcome.trim() as OutcomeCategory;
  return patterns.find(([, pattern]) => pattern.test(outcome))?.[0] ?? 'other';
}
