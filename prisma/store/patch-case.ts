import type { NewCase, CaseRecord } from '../../core/ports/case-record.js';
import { NotFoundError } from '../../core/errors.js';
import type { StoreTransaction } from './create-prisma-client.js';
import { caseColumns, casePriority, toCaseRecord } from './map-records.js';

/** Applies a patch of intake fields; the queue rank follows urgency and crisis. */
export async function patchCase(tx: StoreTransaction, caseId: string, patch: Partial<NewCase>, at: Date): Promise<CaseRecord> {
  const current = await tx.case.findUnique({ where: { id: caseId } });
  if (!current) throw new NotFoundError('case', caseId);
  const urgency = patch.urgency ?? (current.urgency as NewCase['urgency']);
  const crisis = patch.crisis === undefined ? (current.crisis as NewCase['crisis']) : patch.crisis;
  // A case belongs to the conversation it was opened in; a patch cannot move it.
  const { conversationId: _ignored, ...fields } = patch;
  const row = await tx.case.update({
    where: { id: caseId },
    data: { ...caseColumns(fields), priority: casePriority({ urgency, crisis }), updatedAt: at },
  });
  return toCaseRecord(row);
}
