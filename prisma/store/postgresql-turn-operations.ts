import pg from 'pg';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { ConversationStore, ReceivedMessage, TurnWrite, TurnWritten } from '../../core/ports/conversation-store.js';
import type { CaseRecord } from '../../core/ports/case-record.js';
import type { MessageRecord } from '../../core/ports/message.js';
import { ConcurrentUpdateError, NotFoundError, StoreError } from '../../core/errors.js';
import { createId } from './create-id.js';
import { toCaseRecord, toMessageRecord, toStoredConversation } from './map-records.js';
import { auditRow, casePatchColumns, dateColumns, latestTime, messageRow, newCaseRow, type ColumnValues } from './turn-rows.js';

type Row = Record<string, unknown>;
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export interface PostgresqlTurnOperations {
  /** The conversation calls of every turn and every chat connection. */
  operations: Pick<ConversationStore, 'receiveMessage' | 'saveTurn' | 'openConversation' | 'findConversation' | 'findConversationByRef' | 'listMessages'>;
  /** Ends the pool's connections. */
  close(): Promise<void>;
}

export interface PostgresqlTurnOptions {
  /** postgresql://… without ?schema (parseDatabaseUrl takes it out). */
  connectionString: string;
  schema: string;
}

const openAttempts = 3;
const timestampWithoutTimeZone = 1114;
const uniqueViolation = '23505';

/**
 * Prisma's `timestamp(3) without time zone` columns hold UTC. Written as ISO text ending in Z (the
 * timestamp type ignores the zone), read back with a Z appended: right in any process TZ.
 */
const utc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === timestampWithoutTimeZone ? utc : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Every column of conversations, named so a prepared statement's result shape never depends on `*`. */
const conversationColumns = ['id', 'channel', 'chatId', 'residentId', 'state', 'version', 'messageCount', 'createdAt', 'lastMessageAt']
  .map((column) => `"${column}"`)
  .join(', ');

/** A case row as `to_jsonb` gives it (timestamps as ISO text without zone) → the port's CaseRecord. */
function caseFromJson(json: Row | null): CaseRecord | null {
  if (!json) return null;
  for (const column of dateColumns) if (typeof json[column] === 'string') json[column] = utc(json[column] as string);
  return toCaseRecord(json as unknown as Parameters<typeof toCaseRecord>[0]);
}

function toRecord(row: ColumnValues, conversationId: string): MessageRecord {
  return toMessageRecord({ ...row, conversationId } as unknown as Parameters<typeof toMessageRecord>[0]);
}

const toConversation = (row: Row) => toStoredConversation(row as unknown as Parameters<typeof toStoredConversation>[0]);

/** A message's columns as Prisma reads them (position only orders them). */
const messageColumns = ['id', 'conversationId', 'direction', 'author', 'text', 'kind', 'quickReplies', 'workerId', 'externalId', 'tone', 'deliveryStatus', 'createdAt']
  .map((column) => `"${column}"`)
  .join(', ');

/**
 * `INSERT INTO table (columns) SELECT … FROM source, json_populate_record[set](NULL::table, $n::json) r`:
 * the row (or rows) travel as one JSON parameter and take the table's own column types, so dates
 * go as ISO text and JSON columns as JSON. `from` gates the insert (no row there, nothing
 * inserted); `overrides` set a column from it instead of from the JSON.
 */
function insertFromJson(table: string, columns: string[], from: string, parameter: string, overrides: Record<string, string> = {}, many = false): string {
  const populate = many ? 'json_populate_recordset' : 'json_populate_record';
  return (
    `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) ` +
    `SELECT ${columns.map((column) => overrides[column] ?? `r."${column}"`).join(', ')} FROM ${from}, ${populate}(NULL::${table}, ${parameter}::json) r`
  );
}

/**
 * CTEs `resident` and `conversation` that create a resident (kept if it exists) and its
 * conversation: $1 resident id, $2 channel, $3 chatId, $4 created at, $5 conversation id, $6 last
 * message at. `gate` (a WHERE clause) can hold both inserts back. A resident another statement is
 * creating at the same moment is not in this statement's snapshot: then nothing is inserted (the
 * caller tries again); a conversation it created meanwhile makes the insert a unique violation.
 */
const newConversationCtes = (messageCount: number, gate = '') =>
  `new_resident AS (INSERT INTO residents (id, channel, "chatId", "createdAt") SELECT $1::text, $2::text, $3::text, $4::timestamp(3)${gate} ` +
  `ON CONFLICT (channel, "chatId") DO NOTHING RETURNING id), ` +
  `resident AS (SELECT id FROM new_resident UNION ALL SELECT id FROM residents WHERE channel = $2::text AND "chatId" = $3::text LIMIT 1), ` +
  `conversation AS (INSERT INTO conversations (id, channel, "chatId", "residentId", "messageCount", "createdAt", "lastMessageAt") ` +
  `SELECT $5::text, $2::text, $3::text, resident.id, ${messageCount}, $4::timestamp(3), $6::timestamp(3) FROM resident${gate} RETURNING ${conversationColumns})`;

