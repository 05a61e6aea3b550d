import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

const password = 'correct horse battery';
const day = 24 * 60 * 60 * 1000;
let server: TestServer;
let client: ReturnType<typeof createWebClient>;
let coordinator: ReturnType<ReturnType<typeof createWebClient>['worker']>;
let worker: ReturnType<ReturnType<typeof createWebClient>['worker']>;

/** A resident on the web who writes one message and asks for a person. */
async function resident(text: string) {
  const { token } = await client.startConversation();
  await client.say(token, text);
  await client.say(token, 'mens');
}

/** Six carers and three debt cases, as in issue 17. */
beforeAll(async () => {
  server = await startTestServer();
  client = createWebClient(server.baseUrl);
  const cora = await server.addWorker('cora', password, 'Cora Coördinator');
  await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
  await server.addWorker('willem', password, 'Willem');
  coordinator = client.worker(await client.login('cora', password));
  worker = client.worker(await client.login('willem', password));
  for (let index = 0; index < 6; index += 1) await resident('Ik zorg elke dag voor mijn zieke moeder en ik ben als mantelzorger zo moe');
  for (let index = 0; index < 3; index += 1) await resident('Ik heb schulden en de deurwaarder stuurt brieven');
}, 120_000);
afterAll(async () => {
  await server.stop();
});

describe('reports for coordinators', () => {
  it('are refused to a plain worker', async () => {
    expect((await worker('/api/inbox/report')).status).toBe(403);
    expect((await worker('/api/inbox/report.csv')).status).toBe(403);
  });

  it('count six carers and suppress three debt cases in JSON, and leave the cell empty in the CSV', async () => {
    const report = (await coordinator('/api/inbox/report')).body!;
    expect(report.total).toBe(9);
    expect(report.byTopic.caregiving).toBe(6);
    expect(report.byTopic.money).toBeNull();
    expect(report.minimumCell).toBe(5);
    expect(report.outcomes.open).toBe(9);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['period', 'byDomain', 'byTopic', 'byNeighbourhood', 'outcomes', 'waiting', 'signals']));

    const response = await fetch(`${server.baseUrl}/api/inbox/report.csv`, { headers: { cookie: (await client.login('cora', password)).cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="inloop-rapportage-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('onderdeel;categorie;aantal');
    expect(lines).toContain('Onderwerp;Mantelzorg;6');
    expect(lines).toContain('Onderwerp;Geld en schulden;');
    expect(lines).toContain('Totaal;Zaken geopend in de periode;9');
    // No count under 5 anywhere: every third field is empty or at least 5.
    const counts = lines.slice(2).filter(Boolean).map((line) => line.split(';').at(-1)!);
    expect(counts.every((count) => count === '' || Number(count) >= 5)).toBe(true);
  });

  it('holds across the retention purge', async () => {
    const before = (await coordinator('/api/inbox/report')).body!;
    for (const record of await server.runtime.store.listCases({ statuses: ['waiting'] })) await server.runtime.store.closeCase(record.id, 'geen contact', new Date());
    await server.runtime.store.purgeExpired(new Date(Date.now() + day));
    expect(await server.runtime.store.listCases()).toEqual([]);
    const after = (await coordinator('/api/inbox/report')).body!;
    expect(after.byTopic).toEqual(before.byTopic);
    expect(after.total).toBe(9);
    expect(after.outcomes['no-contact']).toBe(9);
  });

  it('answers a period that is not two dates in order with 400', async () => {
    expect((await coordinator('/api/inbox/report?from=2026-13-01')).status).toBe(400);
    expect((await coordinator('/api/inbox/report?from=2026-11-02&to=2026-11-01')).status).toBe(400);
    expect((await coordinator('/api/inbox/report?from=2020-01-01&to=2026-11-01')).status).toBe(400);
  });
});
