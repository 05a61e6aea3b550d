import type { InlineKeyboardMarkup, MessageEntity } from 'grammy/types';
import type { QuickReply, Reply } from '../../core/ports/message.js';

/** Telegram refuses longer message texts. */
export const maximumMessageLength = 4096;
/** Telegram refuses longer callback_data (in bytes). */
export const maximumCallbackDataBytes = 64;

export interface TelegramMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
  /** In a crisis answer the numbers are marked as phone numbers, so a tap calls them (112 and 113 are too short to be found by the app). */
  entities?: MessageEntity[];
}

const crisisNumber = /(?<![\d-])(?:112|113|0800-?\d{4}|0900-?\d{4})(?![\d-]|\.\w)/g;

/** Phone-number entities for the crisis numbers in a text; offsets count UTF-16 units, as Telegram's do and JavaScript's strings are. */
export function crisisNumberEntities(text: string): MessageEntity[] {
  return [...text.matchAll(crisisNumber)].map((match) => ({ type: 'phone_number' as const, offset: match.index!, length: match[0].length }));
}

/** Splits long text at a line break or space where it can, so no word is cut in half. */
export function splitText(text: string, limit = maximumMessageLength): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    if (cut < limit / 2) cut = limit;
    // Never split a surrogate pair: an emoji cut in two becomes two broken characters.
    const code = rest.charCodeAt(cut - 1);
    if (cut === limit && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }
  parts.push(rest);
  return parts.filter((part, index) => part.length > 0 || index === 0);
}

/** Quick replies become one button per row: labels are whole sentences, and rows stay readable on a phone. */
export function quickRepliesToKeyboard(quickReplies: QuickReply[]): InlineKeyboardMarkup | undefined {
  const fitting = quickReplies.filter((quickReply) => Buffer.byteLength(quickReply.id, 'utf8') <= maximumCallbackDataBytes);
  if (fitting.length === 0) return undefined;
  return { inline_keyboard: fitting.map((quickReply) => [{ text: quickReply.label, callback_data: quickReply.id }]) };
}

/** One core reply as Telegram messages; the keyboard goes with the last part, under the question it answers. */
export function replyToTelegram(reply: Reply): TelegramMessage[] {
  const parts = splitText(reply.text);
  const replyMarkup = quickRepliesToKeyboard(reply.quickReplies ?? []);
  return parts.map((text, index) => {
    const entities = reply.tone === 'crisis' ? crisisNumberEntities(text) : [];
    return {
      text,
      ...(index === parts.length - 1 && replyMarkup ? { replyMarkup } : {}),
      ...(entities.length > 0 ? { entities } : {}),
    };
  });
}
