import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listButtonLabel, maximumButtonTitleLength, maximumInteractiveBodyLength, maximumTextLength, replyToWhatsApp, splitAtSentences,
} from '../../bots/whatsapp/reply-to-whatsapp.js';
import { textMessage, webhookBody } from './fake-graph-api.js';
import { startWhatsAppHarness, type WhatsAppHarness } from './whatsapp-harness.js';
import { readMetric } from '../support/metric-value.js';

describe('replies in the Cloud API\'s format', () => {
  it('splits a long text at sentence ends, each part under 4096 characters', () => {
    const sentence = 'Dit is een zin over je brief van de gemeente, met wat uitleg erbij. ';
    const text = `${sentence.repeat(130)}Einde.`;
    const parts = splitAtSentences(text);
    expect(parts.length).toBe(3);
    expect(parts.every((part) => part.length <= maximumTextLength)).toBe(true);
    expect(parts.every((part) => part.endsWith('.'))).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('cuts a text without sentence ends at a space, and never inside an emoji', () => {
    const words = splitAtSentences('woord '.repeat(1000), 100);
    expect(words.every((part) => part.length <= 100 && !part.startsWith(' ') && part.endsWith('woord'))).toBe(true);
    const emoji = splitAtSentences('😀'.repeat(100), 51);
    expect(emoji.join('')).toBe('😀'.repeat(100));
    expect(emoji.every((part) => !/[\ud800-\udbff]$/.test(part))).toBe(true);
  });

  it('uses reply buttons for three short choices, a list for more or for longer titles', () => {
    const three = replyToWhatsApp({ text: 'Klopt dit?', quickReplies: [{ id: 'a', label: 'Ja' }, { id: 'b', label: 'Nee' }, { id: 'c', label: 'Een beetje' }] });
    expect(three).toEqual([{
      type: 'interactive',
      interactive: {
        type: 'button', body: { text: 'Klopt dit?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ja' } }, { type: 'reply', reply: { id: 'b', title: 'Nee' } }, { type: 'reply', reply: { id: 'c', title: 'Een beetje' } }] },
      },
    }]);
    const four = replyToWhatsApp({ text: 'Kies', quickReplies: ['1', '2', '3', '4'].map((id) => ({ id, label: `Keuze ${id}` })) })[0]!;
    expect(four).toMatchObject({ type: 'interactive', interactive: { type: 'list', action: { button: listButtonLabel } } });
    const long = 'x'.repeat(maximumButtonTitleLength + 1);
    expect(replyToWhatsApp({ text: 'Kies', quickReplies: [{ id: 'a', label: long }, { id: 'b', label: 'Nee' }] })[0]).toMatchObject({ interactive: { type: 'list' } });
  });

  it('puts text beyond an interactive body\'s 1024 characters before the buttons', () => {
    const text = `${'Een lange uitleg over wat er kan gebeuren. '.repeat(30)}Wil je verder?`;
    const messages = replyToWhatsApp({ text, quickReplies: [{ id: 'yes', label: 'Ja' }] });
    expect(messages.map((message) => message.type)).toEqual(['text', 'interactive']);
    const last = messages[1] as { interactive: { body: { text: string } } };
    expect(last.interactive.body.text.length).toBeLessThanOrEqual(maximumInteractiveBodyLength);
    expect(last.interactive.body.text.endsWith('Wil je verder?')).toBe(true);
  });
});

describe('sending to the Graph API', () => {
  let harness: WhatsAppHarness;
  beforeAll(async () => {
    harness = await startWhatsAppHarness();
  });
  afterAll(() => harness?.stop());

  const statusesTo = (to: string) => harness.graph.calls.filter((call) => call.method === 'POST' && call.body?.to === to).map((call) => call.status);

  it('retries a 429 with back-off and then sends once', async () => {
    harness.graph.failNextSends(429);
    await harness.deliver(textMessage('31620000001', 'hoi', harness.clock.now()));
    expect(statusesTo('31620000001').slice(0, 2)).toEqual([429, 200]);
    expect(harness.textsTo('31620000001')[0]).toMatch(/digitale assistent/);
  });

  it('retries 5xx answers, and gives up on a 400 without retrying', async () => {
    harness.graph.failNextSends(500, 503);
    await harness.deliver(textMessage('31620000002', 'hoi', harness.clock.now()));
    expect(statusesTo('31620000002').slice(0, 3)).toEqual([500, 503, 200]);
    harness.graph.failNextSends(400);
    const before = statusesTo('31620000003').length;
    await harness.deliver(textMessage('31620000003', 'hoi', harness.clock.now()));
    expect(statusesTo('31620000003').slice(before)[0]).toBe(400);
    expect(statusesTo('31620000003').filter((status) => status === 400)).toHaveLength(1);
  });

  it('logs a refused token by status and code, without the message text or the number', async () => {
    harness.logLines.length = 0;
    harness.graph.failNextSends(401);
    await harness.deliver(textMessage('31620000004', 'Mijn geheime vraag over schulden', harness.clock.now()));
    const refused = harness.logLines.map((line) => JSON.parse(line)).find((line) => line.msg === 'whatsapp access token refused; check WHATSAPP_ACCESS_TOKEN');
    expect(refused).toBeDefined();
    expect(refused.err).toMatchObject({ type: 'GraphApiError', status: 401, code: '190' });
    const all = harness.logLines.join('\n');
    expect(all).not.toMatch(/geheime vraag|digitale assistent|31620000004|Error validating/);
    expect(statusesTo('31620000004')).toEqual([401]); // an auth error is not retried
  });

  it('counts a refused send and a failed delivery status in inloop_channel_send_failures_total', async () => {
    const failures = async () => (await readMetric(harness.runtime, 'inloop_channel_send_failures_total{channel="whatsapp"}'))!;
    const before = await failures();
    harness.graph.failNextSends(400);
    await harness.deliver(textMessage('31620000005', 'Ik heb een vraag over de huur', harness.clock.now()));
    expect(statusesTo('31620000005')).toEqual([400]);
    expect(await failures()).toBe(before + 1);
    // Accepted by the API, then reported undeliverable by Meta.
    await harness.deliver(webhookBody({ statuses: [{ id: 'wamid.FAILED1', status: 'failed', timestamp: '1790000000', recipient_id: '31620000005', errors: [{ code: 131026 }] }] }));
    expect(await failures()).toBe(before + 2);
  });
});
