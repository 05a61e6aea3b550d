/** Linking sounds Dutch puts between compound parts: verslaving-s-zorg, kind-er-opvang. */
const linkingSuffixes = ['s', 'e', 'en'] as const;
const minimumPartLength = 3;

export interface CompoundSplit {
  modifier: string;
  head: string;
}

function knownModifier(modifier: string, isKnownWord: (part: string) => boolean): string | null {
  if (isKnownWord(modifier)) return modifier;
  for (const suffix of linkingSuffixes) {
    const bare = modifier.slice(0, -suffix.length);
    if (modifier.endsWith(suffix) && bare.length >= minimumPartLength && isKnownWord(bare)) return bare;
  }
  return null;
}

/**
 * Splits a Dutch compound in two (huurachterstand → huur + achterstand). Best is a split where
 * both parts are known; next the longest known head, because in Dutch the head carries the
 * meaning (woningzoekende has "woning" only as modifier, so last comes the longest known modifier).
 */
export function splitCompound(word: string, isKnownWord: (part: string) => boolean): CompoundSplit | null {
  let headOnly: CompoundSplit | null = null;
  let modifierOnly: CompoundSplit | null = null;
  for (let index = minimumPartLength; index <= word.length - minimumPartLength; index++) {
    const head = word.slice(index);
    const modifier = knownModifier(word.slice(0, index), isKnownWord);
    const headKnown = isKnownWord(head);
    if (headKnown && modifier !== null) return { modifier, head };
    if (headKnown && headOnly === null) headOnly = { modifier: word.slice(0, index), head };
    if (modifier !== null) modifierOnly = { modifier, head };
  }
  return headOnly ?? modifierOnly;
}
