import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';

const digest = (text: string) => createHash('sha256').update(text).digest();
const loopbackAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether the request carries `Authorization: Bearer <token>`; compared in constant time. */
function carriesToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const offered = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  return offered.length > 0 && timingSafeEqual(digest(offered), digest(token));
}

/**
 * Straight from this machine, not through a proxy: the socket's own peer (never X-Forwarded-For,
 * which TRUST_PROXY would believe), and no forwarding header, which a reverse proxy on the same
 * machine adds.
 */
function isDirectLocalRequest(request: FastifyRequest): boolean {
  return loopbackAddresses.has(request.socket.remoteAddress ?? '') && !request.headers['x-forwarded-for'] && !request.headers.forwarded;
}

/**
 * GET /metrics in Prometheus text format (docs/operators/metrics.md). With METRICS_TOKEN it asks
 * for that bearer token. Without one, on the main port it answers only requests made on this
 * machine directly (so the default local start shows it and a public address does not); on
 * METRICS_PORT, reaching the port is the permission.
 */
function registerMetrics(server: FastifyInstance, runtime: Pick<Runtime, 'metrics' | 'configuration'>, localOnly: boolean): void {
  const token = runtime.configuration.METRICS_TOKEN;
  server.get('/metrics', async (request, reply) => {
    if (token && !carriesToken(request, token)) {
      return reply.status(401).header('www-authenticate', 'Bearer').send({ error: 'The metrics need the bearer token of METRICS_TOKEN.' });
    }
    if (!token && localOnly && !isDirectLocalRequest(request)) {
      return reply.status(403).send({ error: 'The metrics answer only on this machine; set METRICS_TOKEN or METRICS_PORT to read them from elsewhere.' });
    }
    return reply.type(runtime.metrics.contentType).send(await runtime.metrics.render());
  });
}

/** /metrics on the main port (when METRICS_PORT is not set). */
export function registerMetricsRoute(server: FastifyInstance, runtime: Pick<Runtime, 'metrics' | 'configuration'>): void {
  registerMetrics(server, runtime, true);
}

/** METRICS_PORT: /metrics alone on a port of its own (on HOST), for a network only the scraper reaches. */
export async function startMetricsServer(runtime: Pick<Runtime, 'metrics' | 'configuration'>, port: number): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  registerMetrics(server, runtime, false);
  await server.listen({ port, host: runtime.configuration.HOST });
  return server;
}
