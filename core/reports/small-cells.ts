/**
 * Small-cell suppression for anything that leaves the organisation (docs/coordinators.md): a count
 * under the minimum (default 5, zero included) is never shown, so no resident can be singled out.
 * A shown total must not give a hidden cell away either: when a group of cells whose sum is known
 * hides only one of them, or hides cells that could each only be the largest hidden value, the
 * smallest shown cell is hidden as well (secondary suppression), until no hidden cell follows.
 */
export const defaultMinimumCell = 5;

export type Counts = Record<string, number>;
export type ShownCounts = Record<string, number | null>;

/** Hides small cells of one breakdown; `total` is the sum a reader sees beside it (null: not shown). */
export function suppressSmallCells(counts: Counts, total: number | null, minimum = defaultMinimumCell): ShownCounts {
  const shown: ShownCounts = Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, count < minimum ? null : count]));
  return protectGroup(shown, counts, Object.keys(counts), total, minimum);
}

/**
 * Secondary suppression within one group of keys whose sum the reader knows (`total`): hides the
 * smallest shown cell while the hidden cells of the group could be worked out from the others.
 */
export function protectGroup(shown: ShownCounts, counts: Counts, keys: string[], total: number | null, minimum = defaultMinimumCell): ShownCounts {
  if (total === null) return shown;
  const result = { ...shown };
  for (;;) {
    const hidden = keys.filter((key) => result[key] === null);
    if (hidden.length === 0) return result;
    const hiddenSum = keys.reduce((sum, key) => sum + (result[key] === null ? (counts[key] ?? 0) : 0), 0);
    const onlyPrimary = hidden.every((key) => (counts[key] ?? 0) < minimum);
    // Nobody hidden (all zero) gives nobody away; one hidden cell, or all at the largest small value, would.
    const derivable = hiddenSum > 0 && (hidden.length === 1 || (onlyPrimary && hiddenSum === hidden.length * (minimum - 1)));
    if (!derivable) return result;
    const candidates = keys.filter((key) => result[key] !== null).sort((left, right) => (counts[left] ?? 0) - (counts[right] ?? 0));
    if (candidates.length === 0) return result;
    result[candidates[0]!] = null;
  }
}

/** A total is itself a cell: shown only at the minimum or above. */
export const shownTotal = (total: number, minimum = defaultMinimumCell): number | null => (total < minimum ? null : total);
