import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedLogin } from '../../bots/web/auth-routes.js';
import { maximumLoginDelayMilliseconds } from '../../bots/web/check-worker-login.js';
import { describeWithoutPostgresql, postgresqlUnreachable } from '../scale/postgresql-schema.js';
import { startLoginServer, type DatabaseFlavour, type LoginServer } from './login-test-server.js';

// Issue 13, point 1: ten (or two hundred) wrong passwords sent at once left failedLogins at 1 and
// no lock, and the right password then worked. Point 7: the lock-out answer (423) told which
// usernames exist, and anyone could lock a worker out for 15 minutes.
const password = 'correct horse battery';
const wrong = 'not the password!';
const second = 1000;
/** Two hundred scrypt hashes at once take a while on a small, busy machine; no assertion is about time. */
const parallelTimeout = 300_000;

function defineLoginAttempts(flavour: DatabaseFlavour): void {
  describe(`login attempts on ${flavour}`, () => {
    let server: LoginServer;
    beforeAll(async () => {
      server = await startLoginServer(flavour);
    });
    afterAll(() => server?.stop());

    const stored = async (username: string) => (await server.runtime.store.findWorkerByUsername(username))!;

    it.each([10, 200])('counts %i wrong passwords sent at once, each one, and refuses the right one right after', async (parallel) => {
      const username = `parallel-${parallel}`;
      await server.addWorker(username, password);
      const answers = await Promise.all(Array.from({ length: parallel }, () => server.login(username, wrong)));
      expect(answers.every((answer) => answer.status === 401)).toBe(true);
      const worker = await stored(username);
      expect(worker.failedLogins).toBe(parallel);
      expect(worker.lockedUntil!.getTime()).toBeGreaterThan(server.clock.now().getTime());
      const right = await server.login(username, password);
      expect(right).toMatchObject({ status: 401, body: { error: refusedLogin } });
      expect((await stored(username)).failedLogins).toBe(parallel + 1);
    }, parallelTimeout);

    it('answers an unknown username exactly as a known one, also during the delay and for the right password then', async () => {
      await server.addWorker('known', password);
      const answers = [
        await server.login('known', wrong), // checked and wrong: the delay begins
        await server.login('known', wrong), // during the delay
        await server.login('known', password), // the right password during the delay
        await server.login('nobody-by-this-name', wrong),
        await server.login('nobody-by-this-name', password),
      ];
      for (const answer of answers) expect(answer).toEqual({ status: 401, body: { error: refusedLogin }, retryAfter: null });
      server.clock.advance(2 * second);
      expect((await server.login('known', password)).status).toBe(200);
      expect(await stored('known')).toMatchObject({ failedLogins: 0, lockedUntil: null });
    });

    it('doubles the delay after each failure from one second: five wrong passwords keep a worker out 16 seconds, not 15 minutes', async () => {
      await server.addWorker('doubling', password);
      for (const delay of [1, 2, 4, 8, 16].map((seconds) => seconds * second)) {
        expect((await server.login('doubling', wrong)).status).toBe(401);
        expect((await stored('doubling')).lockedUntil!.getTime() - server.clock.now().getTime()).toBe(delay);
        server.clock.advance(delay);
      }
      expect((await server.login('doubling', password)).status).toBe(200);
    });

    it('lets no anonymous client keep a worker out longer than the cap after it stops', async () => {
      await server.addWorker('target', password);
      await Promise.all(Array.from({ length: 12 }, () => server.login('target', wrong)));
      server.clock.advance(second);
      // The first attempt after the delay is checked; with 13 failures its delay is the cap.
      expect((await server.login('target', wrong)).status).toBe(401);
      const lockedUntil = (await stored('target')).lockedUntil!.getTime();
      expect(lockedUntil - server.clock.now().getTime()).toBe(maximumLoginDelayMilliseconds);
      // More attempts during the delay are counted but do not move it.
      for (const minutes of [1, 5, 14]) {
        server.clock.set(new Date(lockedUntil - maximumLoginDelayMilliseconds + minutes * 60_000));
        await Promise.all(Array.from({ length: 5 }, () => server.login('target', wrong)));
      }
      expect(await stored('target')).toMatchObject({ failedLogins: 13 + 15, lockedUntil: new Date(lockedUntil) });
      server.clock.set(new Date(lockedUntil - 1));
      expect((await server.login('target', password)).status).toBe(401);
      server.clock.set(new Date(lockedUntil));
      expect((await server.login('target', password)).status).toBe(200);
      expect(await stored('target')).toMatchObject({ failedLogins: 0, lockedUntil: null });
    }, parallelTimeout);
  });
}

defineLoginAttempts('sqlite');
const unreachable = await postgresqlUnreachable();
if (unreachable) describeWithoutPostgresql('login attempts on postgresql', unreachable);
else defineLoginAttempts('postgresql');
