import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { silentLogger } from '../../core/ports/logger.js';
import type { WorkerPermission, WorkerRecord } from '../../core/ports/worker-store.js';
import { freshSchema } from '../scale/postgresql-schema.js';
import { createManualClock, createTestDatabase, mondayMorning } from '../support/test-runtime.js';

export type DatabaseFlavour = 'sqlite' | 'postgresql';

/** The real web server on loopback, over a fresh SQLite file or PostgreSQL schema, on a clock the test moves. */
export async function startLoginServer(flavour: DatabaseFlavour, environment: Record<string, string> = {}) {
  const sqlite = flavour === 'sqlite' ? createTestDatabase() : null;
  const schema = flavour === 'postgresql' ? freshSchema('inloop_login') : null;
  const clock = createManualClock(mondayMorning);
  const configuration = loadConfiguration({ DATABASE_URL: sqlite?.url ?? schema!.databaseUrl, PORT: '0', LOG_LEVEL: 'silent', ...environment });
  const runtime: Runtime = await createRuntime(configuration, { clock, logger: silentLogger });
  // Per-address limits are not what these tests are about: raised out of the way.
  const server = await createWebServer(runtime, { limits: { loginsPerMinute: 100_000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    baseUrl,
    runtime,
    clock,
    async addWorker(username: string, password: string, permission: WorkerPermission = 'worker'): Promise<WorkerRecord> {
      const worker = await runtime.store.createWorker({ username, displayName: username, team: 'Noord', passwordHash: await hashPassword(password) });
      return permission === 'worker' ? worker : runtime.store.updateWorker(worker.id, { permission });
    },
    async login(username: string, password: string, code?: string) {
      const response = await fetch(`${baseUrl}/api/inbox/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password, ...(code === undefined ? {} : { code }) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown>, retryAfter: response.headers.get('retry-after') };
    },
    async stop() {
      await server.close();
      await runtime.close();
      sqlite?.remove();
      await schema?.drop();
    },
  };
}

export type LoginServer = Awaited<ReturnType<typeof startLoginServer>>;
