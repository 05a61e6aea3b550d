import type { ConversationLanguage } from '../taxonomy/index.js';
import type { AssistantTexts } from './assistant-texts.js';
import { dutchTexts } from './dutch-texts.js';
import { englishTexts } from './english-texts.js';
import { turkishTexts } from './turkish-texts.js';
import { arabicTexts } from './arabic-texts.js';
import { polishTexts } from './polish-texts.js';
import { ukrainianTexts } from './ukrainian-texts.js';
import { formalDutchTexts } from './formal-dutch-texts.js';

/** One place per language for every sentence of the intake; translations to be reviewed before a real deployment (docs/residents/experience.md "Languages"). */
const byLanguage: Record<ConversationLanguage, AssistantTexts> = {
  nl: dutchTexts, en: englishTexts, tr: turkishTexts, ar: arabicTexts, pl: polishTexts, uk: ukrainianTexts,
};

/** The texts of a language; Dutch with "u" for a resident who writes "u" (docs/residents/intake.md "Language"). */
export function textsFor(language: ConversationLanguage, formal = false): AssistantTexts {
  return formal && language === 'nl' ? formalDutchTexts : byLanguage[language];
}
