import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { ConversationStore, StoredConversation, TurnWrite, TurnWritten } from '../../core/ports/conversation-store.js';
import type { MessageRecord, NewMessage } from '../../core/ports/message.js';
import type { CaseRecord } from '../../core/ports/case-record.js';
import { ConcurrentUpdateError, NotFoundError, StoreError } from '../../core/errors.js';
import type { StoreClient, StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { caseColumns, casePriority, toCaseRecord, toMessageRecord, toStoredConversation } from './map-records.js';
import { isRecordNotFound, isUniqueViolation } from './store-errors.js';
import { eraseConversations } from './erase-conversations.js';
import { patchCase } from './patch-case.js';
import { latestTime } from './turn-rows.js';

const openAttempts = 3;

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

/** Null instead of P2025 when an update's WHERE matched no row. */
function nullWhenNotFound(error: unknown): null {
  if (isRecordNotFound(error)) return null;
  throw error;
}

export function createConversationOperations(db: StoreClient): ConversationStore {
  async function findByRef(ref: ConversationRef): Promise<StoredConversation | null> {
    const row = await db.conversation.findUnique({ where: { channel_chatId: { channel: ref.channel, chatId: ref.chatId } } });
    return row ? toStoredConversation(row) : null;
  }

  return {
    async openConversation(ref, at) {
      // Two first messages of a new resident can arrive at once: the unique (channel, chatId)
      // lets exactly one insert win; the loser reads the winner's row on the next attempt.
      for (let attempt = 1; attempt <= openAttempts; attempt += 1) {
        const existing = await findByRef(ref);
        if (existing) return existing;
        try {
          const row = await db.$transaction(async (tx) => {
            const resident = await tx.resident.upsert({
              where: { channel_chatId: { channel: ref.channel, chatId: ref.chatId } },
              create: { id: createId(), channel: ref.channel, chatId: ref.chatId, createdAt: at },
              update: {},
            });
            return tx.conversation.create({
              data: { id: createId(), channel: ref.channel, chatId: ref.chatId, residentId: resident.id, createdAt: at, lastMessageAt: at },
            });
          });
          return toStoredConversation(row);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new StoreError(`could not open a conversation for ${ref.channel}:${ref.chatId} after ${openAttempts} attempts`);
    },

    async receiveMessage(ref, message, at) {
      const createdAt = message.createdAt ?? at;
      // As openConversation: two first messages of a new resident may race; the unique
      // (channel, chatId) lets one create win, the loser's transaction is retried and appends.
      for (let attempt = 1; attempt <= openAttempts; attempt += 1) {
        try {
          return await db.$transaction(async (tx) => {
            // Counting the message finds the conversation and locks its row (PostgreSQL) in one statement.
            let row = await tx.conversation
              .update({
                where: { channel_chatId: { channel: ref.channel, chatId: ref.chatId } },
                data: { messageCount: { increment: 1 }, lastMessageAt: createdAt },
              })
              .catch(nullWhenNotFound);
            if (!row) {
              const resident = await tx.resident.upsert({
                where: { channel_chatId: { channel: ref.channel, chatId: ref.chatId } },
                create: { id: createId(), channel: ref.channel, chatId: ref.chatId, createdAt: at },
                update: {},
              });
              row = await tx.conversation.create({
                data: { id: createId(), channel: ref.channel, chatId: ref.chatId, residentId: resident.id, createdAt: at, lastMessageAt: createdAt, messageCount: 1 },
              });
            }
            const [stored] = await insertRows(tx, row.id, row.messageCount, [message], at);
            const activeCase = await tx.case.findFirst({
              where: { conversationId: row.id, status: { in: ['waiting', 'claimed'] } },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            });
            return { conversation: toStoredConversation(row), message: stored!, activeCase: activeCase ? toCaseRecord(activeCase) : null };
          });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new StoreError(`could not open a conversation for ${ref.channel}:${ref.chatId} after ${openAttempts} attempts`);
    },

    async findConversation(conversationId) {
      const row = await db.conversation.findUnique({ where: { id: conversationId } });
      return row ? toStoredConversation(row) : null;
    },

    async appendMessages(conversationId, messages) {
      return db.$transaction((tx) => insertMessages(tx, conversationId, messages, new Date()));
    },

    async saveTurn(conversationId, write: TurnWrite): Promise<TurnWritten> {
      return db.$transaction(async (tx) => {
        // The version check, the new state and the message count are one statement, which also
        // returns the row: no other writer can slip between, and nothing needs reading back.
        const conversation = await tx.conversation
          .update({
            where: { id: conversationId, version: write.expectedVersion },
            data: {
              state: write.state as unknown as object,
              version: { increment: 1 },
              messageCount: { increment: write.messages.length },
              lastMessageAt: latestTime(write.messages, write.at),
            },
          })
          .catch(nullWhenNotFound);
        if (!conversation) {
          const exists = await tx.conversation.findUnique({ where: { id: conversationId }, select: { id: true } });
          if (!exists) throw new NotFoundError('conversation', conversationId);
          throw new ConcurrentUpdateError(conversationId);
        }
        const messages = await insertRows(tx, conversationId, conversation.messageCount - write.messages.length + 1, write.messages, write.at);
        let openedCase: CaseRecord | null = null;
        if (write.openCase) {
          const row = await tx.case.create({
            data: {
              ...caseColumns(write.openCase),
              id: createId(),
              conversationId,
              channel: conversation.channel,
              chatId: conversation.chatId,
              topics: write.openCase.topics as unknown as object,
              priority: casePriority(write.openCase),
              status: 'waiting',
              createdAt: write.at,
              updatedAt: write.at,
            } as Parameters<typeof tx.case.create>[0]['data'],
          });
          openedCase = toCaseRecord(row);
        }
        const updatedCase = write.updateCase ? await patchCase(tx, write.updateCase.caseId, write.updateCase.patch, write.at) : null;
        const auditedCase = openedCase ?? updatedCase;
        if (write.audit && auditedCase) {
          await tx.auditEntry.create({
            data: { id: createId(), caseId: auditedCase.id, actor: 'assistant', action: write.audit.action, detail: write.audit.detail, createdAt: write.at },
          });
        }
        return { version: conversation.version, messages, openedCase, updatedCase };
      });
    },

    async listMessages(conversationId) {
      const rows = await db.message.findMany({ where: { conversationId }, orderBy: { position: 'asc' } });
      return rows.map(toMessageRecord);
    },

    async eraseResident(residentId) {
      await db.$transaction(async (tx) => {
        const conversations = await tx.conversation.findMany({ where: { residentId }, select: { id: true } });
        await eraseConversations(tx, conversations.map((conversation) => conversation.id), new Date());
        await tx.resident.deleteMany({ where: { id: residentId } });
      });
    },
  };
}
