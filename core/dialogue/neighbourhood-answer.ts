import type { QuickReply } from '../ports/message.js';

/**
 * The optional "where" question of the intake (issue 17): a wijk from the organisation's list, or
 * the four digits of a postcode. Nothing else a resident types is kept: a street, a house number or
 * the postcode's letters would bring a neighbourhood count down to one address.
 */
export interface NeighbourhoodSettings {
  /** The wijken residents choose from (config/organisation.json `neighbourhoods.names`). */
  names: string[];
  /** Whether the four digits of a postcode are taken as an answer (default true). */
  postcodes: boolean;
}

const fold = (text: string) => text.toLocaleLowerCase('nl').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** At most this many wijken as buttons; more are still recognised when typed. */
const maximumButtons = 10;

export function neighbourhoodReplies(settings: NeighbourhoodSettings, skipLabel: string): QuickReply[] {
  return [...settings.names.slice(0, maximumButtons).map((name, index) => ({ id: `neighbourhood:${index}`, label: name })), { id: 'skip', label: skipLabel }];
}

/**
 * A Dutch postcode ("1234 AB", "1234AB") or four digits alone: only the digits are returned. Four
 * digits inside other words ("Lindenlaan 1234") are not taken: that may be a house number.
 */
function postcodeDigits(text: string): string | null {
  const whole = /^\s*([1-9]\d{3})\s?(?:[a-z]{2})?\s*$/i.exec(text);
  if (whole) return whole[1]!;
  const withLetters = /(?<![\p{L}\p{N}])([1-9]\d{3})\s?[a-z]{2}(?![\p{L}\p{N}])/iu.exec(text);
  return withLetters ? withLetters[1]! : null;
}

/** The wijk or postcode digits in an answer, or null: then nothing of the answer is kept. */
export function neighbourhoodIn(text: string, quickReplyId: string | null, settings: NeighbourhoodSettings): string | null {
  if (quickReplyId?.startsWith('neighbourhood:')) return settings.names[Number(quickReplyId.slice('neighbourhood:'.length))] ?? null;
  const folded = ` ${fold(text)} `;
  // The longest name first, so "Lindenhoven-Noord" wins over "Lindenhoven".
  const byLength = [...settings.names].sort((left, right) => right.length - left.length);
  const named = byLength.find((name) => fold(name) && folded.includes(` ${fold(name)} `));
  if (named) return named;
  return settings.postcodes ? postcodeDigits(text) : null;
}

/** Whether the intake asks at all: only when the organisation configured it. */
export const asksNeighbourhood = (settings: NeighbourhoodSettings | undefined): settings is NeighbourhoodSettings =>
  Boolean(settings && (settings.names.length > 0 || settings.postcodes));
