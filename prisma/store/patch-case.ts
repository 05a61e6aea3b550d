import type { NewCase, CaseRecord } from '../../core/ports/case-record.js';
import { NotFoundError } from '../../core/errors.js';
import type { StoreTransaction } from './create-prisma-client.js';
import { toCaseRecord } from './map-records.js';
import { casePatchColumns } from './turn-rows.js';

/** Applies a patch of intake fields through Prisma (a worker's edit); the queue rank follows urgency and crisis. */
export async function patchCase(tx: StoreTransaction, caseId: string, patch: Partial<NewCase>, at: Date): Promise<CaseRecord> {
  const current = await tx.case.findUnique({ where: { id: caseId } });
  if (!current) throw new NotFoundError('case', caseId);
  const columns = casePatchColumns(patch, { urgency: current.urgency as NewCase['urgency'], crisis: current.crisis as NewCase['crisis'] }, at);
  const row = await tx.case.update({ where: { id: caseId }, data: columns as Parameters<typeof tx.case.update>[0]['data'] });
  return toCaseRecord(row);
}
