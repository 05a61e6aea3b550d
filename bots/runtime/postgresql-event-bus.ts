import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createBatchingPublisher, createLocalFanOut, type SharedEventBus, type SharedEventBusOptions } from './shared-event-bus.js';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; bigger events travel as a reference, and a batch stops here. */
export const maximumPayloadBytes = 7900;

export interface PostgresqlEventBusOptions extends SharedEventBusOptions {
  /** A pg connection string (without Prisma's ?schema=). */
  connectionString: string;
  /** The schema: instances on one database but different schemas do not hear each other. */
  schema: string;
  reconnectDelayMilliseconds?: number;
}

/** One channel name per schema, within PostgreSQL's 63 characters. */
export function channelForSchema(schema: string): string {
  return `inloop_events_${schema}`.slice(0, 63);
}

/**
 * The event bus for several instances on one PostgreSQL database: local listeners hear an event
 * at once (exactly once), other instances through NOTIFY on one channel and a dedicated LISTEN
 * connection that reconnects. Events published together (in one turn of the event loop, or while
 * a NOTIFY is on its way) share one notification, a JSON array of their envelopes in order, each
 * notification under maximumPayloadBytes; receivers take the single and the batched form. Events
 * sent while an instance is disconnected are not replayed; everything they describe is stored,
 * so a client that reconnects reads it from its history.
 */
export async function createPostgresqlEventBus(options: PostgresqlEventBusOptions): Promise<SharedEventBus> {
  const instanceId = options.instanceId ?? randomUUID();
  const channel = channelForSchema(options.schema);
  const reconnectDelay = options.reconnectDelayMilliseconds ?? 1000;
  const fanOut = createLocalFanOut({ ...options, instanceId, maximumPayloadBytes });
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

  // Events go out batched: one NOTIFY (a round trip and PostgreSQL's commit-time notify lock) carries several.
  const outbox = createBatchingPublisher(fanOut, logger, {
    maximumBatchBytes: maximumPayloadBytes,
    isClosed: () => closed,
    async send(payloads) {
      const client = await publishingClient();
      // Each its own statement (its own transaction): PostgreSQL drops a repeated payload within one
      // transaction. Named, so the connection parses it once.
      for (const payload of payloads) await client.query({ name: 'inloop_notify', text: 'SELECT pg_notify($1, $2)', values: [channel, payload] });
    },
    failureMessage: 'shared event bus: NOTIFY failed',
    onFailure: () => {
      // A connection that failed or went silent is dropped; the next send opens a new one.
      const failed = publisher;
      publisher = null;
      publisherReady = null;
      void failed?.end().catch(() => undefined);
    },
  });

  return {
    instanceId,
    publish: outbox.publish,
    subscribe: fanOut.subscribe,
    ready: () => connecting,
    async close() {
      closed = true;
      await outbox.flush();
      const clients = [listener, publisher].filter((client): client is pg.Client => client !== null);
      listener = null;
      publisher = null;
      await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    },
  };
}
