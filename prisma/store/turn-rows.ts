// Rows of a turn for the stores' raw SQL paths (sqlite-turn-operations, postgresql-turn-operations):
// the same columns and values Prisma writes, so either path reads what the other wrote.
import type { NewCase } from '../../core/ports/case-record.js';
import type { NewMessage } from '../../core/ports/message.js';
import { createId } from './create-id.js';
import { casePriorityOf } from '../../core/roles/case-priority.js';
import { caseColumns } from './map-records.js';

export type ColumnValues = Record<string, unknown>;

/** Columns a driver must turn from text (SQLite) into Date, parsed JSON or boolean on the way out. */
export const dateColumns = new Set(['createdAt', 'lastMessageAt', 'claimedAt', 'closedAt', 'updatedAt', 'retentionNoticeAt', 'snoozedUntil']);
export const jsonColumns = new Set(['state', 'quickReplies', 'topics', 'safetyCheck', 'facts', 'improvedDomains']);
export const booleanColumns = new Set(['consent', 'snoozedUntilReply', 'linkConsent']);

export function messageRow(conversationId: string, position: number, message: NewMessage, at: Date): ColumnValues {
  return {
    id: createId(),
    conversationId,
    position,
    direction: message.direction,
    author: message.author,
    text: message.text,
    kind: message.kind,
    quickReplies: message.quickReplies ?? [],
    workerId: message.workerId ?? null,
    externalId: message.externalId ?? null,
    tone: message.tone === 'crisis' ? 'crisis' : null,
    createdAt: message.createdAt ?? at,
  };
}

/** A new waiting case, every column set (null where the intake left a field open). */
export function newCaseRow(openCase: NewCase, conversation: { id: string; channel: string; chatId: string }, at: Date): ColumnValues {
  const fields = caseColumns(openCase) as ColumnValues;
  const row: ColumnValues = {
    id: createId(),
    conversationId: conversation.id,
    channel: conversation.channel,
    chatId: conversation.chatId,
    priority: casePriorityOf(openCase),
    status: 'waiting',
    assigneeId: null,
    outcome: null,
    createdAt: at,
    claimedAt: null,
    closedAt: null,
    updatedAt: at,
  };
  for (const [column, value] of Object.entries(fields)) row[column] = value ?? null;
  // A case the intake did not mark is a help request; the link is a coordinator's later step.
  row.kind = openCase.kind ?? 'request';
  row.linkedCaseId = null;
  row.linkConsent = false;
  return row;
}

/** The columns a patch of intake fields sets (undefined fields are left alone), with the queue rank and time. */
export function casePatchColumns(patch: Partial<NewCase>, current: Pick<NewCase, 'urgency' | 'crisis'>, at: Date): ColumnValues {
  // A case belongs to the conversation it was opened in; a patch cannot move it.
  const { conversationId: _ignored, ...fields } = patch;
  const urgency = patch.urgency ?? current.urgency;
  const crisis = patch.crisis === undefined ? current.crisis : patch.crisis;
  const columns: ColumnValues = {};
  for (const [column, value] of Object.entries(caseColumns(fields))) if (value !== undefined) columns[column] = value;
  columns.priority = casePriorityOf({ urgency, crisis });
  columns.updatedAt = at;
  return columns;
}

/** When a conversation was last active after writing these messages (an adapter may give a channel's own time). */
export function latestTime(messages: NewMessage[], at: Date): Date {
  return messages.map((message) => message.createdAt ?? at).reduce((max, time) => (time > max ? time : max), messages.length ? new Date(0) : at);
}

export function auditRow(caseId: string, audit: { action: string; detail: string | null }, at: Date): ColumnValues {
  return { id: createId(), caseId, actor: 'assistant', action: audit.action, detail: audit.detail, createdAt: at };
}
