import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createLogger } from '../../bots/runtime/create-logger.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { createWhatsAppChannel, type WhatsAppChannel } from '../../bots/whatsapp/create-whatsapp-channel.js';
import { whatsAppSettings } from '../../bots/whatsapp/whatsapp-settings.js';
import { createManualClock, createTestDatabase, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient } from '../web/web-client.js';
import { postWebhook, startFakeGraphApi, testAccessToken, testAppSecret, testPhoneNumberId, testVerifyToken, type FakeGraphApi } from './fake-graph-api.js';

export interface WhatsAppHarness {
  baseUrl: string;
  graph: FakeGraphApi;
  runtime: Runtime;
  channel: WhatsAppChannel;
  server: FastifyInstance;
  clock: ReturnType<typeof createManualClock>;
  database: TestDatabase;
  /** Every log line, as JSON text (the real logger with its serializers). */
  logLines: string[];
  client: ReturnType<typeof createWebClient>;
  /** Posts a signed webhook and waits until the channel has handled it. */
  deliver(body: object): Promise<Response>;
  /** The texts (text bodies and interactive bodies) sent to a number. */
  textsTo(to: string): string[];
  /** Adds a worker and signs them in to the inbox; `signIn` again after the clock moved past the session. */
  worker(username: string, displayName: string): Promise<{ id: string; signIn(): Promise<ReturnType<ReturnType<typeof createWebClient>['worker']>> }>;
  stop(): Promise<void>;
}

/** The real runtime, web server and WhatsApp channel over a fresh SQLite file, sending to a local Graph API. */
export async function startWhatsAppHarness(environment: Record<string, string> = {}): Promise<WhatsAppHarness> {
  const graph = await startFakeGraphApi();
  const database = createTestDatabase();
  const clock = createManualClock(mondayMorning);
  const logLines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => void (logLines.push(String(chunk)), done()) }));
  const configuration = loadConfiguration({
    DATABASE_URL: database.url, LOG_LEVEL: 'silent', WHATSAPP_ACCESS_TOKEN: testAccessToken, WHATSAPP_PHONE_NUMBER_ID: testPhoneNumberId,
    WHATSAPP_APP_SECRET: testAppSecret, WHATSAPP_VERIFY_TOKEN: testVerifyToken, WHATSAPP_API_URL: graph.url, ...environment,
  });
  const runtime = await createRuntime(configuration, { clock, logger });
  const channel = createWhatsAppChannel(runtime, whatsAppSettings(configuration).settings!, { retry: { attempts: 4, baseMilliseconds: 5, maximumMilliseconds: 20 } });
  const server = await createWebServer(runtime, { routes: channel.routes, limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  await channel.start();
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const client = createWebClient(baseUrl);
  return {
    baseUrl, graph, runtime, channel, server, clock, database, logLines, client,
    async deliver(body) {
      const response = await postWebhook(baseUrl, body);
      await channel.idle();
      return response;
    },
    textsTo: (to) => graph.sends(to).map((send) => send.text?.body ?? send.interactive?.body?.text ?? `[${send.type}]`),
    async worker(username, displayName) {
      const password = 'correct horse battery';
      const record = await runtime.store.createWorker({ username, displayName, team: 'Noord', passwordHash: await hashPassword(password) });
      return { id: record.id, signIn: async () => client.worker(await client.login(username, password)) };
    },
    async stop() {
      await channel.stop();
      await server.close();
      await runtime.close();
      await graph.close();
      database.remove();
    },
  };
}
