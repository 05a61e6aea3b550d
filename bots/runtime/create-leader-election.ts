import type { Logger } from '../../core/ports/logger.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import type { Configuration } from './configuration.js';
import type { RuntimeEventBus } from './create-event-bus.js';
import { createSingleInstanceElection, type LeaderElection } from './leader-election.js';
import { createPostgresqlLeaderElection } from './postgresql-leader-election.js';
import { createRedisLeaderElection, redisLeaderKeyFor } from './redis-leader-election.js';

/** Roles that run on one instance only. */
export type LeaderRole = 'slack-desk' | 'telegram-polling' | 'retention' | 'follow-up';

export interface LeaderElections {
  /** A new election for the role; the caller closes it when done, the runtime closes every one again (closing twice is harmless). */
  elect(role: LeaderRole): Promise<LeaderElection>;
  close(): Promise<void>;
}

/**
 * Elections chosen like the event bus (`kind`): with the Redis bus a Redis lease, with the
 * PostgreSQL bus an advisory lock, in process (SQLite, `EVENT_BUS=in-process`) this instance
 * leads every role at once.
 */
export function createLeaderElections(configuration: Configuration, kind: RuntimeEventBus['kind'], logger: Logger): LeaderElections {
  const open = new Set<LeaderElection>();
  const location = parseDatabaseUrl(configuration.DATABASE_URL);

  async function start(role: LeaderRole): Promise<LeaderElection> {
    if (kind === 'redis' && configuration.REDIS_URL) {
      return createRedisLeaderElection({ url: configuration.REDIS_URL, key: redisLeaderKeyFor(location, role), role, logger });
    }
    if (kind === 'postgresql' && location.provider === 'postgresql') {
      return createPostgresqlLeaderElection({ connectionString: location.connectionString, schema: location.schema, role, logger });
    }
    return createSingleInstanceElection(role);
  }

  return {
    async elect(role) {
      const election = await start(role);
      open.add(election);
      return election;
    },
    async close() {
      await Promise.all([...open].map((election) => election.close()));
      open.clear();
    },
  };
}
