import type { StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { statisticColumns } from './map-records.js';

/**
 * Keeps an anonymous statistic per case, then deletes the cases (with notes and audit) and the
 * conversations (with messages). Children are deleted explicitly rather than left to ON DELETE
 * CASCADE, so erasure does not depend on foreign keys being switched on in SQLite.
 */
export async function eraseCases(tx: StoreTransaction, caseIds: string[], at: Date): Promise<number> {
  if (caseIds.length === 0) return 0;
  const cases = await tx.case.findMany({ where: { id: { in: caseIds } } });
  if (cases.length > 0) await tx.caseStatistic.createMany({ data: cases.map((row) => statisticColumns(row, createId(), at)) as never });
  await tx.caseNote.deleteMany({ where: { caseId: { in: caseIds } } });
  await tx.auditEntry.deleteMany({ where: { caseId: { in: caseIds } } });
  const { count } = await tx.case.deleteMany({ where: { id: { in: caseIds } } });
  return count;
}

/** Erases conversations with everything that hangs off them; returns how many of each went. */
export async function eraseConversations(tx: StoreTransaction, conversationIds: string[], at: Date): Promise<{ conversations: number; cases: number }> {
  if (conversationIds.length === 0) return { conversations: 0, cases: 0 };
  const cases = await tx.case.findMany({ where: { conversationId: { in: conversationIds } }, select: { id: true } });
  const caseCount = await eraseCases(tx, cases.map((row) => row.id), at);
  await tx.message.deleteMany({ where: { conversationId: { in: conversationIds } } });
  const { count } = await tx.conversation.deleteMany({ where: { id: { in: conversationIds } } });
  return { conversations: count, cases: caseCount };
}
