import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { DeliveryStatus, MessageRecord, NewMessage } from '../../core/ports/message.js';
import { NotFoundError } from '../../core/errors.js';
import type { StoreClient, StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { toMessageRecord } from './map-records.js';
import { isRecordNotFound } from './store-errors.js';
import { eraseConversations, lockForErasure, type Erasure } from './erase-conversations.js';
import { latestTime } from './turn-rows.js';

/** The statuses a message may move on from to `status`: forward only, and `failed` from any but itself. */
function earlierStatuses(status: DeliveryStatus): DeliveryStatus[] {
  if (status === 'failed') return ['sent', 'delivered', 'read'];
  const order: DeliveryStatus[] = ['sent', 'delivered', 'read'];
  return order.slice(0, order.indexOf(status));
}

/** Inserts messages at positions first, first + 1, … (the caller has counted them on the conversation row). */
async function insertRows(tx: StoreTransaction, conversationId: string, first: number, messages: NewMessage[], at: Date): Promise<MessageRecord[]> {
  if (messages.length === 0) return [];
  const rows = messages.map((message, index) => ({
    id: createId(),
    conversationId,
    position: first + index,
    direction: message.direction,
    author: message.author,
    text: message.text,
    kind: message.kind,
    quickReplies: (message.quickReplies ?? []) as unknown as object,
    workerId: message.workerId ?? null,
    externalId: message.externalId ?? null,
    createdAt: message.createdAt ?? at,
  }));
  await tx.message.createMany({ data: rows });
  return rows.map((row) => toMessageRecord(row as Parameters<typeof toMessageRecord>[0]));
}

/**
 * Appends messages after the conversation's last position. Incrementing messageCount first
 * locks the conversation row (PostgreSQL) and hands out positions without gaps or duplicates.
 */
async function insertMessages(tx: StoreTransaction, conversationId: string, messages: NewMessage[], at: Date): Promise<MessageRecord[]> {
  if (messages.length === 0) return [];
  const conversation = await tx.conversation
    .update({ where: { id: conversationId }, data: { messageCount: { increment: messages.length }, lastMessageAt: latestTime(messages, at) } })
    .catch((error: unknown) => {
      throw isRecordNotFound(error) ? new NotFoundError('conversation', conversationId) : error;
    });
  return insertRows(tx, conversationId, conversation.messageCount - messages.length + 1, messages, at);
}

/**
 * The conversation calls that go through Prisma. The calls of every turn and chat connection
 * (receiveMessage, saveTurn, openConversation, findConversation, listMessages) are raw SQL:
 * sqlite-turn-operations.ts and postgresql-turn-operations.ts.
 */
export function createConversationOperations(
  db: StoreClient,
  erasure: Erasure,
): Pick<ConversationStore, 'appendMessages' | 'eraseResident' | 'recordDeliveryStatus'> {
  return {
    async appendMessages(conversationId, messages) {
      return db.$transaction((tx) => insertMessages(tx, conversationId, messages, new Date()));
    },

    async recordDeliveryStatus(ref, messageId, status) {
      // One conditional UPDATE, so two statuses that arrive together cannot move a message backwards.
      const { count } = await db.message.updateMany({
        where: {
          id: messageId,
          direction: 'outbound',
          conversation: { channel: ref.channel, chatId: ref.chatId },
          OR: [{ deliveryStatus: null }, { deliveryStatus: { in: earlierStatuses(status) } }],
        },
        data: { deliveryStatus: status },
      });
      return count > 0;
    },

    async eraseResident(residentId) {
      await db.$transaction(async (tx) => {
        await lockForErasure(tx, erasure.provider);
        const conversations = await tx.conversation.findMany({ where: { residentId }, select: { id: true } });
        await eraseConversations(tx, conversations.map((conversation) => conversation.id), new Date(), erasure.provider);
        await tx.resident.deleteMany({ where: { id: residentId } });
      });
      await erasure.afterErasure();
    },
  };
}
