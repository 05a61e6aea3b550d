import type BetterSqlite3 from 'better-sqlite3';
import type { ConversationStore, TurnWritten } from '../../core/ports/conversation-store.js';
import type { CaseRecord } from '../../core/ports/case-record.js';
import type { MessageRecord } from '../../core/ports/message.js';
import { ConcurrentUpdateError, NotFoundError, StoreError } from '../../core/errors.js';
import { createId } from './create-id.js';
import { toCaseRecord, toMessageRecord, toStoredConversation } from './map-records.js';
import { auditRow, booleanColumns, casePatchColumns, dateColumns, jsonColumns, latestTime, messageRow, newCaseRow, type ColumnValues } from './turn-rows.js';

type Row = Record<string, unknown>;
type TurnOperations = Pick<ConversationStore, 'receiveMessage' | 'saveTurn' | 'openConversation' | 'findConversation' | 'findConversationByRef' | 'listMessages'>;

/** How long a turn waits for a Prisma transaction on the same connection to finish. */
const idleWaitMilliseconds = 10_000;

/** A Date as Prisma's SQLite adapter writes it (iso8601 with +00:00), so text comparisons agree. */
const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return sqliteTime(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** A raw row as Prisma would return it: dates, JSON and booleans revived. */
function revive<T>(row: Row): T {
  for (const [column, value] of Object.entries(row)) {
    if (value === null) continue;
    if (dateColumns.has(column)) row[column] = new Date(value as string);
    else if (jsonColumns.has(column)) row[column] = JSON.parse(value as string);
    else if (booleanColumns.has(column)) row[column] = value === 1;
  }
  return row as T;
}

/**
 * The conversation calls of every turn and every chat connection, in raw SQL on the connection Prisma's
 * better-sqlite3 adapter already holds (one connection, so one writer and no SQLITE_BUSY between
 * the two). Each runs as one synchronous IMMEDIATE transaction: nothing else on this connection
 * can interleave, and only a Prisma interactive transaction that is open at that moment (its
 * BEGIN is on the same connection) has to finish first. Prisma's client costs about two thirds
 * of a turn's CPU; these cost a few statements each.
 */
export function createSqliteTurnOperations(database: BetterSqlite3.Database): TurnOperations {
  const prepare = (sql: string) => database.prepare(sql).safeIntegers(false);
  const insertStatements = new Map<string, BetterSqlite3.Statement>();
  /** INSERT … RETURNING * for these columns (one statement per table and column set, kept). */
  function insert(table: string, row: ColumnValues): Row {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = insertStatements.get(key);
    if (!statement) {
      statement = prepare(`INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING *`);
      insertStatements.set(key, statement);
    }
    return statement.get(...columns.map((column) => toSqlite(row[column]))) as Row;
  }

  const countMessage = prepare(
    'UPDATE conversations SET messageCount = messageCount + 1, lastMessageAt = ? WHERE channel = ? AND chatId = ? RETURNING *',
  );
  const insertResident = prepare('INSERT INTO residents (id, channel, chatId, createdAt) VALUES (?, ?, ?, ?) ON CONFLICT (channel, chatId) DO NOTHING');
  const findResident = prepare('SELECT id FROM residents WHERE channel = ? AND chatId = ?');
  const findActiveCase = prepare(
    "SELECT * FROM cases WHERE conversationId = ? AND status IN ('waiting', 'claimed') ORDER BY createdAt DESC, id DESC LIMIT 1",
  );
  const saveState = prepare(
    'UPDATE conversations SET state = ?, version = version + 1, messageCount = messageCount + ?, lastMessageAt = ? WHERE id = ? AND version = ? RETURNING *',
  );
  const conversationExists = prepare('SELECT 1 FROM conversations WHERE id = ?');
  const findCase = prepare('SELECT urgency, crisis FROM cases WHERE id = ?');
  const findByRef = prepare('SELECT * FROM conversations WHERE channel = ? AND chatId = ?');
  const findById = prepare('SELECT * FROM conversations WHERE id = ?');
  const listMessages = prepare('SELECT * FROM messages WHERE conversationId = ? ORDER BY position');

  /** The resident and conversation for a new ref (inside a write transaction, so no other writer can race). */
  function createConversation(ref: { channel: string; chatId: string }, at: Date, lastMessageAt: Date, messageCount: number): Row {
    insertResident.run(createId(), ref.channel, ref.chatId, sqliteTime(at));
    const resident = findResident.get(ref.channel, ref.chatId) as { id: string };
    return insert('conversations', {
      id: createId(), channel: ref.channel, chatId: ref.chatId, residentId: resident.id, state: null, version: 0, messageCount, createdAt: at, lastMessageAt,
    });
  }

  const open = database.transaction((ref: { channel: string; chatId: string }, at: Date) =>
    (findByRef.get(ref.channel, ref.chatId) as Row | undefined) ?? createConversation(ref, at, at, 0),
  );

  const findDelivered = prepare(
    'SELECT m.* FROM messages m JOIN conversations c ON c.id = m.conversationId WHERE c.channel = ? AND c.chatId = ? AND m.externalId = ? LIMIT 1',
  );

  const receive = database.transaction((ref: { channel: string; chatId: string }, message: Parameters<TurnOperations['receiveMessage']>[1], at: Date) => {
    const delivered = message.externalId ? (findDelivered.get(ref.channel, ref.chatId, message.externalId) as Row | undefined) : undefined;
    if (delivered) {
      const conversation = findByRef.get(ref.channel, ref.chatId) as Row;
      const activeCase = findActiveCase.get(conversation.id) as Row | undefined;
      return {
        conversation: toStoredConversation(revive(conversation)),
        message: toMessageRecord(revive(delivered)),
        activeCase: activeCase ? toCaseRecord(revive(activeCase)) : null,
        duplicate: true,
      };
    }
    const createdAt = message.createdAt ?? at;
    let conversation = countMessage.get(sqliteTime(createdAt), ref.channel, ref.chatId) as Row | undefined;
    conversation ??= createConversation(ref, at, createdAt, 1);
    const stored = insert('messages', messageRow(conversation.id as string, conversation.messageCount as number, message, at));
    const activeCase = findActiveCase.get(conversation.id) as Row | undefined;
    return {
      conversation: toStoredConversation(revive(conversation)),
      message: toMessageRecord(revive(stored)),
      activeCase: activeCase ? toCaseRecord(revive(activeCase)) : null,
    };
  });

  const save = database.transaction((conversationId: string, write: Parameters<TurnOperations['saveTurn']>[1]): TurnWritten => {
    const conversation = saveState.get(
      JSON.stringify(write.state), write.messages.length, sqliteTime(latestTime(write.messages, write.at)), conversationId, write.expectedVersion,
    ) as Row | undefined;
    if (!conversation) {
      if (!conversationExists.get(conversationId)) throw new NotFoundError('conversation', conversationId);
      throw new ConcurrentUpdateError(conversationId);
    }
    const first = (conversation.messageCount as number) - write.messages.length + 1;
    const messages: MessageRecord[] = write.messages.map((message, index) =>
      toMessageRecord(revive(insert('messages', messageRow(conversationId, first + index, message, write.at)))),
    );
    let openedCase: CaseRecord | null = null;
    if (write.openCase) {
      openedCase = toCaseRecord(revive(insert('cases', newCaseRow(write.openCase, { id: conversationId, channel: conversation.channel as string, chatId: conversation.chatId as string }, write.at))));
    }
    let updatedCase: CaseRecord | null = null;
    if (write.updateCase) {
      const { caseId, patch } = write.updateCase;
      const current = findCase.get(caseId) as { urgency: CaseRecord['urgency']; crisis: CaseRecord['crisis'] } | undefined;
      if (!current) throw new NotFoundError('case', caseId);
      const columns = casePatchColumns(patch, current, write.at);
      const names = Object.keys(columns);
      const row = database
        .prepare(`UPDATE cases SET ${names.map((name) => `"${name}" = ?`).join(', ')} WHERE id = ? RETURNING *`)
        .safeIntegers(false)
        .get(...names.map((name) => toSqlite(columns[name])), caseId) as Row;
      updatedCase = toCaseRecord(revive(row));
    }
    const auditedCase = openedCase ?? updatedCase;
    if (write.audit && auditedCase) insert('audit_entries', auditRow(auditedCase.id, write.audit, write.at));
    return { version: conversation.version as number, messages, openedCase, updatedCase };
  });

  /** Runs now when no Prisma transaction is open on the connection, otherwise as soon as it closes. */
  async function whenIdle<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + idleWaitMilliseconds;
    while (database.inTransaction) {
      if (Date.now() > deadline) throw new StoreError('the SQLite connection stayed inside a transaction for too long');
      await new Promise((resolve) => setImmediate(resolve));
    }
    return work();
  }

  return {
    openConversation: (ref, at) =>
      whenIdle(() => {
        const found = findByRef.get(ref.channel, ref.chatId) as Row | undefined;
        return toStoredConversation(revive(found ?? open.immediate(ref, at)));
      }),
    findConversation: (conversationId) =>
      whenIdle(() => {
        const found = findById.get(conversationId) as Row | undefined;
        return found ? toStoredConversation(revive(found)) : null;
      }),
    findConversationByRef: (ref) =>
      whenIdle(() => {
        const found = findByRef.get(ref.channel, ref.chatId) as Row | undefined;
        return found ? toStoredConversation(revive(found)) : null;
      }),
    listMessages: (conversationId) => whenIdle(() => (listMessages.all(conversationId) as Row[]).map((row) => toMessageRecord(revive(row)))),
    receiveMessage: (ref, message, at) => whenIdle(() => receive.immediate(ref, message, at)),
    saveTurn: (conversationId, write) => whenIdle(() => save.immediate(conversationId, write)),
  };
}
