import type { TopicId } from '../taxonomy/index.js';
import type { TermIndex } from './term-index.js';
import { addWeights } from './topic-weights.js';

/**
 * Sums the evidence of the words and phrases in a message, per topic. A word counts once
 * however often it is repeated, so that "schulden schulden schulden" is not three times as sure.
 */
export function scoreTopics(words: readonly string[], index: TermIndex): Map<TopicId, number> {
  const scores = new Map<TopicId, number>();
  const seenWords = new Set<string>();
  const stems = words.map((word) => index.stem(word));
  for (let position = 0; position < words.length; position++) {
    const word = words[position];
    if (!seenWords.has(word)) {
      seenWords.add(word);
      const weights = index.lookupWord(word);
      if (weights !== undefined) addWeights(scores, weights);
    }
    const phrases = index.phrasesStartingWith(stems[position]);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (phrase.stems.every((stem, offset) => stems[position + offset] === stem)) addWeights(scores, phrase.weights);
    }
  }
  return scores;
}
