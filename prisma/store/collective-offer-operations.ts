import type { CollectiveOfferStart, CollectiveOfferStore } from '../../core/ports/collective-offer-store.js';
import { CollectiveOfferError } from '../../core/errors.js';
import type { TopicId } from '../../core/taxonomy/index.js';
import type { CollectiveOfferStart as CollectiveOfferStartRow } from '../generated/sqlite/client.js';
import type { StoreClient } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { isUniqueViolation } from './store-errors.js';

const toStart = (row: CollectiveOfferStartRow): CollectiveOfferStart => ({
  id: row.id, neighbourhood: row.neighbourhood, topic: row.topic as TopicId, offer: row.offer, startedBy: row.startedBy, startedAt: row.startedAt,
});

/**
 * Starts of collective offers per wijk and topic. Each start takes the next sequence number of its
 * cell, unique in the table: of two coordinators who read the same last start, one writes and the
 * other is refused, on SQLite and PostgreSQL alike, without a lock.
 */
export function createCollectiveOfferOperations(db: StoreClient): CollectiveOfferStore {
  return {
    async listCollectiveOfferStarts(since) {
      const rows = await db.collectiveOfferStart.findMany({ where: { startedAt: { gte: since } }, orderBy: [{ startedAt: 'desc' }, { sequence: 'desc' }] });
      const latest = new Map<string, CollectiveOfferStartRow>();
      for (const row of rows) {
        const cell = `${row.neighbourhood}\u0000${row.topic}`;
        if (!latest.has(cell)) latest.set(cell, row);
      }
      return [...latest.values()].map(toStart);
    },

    async countCollectiveOfferStarts(from, to) {
      return db.collectiveOfferStart.count({ where: { startedAt: { gte: from, lt: to } } });
    },

    async startCollectiveOffer(start, since) {
      const last = await db.collectiveOfferStart.findFirst({ where: { neighbourhood: start.neighbourhood, topic: start.topic }, orderBy: { sequence: 'desc' } });
      if (last && last.startedAt >= since) throw new CollectiveOfferError('already-started');
      try {
        return toStart(await db.collectiveOfferStart.create({ data: { id: createId(), ...start, sequence: (last?.sequence ?? 0) + 1 } }));
      } catch (error) {
        if (isUniqueViolation(error)) throw new CollectiveOfferError('already-started', { cause: error });
        throw error;
      }
    },
  };
}
