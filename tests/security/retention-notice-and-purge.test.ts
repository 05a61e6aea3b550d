import { afterEach, describe, expect, it } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import type { LeaderElection } from '../../bots/runtime/leader-election.js';
import { runRetention, startRetentionWhileLeading, type RetentionJobDependencies } from '../../bots/runtime/retention-job.js';
import { toCaseView } from '../../bots/web/case-view.js';
import type { InloopEvent } from '../../core/ports/event-bus.js';
import { silentLogger } from '../../core/ports/logger.js';
import type { RetentionStore } from '../../core/ports/retention-store.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from '../scale/postgresql-schema.js';
import { createManualClock, createTestDatabase, mondayMorning } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

// Issue 13, point 9: a case nobody closed kept its personal data for ever, and every instance ran
// the purge. Now a quiet open case is first shown to the coordinators, then purged after a grace
// period unless something happened since; only the leader of the `retention` role purges.
const day = 24 * 60 * 60 * 1000;
const periods = { retentionDays: 90, graceDays: 14 };

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqliteRuntime() {
  const database = createTestDatabase();
  const clock = createManualClock(mondayMorning);
  const runtime = await createRuntime(loadConfiguration({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }), { clock, logger: silentLogger });
  cleanups.push(() => database.remove(), () => runtime.close());
  const events: InloopEvent[] = [];
  runtime.events.subscribe((event) => events.push(event));
  const job: RetentionJobDependencies = { store: runtime.store, events: runtime.events, clock, logger: silentLogger, periods };
  return { runtime, clock, events, run: () => runRetention(job) };
}

/** A resident who asks for a person: a waiting case. */
async function handedOff(runtime: Runtime) {
  const resident = createResident(() => runtime);
  await resident.send('Ik heb schulden bij de energie en de deurwaarder komt');
  await resident.send('mens');
  const [record] = await runtime.store.listCases();
  expect(record).toMatchObject({ status: 'waiting' });
  return { resident, record };
}

describe('retention of open cases', () => {
  it('flags a quiet waiting case to the coordinators first, keeps it through the grace period, then purges it', async () => {
    const { runtime, clock, events, run } = await sqliteRuntime();
    const { record } = await handedOff(runtime);

    clock.advance(89 * day);
    await run();
    expect((await runtime.store.findCase(record.id))?.retentionNoticeAt).toBeNull(); // not quiet long enough

    clock.advance(2 * day);
    await run();
    const noticed = (await runtime.store.findCase(record.id))!;
    expect(noticed.retentionNoticeAt).toEqual(clock.now());
    expect(events.filter((event) => event.type === 'case-updated' && event.action === 'retention-noticed').map((event) => (event as { case: { id: string } }).case.id)).toEqual([record.id]);
    expect((await runtime.store.listAudit(record.id)).map((entry) => entry.action)).toContain('retention-noticed');
    expect(toCaseView(noticed, clock.now(), periods).retentionNotice?.text).toBe('Deze casus is al 90 dagen stil en wordt over 14 dagen verwijderd.');

    clock.advance(10 * day);
    await run();
    const stillThere = (await runtime.store.findCase(record.id))!;
    expect(toCaseView(stillThere, clock.now(), periods).retentionNotice?.text).toBe('Deze casus is al 100 dagen stil en wordt over 4 dagen verwijderd.');
    expect(events.filter((event) => event.type === 'case-updated' && event.action === 'retention-noticed')).toHaveLength(1); // told once

    clock.advance(5 * day);
    await run();
    expect(await runtime.store.findCase(record.id)).toBeNull();
    expect(await runtime.store.findConversation(record.conversationId)).toBeNull();
    const statistics = await runtime.store.listStatistics();
    expect(statistics).toHaveLength(1);
    expect(JSON.stringify(statistics)).not.toMatch(/energie|deurwaarder/);
  });

  it('keeps a noticed case when the resident writes again during the grace period, and withdraws the notice', async () => {
    const { runtime, clock, run } = await sqliteRuntime();
    const { resident, record } = await handedOff(runtime);
    clock.advance(91 * day);
    await run();
    expect((await runtime.store.findCase(record.id))?.retentionNoticeAt).not.toBeNull();

    clock.advance(7 * day);
    await resident.send('Is er al iemand die mij kan helpen?');
    clock.advance(8 * day); // past the grace period of the notice
    await run();
    const kept = await runtime.store.findCase(record.id);
    expect(kept).toMatchObject({ status: 'waiting', retentionNoticeAt: null });
    expect(toCaseView(kept!, clock.now(), periods).retentionNotice).toBeNull();
    expect((await runtime.store.listAudit(record.id)).map((entry) => entry.action)).toContain('retention-notice-withdrawn');
  });

  it('keeps a claimed case whose worker adds a note during the grace period', async () => {
    const { runtime, clock, run } = await sqliteRuntime();
    const { record } = await handedOff(runtime);
    const worker = await runtime.store.createWorker({ username: 'kim', displayName: 'Kim', passwordHash: 'x', team: null });
    await runtime.desk.claim(record.id, worker.id);
    clock.advance(91 * day);
    await run();
    clock.advance(3 * day);
    await runtime.desk.addNote(record.id, worker.id, 'Gebeld, ze komt dinsdag langs');
    clock.advance(12 * day);
    await run();
    expect(await runtime.store.findCase(record.id)).toMatchObject({ status: 'claimed', retentionNoticeAt: null });
  });
});

