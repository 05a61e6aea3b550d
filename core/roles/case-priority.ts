import type { NewCase } from '../ports/case-record.js';

/**
 * Queue rank: 0 crisis, 1 urgent, 2 normal; a crisis id counts even if urgency says less. The stores
 * keep it in the case's priority column and list the queue by it, then by arrival.
 */
export function casePriorityOf(fields: Pick<NewCase, 'urgency' | 'crisis'>): number {
  if (fields.crisis !== null || fields.urgency === 'crisis') return 0;
  return fields.urgency === 'urgent' ? 1 : 2;
}
