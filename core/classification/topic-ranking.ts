import type { TopicId } from '../taxonomy/index.js';
import type { TopicScore } from './classification.js';

export interface RankingOptions {
  /** Below this summed evidence the classifier abstains: one medium word is not enough. */
  minimumScore: number;
  /** A further topic is kept when its evidence is at least this share of the best topic's. */
  secondaryShare: number;
  /** At most this many topics: a main topic and a second one, as the intake labels them. */
  maximumTopics: number;
  /** A topic the vocabulary alone scores at least this high is kept even when the learned models put it below the share. */
  vocabularyKeep: number;
}

/**
 * Chosen by leaving each read file out (tests/bench/topic-lofo.ts): a share of 0.35 and every topic
 * the vocabulary named gave 2.1 topics a message against 1.2 in the labels, and a macro-F1 of 0.67;
 * 0.65 and a vocabulary score of 5 give 1.35 topics and 0.72, with the same top-1. On 2 December, leaving
 * each of files s-za and a-h out: at most two topics (the labels never have more) with a share of 0.55
 * raised macro-F1 from 0.761 to 0.765 (two topics at 0.45: 0.764; three topics at 0.75: 0.754), top-1 and
 * domain the same.
 */
export const defaultRankingOptions: RankingOptions = { minimumScore: 1.5, secondaryShare: 0.55, maximumTopics: 2, vocabularyKeep: 5 };

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
