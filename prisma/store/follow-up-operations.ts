import type { FollowUpStore, CheckInRecord, ReferralRecord, SatisfactionAnswer, SatisfactionStep } from '../../core/ports/follow-up-store.js';
import { CaseStatusError, NotFoundError } from '../../core/errors.js';
import type { CheckIn, Referral } from '../generated/sqlite/client.js';
import type { StoreClient } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { toCaseRecord } from './map-records.js';
import { isForeignKeyViolation, isUniqueViolation } from './store-errors.js';

export const toCheckIn = (row: CheckIn): CheckInRecord => ({
  id: row.id, caseId: row.caseId, workerId: row.workerId, text: row.text, sendAt: row.sendAt, sentAt: row.sentAt, createdAt: row.createdAt,
  kind: row.kind === 'satisfaction' ? 'satisfaction' : 'worker',
  step: (row.step as SatisfactionStep | null) ?? null,
  answer: (row.answer as SatisfactionAnswer | null) ?? null,
  score: row.score ?? null,
  comment: row.comment ?? null,
});

/** One satisfaction question per case, ever: its id is the case's, so a second schedule meets the primary key. */
export const satisfactionCheckInId = (caseId: string) => `satisfaction-${caseId}`;
const waitingSteps = { in: ['asked', 'score', 'comment'] };

const toReferral = (row: Referral): ReferralRecord => ({
  id: row.id, caseId: row.caseId, workerId: row.workerId, partnerId: row.partnerId, partnerName: row.partnerName,
  shared: row.shared, consentAsked: row.consentAsked, consentGiven: row.consentGiven, createdAt: row.createdAt,
});

const open = { in: ['waiting', 'claimed'] };

export function createFollowUpOperations(db: StoreClient): FollowUpStore {
  /** A child row of a case: a missing case is a NotFoundError, not a driver error. */
  async function withCase<T>(caseId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('case', caseId, { cause: error });
      throw error;
    }
  }

  return {
    async snoozeCase(caseId, snooze, at) {
      const { count } = await db.case.updateMany({
        where: { id: caseId, status: open },
        data: { snoozedUntil: snooze.until, snoozedUntilReply: snooze.untilReply, updatedAt: at },
      });
      const row = await db.case.findUnique({ where: { id: caseId } });
      if (!row) throw new NotFoundError('case', caseId);
      if (count === 0) throw new CaseStatusError(`case ${caseId} is closed and cannot be snoozed`);
      return toCaseRecord(row);
    },

    async wakeCase(caseId, reason, at) {
      const which =
        reason === 'reply' ? { snoozedUntilReply: true }
        : reason === 'time' ? { snoozedUntil: { lte: at } }
        : { OR: [{ snoozedUntilReply: true }, { snoozedUntil: { not: null } }] };
      // The WHERE decides who wakes it: a second instance (or a second message) finds nothing to change.
      const { count } = await db.case.updateMany({
        where: { id: caseId, status: open, ...which },
        data: { snoozedUntil: null, snoozedUntilReply: false, updatedAt: at },
      });
      if (count === 0) return null;
      const row = await db.case.findUnique({ where: { id: caseId } });
      return row ? toCaseRecord(row) : null;
    },

    async listDueSnoozes(at) {
      const rows = await db.case.findMany({ where: { status: open, snoozedUntil: { lte: at } }, orderBy: [{ snoozedUntil: 'asc' }, { id: 'asc' }] });
      return rows.map(toCaseRecord);
    },

    async scheduleCheckIn(checkIn, at) {
      const row = await withCase(checkIn.caseId, () =>
        db.checkIn.create({ data: { id: createId(), caseId: checkIn.caseId, workerId: checkIn.workerId, text: checkIn.text, sendAt: checkIn.sendAt, createdAt: at } }),
      );
      return toCheckIn(row);
    },

    async scheduleSatisfactionQuestion(caseId, sendAt, at) {
      try {
        const row = await withCase(caseId, () =>
          db.checkIn.create({ data: { id: satisfactionCheckInId(caseId), caseId, workerId: 'system', text: '', kind: 'satisfaction', sendAt, createdAt: at } }),
        );
        return toCheckIn(row);
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },

    async findSatisfaction(caseId) {
      const row = await db.checkIn.findUnique({ where: { id: satisfactionCheckInId(caseId) } });
      return row ? toCheckIn(row) : null;
    },

    async pendingSatisfaction(conversationId) {
      const row = await db.checkIn.findFirst({
        where: { kind: 'satisfaction', step: waitingSteps, sentAt: { not: null }, case: { conversationId } },
        orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      });
      return row ? toCheckIn(row) : null;
    },

    async recordSatisfaction(checkInId, expectedStep, patch) {
      // The WHERE decides: of two turns answering the same step, one records.
      const { count } = await db.checkIn.updateMany({ where: { id: checkInId, kind: 'satisfaction', step: expectedStep }, data: patch });
      return count === 1;
    },

    async listDueCheckIns(at) {
      const rows = await db.checkIn.findMany({ where: { sentAt: null, sendAt: { lte: at } }, orderBy: [{ sendAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toCheckIn);
    },

    async markCheckInSent(checkInId, at) {
      const { count } = await db.checkIn.updateMany({ where: { id: checkInId, sentAt: null }, data: { sentAt: at } });
      return count === 1;
    },

    async listCheckIns(caseId) {
      const rows = await db.checkIn.findMany({ where: { caseId }, orderBy: [{ sendAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toCheckIn);
    },

    async recordReferral(referral, at) {
      const row = await withCase(referral.caseId, () => db.referral.create({ data: { id: createId(), ...referral, createdAt: at } }));
      return toReferral(row);
    },

    async listReferrals(caseId) {
      const rows = await db.referral.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toReferral);
    },
  };
}
