import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, residentMessage, signature, testAppSecret, testVerifyToken, textMessage, webhookBody } from './fake-graph-api.js';
import { startWhatsAppHarness, type WhatsAppHarness } from './whatsapp-harness.js';

let harness: WhatsAppHarness;
beforeAll(async () => {
  harness = await startWhatsAppHarness();
});
afterAll(() => harness?.stop());

function count(sql: string, ...values: unknown[]): number {
  const sqlite = new Database(harness.database.file, { readonly: true });
  try {
    return (sqlite.prepare(sql).get(...values) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe('the WhatsApp webhook at /whatsapp/webhook', () => {
  it('answers the verification handshake only for the verify token', async () => {
    const query = (token: string) => `${harness.baseUrl}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
    const right = await fetch(query(testVerifyToken));
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('1158201444');
    const wrong = await fetch(query('guessed-token'));
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('1158201444');
  });

  it('refuses an unsigned or forged POST with 401, stores nothing and sends nothing', async () => {
    const body = textMessage('31600000001', 'Ik heb schulden', harness.clock.now());
    expect((await postWebhook(harness.baseUrl, body, false)).status).toBe(401);
    expect((await postWebhook(harness.baseUrl, body, 'not-the-app-secret')).status).toBe(401);
    // Signed right, but the body was changed on the way: the signature no longer fits.
    const raw = JSON.stringify(body);
    const tampered = await fetch(`${harness.baseUrl}/whatsapp/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature(raw, testAppSecret) },
      body: raw.replace('schulden', 'schulden!'),
    });
    expect(tampered.status).toBe(401);
    await harness.channel.idle();
    expect(count('SELECT COUNT(*) AS n FROM conversations')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM messages')).toBe(0);
    expect(harness.graph.sends()).toEqual([]);
  });

  it('answers a signed text message through the Graph API, with the token, to the resident\'s number', async () => {
    const response = await harness.deliver(textMessage('31600000002', 'hoi', harness.clock.now()));
    expect(response.status).toBe(200);
    const call = harness.graph.calls.find((entry) => entry.method === 'POST' && entry.body?.to === '31600000002')!;
    expect(call.path).toBe('/106540352242922/messages');
    expect(call.authorization).toBe('Bearer EAAG-test-access-token');
    expect(call.body).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '31600000002', type: 'text' });
    expect(harness.textsTo('31600000002').join('\n')).toMatch(/digitale assistent/);
    // The profile name WhatsApp sends along is never stored.
    expect(count("SELECT COUNT(*) AS n FROM messages WHERE text LIKE '%Nooit Bewaard%'")).toBe(0);
  });

  it('answers a message that Meta delivers twice once, and stores it once', async () => {
    const body = textMessage('31600000003', 'Ik heb schulden en de deurwaarder komt', harness.clock.now(), 'wamid.DUPLICATE-1');
    await harness.deliver(body);
    const answered = harness.graph.sends('31600000003').length;
    expect(answered).toBeGreaterThan(0);
    expect((await harness.deliver(body)).status).toBe(200);
    expect(harness.graph.sends('31600000003')).toHaveLength(answered);
    expect(count("SELECT COUNT(*) AS n FROM messages WHERE externalId = 'wamid.DUPLICATE-1'")).toBe(1);
  });

  it('answers the messages of one delivery in order, and leaves reactions and other numbers alone', async () => {
    const at = harness.clock.now();
    await harness.deliver(webhookBody({ messages: [residentMessage('31600000004', 'reaction', { reaction: { message_id: 'wamid.X', emoji: '👍' } }, at)] }));
    expect(harness.graph.sends('31600000004')).toEqual([]);
    await harness.deliver(webhookBody({ messages: [residentMessage('31600000004', 'text', { text: { body: 'hoi' } }, at)] }, '999999999'));
    expect(harness.graph.sends('31600000004')).toEqual([]);
    expect(count("SELECT COUNT(*) AS n FROM conversations WHERE chatId = '31600000004'")).toBe(0);
  });

  it('answers a body that is not JSON with 400', async () => {
    expect((await postWebhook(harness.baseUrl, '{not json')).status).toBe(400);
  });
});
