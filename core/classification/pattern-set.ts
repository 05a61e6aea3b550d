/**
 * Joins word patterns into one regular expression that only matches whole words: the text it
 * runs on is normalised (see normalize-text.ts), so a space or an edge of the text bounds a word.
 */
export function compileWordPatterns(patterns: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Window of words a pattern is tested on; long messages are scanned window by window, in linear time. */
export const windowWords = 200;
/** Overlap so that a phrase across a window border is still seen whole. */
export const windowOverlap = 30;

/** Calls `visit` with the normalised text of each window until it returns true. */
export function someWindow(words: readonly string[], visit: (windowText: string) => boolean): boolean {
  if (words.length <= windowWords) return visit(words.join(' '));
  for (let start = 0; start < words.length; start += windowWords - windowOverlap) {
    if (visit(words.slice(start, start + windowWords).join(' '))) return true;
  }
  return false;
}