/** An election the test hands leadership to and takes it from. */
function manualElection(): LeaderElection & { set(leader: boolean): void } {
  let leader = false;
  const listeners = new Set<(leader: boolean) => void>();
  return {
    role: 'retention', connectionName: null,
    isLeader: () => leader,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {},
    set(next) {
      leader = next;
      for (const listener of listeners) listener(next);
    },
  };
}

/** The store with its retention calls counted. */
function counted(store: Runtime['store']) {
  const calls = { notice: 0, purge: 0 };
  const wrapped: RetentionJobDependencies['store'] = {
    noticeQuietCases: (...parameters: Parameters<RetentionStore['noticeQuietCases']>) => (calls.notice++, store.noticeQuietCases(...parameters)),
    purgeExpired: (...parameters: Parameters<RetentionStore['purgeExpired']>) => (calls.purge++, store.purgeExpired(...parameters)),
    listStatistics: () => store.listStatistics(),
    deleteExpiredSessions: (at) => store.deleteExpiredSessions(at),
  };
  return { calls, store: wrapped };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('purges only while this instance leads the retention role', { timeout: 120_000 }, async () => {
  const { runtime, clock } = await sqliteRuntime();
  const election = manualElection();
  const { calls, store } = counted(runtime.store);
  const retention = await startRetentionWhileLeading(election, { store, events: runtime.events, clock, logger: silentLogger, periods });
  cleanups.push(() => retention.stop());
  await settle();
  expect(calls).toEqual({ notice: 0, purge: 0 }); // a follower never purges

  election.set(true);
  await eventually(() => calls.purge === 1, 'the new leader purges');
  await settle();
  expect(calls).toEqual({ notice: 1, purge: 1 }); // the new leader runs at once, once

  election.set(false);
  await settle();
  const before = { ...calls };
  election.set(false);
  await settle();
  expect(calls).toEqual(before);
});

const unreachable = await postgresqlUnreachable();
if (unreachable) {
  describeWithoutPostgresql('retention on PostgreSQL', unreachable);
} else {
  describe('retention on PostgreSQL', () => {
    it('runs on one of two instances only, and the other takes over when the leader stops', { timeout: 120_000 }, async () => {
      const place = freshSchema('inloop_retention');
      cleanups.push(() => place.drop());
      const clock = createManualClock(mondayMorning);
      const start = async () => {
        const runtime = await createRuntime(loadConfiguration({ DATABASE_URL: place.databaseUrl, LOG_LEVEL: 'silent' }), { clock, logger: silentLogger });
        const { calls, store } = counted(runtime.store);
        const retention = await startRetentionWhileLeading(await runtime.elect('retention'), { store, events: runtime.events, clock, logger: silentLogger, periods });
        let stopping: Promise<void> | null = null;
        const stop = () => (stopping ??= retention.stop().then(() => runtime.close()));
        cleanups.push(stop);
        return { calls, stop };
      };
      const first = await start();
      const second = await start();
      await eventually(() => first.calls.purge + second.calls.purge > 0, 'one instance purges');
      await settle();
      expect([first.calls.purge, second.calls.purge]).toEqual([1, 0]);

      await first.stop();
      await eventually(() => second.calls.purge === 1, 'the other instance takes over');
      expect(first.calls.purge).toBe(1);
    });
  });
}
