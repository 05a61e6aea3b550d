import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { CaseStatusError, CoordinatorOnlyError } from '../../core/errors.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

let database: TestDatabase;
let runtime: Runtime;
const clock = createManualClock(mondayMorning);

async function startWith(organisation: Record<string, unknown>) {
  const path = `${database.directory}/organisation.json`;
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync('config/organisation.json', 'utf8')), ...organisation }));
  runtime = await createTestRuntime(database, clock, { ORGANISATION_FILE: path });
}

beforeEach(() => {
  clock.set(mondayMorning);
  database = createTestDatabase();
});
afterEach(async () => {
  await runtime.close();
  database.remove();
});

async function askForAPerson(text: string) {
  const resident = createResident(() => runtime);
  await resident.send(text);
  await resident.send('ik wil een mens spreken');
  const record = (await runtime.store.listCases()).find((candidate) => candidate.firstWords === text)!;
  expect(record).toBeDefined();
  return record;
}

describe('the desk by role', () => {
  it('with assignment on in organisation.json, a new case goes to a present worker of its role; a crisis stays unassigned for everyone', async () => {
    await startWith({ assignment: { automatic: true, defaultCapacity: 5 } });
    const away = await runtime.store.createWorker({ username: 'away', displayName: 'Away', passwordHash: 'h', team: null });
    const present = await runtime.store.createWorker({ username: 'present', displayName: 'Present', passwordHash: 'h', team: null });
    await runtime.store.updateWorker(away.id, { roles: ['schuldhulpverlener'] });
    await runtime.desk.roles.setAway(away.id, true);
    await runtime.store.updateWorker(present.id, { roles: ['schuldhulpverlener', 'maatschappelijk-werker'] });
    const debts = await askForAPerson('Ik heb schulden en de deurwaarder staat voor de deur');
    await expect.poll(async () => (await runtime.store.findCase(debts.id))?.assigneeId).toBe(present.id);
    const crisis = await askForAPerson('Ik wil niet meer leven');
    expect(crisis.crisis).toBe('suicide');
    // The crisis shows in every role's queue, on top, and nobody was assigned.
    const queue = await runtime.desk.queue(present.id, { statuses: ['waiting', 'claimed'], role: 'vrijwilligerscoordinator' });
    expect(queue.map((record) => record.id)).toEqual([crisis.id]);
    expect((await runtime.store.findCase(crisis.id))?.assigneeId).toBeNull();
  });

  it('with assignment off (the default), cases stay in the queue', async () => {
    await startWith({});
    const worker = await runtime.store.createWorker({ username: 'w', displayName: 'W', passwordHash: 'h', team: null });
    await runtime.store.updateWorker(worker.id, { roles: ['schuldhulpverlener'] });
    const debts = await askForAPerson('Ik heb schulden en de deurwaarder staat voor de deur');
    expect(await runtime.desk.roles.assignAutomatically(debts.id)).toBeNull();
    expect((await runtime.store.findCase(debts.id))?.status).toBe('waiting');
  });

  it('a coordinator links an offer of help to a request only with both residents\' consent', async () => {
    await startWith({});
    const coordinator = await runtime.store.createWorker({ username: 'coord', displayName: 'Coord', passwordHash: 'h', team: null });
    await runtime.store.updateWorker(coordinator.id, { permission: 'coordinator' });
    const worker = await runtime.store.createWorker({ username: 'worker', displayName: 'Worker', passwordHash: 'h', team: null });
    const lonely = await askForAPerson('Ik ben 80 en ik voel me zo eenzaam, ik zie nooit iemand');
    expect(lonely.role).toBe('ouderenadviseur');
    const offer = await askForAPerson('Ik wil graag maatje worden voor een oudere in de buurt');
    expect(offer).toMatchObject({ kind: 'offer', role: 'vrijwilligerscoordinator' });
    await expect(runtime.desk.roles.linkOffer(worker.id, offer.id, lonely.id, { offer: true, request: true })).rejects.toBeInstanceOf(CoordinatorOnlyError);
    await expect(runtime.desk.roles.linkOffer(coordinator.id, offer.id, lonely.id, { offer: true, request: false })).rejects.toBeInstanceOf(CaseStatusError);
    await expect(runtime.desk.roles.linkOffer(coordinator.id, lonely.id, offer.id, { offer: true, request: true })).rejects.toBeInstanceOf(CaseStatusError);
    const [linkedOffer, linkedRequest] = await runtime.desk.roles.linkOffer(coordinator.id, offer.id, lonely.id, { offer: true, request: true });
    expect(linkedOffer).toMatchObject({ linkedCaseId: lonely.id, linkConsent: true });
    expect(linkedRequest).toMatchObject({ linkedCaseId: offer.id, linkConsent: true });
    expect((await runtime.store.listAudit(lonely.id)).map((entry) => entry.action)).toContain('linked');
  });
});
