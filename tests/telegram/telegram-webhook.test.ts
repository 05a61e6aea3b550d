import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { startTelegramChannel, type TelegramChannel } from '../../bots/telegram/start-telegram-channel.js';
import type { Logger } from '../../core/ports/logger.js';
import { createManualClock, createTestDatabase, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { freePort, startEmulator, testToken, type Emulator } from './emulated-telegram.js';

// Webhook mode: the channel's own node:http server on loopback; its Bot API calls go to the emulator.
// telegram-test-api posts webhook updates without Telegram's X-Telegram-Bot-Api-Secret-Token
// header, so these tests post the updates themselves, exactly as Telegram does, with and without it.
const secret = 'inloop-webhook-secret_1';
let database: TestDatabase;
let runtime: Runtime;
let emulator: Emulator;
let channel: TelegramChannel;
let webhookUrl: string;
const logged: Array<{ level: string; message?: string }> = [];
const recordingLogger: Logger = {
  info: (_details, message) => logged.push({ level: 'info', message }),
  warn: (_details, message) => logged.push({ level: 'warn', message }),
  error: (_details, message) => logged.push({ level: 'error', message }),
};

beforeAll(async () => {
  database = createTestDatabase();
  emulator = await startEmulator();
  const port = await freePort();
  webhookUrl = `http://127.0.0.1:${port}/telegram/webhook`;
  const configuration = loadConfiguration({
    DATABASE_URL: database.url, LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: emulator.apiRoot,
    TELEGRAM_WEBHOOK_URL: webhookUrl, TELEGRAM_WEBHOOK_SECRET: secret, TELEGRAM_WEBHOOK_PORT: String(port),
  });
  runtime = await createRuntime(configuration, { clock: createManualClock(mondayMorning), logger: recordingLogger });
  channel = await startTelegramChannel(runtime);
});
afterAll(async () => {
  await channel?.stop();
  await emulator?.stop();
  await runtime?.close();
  database?.remove();
});

let nextUpdateId = 1;
function textUpdate(chatId: number, text: string, field: 'message' | 'edited_message' = 'message'): Update {
  const message = {
    message_id: nextUpdateId, date: Math.floor(Date.now() / 1000), text,
    chat: { id: chatId, type: 'private' as const, first_name: 'Resident' },
    from: { id: chatId, is_bot: false, first_name: 'Resident' },
    ...(field === 'edited_message' ? { edit_date: Math.floor(Date.now() / 1000) } : {}),
  };
  return { update_id: nextUpdateId++, [field]: message } as Update;
}

function postUpdate(body: unknown, secretHeader?: string) {
  return fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secretHeader === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secretHeader }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function botTexts(chatId: number): Promise<string[]> {
  return emulator.server
    .getUpdatesHistory(testToken)
    .filter((item) => 'message' in item && 'chat_id' in item.message && String(item.message.chat_id) === String(chatId))
    .map((item) => (item as { message: { text: string } }).message.text);
}

function conversationCount(): number {
  const sqlite = new Database(database.file, { readonly: true });
  try {
    return (sqlite.prepare('SELECT COUNT(*) AS n FROM conversations').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe('the Telegram channel in webhook mode', () => {
  it('tells Telegram the webhook URL and the secret at start', () => {
    expect(channel.mode).toBe('webhook');
    expect(emulator.server['webhooks'][testToken]).toMatchObject({ url: webhookUrl, secret_token: secret });
  });

  it('refuses a request with a wrong or missing secret (401) and stores nothing', async () => {
    expect((await postUpdate(textUpdate(5001, 'mens'), 'wrong-secret')).status).toBe(401);
    expect((await postUpdate(textUpdate(5001, 'mens'))).status).toBe(401);
    expect(await botTexts(5001)).toEqual([]);
    expect(conversationCount()).toBe(0);
  });

  it('accepts a request with the right secret (200) and answers in the chat', async () => {
    const response = await postUpdate(textUpdate(5002, '/start'), secret);
    expect(response.status).toBe(200);
    expect((await botTexts(5002)).join('\n')).toMatch(/digitale assistent/);
  });

  it('handles an edited message as a new message', async () => {
    await postUpdate(textUpdate(5003, 'hoi'), secret);
    const before = (await botTexts(5003)).length;
    expect((await postUpdate(textUpdate(5003, 'mens', 'edited_message'), secret)).status).toBe(200);
    expect((await botTexts(5003)).slice(before).join('\n')).toMatch(/sociaal werker/);
    const cases = await runtime.store.listCases();
    expect(cases.some((record) => record.ref.chatId === '5003')).toBe(true);
  });

  it('answers an update that Telegram delivers twice (a retried webhook) once, and stores it once', async () => {
    const update = textUpdate(5006, 'Ik heb schulden en de deurwaarder komt');
    expect((await postUpdate(update, secret)).status).toBe(200);
    const answered = (await botTexts(5006)).length;
    expect(answered).toBeGreaterThan(0);
    expect((await postUpdate(update, secret)).status).toBe(200);
    expect(await botTexts(5006)).toHaveLength(answered);
    const conversation = await runtime.store.openConversation({ channel: 'telegram', chatId: '5006' }, new Date());
    const stored = await runtime.store.listMessages(conversation.id);
    expect(stored.filter((message) => message.author === 'resident').map((message) => message.text)).toEqual(['Ik heb schulden en de deurwaarder komt']);
  });

  it('answers other methods with 405 and a body that is not JSON with 400', async () => {
    expect((await fetch(webhookUrl)).status).toBe(405);
    expect((await postUpdate('{not json', secret)).status).toBe(400);
  });

  it('splits a worker message longer than 4096 characters', async () => {
    const long = `${'Een lange zin over je brief. '.repeat(200)}Einde.`;
    await runtime.desk.senderFor('telegram')!.deliver({ channel: 'telegram', chatId: '5004' }, { text: long, author: 'worker' });
    const parts = await botTexts(5004);
    expect(parts.length).toBe(2);
    expect(parts.every((part) => part.length <= 4096)).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('logs a failed sendMessage and keeps handling updates', async () => {
    await emulator.stop(); // the Bot API server is gone: every call fails
    logged.length = 0;
    expect((await postUpdate(textUpdate(5005, 'hoi'), secret)).status).toBe(200);
    expect(logged.some((entry) => entry.level === 'error' && entry.message === 'telegram update failed')).toBe(true);
    expect((await postUpdate(textUpdate(5005, 'nog een keer'), secret)).status).toBe(200);
  });
});
