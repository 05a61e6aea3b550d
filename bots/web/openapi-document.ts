import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';

/** What every failure answers (web-errors.ts); stack traces stay in the log. */
const failure = {
  description: 'A kind message for the person (Dutch for workers); some refusals add a reason',
  type: 'object', properties: { error: { type: 'string' } }, required: ['error'],
};

/** The routes the document describes: the JSON API, health and metrics. Pages, the widget's files and the sockets are left out. */
function isDocumentedRoute(url: string, websocket = false): boolean {
  if (websocket || url === '/api/openapi.json') return false;
  return url.startsWith('/api/') || ['/healthz', '/readyz', '/metrics'].includes(url);
}

/**
 * Route schemas are zod (validated by fastify-type-provider-zod), and GET /api/openapi.json is generated
 * from them by @fastify/swagger, so the document cannot drift from the routes. Register before any route.
 * The WebSocket protocols are described in docs/developers/web-api.md.
 */
export async function registerOpenApi(server: FastifyInstance): Promise<void> {
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Inloop web API', version: '0.1.0', description: 'Chat for residents (bearer token) and the worker inbox (session cookie + CSRF header). Every failure answers { error: "a kind message" }.' },
      components: {
        securitySchemes: {
          residentToken: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/chat/sessions' },
          session: { type: 'apiKey', in: 'cookie', name: 'inloop_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: (document) => {
      if (!isDocumentedRoute(document.url, document.route.websocket === true)) return { schema: { hide: true }, url: document.url };
      const transformed = jsonSchemaTransform(document);
      // Routes without a schema (health, metrics) get none from the transform.
      const response = { '2xx': { description: 'Done' }, ...(transformed.schema?.response as object | undefined), '4xx': failure, '5xx': failure };
      return { ...transformed, schema: { ...transformed.schema, response } };
    },
    transformObject: jsonSchemaTransformObject,
  });
  server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());
}
