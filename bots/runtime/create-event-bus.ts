import { createInProcessEventBus } from '../../core/events/in-process-event-bus.js';
import type { EventBus } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import type { PrismaStore } from '../../prisma/store/create-prisma-store.js';
import type { Configuration } from './configuration.js';
import { createPostgresqlEventBus } from './postgresql-event-bus.js';

export interface RuntimeEventBus {
  events: EventBus;
  /** `in-process`, or the shared bus that reaches the other instances. */
  kind: 'in-process' | 'postgresql';
  close(): Promise<void>;
}

/**
 * PostgreSQL: LISTEN/NOTIFY, so several instances behind any load balancer share events
 * (docs/scale.md). SQLite is one instance: the in-process bus.
 */
export async function createEventBus(configuration: Configuration, store: PrismaStore, logger: Logger): Promise<RuntimeEventBus> {
  const location = parseDatabaseUrl(configuration.DATABASE_URL);
  if (location.provider === 'postgresql' && configuration.EVENT_BUS !== 'in-process') {
    const bus = await createPostgresqlEventBus({ connectionString: location.connectionString, schema: location.schema, store, logger });
    return { events: bus, kind: 'postgresql', close: () => bus.close() };
  }
  const events = createInProcessEventBus((error) => logger.error({ err: error }, 'event listener failed'));
  return { events, kind: 'in-process', close: async () => {} };
}
