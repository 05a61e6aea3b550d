import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isTopicId, type TopicId } from '../taxonomy/index.js';
import { stemLanguages, type StemLanguage } from './stemmer.js';

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

/** One language's words for every topic: `languages/<code>.json`, so each language can be written and reviewed on its own. */
type LanguageFile = { language: string; topics: Record<string, Partial<Record<TermStrength, string[]>>> };

function loadLanguageFiles(directory: string, terms: VocabularyTerm[]): void {
  if (!existsSync(directory)) return;
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(`${directory}/${name}`, 'utf8')) as LanguageFile;
    const language = file.language as StemLanguage;
    if (!stemLanguages.includes(language)) throw new Error(`Vocabulary file languages/${name} names an unknown language "${file.language}"`);
    for (const [topic, lists] of Object.entries(file.topics)) {
      if (!isTopicId(topic)) throw new Error(`Vocabulary file languages/${name} names an unknown topic "${topic}"`);
      for (const strength of Object.keys(termWeights) as TermStrength[]) {
        for (const text of lists[strength] ?? []) terms.push({ topic, language, text, weight: termWeights[strength] });
      }
    }
  }
}

/** Reads every `<topic>.json` (Dutch and English) and `languages/<code>.json` in a directory; an organisation adds words by editing or adding files. */
export function loadVocabulary(directory: string = defaultVocabularyDirectory): VocabularyTerm[] {
  const terms: VocabularyTerm[] = [];
  loadLanguageFiles(`${directory}/languages`, terms);
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
