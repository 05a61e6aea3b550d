import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../../core/ports/logger.js';
import { runLeaderElection, type ElectionTiming, type LeaderElection, type Lease } from './leader-election.js';

export interface PostgresqlLeaderElectionOptions {
  /** A pg connection string (without Prisma's ?schema=). */
  connectionString: string;
  /** Instances on other schemas of the same database elect apart. */
  schema: string;
  role: string;
  logger: Logger;
  timing?: Partial<ElectionTiming>;
}

/** 3 s between attempts to take over, a confirmation every 2 s that must answer within 2 s. */
export const postgresqlElectionTiming: ElectionTiming = { retryMilliseconds: 3000, confirmMilliseconds: 2000, timeoutMilliseconds: 2000 };

/** The advisory lock's key: 64 bits of a hash of schema and role (the migration lock is a small constant). */
export function advisoryLockKey(schema: string, role: string): string {
  return createHash('sha256').update(`inloop-leader\0${schema}\0${role}`).digest().readBigInt64BE(0).toString();
}

/**
 * Leader election on PostgreSQL: the leader holds a session-level `pg_try_advisory_lock` on a
 * connection of its own; the others try again every few seconds. PostgreSQL frees the lock when
 * the holder's session ends: closed, terminated (`pg_terminate_backend`), or its process killed.
 * The session asks the server for TCP keepalives, so a holder whose machine vanished is noticed
 * within about 25 s. The holder confirms its session every 2 s and steps down as soon as the
 * connection errors, ends, or a confirmation does not come back in time: while the server still
 * holds the lock for it, no other instance can take the role.
 */
export function createPostgresqlLeaderElection(options: PostgresqlLeaderElectionOptions): Promise<LeaderElection> {
  const { connectionString, role, logger } = options;
  const key = advisoryLockKey(options.schema, role);
  const connectionName = `inloop-leader-${role}-${randomUUID().slice(0, 8)}`.slice(0, 63);
  const timing = { ...postgresqlElectionTiming, ...options.timing };

  return runLeaderElection({ role, logger, timing }, (lost): Lease => {
    let client: pg.Client | null = null;

    const drop = (target: pg.Client) => {
      // end() waits for the server's goodbye, which a dead connection never sends: the socket goes at once.
      void target.end().catch(() => undefined);
      (target as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    };

    async function connection(): Promise<pg.Client> {
      if (client) return client;
      const next = new pg.Client({ connectionString, application_name: connectionName, keepAlive: true, connectionTimeoutMillis: timing.timeoutMilliseconds });
      const onLost = () => {
        if (client !== next) return;
        client = null;
        lost();
      };
      next.on('error', (error) => {
        if (client === next) logger.warn({ err: error, role }, 'leader election: PostgreSQL connection error');
        onLost();
      });
      next.once('end', onLost);
      try {
        await next.connect();
        // The server notices a vanished holder after about 10 + 3 × 5 s and frees the lock.
        await next.query('SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3');
      } catch (error) {
        drop(next);
        throw error;
      }
      client = next;
      return next;
    }

    return {
      connectionName,
      async acquire() {
        const result = await (await connection()).query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
        return result.rows[0]?.locked === true;
      },
      async confirm() {
        if (!client) return false;
        // The lock lives as long as the session: a session that answers still holds it.
        await client.query('SELECT 1');
        return true;
      },
      async release() {
        await client?.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      },
      reset() {
        const current = client;
        client = null;
        if (current) drop(current);
      },
      async close() {
        // Kept until ended, so that a close that times out can still drop it (reset).
        const current = client;
        await current?.end();
        if (client === current) client = null;
      },
    };
  });
}
