import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { runFollowUp } from '../../bots/runtime/follow-up-job.js';
import { startTelegramChannel, type TelegramChannel } from '../../bots/telegram/start-telegram-channel.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createTelegramResident, startEmulator, testToken, type Emulator } from './emulated-telegram.js';

// Issue 16, follow-up: a check-in a worker scheduled reaches the Telegram resident once, at its time.
let database: TestDatabase;
let runtime: Runtime;
let emulator: Emulator;
let channel: TelegramChannel;
const clock = createManualClock(mondayMorning);
const hour = 60 * 60 * 1000;

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

it("sends a scheduled check-in on Telegram once, at its time, as the worker's message", async () => {
  const resident = createTelegramResident(emulator, channel.bot, { chatId: 4101 });
  await resident.send('Ik heb schulden en de deurwaarder komt');
  await resident.send('/mens');
  const [handedOff] = await runtime.store.listCases();
  const worker = await runtime.store.createWorker({ username: 'fatima', displayName: 'Fatima Yilmaz', passwordHash: 'not-used-here', team: null });
  await runtime.desk.claim(handedOff!.id, worker.id);
  await runtime.desk.followUp.scheduleCheckIn(handedOff!.id, worker.id, new Date(mondayMorning.getTime() + 24 * hour), 'Hoe gaat het nu met de brief van de deurwaarder?');
  const checkIns = async () => (await resident.botMessages()).filter((message) => message.text === 'Hoe gaat het nu met de brief van de deurwaarder?');

  await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
  expect(await checkIns()).toHaveLength(0);
  clock.advance(24 * hour);
  await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
  await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
  expect(await checkIns()).toHaveLength(1);
  const card = await runtime.desk.openCard(handedOff!.id, worker.id);
  expect(card.messages.filter((message) => message.text.startsWith('Hoe gaat het nu')).map((message) => message.author)).toEqual(['worker']);
});
