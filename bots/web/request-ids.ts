import type { FastifyInstance } from 'fastify';
import type { Logger } from '../../core/ports/logger.js';
import { requestContext } from '../runtime/request-context.js';

/** Probes and scrapes come every few seconds; they would drown the access log. */
const unloggedRoutes = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Each request runs in its own request context (request-context.ts), so every line logged while it
 * is handled, in the core too, carries `requestId`; the id (the caller's X-Request-Id when it is a
 * safe token) goes back as X-Request-Id. One line per finished request: method, route pattern (never
 * the address asked for, which can carry anything), status and milliseconds; no client address.
 */
export function installRequestIds(server: FastifyInstance, logger: Logger): void {
  server.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // The rest of the request (hooks, body, handler) runs inside this context (tests/web/request-ids.test.ts checks a line logged after the body).
    requestContext.run({ requestId: request.id }, done);
  });
  server.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route && unloggedRoutes.has(route)) return;
    logger.info(
      { requestId: request.id, method: request.method, route: route ?? '(no route)', statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request finished',
    );
  });
}
