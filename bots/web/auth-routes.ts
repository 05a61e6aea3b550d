import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { createTotpChecker } from '../runtime/totp-codes.js';
import { checkWorkerLogin } from './check-worker-login.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem, requestText } from './web-errors.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import { limitPerAddress } from './limit-per-address.js';
import { requireSignedIn, signedIn } from './signed-in-worker.js';
import { workerTexts } from '../../core/texts/worker-texts.js';

export const workerView = (worker: { id: string; username: string; displayName: string; team: string | null; permission: string }) => ({
  id: worker.id, username: worker.username, displayName: worker.displayName, team: worker.team, permission: worker.permission,
});

/** The one answer to every refused login (unknown name, wrong password or code, or during the delay). */
export const refusedLogin = workerTexts.refusedLogin;

const fillIn = requestText(workerTexts.fillInLogin);
const loginBody = z.object({
  username: z.string({ error: fillIn }).max(100, fillIn),
  password: z.string({ error: fillIn }).max(1000, fillIn),
  code: z.string().optional().catch(undefined).describe('The TOTP code, for accounts that have one'),
}, { error: fillIn });

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
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.post('/api/inbox/login', {
    preHandler: limitPerAddress(loginsPerAddress),
    schema: {
      summary: 'Sign in; sets the HttpOnly session cookie and returns the CSRF token. Every refusal (unknown name, wrong password or code, or an attempt during ' +
        'the per-account delay that doubles after each failure, up to 15 minutes) is the same 401; 403 only after the right password, for a coordinator without the required second factor.',
      body: loginBody,
    },
  }, async (request, reply) => {
    const body = request.body;
    const code = body.code !== undefined ? body.code.replace(/\s/g, '').slice(0, 20) : undefined;
    const result = await checkWorkerLogin(runtime.store, runtime.clock, loginPolicy, { username: body.username.trim(), password: body.password, code });
    // One answer, with no Retry-After: a delay exists only for real accounts, so its length would tell.
    if (result.outcome === 'refused') throw new HttpProblem(401, refusedLogin);
    if (result.outcome === 'second-factor-missing') {
      throw new HttpProblem(403, workerTexts.secondFactorMissing);
    }
    const session = await sessions.start(reply, result.worker.id);
    runtime.logger.info({ workerId: result.worker.id }, 'worker signed in');
    return { worker: workerView(result.worker), csrfToken: session.csrfToken, session: sessionView(session) };
  });

  // The rest needs a session (and a state change its CSRF token): one group with one check.
  server.register(async (group) => {
    requireSignedIn(group, sessions);
    const signedInApi = group.withTypeProvider<ZodTypeProvider>();
    signedInApi.get('/api/inbox/me', { schema: { summary: 'The signed-in worker and the CSRF token' } }, async (request) => {
      const { worker, session } = signedIn(request);
      return { worker: workerView(worker), csrfToken: session.csrfToken, session: sessionView(session) };
    });

    // "Blijf ingelogd": a signed-in worker with the CSRF token renews the session for its full length.
    signedInApi.post('/api/inbox/session/renew', { schema: { summary: 'Renew the session for its full length ("Blijf ingelogd")' } }, async (request, reply) => {
      const current = signedIn(request);
      const session = await sessions.renew(reply, current);
      runtime.logger.info({ workerId: current.worker.id }, 'worker session renewed');
      return { session: sessionView(session) };
    });

    signedInApi.post('/api/inbox/logout', { schema: { summary: 'Sign out' } }, async (request, reply) => {
      await sessions.end(request, reply);
      return { ok: true };
    });
  });
}
