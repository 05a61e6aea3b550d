import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import { silentLogger } from '../../core/ports/logger.js';
import { runFollowUp } from '../../bots/runtime/follow-up-job.js';
import { shortCaseId } from '../../bots/slack/case-card-blocks.js';
import { createResident } from '../support/transcript.js';
import { waitFor, type SlackApiCall } from './fake-slack-api.js';
import { startSlackHarness, slackChannel, type SlackHarness } from './slack-harness.js';
import { buttonPressBody, formType, jsonType, messageEventBody, slashCommandBody } from './signed-slack-request.js';

let harness: SlackHarness;
let anna: WorkerRecord;
let bram: WorkerRecord;

beforeEach(async () => {
  harness = await startSlackHarness();
  anna = await harness.addWorker('anna', 'Anna de Vries', 'U0ANNA');
  bram = await harness.addWorker('bram', 'Bram Jansen', 'U0BRAM');
});
afterEach(async () => {
  await harness.stop();
});

const blocksText = (call: SlackApiCall) => JSON.stringify(call.body.blocks ?? []);
const responseUrl = () => `${harness.slackApi.url}response`;

/** A resident asks for a person; returns the case and its card message. */
async function residentAsksForAPerson() {
  const resident = createResident(() => harness.runtime);
  await resident.send('mens');
  const [opened] = await harness.runtime.store.listCases();
  const card = await waitFor(() => harness.slackApi.callsOf('chat.postMessage').find((call) => blocksText(call).includes(opened!.id)), 'the card');
  const ts = await waitFor(async () => (await harness.runtime.store.listAudit(opened!.id)).find((entry) => entry.action === 'slack-posted')?.detail?.split('/')[1], 'the card ts');
  return { resident, caseRecord: opened!, card, ts };
}

function pressButton(user: string, ts: string, actionId: string, value?: string) {
  return harness.post(buttonPressBody({ channel: slackChannel, user, messageTs: ts, actionId, value, responseUrl: responseUrl() }), formType);
}

function replyInThread(user: string, ts: string, text: string) {
  return harness.post(messageEventBody({ channel: slackChannel, user, text, threadTs: ts }), jsonType);
}

async function conversationMessages(conversationId: string) {
  return harness.runtime.store.listMessages(conversationId);
}

