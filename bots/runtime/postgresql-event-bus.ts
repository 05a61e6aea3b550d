import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CaseStore } from '../../core/ports/case-store.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { EventBus, EventListener, InloopEvent } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { decodeEnvelope, encodeEnvelope, referenceFor, type EventEnvelope, type EventReference } from './event-codec.js';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; bigger events travel as a reference. */
export const maximumPayloadBytes = 7900;

export interface SharedEventBusOptions {
  /** Reads the full event behind a reference (an event too big for one notification). */
  store: Pick<ConversationStore, 'listMessages'> & Pick<CaseStore, 'findCase'>;
  logger: Logger;
  /** Tells this instance's own notifications apart; random by default. */
  instanceId?: string;
}

export interface PostgresqlEventBusOptions extends SharedEventBusOptions {
  /** A pg connection string (without Prisma's ?schema=). */
  connectionString: string;
  /** The schema: instances on one database but different schemas do not hear each other. */
  schema: string;
  reconnectDelayMilliseconds?: number;
}

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

/** Local delivery and the receiving half that every shared bus (PostgreSQL, Redis) has in common. */
export function createLocalFanOut(options: SharedEventBusOptions & { instanceId: string }) {
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
    if (Buffer.byteLength(full) <= maximumPayloadBytes) return full;
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

/** One channel name per schema, within PostgreSQL's 63 characters. */
export function channelForSchema(schema: string): string {
  return `inloop_events_${schema}`.slice(0, 63);
}

/**
 * The event bus for several instances on one PostgreSQL database: local listeners hear an event
 * at once (exactly once), other instances through NOTIFY on one channel and a dedicated LISTEN
 * connection that reconnects. Events sent while an instance is disconnected are not replayed;
 * everything they describe is stored, so a client that reconnects reads it from its history.
 */
export async function createPostgresqlEventBus(options: PostgresqlEventBusOptions): Promise<SharedEventBus> {
  const instanceId = options.instanceId ?? randomUUID();
  const channel = channelForSchema(options.schema);
  const reconnectDelay = options.reconnectDelayMilliseconds ?? 1000;
  const fanOut = createLocalFanOut({ ...options, instanceId });
  const { logger } = options;
  let closed = false;
  let listener: pg.Client | null = null;
  let publisher: pg.Client | null = null;
  let connecting: Promise<void> = Promise.resolve();

  const newClient = () => {
    const client = new pg.Client({ connectionString: options.connectionString, application_name: `inloop-bus-${instanceId.slice(0, 8)}` });
    client.on('error', (error) => logger.warn({ err: error }, 'shared event bus: connection error'));
    return client;
  };

  async function listen(): Promise<void> {
    while (!closed) {
      const client = newClient();
      try {
        await client.connect();
        client.on('notification', (message) => {
          if (message.channel === channel && message.payload) fanOut.receive(message.payload);
        });
        await client.query(`LISTEN "${channel}"`);
        client.once('end', () => {
          if (listener !== client || closed) return;
          listener = null;
          logger.warn({ channel }, 'shared event bus: LISTEN connection lost, reconnecting');
          connecting = new Promise((resolve) => setTimeout(resolve, reconnectDelay)).then(listen);
        });
        listener = client;
        return;
      } catch (error) {
        logger.warn({ err: error }, 'shared event bus: cannot LISTEN yet, retrying');
        await client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, reconnectDelay));
      }
    }
  }

  // One publishing connection keeps the order of notifications; it is rebuilt after a failure.
  let publisherReady: Promise<pg.Client> | null = null;
  function publishingClient(): Promise<pg.Client> {
    if (!publisherReady) {
      const client = newClient();
      publisherReady = client.connect().then(() => {
        publisher = client;
        client.once('end', () => {
          if (publisher === client) {
            publisher = null;
            publisherReady = null;
          }
        });
        return client;
      });
      publisherReady.catch(() => {
        publisherReady = null;
      });
    }
    return publisherReady;
  }

  connecting = listen();
  await connecting;

  return {
    instanceId,
    async publish(event) {
      fanOut.deliver(event);
      if (closed) return;
      try {
        const client = await publishingClient();
        await client.query('SELECT pg_notify($1, $2)', [channel, fanOut.encode(event)]);
      } catch (error) {
        // Stored already and delivered here; other instances' clients read it from history.
        logger.error({ err: error, type: event.type }, 'shared event bus: NOTIFY failed');
        publisherReady = null;
      }
    },
    subscribe: fanOut.subscribe,
    ready: () => connecting,
    async close() {
      closed = true;
      const clients = [listener, publisher].filter((client): client is pg.Client => client !== null);
      listener = null;
      publisher = null;
      await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    },
  };
}
