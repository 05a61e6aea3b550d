import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import type { SignedInWorker, WorkerSessions } from './worker-sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireSignedIn's hook on every route of a signed-in group. */
    signedIn: SignedInWorker | null;
  }
}

/**
 * One sign-in check for a group of routes (an encapsulated plugin): 401 without a session and 403 on a
 * state change without the CSRF token, before the body is validated; then `request.signedIn`. The group's
 * routes are marked in the OpenAPI document with what they need.
 */
export function requireSignedIn(group: FastifyInstance, sessions: WorkerSessions): void {
  group.decorateRequest('signedIn', null);
  group.addHook('preValidation', async (request) => {
    request.signedIn = await sessions.require(request);
  });
  group.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const changes = methods.some((method) => !['GET', 'HEAD', 'OPTIONS'].includes(method));
    route.schema = { ...route.schema, security: [changes ? { session: [], csrf: [] } : { session: [] }] } as typeof route.schema;
  });
}

/** The worker and session of a route in a signed-in group. */
export function signedIn(request: FastifyRequest): SignedInWorker {
  if (!request.signedIn) throw new Error(`${request.routeOptions.url} is outside a signed-in route group`);
  return request.signedIn;
}

/** The worker of a route in a signed-in group. */
export function signedInWorker(request: FastifyRequest): WorkerRecord {
  return signedIn(request).worker;
}
