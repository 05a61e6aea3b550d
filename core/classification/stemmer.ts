import snowball from 'snowball-stemmers';

export type StemLanguage = 'nl' | 'en';

export interface Stemmer {
  stem(word: string, language: StemLanguage): string;
}

/** Snowball stemmers for Dutch and English, remembering recent words because chat repeats them. */
export function createStemmer(cacheSize = 50_000): Stemmer {
  const stemmers = { nl: snowball.newStemmer('dutch'), en: snowball.newStemmer('english') };
  const caches = { nl: new Map<string, string>(), en: new Map<string, string>() };
  return {
    stem(word, language) {
      const cache = caches[language];
      const known = cache.get(word);
      if (known !== undefined) return known;
      // Digits, Arabic or Cyrillic words pass through unchanged.
      const stemmed = /^[a-z']+$/.test(word) ? stemmers[language].stem(word) : word;
      if (cache.size >= cacheSize) cache.clear();
      cache.set(word, stemmed);
      return stemmed;
    },
  };
}
