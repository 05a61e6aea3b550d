import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import type { Runtime } from '../runtime/create-runtime.js';
import type { InboundMessage } from '../../core/ports/message.js';
import { telegramCallbackToInbound, telegramMessageToInbound } from './telegram-update-to-inbound.js';
import { sendReplies } from './telegram-sender.js';

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server (a local one, or a test emulator); Telegram's own when absent. */
  apiRoot?: string;
}

/** Groups are refused before the core sees anything: a walk-in conversation is private, so nothing is stored. */
export const groupChatRefusal =
  'Sorry, in een groep kan ik niet helpen. Wat je hier schrijft, is niet privé. Stuur me een eigen bericht.\n' +
  'Sorry, I cannot help in a group. What you write here is not private. Please send me a direct message.';

/** The updates the channel handles; asking Telegram for only these saves traffic. */
export const telegramAllowedUpdates = ['message', 'edited_message', 'callback_query'] as const;

/** A grammy bot that translates Telegram updates into the core's InboundMessage and its replies into Bot API calls. */
export function createTelegramBot(runtime: Pick<Runtime, 'assistant' | 'logger'> & Partial<Pick<Runtime, 'metrics'>>, options: TelegramBotOptions): Bot {
  const { assistant, logger, metrics } = runtime;
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  // Waits out Telegram's 429 retry_after. Network errors are thrown at once instead of retried for
  // ever: polling has its own back-off, and a stuck send would hold up every later update.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 300, rethrowHttpErrors: true }));

  async function handOver(context: Context, inbound: InboundMessage) {
    const replies = await assistant.handle(inbound);
    // An empty list means a worker has the case: the assistant stays silent.
    await sendReplies(context.api, inbound.ref.chatId, replies).catch((error: unknown) => {
      metrics?.sendFailed({ channel: 'telegram' });
      throw error;
    });
  }

  // Webhooks ignore bot.catch, so this boundary is what keeps one failed update from reaching grammy.
  bot.use(async (context, next) => {
    try {
      await next();
    } catch (error) {
      logger.error({ err: error, channel: 'telegram', updateId: context.update.update_id }, 'telegram update failed');
    }
  });

  bot.on('callback_query', async (context) => {
    // Answered first, so the button's spinner stops even when the turn takes a while.
    await context.answerCallbackQuery().catch((error) => logger.warn({ err: error, channel: 'telegram' }, 'answerCallbackQuery failed'));
    const chat = context.callbackQuery.message?.chat;
    if (chat && chat.type !== 'private') return;
    const inbound = telegramCallbackToInbound(context.callbackQuery);
    if (inbound) await handOver(context, inbound);
  });

  bot.on(['message', 'edited_message'], async (context) => {
    const message = context.message ?? context.editedMessage;
    if (!message || message.from?.is_bot) return;
    if (message.chat.type !== 'private') {
      if (context.message) await context.api.sendMessage(message.chat.id, groupChatRefusal);
      return;
    }
    await handOver(context, telegramMessageToInbound(message, context.editedMessage !== undefined));
  });

  bot.catch((error) => logger.error({ err: error.error, channel: 'telegram' }, 'telegram update failed'));
  return bot;
}
