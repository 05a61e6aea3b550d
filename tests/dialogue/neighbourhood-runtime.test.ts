import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

const clock = createManualClock(mondayMorning);
let database: TestDatabase;
let runtime: Runtime;

/** The shipped organisation, with the "where" question turned on for three wijken. */
beforeEach(async () => {
  clock.set(mondayMorning);
  database = createTestDatabase();
  const organisation = JSON.parse(readFileSync('config/organisation.json', 'utf8'));
  const file = join(database.directory, 'organisation.json');
  writeFileSync(file, JSON.stringify({ ...organisation, neighbourhoods: { names: ['Lindenhoven-Noord', 'Lindenhoven-Zuid', 'De Beemd'] } }));
  runtime = await createTestRuntime(database, clock, { ORGANISATION_FILE: file });
});
afterEach(async () => {
  await runtime.close();
  database.remove();
});

describe('the "where" question through the runtime', () => {
  it('asks after the confirmed summary when organisation.json lists wijken, and the wijk reaches the case and the statistics', async () => {
    const resident = createResident(() => runtime);
    await resident.send('Ik heb schulden en de deurwaarder komt volgende week');
    for (let answers = 0; !resident.quickReplyIds().includes('confirm:yes') && answers < 8; answers += 1) await resident.send('Niemand helpt mij, ik wil een regeling');
    const where = await resident.press('Ja, dat klopt');
    expect(where).toContain('In welke wijk woon je?');
    expect(resident.quickReplyIds()).toEqual(['neighbourhood:0', 'neighbourhood:1', 'neighbourhood:2', 'skip']);
    await resident.press('De Beemd');
    await resident.press('Hier in de chat');
    await resident.press('Ja, dat mag');
    const [opened] = await runtime.store.listCases();
    expect(opened?.neighbourhood).toBe('De Beemd');
    await runtime.store.closeCase(opened!.id, 'beantwoord', clock.now());
    await runtime.store.purgeExpired(new Date(clock.now().getTime() + 1000));
    expect((await runtime.store.listStatistics())[0]?.neighbourhood).toBe('De Beemd');
  });
});
