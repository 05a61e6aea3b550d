import { createServer } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { channelForSchema, createPostgresqlEventBus, maximumPayloadBytes } from '../../bots/runtime/postgresql-event-bus.js';
import { encodeEnvelope } from '../../bots/runtime/event-codec.js';
import { createRedisEventBus, redisChannelFor, type RedisEventBusOptions } from '../../bots/runtime/redis-event-bus.js';
import type { SharedEventBus } from '../../bots/runtime/shared-event-bus.js';
import { createInProcessEventBus } from '../../core/events/in-process-event-bus.js';
import { ConfigurationError } from '../../core/errors.js';
import { silentLogger, type Logger } from '../../core/ports/logger.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import { describeWithoutPostgresql, freshSchema, postgresqlBaseUrl, postgresqlUnreachable } from '../scale/postgresql-schema.js';
import { createTestDatabase, createTestRuntime, mondayMorning } from '../support/test-runtime.js';
import { defineEventBusContract, emptyStore, listenTo, someEvents, type ContractStore } from './event-bus-contract.js';
import { createCuttableRelay, describeWithoutRedis, freshChannel, killSubscriberConnections, redisUnreachable, redisUrl, withRedis } from './redis-availability.js';

defineEventBusContract('in-process', { open: async () => createInProcessEventBus() });

const postgresqlAway = await postgresqlUnreachable();
if (postgresqlAway === null) {
  // The bus needs only the schema's name (its channel), not the schema itself.
  const postgresqlBus = (databaseUrl: string) => {
    const location = parseDatabaseUrl(databaseUrl);
    if (location.provider !== 'postgresql') throw new Error('expected a PostgreSQL URL');
    return (store: ContractStore = emptyStore) => createPostgresqlEventBus({ connectionString: location.connectionString, schema: location.schema, store, logger: silentLogger });
  };
  defineEventBusContract('PostgreSQL LISTEN/NOTIFY', {
    open: postgresqlBus(freshSchema('inloop_bus').databaseUrl),
    openElsewhere: postgresqlBus(freshSchema('inloop_bus_other').databaseUrl),
  });

  describe('PostgreSQL event bus notifications', () => {
    const { schema, databaseUrl } = freshSchema('inloop_bus_batch');
    const opened: Array<{ close(): Promise<void> }> = [];
    const keep = <T extends { close(): Promise<void> }>(closable: T) => (opened.push(closable), closable);
    afterEach(async () => {
      for (const closable of opened.splice(0).reverse()) await closable.close();
    });

    /** What PostgreSQL delivers on the schema's channel, seen by a plain LISTEN connection. */
    async function rawListener() {
      const client = new pg.Client({ connectionString: postgresqlBaseUrl });
      await client.connect();
      const payloads: string[] = [];
      client.on('notification', (message) => payloads.push(message.payload ?? ''));
      await client.query(`LISTEN "${channelForSchema(schema)}"`);
      keep({ close: () => client.end() });
      return { payloads, notify: (payload: string) => client.query('SELECT pg_notify($1, $2)', [channelForSchema(schema), payload]) };
    }

    it('packs events published at once into a few notifications, each under the limit', async () => {
      const raw = await rawListener();
      const a = keep(await postgresqlBus(databaseUrl)());
      const events = someEvents(50);
      await Promise.all(events.map((event) => a.publish(event)));
      await eventually(async () => raw.payloads.join('').split('"instance"').length - 1 >= events.length, 3000);
      expect(raw.payloads.length).toBeLessThan(events.length / 5);
      for (const payload of raw.payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(maximumPayloadBytes);
      expect(raw.payloads.length).toBeGreaterThan(1); // 50 events do not fit one
    });

    it('hears the single form of an older instance, and skips what is not an envelope', async () => {
      const raw = await rawListener();
      const b = keep(await postgresqlBus(databaseUrl)());
      const onB = listenTo(b);
      const [single, inBatch] = someEvents(2, 600);
      await raw.notify('not json');
      await raw.notify('[1, {"no": "instance"}]');
      await raw.notify(encodeEnvelope({ instance: 'older-instance', event: single! }));
      await raw.notify(`[${encodeEnvelope({ instance: 'newer-instance', event: inBatch! })}, 7]`);
      await onB.until((heard) => heard.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(onB.heard).toEqual([single, inBatch]);
    });
  });
} else {
  describeWithoutPostgresql('EventBus contract: PostgreSQL LISTEN/NOTIFY', postgresqlAway);
}

/** A logger that keeps what was said, to see a failure logged instead of thrown. */
function recordingLogger() {
  const lines: Array<{ level: string; message: string | undefined }> = [];
  const logger: Logger = {
    info: (_details, message) => void lines.push({ level: 'info', message }),
    warn: (_details, message) => void lines.push({ level: 'warn', message }),
    error: (_details, message) => void lines.push({ level: 'error', message }),
  };
  return { logger, lines };
}

const redisBus = (options: Partial<RedisEventBusOptions> & { channel: string }) =>
  createRedisEventBus({ url: redisUrl, store: emptyStore, logger: silentLogger, reconnectDelayMilliseconds: 100, ...options });

/** Whether ready() is settled now (listening) or still waits for a reconnect. */
const readiness = (bus: SharedEventBus) =>
  Promise.race([bus.ready().then(() => 'listening' as const), new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 30))]);

