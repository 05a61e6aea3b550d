import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRateLimiters } from '../../bots/runtime/create-rate-limiter.js';
import type { Logger } from '../../core/ports/logger.js';
import { createCuttableRelay, describeWithoutRedis, redisUnreachable, redisUrl } from '../runtime/redis-availability.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from '../scale/postgresql-schema.js';
import { createTestDatabase } from '../support/test-runtime.js';
import { createWebClient } from '../web/web-client.js';
import { startResidentServer, type ResidentServer } from './resident-server.js';

// Issue 13, point 8: login and message limits were counted per process, so N instances allowed
// N times as much, and the fixed window allowed a double burst at its edge. Now the counts live
// where the instances meet (Redis, else PostgreSQL's rate_limits table) over a sliding window.
const postgresqlAway = await postgresqlUnreachable();
const redisAway = await redisUnreachable();

/** Alternates requests between the instances; returns the statuses in order. */
async function alternate(instances: ResidentServer[], count: number, send: (instance: ResidentServer) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1) statuses.push(await send(instances[index % instances.length]!));
  return statuses;
}

const newSession = (instance: ResidentServer) => fetch(`${instance.baseUrl}/api/chat/sessions`, { method: 'POST' }).then((response) => response.status);
const login = (instance: ResidentServer) =>
  fetch(`${instance.baseUrl}/api/inbox/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'not the password' }),
  }).then((response) => response.status);

function sharesOneLimit(store: 'postgresql' | 'redis', environment: () => Record<string, string>) {
  const database = freshSchema(`inloop_rate_${store}`);
  let instances: ResidentServer[] = [];

  beforeAll(async () => {
    const limits = { sessionsPerMinute: 6, loginsPerMinute: 4, messagesPerMinute: 1000, messagesPerConversationPerMinute: 5 };
    instances = [await startResidentServer(database.databaseUrl, environment(), limits), await startResidentServer(database.databaseUrl, environment(), limits)];
  }, 60_000);
  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await database.drop();
  });

  it(`counts in ${store} on both instances`, () => {
    expect(instances.map((instance) => instance.runtime.rateLimiters.kind)).toEqual([store, store]);
  });

  it('allows six new sessions per address across two instances, not six each', async () => {
    const statuses = await alternate(instances, 12, newSession);
    expect(statuses.filter((status) => status === 201)).toHaveLength(6);
    expect(statuses.slice(6)).toEqual([429, 429, 429, 429, 429, 429]);
  });

  it('allows four login attempts per address across two instances', async () => {
    const statuses = await alternate(instances, 8, login);
    expect(statuses.slice(0, 4).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
  });

  it('allows five messages per conversation across two instances', async () => {
    // The session limit above is spent for this address; this conversation comes from the store's own write path.
    const { conversationRefForToken, createResidentToken } = await import('../../bots/web/resident-token.js');
    const token = createResidentToken();
    await instances[0]!.runtime.store.openConversation(conversationRefForToken(token), new Date());
    const statuses = await alternate(instances, 8, async (instance) => (await createWebClient(instance.baseUrl).say(token, 'Ik heb een vraag over de huur')).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  }, 30_000);
}

if (postgresqlAway !== null) describeWithoutPostgresql('rate limits shared on PostgreSQL', postgresqlAway);
else describe('two instances on one PostgreSQL share one limit', () => sharesOneLimit('postgresql', () => ({})));

if (postgresqlAway !== null) describeWithoutPostgresql('rate limits shared on Redis', postgresqlAway);
else if (redisAway !== null) describeWithoutRedis('rate limits shared on Redis', redisAway);
else describe('two instances with REDIS_URL share one limit', () => sharesOneLimit('redis', () => ({ REDIS_URL: redisUrl })));

describe('the sliding window', () => {
  afterEach(() => vi.useRealTimers());

  it('allows no second burst just after a window edge, and recovers as the window slides', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const database = createTestDatabase();
    const limiters = await createRateLimiters({ DATABASE_URL: database.url }, { info() {}, warn() {}, error() {} });
    expect(limiters.kind).toBe('memory');
    const limiter = limiters.create('burst', { maximum: 10, windowSeconds: 60 });
    const windowStart = Math.ceil(Date.now() / 60_000) * 60_000;
    vi.setSystemTime(windowStart + 59_000);
    const burst = await Promise.all(Array.from({ length: 10 }, () => limiter.consume('address')));
    expect(burst.every((decision) => decision.allowed)).toBe(true);
    // Two seconds later a fixed window would have started afresh with ten more.
    vi.setSystemTime(windowStart + 61_000);
    const edge = await limiter.consume('address');
    expect(edge.allowed).toBe(false);
    expect(edge.retryAfterSeconds).toBeGreaterThan(0);
    // Most of a minute after the burst, room again.
    vi.setSystemTime(windowStart + 115_000);
    expect((await limiter.consume('address')).allowed).toBe(true);
    await limiters.close();
    database.remove();
  });
});

if (redisAway === null) {
  describe('when the shared store is away', () => {
    it('still answers (counting in process) and says so in the log', async () => {
      const relay = await createCuttableRelay();
      const warnings: string[] = [];
      const logger: Logger = { info() {}, error() {}, warn: (_details, message) => warnings.push(message ?? '') };
      const limiters = await createRateLimiters({ DATABASE_URL: 'file:/tmp/inloop-rate-away.db', REDIS_URL: relay.url }, logger);
      try {
        const limiter = limiters.create('away', { maximum: 2, windowSeconds: 60 });
        expect((await limiter.consume('resident')).allowed).toBe(true);
        await relay.cut();
        const decisions = await Promise.all([1, 2, 3].map(() => limiter.consume('resident')));
        expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false]);
        expect(warnings.some((warning) => /shared store away/.test(warning))).toBe(true);
      } finally {
        await limiters.close();
        await relay.close();
      }
    });
  });
}
