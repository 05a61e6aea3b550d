import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createWebClient, openSocket } from '../web/web-client.js';

export interface Instance {
  name: string;
  baseUrl: string;
  socketUrl: string;
  runtime: Runtime;
  server: FastifyInstance;
}

/** One instance: its own runtime (so its own bus connections) and web server, on the shared database. */
export async function startInstance(name: string, databaseUrl: string, environment: Record<string, string> = {}): Promise<Instance> {
  const configuration = loadConfiguration({ DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'silent', ...environment });
  const runtime = await createRuntime(configuration, { logger: silentLogger });
  const server = await createWebServer(runtime, { limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { name, baseUrl, socketUrl: `${baseUrl.replace('http', 'ws')}`, runtime, server };
}

export const workerPassword = 'correct horse battery';

/** Instances A and B on one database, and a worker `username` (password `workerPassword`) for both. */
export async function startTwoInstances(databaseUrl: string, username: string, environment: Record<string, string> = {}): Promise<[Instance, Instance]> {
  const a = await startInstance('A', databaseUrl, environment);
  const b = await startInstance('B', databaseUrl, environment);
  const displayName = username.charAt(0).toUpperCase() + username.slice(1);
  await a.runtime.store.createWorker({ username, displayName, team: 'Noord', passwordHash: await hashPassword(workerPassword) });
  return [a, b];
}

/** Closes the web servers and runtimes of whichever instances started. */
export async function stopInstances(instances: Array<Instance | undefined>): Promise<void> {
  for (const instance of instances) {
    await instance?.server.close();
    await instance?.runtime.close();
  }
}

/**
 * The resident on A, worker `username` on B: a case opened on A appears in B's inbox, a claim on
 * B in A's, the worker's reply on B reaches the resident's socket on A, and the resident's answer
 * on A the worker's inbox on B.
 */
export async function carryConversationAcross(a: Instance, b: Instance, username: string): Promise<void> {
  const residentClient = createWebClient(a.baseUrl);
  const workerOnB = createWebClient(b.baseUrl);
  const session = await workerOnB.login(username, workerPassword);
  const worker = workerOnB.worker(session);
  const inboxOnB = await openSocket(`${b.socketUrl}/api/inbox/socket`, { cookie: session.cookie, origin: b.baseUrl });
  await inboxOnB.next((frame) => frame.type === 'ready');
  // A second worker view on A, to see B's claim arrive there.
  const sessionOnA = await createWebClient(a.baseUrl).login(username, workerPassword);
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
  expect((await worker(`/api/inbox/cases/${caseId}/claim`, {})).status).toBe(200);
  const claimedOnA = await inboxOnA.next((frame) => frame.type === 'case-updated' && frame.action === 'claimed' && frame.case.id === caseId);
  expect(claimedOnA.case.status).toBe('claimed');

  // The worker on B replies; it reaches the resident's socket on A.
  expect((await worker(`/api/inbox/cases/${caseId}/messages`, { text: 'Hoi, ik ben Anna van het wijkteam.' })).status).toBe(200);
  const reply = await resident.next((frame) => frame.type === 'message' && frame.author === 'worker');
  expect(reply.text).toBe('Hoi, ik ben Anna van het wijkteam.');
  expect(Number.isNaN(Date.parse(reply.createdAt))).toBe(false);

  // The resident answers on A; it appears on the worker's inbox socket on B.
  resident.send({ type: 'message', text: 'Dank je, fijn dat je er bent.', clientId: 'r2' });
  const onB = await inboxOnB.next((frame) => frame.type === 'message' && frame.message.author === 'resident' && frame.message.text.includes('fijn dat je er bent'));
  expect(onB.caseId).toBe(caseId);

  for (const socket of [resident, inboxOnA, inboxOnB]) socket.close();
}
