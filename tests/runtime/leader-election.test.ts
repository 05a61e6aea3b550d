import { createServer, Socket, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createLeaderElections } from '../../bots/runtime/create-leader-election.js';
import type { LeaderElection } from '../../bots/runtime/leader-election.js';
import { whileLeading } from '../../bots/runtime/while-leading.js';
import { advisoryLockKey, createPostgresqlLeaderElection } from '../../bots/runtime/postgresql-leader-election.js';
import { createRedisLeaderElection, redisLeaderKeyFor } from '../../bots/runtime/redis-leader-election.js';
import { silentLogger } from '../../core/ports/logger.js';
import { parseDatabaseUrl } from '../../prisma/store/parse-database-url.js';
import { describeWithoutPostgresql, freshSchema, postgresqlBaseUrl, postgresqlUnreachable } from '../scale/postgresql-schema.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning } from '../support/test-runtime.js';
import { createCuttableRelay, describeWithoutRedis, redisUnreachable, redisUrl } from './redis-availability.js';

const opened: LeaderElection[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((election) => election.close()));
});

/** Keeps every election for the clean-up, and what it heard, in one timeline shared by the test. */
function track(election: LeaderElection, name: string, timeline: string[]) {
  opened.push(election);
  election.onChange((leader) => timeline.push(`${name} ${leader ? 'leads' : 'steps down'}`));
  return election;
}

async function eventually(check: () => boolean, what: string, timeoutMilliseconds = 8000): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMilliseconds) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const leaders = (elections: LeaderElection[]) => elections.filter((election) => election.isLeader());

/** Where an election runs: a fresh schema's name and DATABASE_URL (the schema itself is not created). */
type Place = ReturnType<typeof freshSchema>;

/** Tests shared by both backends; `open(role, place)` opens an election for the role of the deployment on `place`. */
function defineElectionTests(open: (role: string, place: Place, name: string, timeline: string[]) => Promise<LeaderElection>, settleMilliseconds: number) {
  it('lets exactly one of three elections on the same role lead', async () => {
    const place = freshSchema('inloop_leader');
    const timeline: string[] = [];
    const elections = [await open('slack-desk', place, 'A', timeline), await open('slack-desk', place, 'B', timeline), await open('slack-desk', place, 'C', timeline)];
    expect(leaders(elections).map((election) => election.connectionName)).toEqual([elections[0]!.connectionName]);
    // The others keep trying and keep failing.
    await pause(settleMilliseconds);
    expect(leaders(elections)).toHaveLength(1);
    expect(timeline).toEqual([]);
  });

  it('hands leadership to another within a bounded time when the leader closes', async () => {
    const place = freshSchema('inloop_leader');
    const timeline: string[] = [];
    const elections = [await open('telegram-polling', place, 'A', timeline), await open('telegram-polling', place, 'B', timeline), await open('telegram-polling', place, 'C', timeline)];
    expect(elections[0]!.isLeader()).toBe(true);
    await elections[0]!.close();
    expect(elections[0]!.isLeader()).toBe(false);
    const took = await eventually(() => leaders(elections).length === 1, 'another leads', 5000);
    expect(took).toBeLessThan(settleMilliseconds * 4);
    await pause(settleMilliseconds);
    expect(leaders(elections)).toHaveLength(1);
    expect(timeline[0]).toBe('A steps down');
    expect(timeline.slice(1)).toHaveLength(1);
  });

  it('does not let different schemas or roles block each other', async () => {
    const [first, second] = [freshSchema('inloop_leader'), freshSchema('inloop_leader')];
    const timeline: string[] = [];
    const elections = [
      await open('slack-desk', first, 'slack on first', timeline),
      await open('telegram-polling', first, 'telegram on first', timeline),
      await open('slack-desk', second, 'slack on second', timeline),
      await open('telegram-polling', second, 'telegram on second', timeline),
    ];
    expect(leaders(elections)).toHaveLength(4);
  });
}

