import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, residentMessage, textMessage, webhookBody } from './fake-graph-api.js';
import { startWhatsAppHarness, type WhatsAppHarness } from './whatsapp-harness.js';

let harness: WhatsAppHarness;
beforeAll(async () => {
  harness = await startWhatsAppHarness();
});
afterAll(() => harness?.stop());

const say = (from: string, text: string) => harness.deliver(textMessage(from, text, harness.clock.now()));
const press = (from: string, kind: 'button_reply' | 'list_reply', answer: object) =>
  harness.deliver(webhookBody({ messages: [residentMessage(from, 'interactive', { interactive: { type: kind, [kind]: answer } }, harness.clock.now())] }));
const lastSend = (to: string) => harness.graph.sends(to).at(-1)!;
const storedMessages = async (chatId: string) => {
  const conversation = await harness.runtime.store.findConversationByRef({ channel: 'whatsapp', chatId });
  return harness.runtime.store.listMessages(conversation!.id);
};

describe('a resident on WhatsApp', () => {
  it('goes through the intake to a case: a list message beyond three choices, a row press carries its id', async () => {
    const from = '31611111111';
    await say(from, 'hoi');
    expect(lastSend(from).text.body).toMatch(/Wat is er aan de hand/);
    await say(from, 'ik weet het niet zo goed');
    const list = lastSend(from);
    expect(list.type).toBe('interactive');
    expect(list.interactive.type).toBe('list');
    expect(list.interactive.body.text).toMatch(/Waar gaat je vraag over/);
    const rows = list.interactive.action.sections[0].rows;
    expect(rows.map((row: { id: string }) => row.id)).toEqual([
      'domain:self-reliance', 'domain:health', 'domain:network', 'domain:neighbourhood', 'domain:growing-up', 'domain:other',
    ]);
    expect(rows.every((row: { title: string }) => row.title.length <= 24)).toBe(true);
    expect(list.interactive.action.button.length).toBeLessThanOrEqual(20);
    // The whole label is in the description when the title had to be shortened.
    const shortened = rows.find((row: { description?: string }) => row.description);
    expect(shortened.title.endsWith('…')).toBe(true);

    await press(from, 'list_reply', { id: 'domain:neighbourhood', title: 'Buren en de buurt' });
    expect(harness.textsTo(from).at(-1)).toMatch(/geprobeerd/);
    const pressed = (await storedMessages(from)).find((message) => message.direction === 'inbound' && message.text === 'Buren en de buurt');
    expect(pressed).toBeDefined();

    await say(from, 'mens');
    const [handedOff] = await harness.runtime.store.listCases();
    expect(handedOff).toMatchObject({ ref: { channel: 'whatsapp', chatId: from }, status: 'waiting', domain: 'neighbourhood' });
  });

  it('shows three short quick replies as reply buttons, and a button press reaches the core with its id', async () => {
    const from = '31622222222';
    await say(from, 'vergeet mij');
    const buttons = lastSend(from);
    expect(buttons.interactive).toMatchObject({
      type: 'button',
      action: { buttons: [{ type: 'reply', reply: { id: 'forget:yes', title: 'Ja, wis alles' } }, { type: 'reply', reply: { id: 'forget:no', title: 'Nee, niet wissen' } }] },
    });
    await press(from, 'button_reply', { id: 'forget:no', title: 'Nee, niet wissen' });
    expect(harness.textsTo(from).at(-1)).toMatch(/wis niets/);
  });

  it('answers a voice note, photo, document, sticker and video kindly, and the worker sees what came', async () => {
    const from = '31633333333';
    await say(from, 'hallo');
    const at = harness.clock.now();
    const media = [
      ['audio', { audio: { id: 'media-1', mime_type: 'audio/ogg; codecs=opus', voice: true } }, '[spraakbericht ontvangen]'],
      ['image', { image: { id: 'media-2', mime_type: 'image/jpeg', caption: 'deze brief' } }, '[foto ontvangen] deze brief'],
      ['document', { document: { id: 'media-3', mime_type: 'application/pdf', filename: 'aanmaning.pdf' } }, '[bestand ontvangen]'],
      ['sticker', { sticker: { id: 'media-4', mime_type: 'image/webp' } }, '[sticker ontvangen]'],
      ['video', { video: { id: 'media-5', mime_type: 'video/mp4' } }, '[video ontvangen]'],
    ] as const;
    for (const [type, content, note] of media) {
      const before = harness.graph.sends(from).length;
      await harness.deliver(webhookBody({ messages: [residentMessage(from, type, content, at)] }));
      expect(harness.textsTo(from).slice(before).join(' ')).toMatch(/niet bekijken|typen/);
      expect((await storedMessages(from)).filter((message) => message.direction === 'inbound').at(-1)!.text).toBe(note);
    }
    const kinds = (await storedMessages(from)).filter((message) => message.direction === 'inbound').map((message) => message.kind);
    expect(kinds).toEqual(['text', 'voice', 'photo', 'document', 'sticker', 'video']);
  });

  it('answers in the resident\'s language that only text is read', async () => {
    const from = '31644444444';
    await say(from, 'Hello, I have a problem with my landlord and I need some help please');
    await harness.deliver(webhookBody({ messages: [residentMessage(from, 'audio', { audio: { id: 'media-6', voice: true } }, harness.clock.now())] }));
    expect(harness.textsTo(from).at(-1)).toMatch(/voice messages/);
  });

  it('answers a location kindly without reading it', async () => {
    const from = '31655555555';
    await say(from, 'hoi');
    await harness.deliver(webhookBody({ messages: [residentMessage(from, 'location', { location: { latitude: 52.37, longitude: 4.89 } }, harness.clock.now())] }));
    expect(harness.textsTo(from).at(-1)).toMatch(/locatie/);
    expect((await storedMessages(from)).filter((message) => message.direction === 'inbound').at(-1)).toMatchObject({ kind: 'location', text: '[locatie ontvangen]' });
  });

  it('records the statuses Meta reports (sent, delivered, read, failed) on the outbound message they belong to', async () => {
    const from = '31666666666';
    await say(from, 'hoi');
    const send = lastSend(from);
    const reply = (await storedMessages(from)).filter((message) => message.direction === 'outbound').at(-1)!;
    expect(send.biz_opaque_callback_data).toBe(reply.id);
    const status = (value: string, extra: object = {}) =>
      harness.deliver(webhookBody({ statuses: [{ id: 'wamid.TEST1', status: value, timestamp: '1790000000', recipient_id: from, biz_opaque_callback_data: reply.id, ...extra }] }));
    const statusNow = async () => (await storedMessages(from)).find((message) => message.id === reply.id)!.deliveryStatus;
    await status('sent');
    expect(await statusNow()).toBe('sent');
    await status('read');
    await status('delivered'); // late: the message stays read
    expect(await statusNow()).toBe('read');
    await status('failed', { errors: [{ code: 131026, title: 'Message undeliverable' }] });
    expect(await statusNow()).toBe('failed');
  });

  it('answers the webhook before the turn is done (Meta waits only seconds), and sends when the Graph API answers', async () => {
    const from = '31677777777';
    const release = harness.graph.holdSends();
    const response = await postWebhook(harness.baseUrl, textMessage(from, 'hoi', harness.clock.now()));
    expect(response.status).toBe(200);
    expect(harness.graph.sends(from)).toEqual([]);
    release();
    await harness.channel.idle();
    expect(harness.textsTo(from).join('\n')).toMatch(/digitale assistent/);
  });
});
