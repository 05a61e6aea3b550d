import type { RetentionStore } from '../../core/ports/retention-store.js';
import type { StoreClient } from './create-prisma-client.js';
import { eraseCases, eraseConversations } from './erase-conversations.js';
import { toCaseStatistic } from './map-records.js';

export function createRetentionOperations(db: StoreClient, afterErasure: () => Promise<void> = async () => {}): RetentionStore {
  return {
    async purgeExpired(cutoff) {
      const now = new Date();
      const purged = await db.$transaction(async (tx) => {
        // Cases closed before the cutoff lose their content even when the conversation goes on.
        const expiredCases = await tx.case.findMany({ where: { status: 'closed', closedAt: { lt: cutoff } }, select: { id: true } });
        const purgedCases = await eraseCases(tx, expiredCases.map((row) => row.id), now);
        // A quiet conversation goes only when none of its cases is still to be kept (open, or
        // closed after the cutoff): a case never outlives the conversation it came from.
        const quiet = await tx.conversation.findMany({
          where: { lastMessageAt: { lt: cutoff }, cases: { none: {} } },
          select: { id: true, residentId: true },
        });
        const erased = await eraseConversations(tx, quiet.map((row) => row.id), now);
        const residentIds = [...new Set(quiet.map((row) => row.residentId))];
        await tx.resident.deleteMany({ where: { id: { in: residentIds }, conversations: { none: {} } } });
        return { conversations: erased.conversations, cases: purgedCases + erased.cases };
      });
      if (purged.cases || purged.conversations) await afterErasure();
      return purged;
    },

    async listStatistics() {
      const rows = await db.caseStatistic.findMany({ orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toCaseStatistic);
    },
  };
}