const postgresqlAway = await postgresqlUnreachable();
if (postgresqlAway !== null) {
  describeWithoutPostgresql('leader election on PostgreSQL', postgresqlAway);
} else {
  const { connectionString } = parseDatabaseUrl(postgresqlBaseUrl) as { connectionString: string };
  const timing = { retryMilliseconds: 100, confirmMilliseconds: 100, timeoutMilliseconds: 1000 };
  const openOn = (connection: string) => async (role: string, place: Place, name: string, timeline: string[]) =>
    track(await createPostgresqlLeaderElection({ connectionString: connection, schema: place.schema, role, logger: silentLogger, timing }), name, timeline);
  const database = freshSchema('inloop_leader');
  const terminate = (election: LeaderElection) =>
    database.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1', [election.connectionName]);

  describe('leader election on PostgreSQL (session advisory lock)', () => {
    defineElectionTests(openOn(connectionString), 400);

    it('derives a different lock key per schema and role', () => {
      const keys = new Set([advisoryLockKey('a', 'slack-desk'), advisoryLockKey('b', 'slack-desk'), advisoryLockKey('a', 'telegram-polling')]);
      expect(keys.size).toBe(3);
      expect(advisoryLockKey('a', 'slack-desk')).toBe(advisoryLockKey('a', 'slack-desk'));
    });

    it('steps down when its backend is terminated, and another takes over', async () => {
      const timeline: string[] = [];
      const open = openOn(connectionString);
      const [a, b] = [await open('slack-desk', database, 'A', timeline), await open('slack-desk', database, 'B', timeline)];
      expect(a.isLeader()).toBe(true);
      expect((await terminate(a)).rows[0].n).toBe(1);
      await eventually(() => b.isLeader(), 'B leads');
      expect(a.isLeader()).toBe(false);
      expect(timeline.slice(0, 2).sort()).toEqual(['A steps down', 'B leads']);
      // A comes back on a new connection and waits its turn.
      await pause(400);
      expect(leaders([a, b])).toEqual([b]);
    });

    it('steps down when its connection stops answering, before another can take over', async () => {
      const relay = await startFreezableRelay(new URL(postgresqlBaseUrl));
      try {
        const viaRelay = new URL(connectionString);
        viaRelay.host = `127.0.0.1:${relay.port}`;
        const timeline: string[] = [];
        const a = await openOn(viaRelay.toString())('slack-desk', database, 'A', timeline);
        const b = await openOn(connectionString)('slack-desk', database, 'B', timeline);
        expect(a.isLeader()).toBe(true);
        relay.freeze();
        // Within a confirmation and its time-out, A gives up; dropping its connection frees the lock for B.
        const took = await eventually(() => !a.isLeader(), 'A steps down', 3000);
        expect(took).toBeLessThan(timing.confirmMilliseconds + timing.timeoutMilliseconds + 600);
        await eventually(() => b.isLeader(), 'B leads');
        expect(timeline.slice(0, 2)).toEqual(['A steps down', 'B leads']);
      } finally {
        relay.close();
      }
    });
  });
}

