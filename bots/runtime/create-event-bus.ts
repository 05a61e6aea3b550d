import { createInProcessEventBus } from '../../core/events/in-process-event-bus.js';
import type { EventBus } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import type { PrismaStore } from '../../prisma/store/create-prisma-store.js';
import type { Configuration } from './configuration.js';
import { createPostgresqlEventBus } from './postgresql-event-bus.js';
import { createRedisEventBus, redisChannelFor } from './redis-event-bus.js';
import type { SharedEventBus } from './shared-event-bus.js';

export interface RuntimeEventBus {
  events: EventBus;
  /** `in-process`, or the shared bus that reaches the other instances. */
  kind: 'in-process' | 'postgresql' | 'redis';
  close(): Promise<void>;
}

/** The bus that reaches the other instances, or null when there is none to reach. */
async function createSharedEventBus(configuration: Configuration, store: PrismaStore, logger: Logger, observeLag?: (seconds: number) => void): Promise<{ bus: SharedEventBus; kind: 'postgresql' | 'redis' } | null> {
  const location = parseDatabaseUrl(configuration.DATABASE_URL);
  if (configuration.REDIS_URL) {
    return { kind: 'redis', bus: await createRedisEventBus({ url: configuration.REDIS_URL, channel: redisChannelFor(location), store, logger, observeLag }) };
  }
  if (location.provider === 'postgresql') {
    return { kind: 'postgresql', bus: await createPostgresqlEventBus({ connectionString: location.connectionString, schema: location.schema, store, logger, observeLag }) };
  }
  return null;
}

/**
 * REDIS_URL set: Redis pub/sub on the deployment's channel (derived from DATABASE_URL).
 * Otherwise PostgreSQL: LISTEN/NOTIFY, so several instances behind any load balancer share
 * events (docs/operators/postgresql-and-instances.md "Several instances"). SQLite is one instance: the in-process bus.
 * `EVENT_BUS=in-process` always means in process. An unreachable Redis at start-up throws a
 * ConfigurationError naming REDIS_URL. `observeLag` hears how long other instances' events took to arrive.
 */
export async function createEventBus(configuration: Configuration, store: PrismaStore, logger: Logger, observeLag?: (seconds: number) => void): Promise<RuntimeEventBus> {
  const shared = configuration.EVENT_BUS === 'in-process' ? null : await createSharedEventBus(configuration, store, logger, observeLag);
  if (shared) {
    logger.info({ kind: shared.kind, instanceId: shared.bus.instanceId }, 'shared event bus');
    return { events: shared.bus, kind: shared.kind, close: () => shared.bus.close() };
  }
  const events = createInProcessEventBus((error) => logger.error({ err: error }, 'event listener failed'));
  return { events, kind: 'in-process', close: async () => {} };
}
