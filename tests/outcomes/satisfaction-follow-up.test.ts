import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFollowUp } from '../../bots/runtime/follow-up-job.js';
import { silentLogger } from '../../core/ports/logger.js';
import { satisfactionTexts } from '../../core/texts/satisfaction-texts.js';
import { createResident } from '../support/transcript.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, useFreshRuntime } from '../support/test-runtime.js';
import type { Runtime } from '../../bots/runtime/create-runtime.js';

// Issue 17, "Follow-up and satisfaction": once, a configured time after closing, the resident is
// asked "Is je vraag opgelost?"; the answers reach the case and the statistics, "stop" ends it,
// and a new question is handled by the dialogue, never kept as an answer.
const day = 24 * 60 * 60 * 1000;
const nl = satisfactionTexts.nl;

/** A resident with a case a worker closed; the clock stands at the close. */
async function closedCase(runtime: () => Runtime, firstMessage = 'Ik heb schulden en de deurwaarder komt') {
  const resident = createResident(runtime);
  await resident.send(firstMessage);
  await resident.send('mens');
  const record = (await runtime().store.listCases()).find((candidate) => candidate.ref.chatId === resident.ref.chatId)!;
  const worker = await runtime().store.createWorker({ username: `w-${resident.ref.chatId}`, displayName: 'Fatima Yilmaz', passwordHash: 'not-used-here', team: null });
  await runtime().desk.claim(record.id, worker.id);
  await runtime().desk.close(record.id, worker.id, 'beantwoord');
  const history = async () => runtime().store.listMessages(record.conversationId);
  const questions = async () => (await history()).filter((message) => message.author === 'system' && message.text === nl.question);
  const followUp = () => runFollowUp({ followUp: runtime().desk.followUp, logger: silentLogger });
  /** Presses a button of the question as the channel shows it (it came outside a turn, so from the history). */
  const pressQuestion = async (label: string) => {
    const question = (await history()).filter((message) => message.author === 'system' && message.quickReplies.length).at(-1)!;
    const button = question.quickReplies.find((reply) => reply.label === label)!;
    return resident.send(button.label, { quickReplyId: button.id });
  };
  return { resident, record, worker, history, questions, followUp, pressQuestion };
}

