import type { RetentionStore } from '../../core/ports/retention-store.js';
import type { StoreClient, StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { eraseCases, eraseConversations, lockForErasure, type Erasure } from './erase-conversations.js';
import { toCaseRecord, toCaseStatistic } from './map-records.js';

const openStatuses = ['waiting', 'claimed'];
/**
 * Retention runs in the background and may erase many cases at once: its transactions get more
 * than Prisma's default 5 s (a busy server took 7.5 s for a notice run of a handful of cases).
 */
const backgroundTransaction = { maxWait: 30_000, timeout: 120_000 };

/**
 * Activity on a case: a message in its conversation (the resident's, the assistant's or a
 * worker's), a change to the case (claim, hand-over, a turn's patch), or a note. A coordinator
 * only opening the case is not activity. Since `since`: none of these after it.
 */
const quietSince = (since: Date) => ({
  updatedAt: { lte: since },
  conversation: { lastMessageAt: { lte: since } },
  notes: { none: { createdAt: { gt: since } } },
});

/** Noticed open cases with activity after their notice (few: compared here, Prisma cannot compare two columns across a relation). */
async function activeSinceNotice(tx: StoreTransaction, where: { retentionNoticeAt: { not: null } | { lt: Date } }) {
  const noticed = await tx.case.findMany({
    where: { status: { in: openStatuses }, ...where },
    include: { conversation: { select: { lastMessageAt: true } }, notes: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  return noticed.map((row) => {
    const notice = row.retentionNoticeAt!.getTime();
    const active = row.updatedAt.getTime() > notice || row.conversation.lastMessageAt.getTime() > notice || (row.notes[0]?.createdAt.getTime() ?? 0) > notice;
    return { row, active };
  });
}

export function createRetentionOperations(db: StoreClient, erasure: Erasure): RetentionStore {
  return {
    async noticeQuietCases(since, at) {
      const { noticedIds, withdrawnIds } = await db.$transaction(async (tx) => {
        await lockForErasure(tx, erasure.provider);
        const withdrawn = (await activeSinceNotice(tx, { retentionNoticeAt: { not: null } })).filter((entry) => entry.active).map((entry) => entry.row.id);
        if (withdrawn.length) {
          await tx.case.updateMany({ where: { id: { in: withdrawn } }, data: { retentionNoticeAt: null } });
          await tx.auditEntry.createMany({ data: withdrawn.map((caseId) => ({ id: createId(), caseId, actor: 'system', action: 'retention-notice-withdrawn', detail: null, createdAt: at })) });
        }
        const quiet = await tx.case.findMany({ where: { status: { in: openStatuses }, retentionNoticeAt: null, ...quietSince(since) }, select: { id: true } });
        const noticed: string[] = [];
        for (const { id } of quiet) {
          // Conditional: of two runs at once, only the one that sets it writes the audit entry.
          const { count } = await tx.case.updateMany({ where: { id, retentionNoticeAt: null }, data: { retentionNoticeAt: at } });
          if (count === 1) noticed.push(id);
        }
        if (noticed.length) {
          await tx.auditEntry.createMany({ data: noticed.map((caseId) => ({ id: createId(), caseId, actor: 'system', action: 'retention-noticed', detail: null, createdAt: at })) });
        }
        return { noticedIds: noticed, withdrawnIds: withdrawn };
      }, backgroundTransaction);
      const read = async (ids: string[]) => (ids.length ? (await db.case.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } })).map(toCaseRecord) : []);
      return { noticed: await read(noticedIds), withdrawn: await read(withdrawnIds) };
    },

    async purgeExpired(cutoff, noticedBefore) {
      const now = new Date();
      const purged = await db.$transaction(async (tx) => {
        await lockForErasure(tx, erasure.provider);
        // Open cases whose notice ran out without activity since: their grace period is over.
        const expiredNotices = noticedBefore ? (await activeSinceNotice(tx, { retentionNoticeAt: { lt: noticedBefore } })).filter((entry) => !entry.active) : [];
        const purgedOpen = await eraseCases(tx, expiredNotices.map((entry) => entry.row.id), now, erasure.provider);
        // Cases closed before the cutoff lose their content even when the conversation goes on.
        const expiredCases = await tx.case.findMany({ where: { status: 'closed', closedAt: { lt: cutoff } }, select: { id: true } });
        const purgedCases = await eraseCases(tx, expiredCases.map((row) => row.id), now, erasure.provider);
        // A quiet conversation goes only when none of its cases is still to be kept (open, or
        // closed after the cutoff): a case never outlives the conversation it came from.
        const quiet = await tx.conversation.findMany({
          where: { lastMessageAt: { lt: cutoff }, cases: { none: {} } },
          select: { id: true, residentId: true },
        });
        const erased = await eraseConversations(tx, quiet.map((row) => row.id), now, erasure.provider);
        const residentIds = [...new Set(quiet.map((row) => row.residentId))];
        await tx.resident.deleteMany({ where: { id: { in: residentIds }, conversations: { none: {} } } });
        return { conversations: erased.conversations, cases: purgedOpen + purgedCases + erased.cases };
      }, backgroundTransaction);
      if (purged.cases || purged.conversations) await erasure.afterErasure();
      return purged;
    },

    async listStatistics() {
      const rows = await db.caseStatistic.findMany({ orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toCaseStatistic);
    },
  };
}
