import type { MessageRecord } from '../../core/ports/message.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createWebClient, openSocket } from '../web/web-client.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';

interface Instance {
  name: string;
  baseUrl: string;
  socketUrl: string;
  runtime: Runtime;
  server: FastifyInstance;
}

const unreachable = await postgresqlUnreachable();
const database = freshSchema('inloop_two');

/** One instance: its own runtime (so its own LISTEN connection) and web server, on the shared schema. */
async function startInstance(name: string): Promise<Instance> {
  const configuration = loadConfiguration({ DATABASE_URL: database.databaseUrl, PORT: '0', LOG_LEVEL: 'silent' });
  const runtime = await createRuntime(configuration, { logger: silentLogger });
  const server = await createWebServer(runtime, { limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { name, baseUrl, socketUrl: `${baseUrl.replace('http', 'ws')}`, runtime, server };
}

if (unreachable !== null) {
  describeWithoutPostgresql('two instances on one PostgreSQL', unreachable);
} else {
  describe('two instances on one PostgreSQL, no sticky sessions', () => {
    let a: Instance;
    let b: Instance;
    const password = 'correct horse battery';

    beforeAll(async () => {
      a = await startInstance('A');
      b = await startInstance('B');
      await a.runtime.store.createWorker({ username: 'anna', displayName: 'Anna', team: 'Noord', passwordHash: await hashPassword(password) });
    }, 60_000);

    afterAll(async () => {
      for (const instance of [a, b]) {
        await instance?.server.close();
        await instance?.runtime.close();
      }
      await database.drop();
    });

    it('selects the PostgreSQL bus on both instances', () => {
      expect(a.runtime.events).not.toBe(b.runtime.events);
      expect((a.runtime.events as { instanceId?: string }).instanceId).toBeTruthy();
      expect((b.runtime.events as { instanceId?: string }).instanceId).not.toBe((a.runtime.events as { instanceId?: string }).instanceId);
    });

    it('carries a new case, a claim, and messages both ways between the instances', async () => {
      const residentClient = createWebClient(a.baseUrl);
      const workerOnB = createWebClient(b.baseUrl);
      const session = await workerOnB.login('anna', password);
      const anna = workerOnB.worker(session);
      const inboxOnB = await openSocket(`${b.socketUrl}/api/inbox/socket`, { cookie: session.cookie, origin: b.baseUrl });
      await inboxOnB.next((frame) => frame.type === 'ready');
      // A second worker view on A, to see B's claim arrive there.
      const sessionOnA = await createWebClient(a.baseUrl).login('anna', password);
      const inboxOnA = await openSocket(`${a.socketUrl}/api/inbox/socket`, { cookie: sessionOnA.cookie, origin: a.baseUrl });
      await inboxOnA.next((frame) => frame.type === 'ready');

      // The resident is on A; asking for a person opens a case there.
      const { token } = await residentClient.startConversation();
      const resident = await openSocket(`${a.socketUrl}/api/chat/socket`);
      resident.send({ type: 'hello', token });
      await resident.next((frame) => frame.type === 'history');
      resident.send({ type: 'message', text: 'mens', clientId: 'r1' });
      await resident.next((frame) => frame.type === 'ack' && frame.clientId === 'r1');

      const opened = await inboxOnB.next((frame) => frame.type === 'case-opened');
      const caseId = opened.case.id as string;
      expect(opened.case.createdAt ?? opened.case.waitingSeconds).toBeDefined();

      // Claimed on B: visible on A's inbox, and the resident on A hears it.
      expect((await anna(`/api/inbox/cases/${caseId}/claim`, {})).status).toBe(200);
      const claimedOnA = await inboxOnA.next((frame) => frame.type === 'case-updated' && frame.action === 'claimed' && frame.case.id === caseId);
      expect(claimedOnA.case.status).toBe('claimed');

      // The worker on B replies; it reaches the resident's socket on A.
      expect((await anna(`/api/inbox/cases/${caseId}/messages`, { text: 'Hoi, ik ben Anna van het wijkteam.' })).status).toBe(200);
      const reply = await resident.next((frame) => frame.type === 'message' && frame.author === 'worker');
      expect(reply.text).toBe('Hoi, ik ben Anna van het wijkteam.');
      expect(Number.isNaN(Date.parse(reply.createdAt))).toBe(false);

      // The resident answers on A; it appears on the worker's inbox socket on B.
      resident.send({ type: 'message', text: 'Dank je, fijn dat je er bent.', clientId: 'r2' });
      const onB = await inboxOnB.next((frame) => frame.type === 'message' && frame.message.author === 'resident' && frame.message.text.includes('fijn dat je er bent'));
      expect(onB.caseId).toBe(caseId);

      for (const socket of [resident, inboxOnA, inboxOnB]) socket.close();
    }, 30_000);

    it('listens again after PostgreSQL drops the LISTEN connection', async () => {
      const idOfB = (b.runtime.events as unknown as { instanceId: string }).instanceId;
      await database.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`inloop-bus-${idOfB.slice(0, 8)}`]);
      const heard: string[] = [];
      const unsubscribe = b.runtime.events.subscribe((event) => {
        if (event.type === 'message-stored') heard.push(event.message.id);
      });
      const deadline = Date.now() + 8000;
      for (let attempt = 0; heard.length === 0 && Date.now() < deadline; attempt += 1) {
        const message: MessageRecord = { id: `probe-${attempt}`, conversationId: 'probe', direction: 'outbound', author: 'system', text: 'probe', kind: 'text', quickReplies: [], workerId: null, externalId: null, createdAt: new Date() };
        await a.runtime.events.publish({ type: 'message-stored', conversationId: 'probe', ref: { channel: 'cli', chatId: 'probe' }, caseId: null, message });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      unsubscribe();
      expect(heard.length).toBeGreaterThan(0);
    }, 15_000);

    it('delivers an event bigger than one notification as a reference, read back from the store', async () => {
      const { token } = await createWebClient(a.baseUrl).startConversation();
      const onA = await openSocket(`${a.socketUrl}/api/chat/socket`);
      onA.send({ type: 'hello', token });
      await onA.next((frame) => frame.type === 'history');
      const onB = await openSocket(`${b.socketUrl}/api/chat/socket`);
      onB.send({ type: 'hello', token });
      await onB.next((frame) => frame.type === 'history');
      // 3,000 characters of € signs (3 bytes each in UTF-8) are over 8,000 bytes: too big for one NOTIFY.
      const long = `Huur achterstand ${'€'.repeat(2980)}`;
      expect(Buffer.byteLength(long)).toBeGreaterThan(8000);
      onA.send({ type: 'message', text: long, clientId: 'long' });
      await onA.next((frame) => frame.type === 'ack');
      const echoed = await onB.next((frame) => frame.type === 'message' && frame.author === 'resident');
      expect(echoed.text).toBe(long);
      // The assistant's reply of the turn on A reaches the other tab on B once.
      await onB.next((frame) => frame.type === 'message' && frame.author === 'assistant');
      onA.close();
      onB.close();
    }, 30_000);
  });
}
