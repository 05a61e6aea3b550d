import snowball from 'snowball-stemmers';

export const stemLanguages = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type StemLanguage = (typeof stemLanguages)[number];

export interface Stemmer {
  stem(word: string, language: StemLanguage): string;
}

/**
 * Light suffix stripping for languages without a Snowball stemmer here (Polish, Ukrainian) or
 * whose stemmer needs the letters normalisation removes (Turkish): the longest known ending goes
 * while a stem of three letters stays, then the stem is cut to a few letters, so "długów",
 * "długi" and "dług" meet, and "borçlarım" meets "borç".
 */
const endings: Partial<Record<StemLanguage, { suffixes: string[]; keep: number }>> = {
  tr: {
    suffixes: ['larimiz', 'lerimiz', 'larim', 'lerim', 'lari', 'leri', 'lar', 'ler', 'imiz', 'umuz', 'iniz', 'unuz', 'dan', 'den', 'tan', 'ten', 'nin', 'nun', 'yla', 'yle', 'im', 'um', 'in', 'un', 'da', 'de', 'ta', 'te', 'yi', 'yu', 'ya', 'ye', 'm', 'i', 'u', 'a', 'e'],
    keep: 6,
  },
  pl: {
    suffixes: ['ami', 'ach', 'owi', 'iem', 'ego', 'emu', 'ych', 'ymi', 'ow', 'om', 'em', 'ie', 'ia', 'iu', 'a', 'e', 'i', 'y', 'u', 'o'],
    keep: 7,
  },
  uk: {
    suffixes: ['ами', 'ями', 'ого', 'ому', 'ими', 'ові', 'еві', 'ів', 'їв', 'ах', 'ях', 'ою', 'ею', 'ий', 'ій', 'ої', 'ом', 'ем', 'ам', 'ям', 'а', 'я', 'и', 'і', 'у', 'ю', 'о', 'е', 'ь'],
    keep: 7,
  },
};

function stripEnding(word: string, language: StemLanguage): string {
  const rule = endings[language];
  if (!rule) return word;
  for (const suffix of rule.suffixes) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, word.length - suffix.length).slice(0, rule.keep);
  }
  return word.slice(0, rule.keep);
}

/** Snowball for Dutch, English and Arabic, light stripping for the others, remembering recent words because chat repeats them. */
export function createStemmer(cacheSize = 50_000): Stemmer {
  const snowballStemmers: Partial<Record<StemLanguage, { stem(word: string): string }>> = {
    nl: snowball.newStemmer('dutch'),
    en: snowball.newStemmer('english'),
    ar: snowball.newStemmer('arabic'),
  };
  const caches = new Map<StemLanguage, Map<string, string>>(stemLanguages.map((language) => [language, new Map()]));
  return {
    stem(word, language) {
      const cache = caches.get(language)!;
      const known = cache.get(word);
      if (known !== undefined) return known;
      let stemmed = word;
      if (language === 'nl' || language === 'en') {
        // Digits, Arabic or Cyrillic words pass through the Dutch and English stemmers unchanged.
        if (/^[a-z']+$/.test(word)) stemmed = snowballStemmers[language]!.stem(word);
      } else if (language === 'ar') {
        if (/\p{Script=Arabic}/u.test(word)) stemmed = snowballStemmers.ar!.stem(word);
      } else {
        stemmed = stripEnding(word, language);
      }
      if (cache.size >= cacheSize) cache.clear();
      cache.set(word, stemmed);
      return stemmed;
    },
  };
}
