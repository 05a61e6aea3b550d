import { randomBytes } from 'node:crypto';
import type { Bot } from 'grammy';
import type { Runtime } from '../runtime/create-runtime.js';
import { createTelegramBot, telegramAllowedUpdates } from './create-telegram-bot.js';
import { createTelegramSender } from './telegram-sender.js';
import { startTelegramWebhookServer } from './telegram-webhook-server.js';

export interface TelegramChannel {
  bot: Bot;
  mode: 'polling' | 'webhook';
  /** The webhook server's port (useful when TELEGRAM_WEBHOOK_PORT is 0). */
  webhookPort: number | null;
  stop(): Promise<void>;
}

/**
 * Runs the Telegram channel on the runtime: long polling by default, a webhook when
 * TELEGRAM_WEBHOOK_URL is set. Registers the sender through which workers' replies reach residents.
 */
export async function startTelegramChannel(runtime: Runtime): Promise<TelegramChannel> {
  const { configuration, logger } = runtime;
  const token = configuration.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('startTelegramChannel needs TELEGRAM_BOT_TOKEN');
  const bot = createTelegramBot(runtime, { token, apiRoot: configuration.TELEGRAM_API_ROOT });
  // getMe first: a wrong token stops the start with Telegram's own error instead of failing later.
  await bot.init();
  const sender = createTelegramSender(bot.api);
  runtime.senders.telegram = sender;
  const unregister = () => {
    if (runtime.senders.telegram === sender) delete runtime.senders.telegram;
  };

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
      bot, mode: 'webhook', webhookPort: server.port,
      async stop() {
        unregister();
        // The webhook stays set: Telegram keeps new updates until the next start.
        await server.close();
      },
    };
  }

  // bot.start() resolves only when polling stops; it runs in the background.
  const polling = bot.start({ allowed_updates: [...telegramAllowedUpdates], drop_pending_updates: false }).catch((error: unknown) => {
    logger.error({ err: error, channel: 'telegram' }, 'telegram polling stopped');
  });
  logger.info({ channel: 'telegram', username: bot.botInfo.username }, 'telegram long polling');
  return {
    bot, mode: 'polling', webhookPort: null,
    async stop() {
      unregister();
      await bot.stop().catch((error: unknown) => logger.warn({ err: error, channel: 'telegram' }, 'telegram stop failed'));
      await polling;
    },
  };
}
