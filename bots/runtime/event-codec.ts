import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { InloopEvent } from '../../core/ports/event-bus.js';

/** A Date travels as {"$date": "ISO"}; everything else as plain JSON. */
function replaceDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Date ? { $date: original.toISOString() } : value;
}

function reviveDates(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === 'string' && Object.keys(value).length === 1) return new Date(date);
  }
  return value;
}

/** What another instance receives: the full event when it fits, otherwise where to read it. A notification carries one, or a batch of them (encodeBatch). */
export type EventEnvelope =
  | { instance: string; sentAt?: number; event: InloopEvent }
  | { instance: string; sentAt?: number; reference: EventReference };

export type EventReference =
  | { type: 'message-stored'; conversationId: string; ref: ConversationRef; caseId: string | null; messageId: string }
  | { type: 'case-opened'; caseId: string }
  | { type: 'case-updated'; caseId: string; action: (InloopEvent & { type: 'case-updated' })['action']; answered?: (InloopEvent & { type: 'case-updated' })['answered'] }
  // Small and without personal data: it travels as it is.
  | (InloopEvent & { type: 'case-taken-over' });

export function referenceFor(event: InloopEvent): EventReference {
  if (event.type === 'message-stored') {
    return { type: 'message-stored', conversationId: event.conversationId, ref: event.ref, caseId: event.caseId, messageId: event.message.id };
  }
  if (event.type === 'case-opened') return { type: 'case-opened', caseId: event.case.id };
  if (event.type === 'case-taken-over') return event;
  return { type: 'case-updated', caseId: event.case.id, action: event.action, ...(event.answered ? { answered: event.answered } : {}) };
}

export function encodeEnvelope(envelope: EventEnvelope): string {
  return JSON.stringify(envelope, replaceDates);
}

/** Encoded envelopes as one notification: a lone envelope as it is, several as a JSON array of them, in order. */
export function encodeBatch(encodedEnvelopes: readonly string[]): string {
  return encodedEnvelopes.length === 1 ? encodedEnvelopes[0]! : `[${encodedEnvelopes.join(',')}]`;
}

/** The bytes encodeBatch adds around envelopes of these sizes. */
export function batchBytes(envelopeBytes: number, envelopeCount: number): number {
  return envelopeCount <= 1 ? envelopeBytes : envelopeBytes + envelopeCount + 1;
}

/**
 * Whether a notification (one envelope, or a batch of them: one sender's) comes from `instance`,
 * by its first bytes: an instance drops its own echo without parsing it. encodeEnvelope writes
 * `instance` first.
 */
export function isSentBy(text: string, instance: string): boolean {
  const prefix = `{"instance":${JSON.stringify(instance)},`;
  return text.startsWith(prefix) || (text.startsWith('[') && text.startsWith(prefix, 1));
}

const isEnvelope = (value: unknown): value is EventEnvelope =>
  value !== null && typeof value === 'object' && typeof (value as { instance?: unknown }).instance === 'string';

/** The envelopes of a notification, in order: one (the single form) or several (a batch); none when it is not one. */
export function decodeEnvelopes(text: string): EventEnvelope[] {
  try {
    const parsed = JSON.parse(text, reviveDates) as unknown;
    if (Array.isArray(parsed)) return parsed.filter(isEnvelope);
    return isEnvelope(parsed) ? [parsed] : [];
  } catch {
    return [];
  }
}
