import type { NewCase } from '../ports/case-record.js';
import type { DialogueState } from './dialogue-state.js';

/** The case a worker receives, from what the intake knows (conversationId is added by the assistant). */
export function caseDraft(state: DialogueState, consent: boolean): Omit<NewCase, 'conversationId'> {
  return {
    firstWords: state.firstWords ?? '',
    summary: state.summary,
    topics: state.topics,
    domain: state.domain,
    urgency: state.crisis ? 'crisis' : state.urgency,
    crisis: state.crisis,
    tried: state.slots.tried ?? state.slots['help-involved'] ?? null,
    network: state.slots.network ?? null,
    wish: state.slots.wish ?? null,
    contactPreference: state.contactPreference,
    contactDetails: state.contactDetails,
    language: state.detectedLanguage,
    consent,
    team: state.domain,
  };
}
