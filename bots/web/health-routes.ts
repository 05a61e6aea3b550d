import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { webServerTexts } from '../../core/texts/web-texts.js';

/** /healthz: the process answers. /readyz: the database answers too (the store's ping). */
export function registerHealthRoutes(server: FastifyInstance, runtime: Runtime): void {
  server.get('/healthz', async () => ({ status: 'ok' }));
  server.get('/readyz', async (_request, reply) => {
    try {
      await runtime.store.ping();
      return { status: 'ready' };
    } catch (error) {
      runtime.logger.warn({ err: error }, 'readiness: database unreachable');
      return reply.status(503).send({ status: 'unavailable', error: webServerTexts.databaseUnreachable });
    }
  });
}
