import type { Api } from 'grammy';
import type { ChannelSender } from '../../core/ports/channel-sender.js';
import type { Reply } from '../../core/ports/message.js';
import { replyToTelegram } from './reply-to-telegram.js';

/**
 * Sends the core's replies in order. Plain text only, never parse_mode: a resident's or a worker's
 * "<" or "*" must arrive as typed, and cannot break the message.
 */
export async function sendReplies(api: Api, chatId: number | string, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    for (const message of replyToTelegram(reply)) {
      await api.sendMessage(chatId, message.text, {
        ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
        ...(message.entities ? { entities: message.entities } : {}),
      });
    }
  }
}

/**
 * How a worker's message (from the inbox or Slack) reaches the resident's Telegram chat.
 * A failure is thrown to the worker desk, which logs it and keeps the stored message.
 */
export function createTelegramSender(api: Api): ChannelSender {
  return {
    deliver: (ref, reply) => sendReplies(api, ref.chatId, [reply]),
  };
}
