// Prisma rows → the ports' plain types. Nothing Prisma-shaped leaves prisma/store.
import { outcomeCategory } from '../../core/retention/outcome-category.js';
import type { Case, CaseNote as CaseNoteRow, AuditEntry as AuditEntryRow, Conversation, Message, CaseStatistic as CaseStatisticRow, Worker, WorkerSession as WorkerSessionRow } from '../generated/sqlite/client.js';
import type { AuditEntry, CaseNote, CaseRecord, CaseStatus, ContactPreference, NewCase, SafetyCheck } from '../../core/ports/case-record.js';
import type { ChannelId } from '../../core/ports/conversation-ref.js';
import type { StoredConversation } from '../../core/ports/conversation-store.js';
import type { DeliveryStatus, MessageAuthor, MessageDirection, MessageKind, MessageRecord, QuickReply } from '../../core/ports/message.js';
import type { CaseStatistic } from '../../core/ports/retention-store.js';
import { satisfactionAnswers, type SatisfactionAnswer } from '../../core/ports/follow-up-store.js';
import type { WorkerRecord, WorkerSession } from '../../core/ports/worker-store.js';
import type { DialogueState } from '../../core/dialogue/dialogue-state.js';
import type { TopicScore } from '../../core/classification/classification.js';
import type { CaseFacts } from '../../core/facts/extract-facts.js';
import type { CrisisId, DomainId, LanguageCode, TopicId, Urgency } from '../../core/taxonomy/index.js';
import { isRoleId } from '../../core/roles/role-ids.js';
import { isDomainId } from '../../core/outcomes/closing-outcome.js';

export function toStoredConversation(row: Conversation): StoredConversation {
  return {
    id: row.id,
    ref: { channel: row.channel as ChannelId, chatId: row.chatId },
    residentId: row.residentId,
    state: (row.state ?? null) as DialogueState | null,
    version: row.version,
    createdAt: row.createdAt,
    lastMessageAt: row.lastMessageAt,
  };
}

export function toMessageRecord(row: Message): MessageRecord {
  return {
    id: row.id,
    conversationId: row.conversationId,
    direction: row.direction as MessageDirection,
    author: row.author as MessageAuthor,
    text: row.text,
    kind: row.kind as MessageKind,
    quickReplies: (row.quickReplies ?? []) as unknown as QuickReply[],
    workerId: row.workerId,
    externalId: row.externalId,
    tone: row.tone === 'crisis' ? 'crisis' : 'normal',
    deliveryStatus: (row.deliveryStatus ?? null) as DeliveryStatus | null,
    createdAt: row.createdAt,
  };
}

export function toCaseRecord(row: Case): CaseRecord {
  return {
    id: row.id,
    conversationId: row.conversationId,
    ref: { channel: row.channel as ChannelId, chatId: row.chatId },
    firstWords: row.firstWords,
    summary: row.summary,
    topics: row.topics as unknown as TopicScore[],
    domain: row.domain as DomainId | null,
    urgency: row.urgency as Urgency,
    crisis: row.crisis as CrisisId | null,
    tried: row.tried,
    network: row.network,
    wish: row.wish,
    contactPreference: row.contactPreference as ContactPreference | null,
    contactDetails: row.contactDetails,
    language: row.language as LanguageCode,
    consent: row.consent,
    team: row.team,
    safetyCheck: (row.safetyCheck ?? null) as unknown as SafetyCheck | null,
    facts: (row.facts ?? null) as unknown as CaseFacts | null,
    confirmation: row.confirmation,
    status: row.status as CaseStatus,
    assigneeId: row.assigneeId,
    outcome: row.outcome,
    createdAt: row.createdAt,
    claimedAt: row.claimedAt,
    closedAt: row.closedAt,
    updatedAt: row.updatedAt,
    retentionNoticeAt: row.retentionNoticeAt ?? null,
    role: isRoleId(row.role) ? row.role : null,
    kind: row.kind === 'offer' ? 'offer' : 'request',
    linkedCaseId: row.linkedCaseId ?? null,
    linkConsent: Boolean(row.linkConsent),
    snoozedUntil: row.snoozedUntil ?? null,
    snoozedUntilReply: Boolean(row.snoozedUntilReply),
    neighbourhood: row.neighbourhood ?? null,
    outcomeCategory: row.outcomeCategory ?? null,
    outcomePartner: row.outcomePartner ?? null,
    improvedDomains: domainList(row.improvedDomains),
  };
}

const domainList = (value: unknown): DomainId[] => (Array.isArray(value) ? value.filter(isDomainId) : []);

