import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramChannel, type TelegramChannel } from '../../bots/telegram/start-telegram-channel.js';
import { waitFor } from '../slack/fake-slack-api.js';
import { createTelegramResident, startEmulator, testToken, type Emulator } from '../telegram/emulated-telegram.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';
import { startInstance, stopInstances, type Instance } from './web-instance.js';

const unreachable = await postgresqlUnreachable();
const database = freshSchema('inloop_two_telegram');
const name = 'two instances with Telegram long polling on one PostgreSQL';

if (unreachable !== null) {
  describeWithoutPostgresql(name, unreachable);
} else {
  describe(`${name}: one polls`, () => {
    let emulator: Emulator;
    const instances: Array<{ instance: Instance; telegram: TelegramChannel }> = [];

    beforeAll(async () => {
      emulator = await startEmulator();
      for (const instanceName of ['A', 'B']) {
        const instance = await startInstance(instanceName, database.databaseUrl, { TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: emulator.apiRoot });
        instances.push({ instance, telegram: await startTelegramChannel(instance.runtime) });
      }
    }, 60_000);

    afterAll(async () => {
      for (const { instance, telegram } of instances) {
        await telegram.stop();
        await stopInstances([instance]);
      }
      await emulator?.stop();
      await database.drop();
    });

    it('polls on the leading instance only, and the other takes over when it stops', async () => {
      const [a, b] = instances;
      expect([a!.telegram.isPollingHere(), b!.telegram.isPollingHere()]).toEqual([true, false]);
      expect([a!.telegram.bot.isRunning(), b!.telegram.bot.isRunning()]).toEqual([true, false]);
      expect(await createTelegramResident(emulator, a!.telegram.bot, { chatId: 5001 }).send('/start')).toMatch(/digitale assistent/);

      await a!.telegram.stop();
      // B tries again every few seconds; PostgreSQL freed A's lock when A closed its election.
      await waitFor(() => b!.telegram.bot.isRunning(), 'B to poll', 10_000);
      expect(b!.telegram.isPollingHere()).toBe(true);
      expect(await createTelegramResident(emulator, b!.telegram.bot, { chatId: 5002 }).send('/start')).toMatch(/digitale assistent/);
    }, 30_000);
  });
}
