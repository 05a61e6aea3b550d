import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/ports/clock.js';
import type { WorkerRecord, WorkerSession, WorkerStore } from '../../core/ports/worker-store.js';
import { HttpProblem } from './web-errors.js';
import { workerTexts } from '../../core/texts/worker-texts.js';

export const sessionCookieName = 'inloop_session';

// Only the hash of the cookie value is stored, so a copy of the database holds no usable session.
const storedId = (cookieValue: string) => createHash('sha256').update(cookieValue).digest('hex');

export interface SignedInWorker {
  worker: WorkerRecord;
  session: WorkerSession;
}

/** Worker sessions: a random id in an HttpOnly SameSite=Strict cookie, a CSRF token per session. */
export function createWorkerSessions(store: WorkerStore, clock: Clock, options: { secureCookie: boolean; sessionMinutes?: number }) {
  const sessionMinutes = options.sessionMinutes ?? 12 * 60;

  async function issue(reply: FastifyReply, workerId: string, csrfToken: string): Promise<WorkerSession> {
    const cookieValue = randomBytes(32).toString('base64url');
    const session: WorkerSession = { id: storedId(cookieValue), workerId, csrfToken, expiresAt: new Date(clock.now().getTime() + sessionMinutes * 60_000) };
    await store.createSession(session);
    reply.setCookie(sessionCookieName, cookieValue, {
      httpOnly: true, sameSite: 'strict', secure: options.secureCookie, path: '/', maxAge: sessionMinutes * 60,
    });
    return session;
  }

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

    start(reply: FastifyReply, workerId: string): Promise<WorkerSession> {
      return issue(reply, workerId, randomBytes(32).toString('base64url'));
    },

    /**
     * "Blijf ingelogd": a new session of full length replaces the current one (a new cookie value, so
     * a stolen old one stops working). The CSRF token stays, so other open inbox tabs keep working.
     */
    async renew(reply: FastifyReply, signedIn: SignedInWorker): Promise<WorkerSession> {
      const session = await issue(reply, signedIn.worker.id, signedIn.session.csrfToken);
      await store.deleteSession(signedIn.session.id);
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
      if (!signedIn) throw new HttpProblem(401, workerTexts.signInFirst);
      if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        const given = Buffer.from(String(request.headers['x-csrf-token'] ?? ''));
        const expected = Buffer.from(signedIn.session.csrfToken);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new HttpProblem(403, workerTexts.actionRefused);
        }
      }
      return signedIn;
    },
  };
}

export type WorkerSessions = ReturnType<typeof createWorkerSessions>;