describe('the satisfaction question after closing', () => {
  const { clock, runtime } = useFreshRuntime();

  it('is asked once, 7 days after closing (the default), with yes/partly/no; yes and a score are kept, the open answer too', async () => {
    const { resident, record, questions, followUp } = await closedCase(runtime);
    clock.advance(6 * day);
    await followUp();
    expect(await questions()).toHaveLength(0);
    clock.advance(day);
    await followUp();
    await followUp();
    expect(await questions()).toHaveLength(1);
    const [question] = await questions();
    expect(question!.quickReplies.map((reply) => reply.id)).toEqual(['satisfaction:yes', 'satisfaction:partly', 'satisfaction:no']);
    // Never a second one for the same case, also when asked to schedule again.
    expect(await runtime().desk.followUp.scheduleSatisfaction((await runtime().store.findCase(record.id))!)).toBeNull();
    clock.advance(30 * day);
    await followUp();
    expect(await questions()).toHaveLength(1);

    expect(await resident.send('Ja!')).toBe(nl.askScore);
    expect(resident.quickReplyIds()).toEqual(['satisfaction:score:1', 'satisfaction:score:2', 'satisfaction:score:3', 'satisfaction:score:4', 'satisfaction:score:5', 'satisfaction:skip']);
    expect(await resident.press('4')).toBe(nl.askComment);
    expect(await resident.send('Fijn dat iemand echt luisterde')).toBe(nl.thanks);
    expect(await runtime().store.findSatisfaction(record.id)).toMatchObject({ kind: 'satisfaction', step: 'done', answer: 'yes', score: 4, comment: 'Fijn dat iemand echt luisterde' });
    // The worker sees it on the closed case: the audit names the answers, the history holds the words.
    const card = await runtime().desk.openCard(record.id, (await runtime().store.listWorkers())[0]!.id);
    expect(card.audit.filter((entry) => entry.action === 'satisfaction-answered').map((entry) => entry.detail)).toEqual(['yes', 'score 4', 'comment']);
    // The report counts it while the case is live.
    const records = await runtime().store.listReportRecords(new Date(mondayMorning.getTime() - day), new Date(mondayMorning.getTime() + day));
    expect(records).toEqual([expect.objectContaining({ satisfaction: 'yes', satisfactionScore: 4 })]);
    // After the answer, the resident's next message is the dialogue's again.
    expect(await resident.send('Ja')).not.toBe(nl.askScore);
  });

  it('keeps partly without a score, and no with a typed score', async () => {
    const first = await closedCase(runtime);
    const second = await closedCase(runtime, 'Ik zoek hulp bij een brief van de belasting');
    clock.advance(7 * day);
    await first.followUp();
    expect(await first.pressQuestion('Deels')).toBe(nl.askScore);
    expect(await first.resident.press('Overslaan')).toBe(nl.askComment);
    expect(await first.resident.press('Overslaan')).toBe(nl.thanks);
    expect(await runtime().store.findSatisfaction(first.record.id)).toMatchObject({ step: 'done', answer: 'partly', score: null, comment: null });

    expect(await second.resident.send('nee')).toBe(nl.askScore);
    expect(await second.resident.send('2/5')).toBe(nl.askComment);
    expect(await second.resident.send('nee')).toBe(nl.thanks);
    expect(await runtime().store.findSatisfaction(second.record.id)).toMatchObject({ step: 'done', answer: 'no', score: 2, comment: null });
  });

  it('ends with "stop": nothing is kept, nothing is asked again, and the next message goes to the dialogue', async () => {
    const { resident, record, questions, followUp } = await closedCase(runtime);
    clock.advance(7 * day);
    await followUp();
    expect(await resident.send('stop')).toBe(nl.stopped);
    expect(await runtime().store.findSatisfaction(record.id)).toMatchObject({ step: 'done', answer: null, score: null });
    clock.advance(7 * day);
    await followUp();
    expect(await questions()).toHaveLength(1);
    expect(await resident.send('ja')).not.toBe(nl.askScore);
  });

  it('does not swallow a new question: the dialogue answers it, at the first question and at the open answer', async () => {
    const first = await closedCase(runtime);
    clock.advance(7 * day);
    await first.followUp();
    const reply = await first.resident.send('Ik heb een nieuwe vraag: mijn huisbaas doet niets aan de schimmel in mijn huis');
    expect(reply).not.toBe(nl.askScore);
    expect(reply.length).toBeGreaterThan(0);
    expect(await runtime().store.findSatisfaction(first.record.id)).toMatchObject({ step: 'done', answer: null, comment: null });
    // The dialogue took it as the start of a new intake: the next answer is not a score question either.
    expect(await first.resident.send('ja')).not.toBe(nl.askScore);

    const second = await closedCase(runtime, 'Ik zoek hulp bij een brief van de belasting');
    clock.advance(7 * day);
    await second.followUp();
    await second.resident.send('ja');
    await second.resident.send('5');
    const newQuestion = await second.resident.send('Ik heb nu schulden en de deurwaarder staat voor de deur');
    expect(newQuestion).not.toBe(nl.thanks);
    expect(await runtime().store.findSatisfaction(second.record.id)).toMatchObject({ step: 'done', answer: 'yes', score: 5, comment: null });
  });

  it('asks in the resident\'s language, and in formal Dutch to a resident who writes "u"', async () => {
    const english = await closedCase(runtime, 'I have debts and the bailiff is coming');
    const formal = await closedCase(runtime, 'Kunt u mij helpen, ik heb schulden en de deurwaarder komt');
    clock.advance(7 * day);
    await english.followUp();
    expect((await english.history()).map((message) => message.text)).toContain(satisfactionTexts.en.question);
    expect(await english.pressQuestion('Partly')).toBe(satisfactionTexts.en.askScore);
    expect((await formal.history()).map((message) => message.text)).toContain(satisfactionTexts['nl-formal'].question);
  });
});

it('asks nothing when the organisation sets the days to 0', async () => {
  const database = createTestDatabase();
  const organisation = JSON.parse((await import('node:fs')).readFileSync('config/organisation.json', 'utf8')) as Record<string, unknown>;
  const file = join(database.directory, 'organisation.json');
  writeFileSync(file, JSON.stringify({ ...organisation, satisfaction: { afterDays: 0 } }));
  const clock = createManualClock(mondayMorning);
  const runtime = await createTestRuntime(database, clock, { ORGANISATION_FILE: file });
  try {
    const { record, questions, followUp } = await closedCase(() => runtime);
    clock.advance(60 * day);
    await followUp();
    expect(await questions()).toHaveLength(0);
    expect(await runtime.store.findSatisfaction(record.id)).toBeNull();
  } finally {
    await runtime.close();
    database.remove();
  }
});
