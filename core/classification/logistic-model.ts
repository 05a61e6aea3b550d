import { featureBuckets } from './text-features.js';

/** One yes/no model over hashed features (text-features.ts). */
export interface LogisticModel {
  weights: Float32Array;
  bias: number;
}

export interface LogisticOptions {
  /** Passes over the examples. */
  epochs: number;
  learningRate: number;
  /** L2 weight decay per update. */
  decay: number;
  /** Give the positives as much weight together as the negatives (for rare classes such as crises). */
  balanced: boolean;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, value))));

/** Logistic regression by stochastic gradient descent; deterministic: the same examples give the same weights. */
export function trainLogistic(examples: ReadonlyArray<{ features: number[]; positive: boolean }>, options: LogisticOptions): LogisticModel {
  const weights = new Float32Array(featureBuckets);
  let bias = 0;
  // The order is the examples' order, shuffled by a fixed stride each epoch.
  const count = examples.length;
  const stride = count > 1 ? 7919 % count || 1 : 1;
  const positives = examples.filter((example) => example.positive).length;
  const positiveWeight = !options.balanced || positives === 0 ? 1 : (count - positives) / positives;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (let step = 0, index = epoch % Math.max(count, 1); step < count; step += 1, index = (index + stride) % count) {
      const example = examples[index]!;
      let score = bias;
      for (const feature of example.features) score += weights[feature]!;
      const error = (example.positive ? 1 : 0) - sigmoid(score);
      const scale = (rate * error * (example.positive ? positiveWeight : 1)) / Math.sqrt(example.features.length || 1);
      for (const feature of example.features) weights[feature] = weights[feature]! * (1 - options.decay) + scale;
      bias += rate * error * 0.1;
    }
  }
  return { weights, bias };
}

/** The model's probability that the features are a positive. */
export function scoreLogistic(model: LogisticModel, features: readonly number[]): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature]!;
  return sigmoid(score);
}