const redisAway = await redisUnreachable();
if (redisAway !== null) {
  describeWithoutRedis('leader election on Redis', redisAway);
} else {
  const ttlMilliseconds = 2000;
  const keyFor = (role: string, place: Place) => redisLeaderKeyFor(parseDatabaseUrl(place.databaseUrl), role);
  const openOn = (url: string) => async (role: string, place: Place, name: string, timeline: string[]) =>
    track(await createRedisLeaderElection({ url, key: keyFor(role, place), role, logger: silentLogger, ttlMilliseconds, timing: { retryMilliseconds: 100 } }), name, timeline);

  describe('leader election on Redis (SET NX PX, check-and-extend)', () => {
    defineElectionTests(openOn(redisUrl), 1.5 * ttlMilliseconds);

    it('derives the key from the deployment (schema) and the role', () => {
      const [north, south] = [freshSchema('north'), freshSchema('south')];
      expect(keyFor('slack-desk', north)).toMatch(new RegExp(`^inloop:leader:slack-desk:.+/${north.schema}$`));
      expect(new Set([keyFor('slack-desk', north), keyFor('slack-desk', south), keyFor('telegram-polling', north)]).size).toBe(3);
    });

    it('steps down when its connection drops, before the key expires and another takes over', async () => {
      const relay = await createCuttableRelay();
      try {
        const place = freshSchema('inloop_leader');
        const timeline: string[] = [];
        const a = await openOn(relay.url)('slack-desk', place, 'A', timeline);
        const b = await openOn(redisUrl)('slack-desk', place, 'B', timeline);
        expect(a.isLeader()).toBe(true);
        const cutAt = Date.now();
        await relay.cut();
        await eventually(() => !a.isLeader(), 'A steps down', ttlMilliseconds / 2);
        const steppedDownAfter = Date.now() - cutAt;
        // B waits for the lease to run out: A's last renewal plus the TTL.
        await eventually(() => b.isLeader(), 'B leads', 3 * ttlMilliseconds);
        expect(steppedDownAfter).toBeLessThan((3 * ttlMilliseconds) / 5);
        expect(Date.now() - cutAt).toBeGreaterThan(ttlMilliseconds / 2);
        expect(timeline.slice(0, 2)).toEqual(['A steps down', 'B leads']);
        // A is reachable again and does not take the role back.
        await relay.restore();
        await pause(ttlMilliseconds);
        expect(leaders([a, b])).toEqual([b]);
      } finally {
        await relay.close();
      }
    });
  });
}

/** A loopback relay in front of a TCP service that can go silent: connections stay open but nothing passes. */
async function startFreezableRelay(target: URL) {
  let frozen = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((incoming) => {
    const outgoing = new Socket().connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [[incoming, outgoing], [outgoing, incoming]] as const) {
      sockets.add(from);
      from.on('data', (chunk) => void (frozen || to.write(chunk)));
      from.on('error', () => to.destroy());
      from.on('close', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    freeze: () => void (frozen = true),
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('leader election on one instance', () => {
  it('leads every role at once with SQLite', async () => {
    const database = createTestDatabase();
    const runtime = await createTestRuntime(database, createManualClock(mondayMorning));
    try {
      const election = await runtime.elect('slack-desk');
      expect(election.isLeader()).toBe(true);
      expect(election.connectionName).toBeNull();
      expect((await runtime.elect('telegram-polling')).isLeader()).toBe(true);
    } finally {
      await runtime.close();
      database.remove();
    }
  });

  it('leads at once with EVENT_BUS=in-process, even on PostgreSQL', async () => {
    const configuration = loadConfiguration({ DATABASE_URL: freshSchema('inloop_single').databaseUrl, EVENT_BUS: 'in-process', LOG_LEVEL: 'silent' });
    const elections = createLeaderElections(configuration, 'in-process', silentLogger);
    const [first, second] = [await elections.elect('slack-desk'), await elections.elect('slack-desk')];
    expect([first.isLeader(), second.isLeader()]).toEqual([true, true]);
    await elections.close();
  });
});

describe('whileLeading', () => {
  it('leaves no retry timer behind when a start fails after stop()', async () => {
    let leader = false;
    let changed: (leads: boolean) => void = () => {};
    const election: LeaderElection = {
      role: 'slack-desk', connectionName: null, isLeader: () => leader, close: async () => {},
      onChange: (listener) => ((changed = listener), () => {}),
    };
    let failStart: (error: Error) => void = () => {};
    let starts = 0;
    const leading = await whileLeading(election, silentLogger, () => {
      starts += 1;
      return new Promise((_, reject) => (failStart = reject));
    }, 60_000);
    vi.useFakeTimers();
    try {
      leader = true;
      changed(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(starts).toBe(1);
      const stopping = leading.stop();
      failStart(new Error('start failed'));
      await stopping;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
