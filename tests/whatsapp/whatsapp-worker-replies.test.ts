import { afterEach, describe, expect, it } from 'vitest';
import { textMessage, webhookBody } from './fake-graph-api.js';
import { startWhatsAppHarness, type WhatsAppHarness } from './whatsapp-harness.js';

const hour = 60 * 60 * 1000;
let harness: WhatsAppHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

/** A resident who asked for a person, and a worker who claimed the case in the inbox. */
async function claimedCase(current: WhatsAppHarness, from: string) {
  await current.deliver(textMessage(from, 'Ik heb een brief van de deurwaarder gekregen', current.clock.now()));
  await current.deliver(textMessage(from, 'mens', current.clock.now()));
  const [record] = await current.runtime.store.listCases();
  const fatima = await current.worker('fatima', 'Fatima');
  const inbox = await fatima.signIn();
  expect((await inbox(`/api/inbox/cases/${record!.id}/claim`, {})).status).toBe(200);
  return { caseId: record!.id, fatima };
}

describe('a worker answering a WhatsApp resident from the inbox', () => {
  it('reaches WhatsApp inside the window, with the status Meta reports shown in the transcript', async () => {
    harness = await startWhatsAppHarness();
    const from = '31688888888';
    const { caseId, fatima } = await claimedCase(harness, from);
    expect(harness.textsTo(from).at(-1)).toMatch(/Fatima/); // the claim notice
    const inbox = await fatima.signIn();
    const sent = await inbox(`/api/inbox/cases/${caseId}/messages`, { text: 'Hallo, ik ben Fatima.\nWanneer kan ik je bellen? *niet vet*' });
    expect(sent.status).toBe(200);
    const call = harness.graph.sends(from).at(-1)!;
    expect(call).toMatchObject({
      messaging_product: 'whatsapp', to: from, type: 'text',
      text: { body: 'Hallo, ik ben Fatima.\nWanneer kan ik je bellen? *niet vet*', preview_url: false },
      biz_opaque_callback_data: sent.body!.message.id,
    });
    await harness.deliver(webhookBody({ statuses: [{ id: 'wamid.TEST9', status: 'read', timestamp: '1790000000', recipient_id: from, biz_opaque_callback_data: sent.body!.message.id }] }));
    harness.clock.advance(hour + 30 * 60_000);
    const card = await (await fatima.signIn())(`/api/inbox/cases/${caseId}`);
    expect(card.body!.messages.find((message: { id: string }) => message.id === sent.body!.message.id).deliveryStatus).toBe('read');
    expect(card.body!.case.whatsappWindow).toMatchObject({ open: true, text: 'WhatsApp-venster nog 22 uur open' });
  });

  it('refuses a reply after 24 hours without a template, in Dutch, and stores and sends nothing; the resident writing opens it again', async () => {
    harness = await startWhatsAppHarness();
    const from = '31699999999';
    const { caseId, fatima } = await claimedCase(harness, from);
    harness.clock.advance(19 * hour);
    let inbox = await fatima.signIn();
    expect((await inbox(`/api/inbox/cases/${caseId}`)).body!.case.whatsappWindow.text).toBe('WhatsApp-venster nog 5 uur open');

    harness.clock.advance(5 * hour + 60_000);
    inbox = await fatima.signIn();
    const before = { sends: harness.graph.sends(from).length, messages: (await inbox(`/api/inbox/cases/${caseId}`)).body!.messages.length };
    const refused = await inbox(`/api/inbox/cases/${caseId}/messages`, { text: 'Hoe gaat het nu?' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'delivery-window-closed' });
    expect(refused.body!.error).toMatch(/24 uur/);
    expect(refused.body!.error).toMatch(/niet verstuurd/i);
    const card = await inbox(`/api/inbox/cases/${caseId}`);
    expect(card.body!.messages).toHaveLength(before.messages);
    expect(card.body!.case.whatsappWindow).toMatchObject({ open: false });
    expect(card.body!.case.whatsappWindow.text).toMatch(/^WhatsApp-venster gesloten/);
    expect(harness.graph.sends(from)).toHaveLength(before.sends);

    await harness.deliver(textMessage(from, 'Ik ben er weer', harness.clock.now()));
    expect((await inbox(`/api/inbox/cases/${caseId}/messages`, { text: 'Fijn! Hoe gaat het nu?' })).status).toBe(200);
    expect(harness.graph.sends(from).at(-1)).toMatchObject({ type: 'text', text: { body: 'Fijn! Hoe gaat het nu?' } });
  });

  it('sends a reply after 24 hours as the configured template, the text as its one body variable', async () => {
    harness = await startWhatsAppHarness({ WHATSAPP_TEMPLATE_REPLY: 'inloop_antwoord', WHATSAPP_TEMPLATE_LANGUAGE: 'nl' });
    const from = '31610101010';
    const { caseId, fatima } = await claimedCase(harness, from);
    harness.clock.advance(30 * hour);
    const inbox = await fatima.signIn();
    expect((await inbox(`/api/inbox/cases/${caseId}`)).body!.case.whatsappWindow.text).toMatch(/gesloten.*sjabloon/);
    const sent = await inbox(`/api/inbox/cases/${caseId}/messages`, { text: 'Ik heb de deurwaarder gebeld.\n\nBel je me terug?' });
    expect(sent.status).toBe(200);
    expect(harness.graph.sends(from).at(-1)).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: from, type: 'template',
      template: {
        name: 'inloop_antwoord', language: { code: 'nl' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ik heb de deurwaarder gebeld. Bel je me terug?' }] }],
      },
      biz_opaque_callback_data: sent.body!.message.id,
    });
  });
});
