import type { CaseRecord } from '../../core/ports/case-record.js';

/** A case as the inbox shows it; the channel comes from the conversation ref, waiting time from the clock. */
export function toCaseView(record: CaseRecord, now: Date) {
  const waitingUntil = record.claimedAt ?? record.closedAt ?? now;
  return {
    id: record.id,
    conversationId: record.conversationId,
    status: record.status,
    channel: record.ref.channel,
    firstWords: record.firstWords,
    summary: record.summary,
    topics: record.topics,
    domain: record.domain,
    urgency: record.urgency,
    crisis: record.crisis,
    tried: record.tried,
    network: record.network,
    wish: record.wish,
    contactPreference: record.contactPreference,
    contactDetails: record.contactDetails,
    language: record.language,
    consent: record.consent,
    team: record.team,
    safetyCheck: record.safetyCheck,
    facts: record.facts,
    confirmation: record.confirmation,
    assigneeId: record.assigneeId,
    outcome: record.outcome,
    createdAt: record.createdAt.toISOString(),
    claimedAt: record.claimedAt?.toISOString() ?? null,
    closedAt: record.closedAt?.toISOString() ?? null,
    waitingSeconds: Math.max(0, Math.round((waitingUntil.getTime() - record.createdAt.getTime()) / 1000)),
  };
}

export type CaseView = ReturnType<typeof toCaseView>;
