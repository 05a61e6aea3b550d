import { afterAll, beforeAll, expect, it } from 'vitest';
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
});
afterAll(() => server?.stop());

it('keeps notes private, reassigns, closes with an outcome and tells the resident', async () => {
  const { token } = await client.startConversation();
  await client.say(token, 'mens');
  const [record] = await server.runtime.store.listCases();
  const anna = client.worker(await client.login('anna', password));
  const bramSession = await client.login('bram', password);
  const bram = client.worker(bramSession);
  expect((await anna(`/api/inbox/cases/${record!.id}/claim`, {})).status).toBe(200);
  expect((await anna(`/api/inbox/cases/${record!.id}/notes`, { text: 'Eerst bellen met de woningcorporatie' })).status).toBe(200);
  expect((await anna(`/api/inbox/cases/${record!.id}/reassign`, { workerId: bramSession.body.worker.id })).body?.case.assigneeId).toBe(bramSession.body.worker.id);
  // Only the worker who has the case writes to the resident.
  expect((await anna(`/api/inbox/cases/${record!.id}/messages`, { text: 'Hallo' })).status).toBe(409);
  const card = await bram(`/api/inbox/cases/${record!.id}`);
  expect(card.body?.notes.map((note: { text: string }) => note.text)).toEqual(['Eerst bellen met de woningcorporatie']);
  const closed = await bram(`/api/inbox/cases/${record!.id}/close`, { outcome: 'Doorverwezen naar schuldhulp' });
  expect(closed.body?.case).toMatchObject({ status: 'closed', outcome: 'Doorverwezen naar schuldhulp' });
  const history = await client.history(token);
  expect(JSON.stringify(history.body)).not.toContain('woningcorporatie');
  expect(history.body?.messages.at(-1).author).toBe('system'); // the closing notice is a notice, not the assistant speaking
  const filtered = await anna('/api/inbox/cases?status=closed');
  expect(filtered.body?.cases.map((view: { id: string }) => view.id)).toContain(record!.id);
});

it('sends replies the core did not store (after an erasure) straight to the socket that asked', async () => {
  const { token } = await client.startConversation();
  const socket = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/chat/socket`);
  socket.send({ type: 'hello', token });
  await socket.next((frame) => frame.type === 'history');
  socket.send({ type: 'message', text: 'vergeet mij', clientId: 'f1' });
  const confirm = await socket.next((frame) => frame.type === 'message' && frame.quickReplies.length > 0);
  const yes = confirm.quickReplies[0];
  socket.frames.length = 0;
  socket.send({ type: 'message', text: yes.label, quickReplyId: yes.id, clientId: 'f2' });
  const reply = await socket.next((frame) => frame.type === 'reply');
  expect(reply.text.length).toBeGreaterThan(0);
  await socket.next((frame) => frame.type === 'typing' && frame.active === false);
  expect(socket.frames.filter((frame) => frame.type === 'message' && frame.author !== 'resident')).toEqual([]);
  // The erased resident's token is no session any more: it reads nothing and creates nothing.
  expect((await client.history(token)).status).toBe(401);
  socket.close();
});