/** An existing conversation for the ref ($2, $3) or, when there is none, a new one (newConversationCtes): one statement. */
const openConversationText =
  `WITH existing AS (SELECT ${conversationColumns} FROM conversations WHERE channel = $2::text AND "chatId" = $3::text), ` +
  `${newConversationCtes(0, ' WHERE NOT EXISTS (SELECT 1 FROM existing)')} ` +
  `SELECT * FROM existing UNION ALL SELECT * FROM conversation`;

/** A unique violation means another writer created the row first: null, so the caller tries again. */
async function nullOnUniqueViolation<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if ((error as { code?: unknown }).code === uniqueViolation) return null;
    throw error;
  }
}

/** Two first contacts of a new resident may race: the loser finds the winner's conversation on its next attempt. */
async function withOpenAttempts<T>(ref: ConversationRef, attempt: () => Promise<T | null>): Promise<T> {
  for (let count = 1; count <= openAttempts; count += 1) {
    const result = await attempt();
    if (result) return result;
  }
  throw new StoreError(`could not open a conversation for ${ref.channel}:${ref.chatId} after ${openAttempts} attempts`);
}

const activeCaseOf = (conversationId: string) =>
  `SELECT to_jsonb(k) AS "case" FROM cases k WHERE k."conversationId" = ${conversationId} AND k.status IN ('waiting', 'claimed') ORDER BY k."createdAt" DESC, k.id DESC LIMIT 1`;

/**
 * receiveMessage and saveTurn, the two store calls of every resident turn, and openConversation,
 * findConversation and listMessages (a chat session's start and every socket's hello), in raw SQL
 * on a pg pool of their own: Prisma's client runtime and query compiler cost about two thirds of a
 * turn's CPU. Each call is one statement in the common case (data-modifying CTEs); only a turn
 * that patches a case runs a transaction. Rows and records are those Prisma writes and returns (turn-rows.ts,
 * map-records.ts), so both paths read what the other wrote.
 */
