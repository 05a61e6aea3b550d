import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient, openSocket } from '../web/web-client.js';
import { countResidentRows, startResidentServer, type ResidentServer } from './resident-server.js';

// Issue 13, point 4: any well-formed 43-character string was accepted as a token, and history,
// a message or a socket hello with one created a resident and a conversation, past the
// session-creation limit. Now only a token the server issued (and whose resident was not erased)
// is accepted; anything else gets 401 or an error frame and a close, and creates nothing.
let database: TestDatabase;
let server: ResidentServer;
let client: ReturnType<typeof createWebClient>;
const neverIssued = () => randomBytes(32).toString('base64url');

beforeAll(async () => {
  database = createTestDatabase();
  server = await startResidentServer(database.url);
  client = createWebClient(server.baseUrl);
});
afterAll(async () => {
  await server?.stop();
  database?.remove();
});

describe('resident tokens the server never issued', () => {
  it('get 401 on history and on a message, and leave no resident, conversation or message behind', async () => {
    const before = countResidentRows(database.file);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const token = neverIssued();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const history = await client.history(token);
      expect(history.status).toBe(401);
      expect(history.body?.error).toMatch(/nieuw gesprek/);
      const message = await client.say(token, 'hallo, ik heb een vraag over de huur');
      expect(message.status).toBe(401);
    }
    expect(countResidentRows(database.file)).toEqual(before);
  });

  it('get an error frame and a close on a socket hello, and create nothing', async () => {
    const before = countResidentRows(database.file);
    const socket = await openSocket(server.socketUrl);
    const closed = new Promise<number>((resolve) => socket.socket.once('close', (code) => resolve(code)));
    socket.send({ type: 'hello', token: neverIssued() });
    const error = await socket.next((frame) => frame.type === 'error');
    expect(error).toMatchObject({ session: 'unknown' });
    expect(error.message).toMatch(/nieuw gesprek/);
    expect(await closed).toBe(4401);
    expect(countResidentRows(database.file)).toEqual(before);
  });

  it('accept the issued token on history, message and socket', async () => {
    const { token, conversationId } = await client.startConversation();
    expect((await client.history(token)).body?.conversationId).toBe(conversationId);
    expect((await client.say(token, 'Ik heb een brief van de gemeente')).status).toBe(200);
    const socket = await openSocket(server.socketUrl);
    socket.send({ type: 'hello', token });
    expect((await socket.next((frame) => frame.type === 'history')).conversationId).toBe(conversationId);
    socket.close();
  });

  it('refuse an erased resident\'s token: the socket that erased closes with 4401 on its next message, and nothing is created again', async () => {
    const { token } = await client.startConversation();
    const socket = await openSocket(server.socketUrl);
    const closed = new Promise<number>((resolve) => socket.socket.once('close', (code) => resolve(code)));
    socket.send({ type: 'hello', token });
    await socket.next((frame) => frame.type === 'history');
    socket.send({ type: 'message', text: 'vergeet mij', clientId: 'e1' });
    const confirm = await socket.next((frame) => frame.type === 'message' && frame.quickReplies?.length > 0);
    const yes = confirm.quickReplies[0];
    socket.send({ type: 'message', text: yes.label, quickReplyId: yes.id, clientId: 'e2' });
    expect((await socket.next((frame) => frame.type === 'reply')).text).toMatch(/gewist/);
    const afterErasure = countResidentRows(database.file);
    socket.send({ type: 'message', text: 'Hallo, ben ik er nog?', clientId: 'e3' });
    expect(await socket.next((frame) => frame.type === 'error' && frame.clientId === 'e3')).toMatchObject({ session: 'unknown' });
    expect(await closed).toBe(4401);
    expect((await client.say(token, 'Hallo?')).status).toBe(401);
    expect((await client.history(token)).status).toBe(401);
    expect(countResidentRows(database.file)).toEqual(afterErasure);
  });
});