describe('Slack as a worker desk', () => {
  it('posts a new case as a card with the facts, "Oppakken" and a link into the inbox', async () => {
    const resident = createResident(() => harness.runtime);
    await resident.send('Ik heb schulden en de deurwaarder komt <volgende week>');
    await resident.send('mens');
    const [caseRecord] = await harness.runtime.store.listCases();
    const card = await waitFor(() => harness.slackApi.callsOf('chat.postMessage')[0], 'the card');
    expect(card.token).toBe('xoxb-test');
    expect(card.body.channel).toBe(slackChannel);
    const blocks = blocksText(card);
    expect(blocks).toContain('Oppakken');
    expect(blocks).toContain(`${harness.baseUrl}/inbox#case=${caseRecord!.id}`);
    expect(blocks).toContain('Wacht op een sociaal werker');
    expect(blocks).toContain('De bewoner vraagt hulp bij'); // the worker's summary, Dutch, third person
    expect(blocks).toContain('Ik heb schulden en de deurwaarder komt &lt;volgende week&gt;'); // the resident's own words, escaped for Slack
    expect(blocks).toContain('Geld en schulden');
    expect(blocks).toContain('Financieel en sociaal zelfredzaam');
    expect(blocks).toContain(shortCaseId(caseRecord!.id));
  });

  it('marks a crisis clearly', async () => {
    const resident = createResident(() => harness.runtime);
    await resident.send('Ik wil niet meer leven, ik ga pillen slikken');
    const card = await waitFor(() => harness.slackApi.callsOf('chat.postMessage')[0], 'the crisis card');
    expect(String(card.body.text)).toMatch(/^🚨 CRISIS: zelfdoding/);
    expect(blocksText(card)).toContain('*🚨 CRISIS*');
    expect(blocksText(card)).toContain('Psychische gezondheid');
  });

  it('"Oppakken" claims the case and updates the card for everyone; the thread then talks with the resident', async () => {
    const { resident, caseRecord, ts } = await residentAsksForAPerson();

    expect((await pressButton('U0ANNA', ts, 'case-claim', caseRecord.id)).status).toBe(200);
    const update = await waitFor(() => harness.slackApi.callsOf('chat.update').find((call) => call.body.ts === ts), 'the card update');
    expect(blocksText(update)).toContain('Opgepakt door <@U0ANNA> (Anna de Vries)');
    expect(blocksText(update)).not.toContain('case-claim'); // no second "Oppakken"
    const claimed = await harness.runtime.store.findCase(caseRecord.id);
    expect(claimed).toMatchObject({ status: 'claimed', assigneeId: anna.id });

    // The worker's thread reply reaches the resident's conversation.
    expect((await replyInThread('U0ANNA', ts, 'Hoi, ik ben Anna. Wat is er aan de hand? &amp; <https://example.org|kijk hier>')).status).toBe(200);
    const sent = await waitFor(async () => (await conversationMessages(caseRecord.conversationId)).find((message) => message.author === 'worker'), 'the worker message');
    expect(sent).toMatchObject({ workerId: anna.id, direction: 'outbound', text: 'Hoi, ik ben Anna. Wat is er aan de hand? & kijk hier (https://example.org)' });
    const card = await harness.runtime.desk.openCard(caseRecord.id, anna.id);
    expect(card.messages.map((message) => message.text)).toContain(sent.text);

    // The resident's answer appears in the card's thread, escaped so it cannot mention anyone.
    await resident.send('Ik krijg mijn huur niet betaald <!channel>');
    const inThread = await waitFor(() => harness.slackApi.callsOf('chat.postMessage').find((call) => call.body.thread_ts === ts), 'the resident in the thread');
    expect(inThread.body.text).toBe('*Inwoner:* Ik krijg mijn huur niet betaald &lt;!channel&gt;');
  });

  it('a thread reply starting with "note:" is a private note: stored on the case, never sent to the resident', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    await replyInThread('U0ANNA', ts, 'note: belt morgen na 10 uur terug');
    const notes = await waitFor(async () => {
      const found = await harness.runtime.store.listNotes(caseRecord.id);
      return found.length ? found : null;
    }, 'the note');
    expect(notes[0]).toMatchObject({ workerId: anna.id, text: 'belt morgen na 10 uur terug' });
    const messages = await conversationMessages(caseRecord.conversationId);
    expect(messages.some((message) => message.text.includes('belt morgen'))).toBe(false);
    const confirmation = await waitFor(() => harness.slackApi.callsOf('chat.postEphemeral')[0], 'the confirmation');
    expect(confirmation.body).toMatchObject({ user: 'U0ANNA', channel: slackChannel, thread_ts: ts, text: expect.stringContaining('Notitie bewaard') });
  });

  it('"close: <outcome>" in the thread closes the case and the card says so', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    await replyInThread('U0ANNA', ts, 'close: doorverwezen naar schuldhulp');
    const closed = await waitFor(async () => {
      const found = await harness.runtime.store.findCase(caseRecord.id);
      return found?.status === 'closed' ? found : null;
    }, 'the closed case');
    expect(closed.outcome).toBe('doorverwezen naar schuldhulp');
    const update = await waitFor(() => harness.slackApi.callsOf('chat.update').find((call) => blocksText(call).includes('Afgesloten: doorverwezen')), 'the closed card');
    expect(update.body.ts).toBe(ts);
    expect(blocksText(update)).not.toContain('case-claim');
  });

  it('after closing, the resident\'s answers to "Is je vraag opgelost?" appear on the card, step by step (issue 17)', async () => {
    const { resident, caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    await harness.runtime.desk.close(caseRecord.id, anna.id, 'beantwoord');
    const closedCard = await waitFor(() => harness.slackApi.callsOf('chat.update').find((call) => call.body.ts === ts && blocksText(call).includes('Afgesloten')), 'the closed card');
    expect(blocksText(closedCard)).not.toContain('Na afsluiten');
    // Seven days later (the default) the follow-up job asks; the resident presses "Deels".
    harness.clock.advance(7 * 24 * 60 * 60 * 1000);
    await runFollowUp({ followUp: harness.runtime.desk.followUp, logger: silentLogger });
    const cardWith = (words: string) => waitFor(() => harness.slackApi.callsOf('chat.update').find((call) => call.body.ts === ts && blocksText(call).includes(words)), `the card with ${words}`);
    await resident.send('Deels', { quickReplyId: 'satisfaction:partly' });
    const answered = await cardWith('Vraag opgelost: *Deels*');
    expect(blocksText(answered)).toContain('Cijfer (1-5): geen cijfer gegeven');
    expect(blocksText(answered)).toContain('Reactie van de inwoner: geen reactie');
    await resident.press('4');
    await cardWith('Cijfer (1-5): 4');
    await resident.send('Fijn dat iemand echt luisterde <!channel>');
    const done = await cardWith('Fijn dat iemand');
    // Escaped so it mentions no one; the notification text (the card's fallback) holds none of it.
    expect(blocksText(done)).toContain('Reactie van de inwoner: “Fijn dat iemand echt luisterde &lt;!channel&gt;”');
    expect(String(done.body.text)).toMatch(/^Afgesloten: /);
    expect(String(done.body.text)).not.toContain('Fijn');
    // Still one card: updated, never posted again.
    expect(harness.slackApi.callsOf('chat.postMessage').filter((call) => blocksText(call).includes(caseRecord.id))).toHaveLength(1);
    // Each answer is also a short Dutch notice in the case's thread, in order; the open answer escaped.
    const notices = await waitFor(() => {
      const found = harness.slackApi.callsOf('chat.postMessage').filter((call) => call.body.thread_ts === ts && String(call.body.text).startsWith('💬'));
      return found.length >= 3 ? found : null;
    }, 'three notices in the thread');
    expect(notices.map((call) => call.body.text)).toEqual([
      '💬 *Na afsluiten:* op "Is je vraag opgelost?" antwoordt de inwoner *Deels*.',
      '💬 *Na afsluiten:* de inwoner geeft onze hulp het cijfer *4* (van 1 tot 5).',
      '💬 *Na afsluiten, reactie van de inwoner:* “Fijn dat iemand echt luisterde &lt;!channel&gt;”',
    ]);
    expect(notices.every((call) => call.body.channel === slackChannel && String(call.body.reply_broadcast) !== 'true')).toBe(true);
  });

  it('after closing, a resident who answers "Nee", skips the score and then says "stop" gives two notices in the thread, none for the skip (issue 17)', async () => {
    const { resident, caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    await harness.runtime.desk.close(caseRecord.id, anna.id, 'beantwoord');
    harness.clock.advance(7 * 24 * 60 * 60 * 1000);
    await runFollowUp({ followUp: harness.runtime.desk.followUp, logger: silentLogger });
    await resident.send('nee');
    await resident.press('Overslaan');
    await resident.send('stop');
    await harness.slack.idle();
    const notices = harness.slackApi.callsOf('chat.postMessage').filter((call) => call.body.thread_ts === ts && String(call.body.text).startsWith('💬')).map((call) => call.body.text);
    expect(notices).toEqual([
      '💬 *Na afsluiten:* op "Is je vraag opgelost?" antwoordt de inwoner *Nee*.',
      '💬 *Na afsluiten:* de inwoner wil niet meer gevraagd worden of de vraag is opgelost ("stop").',
    ]);
    expect(await harness.runtime.store.findSatisfaction(caseRecord.id)).toMatchObject({ step: 'done', answer: 'no', score: null });
  });

  it('/inloop lists the waiting cases (ephemeral) and /inloop close <code> <outcome> closes one', async () => {
    const { caseRecord } = await residentAsksForAPerson();
    const code = shortCaseId(caseRecord.id);

    const list = await harness.post(slashCommandBody({ channel: slackChannel, user: 'U0BRAM', text: '', responseUrl: responseUrl() }), formType);
    expect(list.status).toBe(200);
    const listed = JSON.parse(list.text);
    expect(listed.response_type).toBe('ephemeral');
    expect(listed.text).toContain('Wachtende zaken (1)');
    expect(listed.text).toContain(code);

    const close = await harness.post(slashCommandBody({ channel: slackChannel, user: 'U0BRAM', text: `close ${code} geen contact meer gekregen`, responseUrl: responseUrl() }), formType);
    expect(JSON.parse(close.text)).toMatchObject({ response_type: 'ephemeral', text: `Zaak \`${code}\` is afgesloten.` });
    expect(await harness.runtime.store.findCase(caseRecord.id)).toMatchObject({ status: 'closed', outcome: 'geen contact meer gekregen' });

    const unknown = await harness.post(slashCommandBody({ channel: slackChannel, user: 'U0BRAM', text: 'close abcdef12 klaar', responseUrl: responseUrl() }), formType);
    expect(JSON.parse(unknown.text).text).toContain('Geen open zaak');
    const empty = await harness.post(slashCommandBody({ channel: slackChannel, user: 'U0BRAM', text: 'lijst', responseUrl: responseUrl() }), formType);
    expect(JSON.parse(empty.text).text).toBe('Er wachten nu geen zaken.');
  });

  it('a Slack user who is not linked to a worker gets an ephemeral message and changes nothing', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await pressButton('U0STRANGER', ts, 'case-claim', caseRecord.id);
    const told = await waitFor(() => harness.slackApi.callsOf('chat.postEphemeral')[0], 'the ephemeral');
    expect(told.body).toMatchObject({ user: 'U0STRANGER', channel: slackChannel, text: expect.stringContaining('niet gekoppeld') });
    expect(String(told.body.text)).toContain('link-slack');
    expect((await harness.runtime.store.findCase(caseRecord.id))?.status).toBe('waiting');

    await replyInThread('U0STRANGER', ts, 'Hallo daar');
    await waitFor(() => harness.slackApi.callsOf('chat.postEphemeral').length === 2, 'a second ephemeral');
    expect((await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'Hallo daar')).toBe(false);

    const command = await harness.post(slashCommandBody({ channel: slackChannel, user: 'U0STRANGER', text: '', responseUrl: responseUrl() }), formType);
    expect(JSON.parse(command.text).text).toContain('niet gekoppeld');
  });

  it('claims from the web inbox and from Slack are one: the first wins and the card follows either', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, bram.id); // what POST /api/inbox/cases/:id/claim does
    const update = await waitFor(() => harness.slackApi.callsOf('chat.update').find((call) => call.body.ts === ts), 'the card update');
    expect(blocksText(update)).toContain('Opgepakt door <@U0BRAM> (Bram Jansen)');

    await pressButton('U0ANNA', ts, 'case-claim', caseRecord.id);
    const told = await waitFor(() => harness.slackApi.callsOf('chat.postEphemeral')[0], 'the conflict');
    expect(told.body).toMatchObject({ user: 'U0ANNA', text: expect.stringContaining('net opgepakt') });
    expect(await harness.runtime.store.findCase(caseRecord.id)).toMatchObject({ assigneeId: bram.id });

    // Anna did not claim it: her thread reply is not sent to the resident.
    await replyInThread('U0ANNA', ts, 'Ik help je wel');
    const refused = await waitFor(() => harness.slackApi.callsOf('chat.postEphemeral')[1], 'the refusal');
    expect(refused.body.text).toContain('Bram Jansen heeft deze zaak');
    expect((await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'Ik help je wel')).toBe(false);
  });

  it('a message event Slack delivers twice (a retry) reaches the resident once', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    const body = messageEventBody({ channel: slackChannel, user: 'U0ANNA', text: 'Eén keer graag', threadTs: ts });
    expect((await harness.post(body, jsonType)).status).toBe(200);
    expect((await harness.post(body, jsonType)).status).toBe(200);
    await waitFor(async () => (await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'Eén keer graag'), 'the reply');
    await harness.slack.idle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await conversationMessages(caseRecord.conversationId)).filter((message) => message.text === 'Eén keer graag')).toHaveLength(1);
  });

  it('"Open in inbox" is acknowledged, bot messages and edits in the thread are ignored', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    expect((await pressButton('U0ANNA', ts, 'case-open-inbox')).status).toBe(200);
    await harness.post(messageEventBody({ channel: slackChannel, user: 'U0ANNA', text: 'bewerkt', threadTs: ts, subtype: 'message_changed' }), jsonType);
    await replyInThread('U0ANNA', ts, 'echt bericht');
    await waitFor(async () => (await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'echt bericht'), 'the real message');
    expect((await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'bewerkt')).toBe(false);
  });

  it('after a restart, the card of an open case is found again from its audit entry, and a case opened meanwhile is posted', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    await harness.slack.idle();
    let missedCaseId = '';
    await harness.restart(async () => {
      // While Slack is down (a plain runtime on the same database), another resident asks for a person.
      const { createTestRuntime } = await import('../support/test-runtime.js');
      const offline = await createTestRuntime(harness.database, harness.clock);
      await offline.assistant.handle({ ref: { channel: 'cli', chatId: 'resident-while-down' }, text: 'mens', kind: 'text' });
      missedCaseId = (await offline.store.listCases({ statuses: ['waiting'] }))[0]!.id;
      await offline.close();
    });
    await replyInThread('U0ANNA', ts, 'Ben je er nog?');
    await waitFor(async () => (await conversationMessages(caseRecord.conversationId)).some((message) => message.text === 'Ben je er nog?'), 'the reply after restart');
    const missed = await waitFor(() => harness.slackApi.callsOf('chat.postMessage').find((call) => blocksText(call).includes(missedCaseId)), 'the missed card');
    expect(missed.body.thread_ts).toBeUndefined();
    // The already posted card is not posted twice.
    expect(harness.slackApi.callsOf('chat.postMessage').filter((call) => blocksText(call).includes(caseRecord.id) && !call.body.thread_ts)).toHaveLength(1);
  });
});

