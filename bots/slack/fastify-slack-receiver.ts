import { parse as parseQuery } from 'node:querystring';
import { ReceiverMultipleAckError, verifySlackRequest, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../core/ports/logger.js';

export interface FastifySlackReceiverOptions {
  signingSecret: string;
  logger: Logger;
  path?: string;
  /** Milliseconds since the epoch; for signature freshness. */
  now?: () => number;
}

/** Slack refuses requests older than five minutes; so do we, in both directions (a clock ahead is as suspicious). */
const maximumSkewSeconds = 5 * 60;
/** Interactive payloads repeat the whole message; more room than the chat API's 64 KB. */
const bodyLimit = 1024 * 1024;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = parseQuery(raw);
    // Interactivity sends `payload=<json>`; slash commands send plain form fields.
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : (form as Record<string, unknown>);
  }
  return JSON.parse(raw);
}

/**
 * A Bolt Receiver fed by the app's own fastify server, so Slack's events arrive on the same
 * port as the web channel. The route keeps the raw body (signature check), answers ssl_check,
 * verifies signature and timestamp, answers url_verification itself, and hands everything else to
 * Bolt; the HTTP answer is sent when a listener acks (Bolt acks events at once).
 */
export class FastifySlackReceiver implements Receiver {
  private app: App | undefined;
  private accepting = false;
  private readonly path: string;
  private readonly now: () => number;

  constructor(private readonly options: FastifySlackReceiverOptions) {
    if (!options.signingSecret) throw new Error('FastifySlackReceiver needs a signing secret');
    this.path = options.path ?? '/slack/events';
    this.now = options.now ?? Date.now;
  }

  init(app: App): void {
    this.app = app;
  }

  /** The port belongs to fastify: starting only opens the door. */
  async start(): Promise<void> {
    this.accepting = true;
  }

  async stop(): Promise<void> {
    this.accepting = false;
  }

  /** For WebServerOptions.routes: registers the route in its own scope with a raw-string body parser. */
  readonly register = async (server: FastifyInstance): Promise<void> => {
    await server.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, (_request, body, done) => done(null, body));
      scope.post(this.path, { bodyLimit }, (request, reply) => this.handle(request, reply));
    });
  };

  private isAuthentic(raw: string, signature: string | undefined, timestamp: number): boolean {
    if (!signature || !Number.isInteger(timestamp)) return false;
    if (Math.abs(Math.floor(this.now() / 1000) - timestamp) > maximumSkewSeconds) return false;
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret, body: raw, nowMilliseconds: this.now(),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
      return true;
    } catch {
      return false;
    }
  }

  private async handle(request: FastifyRequest, reply: FastifyReply) {
    const raw = typeof request.body === 'string' ? request.body : '';
    const contentType = header(request, 'content-type') ?? '';
    // Slack's SSL check carries no signature (as in Bolt's own receivers); it is answered and nothing else happens.
    if (contentType.startsWith('application/x-www-form-urlencoded') && parseQuery(raw).ssl_check === '1') return reply.code(200).type('text/plain').send('');
    const timestamp = Number(header(request, 'x-slack-request-timestamp'));
    if (!this.isAuthentic(raw, header(request, 'x-slack-signature'), timestamp)) {
      this.options.logger.warn({ channel: 'slack', timestamp: header(request, 'x-slack-request-timestamp') ?? null }, 'slack request refused: bad signature or stale timestamp');
      return reply.code(401).type('text/plain').send('');
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, contentType);
    } catch {
      return reply.code(400).type('text/plain').send('');
    }
    if (body.type === 'url_verification') return reply.code(200).send({ challenge: body.challenge });
    if (!this.app || !this.accepting) return reply.code(503).type('text/plain').send('');

    let acknowledged = false;
    let acknowledge: (response: unknown) => void = () => {};
    const acked = new Promise<{ response: unknown }>((resolve) => (acknowledge = (response) => resolve({ response })));
    const retryNum = Number(header(request, 'x-slack-retry-num'));
    const event: ReceiverEvent = {
      body,
      retryNum: Number.isInteger(retryNum) ? retryNum : undefined,
      retryReason: header(request, 'x-slack-retry-reason'),
      customProperties: {},
      ack: async (response?: unknown) => {
        if (acknowledged) throw new ReceiverMultipleAckError();
        acknowledged = true;
        acknowledge(response);
      },
    };
    const processing = this.app.processEvent(event).then(
      () => ({ done: true as const }),
      (error: unknown) => ({ done: true as const, error }),
    );
    const first = await Promise.race([acked, processing]);
    if ('response' in first) {
      // The listener goes on after the answer; its failures are logged by the app's error handler.
      void processing.then((outcome) => {
        if ('error' in outcome) this.options.logger.error({ err: outcome.error, channel: 'slack' }, 'slack listener failed after ack');
      });
      const { response } = first;
      if (response === undefined || response === null || response === '') return reply.code(200).type('text/plain').send('');
      if (typeof response === 'string') return reply.code(200).type('text/plain').send(response);
      return reply.code(200).send(response);
    }
    if ('error' in first) {
      this.options.logger.error({ err: first.error, channel: 'slack' }, 'slack event failed before ack');
      return reply.code(500).type('text/plain').send('');
    }
    // No listener acknowledged the request: tell Slack nobody handles it (as Bolt's own receivers do).
    return reply.code(404).type('text/plain').send('');
  }
}
