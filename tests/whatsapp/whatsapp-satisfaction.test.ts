import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { runFollowUp } from '../../bots/runtime/follow-up-job.js';
import { silentLogger } from '../../core/ports/logger.js';
import { satisfactionTexts } from '../../core/texts/satisfaction-texts.js';
import { residentMessage, textMessage, webhookBody } from './fake-graph-api.js';
import { startWhatsAppHarness, type WhatsAppHarness } from './whatsapp-harness.js';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
let harness: WhatsAppHarness | null = null;
let directory: string | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = null;
});

/** The shipped organisation with its own `satisfaction` block, as ORGANISATION_FILE. */
function organisationWith(satisfaction: object): Record<string, string> {
  directory = mkdtempSync(join(tmpdir(), 'inloop-wa-satisfaction-'));
  const file = join(directory, 'organisation.json');
  const organisation = JSON.parse(readFileSync('config/organisation.json', 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...organisation, satisfaction }));
  return { ORGANISATION_FILE: file };
}

/** A resident asks for a person on WhatsApp; a worker claims and closes the case; returns the case id. */
async function closedCase(current: WhatsAppHarness, from: string): Promise<string> {
  await current.deliver(textMessage(from, 'Ik heb een brief van de deurwaarder gekregen', current.clock.now()));
  await current.deliver(textMessage(from, 'mens', current.clock.now()));
  const [record] = await current.runtime.store.listCases();
  const worker = await current.worker('fatima', 'Fatima');
  await current.runtime.desk.claim(record!.id, worker.id);
  await current.runtime.desk.close(record!.id, worker.id, 'beantwoord');
  return record!.id;
}

async function followUpAfter(current: WhatsAppHarness, milliseconds: number) {
  current.clock.advance(milliseconds);
  await runFollowUp({ followUp: current.runtime.desk.followUp, logger: silentLogger });
}

const question = satisfactionTexts.nl.question;

describe('"Is je vraag opgelost?" on WhatsApp after the 24-hour window (issue 17)', () => {
  it('goes out as the approved template of organisation.json, nothing as free text; the template\'s button answers it and the window is open again', async () => {
    harness = await startWhatsAppHarness(organisationWith({ afterDays: 7, whatsappTemplate: { name: 'inloop_tevredenheid', language: 'nl' } }));
    const from = '31611112222';
    const caseId = await closedCase(harness, from);
    const sendsBefore = harness.graph.sends(from).length;
    await followUpAfter(harness, 7 * day);

    const sent = harness.graph.sends(from).slice(sendsBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ messaging_product: 'whatsapp', to: from, type: 'template', template: { name: 'inloop_tevredenheid', language: { code: 'nl' } } });
    expect(sent[0]!.template.components).toBeUndefined(); // fixed words, no variables
    expect(sent[0]!.text).toBeUndefined();
    expect(sent[0]!.interactive).toBeUndefined();
    // The transcript keeps the question as asked, and the delivery statuses link to it.
    const conversation = (await harness.runtime.store.findCase(caseId))!.conversationId;
    const stored = (await harness.runtime.store.listMessages(conversation)).find((message) => message.text === question)!;
    expect(sent[0]!.biz_opaque_callback_data).toBe(stored.id);
    expect(await harness.runtime.store.findSatisfaction(caseId)).toMatchObject({ step: 'asked' });

    // The resident presses the template's quick-reply button "Deels": WhatsApp sends it as a message of type button.
    await harness.deliver(webhookBody({ messages: [residentMessage(from, 'button', { button: { text: 'Deels', payload: 'Deels' } }, harness.clock.now())] }));
    expect(await harness.runtime.store.findSatisfaction(caseId)).toMatchObject({ step: 'score', answer: 'partly' });
    // Inside the window again: the score question goes as an ordinary message with buttons.
    const next = harness.graph.sends(from).at(-1)!;
    expect(next.type).toBe('interactive');
    expect(next.interactive.body.text).toBe(satisfactionTexts.nl.askScore);
  });

  it('without a template it is not sent on WhatsApp at all: no free text outside the window, the audit says why, and a later "ja" is no answer', async () => {
    harness = await startWhatsAppHarness(organisationWith({ afterDays: 7 }));
    const from = '31633334444';
    const caseId = await closedCase(harness, from);
    const sendsBefore = harness.graph.sends(from).length;
    await followUpAfter(harness, 7 * day);

    expect(harness.graph.sends(from).slice(sendsBefore)).toEqual([]);
    const conversation = (await harness.runtime.store.findCase(caseId))!.conversationId;
    expect((await harness.runtime.store.listMessages(conversation)).map((message) => message.text)).not.toContain(question);
    const audit = await harness.runtime.store.listAudit(caseId);
    expect(audit.find((entry) => entry.action === 'satisfaction-skipped')).toMatchObject({ actor: 'system', detail: 'whatsapp-window-closed-no-template' });
    expect(audit.some((entry) => entry.action === 'satisfaction-asked')).toBe(false);
    expect(await harness.runtime.store.findSatisfaction(caseId)).toMatchObject({ step: 'done', answer: null });
    // Never again: a later run sends nothing, and the resident's "ja" goes to the dialogue as a new message.
    await followUpAfter(harness, day);
    expect(harness.graph.sends(from).slice(sendsBefore)).toEqual([]);
    await harness.deliver(textMessage(from, 'ja', harness.clock.now()));
    expect(await harness.runtime.store.findSatisfaction(caseId)).toMatchObject({ step: 'done', answer: null });
    expect(harness.textsTo(from).at(-1)).not.toBe(satisfactionTexts.nl.askScore);
  });

  it('inside the window it goes as an ordinary message with the three buttons, also when a template is configured', async () => {
    harness = await startWhatsAppHarness(organisationWith({ afterDays: 0.5, whatsappTemplate: { name: 'inloop_tevredenheid', language: 'nl' } }));
    const from = '31655556666';
    const caseId = await closedCase(harness, from);
    await followUpAfter(harness, 12 * hour);
    const sent = harness.graph.sends(from).at(-1)!;
    expect(sent.type).toBe('interactive');
    expect(sent.interactive.body.text).toBe(question);
    expect(sent.interactive.action.buttons.map((button: { reply: { title: string } }) => button.reply.title)).toEqual(['Ja', 'Deels', 'Nee']);
    expect(harness.graph.sends(from).some((call) => call.type === 'template')).toBe(false);
    expect(await harness.runtime.store.findSatisfaction(caseId)).toMatchObject({ step: 'asked' });
  });

  it('refuses a template name WhatsApp Manager would not have, naming the setting', async () => {
    expect(() => loadConfiguration({ LOG_LEVEL: 'silent', ...organisationWith({ afterDays: 7, whatsappTemplate: { name: 'Inloop tevredenheid' } }) })).toThrow(/satisfaction\.whatsappTemplate\.name/);
  });
});
