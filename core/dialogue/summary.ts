import { domainLabels, topics as topicDefinitions } from '../taxonomy/index.js';
import type { AssistantTexts } from '../texts/assistant-texts.js';
import type { DialogueState } from './dialogue-state.js';

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The lines of the summary to confirm: what it is about, the deadline, own strength, the wish. */
export function summaryLines(state: DialogueState, texts: AssistantTexts): string[] {
  const language = state.language;
  const labels = state.topics.slice(0, 3).map((topic) => topicDefinitions[topic.id].label[language]);
  const lines: string[] = [];
  if (labels.length > 0) lines.push(texts.summaryTopics(labels));
  else if (state.domain) lines.push(texts.summaryTopics([domainLabels[state.domain][language]]));
  if (state.firstWords && labels.length === 0) lines.push(texts.summaryQuote(shorten(state.firstWords, 120)));
  if (state.slots.deadline) lines.push(texts.summaryDeadline(shorten(state.slots.deadline, 100)));
  else if (state.urgency === 'urgent') lines.push(texts.summaryUrgent);
  if (state.slots.tried) lines.push(texts.summaryTried(shorten(state.slots.tried, 100)));
  else if (state.slots.network) lines.push(texts.summaryNetwork(shorten(state.slots.network, 100)));
  if (state.slots.wish) lines.push(texts.summaryWish(shorten(state.slots.wish, 100)));
  const latestCorrection = state.corrections[state.corrections.length - 1];
  if (latestCorrection) lines.push(texts.summaryCorrection(shorten(latestCorrection, 160)));
  return lines;
}
