import type { Classification } from '../classification/classification.js';
import type { DialogueState } from './dialogue-state.js';
import type { ConversationLanguage, LanguageCode } from '../taxonomy/index.js';

const otherIntakeLanguages = new Set<LanguageCode>(['tr', 'ar', 'pl', 'uk']);

/**
 * The conversation's language follows the resident: the language of the first message, or of a
 * later one long enough to tell (a short "ok" or a Dutch word inside Turkish changes nothing).
 */
export function chooseLanguage(state: DialogueState, classification: Classification, text: string): DialogueState {
  const language = classification.language;
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  if (otherIntakeLanguages.has(language) && (state.phase === 'new' || wordCount >= 3)) {
    return { ...state, language: language as ConversationLanguage, detectedLanguage: language };
  }
  if (language === 'nl' && state.language !== 'nl' && state.language !== 'en' && wordCount >= 4) return { ...state, language: 'nl', detectedLanguage: 'nl' };
  if (language === 'en' && (state.phase === 'new' || wordCount >= 4)) return { ...state, language: 'en', detectedLanguage: 'en' };
  if (language === 'nl' && state.language === 'en' && wordCount >= 4) return { ...state, language: 'nl', detectedLanguage: 'nl' };
  if (state.phase === 'new') return { ...state, detectedLanguage: language };
  return state;
}
