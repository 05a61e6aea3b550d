import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { Logger } from '../../core/ports/logger.js';
import type { DatabaseLocation } from '../../prisma/store/parse-database-url.js';
import { runLeaderElection, type ElectionTiming, type LeaderElection, type Lease } from './leader-election.js';
import { redisChannelFor } from './redis-event-bus.js';

export interface RedisLeaderElectionOptions {
  /** REDIS_URL. */
  url: string;
  /** The key (`redisLeaderKeyFor`): one per deployment and role. */
  key: string;
  role: string;
  logger: Logger;
  /** How long a lease lasts without renewal; 10 s by default. */
  ttlMilliseconds?: number;
  timing?: Partial<ElectionTiming>;
}

/** The role's key for the deployment whose events travel on `redisChannelFor(location)`. */
export function redisLeaderKeyFor(location: DatabaseLocation, role: string): string {
  return `inloop:leader:${role}:${redisChannelFor(location).replace(/^inloop:events:/, '')}`;
}

/** Extends the lease only while it is still this instance's (its token); 1 when extended. */
const extendIfHeld = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
/** Deletes the key only while it is still this instance's. */
const deleteIfHeld = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Leader election on Redis: the leader holds `SET key token NX PX ttl` and extends it with a
 * check-and-extend script every ttl/5; the others try again every few seconds and take over
 * once the key has expired (at most the TTL after the holder vanished) or was released on close.
 * The holder steps down when its connection drops or a renewal fails, says no, or does not come
 * back within ttl/5. A renewal goes out at most 2·ttl/5 after the last one that succeeded, so
 * the holder has stepped down by 3·ttl/5 after it, before the key can expire.
 */
export function createRedisLeaderElection(options: RedisLeaderElectionOptions): Promise<LeaderElection> {
  const { url, key, role, logger } = options;
  const ttl = options.ttlMilliseconds ?? 10_000;
  const timing: ElectionTiming = { retryMilliseconds: 3000, confirmMilliseconds: ttl / 5, timeoutMilliseconds: ttl / 5, ...options.timing };
  if (timing.confirmMilliseconds + 2 * timing.timeoutMilliseconds >= ttl) throw new Error('leader election: renew and time out well within the TTL');
  const token = randomUUID();
  const connectionName = `inloop-leader-${role}-${token.slice(0, 8)}`;

  return runLeaderElection({ role, logger, timing }, (lost): Lease => {
    const client = createClient({
      url,
      name: connectionName,
      // A renewal while the connection is down fails at once instead of waiting in a queue.
      disableOfflineQueue: true,
      socket: { reconnectStrategy: () => timing.retryMilliseconds, connectTimeout: timing.timeoutMilliseconds },
    });
    client.on('error', () => {}); // told by the failed calls, logged once by the election
    client.on('end', lost);
    client.on('reconnecting', lost);
    const connecting = client.connect().catch(() => undefined);
    const ready = async () => {
      if (!client.isReady) await connecting;
      if (!client.isReady) throw new Error('Redis not connected');
    };
    const extend = async () => Number(await client.eval(extendIfHeld, { keys: [key], arguments: [token, String(ttl)] })) === 1;

    return {
      connectionName,
      async acquire() {
        await ready();
        const set = await client.set(key, token, { condition: 'NX', expiration: { type: 'PX', value: ttl } });
        // Not set: maybe the key is still ours (a blip of the connection, a late answer).
        return set === 'OK' || (await extend());
      },
      async confirm() {
        await ready();
        return extend();
      },
      async release() {
        await client.eval(deleteIfHeld, { keys: [key], arguments: [token] });
      },
      reset() {
        // node-redis reconnects by itself; the key, if still ours, expires or is extended again.
      },
      async close() {
        client.off('end', lost);
        client.off('reconnecting', lost);
        if (client.isReady) await client.close().catch(() => client.destroy());
        else client.destroy();
      },
    };
  });
}
