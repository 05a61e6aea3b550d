import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createTelegramBot } from '../../bots/telegram/create-telegram-bot.js';
import { sendReplies } from '../../bots/telegram/telegram-sender.js';
import { silentLogger } from '../../core/ports/logger.js';

// telegram-test-api never answers 429, so this one test uses a few lines of Bot API of its own:
// the first sendMessage is refused with retry_after, as Telegram does under flood control.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => {
  if (!server) return resolve();
  server.close(() => resolve());
  server.closeAllConnections();
}));

it('waits out Telegram\'s 429 retry_after and then sends', async () => {
  const calls: Array<{ method: string; at: number }> = [];
  server = createServer((request, response) => {
    const method = request.url?.split('/').at(-1) ?? '';
    calls.push({ method, at: Date.now() });
    response.setHeader('Content-Type', 'application/json');
    if (method === 'sendMessage' && calls.filter((call) => call.method === 'sendMessage').length === 1) {
      response.end(JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
      return;
    }
    response.end(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 42, type: 'private' }, text: 'ok' } }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const assistant = { handle: async () => [] };
  const bot = createTelegramBot({ assistant, logger: silentLogger }, { token: '1:rate-limit', apiRoot });

  await sendReplies(bot.api, 42, [{ text: 'Hallo' }]);
  const sends = calls.filter((call) => call.method === 'sendMessage');
  expect(sends).toHaveLength(2);
  expect(sends[1].at - sends[0].at).toBeGreaterThanOrEqual(950);
});
