import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisChannelFor } from '../../bots/runtime/redis-event-bus.js';
import type { SharedEventBus } from '../../bots/runtime/shared-event-bus.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import { describeWithoutRedis, redisUnreachable, redisUrl, withRedis } from '../runtime/redis-availability.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';
import { carryConversationAcross, startTwoInstances, stopInstances, type Instance } from './web-instance.js';
import { readMetric } from '../support/metric-value.js';

const postgresqlAway = await postgresqlUnreachable();
const redisAway = await redisUnreachable();
const database = freshSchema('inloop_two_redis');
const name = 'two instances on one PostgreSQL with REDIS_URL';

if (postgresqlAway !== null) {
  describeWithoutPostgresql(name, postgresqlAway);
} else if (redisAway !== null) {
  describeWithoutRedis(name, redisAway);
} else {
  describe(`${name}: events over Redis pub/sub`, () => {
    let a: Instance;
    let b: Instance;

    beforeAll(async () => {
      [a, b] = await startTwoInstances(database.databaseUrl, 'bram', { REDIS_URL: redisUrl });
    }, 60_000);

    afterAll(async () => {
      await stopInstances([a, b]);
      await database.drop();
    });

    it('selects the Redis bus on both instances, on the channel of their schema, and no LISTEN connection', async () => {
      const channel = redisChannelFor(parseDatabaseUrl(database.databaseUrl));
      expect(channel).toContain(database.schema);
      const [, subscribers] = await withRedis((client) => client.sendCommand<[string, number]>(['PUBSUB', 'NUMSUB', channel]));
      expect(Number(subscribers)).toBe(2);
      const prefixes = [a, b].map((instance) => `inloop-bus-${(instance.runtime.events as SharedEventBus).instanceId.slice(0, 8)}`);
      const listening = await database.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ANY($1)', [prefixes]);
      expect(listening.rows[0].n).toBe(0);
    });

    it('carries a new case, a claim, and messages both ways between the instances', () => carryConversationAcross(a, b, 'bram'), 30_000);

    it('measures how long the events took to arrive from the other instance (inloop_event_bus_lag_seconds)', async () => {
      for (const instance of [a, b]) {
        expect(await readMetric(instance.runtime, 'inloop_event_bus_lag_seconds_count')).toBeGreaterThan(0);
      }
    });
  });
}
