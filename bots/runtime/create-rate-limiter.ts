import { createHash } from 'node:crypto';
import pg from 'pg';
import { createClient } from 'redis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../core/ports/logger.js';
import type { RateLimitDecision, RateLimiter } from '../../core/ports/rate-limiter.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import { withinTime } from './within-time.js';

/** A store call that takes longer than this counts as "the store is away". */
const storeTimeoutMilliseconds = 1_000;
/** At most one warning per limiter in this time while the shared store is away. */
const warningIntervalMilliseconds = 30_000;

export interface RateLimitSettings {
  /** Attempts allowed in any window of `windowSeconds`. */
  maximum: number;
  windowSeconds: number;
}

export interface RateLimiters {
  /** Where the counts live: shared by the instances (redis, postgresql) or this process only (memory). */
  readonly kind: 'redis' | 'postgresql' | 'memory';
  /** A limiter named `name` (its keys are apart from every other limiter's). */
  create(name: string, settings: RateLimitSettings): RateLimiter;
  close(): Promise<void>;
}

type Counter = (keyPrefix: string, durationSeconds: number) => RateLimiterAbstract;

/** Never refuses by itself (the sliding window decides), so counts are read, not enforced, by the library. */
const uncapped = 2_000_000_000;

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
  withinTime(() => work, storeTimeoutMilliseconds, `rate limit store gave no answer within ${storeTimeoutMilliseconds} ms`);

/**
 * A sliding window from two fixed ones (the estimate Cloudflare and nginx-style limiters use):
 * the count of the current window plus the previous window's count weighted by how much of it
 * still lies inside the last `windowSeconds`. A client that used its whole allowance at the end
 * of one window gets almost nothing at the start of the next, so there is no double burst at a
 * window edge, and no client waits a whole window after one burst. Each window's count is one
 * key in the store, incremented atomically (INCR in Redis, an upsert in PostgreSQL).
 */
function slidingWindow(counter: Counter, name: string, settings: RateLimitSettings, timeout: boolean) {
  const windowMilliseconds = settings.windowSeconds * 1000;
  // Kept two windows, so the previous one can still be read during the current one.
  const counts = counter(name, settings.windowSeconds * 2);
  const call = <T>(work: Promise<T>) => (timeout ? withTimeout(work) : work);
  return async (key: string): Promise<RateLimitDecision> => {
    const now = Date.now();
    const window = Math.floor(now / windowMilliseconds);
    const [current, previous] = await Promise.all([call(counts.penalty(`${key}:${window}`, 1)), call(counts.get(`${key}:${window - 1}`))]);
    const elapsed = (now - window * windowMilliseconds) / windowMilliseconds;
    const previousCount = previous?.consumedPoints ?? 0;
    const estimate = previousCount * (1 - elapsed) + current.consumedPoints;
    if (estimate <= settings.maximum) return { allowed: true, retryAfterSeconds: 0 };
    // Until the previous window's weight has fallen enough, or else the current window has ended.
    const room = settings.maximum - current.consumedPoints;
    const waitFraction = room > 0 && previousCount > 0 ? 1 - room / previousCount - elapsed : 1 - elapsed;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitFraction * settings.windowSeconds)) };
  };
}

const memoryCounter: Counter = (keyPrefix, duration) => new RateLimiterMemory({ keyPrefix, points: uncapped, duration });

/** Keys of one deployment: instances that share DATABASE_URL share them, other deployments on the same Redis do not. */
function deploymentPrefix(databaseUrl: string): string {
  const location = parseDatabaseUrl(databaseUrl);
  const where = location.provider === 'postgresql' ? `${location.connectionString}#${location.schema}` : location.filePath;
  return `inloop:rate:${createHash('sha256').update(where).digest('hex').slice(0, 16)}`;
}

/**
 * The rate limiters of one instance: Redis when REDIS_URL is set, else the `rate_limits` table
 * on a PostgreSQL DATABASE_URL, else in process (one instance on SQLite). When the shared store
 * does not answer (down, or slower than a second), the attempt is counted in process instead
 * and a warning logged: the limit then holds per instance until the store is back, and a
 * resident is never refused because a counter could not be read.
 */
export async function createRateLimiters(
  configuration: { DATABASE_URL: string; REDIS_URL?: string },
  logger: Logger,
): Promise<RateLimiters> {
  const prefix = deploymentPrefix(configuration.DATABASE_URL);
  const location = parseDatabaseUrl(configuration.DATABASE_URL);
  let kind: RateLimiters['kind'] = 'memory';
  let shared: Counter | null = null;
  let close = async () => {};

  if (configuration.REDIS_URL) {
    kind = 'redis';
    // No offline queue: while Redis is away a call fails at once (and falls back) instead of waiting.
    const client = createClient({ url: configuration.REDIS_URL, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: () => 1_000 } });
    client.on('error', () => {}); // reported by the limiter that falls back
    await withTimeout(client.connect()).catch((error: unknown) => logger.warn({ err: error }, 'rate limits: Redis not reachable yet, counting in process'));
    shared = (keyPrefix, duration) =>
      new RateLimiterRedis({ storeClient: client, useRedisPackage: true, rejectIfRedisNotReady: true, keyPrefix: `${prefix}:${keyPrefix}`, points: uncapped, duration });
    close = async () => {
      client.destroy();
    };
  } else if (location.provider === 'postgresql') {
    kind = 'postgresql';
    const pool = new pg.Pool({ connectionString: location.connectionString, max: 4, connectionTimeoutMillis: storeTimeoutMilliseconds });
    pool.on('error', () => {}); // an idle connection that died; the next query reconnects
    // The table comes with the migrations (rate-limiter-flexible's layout), in DATABASE_URL's schema.
    shared = (keyPrefix, duration) =>
      new RateLimiterPostgres({
        storeClient: pool, storeType: 'pool', tableName: 'rate_limits', schemaName: location.schema, tableCreated: true,
        clearExpiredByTimeout: true, keyPrefix, points: uncapped, duration,
      });
    close = () => pool.end();
  }

  return {
    kind,
    create(name, settings) {
      const local = slidingWindow(memoryCounter, name, settings, false);
      if (!shared) return { consume: local };
      const remote = slidingWindow(shared, name, settings, true);
      let lastWarning = 0;
      return {
        async consume(key) {
          try {
            return await remote(key);
          } catch (error) {
            if (Date.now() - lastWarning > warningIntervalMilliseconds) {
              lastWarning = Date.now();
              logger.warn({ limiter: name, store: kind, reason: (error as Error).message }, 'rate limits: shared store away, counting in process');
            }
            return local(key);
          }
        },
      };
    },
    close,
  };
}
