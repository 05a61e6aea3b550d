import type { CaseStore } from '../../core/ports/case-store.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { EventBus, EventListener, InloopEvent } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { decodeEnvelope, encodeEnvelope, referenceFor, type EventEnvelope, type EventReference } from './event-codec.js';

/** What every shared bus (PostgreSQL, Redis) is given. */
export interface SharedEventBusOptions {
  /** Reads the full event behind a reference (an event too big for one notification). */
  store: Pick<ConversationStore, 'listMessages'> & Pick<CaseStore, 'findCase'>;
  logger: Logger;
  /** Tells this instance's own notifications apart; random by default. */
  instanceId?: string;
}

/** An event bus that reaches the other instances. */
export interface SharedEventBus extends EventBus {
  readonly instanceId: string;
  /** Resolves once this instance listens (and again after a reconnect). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Rebuilds a referenced event from the store; null when it is gone (erased in between). */
export async function resolveReference(reference: EventReference, store: SharedEventBusOptions['store']): Promise<InloopEvent | null> {
  if (reference.type === 'message-stored') {
    const message = (await store.listMessages(reference.conversationId)).find((candidate) => candidate.id === reference.messageId);
    return message ? { type: 'message-stored', conversationId: reference.conversationId, ref: reference.ref, caseId: reference.caseId, message } : null;
  }
  const found = await store.findCase(reference.caseId);
  if (!found) return null;
  return reference.type === 'case-opened' ? { type: 'case-opened', case: found } : { type: 'case-updated', case: found, action: reference.action };
}

/**
 * Local delivery and the receiving half that every shared bus (PostgreSQL, Redis) has in common.
 * `maximumPayloadBytes`: above it an event travels as a reference (PostgreSQL's NOTIFY limit);
 * without it the whole event always travels.
 */
export function createLocalFanOut(options: SharedEventBusOptions & { instanceId: string; maximumPayloadBytes?: number }) {
  const listeners = new Set<EventListener>();
  const deliver = (event: InloopEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        options.logger.error({ err: error }, 'event listener failed');
      }
    }
  };
  // Notifications that need a store read are resolved in arrival order, so a conversation's messages stay in order.
  let pending: Promise<void> = Promise.resolve();
  const receive = (payload: string) => {
    const envelope = decodeEnvelope(payload);
    if (!envelope || envelope.instance === options.instanceId) return; // our own echo: already delivered locally
    if ('event' in envelope) {
      pending = pending.then(() => deliver(envelope.event));
      return;
    }
    pending = pending
      .then(async () => {
        const event = await resolveReference(envelope.reference, options.store);
        if (event) deliver(event);
      })
      .catch((error) => options.logger.error({ err: error }, 'shared event bus: could not resolve an event'));
  };
  const encode = (event: InloopEvent): string => {
    const full = encodeEnvelope({ instance: options.instanceId, event });
    if (options.maximumPayloadBytes === undefined || Buffer.byteLength(full) <= options.maximumPayloadBytes) return full;
    return encodeEnvelope({ instance: options.instanceId, reference: referenceFor(event) } satisfies EventEnvelope);
  };
  return {
    deliver,
    receive,
    encode,
    subscribe(listener: EventListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
