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

/** What another instance receives: the full event when it fits, otherwise where to read it. */
export type EventEnvelope =
  | { instance: string; event: InloopEvent }
  | { instance: string; reference: EventReference };

export type EventReference =
  | { type: 'message-stored'; conversationId: string; ref: ConversationRef; caseId: string | null; messageId: string }
  | { type: 'case-opened'; caseId: string }
  | { type: 'case-updated'; caseId: string; action: (InloopEvent & { type: 'case-updated' })['action'] };

export function referenceFor(event: InloopEvent): EventReference {
  if (event.type === 'message-stored') {
    return { type: 'message-stored', conversationId: event.conversationId, ref: event.ref, caseId: event.caseId, messageId: event.message.id };
  }
  if (event.type === 'case-opened') return { type: 'case-opened', caseId: event.case.id };
  return { type: 'case-updated', caseId: event.case.id, action: event.action };
}

export function encodeEnvelope(envelope: EventEnvelope): string {
  return JSON.stringify(envelope, replaceDates);
}

export function decodeEnvelope(text: string): EventEnvelope | null {
  try {
    const parsed = JSON.parse(text, reviveDates) as EventEnvelope;
    return parsed && typeof parsed === 'object' && typeof parsed.instance === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
