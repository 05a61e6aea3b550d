import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../core/ports/logger.js';

/** Telegram's updates are a few kilobytes; anything far bigger is not Telegram. */
const maximumBodyBytes = 1_000_000;

/**
 * A node:http handler for Telegram's webhook requests. It refuses a request without the right
 * X-Telegram-Bot-Api-Secret-Token header with 401, before reading the body.
 * A web server can mount this same handler at /telegram/webhook later.
 */
export function createTelegramWebhookHandler(bot: Bot, secretToken: string, logger: Logger) {
  // 'return' answers Telegram 200 when a turn runs long, and the turn goes on: a non-2xx answer
  // would make Telegram send the same update again, and the resident would be answered twice.
  const callback = webhookCallback(bot, 'http', { secretToken, onTimeout: 'return', timeoutMilliseconds: 25_000 });
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
  const server: Server = createServer(createTelegramWebhookHandler(bot, options.secretToken, options.logger));
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
