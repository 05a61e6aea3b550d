import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../core/ports/logger.js';
import { isSameSecret, isSignedByMeta } from './verify-webhook-signature.js';
import type { WhatsAppWebhookBody } from './whatsapp-webhook-to-inbound.js';

export const whatsAppWebhookPath = '/whatsapp/webhook';
/** Meta's webhook bodies are a few kilobytes; a batch stays far under this. */
const bodyLimit = 1024 * 1024;

export interface WhatsAppWebhookOptions {
  appSecret: string;
  verifyToken: string;
  logger: Logger;
  /** Whether the channel takes webhooks yet (after start, until stop); 503 otherwise, and Meta tries again. */
  accepting(): boolean;
  /** Called after the 200 has been sent: Meta expects an answer within seconds, and a turn may take longer. */
  handle(body: WhatsAppWebhookBody): void;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * GET: the verification handshake when the webhook is set up in the Meta app (answers
 * hub.challenge only for WHATSAPP_VERIFY_TOKEN). POST: Meta's events, refused with 401 unless
 * X-Hub-Signature-256 is right; accepted ones are answered 200 at once and handled after.
 */
export function whatsAppWebhookRoutes(options: WhatsAppWebhookOptions) {
  return async (server: FastifyInstance): Promise<void> => {
    await server.register(async (scope) => {
      // The signature is over the raw bytes: this scope keeps them instead of parsing JSON.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));

      scope.get(whatsAppWebhookPath, async (request: FastifyRequest, reply: FastifyReply) => {
        const query = request.query as Record<string, string | undefined>;
        if (query['hub.mode'] !== 'subscribe' || !isSameSecret(query['hub.verify_token'], options.verifyToken)) {
          options.logger.warn({ channel: 'whatsapp' }, 'whatsapp webhook verification refused: wrong verify token');
          return reply.status(403).type('text/plain').send('verify token is wrong');
        }
        return reply.status(200).type('text/plain').send(query['hub.challenge'] ?? '');
      });

      scope.post(whatsAppWebhookPath, { bodyLimit }, async (request: FastifyRequest, reply: FastifyReply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (!isSignedByMeta(raw, header(request, 'x-hub-signature-256'), options.appSecret)) {
          options.logger.warn({ channel: 'whatsapp' }, 'whatsapp webhook refused: signature missing or wrong');
          return reply.status(401).send({ error: 'signature is wrong' });
        }
        if (!options.accepting()) return reply.status(503).send({ error: 'not ready' });
        let body: WhatsAppWebhookBody;
        try {
          body = JSON.parse(raw.toString('utf8')) as WhatsAppWebhookBody;
        } catch {
          return reply.status(400).send({ error: 'body is not JSON' });
        }
        await reply.status(200).send({ ok: true });
        options.handle(body);
        return reply;
      });
    });
  };
}
