import type { Classification } from '../classification/classification.js';
import type { DialogueState } from './dialogue-state.js';

/** The conversation's language follows the resident: English from the first message or from a longer one, Dutch back the same way. */
export function chooseLanguage(state: DialogueState, classification: Classification, text: string): DialogueState {
  const language = classification.language;
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  if (language === 'en' && (state.phase === 'new' || wordCount >= 4)) return { ...state, language: 'en', detectedLanguage: 'en' };
  if (language === 'nl' && state.language === 'en' && wordCount >= 4) return { ...state, language: 'nl', detectedLanguage: 'nl' };
  if (state.phase === 'new') return { ...state, detectedLanguage: language };
  return state;
}
