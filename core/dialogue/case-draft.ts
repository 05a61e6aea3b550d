import type { NewCase } from '../ports/case-record.js';
import type { DialogueState } from './dialogue-state.js';
import { workerSummary } from './worker-summary.js';
import { textsFor } from '../texts/texts-for.js';
import { caseRole } from '../roles/case-role.js';
import { defaultRoleConfiguration, type RoleConfiguration } from '../roles/role-configuration.js';
import { shortenAtWord } from './worker-summary.js';

/** The model's note is marked as such: the resident confirmed the summary above it, not the note. */
export const caseNoteLabel = 'Notitie voor de sociaal werker (door een taalmodel geschreven, niet door de inwoner bevestigd):';

/** The case a worker receives, from what the intake knows (conversationId is added by the assistant). */
export function caseDraft(state: DialogueState, consent: boolean, roles: RoleConfiguration = defaultRoleConfiguration): Omit<NewCase, 'conversationId'> {
  const kind = state.kind ?? 'request';
  const summary = kind === 'offer' ? offerSummary(state) : workerSummary(state);
  return {
    kind,
    role: caseRole({ kind, topics: state.topics, story: state.story }, roles),
    firstWords: state.firstWords ?? '',
    summary: state.caseNote ? `${summary}\n\n${caseNoteLabel} ${state.caseNote}` : summary,
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
    neighbourhood: state.neighbourhood ?? null,
  };
}

/** An offer of help for the vrijwilligerscoördinator: the resident's own words, and what, when and where. */
function offerSummary(state: DialogueState): string {
  const sentences = ['De bewoner biedt hulp aan (vrijwilliger).'];
  if (state.firstWords) sentences.push(`Eigen woorden: "${shortenAtWord(state.firstWords, 160)}".`);
  if (state.slots.offer) sentences.push(`Wat, wanneer en waar: "${shortenAtWord(state.slots.offer, 200)}".`);
  return sentences.join(' ');
}
