import { randomBytes } from 'node:crypto';
import { GrammyError, type Bot } from 'grammy';
import type { Runtime } from '../runtime/create-runtime.js';
import { whileLeading } from '../runtime/while-leading.js';
import { createTelegramBot, telegramAllowedUpdates } from './create-telegram-bot.js';
import { createTelegramSender } from './telegram-sender.js';
import { startTelegramWebhookServer } from './telegram-webhook-server.js';

export interface TelegramChannel {
  bot: Bot;
  mode: 'polling' | 'webhook';
  /** The webhook server's port (useful when TELEGRAM_WEBHOOK_PORT is 0). */
  webhookPort: number | null;
  /** Whether this instance long-polls now (it leads `telegram-polling`); false in webhook mode. */
  isPollingHere(): boolean;
  stop(): Promise<void>;
}

/**
 * Runs the Telegram channel on the runtime: long polling by default, a webhook when
 * TELEGRAM_WEBHOOK_URL is set. Registers the sender through which workers' replies reach residents
 * (on every instance). Telegram answers 409 Conflict to a second poller on one token, so long
 * polling runs only while this instance leads the `telegram-polling` election.
 */
export async function startTelegramChannel(runtime: Runtime, options: { pollingPauseMilliseconds?: number } = {}): Promise<TelegramChannel> {
  const { configuration, logger } = runtime;
  const token = configuration.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('startTelegramChannel needs TELEGRAM_BOT_TOKEN');
  const bot = createTelegramBot(runtime, { token, apiRoot: configuration.TELEGRAM_API_ROOT });
  // getMe first: a wrong token stops the start with Telegram's own error instead of failing later.
  await bot.init();
  const sender = createTelegramSender(bot.api);
  const unregister = runtime.desk.registerSender('telegram', sender);

  const webhookUrl = configuration.TELEGRAM_WEBHOOK_URL;
  if (webhookUrl) {
    // Without a configured secret a random one still keeps strangers out; it changes at every start,
    // which is fine for one instance (setWebhook below tells Telegram) but not for several.
    const secretToken = configuration.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString('hex');
    if (!configuration.TELEGRAM_WEBHOOK_SECRET) logger.warn({ channel: 'telegram' }, 'TELEGRAM_WEBHOOK_SECRET is not set; using a random secret for this run');
    const server = await startTelegramWebhookServer(bot, {
      host: configuration.HOST, port: configuration.TELEGRAM_WEBHOOK_PORT, secretToken, logger,
    });
    await bot.api.setWebhook(webhookUrl, { secret_token: secretToken, allowed_updates: [...telegramAllowedUpdates] });
    logger.info({ channel: 'telegram', port: server.port, username: bot.botInfo.username }, 'telegram webhook listening');
    return {
      bot, mode: 'webhook', webhookPort: server.port, isPollingHere: () => false,
      async stop() {
        unregister();
        // The webhook stays set: Telegram keeps new updates until the next start.
        await server.close();
      },
    };
  }

  const election = await runtime.elect('telegram-polling');
  const leading = await whileLeading(election, logger, async () => {
    const polling = pollWhileLeading(bot, () => election.isLeader(), logger, options.pollingPauseMilliseconds);
    logger.info({ channel: 'telegram', username: bot.botInfo.username }, 'telegram long polling');
    return polling.stop;
  });
  return {
    bot, mode: 'polling', webhookPort: null, isPollingHere: () => election.isLeader(),
    async stop() {
      unregister();
      await leading.stop();
      await election.close();
    },
  };
}

/**
 * bot.start() in the background; it resolves only when polling stops. While this instance leads,
 * polling that ends for any reason but stop() is started again after a pause: a 409 Conflict (the
 * previous leader's last getUpdates still open at Telegram), or any other failure (a 401, a
 * network error grammy gave up on), since no other instance polls while this one leads.
 */
function pollWhileLeading(bot: Bot, leads: () => boolean, logger: Runtime['logger'], pauseMilliseconds = 5000) {
  let stopping = false;
  let wake: (() => void) | null = null;
  const run = async () => {
    while (!stopping && leads()) {
      try {
        await bot.start({ allowed_updates: [...telegramAllowedUpdates], drop_pending_updates: false });
        if (stopping) return;
        logger.warn({ channel: 'telegram' }, 'telegram polling ended unexpectedly, starting again');
      } catch (error) {
        if (error instanceof GrammyError && error.error_code === 409) {
          logger.warn({ err: error, channel: 'telegram' }, 'telegram polling: another poller on this token (409), trying again');
        } else {
          logger.error({ err: error, channel: 'telegram' }, 'telegram polling stopped, trying again');
        }
      }
      if (stopping) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pauseMilliseconds);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const polling = run();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await bot.stop().catch((error: unknown) => logger.warn({ err: error, channel: 'telegram' }, 'telegram stop failed'));
      await polling;
    },
  };
}
