import { readFileSync } from 'node:fs';
import { isTopicId, languageCodes, type CrisisId, type LanguageCode, type TopicId } from '../taxonomy/index.js';

/** One line of a corpus or evaluation file: `{"text","topics","crisis","lang"}`. */
export interface LabelledExample {
  text: string;
  /** Empty (or ["unclear"]) when a person could not tell the topic from this message either. */
  topics: TopicId[];
  crisis: CrisisId | null;
  lang: LanguageCode;
}

/** Parses JSON lines; "unclear" as a topic means the same as an empty list. */
export function parseLabelledExamples(content: string, source = 'input'): LabelledExample[] {
  const examples: LabelledExample[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${source}:${index + 1} is not valid JSON`, { cause: error });
    }
    if (typeof value.text !== 'string') throw new Error(`${source}:${index + 1} has no text`);
    const topics = Array.isArray(value.topics) ? value.topics.filter((topic): topic is TopicId => typeof topic === 'string' && isTopicId(topic)) : [];
    examples.push({
      text: value.text,
      topics,
      crisis: (value.crisis ?? null) as CrisisId | null,
      // A language the intake does not speak (so, ti, fr, …) is what the classifier calls "other".
      lang: languageCodes.includes(value.lang as LanguageCode) ? (value.lang as LanguageCode) : value.lang === undefined ? 'nl' : 'other',
    });
  });
  return examples;
}

export function readLabelledExamples(path: string): LabelledExample[] {
  return parseLabelledExamples(readFileSync(path, 'utf8'), path);
}
