import type { NewCase } from '../ports/case-record.js';
import type { DialogueState } from './dialogue-state.js';
import { workerSummary } from './worker-summary.js';
import { textsFor } from '../texts/texts-for.js';

/** The model's note is marked as such: the resident confirmed the summary above it, not the note. */
export const caseNoteLabel = 'Notitie voor de sociaal werker (door een taalmodel geschreven, niet door de inwoner bevestigd):';

/** The case a worker receives, from what the intake knows (conversationId is added by the assistant). */
export function caseDraft(state: DialogueState, consent: boolean): Omit<NewCase, 'conversationId'> {
  return {
    firstWords: state.firstWords ?? '',
    summary: state.caseNote ? `${workerSummary(state)}\n\n${caseNoteLabel} ${state.caseNote}` : workerSummary(state),
    confirmation: state.summary ? textsFor(state.language, state.formal ?? false).summary(state.summary.split('\n')) : null,
    facts: state.facts ?? null,
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
    safetyCheck: state.safety?.check ?? null,
  };
}
