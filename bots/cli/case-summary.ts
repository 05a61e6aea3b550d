import type { CaseRecord } from '../../core/ports/case-record.js';

/** A case as the terminal tools print it: the fields docs/residents/intake.md lists, as plain JSON. */
export function caseSummary(record: CaseRecord) {
  return {
    id: record.id,
    channel: record.ref.channel,
    status: record.status,
    urgency: record.urgency,
    crisis: record.crisis,
    topics: record.topics.map((topic) => topic.id),
    topicConfidences: record.topics,
    domain: record.domain,
    role: record.role ?? null,
    kind: record.kind ?? 'request',
    linkedCaseId: record.linkedCaseId ?? null,
    summary: record.summary,
    confirmation: record.confirmation,
    facts: record.facts,
    safetyCheck: record.safetyCheck,
    firstWords: record.firstWords,
    tried: record.tried,
    network: record.network,
    wish: record.wish,
    contactPreference: record.contactPreference,
    language: record.language,
    assigneeId: record.assigneeId,
    outcome: record.outcome,
    createdAt: record.createdAt.toISOString(),
  };
}
