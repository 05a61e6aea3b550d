import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { startRetentionJob } from '../../bots/runtime/retention-job.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

let database: TestDatabase;
let runtime: Runtime;
const clock = createManualClock(mondayMorning);
const day = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  clock.set(mondayMorning);
  database = createTestDatabase();
  runtime = await createTestRuntime(database, clock, { RETENTION_DAYS: '30' });
});
afterEach(async () => {
  await runtime.close();
  database.remove();
});

it('purges personal content after the retention period and keeps anonymous counts', async () => {
  const closedResident = createResident(() => runtime);
  await closedResident.send('Ik heb schulden bij de energie');
  await closedResident.send('mens');
  const quietResident = createResident(() => runtime);
  await quietResident.send('Ik voel me zo alleen');
  const [record] = await runtime.store.listCases();
  const worker = await runtime.store.createWorker({ username: 'kim', displayName: 'Kim', passwordHash: 'x', team: null });
  await runtime.desk.claim(record.id, worker.id);
  await runtime.desk.close(record.id, worker.id, 'doorverwezen naar schuldhulp');

  await runtime.store.createSession({ id: 'old-session', workerId: worker.id, csrfToken: 'c', expiresAt: new Date(clock.now().getTime() + day) });
  clock.advance(29 * day);
  const stop = startRetentionJob({ store: runtime.store, events: runtime.events, clock, logger: silentLogger, periods: { retentionDays: 30, graceDays: 14 } });
  await stop(); // waits for the first run
  expect(await runtime.store.findCase(record.id)).not.toBeNull();
  expect(await runtime.store.findSession('old-session')).toBeNull(); // expired sessions go with each run

  clock.advance(2 * day);
  const purged = await runtime.store.purgeExpired(new Date(clock.now().getTime() - 30 * day));
  expect(purged.cases).toBe(1);
  expect(purged.conversations).toBeGreaterThanOrEqual(2);
  expect(await runtime.store.findCase(record.id)).toBeNull();
  const statistics = await runtime.store.listStatistics();
  expect(statistics).toHaveLength(1);
  expect(statistics[0].topics).toContain('money');
  // "doorverwezen naar schuldhulp" names a partner of the social map: its id is kept (an organisation), never the words.
  expect(statistics[0]).toMatchObject({ domain: 'self-reliance', outcome: 'referred', partner: 'schuldhulp', channel: 'cli' });
  expect(JSON.stringify({ ...statistics[0], partner: null })).not.toMatch(/energie|schuldhulp|naar/);
});
