import { eld } from 'eld/small';
import type { LanguageCode } from '../taxonomy/index.js';
import { arabiziMarkers, dutchMarkers, englishMarkers, ukrainianLatinMarkers } from './language-markers.js';
import { tokenize } from './normalize-text.js';

const arabicLetters = /\p{Script=Arabic}/gu;
const cyrillicLetters = /\p{Script=Cyrillic}/gu;
const latinLetters = /\p{Script=Latin}/gu;
const ukrainianOnlyLetters = /[іїєґІЇЄҐ]/u;
/** Letters Persian (and Dari, Urdu) write where Arabic has others: keheh, Farsi yeh, peh, tcheh, jeh, gaf. */
const persianLetters = /[کیپچژگ]/gu;
/** Letters Arabic writes and Persian does not: kaf, yeh, teh marbuta, alef maksura. */
const arabicOnlyLetters = /[كيةى]/gu;
/** Letters of any script the intake does not read (Ethiopic, Devanagari, Greek, Hebrew, Chinese, ...). */
const otherScriptLetters = /(?![\p{Script=Latin}\p{Script=Arabic}\p{Script=Cyrillic}])\p{L}/gu;
/** An Arabic sound written as a digit inside a Latin word: "3andi", "sa7bi", "ma3", "so2al". */
const arabiziWord = /^(?:\p{L}*[235789]\p{L}{2,}|\p{L}{2,}[235789]\p{L}*)$/u;
/** "2ye", "5te", "3den", "2de": a number with a Turkish or Dutch ending, not Arabizi. */
const numberWithEnding = /^\d+(?:ye|ya|e|a|te|ta|de|da|ten|tan|den|dan|ste|je|nci|inci|nd|rd|th|st)$/u;
const foreignTargets: ReadonlySet<string> = new Set(['ar', 'tr', 'pl', 'uk']);
/** Language detection needs no more than the start of a long message. */
const detectionCharacterLimit = 500;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The language a resident writes in. The script decides Arabic and Cyrillic; for Latin text
 * `eld` is blended with Dutch and English marker words, because on one to three words its
 * statistics are unreliable. Ambiguous short text is Dutch: the default of the service.
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, detectionCharacterLimit);
  const arabic = countMatches(sample, arabicLetters);
  const cyrillic = countMatches(sample, cyrillicLetters);
  const latin = countMatches(sample, latinLetters);
  if (countMatches(sample, otherScriptLetters) > Math.max(arabic, cyrillic, latin)) return 'other';
  if (arabic > latin && arabic >= cyrillic) {
    return countMatches(sample, persianLetters) > countMatches(sample, arabicOnlyLetters) ? 'other' : 'ar';
  }
  if (cyrillic > latin) {
    if (ukrainianOnlyLetters.test(sample)) return 'uk';
    return eld.detect(sample).language === 'uk' ? 'uk' : 'other';
  }
  const words = tokenize(sample);
  if (words.length === 0) return 'nl';
  let dutch = 0;
  let english = 0;
  let arabizi = 0;
  let ukrainian = 0;
  for (const word of words) {
    if (dutchMarkers.has(word)) dutch += 1;
    if (englishMarkers.has(word)) english += 1;
    if (arabiziMarkers.has(word) || (arabiziWord.test(word) && !numberWithEnding.test(word))) arabizi += 1;
    if (ukrainianLatinMarkers.has(word)) ukrainian += 1;
  }
  // Arabic and Ukrainian in Latin letters: character statistics do not know them, their own words do.
  if (arabizi >= 2 && arabizi > ukrainian && arabizi * 2 >= dutch + english) return 'ar';
  if (ukrainian >= 2 && ukrainian * 2 >= dutch + english) return 'uk';
  const detected = eld.detect(sample).language;
  const short = words.length <= 3;
  if (!short) {
    // On a sentence the character statistics are good; markers break a near tie.
    if (detected === 'nl') dutch += 2;
    if (detected === 'en') english += 2;
    if (foreignTargets.has(detected) && dutch + english < words.length / 2) return detected as LanguageCode;
    // French "je" or a word like "ma" can look Dutch; a few such words do not outvote eld.
    if (detected !== '' && detected !== 'nl' && detected !== 'en' && dutch + english < words.length / 3) return 'other';
  } else if (dutch === 0 && english === 0) {
    return foreignTargets.has(detected) ? (detected as LanguageCode) : 'nl';
  }
  return english > dutch ? 'en' : 'nl';
}
