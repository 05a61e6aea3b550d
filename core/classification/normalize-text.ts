import { informalSpellings } from './informal-spellings.js';

const letterVariants: Record<string, string> = { 'ł': 'l', 'ı': 'i', 'ة': 'ه', 'ى': 'ي' };

/** Topic work only looks at the start of a message: a resident's point is made early. */
export const topicCharacterLimit = 2000;

const combiningMarks = /\p{M}+/gu;
const nonWordCharacters = /[^\p{L}\p{N}']+/gu;
const repeatedLetters = /(\p{L})\1{2,}/gu;
const stripQuotes = /(^'+|'+$)/g;

/**
 * Lower case, without accents, punctuation replaced by spaces, letters repeated three or more
 * times cut to two ("heeeelp" → "heelp"), and informal spellings written out ("kheb" → "ik heb").
 * Arabic and Cyrillic letters survive, so crisis words in those scripts can be matched too.
 */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ');
}

/** The words of a message after normalisation, in order. */
export function tokenize(text: string): string[] {
  const plain = text
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    // Letters without a mark to strip that residents write both ways: Polish ł, Turkish ı, Arabic ة and ى.
    .replace(/[łıةى]/g, (letter) => letterVariants[letter] ?? letter)
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(nonWordCharacters, ' ')
    .replace(repeatedLetters, '$1$1');
  const words: string[] = [];
  for (const raw of plain.split(' ')) {
    if (raw === '') continue;
    const informal = informalSpellings[raw];
    if (informal !== undefined) {
      for (const part of informal.split(' ')) words.push(part);
      continue;
    }
    // "incasso's" and "incassos" are the same word; "m'n" was handled above.
    const word = raw.replace(stripQuotes, '').replace(/'/g, '');
    if (word !== '') words.push(word);
  }
  return words;
}
