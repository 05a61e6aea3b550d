import { foldText } from '../safety/fold-letters.js';
import type { LanguageCode } from '../taxonomy/index.js';
import { detectLanguage } from './detect-language.js';
import { createStemmer, stemLanguages, type StemLanguage } from './stemmer.js';

/** The size of the hashed feature space the learned models share. */
export const featureBuckets = 1 << 18;

/** FNV-1a: a stable hash, so the same text always gives the same features on every machine. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) % featureBuckets;
}

const stemmer = createStemmer();
const stemmable: ReadonlySet<string> = new Set(stemLanguages);

/**
 * Words, their stems in the message's language, pairs of words and four-letter pieces of words
 * (so that "doodgaan", "dood" and "doden", or a Polish or Turkish ending, share evidence), each
 * counted once, hashed into a fixed space. Used by the learned safety and topic models alike.
 * Pass the language when it is known (a labelled example, or the classifier's own detection):
 * detecting it again is most of the cost.
 */
export function textFeatures(text: string, knownLanguage?: LanguageCode): number[] {
  const words = foldText(text).split(' ').filter(Boolean).slice(0, 400);
  const language = knownLanguage ?? detectLanguage(text);
  const stemLanguage = stemmable.has(language) ? (language as StemLanguage) : null;
  const found = new Set<number>();
  words.forEach((word, index) => {
    found.add(hash(`w:${word}`));
    if (stemLanguage) found.add(hash(`s:${stemmer.stem(word, stemLanguage)}`));
    if (index > 0) found.add(hash(`b:${words[index - 1]} ${word}`));
    const padded = ` ${word} `;
    if (padded.length > 4) for (let start = 0; start + 4 <= padded.length; start += 1) found.add(hash(`c:${padded.slice(start, start + 4)}`));
  });
  return [...found];
}
