import type { CaseStore } from '../../core/ports/case-store.js';
import type { CaseRecord } from '../../core/ports/case-record.js';
import { CaseClaimConflictError, CaseStatusError, NotFoundError } from '../../core/errors.js';
import type { StoreClient, StoreTransaction } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { toAuditEntry, toCaseNote, toCaseRecord } from './map-records.js';
import { patchCase } from './patch-case.js';

async function requireCase(tx: StoreTransaction, caseId: string) {
  const row = await tx.case.findUnique({ where: { id: caseId } });
  if (!row) throw new NotFoundError('case', caseId);
  return row;
}

export function createCaseOperations(db: StoreClient): CaseStore {
  /**
   * A status change is one conditional UPDATE: the WHERE on status decides who wins, so two
   * workers pressing "claim" at once cannot both get the case. When nothing changed, the row is
   * read to say why.
   */
  async function transition(
    caseId: string,
    from: CaseRecord['status'][],
    data: Record<string, unknown>,
    refuse: (current: { status: string; assigneeId: string | null }) => Error,
    expectedAssigneeId?: string | null,
  ): Promise<CaseRecord> {
    return db.$transaction(async (tx) => {
      const assignee = expectedAssigneeId === undefined ? {} : { assigneeId: expectedAssigneeId };
      const { count } = await tx.case.updateMany({ where: { id: caseId, status: { in: from }, ...assignee }, data });
      const row = await requireCase(tx, caseId);
      if (count === 0) {
        // Still open but someone else has it now: the caller's check was made on an older state.
        if (expectedAssigneeId !== undefined && row.status !== 'closed' && row.assigneeId !== expectedAssigneeId) {
          throw new CaseClaimConflictError(caseId, row.assigneeId);
        }
        throw refuse(row);
      }
      return toCaseRecord(row);
    });
  }

  return {
    async findCase(caseId) {
      const row = await db.case.findUnique({ where: { id: caseId } });
      return row ? toCaseRecord(row) : null;
    },

    async findActiveCase(conversationId) {
      const row = await db.case.findFirst({
        where: { conversationId, status: { in: ['waiting', 'claimed'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return row ? toCaseRecord(row) : null;
    },

    async listCases(filter = {}) {
      const rows = await db.case.findMany({
        where: {
          status: filter.statuses ? { in: filter.statuses } : undefined,
          domain: filter.domain,
          team: filter.team,
          assigneeId: filter.assigneeId,
          role: filter.role,
        },
        orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      });
      const cases = rows.map(toCaseRecord);
      // Topics are a JSON list; SQLite cannot filter inside it portably, so this one is done here.
      return filter.topic ? cases.filter((record) => record.topics.some((topic) => topic.id === filter.topic)) : cases;
    },

    async updateCase(caseId, patch, at) {
      return db.$transaction((tx) => patchCase(tx, caseId, patch, at));
    },

    async claimCase(caseId, workerId, at) {
      return transition(caseId, ['waiting'], { status: 'claimed', assigneeId: workerId, claimedAt: at, updatedAt: at }, (current) =>
        current.status === 'closed'
          ? new CaseStatusError(`case ${caseId} is closed and cannot be claimed`)
          : new CaseClaimConflictError(caseId, current.assigneeId),
      );
    },

    async reassignCase(caseId, toWorkerId, at, expectedAssigneeId) {
      // To nobody: back into the queue. To a worker: claimed on their behalf.
      const data =
        toWorkerId === null
          ? { status: 'waiting', assigneeId: null, claimedAt: null, updatedAt: at }
          : { status: 'claimed', assigneeId: toWorkerId, claimedAt: at, updatedAt: at };
      return transition(caseId, ['waiting', 'claimed'], data, () => new CaseStatusError(`case ${caseId} is closed and cannot be reassigned`), expectedAssigneeId);
    },

    async closeCase(caseId, outcome, at, expectedAssigneeId, closing) {
      const structured = closing ? { outcomeCategory: closing.category, outcomePartner: closing.partner, improvedDomains: closing.improvedDomains } : {};
      return transition(caseId, ['waiting', 'claimed'], { status: 'closed', outcome, ...structured, closedAt: at, updatedAt: at }, () =>
        new CaseStatusError(`case ${caseId} is already closed`), expectedAssigneeId,
      );
    },

    async addNote(caseId, workerId, text, at) {
      return db.$transaction(async (tx) => {
        await requireCase(tx, caseId);
        const row = await tx.caseNote.create({ data: { id: createId(), caseId, workerId, text, createdAt: at } });
        return toCaseNote(row);
      });
    },

    async listNotes(caseId) {
      const rows = await db.caseNote.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toCaseNote);
    },

    async recordAudit(entry, at) {
      await db.$transaction(async (tx) => {
        await requireCase(tx, entry.caseId);
        await tx.auditEntry.create({ data: { id: createId(), caseId: entry.caseId, actor: entry.actor, action: entry.action, detail: entry.detail, createdAt: at } });
      });
    },

    async countOpenCasesByAssignee() {
      const groups = await db.case.groupBy({ by: ['assigneeId'], where: { status: 'claimed', assigneeId: { not: null } }, _count: { _all: true } });
      return new Map(groups.map((group) => [group.assigneeId as string, group._count._all]));
    },

    async linkCases(first, second, at) {
      return db.$transaction(async (tx) => {
        for (const [own, other] of [[first, second], [second, first]] as const) {
          const row = await requireCase(tx, own.caseId);
          if (row.status === 'closed') throw new CaseStatusError(`case ${own.caseId} is closed and cannot be linked`);
          await tx.case.update({ where: { id: own.caseId }, data: { linkedCaseId: other.caseId, linkConsent: own.consent, updatedAt: at } });
        }
        return [toCaseRecord(await requireCase(tx, first.caseId)), toCaseRecord(await requireCase(tx, second.caseId))] as [CaseRecord, CaseRecord];
      });
    },

    async listAudit(caseId) {
      const rows = await db.auditEntry.findMany({ where: { caseId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toAuditEntry);
    },
  };
}
