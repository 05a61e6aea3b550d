/** Only longer words are corrected: short ones have too many neighbours one letter away. */
export const minimumFuzzyLength = 5;

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index++) variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
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
  const byDeletion = new Map<string, string>();
  for (const word of knownWords) {
    if (word.length < minimumLength) continue;
    exact.add(word);
    for (const variant of deletions(word)) if (!byDeletion.has(variant)) byDeletion.set(variant, word);
  }
  return {
    match(word) {
      if (word.length < minimumLength - 1 || exact.has(word)) return exact.has(word) ? word : undefined;
      // A letter missing: "deurwaader" is "deurwaarder" without an r.
      const missing = byDeletion.get(word);
      if (missing !== undefined) return missing;
      for (const variant of deletions(word)) {
        // A letter too many, or one letter wrong.
        if (exact.has(variant)) return variant;
        const substituted = byDeletion.get(variant);
        if (substituted !== undefined) return substituted;
      }
      return undefined;
    },
  };
}
