import { createHash, randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { ConfigurationError } from '../../core/errors.js';
import type { DatabaseLocation } from '../../prisma/store/parse-database-url.js';
import { createBatchingPublisher, createLocalFanOut, type SharedEventBus, type SharedEventBusOptions } from './shared-event-bus.js';

/** Redis takes messages of any size; a batch of events stops growing here (a single larger event travels alone). */
const maximumBatchBytes = 64 * 1024;

export interface RedisEventBusOptions extends SharedEventBusOptions {
  /** REDIS_URL: `redis://…` or `rediss://…` (TLS). */
  url: string;
  /** One channel per deployment (`redisChannelFor`): deployments on one Redis do not hear each other. */
  channel: string;
  /** Pause between reconnect attempts; 1 s by default. */
  reconnectDelayMilliseconds?: number;
  /** Connection attempts at start-up before giving up with a ConfigurationError; 3 by default. */
  startupAttempts?: number;
}

/**
 * The deployment's channel, derived from DATABASE_URL: instances that share a database share
 * the channel. PostgreSQL: host, port, database and schema; SQLite: a hash of the file's path.
 */
export function redisChannelFor(location: DatabaseLocation): string {
  if (location.provider === 'postgresql') {
    const url = new URL(location.connectionString);
    return `inloop:events:${url.hostname}:${url.port || '5432'}/${decodeURIComponent(url.pathname.slice(1))}/${location.schema}`;
  }
  return `inloop:events:sqlite:${createHash('sha256').update(location.filePath).digest('hex').slice(0, 16)}`;
}

/** REDIS_URL with its password masked, for messages and logs. */
export function redisUrlForDisplay(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/** A connection error's words; Node's AggregateError (IPv4 and IPv6 both refused) has only a code. */
function reasonOf(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: string; code?: string };
  return message || code || String(error);
}

/**
 * The event bus for several instances over Redis pub/sub: local listeners hear an event at once
 * (exactly once), other instances through PUBLISH on the deployment's channel. A connection in
 * subscribe mode cannot publish, so there are two: a subscriber that node-redis reconnects and
 * resubscribes after a loss, and a publisher whose commands keep their order. The whole event
 * always travels (Redis has no NOTIFY-sized limit). Events published while an instance is
 * disconnected are not replayed: everything they describe is stored, and a client that
 * reconnects reads it from its history.
 *
 * Start-up fails with a ConfigurationError naming REDIS_URL when Redis cannot be reached within
 * `startupAttempts`; once running, the bus retries for as long as it takes.
 */
export async function createRedisEventBus(options: RedisEventBusOptions): Promise<SharedEventBus> {
  const instanceId = options.instanceId ?? randomUUID();
  const { channel, logger } = options;
  const reconnectDelay = options.reconnectDelayMilliseconds ?? 1000;
  const startupAttempts = options.startupAttempts ?? 3;
  const fanOut = createLocalFanOut({ ...options, instanceId });
  let started = false;
  let closed = false;

  const newClient = (role: 'subscriber' | 'publisher') => {
    const client = createClient({
      url: options.url,
      // Shows in CLIENT LIST, so an operator can tell the bus's connections apart.
      name: `inloop-bus-${instanceId.slice(0, 8)}-${role}`,
      // A publish while the connection is down fails at once (and is logged) instead of queueing.
      disableOfflineQueue: role === 'publisher',
      socket: {
        reconnectStrategy: (retries, cause) => {
          if (started) return reconnectDelay;
          if (retries + 1 >= startupAttempts) return cause;
          logger.warn({ role, attempt: retries + 1, reason: reasonOf(cause) }, 'shared event bus: cannot reach Redis yet, retrying');
          return reconnectDelay;
        },
      },
    });
    client.on('error', (error: unknown) => {
      if (started && !closed) logger.warn({ err: error, role }, 'shared event bus: Redis connection error');
    });
    return client;
  };

  const subscriber = newClient('subscriber');
  const publisher = newClient('publisher');
  try {
    await Promise.all([subscriber.connect(), publisher.connect()]);
    await subscriber.subscribe(channel, (message) => fanOut.receive(message));
  } catch (error) {
    subscriber.destroy();
    publisher.destroy();
    // node-redis wraps the last socket error when the reconnect strategy gives up.
    const cause = (error as { socketError?: unknown }).socketError ?? error;
    throw new ConfigurationError(`REDIS_URL: cannot reach Redis at ${redisUrlForDisplay(options.url)} (${reasonOf(cause)})`, { cause: error });
  }
  started = true;
  logger.info({ channel, redis: redisUrlForDisplay(options.url) }, 'shared event bus: subscribed to Redis');

  // ready(): settled while subscribed; pending from a lost subscriber connection until node-redis
  // has reconnected and resubscribed (it emits 'ready' only after that).
  let listening: Promise<void> = Promise.resolve();
  let markListening: (() => void) | null = null;
  subscriber.on('reconnecting', () => {
    if (closed || markListening) return;
    listening = new Promise((resolve) => {
      markListening = resolve;
    });
    logger.warn({ channel }, 'shared event bus: Redis subscriber connection lost, reconnecting');
  });
  subscriber.on('ready', () => {
    if (!markListening) return;
    markListening();
    markListening = null;
    logger.info({ channel }, 'shared event bus: subscribed to Redis again');
  });

  // Events published together go out as one message (one PUBLISH, one delivery per subscriber).
  const outbox = createBatchingPublisher(fanOut, logger, {
    maximumBatchBytes,
    isClosed: () => closed,
    async send(payloads) {
      await Promise.all(payloads.map((payload) => publisher.publish(channel, payload)));
    },
    failureMessage: 'shared event bus: Redis PUBLISH failed',
  });

  return {
    instanceId,
    publish: outbox.publish,
    subscribe: fanOut.subscribe,
    ready: () => listening,
    async close() {
      if (closed) return;
      closed = true;
      markListening?.();
      subscriber.destroy();
      await outbox.flush();
      // Publishes already sent are let out (for a moment: a silent connection never answers);
      // a publisher that is down is simply dropped.
      if (publisher.isReady) {
        const closing = publisher.close().catch(() => undefined);
        const patience = new Promise((resolve) => setTimeout(resolve, 2000).unref());
        await Promise.race([closing, patience]);
      }
      publisher.destroy();
    },
  };
}
