import type { TopicId } from '../taxonomy/index.js';

/** Evidence for topics carried by one word or phrase. */
export type TopicWeights = ReadonlyMap<TopicId, number>;

/** Adds `weights × factor` into `target`, keeping the larger value per topic when `keepLarger`. */
export function addWeights(target: Map<TopicId, number>, weights: TopicWeights, factor = 1, keepLarger = false): void {
  for (const [topic, weight] of weights) {
    const current = target.get(topic) ?? 0;
    target.set(topic, keepLarger ? Math.max(current, weight * factor) : current + weight * factor);
  }
}
