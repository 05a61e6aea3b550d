import type { CrisisId } from '../taxonomy/index.js';
import { crisisPatterns } from './crisis-patterns.js';
import { figurativePatterns } from './figurative-speech.js';
import { tokenize } from './normalize-text.js';
import { compileWordPatterns, someWindow } from './pattern-set.js';

const figurative = compileWordPatterns(figurativePatterns, 'gu');
/** Emergency first: a weapon or fire needs 112 even when the message is also about violence. */
const order: readonly CrisisId[] = ['emergency', 'suicide', 'violence'];
const compiled = order.map((id) => [id, compileWordPatterns(crisisPatterns[id])] as const);

/** The crisis in already tokenised words, for callers that tokenised the text anyway. */
export function detectCrisisInWords(words: readonly string[]): CrisisId | null {
  let found: CrisisId | null = null;
  someWindow(words, (windowText) => {
    const literal = windowText.replace(figurative, ' ~ ');
    for (const [id, pattern] of compiled) {
      if (pattern.test(literal)) {
        // Keep scanning for a more urgent id only within this window; the first window with a hit decides.
        found = id;
        return true;
      }
    }
    return false;
  });
  return found;
}

/**
 * Deterministic, offline safety check, run first on every message over the whole text.
 * Errs towards safety: only clearly figurative or clearly negated phrases are taken out.
 */
export function detectCrisis(text: string): CrisisId | null {
  return detectCrisisInWords(tokenize(text));
}
