import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { checkWorkerLogin, lockMinutes } from './check-worker-login.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem } from './web-errors.js';

export const workerView = (worker: { id: string; username: string; displayName: string; team: string | null }) => ({
  id: worker.id, username: worker.username, displayName: worker.displayName, team: worker.team,
});

/** Log in, log out, and "who am I" (which also hands the page its CSRF token after a reload). */
export function registerAuthRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions, loginsPerMinute: number): void {
  server.post('/api/inbox/login', { config: { rateLimit: { max: loginsPerMinute, timeWindow: 60_000 } } }, async (request, reply) => {
    const body = (request.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof body.username !== 'string' || typeof body.password !== 'string' || body.username.length > 100 || body.password.length > 1000) {
      throw new HttpProblem(400, 'Vul je gebruikersnaam en wachtwoord in.');
    }
    const result = await checkWorkerLogin(runtime.store, runtime.clock, body.username.trim(), body.password);
    if (result.outcome === 'locked') {
      throw new HttpProblem(423, `Te vaak een verkeerd wachtwoord. Dit account is ${lockMinutes} minuten geblokkeerd.`);
    }
    if (result.outcome === 'invalid') throw new HttpProblem(401, 'Gebruikersnaam of wachtwoord klopt niet.');
    const session = await sessions.start(reply, result.worker.id);
    runtime.logger.info({ workerId: result.worker.id }, 'worker signed in');
    return { worker: workerView(result.worker), csrfToken: session.csrfToken };
  });

  server.get('/api/inbox/me', async (request) => {
    const { worker, session } = await sessions.require(request);
    return { worker: workerView(worker), csrfToken: session.csrfToken };
  });

  server.post('/api/inbox/logout', async (request, reply) => {
    await sessions.require(request);
    await sessions.end(request, reply);
    return { ok: true };
  });
}
