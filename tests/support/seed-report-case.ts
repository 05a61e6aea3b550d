import type { NewCase } from '../../core/ports/case-record.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { TopicId } from '../../core/taxonomy/index.js';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';

let seeded = 0;

/** A web conversation with a waiting case of one topic and wijk, opened at `at` as the intake's turn writes it: what the reports and signals count. */
export async function seedReportCase(store: Pick<ConversationStore, 'openConversation' | 'saveTurn'>, topic: TopicId, neighbourhood: string | null, at: Date) {
  const conversation = await store.openConversation({ channel: 'web', chatId: `report-case-${process.pid}-${(seeded += 1)}` }, at);
  const openCase: NewCase = {
    conversationId: conversation.id, firstWords: 'woorden', summary: null, topics: [{ id: topic, confidence: 0.9 }], domain: null, urgency: 'normal', crisis: null,
    tried: null, network: null, wish: null, contactPreference: 'chat', contactDetails: null, language: 'nl', consent: true, team: null,
    safetyCheck: null, facts: null, confirmation: null, neighbourhood,
  };
  const { openedCase } = await store.saveTurn(conversation.id, { state: initialDialogueState(), expectedVersion: conversation.version, messages: [], openCase, at });
  return { conversationId: conversation.id, caseId: openedCase!.id };
}
