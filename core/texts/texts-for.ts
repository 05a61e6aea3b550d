import type { ConversationLanguage } from '../taxonomy/index.js';
import type { AssistantTexts } from './assistant-texts.js';
import { dutchTexts } from './dutch-texts.js';
import { englishTexts } from './english-texts.js';

const byLanguage: Record<ConversationLanguage, AssistantTexts> = { nl: dutchTexts, en: englishTexts };

export function textsFor(language: ConversationLanguage): AssistantTexts {
  return byLanguage[language];
}
