import type { TopicId } from '../taxonomy/index.js';
import type { LabelledExample } from './labelled-example.js';
import { dutchMarkers, englishMarkers } from './language-markers.js';
import { tokenize } from './normalize-text.js';
import { stemLanguages, type StemLanguage, type Stemmer } from './stemmer.js';

export interface LearnedTerm {
  language: StemLanguage;
  stem: string;
  topic: TopicId;
  weight: number;
}

/** A word must be seen this often, and mostly with one topic, before it counts as evidence. */
const minimumExamples = 2;
const minimumPurity = 0.6;
const maximumLearnedWeight = 1.5;
/** Other languages have no marker list: a word used across topics stays below the purity bar anyway. */
const noMarkers: ReadonlySet<string> = new Set();

/**
 * Learns word → topic evidence from labelled examples: how often a word stem occurs in messages
 * of a topic, out of all messages it occurs in (unclear ones included, which keeps "vraag" or
 * "hallo" from counting). This is the retrain path: it runs at start-up on the shipped corpus
 * plus any corpus an organisation adds, in a few milliseconds.
 */
export function learnLexicon(examples: readonly LabelledExample[], stemmer: Stemmer): LearnedTerm[] {
  const counts = new Map<string, { documents: number; topics: Map<TopicId, number> }>();
  for (const example of examples) {
    if (!stemLanguages.includes(example.lang as StemLanguage)) continue;
    const language = example.lang as StemLanguage;
    const markers = language === 'en' ? englishMarkers : language === 'nl' ? dutchMarkers : noMarkers;
    const stems = new Set<string>();
    for (const word of tokenize(example.text)) {
      if (word.length < 3 || markers.has(word) || /^\d+$/.test(word)) continue;
      stems.add(stemmer.stem(word, language));
    }
    for (const stem of stems) {
      const key = `${language}:${stem}`;
      const entry = counts.get(key) ?? { documents: 0, topics: new Map<TopicId, number>() };
      entry.documents += 1;
      for (const topic of example.topics) entry.topics.set(topic, (entry.topics.get(topic) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const learned: LearnedTerm[] = [];
  for (const [key, entry] of counts) {
    if (entry.documents < minimumExamples) continue;
    const [language, stem] = key.split(/:(.*)/s) as [StemLanguage, string];
    for (const [topic, count] of entry.topics) {
      // One smoothing example keeps a word seen twice from being as sure as a word seen twenty times.
      const purity = count / (entry.documents + 1);
      if (purity < minimumPurity) continue;
      learned.push({ language, stem, topic, weight: maximumLearnedWeight * purity });
    }
  }
  return learned;
}

/**
 * Words written correctly at least twice in the corpus. Typo correction leaves them alone,
 * so that an ordinary word is never "corrected" into a vocabulary word.
 */
export function commonCorpusWords(examples: readonly LabelledExample[]): Record<'nl' | 'en', Set<string>> {
  const counts = { nl: new Map<string, number>(), en: new Map<string, number>() };
  for (const example of examples) {
    const counter = example.lang === 'en' ? counts.en : counts.nl;
    for (const word of tokenize(example.text)) counter.set(word, (counter.get(word) ?? 0) + 1);
  }
  const common = (counter: Map<string, number>) => new Set([...counter].filter(([, count]) => count >= 2).map(([word]) => word));
  return { nl: common(counts.nl), en: common(counts.en) };
}
