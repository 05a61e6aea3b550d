import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, createTestDatabase, createTestRuntime, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';
import { runScript } from '../support/run-command.js';

// Issue 17's check: six carers and three debt cases through the terminal channel, then `npm run report -- --json`.
let database: TestDatabase;

beforeAll(async () => {
  database = createTestDatabase();
  const clock = createManualClock(new Date());
  const runtime = await createTestRuntime(database, clock);
  for (let index = 0; index < 6; index += 1) {
    const carer = createResident(() => runtime);
    await carer.send('Ik zorg elke dag voor mijn zieke moeder en ik ben als mantelzorger zo moe');
    await carer.send('mens');
  }
  for (let index = 0; index < 3; index += 1) {
    const debts = createResident(() => runtime);
    await debts.send('Ik heb schulden en de deurwaarder stuurt brieven');
    await debts.send('mens');
  }
  await runtime.close();
}, 120_000);
afterAll(() => database.remove());

describe('npm run report', () => {
  it('prints the JSON report with caregiving 6 and money suppressed', async () => {
    const result = await runScript('bots/cli/report.ts', { args: ['--json'], environment: { DATABASE_URL: database.url } });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.byTopic.caregiving).toBe(6);
    expect(report.byTopic.money).toBeNull();
    expect(report.total).toBe(9);
    expect(report.byChannel.cli).toBe(9);
    // No collective offer was started: the count is there, suppressed like any count under 5.
    expect(report).toHaveProperty('collectiveOffersStarted', null);
  }, 60_000);

  it('prints CSV for a period, and explains a wrong date', async () => {
    const csv = await runScript('bots/cli/report.ts', { args: ['--format', 'csv', '--from', '2026-01-01', '--to', '2026-01-31'], environment: { DATABASE_URL: database.url } });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Periode;2026-01-01 t/m 2026-01-31;');
    const wrong = await runScript('bots/cli/report.ts', { args: ['--from', '31-01-2026'], environment: { DATABASE_URL: database.url } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Usage: npm run report');
  }, 60_000);
});
