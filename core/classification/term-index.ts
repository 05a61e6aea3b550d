import type { TopicId } from '../taxonomy/index.js';
import { splitCompound } from './compound-splitter.js';
import { createFuzzyMatcher, minimumFuzzyLength, type FuzzyMatcher } from './fuzzy-matcher.js';
import type { LearnedTerm } from './learned-lexicon.js';
import { tokenize } from './normalize-text.js';
import type { StemLanguage, Stemmer } from './stemmer.js';
import { addWeights, type TopicWeights } from './topic-weights.js';
import type { VocabularyTerm } from './vocabulary.js';

export interface Phrase {
  stems: string[];
  weights: TopicWeights;
}

/** Words and phrases of one language, ready for lookups by stem. */
export interface TermIndex {
  language: StemLanguage;
  /** Evidence of one word, found directly, through compound parts or through a one-letter typo. */
  lookupWord(word: string): TopicWeights | undefined;
  /** Phrases that start with this stem. */
  phrasesStartingWith(stem: string): readonly Phrase[] | undefined;
  stem(word: string): string;
}

/** English words are corrected only from seven letters: "better" is one letter from "letter". */
const minimumFuzzyLengths: Record<StemLanguage, number> = { nl: minimumFuzzyLength, en: 7, tr: 7, ar: 6, pl: 7, uk: 7 };
/** A modifier alone says less than a head: "woningzoekende" is about housing, "kinderwagen" only maybe. */
const modifierFactor = 0.75;
const minimumCompoundLength = 7;
const cacheLimit = 50_000;

function mergeInto(map: Map<string, Map<TopicId, number>>, key: string, topic: TopicId, weight: number): void {
  const weights = map.get(key) ?? new Map<TopicId, number>();
  weights.set(topic, Math.max(weights.get(topic) ?? 0, weight));
  map.set(key, weights);
}

export function createTermIndex(
  language: StemLanguage,
  vocabulary: readonly VocabularyTerm[],
  learned: readonly LearnedTerm[],
  commonWords: ReadonlySet<string>,
  stemmer: Stemmer,
): TermIndex {
  const stem = (word: string) => stemmer.stem(word, language);
  const words = new Map<string, Map<TopicId, number>>();
  const phraseMap = new Map<string, Map<string, Phrase>>();
  const surfaces = new Set<string>();
  for (const term of vocabulary) {
    if (term.language !== language) continue;
    const parts = tokenize(term.text);
    if (parts.length === 1) {
      mergeInto(words, stem(parts[0]), term.topic, term.weight);
      surfaces.add(parts[0]);
    } else if (parts.length > 1) {
      const stems = parts.map(stem);
      const byKey = phraseMap.get(stems[0]) ?? new Map<string, Phrase>();
      const phrase = byKey.get(stems.join(' ')) ?? { stems, weights: new Map<TopicId, number>() };
      (phrase.weights as Map<TopicId, number>).set(term.topic, Math.max(phrase.weights.get(term.topic) ?? 0, term.weight));
      byKey.set(stems.join(' '), phrase);
      phraseMap.set(stems[0], byKey);
    }
  }
  for (const term of learned) if (term.language === language) mergeInto(words, term.stem, term.topic, term.weight);
  const phrases = new Map<string, Phrase[]>([...phraseMap].map(([key, byKey]) => [key, [...byKey.values()]]));
  const fuzzy: FuzzyMatcher = createFuzzyMatcher(surfaces, minimumFuzzyLengths[language]);
  const isKnownPart = (part: string) => part.length >= 3 && (surfaces.has(part) || words.has(stem(part)));
  const cache = new Map<string, TopicWeights | undefined>();

  function direct(word: string): TopicWeights | undefined {
    return words.get(stem(word));
  }

  function viaCompound(word: string): TopicWeights | undefined {
    if (language !== 'nl' || word.length < minimumCompoundLength) return undefined;
    const split = splitCompound(word, isKnownPart);
    if (split === null) return undefined;
    const combined = new Map<TopicId, number>();
    addWeights(combined, direct(split.head) ?? viaCompound(split.head) ?? new Map(), 1, true);
    addWeights(combined, direct(split.modifier) ?? new Map(), modifierFactor, true);
    return combined.size > 0 ? combined : undefined;
  }

  function resolve(word: string): TopicWeights | undefined {
    const found = direct(word) ?? viaCompound(word);
    if (found !== undefined || word.length < minimumFuzzyLengths[language] || commonWords.has(word)) return found;
    const corrected = fuzzy.match(word);
    return corrected === undefined ? undefined : (direct(corrected) ?? viaCompound(corrected));
  }

  return {
    language,
    stem,
    phrasesStartingWith: (first) => phrases.get(first),
    lookupWord(word) {
      if (cache.has(word)) return cache.get(word);
      const found = resolve(word);
      if (cache.size >= cacheLimit) cache.clear();
      cache.set(word, found);
      return found;
    },
  };
}
