import type { StoreClient, StoreTransaction } from './create-prisma-client.js';

/** What a case needs to find its first answer: its conversation and its open time span. */
export interface AnsweredCase {
  id: string;
  conversationId: string;
  createdAt: Date;
  closedAt: Date | null;
}

/**
 * The moment of each case's first answer by a worker: the first worker message in its
 * conversation from its opening up to its closing. A conversation may hold several cases one
 * after the other, so the span keeps a later case's answers out of an earlier one.
 */
export async function findFirstAnswers(db: StoreClient | StoreTransaction, cases: AnsweredCase[]): Promise<Map<string, Date>> {
  const answers = new Map<string, Date>();
  if (cases.length === 0) return answers;
  const earliest = new Date(Math.min(...cases.map((record) => record.createdAt.getTime())));
  const messages = await db.message.findMany({
    where: { conversationId: { in: [...new Set(cases.map((record) => record.conversationId))] }, author: 'worker', createdAt: { gte: earliest } },
    select: { conversationId: true, createdAt: true },
    orderBy: [{ createdAt: 'asc' }, { position: 'asc' }],
  });
  const byConversation = new Map<string, Date[]>();
  for (const message of messages) byConversation.set(message.conversationId, [...(byConversation.get(message.conversationId) ?? []), message.createdAt]);
  for (const record of cases) {
    const first = byConversation.get(record.conversationId)?.find((at) => at >= record.createdAt && (!record.closedAt || at <= record.closedAt));
    if (first) answers.set(record.id, first);
  }
  return answers;
}
