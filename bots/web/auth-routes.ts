import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { createTotpChecker } from '../runtime/totp-codes.js';
import { checkWorkerLogin } from './check-worker-login.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem } from './web-errors.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import { limitPerAddress } from './limit-per-address.js';

export const workerView = (worker: { id: string; username: string; displayName: string; team: string | null; permission: string }) => ({
  id: worker.id, username: worker.username, displayName: worker.displayName, team: worker.team, permission: worker.permission,
});

/** The one answer to every refused login (unknown name, wrong password or code, or during the delay). */
export const refusedLogin = 'Gebruikersnaam, wachtwoord of code klopt niet, of er is net te vaak geprobeerd. Probeer het over even opnieuw.';

/** Log in, log out, and "who am I" (which also hands the page its CSRF token after a reload). */
export function registerAuthRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions, loginsPerAddress: RateLimiter): void {
  const warningSeconds = runtime.configuration.WORKER_SESSION_WARNING_SECONDS;
  /** When the session ends, for the inbox's warning (WCAG 2.2.1); seconds left too, so a wrong clock on the worker's PC does not matter. */
  const sessionView = (session: { expiresAt: Date }) => ({
    expiresAt: session.expiresAt.toISOString(),
    expiresInSeconds: Math.max(0, Math.floor((session.expiresAt.getTime() - runtime.clock.now().getTime()) / 1000)),
    warningSeconds,
  });
  const loginPolicy = { totp: createTotpChecker(), requireCoordinatorTotp: runtime.configuration.REQUIRE_COORDINATOR_TOTP };
  // Attempts per source address, counted where every instance counts (create-rate-limiter.ts).
  server.post('/api/inbox/login', { preHandler: limitPerAddress(loginsPerAddress) }, async (request, reply) => {
    const body = (request.body ?? {}) as { username?: unknown; password?: unknown; code?: unknown };
    if (typeof body.username !== 'string' || typeof body.password !== 'string' || body.username.length > 100 || body.password.length > 1000) {
      throw new HttpProblem(400, 'Vul je gebruikersnaam en wachtwoord in.');
    }
    const code = typeof body.code === 'string' ? body.code.replace(/\s/g, '').slice(0, 20) : undefined;
    const result = await checkWorkerLogin(runtime.store, runtime.clock, loginPolicy, { username: body.username.trim(), password: body.password, code });
    // One answer, with no Retry-After: a delay exists only for real accounts, so its length would tell.
    if (result.outcome === 'refused') throw new HttpProblem(401, refusedLogin);
    if (result.outcome === 'second-factor-missing') {
      throw new HttpProblem(403, 'Voor een coördinator-account is een code uit een authenticator-app nodig, en die is voor jou nog niet ingesteld. Vraag een beheerder om die in te stellen.');
    }
    const session = await sessions.start(reply, result.worker.id);
    runtime.logger.info({ workerId: result.worker.id }, 'worker signed in');
    return { worker: workerView(result.worker), csrfToken: session.csrfToken, session: sessionView(session) };
  });

  server.get('/api/inbox/me', async (request) => {
    const { worker, session } = await sessions.require(request);
    return { worker: workerView(worker), csrfToken: session.csrfToken, session: sessionView(session) };
  });

  // "Blijf ingelogd": a signed-in worker with the CSRF token renews the session for its full length.
  server.post('/api/inbox/session/renew', async (request, reply) => {
    const signedIn = await sessions.require(request);
    const session = await sessions.renew(reply, signedIn);
    runtime.logger.info({ workerId: signedIn.worker.id }, 'worker session renewed');
    return { session: sessionView(session) };
  });

  server.post('/api/inbox/logout', async (request, reply) => {
    await sessions.require(request);
    await sessions.end(request, reply);
    return { ok: true };
  });
}
