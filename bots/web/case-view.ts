import type { CaseRecord } from '../../core/ports/case-record.js';
import { retentionNoticeFor, type RetentionPeriods } from '../../core/retention/retention-notice.js';

/**
 * A case as the inbox shows it; the channel comes from the conversation ref, waiting time from the
 * clock. With the retention periods, a case the retention job flagged carries its notice for the
 * coordinators ("Deze casus is al 90 dagen stil en wordt over 14 dagen verwijderd.").
 */
export function toCaseView(record: CaseRecord, now: Date, retention?: RetentionPeriods) {
  const waitingUntil = record.claimedAt ?? record.closedAt ?? now;
  const notice = retention ? retentionNoticeFor(record, now, retention) : null;
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
    retentionNoticeAt: record.retentionNoticeAt?.toISOString() ?? null,
    retentionNotice: notice ? { text: notice.text, purgeAt: notice.purgeAt.toISOString() } : null,
  };
}

export type CaseView = ReturnType<typeof toCaseView>;
