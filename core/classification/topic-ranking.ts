import type { TopicId } from '../taxonomy/index.js';
import type { TopicScore } from './classification.js';

export interface RankingOptions {
  /** Below this summed evidence the classifier abstains: one medium word is not enough. */
  minimumScore: number;
  /** A further topic is kept when its evidence is at least this share of the best topic's. */
  secondaryShare: number;
  /** At most this many topics; a message rarely has more than three problems. */
  maximumTopics: number;
  /** A topic the vocabulary alone scores at least this high is kept even when the learned models put it below the share. */
  vocabularyKeep: number;
}

/**
 * Chosen by leaving each read file out (tests/bench/topic-lofo.ts): a share of 0.35 and every topic
 * the vocabulary named gave 2.1 topics a message against 1.2 in the labels, and a macro-F1 of 0.67;
 * 0.65 and a vocabulary score of 5 give 1.35 topics and 0.72, with the same top-1.
 */
export const defaultRankingOptions: RankingOptions = { minimumScore: 1.5, secondaryShare: 0.65, maximumTopics: 3, vocabularyKeep: 5 };

/** Turns evidence into confidence: 1 − e^(−score/2), so one strong word gives about 0.63. */
export function confidenceOf(score: number): number {
  return Math.round((1 - Math.exp(-score / 2)) * 100) / 100;
}

/** Topics worth naming, best first; empty when nothing reaches the minimum (unclear). */
export function rankTopics(scores: ReadonlyMap<TopicId, number>, options: RankingOptions = defaultRankingOptions): TopicScore[] {
  const ordered = [...scores].filter(([, score]) => score > 0).sort((left, right) => right[1] - left[1]);
  if (ordered.length === 0 || ordered[0][1] < options.minimumScore) return [];
  const best = ordered[0][1];
  return ordered
    .filter(([, score], rank) => rank === 0 || (score >= options.minimumScore && score >= best * options.secondaryShare))
    .slice(0, options.maximumTopics)
    .map(([id, score]) => ({ id, confidence: confidenceOf(score) }));
}
