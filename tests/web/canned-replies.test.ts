import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOfficeHours, fillPlaceholders } from '../../core/follow-up/canned-reply-text.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

const password = 'correct horse battery';
let server: TestServer;
let client: ReturnType<typeof createWebClient>;
let coordinator: { cookie: string; csrfToken: string };
let worker: { cookie: string; csrfToken: string };

beforeAll(async () => {
  server = await startTestServer();
  client = createWebClient(server.baseUrl);
  const cora = await server.addWorker('cora', password, 'Cora Bakker');
  await server.runtime.store.updateWorker(cora.id, { permission: 'coordinator' });
  await server.addWorker('willem', password, 'Willem de Boer');
  coordinator = await client.login('cora', password);
  worker = await client.login('willem', password);
});
afterAll(() => server?.stop());

/** PUT and DELETE with the session's cookie and CSRF token (the web client only posts). */
const write = (session: { cookie: string; csrfToken: string }, method: 'PUT' | 'DELETE', path: string, body?: object) =>
  client.json(path, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

async function caseOfResident(lines: string[]): Promise<string> {
  const { token, conversationId } = await client.startConversation();
  for (const line of lines) await client.say(token, line);
  const record = (await server.runtime.store.listCases()).find((candidate) => candidate.conversationId === conversationId);
  return record!.id;
}

describe('canned replies', () => {
  it('ships defaults, and a coordinator creates, edits and deletes replies', async () => {
    const cora = client.worker(coordinator);
    const listed = await cora('/api/inbox/canned-replies');
    expect(listed.body?.mayManage).toBe(true);
    expect(listed.body?.replies.map((reply: { id: string }) => reply.id)).toEqual(expect.arrayContaining(['welkom', 'openingstijden', 'aanbod']));
    const created = await cora('/api/inbox/canned-replies', { title: 'Bellen', texts: { nl: 'Ik bel je morgen, {worker}.', en: 'I will call you tomorrow.', tr: '' } });
    expect(created.status).toBe(200);
    expect(created.body?.reply).toMatchObject({ title: 'Bellen', texts: { nl: 'Ik bel je morgen, {worker}.', en: 'I will call you tomorrow.' } });
    expect(created.body?.reply.texts).not.toHaveProperty('tr');
    const id = created.body!.reply.id as string;
    const edited = await write(coordinator, 'PUT', `/api/inbox/canned-replies/${id}`, { title: 'Terugbellen', texts: { nl: 'Ik bel je morgen terug.' } });
    expect(edited.body?.reply).toMatchObject({ id, title: 'Terugbellen', texts: { nl: 'Ik bel je morgen terug.' } });
    expect((await cora('/api/inbox/canned-replies', { title: 'Zonder Nederlands', texts: { en: 'English only' } })).status).toBe(400);
    expect((await write(coordinator, 'DELETE', `/api/inbox/canned-replies/${id}`)).status).toBe(200);
    expect((await cora('/api/inbox/canned-replies')).body?.replies.map((reply: { id: string }) => reply.id)).not.toContain(id);
    expect((await write(coordinator, 'DELETE', `/api/inbox/canned-replies/${id}`)).status).toBe(404);
  });

  it('refuses a plain worker who tries to manage them (403), who can still read and use them', async () => {
    const willem = client.worker(worker);
    const listed = await willem('/api/inbox/canned-replies');
    expect(listed.status).toBe(200);
    expect(listed.body?.mayManage).toBe(false);
    const refused = await willem('/api/inbox/canned-replies', { title: 'Eigen', texts: { nl: 'Hoi' } });
    expect(refused.status).toBe(403);
    expect(refused.body?.error).toMatch(/coördinator/);
    expect((await write(worker, 'PUT', '/api/inbox/canned-replies/welkom', { title: 'x', texts: { nl: 'x' } })).status).toBe(403);
    expect((await write(worker, 'DELETE', '/api/inbox/canned-replies/welkom')).status).toBe(403);
    expect((await willem('/api/inbox/canned-replies')).body?.replies.map((reply: { id: string }) => reply.id)).toContain('welkom');
  });

  it('fills the placeholders in the case language: worker, office hours and an offer from the social map', async () => {
    const dutchCase = await caseOfResident(['Ik heb schulden en de deurwaarder komt morgen', 'mens']);
    const dutch = await client.worker(worker)(`/api/inbox/cases/${dutchCase}/canned-replies`);
    const byId = Object.fromEntries(dutch.body!.replies.map((reply: { id: string; text: string; language: string }) => [reply.id, reply]));
    expect(byId.welkom).toMatchObject({ language: 'nl', text: 'Hoi, ik ben Willem. Ik heb je bericht gelezen en help je verder. Wat is nu het belangrijkste voor je?' });
    expect(byId.openingstijden.text).toBe('Wij zijn er op maandag–donderdag 09:00–17:00, vrijdag 09:00–13:00. Daarna lees ik je bericht zo snel ik kan.');
    // The debt case gets the Geldcafé, the social map's offer for money.
    expect(byId.aanbod.text).toContain('Geldcafé Lindenhoven, Buurthuis De Linde, Kastanjelaan 12, dinsdag 13:00-16:00');
    expect(JSON.stringify(dutch.body)).not.toMatch(/\{(worker|openingstijden|aanbod)\}/);

    const englishCase = await caseOfResident(['I have debts and the bailiff is coming tomorrow', 'a real person']);
    const english = await client.worker(worker)(`/api/inbox/cases/${englishCase}/canned-replies`);
    const welcome = english.body!.replies.find((reply: { id: string }) => reply.id === 'welkom');
    expect(welcome).toMatchObject({ language: 'en', text: 'Hi, I am Willem. I read your message and I will help you. What matters most to you right now?' });
    expect(english.body!.replies.find((reply: { id: string }) => reply.id === 'openingstijden').text).toContain('Monday–Thursday 09:00–17:00, Friday 09:00–13:00');
  });

  it('writes office hours and placeholders in each of the six languages', () => {
    expect(describeOfficeHours(defaultOfficeHours, 'nl')).toBe('maandag–vrijdag 09:00–17:00');
    expect(describeOfficeHours(defaultOfficeHours, 'tr')).toBe('Pazartesi–Cuma 09:00–17:00');
    expect(describeOfficeHours(defaultOfficeHours, 'pl')).toBe('poniedziałek–piątek 09:00–17:00');
    expect(describeOfficeHours(defaultOfficeHours, 'uk')).toBe('понеділок–пʼятниця 09:00–17:00');
    expect(describeOfficeHours(defaultOfficeHours, 'ar')).toContain('09:00–17:00');
    expect(describeOfficeHours({ ...defaultOfficeHours, days: [null, ['09:00', '17:00'], ['09:00', '17:00'], null, ['09:00', '12:00'], null, null] }, 'nl'))
      .toBe('maandag–dinsdag 09:00–17:00, donderdag 09:00–12:00');
    expect(fillPlaceholders('{worker} · {openingstijden} · {aanbod} · {onbekend}', { worker: 'Sam', officeHours: 'ma', offer: 'Taalcafé' })).toBe('Sam · ma · Taalcafé · {onbekend}');
  });
});
