import Database from 'better-sqlite3';
import { GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { groupChatRefusal } from '../../bots/telegram/create-telegram-bot.js';
import { startTelegramChannel, type TelegramChannel } from '../../bots/telegram/start-telegram-channel.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createTelegramResident, startEmulator, testToken, type Emulator } from './emulated-telegram.js';

// Long polling against telegram-test-api over loopback. Its getUpdates ignores `timeout`, so the
// bot polls in a tight loop: every test stops its bot in afterEach.
let database: TestDatabase;
let runtime: Runtime;
let emulator: Emulator;
let channel: TelegramChannel;
const clock = createManualClock(mondayMorning);

beforeEach(async () => {
  clock.set(mondayMorning);
  database = createTestDatabase();
  emulator = await startEmulator();
  runtime = await createTestRuntime(database, clock, { TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: emulator.apiRoot });
  channel = await startTelegramChannel(runtime);
});
afterEach(async () => {
  await channel.stop();
  await emulator.stop();
  await runtime.close();
  database.remove();
});

function countRows(sql: string, ...parameters: unknown[]): number {
  const sqlite = new Database(database.file, { readonly: true });
  try {
    return (sqlite.prepare(sql).get(...parameters) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

async function createWorker() {
  return runtime.store.createWorker({ username: 'fatima', displayName: 'Fatima', passwordHash: 'not-used-here', team: null });
}

describe('the Telegram channel (long polling against the emulator)', () => {
  it('starts in polling mode and registers the sender for workers', () => {
    expect(channel.mode).toBe('polling');
    expect(channel.bot.isRunning()).toBe(true);
    expect(runtime.desk.senderFor('telegram')).toBeDefined();
  });

  it('/start gets the welcome that says it is a digital assistant', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4001 });
    const welcome = await resident.send('/start');
    expect(welcome).toMatch(/digitale assistent/);
    expect(welcome).toMatch(/geen mens/);
  });

  it('/help answers, and /stop ends', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4002 });
    expect(await resident.send('/help')).toMatch(/mens/);
    expect(await resident.send('/stop')).not.toBe('');
  });

  it('quick replies are inline buttons; a press reaches the core with its id and label', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4003 });
    expect(await resident.send('hoi')).toMatch(/Wat is er aan de hand/);
    expect(await resident.send('ik weet het niet zo goed')).toMatch(/Waar gaat je vraag over/);
    expect(resident.buttonIds()).toEqual([
      'domain:self-reliance', 'domain:health', 'domain:network', 'domain:neighbourhood', 'domain:growing-up', 'domain:other',
    ]);
    expect(await resident.press('Buren')).toMatch(/geprobeerd/);
    const conversation = await runtime.store.openConversation({ channel: 'telegram', chatId: '4003' }, clock.now());
    const messages = await runtime.store.listMessages(conversation.id);
    const pressed = messages.find((message) => message.direction === 'inbound' && /Buren/.test(message.text));
    expect(pressed).toBeDefined(); // the button's label is what the resident "said"
  });

  it('/mens hands off: the case appears, a worker claims and replies in the chat, and the answer reaches the worker', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4004 });
    await resident.send('Ik ben heel eenzaam sinds mijn vrouw is overleden');
    expect(await resident.send('/mens')).toMatch(/sociaal werker/);
    const [handedOff] = await runtime.store.listCases();
    expect(handedOff.ref).toEqual({ channel: 'telegram', chatId: '4004' });
    expect(handedOff.status).toBe('waiting');

    const worker = await createWorker();
    await runtime.desk.claim(handedOff.id, worker.id);
    await runtime.desk.reply(handedOff.id, worker.id, 'Hallo, ik ben Fatima. Wanneer kan ik je bellen? <b>niet vet</b>');
    const delivered = (await resident.botMessages()).map((message) => message.text);
    expect(delivered.some((text) => /Fatima/.test(text))).toBe(true); // the claim notice
    expect(delivered).toContain('Hallo, ik ben Fatima. Wanneer kan ik je bellen? <b>niet vet</b>'); // plain text, as written

    // While the worker has the case the assistant is silent: nothing is sent back.
    expect(await resident.send('Morgen na tienen is goed')).toBe('');
    const card = await runtime.desk.openCard(handedOff.id, worker.id);
    expect(card.messages.map((message) => message.text)).toContain('Morgen na tienen is goed');
  });

  it('/vergeet and the confirm button erase the case and the conversation', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4005 });
    await resident.send('Ik heb schulden en de deurwaarder komt');
    await resident.send('mens');
    const [created] = await runtime.store.listCases();
    await resident.send('/vergeet');
    expect(resident.buttonIds()).toEqual(['forget:yes', 'forget:no']);
    expect(await resident.press('wis alles')).toMatch(/gewist/);
    expect(await runtime.store.listCases()).toEqual([]);
    expect(await runtime.store.findConversation(created.conversationId)).toBeNull();
    expect(countRows('SELECT COUNT(*) AS n FROM messages WHERE text LIKE ?', '%deurwaarder%')).toBe(0);
  });

  it('a photo gets the kind answer and is recorded as a photo', async () => {
    const resident = createTelegramResident(emulator, channel.bot, { chatId: 4006 });
    const answer = await resident.sendRaw({
      photo: [{ file_id: 'photo-1', file_unique_id: 'unique-1', width: 90, height: 90 }],
      caption: 'deze brief',
    });
    expect(answer).toMatch(/niet bekijken/);
    const conversation = await runtime.store.openConversation({ channel: 'telegram', chatId: '4006' }, clock.now());
    const [inbound] = await runtime.store.listMessages(conversation.id);
    expect(inbound).toMatchObject({ direction: 'inbound', kind: 'photo', text: 'deze brief' });
  });

  it('a group chat is refused politely and nothing is stored', async () => {
    const group = createTelegramResident(emulator, channel.bot, { chatId: -100_4007, type: 'group' });
    expect(await group.send('Ik heb schulden')).toBe(groupChatRefusal);
    expect(countRows('SELECT COUNT(*) AS n FROM conversations')).toBe(0);
    expect(countRows('SELECT COUNT(*) AS n FROM messages')).toBe(0);
  });

  it('polls again after polling failed with something other than a 409, while it leads', async () => {
    await channel.stop();
    channel = await startTelegramChannel(runtime, { pollingPauseMilliseconds: 50 });
    let failures = 0;
    let calls = 0;
    // The next getUpdates answers 401 (grammy gives up on that, as on a 409): polling ends.
    channel.bot.api.config.use((previous, method, payload, signal) => {
      if (method !== 'getUpdates') return previous(method, payload, signal);
      calls += 1;
      if (failures++ === 0) throw new GrammyError('getUpdates failed', { ok: false, error_code: 401, description: 'Unauthorized' }, method, payload);
      return previous(method, payload, signal);
    });
    const deadline = Date.now() + 5000;
    while (calls < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failures).toBeGreaterThan(1);
    expect(channel.bot.isRunning()).toBe(true);
    expect(channel.isPollingHere()).toBe(true);
  });

  it('stops polling when asked', async () => {
    await channel.stop();
    expect(channel.bot.isRunning()).toBe(false);
    expect(runtime.desk.senderFor('telegram')).toBeUndefined();
  });
});
