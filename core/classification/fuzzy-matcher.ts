/** Only longer words are corrected: short ones have too many neighbours one letter away. */
export const minimumFuzzyLength = 5;

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index++) variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
}

/**
 * True when `left` becomes `right` by inserting, deleting or substituting one letter. Two words
 * that share a one-letter deletion can be two edits apart ("start" and "staar" both give "star").
 */
export function isOneEditApart(left: string, right: string): boolean {
  if (left === right) return false;
  if (Math.abs(left.length - right.length) > 1) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  let index = 0;
  while (index < shorter.length && shorter[index] === longer[index]) index++;
  const rest = shorter.length === longer.length ? index + 1 : index;
  return shorter.slice(rest) === longer.slice(index + 1);
}

export interface FuzzyMatcher {
  /** A known word at edit distance one (insert, delete or substitute a letter), or undefined. */
  match(word: string): string | undefined;
}

/**
 * Symmetric-delete index (as in SymSpell): every known word and its one-letter deletions are
 * stored once at construction, so a lookup costs a few map reads instead of a scan.
 */
export function createFuzzyMatcher(knownWords: Iterable<string>, minimumLength = minimumFuzzyLength): FuzzyMatcher {
  const exact = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  for (const word of knownWords) {
    if (word.length < minimumLength) continue;
    exact.add(word);
    for (const variant of deletions(word)) {
      const words = byDeletion.get(variant);
      if (words === undefined) byDeletion.set(variant, [word]);
      else if (!words.includes(word)) words.push(word);
    }
  }
  const oneEditAway = (word: string, candidates: readonly string[] | undefined) => candidates?.find((candidate) => isOneEditApart(word, candidate));
  return {
    match(word) {
      if (word.length < minimumLength - 1 || exact.has(word)) return exact.has(word) ? word : undefined;
      // A letter missing: "deurwaader" is "deurwaarder" without an r.
      const missing = byDeletion.get(word)?.[0];
      if (missing !== undefined) return missing;
      for (const variant of deletions(word)) {
        // A letter too many, or one letter wrong (the same position deleted in both words).
        if (exact.has(variant)) return variant;
        const substituted = oneEditAway(word, byDeletion.get(variant));
        if (substituted !== undefined) return substituted;
      }
      return undefined;
    },
  };
}