export function createPostgresqlTurnOperations({ connectionString, schema }: PostgresqlTurnOptions): PostgresqlTurnOperations {
  const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}`, types: typeParsers });
  // An idle connection that dies (server restart) is dropped by the pool; the next query reconnects.
  pool.on('error', () => {});

  // Named (prepared once per connection) by text: the same text always gets the same name. A case
  // patch's text depends on the fields it sets, so it goes unnamed (and escalations are rare).
  const names = new Map<string, string>();
  function run(db: Queryable, text: string, values: unknown[], prepare = true): Promise<pg.QueryResult<Row>> {
    if (!prepare) return db.query<Row>(text, values);
    let name = names.get(text);
    if (!name) {
      name = `inloop_turn_${names.size + 1}`;
      names.set(text, name);
    }
    return db.query<Row>({ name, text, values });
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Why a turn's version check matched no row: the conversation is gone, or another writer was first. */
  async function refusal(db: Queryable, conversationId: string): Promise<Error> {
    const { rowCount } = await run(db, 'SELECT 1 FROM conversations WHERE id = $1', [conversationId]);
    return rowCount ? new ConcurrentUpdateError(conversationId) : new NotFoundError('conversation', conversationId);
  }

  /**
   * Counts the message on an existing conversation (which locks its row), stores it at the new
   * position and reads the active case, in one statement. The statement's reads see its start
   * snapshot; when the UPDATE had to wait for a turn that committed meanwhile (the row's version
   * moved past the snapshot's), the active case is read again so a case that turn opened is seen.
   */
  async function receiveExisting(ref: ConversationRef, row: ColumnValues, lastMessageAt: string): Promise<ReceivedMessage | null> {
    const columns = Object.keys(row);
    const text =
      `WITH conversation AS (UPDATE conversations SET "messageCount" = "messageCount" + 1, "lastMessageAt" = $3::timestamp(3) ` +
      `WHERE channel = $1 AND "chatId" = $2 RETURNING ${conversationColumns}), ` +
      `message AS (${insertFromJson('messages', columns, 'conversation c', '$4', { conversationId: 'c.id', position: 'c."messageCount"' })}) ` +
      `SELECT c.*, (SELECT s.version FROM conversations s WHERE s.id = c.id) AS "snapshotVersion", (${activeCaseOf('c.id')}) AS "activeCase" FROM conversation c`;
    const { rows } = await run(pool, text, [ref.channel, ref.chatId, lastMessageAt, JSON.stringify(row)]);
    const conversation = rows[0];
    if (!conversation) return null;
    let activeCase = conversation.activeCase as Row | null;
    if (conversation.snapshotVersion !== conversation.version) {
      activeCase = ((await run(pool, activeCaseOf('$1'), [conversation.id])).rows[0]?.case as Row | undefined) ?? null;
    }
    return {
      conversation: toConversation(conversation),
      message: toRecord(row, conversation.id as string),
      activeCase: caseFromJson(activeCase),
    };
  }

  /**
   * A message the channel delivered before (same externalId in this conversation): nothing is
   * written. Checked before the insert rather than in it: one conversation's turns run one at a
   * time on an instance, so only two instances receiving the same delivery at the same moment
   * could both store it.
   */
  async function receiveDelivered(ref: ConversationRef, externalId: string): Promise<ReceivedMessage | null> {
    const { rows } = await run(
      pool,
      `SELECT ${messageColumns.replace(/"([^"]+)"/g, 'm."$1"')} FROM messages m JOIN conversations c ON c.id = m."conversationId" WHERE c.channel = $1 AND c."chatId" = $2 AND m."externalId" = $3 LIMIT 1`,
      [ref.channel, ref.chatId, externalId],
    );
    if (!rows[0]) return null;
    const conversation = (await run(pool, `SELECT ${conversationColumns} FROM conversations WHERE id = $1`, [rows[0].conversationId])).rows[0]!;
    const activeCase = ((await run(pool, activeCaseOf('$1'), [conversation.id])).rows[0]?.case as Row | undefined) ?? null;
    return {
      conversation: toConversation(conversation),
      message: toMessageRecord(rows[0] as unknown as Parameters<typeof toMessageRecord>[0]),
      activeCase: caseFromJson(activeCase),
      duplicate: true,
    };
  }

  /**
   * The resident's first message: resident (kept if it exists), conversation and message in one
   * statement. Null when another first message of this resident was quicker (its resident is not in
   * this statement's snapshot yet); a unique violation on the conversation means the same.
   */
  async function receiveFirst(ref: ConversationRef, conversation: { id: string; at: Date; lastMessageAt: string }, row: ColumnValues): Promise<ReceivedMessage | null> {
    const text = `WITH ${newConversationCtes(1)}, message AS (${insertFromJson('messages', Object.keys(row), 'conversation c', '$7')}) SELECT * FROM conversation`;
    const values = [createId(), ref.channel, ref.chatId, conversation.at.toISOString(), conversation.id, conversation.lastMessageAt, JSON.stringify(row)];
    const created = await nullOnUniqueViolation(run(pool, text, values));
    if (!created?.rows[0]) return null;
    return { conversation: toConversation(created.rows[0]), message: toRecord(row, conversation.id), activeCase: null };
  }

  /**
   * The version check, new state and message count (one UPDATE, which locks the row), the messages
   * and an opened case with its audit entry, as one statement: every insert selects from the
   * UPDATE's result, so a stale version writes nothing.
   */
  async function writeTurn(db: Queryable, conversationId: string, write: TurnWrite, messages: ColumnValues[], opened: ColumnValues | null): Promise<{ version: number; openedCase: CaseRecord | null } | null> {
    const audit = opened && write.audit ? auditRow(opened.id as string, write.audit, write.at) : null;
    let text =
      `WITH conversation AS (UPDATE conversations SET state = $3::jsonb, version = version + 1, "messageCount" = "messageCount" + $4::int, ` +
      `"lastMessageAt" = $5::timestamp(3) WHERE id = $1 AND version = $2::int RETURNING id, channel, "chatId", version, "messageCount")`;
    const values: unknown[] = [conversationId, write.expectedVersion, JSON.stringify(write.state), messages.length, latestTime(write.messages, write.at).toISOString()];
    if (messages.length) {
      values.push(JSON.stringify(messages));
      // Positions: the rows carry 1…n; the conversation's count before the turn goes first.
      text += `, message AS (${insertFromJson('messages', Object.keys(messages[0]!), 'conversation c', `$${values.length}`, { position: 'c."messageCount" - $4::int + r.position' }, true)})`;
    }
    if (opened) {
      values.push(JSON.stringify(opened));
      text += `, opened AS (${insertFromJson('cases', Object.keys(opened), 'conversation c', `$${values.length}`, { channel: 'c.channel', chatId: 'c."chatId"' })} RETURNING *)`;
    }
    if (audit) {
      values.push(JSON.stringify(audit));
      text += `, audit AS (${insertFromJson('audit_entries', Object.keys(audit), 'opened', `$${values.length}`)})`;
    }
    text += ` SELECT c.version${opened ? ', (SELECT to_jsonb(k) FROM opened k) AS "openedCase"' : ''} FROM conversation c`;
    const { rows } = await run(db, text, values);
    if (!rows[0]) return null;
    return { version: rows[0].version as number, openedCase: caseFromJson((rows[0].openedCase as Row | undefined) ?? null) };
  }

  /** Patches a case (the queue rank follows its current urgency and crisis) and writes the audit entry; NotFoundError when it is not there. */
  async function patchCase(client: pg.PoolClient, update: NonNullable<TurnWrite['updateCase']>, audit: TurnWrite['audit'] | null, at: Date): Promise<CaseRecord> {
    const { rows } = await run(client, 'SELECT urgency, crisis FROM cases WHERE id = $1 FOR UPDATE', [update.caseId]);
    const current = rows[0] as Pick<CaseRecord, 'urgency' | 'crisis'> | undefined;
    if (!current) throw new NotFoundError('case', update.caseId);
    const patch = casePatchColumns(update.patch, current, at);
    const values: unknown[] = [update.caseId, JSON.stringify(patch)];
    const quoted = Object.keys(patch).map((column) => `"${column}"`);
    let text =
      `WITH patched AS (UPDATE cases SET (${quoted.join(', ')}) = (SELECT ${quoted.map((column) => `r.${column}`).join(', ')} ` +
      `FROM json_populate_record(NULL::cases, $2::json) r) WHERE id = $1 RETURNING *)`;
    if (audit) {
      const entry = auditRow(update.caseId, audit, at);
      values.push(JSON.stringify(entry));
      text += `, audit AS (${insertFromJson('audit_entries', Object.keys(entry), 'patched', '$3')})`;
    }
    text += ' SELECT to_jsonb(p) AS "case" FROM patched p';
    return caseFromJson((await run(client, text, values, false)).rows[0]!.case as Row)!;
  }

  let closed: Promise<void> | null = null;

  const operations: PostgresqlTurnOperations['operations'] = {
    openConversation(ref, at) {
      const values = [createId(), ref.channel, ref.chatId, at.toISOString(), createId(), at.toISOString()];
      return withOpenAttempts(ref, async () => {
        const opened = await nullOnUniqueViolation(run(pool, openConversationText, values));
        return opened?.rows[0] ? toConversation(opened.rows[0]) : null;
      });
    },

    async findConversation(conversationId) {
      const { rows } = await run(pool, `SELECT ${conversationColumns} FROM conversations WHERE id = $1`, [conversationId]);
      return rows[0] ? toConversation(rows[0]) : null;
    },

    async findConversationByRef(ref) {
      const { rows } = await run(pool, `SELECT ${conversationColumns} FROM conversations WHERE channel = $1 AND "chatId" = $2`, [ref.channel, ref.chatId]);
      return rows[0] ? toConversation(rows[0]) : null;
    },

    async listMessages(conversationId) {
      const { rows } = await run(pool, `SELECT ${messageColumns} FROM messages WHERE "conversationId" = $1 ORDER BY position`, [conversationId]);
      return rows.map((row) => toMessageRecord(row as unknown as Parameters<typeof toMessageRecord>[0]));
    },

    async receiveMessage(ref, message, at) {
      if (message.externalId) {
        const delivered = await receiveDelivered(ref, message.externalId);
        if (delivered) return delivered;
      }
      const lastMessageAt = latestTime([message], at).toISOString();
      const conversationId = createId();
      const existingRow = messageRow('', 0, message, at);
      const firstRow = messageRow(conversationId, 1, message, at);
      return withOpenAttempts(
        ref,
        async () => (await receiveExisting(ref, existingRow, lastMessageAt)) ?? (await receiveFirst(ref, { id: conversationId, at, lastMessageAt }, firstRow)),
      );
    },

    async saveTurn(conversationId, write): Promise<TurnWritten> {
      const rows = write.messages.map((message, index) => messageRow(conversationId, index + 1, message, write.at));
      const messages = rows.map((row) => toRecord(row, conversationId));
      // channel and chatId are the conversation's, set in SQL.
      const opened = write.openCase ? newCaseRow(write.openCase, { id: conversationId, channel: '', chatId: '' }, write.at) : null;
      if (!write.updateCase) {
        const written = await writeTurn(pool, conversationId, write, rows, opened);
        if (!written) throw await refusal(pool, conversationId);
        return { version: written.version, messages, openedCase: written.openedCase, updatedCase: null };
      }
      const updateCase = write.updateCase;
      return transaction(async (client) => {
        const written = await writeTurn(client, conversationId, write, rows, opened);
        if (!written) throw await refusal(client, conversationId);
        const updatedCase = await patchCase(client, updateCase, written.openedCase ? null : (write.audit ?? null), write.at);
        return { version: written.version, messages, openedCase: written.openedCase, updatedCase };
      });
    },
  };

  return {
    operations,
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}
