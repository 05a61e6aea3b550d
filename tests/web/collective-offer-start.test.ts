import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportCase } from '../support/seed-report-case.js';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

// Issue 17: "Start collectief aanbod" on a signal card: coordinators only, recorded once per signal.
const password = 'correct horse battery';
const week = 7 * 24 * 60 * 60 * 1000;
const path = '/api/inbox/signals/collective-offer';
const housingInNoord = { neighbourhood: 'Lindenhoven-Noord', topic: 'housing' };
let server: TestServer;
let client: ReturnType<typeof createWebClient>;
let coordinator: ReturnType<ReturnType<typeof createWebClient>['worker']>;
let worker: ReturnType<ReturnType<typeof createWebClient>['worker']>;

beforeAll(async () => {
  server = await startTestServer();
  client = createWebClient(server.baseUrl);
  const cora = await server.addWorker('cora', password, 'Cora Coördinator');
  await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
  await server.addWorker('willem', password, 'Willem');
  coordinator = client.worker(await client.login('cora', password));
  worker = client.worker(await client.login('willem', password));
  // Housing in Lindenhoven-Noord: 7 in the last week, 3 in the twelve weeks before: a signal. Money there: no signal.
  for (let index = 0; index < 7; index += 1) await seedReportCase(server.runtime.store, 'housing', 'Lindenhoven-Noord', new Date(Date.now() - week - index * 60_000));
  for (const weeksAgo of [5, 9, 13]) await seedReportCase(server.runtime.store, 'housing', 'Lindenhoven-Noord', new Date(Date.now() - weeksAgo * week));
  for (let index = 0; index < 2; index += 1) await seedReportCase(server.runtime.store, 'money', 'Lindenhoven-Noord', new Date(Date.now() - week));
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe('starting a collective offer for a signal', () => {
  it('is refused to a plain worker and without the CSRF token, and records nothing', async () => {
    const refused = await worker(path, { ...housingInNoord, offer: 'Bewonersavond vocht en schimmel' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'Alleen een coördinator kan dit doen.' });
    const session = await client.login('cora', password);
    expect((await client.worker(session)(path, { ...housingInNoord, offer: 'x' }, false)).status).toBe(403);
    expect(await server.runtime.store.listCollectiveOfferStarts(new Date(0))).toEqual([]);
    const [signal] = (await coordinator('/api/inbox/report')).body!.signals;
    expect(signal).toMatchObject({ ...housingInNoord, count: 7, collectiveOffer: null });
  });

  it('asks for an offer and refuses a wijk and topic that are no signal now', async () => {
    const empty = await coordinator(path, { ...housingInNoord, offer: '   ' });
    expect(empty).toMatchObject({ status: 400, body: { error: 'Kies een aanbod, of beschrijf het nieuwe aanbod (hoogstens 200 tekens).' } });
    expect((await coordinator(path, { ...housingInNoord, offer: 'x'.repeat(201) })).status).toBe(400);
    const noSignal = await coordinator(path, { neighbourhood: 'Lindenhoven-Noord', topic: 'money', offer: 'Geldcafé Lindenhoven' });
    expect(noSignal).toMatchObject({ status: 404, body: { reason: 'no-signal' } });
    expect(noSignal.body!.error).toMatch(/^Dit signaal staat nu niet/);
  });

  it('records the offer, who and when for a coordinator; the report has offer and date, only the dashboard the name', async () => {
    const before = Date.now();
    const started = await coordinator(path, { ...housingInNoord, offer: '  Bewonersavond vocht en schimmel ' });
    expect(started.status).toBe(200);
    expect(started.body!.collectiveOffer).toEqual({ offer: 'Bewonersavond vocht en schimmel', startedAt: expect.any(String), startedBy: 'Cora Coördinator' });
    expect(Date.parse(started.body!.collectiveOffer.startedAt)).toBeGreaterThanOrEqual(before);
    const [stored] = await server.runtime.store.listCollectiveOfferStarts(new Date(0));
    const cora = await server.runtime.store.findWorkerByUsername('cora');
    expect(stored).toMatchObject({ ...housingInNoord, offer: 'Bewonersavond vocht en schimmel', startedBy: cora!.id });

    const report = (await coordinator('/api/inbox/report')).body!;
    expect(report.signals[0].collectiveOffer).toEqual({ offer: 'Bewonersavond vocht en schimmel', startedAt: started.body!.collectiveOffer.startedAt });
    expect(JSON.stringify(report)).not.toContain('Cora');
    const dashboard = (await coordinator('/api/inbox/report?labels=1')).body!;
    expect(dashboard.signals[0].collectiveOffer).toEqual(started.body!.collectiveOffer);
    const csv = await (await fetch(`${server.baseUrl}/api/inbox/report.csv`, { headers: { cookie: (await client.login('cora', password)).cookie } })).text();
    expect(csv).toContain(`Signaal;Collectief aanbod gestart op ${started.body!.collectiveOffer.startedAt.slice(0, 10)}: Bewonersavond vocht en schimmel;\r\n`);
    expect(csv).not.toContain('Cora');
  });

  it('refuses a second start for the same signal with 409', async () => {
    const again = await coordinator(path, { ...housingInNoord, offer: 'Huurdersoverleg' });
    expect(again).toMatchObject({ status: 409, body: { reason: 'already-started' } });
    expect((await server.runtime.store.listCollectiveOfferStarts(new Date(0))).map((start) => start.offer)).toEqual(['Bewonersavond vocht en schimmel']);
  });
});