/** The columns a NewCase (or a patch of one) writes; undefined fields are left alone. */
export function caseColumns(fields: Partial<NewCase>) {
  return {
    firstWords: fields.firstWords,
    summary: fields.summary,
    topics: fields.topics === undefined ? undefined : (fields.topics as unknown as object),
    domain: fields.domain,
    urgency: fields.urgency,
    crisis: fields.crisis,
    tried: fields.tried,
    network: fields.network,
    wish: fields.wish,
    contactPreference: fields.contactPreference,
    contactDetails: fields.contactDetails,
    language: fields.language,
    consent: fields.consent,
    team: fields.team,
    safetyCheck: fields.safetyCheck as unknown as object | null | undefined,
    facts: fields.facts as unknown as object | null | undefined,
    confirmation: fields.confirmation,
    role: fields.role,
    kind: fields.kind,
    neighbourhood: fields.neighbourhood,
  };
}

export function toCaseNote(row: CaseNoteRow): CaseNote {
  return { id: row.id, caseId: row.caseId, workerId: row.workerId, text: row.text, createdAt: row.createdAt };
}

export function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return { id: row.id, caseId: row.caseId, actor: row.actor, action: row.action, detail: row.detail, createdAt: row.createdAt };
}

export function toCaseStatistic(row: CaseStatisticRow): CaseStatistic {
  return {
    topics: row.topics as unknown as TopicId[],
    domain: row.domain as DomainId | null,
    urgency: row.urgency as Urgency,
    crisis: row.crisis as CrisisId | null,
    channel: row.channel as ChannelId,
    outcome: row.outcome,
    partner: row.partner ?? null,
    improvedDomains: domainList(row.improvedDomains),
    neighbourhood: row.neighbourhood ?? null,
    language: row.language ?? null,
    openedAt: row.openedAt,
    claimedAt: row.claimedAt ?? null,
    firstAnsweredAt: row.firstAnsweredAt ?? null,
    closedAt: row.closedAt,
    ...satisfactionFigures(row),
  };
}

/** The answer and score of a satisfaction question (a check-in or a statistic row), checked: nothing else reaches a report. */
export function satisfactionFigures(row: { answer?: string | null; satisfaction?: string | null; score?: number | null; satisfactionScore?: number | null } | null) {
  const answer = row?.satisfaction ?? row?.answer ?? null;
  const score = row?.satisfactionScore ?? row?.score ?? null;
  return {
    satisfaction: (satisfactionAnswers as readonly string[]).includes(answer ?? '') ? (answer as SatisfactionAnswer) : null,
    satisfactionScore: score !== null && Number.isInteger(score) && score >= 1 && score <= 5 ? score : null,
  };
}

/** The anonymous remainder of a case: topic ids only, no words, no conversation, no resident; of the satisfaction question only the answer and score. */
export function statisticColumns(row: Case, id: string, recordedAt: Date, satisfaction: { answer: string | null; score: number | null } | null = null, firstAnsweredAt: Date | null = null) {
  return {
    id,
    caseId: row.id,
    topics: (row.topics as unknown as TopicScore[]).map((topic) => topic.id),
    domain: row.domain,
    urgency: row.urgency,
    crisis: row.crisis,
    channel: row.channel,
    // The worker's structured choice; older cases (closed with words only) get a category read from the words.
    outcome: row.outcomeCategory ?? outcomeCategory(row.outcome),
    partner: row.outcomePartner ?? null,
    improvedDomains: domainList(row.improvedDomains),
    neighbourhood: row.neighbourhood ?? null,
    language: row.language,
    openedAt: row.createdAt,
    claimedAt: row.claimedAt,
    closedAt: row.closedAt,
    recordedAt,
    firstAnsweredAt,
    ...satisfactionFigures(satisfaction),
  };
}

export function toWorkerRecord(row: Worker): WorkerRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    passwordHash: row.passwordHash,
    team: row.team,
    slackUserId: row.slackUserId,
    permission: row.permission === 'coordinator' ? 'coordinator' : 'worker',
    totpSecret: row.totpSecret,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil,
    roles: Array.isArray(row.roles) ? row.roles.filter(isRoleId) : [],
    away: Boolean(row.away),
    capacity: row.capacity ?? null,
    createdAt: row.createdAt,
  };
}

export function toWorkerSession(row: WorkerSessionRow): WorkerSession {
  return { id: row.id, workerId: row.workerId, csrfToken: row.csrfToken, expiresAt: row.expiresAt };
}
