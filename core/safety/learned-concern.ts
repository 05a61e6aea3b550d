import { detectLanguage } from '../classification/detect-language.js';
import { createStemmer, stemLanguages, type StemLanguage } from '../classification/stemmer.js';
import type { CrisisId } from '../taxonomy/index.js';
import { foldText } from './fold-letters.js';

/** A labelled message for the learned model: its text and the crisis a person saw in it, or none. */
export interface SafetyExample {
  text: string;
  crisis: CrisisId | null;
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

const bucketCount = 1 << 18;
const crisisIds: readonly CrisisId[] = ['suicide', 'violence', 'emergency'];

/** FNV-1a: a stable hash, so the same text always gives the same features on every machine. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) % bucketCount;
}

const stemmer = createStemmer();
const stemmable: ReadonlySet<string> = new Set(stemLanguages);

/**
 * Words, their stems in the message's language, pairs of words and four-letter pieces of words
 * (so that "doodgaan", "dood" and "doden", or a Polish or Turkish ending, share evidence), each
 * counted once, hashed into a fixed space.
 */
export function features(text: string): number[] {
  const words = foldText(text).split(' ').filter(Boolean).slice(0, 400);
  const language = detectLanguage(text);
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

const sigmoid = (value: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, value))));

interface BinaryModel {
  weights: Float32Array;
  bias: number;
}

function train(examples: ReadonlyArray<{ features: number[]; positive: boolean }>, options: LearnedConcernOptions): BinaryModel {
  const weights = new Float32Array(bucketCount);
  let bias = 0;
  // Deterministic: the order is the examples' order, shuffled by a fixed stride each epoch.
  const count = examples.length;
  const stride = count > 1 ? 7919 % count || 1 : 1;
  const positives = examples.filter((example) => example.positive).length;
  // Crises are the minority: each counts as much as the negatives together.
  const positiveWeight = positives === 0 ? 1 : (count - positives) / positives;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (let step = 0, index = epoch % Math.max(count, 1); step < count; step += 1, index = (index + stride) % count) {
      const example = examples[index]!;
      let score = bias;
      for (const feature of example.features) score += weights[feature]!;
      const error = (example.positive ? 1 : 0) - sigmoid(score);
      const scale = rate * error * (example.positive ? positiveWeight : 1) / Math.sqrt(example.features.length || 1);
      for (const feature of example.features) weights[feature] = weights[feature]! * (1 - options.decay) + scale;
      bias += rate * error * 0.1;
    }
  }
  return { weights, bias };
}

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
  const prepared = examples.map((example) => ({ features: features(example.text), crisis: example.crisis }));
  const models = Object.fromEntries(
    crisisIds.map((id) => [id, train(prepared.map((example) => ({ features: example.features, positive: example.crisis === id })), options)]),
  ) as Record<CrisisId, BinaryModel>;
  const scores = (text: string): Record<CrisisId, number> => {
    const found = features(text);
    return Object.fromEntries(crisisIds.map((id) => {
      const model = models[id];
      let score = model.bias;
      for (const feature of found) score += model.weights[feature]!;
      return [id, sigmoid(score)];
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
