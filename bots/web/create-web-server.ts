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
import { createMessageRateLimiter } from './message-rate-limits.js';

export interface WebServerOptions {
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookie?: boolean;
  /**
   * Requests per minute; tests raise them. Defaults come from the configuration
   * (RATE_LIMIT_*): logins and sessions per address, messages per address and per conversation.
   */
  limits?: Partial<{ loginsPerMinute: number; sessionsPerMinute: number; messagesPerMinute: number; messagesPerConversationPerMinute: number }>;
  /** Honour X-Forwarded-For (TRUST_PROXY); defaults to the configuration. */
  trustProxy?: boolean;
  /** Extra routes from other adapters on the same port (Slack's /slack/events), registered before listen. */
  routes?: Array<(server: FastifyInstance) => void | Promise<void>>;
}

const maximumBodyBytes = 64 * 1024;

/** The web channel: demo page, widget, chat API and sockets, worker inbox and its API, on one port. */
export async function createWebServer(runtime: Runtime, options: WebServerOptions = {}): Promise<FastifyInstance> {
  const { configuration } = runtime;
  const limits = {
    loginsPerMinute: configuration.RATE_LIMIT_LOGINS_PER_ADDRESS_PER_MINUTE,
    sessionsPerMinute: configuration.RATE_LIMIT_SESSIONS_PER_ADDRESS_PER_MINUTE,
    messagesPerMinute: configuration.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    messagesPerConversationPerMinute: configuration.RATE_LIMIT_PER_CONVERSATION_PER_MINUTE,
    ...options.limits,
  };
  const rateLimiter = createMessageRateLimiter({ perConversationPerMinute: limits.messagesPerConversationPerMinute, perAddressPerMinute: limits.messagesPerMinute });
  // Behind a load balancer the client address comes from X-Forwarded-For, so per-address limits see the resident.
  const server = Fastify({ logger: false, bodyLimit: maximumBodyBytes, trustProxy: options.trustProxy ?? configuration.TRUST_PROXY });
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
  registerChatRoutes(server, runtime, { sessionsPerMinute: limits.sessionsPerMinute, rateLimiter });
  // A connection may send bursts up to a sixth of the per-conversation minute in 10 s (at least 20 frames).
  registerChatSocket(server, runtime, residentHub, { rateLimiter, framesPerWindow: Math.max(20, Math.ceil(limits.messagesPerConversationPerMinute / 6)) });
  registerAuthRoutes(server, runtime, sessions, limits.loginsPerMinute);
  registerInboxRoutes(server, runtime, sessions);
  registerInboxSocket(server, sessions, workerHub);
  for (const register of options.routes ?? []) await register(server);
  return server;
}
