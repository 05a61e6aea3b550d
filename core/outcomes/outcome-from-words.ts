import type { ReferralPartner } from '../social-map/social-map.js';
import type { ClosingOutcome, ClosingOutcomeId } from './closing-outcome.js';

/** The words a close typed in Slack (or an older client) may start with, Dutch and English. */
const keywords: Array<[RegExp, ClosingOutcomeId]> = [
  [/^(?:beantwoord|answered)\b/i, 'answered'],
  [/^(?:doorverwezen|referred)\b/i, 'referred'],
  [/^(?:collectief(?: aanbod)?|collective(?:-offer| offer)?)\b/i, 'collective-offer'],
  [/^(?:geen[ -]contact|no[ -]contact)\b/i, 'no-contact'],
  [/^(?:afgewezen|wil geen hulp|declined)\b/i, 'declined'],
];

const fold = (text: string) => text.toLocaleLowerCase('nl').normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * A close in words that starts with an outcome ("doorverwezen schuldhulp, belt maandag",
 * "beantwoord", "geen contact") becomes a structured outcome, the rest its note. A referral names
 * its partner right after the keyword (the partner's id or the start of its name, optionally after
 * "naar"); without a known partner, or without a keyword, null: the words stay words.
 */
export function outcomeFromWords(words: string, partners: ReferralPartner[]): ClosingOutcome | null {
  const text = words.trim();
  const found = keywords.find(([pattern]) => pattern.test(text));
  if (!found) return null;
  const [pattern, outcome] = found;
  let rest = text.replace(pattern, '').replace(/^[\s:,.-]+/, '');
  let partnerId: string | null = null;
  if (outcome === 'referred') {
    const afterNaar = rest.replace(/^(?:naar|to)\s+/i, '');
    const partner = partners.find((candidate) => [candidate.id, candidate.name].some((name) => fold(afterNaar).startsWith(fold(name))));
    if (!partner) return null;
    partnerId = partner.id;
    const named = [partner.id, partner.name].find((name) => fold(afterNaar).startsWith(fold(name)))!;
    rest = afterNaar.slice(named.length).replace(/^[\s:,.-]+/, '');
  }
  return { outcome, partnerId, improvedDomains: [], note: rest || null };
}