describe('request verification on /slack/events', () => {
  it('refuses a forged signature with 401 and does nothing', async () => {
    const { caseRecord, ts } = await residentAsksForAPerson();
    const body = buttonPressBody({ channel: slackChannel, user: 'U0ANNA', messageTs: ts, actionId: 'case-claim', value: caseRecord.id, responseUrl: responseUrl() });
    const forged = await harness.post(body, formType, { signature: `v0=${'0'.repeat(64)}` });
    expect(forged.status).toBe(401);
    const wrongSecret = await harness.post(body, formType, { secret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
    const unsigned = await fetch(`${harness.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': formType }, body });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await harness.runtime.store.findCase(caseRecord.id))?.status).toBe('waiting');
  });

  it('refuses a correctly signed request whose timestamp is more than five minutes off (replay)', async () => {
    const body = messageEventBody({ channel: slackChannel, user: 'U0ANNA', text: 'hallo', threadTs: '1.000001' });
    const now = Math.floor(Date.now() / 1000);
    expect((await harness.post(body, jsonType, { timestamp: now - 6 * 60 })).status).toBe(401);
    expect((await harness.post(body, jsonType, { timestamp: now + 6 * 60 })).status).toBe(401);
    expect((await harness.post(body, jsonType, { timestamp: now - 4 * 60 })).status).toBe(200);
  });

  it('answers Slack\'s url_verification challenge when signed, and only then', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'abc123', type: 'url_verification' });
    const answer = await harness.post(body, jsonType);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ challenge: 'abc123' });
    expect((await harness.post(body, jsonType, { signature: 'v0=00' })).status).toBe(401);
  });

  it('answers Slack\'s unsigned ssl_check with 200 and nothing else, as Bolt\'s receivers do', async () => {
    const answer = await fetch(`${harness.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': formType }, body: 'ssl_check=1&token=x' });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('');
    const command = await fetch(`${harness.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': formType }, body: 'ssl_check=0&command=%2Finloop&user_id=U0ANNA' });
    expect(command.status).toBe(401);
  });
});
