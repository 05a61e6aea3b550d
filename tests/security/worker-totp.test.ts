import { Secret, TOTP, URI } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { refusedLogin } from '../../bots/web/auth-routes.js';
import { runScript } from '../support/run-command.js';
import { createTestDatabase } from '../support/test-runtime.js';
import { createPrismaStore } from '../../prisma/store/create-prisma-store.js';
import { startLoginServer, type LoginServer } from './login-test-server.js';

// Issue 13: an optional second factor for workers (TOTP), required for coordinators when
// REQUIRE_COORDINATOR_TOTP is set. A wrong or missing code counts as a failed login.
const password = 'correct horse battery';
const secret = new Secret({ size: 20 }).base32;
const codeAt = (at: Date, secretText = secret) => new TOTP({ secret: Secret.fromBase32(secretText) }).generate({ timestamp: at.getTime() });
/** Past any delay a refused attempt started (the tests below cause at most a few seconds). */
const pastTheDelay = 60_000;

let server: LoginServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

describe('a worker with a TOTP secret', () => {
  it('needs a valid code, refuses a missing, wrong or reused one, and counts those as failures', async () => {
    server = await startLoginServer('sqlite');
    const worker = await server.addWorker('tess', password);
    await server.runtime.store.updateWorker(worker.id, { totpSecret: secret });
    const failures = async () => (await server!.runtime.store.findWorkerById(worker.id))!.failedLogins;

    expect(await server.login('tess', password)).toMatchObject({ status: 401, body: { error: refusedLogin } });
    expect(await failures()).toBe(1);
    server.clock.advance(pastTheDelay);
    const wrongCode = String((Number(codeAt(server.clock.now())) + 1) % 1_000_000).padStart(6, '0');
    expect(await server.login('tess', password, wrongCode)).toMatchObject({ status: 401, body: { error: refusedLogin } });
    expect(await failures()).toBe(2);
    server.clock.advance(pastTheDelay);

    const code = codeAt(server.clock.now());
    expect((await server.login('tess', password, code)).status).toBe(200);
    expect(await failures()).toBe(0);
    // The same code, still inside its window: refused.
    server.clock.advance(5_000);
    expect(await server.login('tess', password, code)).toMatchObject({ status: 401, body: { error: refusedLogin } });
    server.clock.advance(pastTheDelay);
    // A code from one step ago or ahead is accepted (window of one step), two steps is not.
    expect((await server.login('tess', password, codeAt(new Date(server.clock.now().getTime() - 30_000)))).status).toBe(200);
    server.clock.advance(pastTheDelay);
    expect((await server.login('tess', password, codeAt(new Date(server.clock.now().getTime() - 60_000)))).status).toBe(401);
    // The right code with a wrong password: refused.
    server.clock.advance(pastTheDelay);
    expect((await server.login('tess', 'not the password!', codeAt(server.clock.now()))).status).toBe(401);
  });
});

describe('REQUIRE_COORDINATOR_TOTP', () => {
  it('keeps a coordinator without a secret out with a clear message, after the right password only', async () => {
    server = await startLoginServer('sqlite', { REQUIRE_COORDINATOR_TOTP: '1' });
    const coordinator = await server.addWorker('cora', password, 'coordinator');
    await server.addWorker('wim', password);

    expect(await server.login('cora', 'not the password!')).toMatchObject({ status: 401, body: { error: refusedLogin } });
    server.clock.advance(pastTheDelay);
    const refused = await server.login('cora', password);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/authenticator-app/);
    expect(refused.body.error).toMatch(/beheerder/);
    // A worker (not a coordinator) still logs in with a password alone.
    expect((await server.login('wim', password)).status).toBe(200);

    server.clock.advance(pastTheDelay);
    await server.runtime.store.updateWorker(coordinator.id, { totpSecret: secret });
    expect((await server.login('cora', password)).status).toBe(401);
    server.clock.advance(pastTheDelay);
    expect((await server.login('cora', password, codeAt(server.clock.now()))).status).toBe(200);
  });

  it('is off unless set: a coordinator without a secret logs in with a password', async () => {
    server = await startLoginServer('sqlite');
    await server.addWorker('cora', password, 'coordinator');
    expect((await server.login('cora', password)).status).toBe(200);
  });
});

describe('npm run workers -- totp', () => {
  it('stores a new secret, shows it as a QR code and an otpauth URI, and totp-off removes it', async () => {
    const database = createTestDatabase();
    const environment = { DATABASE_URL: database.url, WORKER_PASSWORD: password };
    try {
      expect((await runScript('bots/cli/workers.ts', { args: ['add', 'tess'], environment })).code).toBe(0);
      const shown = await runScript('bots/cli/workers.ts', { args: ['totp', 'tess'], environment });
      expect(shown.code).toBe(0);
      // The QR code: rows of block characters.
      expect(shown.stdout).toMatch(/[▄▀█]{10,}/);
      const uri = shown.stdout.match(/otpauth:\/\/totp\/\S+/)?.[0];
      expect(uri).toBeDefined();
      const fromUri = URI.parse(uri!) as TOTP;
      expect(fromUri).toMatchObject({ digits: 6, period: 30, algorithm: 'SHA1', label: 'tess', issuer: 'Inloop' });

      const store = await createPrismaStore(database.url);
      try {
        expect((await store.findWorkerByUsername('tess'))?.totpSecret).toBe(fromUri.secret.base32);
        expect((await runScript('bots/cli/workers.ts', { args: ['totp-off', 'tess'], environment })).code).toBe(0);
        expect((await store.findWorkerByUsername('tess'))?.totpSecret).toBeNull();
      } finally {
        await store.close();
      }
    } finally {
      database.remove();
    }
  }, 120_000);
});
