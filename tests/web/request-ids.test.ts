import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createLogger } from '../../bots/runtime/create-logger.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const lines: Array<Record<string, unknown>> = [];
let database: TestDatabase;
let runtime: Runtime;
let server: FastifyInstance;
let baseUrl: string;

beforeAll(async () => {
  database = createTestDatabase();
  // The production logger (JSON lines), written into the test instead of stderr.
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const configuration = loadConfiguration({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'info' });
  runtime = await createRuntime(configuration, { logger: createLogger('info', destination) });
  await runtime.store.createWorker({ username: 'anna', displayName: 'Anna', team: 'Noord', passwordHash: await hashPassword('correct horse battery') });
  server = await createWebServer(runtime, { limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await server?.close();
  await runtime?.close();
  database?.remove();
});

const signIn = (headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/inbox/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: 'anna', password: 'correct horse battery' }),
  });

it('takes a safe X-Request-Id, echoes it, and puts it on every log line of the request, the ones written by the handler too', async () => {
  const response = await signIn({ 'x-request-id': 'lb-7f3a.2_x' });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe('lb-7f3a.2_x');
  const ofRequest = lines.filter((line) => line.requestId === 'lb-7f3a.2_x');
  // Logged inside the route, after the JSON body was read: the request context survived the body.
  expect(ofRequest.map((line) => line.msg)).toEqual(expect.arrayContaining(['worker signed in', 'request finished']));
  const finished = ofRequest.find((line) => line.msg === 'request finished')!;
  expect(finished).toMatchObject({ method: 'POST', route: '/api/inbox/login', statusCode: 200 });
  // No client address and no password in the access line.
  expect(JSON.stringify(finished)).not.toContain('127.0.0.1');
  expect(JSON.stringify(ofRequest)).not.toContain('correct horse battery');
});

it('makes its own id when the incoming one is not a short safe token', async () => {
  for (const unsafe of ['two words', 'x'.repeat(65), 'id\u00e9', '{"json":1}']) {
    const response = await fetch(`${baseUrl}/healthz`, { headers: { 'x-request-id': unsafe } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(uuid);
  }
  const without = await signIn();
  const id = without.headers.get('x-request-id')!;
  expect(id).toMatch(uuid);
  expect(lines.some((line) => line.requestId === id && line.msg === 'worker signed in')).toBe(true);
  // Two requests, two ids.
  expect((await fetch(`${baseUrl}/healthz`)).headers.get('x-request-id')).not.toBe(id);
});

it('logs no request id outside a request', () => {
  runtime.logger.info({ probe: true }, 'outside any request');
  expect(lines.find((line) => line.msg === 'outside any request')).not.toHaveProperty('requestId');
});