async function eventually(check: () => Promise<boolean>, timeoutMilliseconds = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Publishes fresh events on `from` until `to` hears one: the way back after a reconnect. */
async function probeUntilHeard(from: SharedEventBus, to: SharedEventBus): Promise<void> {
  const onTo = listenTo(to);
  let next = 1000;
  await eventually(async () => {
    await from.publish(someEvents(1, (next += 1))[0]!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return onTo.heard.length > 0;
  });
  onTo.stop();
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('Redis event bus start-up', () => {
  it('fails with one line naming REDIS_URL, password masked, when Redis cannot be reached', async () => {
    const port = await closedPort();
    const attempt = createRedisEventBus({
      url: `redis://:secret-password@127.0.0.1:${port}`, channel: 'inloop:test:nowhere', store: emptyStore, logger: silentLogger,
      startupAttempts: 2, reconnectDelayMilliseconds: 20,
    });
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    const error = (await attempt.catch((caught: Error) => caught)) as Error;
    expect(error.message).toMatch(new RegExp(`^REDIS_URL: cannot reach Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED`));
    expect(error.message).not.toContain('secret-password');
    expect(error.message).not.toContain('\n');
  });

  it('accepts only a redis:// or rediss:// REDIS_URL', async () => {
    const database = createTestDatabase();
    try {
      await expect(createTestRuntime(database, { now: () => mondayMorning }, { REDIS_URL: 'http://127.0.0.1:6379' })).rejects.toThrow(/^REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    } finally {
      database.remove();
    }
  });

  it('derives one channel per deployment from DATABASE_URL', () => {
    expect(redisChannelFor(parseDatabaseUrl('postgresql://inloop:secret@db:5432/inloop?schema=wijk'))).toBe('inloop:events:db:5432/inloop/wijk');
    expect(redisChannelFor(parseDatabaseUrl('postgresql://inloop@db/inloop'))).toBe('inloop:events:db:5432/inloop/public');
    const sqlite = redisChannelFor(parseDatabaseUrl('file:/var/lib/inloop/inloop.db'));
    expect(sqlite).toMatch(/^inloop:events:sqlite:[0-9a-f]{16}$/);
    expect(redisChannelFor(parseDatabaseUrl('file:/var/lib/other/inloop.db'))).not.toBe(sqlite);
  });
});

const redisAway = await redisUnreachable();
if (redisAway !== null) {
  describeWithoutRedis('the Redis event bus (contract, connections, runtime)', redisAway);
} else {
  defineEventBusContract('Redis pub/sub', {
    open: ((channel) => (store?: ContractStore) => redisBus({ channel, ...(store ? { store } : {}) }))(freshChannel('contract')),
    openElsewhere: ((channel) => () => redisBus({ channel }))(freshChannel('contract-other')),
  });

  describe('Redis event bus connections', () => {
    const opened: Array<{ close(): Promise<void> }> = [];
    const keep = <T extends { close(): Promise<void> }>(closable: T) => (opened.push(closable), closable);
    afterEach(async () => {
      for (const closable of opened.splice(0).reverse()) await closable.close();
    });

    it('subscribes again after Redis kills its subscriber connection, and events flow again', async () => {
      const channel = freshChannel('kill');
      const a = keep(await redisBus({ channel }));
      const b = keep(await redisBus({ channel }));
      const namePrefix = `inloop-bus-${b.instanceId.slice(0, 8)}-subscriber`;
      const killed = await killSubscriberConnections(namePrefix);
      expect(killed).toHaveLength(1);
      await probeUntilHeard(a, b);
      await b.ready();
      // A new subscribe-mode connection under the same name.
      const ids = await withRedis(async (client) => (await client.sendCommand<string>(['CLIENT', 'LIST', 'TYPE', 'pubsub'])).split('\n').filter((line) => line.includes(`name=${namePrefix}`)));
      expect(ids).toHaveLength(1);
      expect(ids[0]).not.toContain(`id=${killed[0]} `);
    });

    it('logs a failed publish instead of throwing, waits in ready() while Redis is away, and resumes', async () => {
      const channel = freshChannel('away');
      const relay = keep(await createCuttableRelay());
      const { logger, lines } = recordingLogger();
      const a = keep(await redisBus({ channel, url: relay.url, logger }));
      const b = keep(await redisBus({ channel }));
      const onA = listenTo(a);
      const onB = listenTo(b);

      await relay.cut();
      await eventually(async () => (await readiness(a)) === 'waiting');
      const [whileAway] = someEvents(1, 500);
      await expect(a.publish(whileAway!)).resolves.toBeUndefined();
      expect(onA.heard).toEqual([whileAway]); // stored already in real use; heard here at once
      // publish does not wait for the send; the failed send is logged when it fails.
      await eventually(async () => lines.some((line) => line.level === 'error' && line.message === 'shared event bus: Redis PUBLISH failed'));
      expect(lines).toContainEqual({ level: 'warn', message: 'shared event bus: Redis subscriber connection lost, reconnecting' });

      await relay.restore();
      await a.ready();
      expect(lines).toContainEqual({ level: 'info', message: 'shared event bus: subscribed to Redis again' });
      await probeUntilHeard(a, b);
      await probeUntilHeard(b, a);
      expect(onB.heard).not.toContainEqual(whileAway);
    });
    it('lets publish return at once when its connection goes silent, and logs the send that times out', async () => {
      // A half-open connection (a NAT that forgot it, a failover) answers nothing and reports
      // nothing; a turn awaits publish, so waiting for the send would leave residents unanswered.
      const channel = freshChannel('silent');
      const relay = keep(await createCuttableRelay());
      const { logger, lines } = recordingLogger();
      const a = keep(await redisBus({ channel, url: relay.url, logger }));
      const onA = listenTo(a);
      relay.freeze();
      const events = someEvents(3, 100);
      const started = Date.now();
      for (const event of events) await a.publish(event);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(onA.heard).toEqual(events);
      await eventually(async () => lines.some((line) => line.level === 'error' && line.message === 'shared event bus: Redis PUBLISH failed'), 12_000);
    }, 20_000);
  });

  describe('the runtime with REDIS_URL', () => {
    const database = createTestDatabase();
    afterAll(() => database.remove());
    const subscribers = (channel: string) => withRedis(async (client) => Number((await client.sendCommand<[string, number]>(['PUBSUB', 'NUMSUB', channel]))[1]));

    it('uses the Redis bus on the channel of its database, closes it with the runtime, and EVENT_BUS=in-process turns it off', async () => {
      const channel = redisChannelFor(parseDatabaseUrl(database.url));
      const clock = { now: () => mondayMorning };
      const runtime = await createTestRuntime(database, clock, { REDIS_URL: redisUrl });
      expect((runtime.events as Partial<SharedEventBus>).instanceId).toBeTruthy();
      expect(await subscribers(channel)).toBe(1);
      await runtime.close();
      await eventually(async () => (await subscribers(channel)) === 0, 3000);

      const alone = await createTestRuntime(database, clock, { REDIS_URL: redisUrl, EVENT_BUS: 'in-process' });
      expect((alone.events as Partial<SharedEventBus>).instanceId).toBeUndefined();
      expect(await subscribers(channel)).toBe(0);
      await alone.close();
    });

    it('does not start when REDIS_URL cannot be reached', async () => {
      const runtime = createTestRuntime(database, { now: () => mondayMorning }, { REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
      await expect(runtime).rejects.toThrow(/^REDIS_URL: cannot reach Redis/);
    }, 20_000);
  });
}
