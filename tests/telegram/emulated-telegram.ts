import { createServer } from 'node:net';
// The package's default export is typed as a namespace under NodeNext; the named class is the same object.
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { Bot } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';

export const testToken = '123456:inloop-test-token';

/** A free loopback port (the emulator treats port 0 as "use 9000", so one is picked first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** telegram-test-api on loopback: the Bot API wire protocol without Telegram. */
export async function startEmulator() {
  const server = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
  await server.start();
  return { server, apiRoot: server.config.apiURL, stop: () => server.stop() };
}
export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export interface BotMessage {
  messageId: number;
  text: string;
  keyboard: InlineKeyboardMarkup['inline_keyboard'] | null;
}

/**
 * Resolves when the bot has finished handling its next update (polling or webhook alike), so a
 * test reads every reply of a turn and never sleeps. The only reach into grammy, for tests only.
 */
export function trackHandledUpdates(bot: Bot) {
  const waiters: Array<() => void> = [];
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (...parameters) => {
    try {
      await handleUpdate(...parameters);
    } finally {
      waiters.shift()?.();
    }
  };
  return {
    next(timeoutMilliseconds = 10_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the bot handled no update in time')), timeoutMilliseconds);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** A resident in a Telegram chat on the emulator, read like a transcript. */
export function createTelegramResident(emulator: Emulator, bot: Bot, options: { chatId: number; type?: 'private' | 'group' }) {
  const client = emulator.server.getClient(testToken, { chatId: options.chatId, userId: Math.abs(options.chatId), type: options.type ?? 'private' });
  const handled = trackHandledUpdates(bot);

  /** Every message the bot sent to this chat, oldest first. */
  async function botMessages(): Promise<BotMessage[]> {
    const history = await client.getUpdatesHistory();
    return history
      .filter((item) => 'message' in item && 'chat_id' in item.message && String(item.message.chat_id) === String(options.chatId))
      .map((item) => {
        const message = (item as { messageId: number; message: { text: string; reply_markup?: InlineKeyboardMarkup } });
        return { messageId: message.messageId, text: message.message.text, keyboard: message.message.reply_markup?.inline_keyboard ?? null };
      });
  }

  /** Sends one update and returns the bot's new messages in this chat once the update is handled. */
  async function exchange(send: () => Promise<unknown>): Promise<BotMessage[]> {
    // Counted at each send: a worker's messages arrive between turns, outside any exchange.
    const before = (await botMessages()).length;
    const done = handled.next();
    await send();
    await done;
    return (await botMessages()).slice(before);
  }

  const resident = {
    client,
    botMessages,
    /** Text and commands the way the Telegram app sends them (a command carries a bot_command entity). */
    async send(text: string): Promise<string> {
      const fresh = await exchange(() =>
        text.startsWith('/') ? client.sendCommand(client.makeCommand(text)) : client.sendMessage(client.makeMessage(text)),
      );
      resident.last = fresh;
      return fresh.map((message) => message.text).join('\n');
    },
    /** Any message object (a photo, a location): the emulator passes the body on as the update's message. */
    async sendRaw(fields: Record<string, unknown>): Promise<string> {
      const { text: _text, ...message } = client.makeMessage('');
      const fresh = await exchange(() => client.sendMessage({ ...message, ...fields } as never));
      resident.last = fresh;
      return fresh.map((botMessage) => botMessage.text).join('\n');
    },
    /** Presses the inline button whose label contains the words, on the bot's latest keyboard. */
    async press(labelPart: string): Promise<string> {
      const withKeyboard = (await botMessages()).filter((message) => message.keyboard).at(-1);
      const button = withKeyboard?.keyboard?.flat().find((candidate) => candidate.text.toLowerCase().includes(labelPart.toLowerCase()));
      if (!withKeyboard || !button || !('callback_data' in button)) throw new Error(`no button like "${labelPart}" in ${JSON.stringify(withKeyboard)}`);
      const callback = client.makeCallbackQuery(button.callback_data, {
        message: { message_id: withKeyboard.messageId, text: withKeyboard.text, reply_markup: { inline_keyboard: withKeyboard.keyboard } } as never,
      });
      const fresh = await exchange(() => client.sendCallback(callback));
      resident.last = fresh;
      return fresh.map((message) => message.text).join('\n');
    },
    buttonIds(): string[] {
      return resident.last.flatMap((message) => message.keyboard?.flat() ?? []).map((button) => ('callback_data' in button ? button.callback_data : ''));
    },
    last: [] as BotMessage[],
  };
  return resident;
}
