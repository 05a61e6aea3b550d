import type { CaseRecord } from '../../core/ports/case-record.js';
import type { MessageRecord } from '../../core/ports/message.js';
import { roleLabels } from '../../core/roles/role-ids.js';
import { retentionNoticeFor, type RetentionPeriods } from '../../core/retention/retention-notice.js';
import { customerServiceWindow, minutesLeftInWindow } from '../whatsapp/customer-service-window.js';
import { whatsAppWindowText } from '../../core/texts/worker-texts.js';

/** For a WhatsApp case's card: its messages, and whether a template carries messages after the window. */
export interface WhatsAppWindowInput {
  messages: readonly MessageRecord[];
  templateConfigured: boolean;
}

/** How long WhatsApp still takes a worker's free message ("WhatsApp-venster nog 5 uur open"); null for other channels. */
function whatsAppWindowView(record: CaseRecord, now: Date, input: WhatsAppWindowInput | undefined) {
  if (record.ref.channel !== 'whatsapp' || !input) return null;
  const window = customerServiceWindow(input.messages, now);
  return { open: window.open, closesAt: window.closesAt?.toISOString() ?? null, text: whatsAppWindowText(minutesLeftInWindow(window, now), input.templateConfigured) };
}

/**
 * A case as the inbox shows it; the channel comes from the conversation ref, waiting time from the
 * clock. With the retention periods, a case the retention job flagged carries its notice for the
 * coordinators ("Deze casus is al 90 dagen stil en wordt over 14 dagen verwijderd.").
 */
export function toCaseView(record: CaseRecord, now: Date, retention?: RetentionPeriods, whatsApp?: WhatsAppWindowInput) {
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
    role: record.role ?? null,
    roleLabel: record.role ? roleLabels[record.role] : null,
    kind: record.kind ?? 'request',
    linkedCaseId: record.linkedCaseId ?? null,
    linkConsent: record.linkConsent ?? false,
    safetyCheck: record.safetyCheck,
    facts: record.facts,
    confirmation: record.confirmation,
    assigneeId: record.assigneeId,
    outcome: record.outcome,
    outcomeCategory: record.outcomeCategory ?? null,
    outcomePartner: record.outcomePartner ?? null,
    improvedDomains: record.improvedDomains ?? [],
    neighbourhood: record.neighbourhood ?? null,
    createdAt: record.createdAt.toISOString(),
    claimedAt: record.claimedAt?.toISOString() ?? null,
    closedAt: record.closedAt?.toISOString() ?? null,
    waitingSeconds: Math.max(0, Math.round((waitingUntil.getTime() - record.createdAt.getTime()) / 1000)),
    retentionNoticeAt: record.retentionNoticeAt?.toISOString() ?? null,
    snoozedUntil: record.snoozedUntil?.toISOString() ?? null,
    snoozedUntilReply: record.snoozedUntilReply ?? false,
    retentionNotice: notice ? { text: notice.text, purgeAt: notice.purgeAt.toISOString() } : null,
    whatsappWindow: whatsAppWindowView(record, now, whatsApp),
  };
}

export type CaseView = ReturnType<typeof toCaseView>;
