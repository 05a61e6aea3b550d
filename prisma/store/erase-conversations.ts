import type { StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { findFirstAnswers } from './first-answers.js';
import { insertStatistics, type StatisticRow, type StoreProvider } from './insert-statistics.js';
import { statisticColumns } from './map-records.js';

/** What an erasure needs to know of its database: the dialect (for the statistic) and what to do after the commit. */
export interface Erasure {
  provider: StoreProvider;
  /** After an erasure commits: SQLite truncates its WAL (sqlite-erasure-checkpoint.ts); nothing on PostgreSQL. */
  afterErasure(): Promise<void>;
}

/**
 * SQLite: Prisma begins a transaction DEFERRED, and a transaction that has read cannot wait for
 * another connection's write lock (SQLITE_BUSY at once). A first statement that writes (and
 * changes nothing) takes the lock up front, within the busy timeout, so an erasure or purge by a
 * second process on the same file (the CLI beside `npm start`) waits its turn. PostgreSQL: nothing.
 */
export async function lockForErasure(tx: StoreTransaction, provider: StoreProvider): Promise<void> {
  if (provider === 'sqlite') await tx.$executeRawUnsafe('UPDATE cases SET id = id WHERE 0');
}

/**
 * Keeps an anonymous statistic per case (once per case, whoever erases it first), then deletes
 * the cases (with notes and audit) and the conversations (with messages). Children are deleted
 * explicitly rather than left to ON DELETE CASCADE, so erasure does not depend on foreign keys
 * being switched on in SQLite.
 */
export async function eraseCases(tx: StoreTransaction, caseIds: string[], at: Date, provider: StoreProvider): Promise<number> {
  if (caseIds.length === 0) return 0;
  const cases = await tx.case.findMany({ where: { id: { in: caseIds } } });
  // The satisfaction answer and score outlive the case; the resident's open answer goes with it.
  const answers = await tx.checkIn.findMany({ where: { caseId: { in: caseIds }, kind: 'satisfaction' }, select: { caseId: true, answer: true, score: true } });
  const answerOf = new Map(answers.map((answer) => [answer.caseId, answer]));
  const firstAnswers = await findFirstAnswers(tx, cases);
  await insertStatistics(tx, provider, cases.map((row) => statisticColumns(row, createId(), at, answerOf.get(row.id) ?? null, firstAnswers.get(row.id) ?? null) as StatisticRow));
  await tx.caseNote.deleteMany({ where: { caseId: { in: caseIds } } });
  await tx.auditEntry.deleteMany({ where: { caseId: { in: caseIds } } });
  await tx.checkIn.deleteMany({ where: { caseId: { in: caseIds } } });
  await tx.referral.deleteMany({ where: { caseId: { in: caseIds } } });
  const { count } = await tx.case.deleteMany({ where: { id: { in: caseIds } } });
  return count;
}

/** Erases conversations with everything that hangs off them; returns how many of each went. */
export async function eraseConversations(tx: StoreTransaction, conversationIds: string[], at: Date, provider: StoreProvider): Promise<{ conversations: number; cases: number }> {
  if (conversationIds.length === 0) return { conversations: 0, cases: 0 };
  const cases = await tx.case.findMany({ where: { conversationId: { in: conversationIds } }, select: { id: true } });
  const caseCount = await eraseCases(tx, cases.map((row) => row.id), at, provider);
  await tx.message.deleteMany({ where: { conversationId: { in: conversationIds } } });
  const { count } = await tx.conversation.deleteMany({ where: { id: { in: conversationIds } } });
  return { conversations: count, cases: caseCount };
}
