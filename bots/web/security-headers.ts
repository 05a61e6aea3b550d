import type { FastifyInstance } from 'fastify';

// No inline scripts anywhere: every script is a file from this origin, so an injected <script> cannot run.
const pagePolicy = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "object-src 'none'",
];
const demoPolicy = [...pagePolicy, "frame-ancestors 'self'"].join('; ');
// The inbox shows personal data: never inside someone else's frame.
const inboxPolicy = [...pagePolicy, "frame-ancestors 'none'"].join('; ');
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";

export function installSecurityHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    const path = request.url.split('?')[0] ?? '';
    const type = String(reply.getHeader('content-type') ?? '');
    if (path === '/inbox' || path.startsWith('/inbox/') || path.startsWith('/api/inbox')) {
      reply.header('Content-Security-Policy', type.startsWith('text/html') ? inboxPolicy : apiPolicy);
      reply.header('X-Frame-Options', 'DENY');
    } else if (type.startsWith('text/html')) {
      reply.header('Content-Security-Policy', demoPolicy);
    } else if (path.startsWith('/api/')) {
      reply.header('Content-Security-Policy', apiPolicy);
    }
    if (path.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
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
