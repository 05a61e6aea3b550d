import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient, openSocket } from './web-client.js';

const password = 'correct horse battery';
let server: TestServer;
let client: ReturnType<typeof createWebClient>;

beforeAll(async () => {
  server = await startTestServer();
  client = createWebClient(server.baseUrl);
  await server.addWorker('anna', password, 'Anna de Vries');
  await server.addWorker('bram', password, 'Bram Jansen');
  await server.addWorker('locky', password, 'Lock Test');
});
afterAll(() => server?.stop());

async function caseFromResident() {
  const { token } = await client.startConversation();
  await client.say(token, 'mens');
  const [newest] = (await server.runtime.store.listCases()).filter((record) => record.status === 'waiting').slice(-1);
  return { token, caseId: newest!.id };
}

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await client.json('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.json('/readyz')).status).toBe(200);
  });
  it('serves the OpenAPI document and sets security headers', async () => {
    const { status, body } = await client.json('/api/openapi.json');
    expect(status).toBe(200);
    expect(body?.openapi).toMatch(/^3\./);
    const inbox = await fetch(`${server.baseUrl}/inbox`);
    expect(inbox.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(inbox.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(inbox.headers.get('x-content-type-options')).toBe('nosniff');
    expect(inbox.headers.get('referrer-policy')).toBe('no-referrer');
  });
  it('answers errors with a kind message and no stack trace', async () => {
    const { status, body } = await client.json('/api/chat/messages', { method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/json' }, body: '{not json' });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(body ?? {})).toEqual(['error']);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('resident chat', () => {
  it('gives a 256-bit token and keeps every conversation behind its own token', async () => {
    const first = await client.startConversation();
    const second = await client.startConversation();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.conversationId).not.toBe(second.conversationId);
    await client.say(first.token, 'Mijn geheime verhaal over de huur');
    const own = await client.history(first.token);
    expect(own.body?.messages.some((message: { text: string }) => message.text.includes('geheime verhaal'))).toBe(true);
    const other = await client.history(second.token);
    expect(other.body?.conversationId).toBe(second.conversationId);
    expect(JSON.stringify(other.body)).not.toContain('geheime verhaal');
    expect((await client.history('not-a-token')).status).toBe(401);
    expect((await client.json('/api/chat/history')).status).toBe(401);
  });

  it('answers malformed socket frames with an error frame and stays usable', async () => {
    const { token } = await client.startConversation();
    const socket = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/chat/socket`);
    socket.send('this is not json');
    expect((await socket.next((frame) => frame.type === 'error')).message).toBeTruthy();
    socket.send({ type: 'message', text: 'hallo', clientId: 'c1' });
    expect((await socket.next((frame) => frame.type === 'error')).message).toMatch(/gesprek/i);
    socket.send({ type: 'hello', token });
    await socket.next((frame) => frame.type === 'history');
    socket.send({ type: 'message', text: 42, clientId: 'c2' });
    await socket.next((frame) => frame.type === 'error');
    socket.send({ type: 'message', text: 'Ik heb schulden', clientId: 'c3' });
    expect(await socket.next((frame) => frame.type === 'ack')).toEqual({ type: 'ack', clientId: 'c3' });
    const reply = await socket.next((frame) => frame.type === 'message' && frame.author === 'assistant');
    expect(reply.text).toMatch(/assistent/i);
    socket.close();
  });
});

describe('worker inbox API', () => {
  it('refuses every inbox route without a session', async () => {
    expect((await client.json('/api/inbox/cases')).status).toBe(401);
    expect((await client.json('/api/inbox/me')).status).toBe(401);
    const claim = await client.json('/api/inbox/cases/anything/claim', { method: 'POST' });
    expect(claim.status).toBe(401);
    expect(claim.body?.error).toBeTruthy();
  });

  it('sets an HttpOnly SameSite=Strict session cookie', async () => {
    const session = await client.login('anna', password);
    expect(session.status).toBe(200);
    expect(session.setCookie).toMatch(/HttpOnly/i);
    expect(session.setCookie).toMatch(/SameSite=Strict/i);
  });

  it('refuses a state change without the CSRF token', async () => {
    const { caseId } = await caseFromResident();
    const anna = client.worker(await client.login('anna', password));
    const refused = await anna(`/api/inbox/cases/${caseId}/claim`, {}, false);
    expect(refused.status).toBe(403);
    expect((await server.runtime.store.findCase(caseId))?.status).toBe('waiting');
  });

  it('lets one of two claims win and tells the other kindly (409)', async () => {
    const { caseId } = await caseFromResident();
    const anna = client.worker(await client.login('anna', password));
    const bram = client.worker(await client.login('bram', password));
    const [first, second] = await Promise.all([anna(`/api/inbox/cases/${caseId}/claim`, {}), bram(`/api/inbox/cases/${caseId}/claim`, {})]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body?.error).toMatch(/collega/);
    expect((await anna(`/api/inbox/cases/${caseId}/claim`, {})).status).toBe(409);
  });

  it('delivers a worker reply live to the resident socket, and the resident answer to the worker socket', async () => {
    const { token, caseId } = await caseFromResident();
    const session = await client.login('anna', password);
    const anna = client.worker(session);
    const resident = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/chat/socket`);
    resident.send({ type: 'hello', token });
    await resident.next((frame) => frame.type === 'history');
    const inbox = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/inbox/socket`, { cookie: session.cookie, origin: server.baseUrl });
    await inbox.next((frame) => frame.type === 'ready');
    expect((await anna(`/api/inbox/cases/${caseId}/claim`, {})).status).toBe(200);
    expect((await anna(`/api/inbox/cases/${caseId}/messages`, { text: 'Hoi, ik ben Anna.' })).status).toBe(200);
    expect((await resident.next((frame) => frame.type === 'message' && frame.author === 'system')).text).toMatch(/Anna de Vries/); // the "picked up" notice is a notice
    expect((await resident.next((frame) => frame.type === 'message' && frame.author === 'worker')).text).toBe('Hoi, ik ben Anna.');
    resident.frames.length = 0;
    resident.send({ type: 'message', text: 'Dank je, Anna', clientId: 'r1' });
    const seen = await inbox.next((frame) => frame.type === 'message' && frame.message.author === 'resident');
    expect(seen).toMatchObject({ caseId, message: { text: 'Dank je, Anna' } });
    // The assistant stays silent once a worker has the case.
    await resident.next((frame) => frame.type === 'typing' && frame.active === false);
    expect(resident.frames.filter((frame) => frame.type === 'message' && frame.author === 'assistant')).toEqual([]);
    resident.close();
    inbox.close();
  });

  it('refuses the inbox socket without a session or from another origin', async () => {
    const session = await client.login('anna', password);
    const foreign = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/inbox/socket`, { cookie: session.cookie, origin: 'https://evil.example' });
    await new Promise((resolve) => foreign.socket.once('close', resolve));
    const anonymous = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/inbox/socket`, { origin: server.baseUrl });
    const code = await new Promise((resolve) => anonymous.socket.once('close', resolve));
    expect(code).toBe(4401);
  });

  // The delay itself, on a clock the test moves: tests/security/login-attempts.test.ts.
  it('answers a wrong password and an unknown name alike, and counts the failure', async () => {
    const known = await client.login('locky', 'wrong password!');
    const unknown = await client.login('nobody', password);
    expect(known.status).toBe(401);
    expect(unknown).toMatchObject({ status: 401, body: known.body });
    expect(known.body.error).toMatch(/Probeer het over even opnieuw/);
    expect(await server.runtime.store.findWorkerByUsername('locky')).toMatchObject({ failedLogins: 1 });
  });
});

describe('rate limits', () => {
  it('slows down repeated logins from one address', async () => {
    const limited = await startTestServer({ limits: { loginsPerMinute: 3 } });
    const limitedClient = createWebClient(limited.baseUrl);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await limitedClient.login('nobody', 'whatever12345')).status);
    await limited.stop();
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
