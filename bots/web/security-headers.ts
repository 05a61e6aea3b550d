import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// No inline scripts anywhere: every script is a file from this origin, so an injected <script> cannot run.
const pageDirectives = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
  baseUri: ["'none'"], formAction: ["'self'"], objectSrc: ["'none'"],
};
const policy = (directives: Record<string, string[]>) => ({ useDefaults: false, directives });
const demoPolicy = policy({ ...pageDirectives, frameAncestors: ["'self'"] });
// The inbox shows personal data: never inside someone else's frame.
const inboxPolicy = policy({ ...pageDirectives, frameAncestors: ["'none'"] });
const apiPolicy = policy({ defaultSrc: ["'none'"], frameAncestors: ["'none'"] });

/** Helmet's settings for a path: the inbox (pages and API) is never framed; the API answers JSON only. */
function helmetFor(path: string) {
  if (path === '/inbox' || path.startsWith('/inbox/')) return { contentSecurityPolicy: inboxPolicy, frameguard: { action: 'deny' as const } };
  if (path.startsWith('/api/inbox')) return { contentSecurityPolicy: apiPolicy, frameguard: { action: 'deny' as const } };
  if (path.startsWith('/api/')) return { contentSecurityPolicy: apiPolicy };
  return { contentSecurityPolicy: demoPolicy };
}

/**
 * @fastify/helmet sets the headers (nosniff, no-referrer, the CSP above, X-Frame-Options and its
 * other defaults); the policy is chosen by path, before the route runs. HSTS is left to whatever
 * terminates TLS in front of Inloop, which knows the domains it covers.
 */
export async function installSecurityHeaders(server: FastifyInstance): Promise<void> {
  await server.register(helmet, { global: false, strictTransportSecurity: false, referrerPolicy: { policy: 'no-referrer' } });
  server.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    await reply.helmet(helmetFor(path));
    if (path.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}

/**
 * The widget runs on other sites (a municipality's own pages) and authenticates with a bearer
 * token, never a cookie, so any origin may call the chat API.
 */
export function installChatCors(server: FastifyInstance): void {
  server.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/chat/')) return;
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    reply.header('Access-Control-Max-Age', '600');
    if (request.method === 'OPTIONS') return reply.status(204).send();
  });
}
