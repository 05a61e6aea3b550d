import { scoreLogistic, trainLogistic, type LogisticModel } from '../classification/logistic-model.js';
import { textFeatures } from '../classification/text-features.js';
import type { CrisisId, LanguageCode } from '../taxonomy/index.js';

/** A labelled message for the learned model: its text and the crisis a person saw in it, or none. */
export interface SafetyExample {
  text: string;
  crisis: CrisisId | null;
  /** The language the example is labelled with, when known (saves detecting it). */
  lang?: LanguageCode;
}

export interface LearnedConcernOptions {
  /** Passes over the examples. */
  epochs: number;
  learningRate: number;
  /** L2 weight decay per update. */
  decay: number;
  /** Score from which the model raises a concern (per crisis id, the probability of one-vs-rest). */
  threshold: number;
}

/**
 * The threshold was chosen by leaving each read file out in turn (tests/bench/safety-model-cv.ts).
 * On the four files read last, which the lexicons were not tuned to, 0.8 with stems caught 0.78 of
 * crises for 8.7 % safety questions on the rest, against 0.72 and 7.2 % at 0.9 without stems.
 */
export const defaultLearnedConcernOptions: LearnedConcernOptions = { epochs: 12, learningRate: 0.2, decay: 1e-5, threshold: 0.8 };

const crisisIds: readonly CrisisId[] = ['suicide', 'violence', 'emergency'];

export interface LearnedConcern {
  /** The crisis the model sees, with its score, or null below the threshold. */
  concernIn(text: string): { concern: CrisisId; score: number } | null;
  /** The score of each crisis id, for measuring. */
  scores(text: string): Record<CrisisId, number>;
}

/**
 * A small logistic model learned at start-up from labelled messages (one per crisis id, against
 * everything else). It only ever raises a concern, so that the safety question is asked; a crisis
 * answer stays the lexicons' decision, and nothing the lexicons found is lowered. Deterministic and
 * offline: the same examples give the same weights.
 */
export function learnConcern(examples: readonly SafetyExample[], options: LearnedConcernOptions = defaultLearnedConcernOptions): LearnedConcern {
  const prepared = examples.map((example) => ({ features: textFeatures(example.text, example.lang), crisis: example.crisis }));
  const models = Object.fromEntries(
    crisisIds.map((id) => [id, trainLogistic(prepared.map((example) => ({ features: example.features, positive: example.crisis === id })), { ...options, balanced: true })]),
  ) as Record<CrisisId, LogisticModel>;
  const scores = (text: string): Record<CrisisId, number> => {
    const found = textFeatures(text);
    return Object.fromEntries(crisisIds.map((id) => {
      return [id, scoreLogistic(models[id], found)];
    })) as Record<CrisisId, number>;
  };
  return {
    scores,
    concernIn(text) {
      const byId = scores(text);
      const best = crisisIds.reduce((left, right) => (byId[right] > byId[left] ? right : left));
      return byId[best] >= options.threshold ? { concern: best, score: byId[best] } : null;
    },
  };
}
