import { describe, expect, it } from 'vitest';
import { dialogueStep } from '../../core/dialogue/dialogue-step.js';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';
import { textsFor } from '../../core/texts/texts-for.js';
import { classified, officeTime, stepSettings, stepTranscript } from '../support/step-transcript.js';

// The pure step, without a database: (state, event, context) -> (state, replies, effects).
const dutch = textsFor('nl');
const crisisSignal = { tier: 'crisis', crisis: 'suicide', concern: null, bystander: false } as const;

/** Answers the intake's questions until the summary is shown (every answer says the same). */
function toSummary(transcript: ReturnType<typeof stepTranscript>) {
  for (let answers = 0; transcript.state.phase === 'clarify' && answers < 10; answers += 1) transcript.send('Niemand helpt mij, ik wil een betalingsregeling');
  expect(transcript.state.phase).toBe('confirm');
}

/** Opening, questions, summary confirmed, chat as the way of contact: the step now asks for consent. */
function atConsent() {
  const transcript = stepTranscript();
  transcript.send('Ik heb schulden en de deurwaarder komt');
  toSummary(transcript);
  transcript.send({ text: 'ja', quickReplyId: 'confirm:yes' });
  transcript.send({ text: 'chat', quickReplyId: 'contact:chat' });
  expect(transcript.state.phase).toBe('consent');
  return transcript;
}

describe('dialogueStep (pure)', () => {
  it('opens exactly one case, with consent, only when the resident says yes to sharing', () => {
    const transcript = atConsent();
    expect(transcript.results.flatMap((result) => result.effects)).toEqual([]);
    const yes = transcript.send({ text: 'ja', quickReplyId: 'consent:yes' });
    expect(yes.effects).toHaveLength(1);
    const [effect] = yes.effects;
    expect(effect?.type).toBe('open-case');
    if (effect?.type !== 'open-case') return;
    expect(effect.draft.consent).toBe(true);
    expect(effect.draft.topics.map((topic) => topic.id)).toEqual(['money']);
    expect(effect.draft.firstWords).toBe('Ik heb schulden en de deurwaarder komt');
    expect(yes.state.phase).toBe('handed-off');
  });

  it('opens no case and closes the conversation when the resident says no to sharing', () => {
    const no = atConsent().send({ text: 'nee', quickReplyId: 'consent:no' });
    expect(no.effects).toEqual([]);
    expect(no.state.phase).toBe('closed');
    expect(no.replies.map((reply) => reply.text)).toEqual([dutch.noConsent]);
  });

  it('answers a crisis with the crisis texts and opens a crisis case, or raises the case that is already open', () => {
    const fresh = stepTranscript().send({ text: 'ik wil niet meer leven', classification: classified({ crisis: 'suicide', urgency: 'crisis', safety: crisisSignal }) });
    expect(fresh.replies.length).toBeGreaterThan(0);
    expect(fresh.replies.every((reply) => reply.tone === 'crisis')).toBe(true);
    expect(fresh.replies.map((reply) => reply.text).join('\n')).toContain(stepSettings.crisisNumbers.suicidePrevention);
    expect(fresh.effects.map((effect) => effect.type)).toEqual(['open-case']);
    const opened = fresh.effects[0];
    if (opened?.type === 'open-case') expect([opened.draft.urgency, opened.draft.crisis]).toEqual(['crisis', 'suicide']);

    const withCase = stepTranscript().send({
      text: 'ik wil niet meer leven',
      classification: classified({ crisis: 'suicide', urgency: 'crisis', safety: crisisSignal }),
      activeCase: { id: 'case-1', status: 'waiting' },
    });
    expect(withCase.effects).toEqual([expect.objectContaining({ type: 'update-case', caseId: 'case-1', patch: expect.objectContaining({ urgency: 'crisis', crisis: 'suicide' }) })]);
  });

  it('stays silent while a worker has the case, and hands back to the assistant when the case is waiting again', () => {
    const transcript = atConsent();
    transcript.send({ text: 'ja', quickReplyId: 'consent:yes' });
    const silent = transcript.send({ text: 'Hallo, is daar iemand?', activeCase: { id: 'case-1', status: 'claimed' } });
    expect(silent.replies).toEqual([]);
    expect(silent.effects).toEqual([]);
    expect(silent.state.phase).toBe('with-worker');
    const waiting = transcript.send({ text: 'Nog een vraag', activeCase: { id: 'case-1', status: 'waiting' } });
    expect(waiting.state.phase).toBe('handed-off');
    expect(waiting.replies.map((reply) => reply.text)).toEqual([dutch.addedForWorker]);
    expect(waiting.state.story.at(-1)).toBe('Nog een vraag');
  });

  it('erases the resident only after "vergeet mij" is confirmed, and goes back to where it was when it is not', () => {
    const cancelled = stepTranscript();
    cancelled.send('Ik heb schulden en de deurwaarder komt');
    const question = cancelled.state.pendingQuestion;
    expect(cancelled.state.phase).toBe('clarify');
    expect(cancelled.send('vergeet mij').state.phase).toBe('confirm-forget');
    const no = cancelled.send({ text: 'nee', quickReplyId: 'forget:no' });
    expect(no.effects).toEqual([]);
    expect(no.state.phase).toBe('clarify');
    // The pending question is asked again after the cancel.
    expect(no.replies.map((reply) => reply.text)).toEqual([dutch.forgetCancelled, dutch.questions[question!]]);

    const confirmed = stepTranscript();
    confirmed.send('Ik heb schulden en de deurwaarder komt');
    confirmed.send('vergeet mij');
    const yes = confirmed.send({ text: 'ja', quickReplyId: 'forget:yes' });
    expect(yes.effects).toEqual([{ type: 'erase-resident' }]);
    expect(yes.state.story).toEqual([]);
    expect(yes.replies.map((reply) => reply.text)).toEqual([dutch.forgotten]);
  });

  it('answers a photo with the non-text reply and offers the same quick replies again', () => {
    const transcript = atConsent();
    const offered = transcript.state.offeredReplies;
    expect(offered.length).toBeGreaterThan(0);
    const photo = transcript.send({ kind: 'photo' });
    expect(photo.replies).toEqual([{ text: dutch.nonText('photo'), quickReplies: offered, tone: 'normal' }]);
    expect(photo.state.phase).toBe('consent');
  });

  it('is pure: it changes neither its input nor its answer on a second run', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const inner of Object.values(value)) deepFreeze(inner);
      }
      return value;
    };
    const previous = deepFreeze(initialDialogueState());
    const event = deepFreeze({ text: 'Ik heb schulden en de deurwaarder komt', kind: 'text' as const });
    const context = deepFreeze({ classification: classified(), now: officeTime, activeCase: null, settings: stepSettings });
    const first = dialogueStep(previous, event, context);
    expect(dialogueStep(previous, event, context)).toEqual(first);
    expect(previous).toEqual(initialDialogueState());
    expect(first.state.phase).toBe('clarify');
    expect(first.state.story).toEqual([event.text]);
  });
});
