import { crisisIds, domainLabels, topicIds, topics } from '../taxonomy/index.js';
import type { ConversationLanguage } from '../taxonomy/index.js';
import type { QuestionChoice } from './language-model.js';

/** The taxonomy as prompt text: one topic a line, with its domain. */
export function topicList(language: ConversationLanguage): string {
  return topicIds.map((id) => `- ${id}: ${topics[id].label[language]} (${domainLabels[topics[id].domain][language]})`).join('\n');
}

export const crisisList = (): string => crisisIds.join(', ');

export function questionList(questions: QuestionChoice[]): string {
  return questions.length === 0 ? '(geen)' : questions.map((question) => `- ${question.id}: ${question.text}`).join('\n');
}

const languageNames: Record<ConversationLanguage, string> = { nl: 'Nederlands', en: 'English', tr: 'Türkçe', ar: 'العربية', pl: 'Polski', uk: 'Українська' };
export const languageName = (language: ConversationLanguage): string => languageNames[language];

/** Resident text goes inside a marked block; a closing marker inside it is neutralised so it cannot end the block. */
export function quoteResident(text: string): string {
  return text.replace(/<\/?\s*(?:bericht|message|eerder|story)\s*>/gi, ' ');
}
