import type { FastifyInstance } from 'fastify';
import { silentLogger } from '../../core/ports/logger.js';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer, type WebServerOptions } from '../../bots/web/create-web-server.js';
import { createTestDatabase } from '../support/test-runtime.js';

export interface TestServer {
  baseUrl: string;
  runtime: Runtime;
  server: FastifyInstance;
  addWorker(username: string, password: string, displayName?: string): Promise<WorkerRecord>;
  stop(): Promise<void>;
}

/** The real web server on an ephemeral loopback port, over a fresh SQLite file. */
export async function startTestServer(options: WebServerOptions = {}, environment: Record<string, string> = {}): Promise<TestServer> {
  const database = createTestDatabase();
  const configuration = loadConfiguration({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'silent', ...environment });
  const runtime = await createRuntime(configuration, { logger: silentLogger });
  const server = await createWebServer(runtime, {
    ...options,
    limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000, ...options.limits },
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    runtime,
    server,
    async addWorker(username, password, displayName = username) {
      return runtime.store.createWorker({ username, displayName, team: 'Noord', passwordHash: await hashPassword(password) });
    },
    async stop() {
      await server.close();
      await runtime.close();
      database.remove();
    },
  };
}
