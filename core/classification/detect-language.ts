import { eld } from 'eld/small';
import type { LanguageCode } from '../taxonomy/index.js';
import { dutchMarkers, englishMarkers } from './language-markers.js';
import { tokenize } from './normalize-text.js';

const arabicLetters = /\p{Script=Arabic}/gu;
const cyrillicLetters = /\p{Script=Cyrillic}/gu;
const latinLetters = /\p{Script=Latin}/gu;
const ukrainianOnlyLetters = /[іїєґІЇЄҐ]/u;
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
  if (arabic > latin && arabic >= cyrillic) return 'ar';
  if (cyrillic > latin) {
    if (ukrainianOnlyLetters.test(sample)) return 'uk';
    return eld.detect(sample).language === 'uk' ? 'uk' : 'other';
  }
  const words = tokenize(sample);
  if (words.length === 0) return 'nl';
  let dutch = 0;
  let english = 0;
  for (const word of words) {
    if (dutchMarkers.has(word)) dutch += 1;
    if (englishMarkers.has(word)) english += 1;
  }
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
