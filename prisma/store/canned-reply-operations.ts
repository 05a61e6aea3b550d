import type { CannedReply, CannedReplyStore } from '../../core/ports/canned-reply-store.js';
import { NotFoundError } from '../../core/errors.js';
import type { CannedReply as CannedReplyRow } from '../generated/sqlite/client.js';
import type { StoreClient } from './create-prisma-client.js';
import { isRecordNotFound, isUniqueViolation } from './store-errors.js';

const toCannedReply = (row: CannedReplyRow): CannedReply => ({
  id: row.id, title: row.title, texts: row.texts as Record<string, string>, createdAt: row.createdAt, updatedAt: row.updatedAt,
});

export function createCannedReplyOperations(db: StoreClient): CannedReplyStore {
  const missing = (id: string) => (error: unknown) => {
    throw isRecordNotFound(error) ? new NotFoundError('canned reply', id, { cause: error }) : error;
  };
  return {
    async listCannedReplies() {
      const rows = await db.cannedReply.findMany({ orderBy: [{ title: 'asc' }, { id: 'asc' }] });
      return rows.map(toCannedReply);
    },

    async createCannedReply(id, reply, at) {
      try {
        return toCannedReply(await db.cannedReply.create({ data: { id, title: reply.title, texts: reply.texts, createdAt: at, updatedAt: at } }));
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },

    async updateCannedReply(id, reply, at) {
      const row = await db.cannedReply.update({ where: { id }, data: { title: reply.title, texts: reply.texts, updatedAt: at } }).catch(missing(id));
      return toCannedReply(row);
    },

    async deleteCannedReply(id) {
      await db.cannedReply.delete({ where: { id } }).catch(missing(id));
    },
  };
}
