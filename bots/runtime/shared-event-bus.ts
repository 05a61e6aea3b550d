import type { CaseStore } from '../../core/ports/case-store.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { EventBus, EventListener, InloopEvent } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { batchBytes, decodeEnvelopes, encodeBatch, encodeEnvelope, isSentBy, referenceFor, type EventEnvelope, type EventReference } from './event-codec.js';
import { withinTime } from './within-time.js';

/** What every shared bus (PostgreSQL, Redis) is given. */
export interface SharedEventBusOptions {
  /** Reads the full event behind a reference (an event too big for one notification). */
  store: Pick<ConversationStore, 'listMessages'> & Pick<CaseStore, 'findCase'>;
  logger: Logger;
  /** Tells this instance's own notifications apart; random by default. */
  instanceId?: string;
  /** Seconds from an event's publication on another instance to its arrival here (the metric inloop_event_bus_lag_seconds). */
  observeLag?: (seconds: number) => void;
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
  if (reference.type === 'case-taken-over') return reference;
  const found = await store.findCase(reference.caseId);
  if (!found) return null;
  return reference.type === 'case-opened' ? { type: 'case-opened', case: found } : { type: 'case-updated', case: found, action: reference.action, ...(reference.answered ? { answered: reference.answered } : {}) };
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
  const receiveEnvelope = (envelope: EventEnvelope) => {
    if (envelope.instance === options.instanceId) return; // our own echo: already delivered locally
    // Wall clocks of two machines: as good as their time synchronisation (NTP keeps it to milliseconds).
    if (typeof envelope.sentAt === 'number') options.observeLag?.((Date.now() - envelope.sentAt) / 1000);
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
  /** One notification: a single envelope or a batch of them, in order. */
  const receive = (payload: string) => {
    if (isSentBy(payload, options.instanceId)) return; // our own echo, not even parsed
    for (const envelope of decodeEnvelopes(payload)) receiveEnvelope(envelope);
  };
  const encode = (event: InloopEvent): string => {
    const sentAt = Date.now();
    const full = encodeEnvelope({ instance: options.instanceId, sentAt, event });
    if (options.maximumPayloadBytes === undefined || Buffer.byteLength(full) <= options.maximumPayloadBytes) return full;
    return encodeEnvelope({ instance: options.instanceId, sentAt, reference: referenceFor(event) } satisfies EventEnvelope);
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

/** How a shared bus sends notifications to the other instances. */
export interface NotificationTransport {
  /** Sends the notifications in this order (each one envelope or a batch); rejects when it could not. */
  send(payloads: string[]): Promise<void>;
  /** Once closed, an event is delivered locally only, and a failed send is no longer logged. */
  isClosed(): boolean;
  /** The error logged when a send fails. */
  failureMessage: string;
  /** After a failed send (to rebuild a connection, say). */
  onFailure?(): void;
  /** The largest notification a batch may make; a single larger envelope still travels alone. */
  maximumBatchBytes: number;
  /** A send that has not finished by then counts as failed (a silent connection); default 5 s. */
  sendTimeoutMilliseconds?: number;
}

const defaultSendTimeoutMilliseconds = 5000;

interface QueuedEvent {
  event: InloopEvent;
  payload: string;
  bytes: number;
}

/** Greedy, in order: as many envelopes per notification as fit within `maximum` bytes. */
function packNotifications(queued: QueuedEvent[], maximum: number): string[] {
  const notifications: string[] = [];
  let group: string[] = [];
  let groupBytes = 0;
  for (const { payload, bytes } of queued) {
    if (group.length > 0 && batchBytes(groupBytes + bytes, group.length + 1) > maximum) {
      notifications.push(encodeBatch(group));
      group = [];
      groupBytes = 0;
    }
    group.push(payload);
    groupBytes += bytes;
  }
  if (group.length > 0) notifications.push(encodeBatch(group));
  return notifications;
}

/**
 * The publishing half every shared bus has in common: an event is delivered here at once, then
 * queued; the queue goes out in order, one send at a time, everything published in the same turn
 * of the event loop (or while a send is in flight) together, packed into as few notifications as
 * fit. publish resolves once its event is delivered here and queued: a turn never waits for the
 * other instances, so a bus connection that goes silent cannot hold up the residents' replies (a
 * send that takes longer than its time-out counts as failed, is logged, and the queue moves on).
 * flush sends what is queued now and resolves when the queue is empty (close calls it, so nothing
 * published is left behind).
 */
export function createBatchingPublisher(fanOut: Pick<ReturnType<typeof createLocalFanOut>, 'deliver' | 'encode'>, logger: Logger, transport: NotificationTransport) {
  let queue: QueuedEvent[] = [];
  let scheduled: ReturnType<typeof setImmediate> | null = null;
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const taken = queue;
      queue = [];
      try {
        await withinTime(() => transport.send(packNotifications(taken, transport.maximumBatchBytes)), transport.sendTimeoutMilliseconds ?? defaultSendTimeoutMilliseconds);
      } catch (error) {
        // Stored already and delivered here; other instances' clients read it from history.
        const types = [...new Set(taken.map((queued) => queued.event.type))];
        if (!transport.isClosed()) logger.error({ err: error, events: taken.length, types }, transport.failureMessage);
        transport.onFailure?.();
      }
    }
  }

  function start(): void {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (draining) return;
    draining = drain().catch(() => undefined); // a failed send is logged in drain
    void draining.then(() => {
      draining = null;
      // Queued after the last round of the loop, before this: not left behind.
      if (queue.length > 0) start();
    });
  }

  return {
    async publish(event: InloopEvent): Promise<void> {
      fanOut.deliver(event);
      if (transport.isClosed()) return;
      const payload = fanOut.encode(event);
      queue.push({ event, payload, bytes: Buffer.byteLength(payload) });
      // A send in flight takes the queue along when it is done.
      if (!draining && !scheduled) scheduled = setImmediate(start);
    },
    async flush(): Promise<void> {
      if (scheduled) start();
      while (draining) await draining;
    },
  };
}
