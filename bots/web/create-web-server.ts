import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerChatRoutes } from './chat-routes.js';
import { registerChatSocket } from './chat-socket.js';
import { registerHealthRoutes } from './health-routes.js';
import { inboxRoutes } from './inbox-routes.js';
import { registerInboxSocket } from './inbox-socket.js';
import { registerOpenApi } from './openapi-document.js';
import { createResidentSocketHub } from './resident-socket-hub.js';
import { installChatCors, installSecurityHeaders } from './security-headers.js';
import { registerStaticRoutes } from './static-routes.js';
import { installErrorHandler } from './web-errors.js';
import { createWorkerSessions } from './worker-sessions.js';
import { createWorkerSocketHub } from './worker-socket-hub.js';
import { createMessageRateLimiter } from './message-rate-limits.js';
import { registerMetricsRoute } from './metrics-routes.js';
import { installRequestIds } from './request-ids.js';
import { requestIdFor } from '../runtime/request-context.js';

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
  // Counted where every instance counts (Redis, else PostgreSQL, else in process), over a sliding minute.
  const perMinute = (name: string, maximum: number) => runtime.rateLimiters.create(name, { maximum, windowSeconds: 60 });
  const rateLimiter = createMessageRateLimiter({
    perConversation: perMinute('messages-per-conversation', limits.messagesPerConversationPerMinute),
    perAddress: perMinute('messages-per-address', limits.messagesPerMinute),
  });
  const requestTimeout = configuration.REQUEST_TIMEOUT_MS;
  const server = Fastify({
    logger: false,
    // Counted as the bytes arrive, so a chunked body without Content-Length is cut off at the limit too.
    bodyLimit: maximumBodyBytes,
    // Behind a load balancer the client address comes from X-Forwarded-For, so per-address limits see the resident.
    trustProxy: options.trustProxy ?? configuration.TRUST_PROXY,
    // A request (headers and body) gets REQUEST_TIMEOUT_MS in all, so a body sent a byte at a time is cut off with 408;
    // an idle connection goes after 90 s, longer than the keep-alive of 72 s that outlasts a load balancer's 60 s.
    requestTimeout,
    connectionTimeout: 90_000,
    keepAliveTimeout: 72_000,
    http: { headersTimeout: Math.min(60_000, requestTimeout), connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 4))) },
    // Every log line of a request carries its id, echoed as X-Request-Id (request-ids.ts).
    requestIdHeader: false,
    genReqId: (request) => requestIdFor(request.headers['x-request-id']),
  });
  installRequestIds(server, runtime.logger);
  await server.register(cookie);
  // ws closes a connection whose frame is over maxPayload: a hard cap on what one frame may cost.
  await server.register(websocket, { options: { maxPayload: maximumBodyBytes } });
  installErrorHandler(server, runtime.logger);
  await installSecurityHeaders(server);
  installChatCors(server);
  await registerOpenApi(server);

  const sessions = createWorkerSessions(runtime.store, runtime.clock, { secureCookie: options.secureCookie ?? false, sessionMinutes: configuration.WORKER_SESSION_MINUTES });
  const residentHub = createResidentSocketHub(runtime.events, async (conversationId) => (await runtime.store.findConversation(conversationId))?.state ?? null);
  const workerHub = createWorkerSocketHub(runtime.events, runtime.clock, { desk: runtime.desk, findCase: (caseId) => runtime.store.findCase(caseId) });
  server.addHook('onClose', async () => {
    residentHub.close();
    workerHub.close();
  });

  registerHealthRoutes(server, runtime);
  // With METRICS_PORT, main.ts serves /metrics on that port instead.
  if (configuration.METRICS_PORT === undefined) registerMetricsRoute(server, runtime);
  registerStaticRoutes(server);
  registerChatRoutes(server, runtime, { sessions: perMinute('sessions-per-address', limits.sessionsPerMinute), rateLimiter });
  // A connection may send bursts up to a sixth of the per-conversation minute in 10 s (at least 20 frames).
  registerChatSocket(server, runtime, residentHub, {
    rateLimiter,
    framesPerWindow: Math.max(20, Math.ceil(limits.messagesPerConversationPerMinute / 6)),
    maximumSocketsPerAddress: configuration.MAXIMUM_SOCKETS_PER_ADDRESS,
    maximumSockets: configuration.MAXIMUM_SOCKETS,
    helloTimeoutMilliseconds: configuration.SOCKET_HELLO_TIMEOUT_MS,
  });
  registerAuthRoutes(server, runtime, sessions, perMinute('logins-per-address', limits.loginsPerMinute));
  await server.register(inboxRoutes(runtime, sessions));
  registerInboxSocket(server, sessions, workerHub);
  for (const register of options.routes ?? []) await register(server);
  return server;
}
