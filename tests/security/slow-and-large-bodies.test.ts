import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { Bot } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramWebhookServer, type TelegramWebhookServer } from '../../bots/telegram/telegram-webhook-server.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient, openSocket } from '../web/web-client.js';
import { startResidentServer, type ResidentServer } from './resident-server.js';

// Issue 13, point 5: a body sent one byte every 5 s stayed open indefinitely, and a chunked
// Telegram webhook body (with the right secret) was buffered far past the 1 MB limit. Now a
// request must arrive within REQUEST_TIMEOUT_MS (408 and a close), and body limits are counted
// as the bytes arrive, so a chunked body without Content-Length is refused past the limit too.
let database: TestDatabase;
let server: ResidentServer;

beforeAll(async () => {
  database = createTestDatabase();
  server = await startResidentServer(database.url, { REQUEST_TIMEOUT_MS: '1000' });
});
afterAll(async () => {
  await server?.stop();
  database?.remove();
});

/**
 * Sends `chunks` one at a time (each after the previous was written, `pause` ms apart) until the
 * server answers or closes; says what came back and how many chunks had gone by then.
 */
function drip(request: ClientRequest, chunks: () => Buffer | null, pauseMilliseconds: number) {
  return new Promise<{ status: number | null; closed: boolean; sent: number }>((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (status: number | null, closed: boolean) => {
      if (done) return;
      done = true;
      resolve({ status, closed, sent });
    };
    request.on('response', (response: IncomingMessage) => {
      response.resume();
      finish(response.statusCode ?? null, false);
    });
    request.on('error', () => finish(null, true));
    request.on('close', () => finish(null, true));
    const next = () => {
      if (done) return;
      const chunk = chunks();
      if (chunk === null) return void request.end();
      sent += 1;
      request.write(chunk, () => setTimeout(next, pauseMilliseconds));
    };
    next();
  });
}

describe('the web server', () => {
  it('cuts off a body sent a byte every 300 ms once REQUEST_TIMEOUT_MS has passed', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(80) });
    const url = new URL('/api/chat/messages', server.baseUrl);
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: `Bearer ${'A'.repeat(43)}` } });
    let index = 0;
    const started = Date.now();
    const outcome = await drip(request, () => (index < body.length ? Buffer.from(body[index++]!) : null), 300);
    // 80-odd bytes at 300 ms would take about 27 s; the server stops listening after about one.
    expect(outcome.sent).toBeLessThan(body.length);
    expect(outcome.status === 408 || outcome.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
    request.destroy();
  });

  it('refuses a chunked body past the limit without reading it all', async () => {
    const url = new URL('/api/chat/messages', server.baseUrl);
    const { token } = await createWebClient(server.baseUrl).startConversation();
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', authorization: `Bearer ${token}` } });
    let chunk = 0;
    // 16 KB chunks: 1 MB in all if the server read everything, against a 64 KB limit.
    const outcome = await drip(request, () => (chunk++ < 64 ? Buffer.from(chunk === 1 ? '{"text":"' : 'y'.repeat(16 * 1024)) : null), 5);
    expect(outcome.status).toBe(413);
    expect(outcome.sent).toBeLessThan(64);
    request.destroy();
  });

  it('keeps a socket that said hello open past REQUEST_TIMEOUT_MS', async () => {
    const { token } = await createWebClient(server.baseUrl).startConversation();
    const socket = await openSocket(server.socketUrl);
    socket.send({ type: 'hello', token });
    await socket.next((frame) => frame.type === 'history');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    socket.send({ type: 'message', text: 'Ben je er nog?', clientId: 'late' });
    await socket.next((frame) => frame.type === 'ack' && frame.clientId === 'late');
    socket.close();
  });

  it('closes a connection that sends headers a byte at a time', async () => {
    const { port } = new URL(server.baseUrl);
    const socket = connectTcp(Number(port), '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (data) => (answer += data.toString()));
      socket.on('close', () => resolve(answer));
    });
    const head = 'GET /api/chat/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'z'.repeat(100);
    let index = 0;
    const timer = setInterval(() => (index < head.length && !socket.destroyed ? socket.write(head[index++]!) : clearInterval(timer)), 300);
    const answer = await closed;
    clearInterval(timer);
    expect(index).toBeLessThan(head.length);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });
});

describe('the Telegram webhook server', () => {
  const secret = 'inloop-webhook-secret_1';
  let webhook: TelegramWebhookServer;

  beforeAll(async () => {
    // botInfo given, so the bot never calls Telegram; this test only posts to the webhook.
    const bot = new Bot('123456:test-token', {
      botInfo: { id: 123456, is_bot: true, first_name: 'Inloop', username: 'inloop_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as never,
    });
    webhook = await startTelegramWebhookServer(bot, { host: '127.0.0.1', port: 0, secretToken: secret, logger: silentLogger });
  });
  afterAll(() => webhook?.close());

  it('refuses a chunked body with the right secret past 1 MB, before the rest is sent', async () => {
    const request = httpRequest({
      host: '127.0.0.1', port: webhook.port, path: '/telegram/webhook', method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-telegram-bot-api-secret-token': secret },
    });
    let chunk = 0;
    // 64 KB chunks, 8 MB in all: a valid-looking update with a huge padding field.
    const outcome = await drip(request, () => {
      chunk += 1;
      if (chunk === 1) return Buffer.from('{"update_id":1,"padding":"');
      if (chunk < 130) return Buffer.from('p'.repeat(64 * 1024));
      if (chunk === 130) return Buffer.from('"}');
      return null;
    }, 2);
    expect(outcome.status === 413 || outcome.closed).toBe(true);
    // Refused once the limit (about 16 chunks) had passed, not after all 8 MB.
    expect(outcome.sent).toBeLessThan(60);
    request.destroy();
  });

  it('still refuses a request without the secret with 401', async () => {
    const response = await fetch(`http://127.0.0.1:${webhook.port}/telegram/webhook`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });
});
