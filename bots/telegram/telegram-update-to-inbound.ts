import type { CallbackQuery, Message } from 'grammy/types';
import type { InboundMessage, MessageKind } from '../../core/ports/message.js';

/** The Telegram chat id as the core's ConversationRef: a worker's reply goes back to the same chat. */
export function telegramRef(chatId: number) {
  return { channel: 'telegram' as const, chatId: String(chatId) };
}

/** Which of the core's kinds a Telegram message is; the core answers non-text kinds itself. */
export function telegramMessageKind(message: Message): MessageKind {
  if (message.text !== undefined) return 'text';
  if (message.photo) return 'photo';
  if (message.voice || message.audio) return 'voice';
  if (message.sticker) return 'sticker';
  if (message.location || message.venue) return 'location';
  // An animation (GIF) also carries `document`, so video kinds are checked first.
  if (message.video || message.video_note || message.animation) return 'video';
  if (message.document) return 'document';
  return 'other';
}

/** A resident's (possibly edited) message as the core's InboundMessage. */
export function telegramMessageToInbound(message: Message, edited = false): InboundMessage {
  const kind = telegramMessageKind(message);
  let text = kind === 'text' ? (message.text ?? '') : (message.caption ?? '');
  // A deep link (t.me/bot?start=payload) arrives as "/start payload"; the core knows "/start".
  if (/^\/start(?:@\S+)?\s/.test(text)) text = '/start';
  return {
    ref: telegramRef(message.chat.id),
    text,
    kind,
    // An edit keeps its message_id; its edit time tells it apart from the original (and from a
    // second delivery of the same update, which the store does not answer twice).
    externalId: edited && message.edit_date ? `${message.message_id}:${message.edit_date}` : String(message.message_id),
    ...(edited ? { edited: true } : {}),
  };
}

/** A press on an inline keyboard button: the data is the quick reply id, the button's label is the text. */
export function telegramCallbackToInbound(callback: CallbackQuery): InboundMessage | null {
  if (!callback.data) return null;
  const message = callback.message;
  const buttons = message && 'reply_markup' in message ? (message.reply_markup?.inline_keyboard ?? []).flat() : [];
  const pressed = buttons.find((button) => 'callback_data' in button && button.callback_data === callback.data);
  return {
    // Without the message (too old), the private chat id equals the user id.
    ref: telegramRef(message?.chat.id ?? callback.from.id),
    text: pressed?.text ?? callback.data,
    kind: 'text',
    quickReplyId: callback.data,
  };
}
