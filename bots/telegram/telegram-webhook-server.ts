import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { InloopError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';

/** Telegram's updates are a few kilobytes; anything far bigger is not Telegram. */
const maximumBodyBytes = 1_000_000;
/** Telegram sends an update at once; a request still arriving after this is cut off (408). */
const requestTimeoutMilliseconds = 30_000;

/** A webhook body past the limit (counted as it arrives, so a chunked body cannot get round it). */
export class WebhookBodyTooLargeError extends InloopError {
  constructor() {
    super(`telegram webhook body over ${maximumBodyBytes} bytes`);
    this.name = 'WebhookBodyTooLargeError';
  }
}

/** The body as JSON, refused as soon as it passes the limit: nothing beyond it is kept or read. */
function readLimitedJson(request: IncomingMessage): Promise<Update> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maximumBodyBytes) return void chunks.push(chunk);
      request.off('data', onData);
      chunks.length = 0;
      reject(new WebhookBodyTooLargeError());
    };
    request.on('data', onData);
    request.once('end', () => {
      if (received > maximumBodyBytes) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update);
      } catch (error) {
        reject(error);
      }
    });
    request.once('error', reject);
  });
}

/** grammY's node:http adapter, with a body limit: its own would buffer a chunked body of any size. */
function limitedHttpAdapter(request: IncomingMessage, response: ServerResponse) {
  const secret = request.headers['x-telegram-bot-api-secret-token'];
  return {
    // Read only once grammY asks, which is after it has checked the secret.
    get update() {
      return readLimitedJson(request);
    },
    header: Array.isArray(secret) ? secret[0] : secret,
    end: () => void response.end(),
    respond: (json: string) => void response.writeHead(200, { 'Content-Type': 'application/json' }).end(json),
    unauthorized: () => void response.writeHead(401).end('secret token is wrong'),
  };
}

/**
 * A node:http handler for Telegram's webhook requests. It refuses a request without the right
 * X-Telegram-Bot-Api-Secret-Token header with 401, before reading the body.
 * A web server can mount this same handler at /telegram/webhook later.
 */
export function createTelegramWebhookHandler(bot: Bot, secretToken: string, logger: Logger) {
  // 'return' answers Telegram 200 when a turn runs long, and the turn goes on: a non-2xx answer
  // would make Telegram send the same update again, and the resident would be answered twice.
  const callback = webhookCallback(bot, limitedHttpAdapter, { secretToken, onTimeout: 'return', timeoutMilliseconds: 25_000 }) as unknown as (
    request: IncomingMessage,
    response: ServerResponse,
  ) => Promise<unknown>;
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > maximumBodyBytes) {
      response.writeHead(413).end();
      return;
    }
    callback(request, response).catch((error: unknown) => {
      if (error instanceof WebhookBodyTooLargeError) {
        logger.warn({ channel: 'telegram' }, 'telegram webhook body over the limit, refused');
        // Answer and drop the connection, rather than read (and throw away) the rest of the body.
        if (!response.headersSent) response.writeHead(413, { Connection: 'close' }).end(() => request.destroy());
        else request.destroy();
        return;
      }
      logger.error({ err: error, channel: 'telegram' }, 'telegram webhook request failed');
      if (!response.headersSent) response.writeHead(error instanceof SyntaxError ? 400 : 500).end();
    });
  };
}

export interface TelegramWebhookServer {
  port: number;
  close(): Promise<void>;
}

/** A small server of the channel's own, so webhook mode does not depend on the web channel running. */
export async function startTelegramWebhookServer(
  bot: Bot,
  options: { host: string; port: number; secretToken: string; logger: Logger },
): Promise<TelegramWebhookServer> {
  const server: Server = createServer(
    { requestTimeout: requestTimeoutMilliseconds, headersTimeout: requestTimeoutMilliseconds, connectionsCheckingInterval: 5_000 },
    createTelegramWebhookHandler(bot, options.secretToken, options.logger),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Telegram keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
