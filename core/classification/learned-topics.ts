import { topicIds, type LanguageCode, type TopicId } from '../taxonomy/index.js';
import type { LabelledExample } from './labelled-example.js';
import { scoreLogistic, trainLogistic, type LogisticModel, type LogisticOptions } from './logistic-model.js';
import { textFeatures } from './text-features.js';

export interface LearnedTopics {
  /** The probability of each topic the model knows, for one message (one-vs-rest, so they need not sum to 1). */
  probabilities(text: string, language?: LanguageCode): Map<TopicId, number>;
}

export const defaultLearnedTopicOptions: LogisticOptions = { epochs: 8, learningRate: 0.3, decay: 1e-5, balanced: false };

/**
 * One small logistic model per topic, learned at start-up from the same labelled messages as the
 * learned lexicon. Where the lexicon counts single words, these weigh word pairs, stems and pieces
 * of words together, which carries over to phrasings nobody wrote a vocabulary entry for.
 * A topic with fewer than `minimumExamples` examples gets no model.
 */
export function learnTopics(examples: readonly LabelledExample[], options: LogisticOptions = defaultLearnedTopicOptions): LearnedTopics {
  const minimumExamples = 5;
  const prepared = examples.map((example) => ({ features: textFeatures(example.text, example.lang), topics: new Set(example.topics) }));
  const models = new Map<TopicId, LogisticModel>();
  for (const topic of topicIds) {
    const positives = prepared.filter((example) => example.topics.has(topic)).length;
    if (positives < minimumExamples) continue;
    models.set(topic, trainLogistic(prepared.map((example) => ({ features: example.features, positive: example.topics.has(topic) })), options));
  }
  return {
    probabilities(text, language) {
      const found = textFeatures(text, language);
      return new Map([...models].map(([topic, model]) => [topic, scoreLogistic(model, found)]));
    },
  };
}
