import { afterEach, describe, expect, it } from 'vitest';
import type { InloopEvent } from '../../core/ports/event-bus.js';
import { shortCaseId } from '../../bots/slack/case-card-blocks.js';
import { createResident } from '../support/transcript.js';
import { waitFor } from '../slack/fake-slack-api.js';
import { startSlackHarness, slackChannel, type SlackHarness } from '../slack/slack-harness.js';
import { formType, jsonType, messageEventBody, slashCommandBody } from '../slack/signed-slack-request.js';

// Issue 13, point 6, in Slack: the same core rules as the inbox; a refusal is an ephemeral Dutch message.
let harness: SlackHarness;
afterEach(async () => {
  await harness?.stop();
});

async function start(environment: Record<string, string> = {}) {
  harness = await startSlackHarness(environment);
  const anna = await harness.addWorker('anna', 'Anna de Vries', 'U0ANNA');
  const bram = await harness.addWorker('bram', 'Bram Jansen', 'U0BRAM');
  const carla = await harness.runtime.store.updateWorker((await harness.addWorker('carla', 'Carla Coördinator', 'U0CARLA')).id, { permission: 'coordinator' });
  return { anna, bram, carla };
}

async function residentCase(patch: Parameters<SlackHarness['runtime']['store']['updateCase']>[1] = {}) {
  const resident = createResident(() => harness.runtime);
  await resident.send('mens');
  const opened = (await harness.runtime.store.listCases({ statuses: ['waiting'] })).at(-1)!;
  const ts = await waitFor(async () => (await harness.runtime.store.listAudit(opened.id)).find((entry) => entry.action === 'slack-posted')?.detail?.split('/')[1], 'the card ts');
  return { caseRecord: await harness.runtime.store.updateCase(opened.id, patch, new Date()), ts };
}

const slash = async (user: string, text: string) =>
  JSON.parse((await harness.post(slashCommandBody({ channel: slackChannel, user, text, responseUrl: `${harness.slackApi.url}response` }), formType)).text);
const inThread = (user: string, ts: string, text: string) => harness.post(messageEventBody({ channel: slackChannel, user, text, threadTs: ts }), jsonType);
const ephemeralsTo = (user: string) => harness.slackApi.callsOf('chat.postEphemeral').filter((call) => call.body.user === user);

describe('Slack desk permissions', () => {
  it('refuses a colleague who closes a case someone else claimed, in the thread and with /inloop close', async () => {
    const { anna } = await start();
    const { caseRecord, ts } = await residentCase();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);

    await inThread('U0BRAM', ts, 'close: niet meer nodig');
    const told = await waitFor(() => ephemeralsTo('U0BRAM')[0], 'the refusal in the thread');
    expect(told.body).toMatchObject({ channel: slackChannel, thread_ts: ts });
    expect(told.body.text).toBe('Niet gedaan: deze zaak is van Anna de Vries. Alleen Anna de Vries zelf (door de zaak over te dragen) of een coördinator kan hem overnemen of sluiten.');

    const answer = await slash('U0BRAM', `close! ${shortCaseId(caseRecord.id)} niet meer nodig`);
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('deze zaak is van Anna de Vries');
    expect(await harness.runtime.store.findCase(caseRecord.id)).toMatchObject({ status: 'claimed', assigneeId: anna.id });
  });

  it('lets a coordinator close a colleague\'s case only after confirming, and tells the colleague', async () => {
    const { anna, carla } = await start();
    const notices: InloopEvent[] = [];
    harness.runtime.events.subscribe((event) => event.type === 'case-taken-over' && notices.push(event));
    const { caseRecord } = await residentCase();
    await harness.runtime.desk.claim(caseRecord.id, anna.id);
    const code = shortCaseId(caseRecord.id);

    const asked = await slash('U0CARLA', `close ${code} doorverwezen`);
    expect(asked.text).toBe(`Niet gedaan: deze casus is van Anna de Vries. Wil je hem overnemen? Bevestig dan met \`/inloop close! ${code} <uitkomst>\`; Anna de Vries krijgt daar bericht van.`);
    expect((await harness.runtime.store.findCase(caseRecord.id))?.status).toBe('claimed');

    expect((await slash('U0CARLA', `close! ${code} doorverwezen`)).text).toBe(`Zaak \`${code}\` is afgesloten.`);
    expect(await harness.runtime.store.findCase(caseRecord.id)).toMatchObject({ status: 'closed', outcome: 'doorverwezen' });
    expect(notices).toEqual([{ type: 'case-taken-over', caseId: caseRecord.id, fromWorkerId: anna.id, byWorkerId: carla.id, action: 'closed' }]);
    expect((await harness.runtime.store.listAudit(caseRecord.id)).find((entry) => entry.action === 'taken-over')).toMatchObject({ actor: carla.id, detail: anna.id });
  });

  it('asks more firmly for a crisis case, and "close!:" in the thread confirms', async () => {
    const { bram } = await start();
    const { caseRecord, ts } = await residentCase({ urgency: 'crisis', crisis: 'suicide' });
    await harness.runtime.desk.claim(caseRecord.id, bram.id);
    await inThread('U0CARLA', ts, 'close: overgenomen door de dienst');
    const asked = await waitFor(() => ephemeralsTo('U0CARLA')[0], 'the question');
    expect(asked.body.text).toContain('Let op: dit is een crisiszaak.');
    expect(asked.body.text).toContain('`close!: <uitkomst>`');
    expect((await harness.runtime.store.findCase(caseRecord.id))?.status).toBe('claimed');

    await inThread('U0CARLA', ts, 'close!: overgenomen door de dienst');
    const closed = await waitFor(async () => ((await harness.runtime.store.findCase(caseRecord.id))?.status === 'closed' ? true : null), 'the close');
    expect(closed).toBe(true);
  });

  it('with team scoping, /inloop lists a normal case of another team for nobody outside it, a crisis case for everyone', async () => {
    const { anna, bram } = await start({ TEAM_SCOPED_INBOX: '1' });
    await harness.runtime.store.updateWorker(anna.id, { team: 'self-reliance' });
    await harness.runtime.store.updateWorker(bram.id, { team: 'health' });
    const normal = await residentCase({ team: 'self-reliance' });
    const crisis = await residentCase({ team: 'self-reliance', urgency: 'crisis', crisis: 'violence' });
    const listed = (await slash('U0BRAM', '')).text as string;
    expect(listed).toContain(shortCaseId(crisis.caseRecord.id));
    expect(listed).not.toContain(shortCaseId(normal.caseRecord.id));
    expect((await slash('U0ANNA', '')).text).toContain(shortCaseId(normal.caseRecord.id));

    await inThread('U0BRAM', normal.ts, 'note: ken ik');
    const told = await waitFor(() => ephemeralsTo('U0BRAM')[0], 'the refusal');
    expect(told.body.text).toBe('Deze zaak hoort bij een ander team. Vraag een collega van dat team of een coördinator.');
    expect(await harness.runtime.store.listNotes(normal.caseRecord.id)).toEqual([]);
  });
});
