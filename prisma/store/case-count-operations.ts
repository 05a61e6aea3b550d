import type { CaseStatus } from '../../core/ports/case-record.js';
import type { Urgency } from '../../core/taxonomy/crisis.js';
import type { StoreClient } from './create-prisma-client.js';

/** How many open cases have this status and urgency. */
export interface OpenCaseCount {
  status: Exclude<CaseStatus, 'closed'>;
  urgency: Urgency;
  count: number;
}

/** Counts for the operators' gauge (docs/operators/metrics.md): one grouped query over the status index, no rows read out. */
export function createCaseCountOperations(db: StoreClient) {
  return {
    async countOpenCases(): Promise<OpenCaseCount[]> {
      const groups = await db.case.groupBy({ by: ['status', 'urgency'], where: { status: { in: ['waiting', 'claimed'] } }, _count: { _all: true } });
      return groups.map((group) => ({ status: group.status as OpenCaseCount['status'], urgency: group.urgency as Urgency, count: group._count._all }));
    },
  };
}
