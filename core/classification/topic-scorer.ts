import type { TopicId } from '../taxonomy/index.js';
import type { Phrase, TermIndex } from './term-index.js';
import { addWeights } from './topic-weights.js';

/**
 * Words a phrase may have between two of its parts: "zorg voor haar" also matches "ik zorg elke
 * dag voor haar", "geen contact" also "geen echt contact". Two keeps the parts in one clause.
 */
export const maximumPhraseGap = 2;

/**
 * The last position of the phrase when its stems occur from `start` on, in order, each at most
 * `maximumPhraseGap` words after the one before; -1 when they do not.
 */
function phraseEndAt(phrase: Phrase, stems: readonly string[], start: number): number {
  let position = start;
  for (let part = 1; part < phrase.stems.length; part++) {
    const wanted = phrase.stems[part];
    const last = Math.min(stems.length - 1, position + 1 + maximumPhraseGap);
    let found = -1;
    for (let next = position + 1; next <= last; next++) {
      if (stems[next] === wanted) {
        found = next;
        break;
      }
    }
    if (found < 0) return -1;
    position = found;
  }
  return position;
}

/**
 * Sums the evidence of the words and phrases in a message, per topic. A word or phrase counts
 * once however often it is repeated, so that "schulden schulden schulden" is not three times as sure,
 * and phrases of one topic that overlap count once: "uit mijn huis" is also "uit (mijn) huis".
 */
export function scoreTopics(words: readonly string[], index: TermIndex): Map<TopicId, number> {
  const scores = new Map<TopicId, number>();
  const seenWords = new Set<string>();
  let seenPhrases: Set<Phrase> | undefined;
  /** Per topic, the last word position covered by a phrase of that topic already counted. */
  let coveredUntil: Map<TopicId, number> | undefined;
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
      if (seenPhrases?.has(phrase)) continue;
      const end = phraseEndAt(phrase, stems, position);
      if (end < 0) continue;
      (seenPhrases ??= new Set()).add(phrase);
      coveredUntil ??= new Map();
      for (const [topic, weight] of phrase.weights) {
        // Phrases are found from left to right, so an earlier phrase overlaps when it ends at or after this start.
        if ((coveredUntil.get(topic) ?? -1) < position) scores.set(topic, (scores.get(topic) ?? 0) + weight);
        coveredUntil.set(topic, Math.max(coveredUntil.get(topic) ?? -1, end));
      }
    }
  }
  return scores;
}
