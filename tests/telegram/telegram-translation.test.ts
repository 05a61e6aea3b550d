import { describe, expect, it } from 'vitest';
import type { CallbackQuery, Message } from 'grammy/types';
import { quickRepliesToKeyboard, replyToTelegram, splitText } from '../../bots/telegram/reply-to-telegram.js';
import { telegramCallbackToInbound, telegramMessageToInbound } from '../../bots/telegram/telegram-update-to-inbound.js';

const chat = { id: 42, type: 'private' as const, first_name: 'Resident' };
function message(fields: Partial<Message>): Message {
  return { message_id: 7, date: 0, chat, ...fields } as Message;
}

describe('a Telegram update as the core\'s InboundMessage', () => {
  it('uses the chat id as the conversation and the message id as the external id', () => {
    expect(telegramMessageToInbound(message({ text: 'Ik heb een vraag' }))).toEqual({
      ref: { channel: 'telegram', chatId: '42' }, text: 'Ik heb een vraag', kind: 'text', externalId: '7',
    });
  });

  it('passes media as their kind with the caption as text', () => {
    const photo = [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }];
    expect(telegramMessageToInbound(message({ photo, caption: 'deze brief' }))).toMatchObject({ kind: 'photo', text: 'deze brief' });
    expect(telegramMessageToInbound(message({ voice: { file_id: 'f', file_unique_id: 'u', duration: 3 } }))).toMatchObject({ kind: 'voice', text: '' });
    expect(telegramMessageToInbound(message({ location: { latitude: 52.1, longitude: 5.1 } }))).toMatchObject({ kind: 'location' });
    expect(telegramMessageToInbound(message({ document: { file_id: 'f', file_unique_id: 'u' } }))).toMatchObject({ kind: 'document' });
    expect(telegramMessageToInbound(message({ animation: { file_id: 'f', file_unique_id: 'u', width: 1, height: 1, duration: 1 }, document: { file_id: 'f', file_unique_id: 'u' } } as Partial<Message>))).toMatchObject({ kind: 'video' });
    expect(telegramMessageToInbound(message({ contact: { phone_number: '0612345678', first_name: 'Zus' } }))).toMatchObject({ kind: 'other' });
  });

  it('marks an edited message, and reduces a deep link to /start', () => {
    expect(telegramMessageToInbound(message({ text: 'mens' }), true)).toMatchObject({ text: 'mens', edited: true, externalId: '7' });
    // An edit keeps its message_id; its edit time keeps it apart from the original.
    expect(telegramMessageToInbound(message({ text: 'mens', edit_date: 1700000000 }), true)).toMatchObject({ externalId: '7:1700000000' });
    expect(telegramMessageToInbound(message({ text: '/start flyer-wijkcentrum' })).text).toBe('/start');
  });

  it('turns a button press into the quick reply id with the button label as text', () => {
    const callback = {
      id: '1', chat_instance: 'c', data: 'consent:yes', from: { id: 42, is_bot: false, first_name: 'Resident' },
      message: message({ text: 'Mag dit?', reply_markup: { inline_keyboard: [[{ text: 'Ja, dat mag', callback_data: 'consent:yes' }]] } }),
    } as CallbackQuery;
    expect(telegramCallbackToInbound(callback)).toEqual({ ref: { channel: 'telegram', chatId: '42' }, text: 'Ja, dat mag', kind: 'text', quickReplyId: 'consent:yes' });
  });
});

describe('the core\'s replies as Telegram messages', () => {
  it('renders quick replies as one inline button per row, with the id as callback_data', () => {
    const [rendered] = replyToTelegram({ text: 'Klopt het?', quickReplies: [{ id: 'confirm:yes', label: 'Ja, dat klopt' }, { id: 'confirm:no', label: 'Nee' }] });
    expect(rendered.replyMarkup).toEqual({ inline_keyboard: [[{ text: 'Ja, dat klopt', callback_data: 'confirm:yes' }], [{ text: 'Nee', callback_data: 'confirm:no' }]] });
  });

  it('marks the numbers of a crisis answer as phone numbers, so a tap calls them, and no others', () => {
    const text = '😟 Bel 113 of gratis 0800-0113, of chat via 113.nl. Bij gevaar: 112. Kamer 1130.';
    const [crisis] = replyToTelegram({ text, tone: 'crisis' });
    const marked = (crisis.entities ?? []).map((entity) => text.slice(entity.offset, entity.offset + entity.length));
    expect(marked).toEqual(['113', '0800-0113', '112']);
    expect(crisis.entities?.every((entity) => entity.type === 'phone_number')).toBe(true);
    expect(replyToTelegram({ text, tone: 'normal' })[0].entities).toBeUndefined();
  });

  it('leaves out a button whose id would not fit in 64 bytes of callback_data', () => {
    expect(quickRepliesToKeyboard([{ id: 'x'.repeat(65), label: 'Te lang' }])).toBeUndefined();
    expect(quickRepliesToKeyboard([{ id: 'é'.repeat(32), label: 'Past' }])?.inline_keyboard).toHaveLength(1);
  });

  it('splits text over 4096 characters at a space, the keyboard under the last part', () => {
    const text = 'woord '.repeat(1000).trim();
    const parts = replyToTelegram({ text, quickReplies: [{ id: 'human', label: 'Een mens' }] });
    expect(parts).toHaveLength(2);
    expect(parts.every((part) => part.text.length <= 4096)).toBe(true);
    expect(parts.map((part) => part.text).join(' ')).toBe(text);
    expect(parts[0].replyMarkup).toBeUndefined();
    expect(parts[1].replyMarkup).toBeDefined();
  });

  it('never cuts an emoji in half when there is no space to split at', () => {
    const parts = splitText(`${'a'.repeat(4095)}😀b`);
    expect(parts[0]).toBe('a'.repeat(4095));
    expect(parts[1]).toBe('😀b');
  });
});
