import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/ports/clock.js';
import type { WorkerRecord, WorkerSession, WorkerStore } from '../../core/ports/worker-store.js';
import { HttpProblem } from './web-errors.js';

export const sessionCookieName = 'inloop_session';
const sessionHours = 12;

// Only the hash of the cookie value is stored, so a copy of the database holds no usable session.
const storedId = (cookieValue: string) => createHash('sha256').update(cookieValue).digest('hex');

export interface SignedInWorker {
  worker: WorkerRecord;
  session: WorkerSession;
}

/** Worker sessions: a random id in an HttpOnly SameSite=Strict cookie, a CSRF token per session. */
export function createWorkerSessions(store: WorkerStore, clock: Clock, options: { secureCookie: boolean }) {
  async function find(request: FastifyRequest): Promise<SignedInWorker | null> {
    const cookieValue = request.cookies[sessionCookieName];
    if (!cookieValue || cookieValue.length > 100) return null;
    const session = await store.findSession(storedId(cookieValue));
    if (!session || session.expiresAt.getTime() <= clock.now().getTime()) return null;
    const worker = await store.findWorkerById(session.workerId);
    return worker ? { worker, session } : null;
  }

  return {
    find,

    async start(reply: FastifyReply, workerId: string): Promise<WorkerSession> {
      const cookieValue = randomBytes(32).toString('base64url');
      const session: WorkerSession = {
        id: storedId(cookieValue),
        workerId,
        csrfToken: randomBytes(32).toString('base64url'),
        expiresAt: new Date(clock.now().getTime() + sessionHours * 3600_000),
      };
      await store.createSession(session);
      reply.setCookie(sessionCookieName, cookieValue, {
        httpOnly: true, sameSite: 'strict', secure: options.secureCookie, path: '/', maxAge: sessionHours * 3600,
      });
      return session;
    },

    async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const cookieValue = request.cookies[sessionCookieName];
      if (cookieValue) await store.deleteSession(storedId(cookieValue));
      reply.clearCookie(sessionCookieName, { path: '/' });
    },

    /** For every inbox request: 401 without a session; 403 on a state change without the session's CSRF token. */
    async require(request: FastifyRequest): Promise<SignedInWorker> {
      const signedIn = await find(request);
      if (!signedIn) throw new HttpProblem(401, 'Log eerst in.');
      if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        const given = Buffer.from(String(request.headers['x-csrf-token'] ?? ''));
        const expected = Buffer.from(signedIn.session.csrfToken);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new HttpProblem(403, 'Deze actie is geweigerd. Laad de pagina opnieuw en probeer het nog eens.');
        }
      }
      return signedIn;
    },
  };
}

export type WorkerSessions = ReturnType<typeof createWorkerSessions>;
