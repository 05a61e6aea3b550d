import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isTopicId, type TopicId } from '../taxonomy/index.js';
import type { StemLanguage } from './stemmer.js';

/** How much one occurrence of a term counts towards its topic. */
export const termWeights = { strong: 2, medium: 1, weak: 0.5, phrases: 2 } as const;
export type TermStrength = keyof typeof termWeights;

/** One word or phrase of a topic file, as written by a person. */
export interface VocabularyTerm {
  topic: TopicId;
  language: StemLanguage;
  text: string;
  weight: number;
}

type TopicFile = { topic: string } & Partial<Record<StemLanguage, Partial<Record<TermStrength, string[]>>>>;

export const defaultVocabularyDirectory = fileURLToPath(new URL('./vocabulary/', import.meta.url));

/** Reads every `<topic>.json` in a directory; an organisation adds words by editing or adding files. */
export function loadVocabulary(directory: string = defaultVocabularyDirectory): VocabularyTerm[] {
  const terms: VocabularyTerm[] = [];
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(`${directory}/${name}`, 'utf8')) as TopicFile;
    if (!isTopicId(file.topic)) throw new Error(`Vocabulary file ${name} names an unknown topic "${file.topic}"`);
    for (const language of ['nl', 'en'] as const) {
      const lists = file[language] ?? {};
      for (const strength of Object.keys(termWeights) as TermStrength[]) {
        for (const text of lists[strength] ?? []) {
          terms.push({ topic: file.topic, language, text, weight: termWeights[strength] });
        }
      }
    }
  }
  return terms;
}
