import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerChatRoutes } from './chat-routes.js';
import { registerChatSocket } from './chat-socket.js';
import { registerHealthRoutes } from './health-routes.js';
import { registerInboxRoutes } from './inbox-routes.js';
import { registerInboxSocket } from './inbox-socket.js';
import { openApiDocument } from './openapi-document.js';
import { createResidentSocketHub } from './resident-socket-hub.js';
import { installChatCors, installSecurityHeaders } from './security-headers.js';
import { registerStaticRoutes } from './static-routes.js';
import { installErrorHandler } from './web-errors.js';
import { createWorkerSessions } from './worker-sessions.js';
import { createWorkerSocketHub } from './worker-socket-hub.js';

export interface WebServerOptions {
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookie?: boolean;
  /** Requests per minute per address; tests raise them. */
  limits?: Partial<{ loginsPerMinute: number; sessionsPerMinute: number; messagesPerMinute: number }>;
  /** Extra routes from other adapters on the same port (Slack's /slack/events), registered before listen. */
  routes?: Array<(server: FastifyInstance) => void | Promise<void>>;
}

const maximumBodyBytes = 64 * 1024;

/** The web channel: demo page, widget, chat API and sockets, worker inbox and its API, on one port. */
export async function createWebServer(runtime: Runtime, options: WebServerOptions = {}): Promise<FastifyInstance> {
  const limits = { loginsPerMinute: 10, sessionsPerMinute: 20, messagesPerMinute: 60, ...options.limits };
  const server = Fastify({ logger: false, bodyLimit: maximumBodyBytes, trustProxy: false });
  await server.register(cookie);
  await server.register(rateLimit, { global: false });
  // ws closes a connection whose frame is over maxPayload: a hard cap on what one frame may cost.
  await server.register(websocket, { options: { maxPayload: maximumBodyBytes } });
  installErrorHandler(server, runtime.logger);
  installSecurityHeaders(server);
  installChatCors(server);

  const sessions = createWorkerSessions(runtime.store, runtime.clock, { secureCookie: options.secureCookie ?? false });
  const residentHub = createResidentSocketHub(runtime.events);
  const workerHub = createWorkerSocketHub(runtime.events, runtime.clock);
  server.addHook('onClose', async () => {
    residentHub.close();
    workerHub.close();
  });

  registerHealthRoutes(server, runtime);
  registerStaticRoutes(server);
  server.get('/api/openapi.json', async () => openApiDocument);
  registerChatRoutes(server, runtime, limits);
  registerChatSocket(server, runtime, residentHub);
  registerAuthRoutes(server, runtime, sessions, limits.loginsPerMinute);
  registerInboxRoutes(server, runtime, sessions);
  registerInboxSocket(server, sessions, workerHub);
  for (const register of options.routes ?? []) await register(server);
  return server;
}
