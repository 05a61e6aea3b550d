import { describe, expect, it } from 'vitest';
import { neighbourhoodIn } from '../../core/dialogue/neighbourhood-answer.js';
import type { DialogueSettings } from '../../core/dialogue/step-types.js';
import { neighbourhoodTexts } from '../../core/texts/neighbourhood-texts.js';
import { textsFor } from '../../core/texts/texts-for.js';
import { conversationLanguages } from '../../core/taxonomy/index.js';
import { classified, stepTranscript } from '../support/step-transcript.js';

const names = ['Lindenhoven-Noord', 'Lindenhoven-Zuid', 'De Beemd'];
const settings: Partial<DialogueSettings> = { neighbourhoods: { names, postcodes: true } };
const dutch = textsFor('nl');
const crisisSignal = { tier: 'crisis', crisis: 'suicide', concern: null, bystander: false } as const;

/** Opening, the questions, and the summary confirmed: with a list configured, the "where" question is next. */
function atWhere(extra: Partial<DialogueSettings> = settings) {
  const transcript = stepTranscript(extra);
  transcript.send('Ik heb schulden en de deurwaarder komt');
  for (let answers = 0; transcript.state.phase === 'clarify' && answers < 10; answers += 1) transcript.send('Niemand helpt mij, ik wil een betalingsregeling');
  expect(transcript.state.phase).toBe('confirm');
  const confirmed = transcript.send({ text: 'ja', quickReplyId: 'confirm:yes' });
  return { transcript, confirmed };
}

/** Through contact and consent to the case the worker gets. */
function openedCase(transcript: ReturnType<typeof stepTranscript>) {
  transcript.send({ text: 'chat', quickReplyId: 'contact:chat' });
  const opened = transcript.send({ text: 'ja', quickReplyId: 'consent:yes' }).effects[0];
  if (opened?.type !== 'open-case') throw new Error('no case opened');
  return opened.draft;
}

describe('the optional "where" question', () => {
  it('is not asked when the organisation configured none: the summary is followed by the contact question as before', () => {
    const { transcript, confirmed } = atWhere({});
    expect(transcript.state.phase).toBe('contact');
    expect(confirmed.replies.at(-1)?.text).toBe(dutch.askContact);
    expect(openedCase(transcript).neighbourhood).toBeNull();
  });

  it('comes after the questions and the confirmed summary, with the wijken and Overslaan as buttons, and keeps the chosen wijk on the case', () => {
    const { transcript, confirmed } = atWhere();
    expect(transcript.state.phase).toBe('neighbourhood');
    expect(transcript.state.askedQuestions.length).toBeGreaterThan(0); // the intake's own questions came first
    expect(confirmed.replies.at(-1)?.text).toBe(neighbourhoodTexts.nl.ask(true, true));
    expect(confirmed.replies.at(-1)?.quickReplies?.map((reply) => reply.label)).toEqual([...names, 'Overslaan']);
    const next = transcript.send({ text: 'Lindenhoven-Zuid', quickReplyId: 'neighbourhood:1' });
    expect(next.replies.map((reply) => reply.text)).toEqual([dutch.askContact]);
    expect(openedCase(transcript).neighbourhood).toBe('Lindenhoven-Zuid');
  });

  it('keeps only the four digits of a postcode, never letters, street or house number', () => {
    const { transcript } = atWhere();
    transcript.send('Kastanjelaan 12, 1234 AB');
    expect(transcript.state.neighbourhood).toBe('1234');
    expect(JSON.stringify(openedCase(transcript))).not.toMatch(/Kastanjelaan|1234 ?AB/);
  });

  it('asks once more when the answer is neither a wijk nor a postcode, then goes on without keeping the words', () => {
    const { transcript } = atWhere();
    const again = transcript.send('Kastanjelaan 12');
    expect(again.replies.map((reply) => reply.text)).toEqual([neighbourhoodTexts.nl.notRecognised(true, true)]);
    expect(transcript.state.phase).toBe('neighbourhood');
    const onward = transcript.send('bij de kerk om de hoek');
    expect(onward.replies.map((reply) => reply.text)).toEqual([dutch.askContact]);
    const draft = openedCase(transcript);
    expect(draft.neighbourhood).toBeNull();
    expect(JSON.stringify(draft)).not.toMatch(/Kastanjelaan|kerk/);
  });

  it('can be skipped', () => {
    const { transcript } = atWhere();
    transcript.send({ text: 'Overslaan', quickReplyId: 'skip' });
    expect(transcript.state.phase).toBe('contact');
    expect(openedCase(transcript).neighbourhood).toBeNull();
  });

  it('never stands before safety: a crisis at the "where" question gets the crisis answer and a crisis case at once', () => {
    const { transcript } = atWhere();
    const crisis = transcript.send({ text: 'ik wil niet meer leven', classification: classified({ crisis: 'suicide', urgency: 'crisis', safety: crisisSignal }) });
    expect(crisis.replies.every((reply) => reply.tone === 'crisis')).toBe(true);
    expect(crisis.effects.map((effect) => effect.type)).toEqual(['open-case']);
  });

  it('recognises a typed wijk in a sentence, the longest name first, and ignores case and accents', () => {
    const where = { names: ['Lindenhoven', 'Lindenhoven-Noord', 'Café-wijk'], postcodes: false };
    expect(neighbourhoodIn('ik woon in lindenhoven noord', null, where)).toBe('Lindenhoven-Noord');
    expect(neighbourhoodIn('Lindenhoven', null, where)).toBe('Lindenhoven');
    expect(neighbourhoodIn('cafe wijk', null, where)).toBe('Café-wijk');
    expect(neighbourhoodIn('1234', null, where)).toBeNull(); // postcodes not taken here
    expect(neighbourhoodIn('Dorpsstraat 1234', null, { names: [], postcodes: true })).toBeNull(); // may be a house number
    expect(neighbourhoodIn('1234ab', null, { names: [], postcodes: true })).toBe('1234');
  });

  it('is asked in the resident\'s language, with the Overslaan button in it too (six languages and formal Dutch)', () => {
    const asked = new Set<string>();
    for (const language of conversationLanguages) {
      const transcript = stepTranscript(settings);
      const message = { classification: classified({ language }) };
      transcript.send({ ...message, text: 'Ik heb schulden en de deurwaarder komt' });
      for (let answers = 0; transcript.state.phase === 'clarify' && answers < 10; answers += 1) transcript.send({ ...message, text: 'Niemand helpt mij' });
      const confirmed = transcript.send({ ...message, text: 'ja', quickReplyId: 'confirm:yes' });
      expect(transcript.state.phase, language).toBe('neighbourhood');
      const question = confirmed.replies.at(-1)!;
      expect(question.text).toBe(neighbourhoodTexts[language].ask(true, true));
      expect(question.quickReplies?.at(-1)?.label).toBe(textsFor(language).skip);
      asked.add(question.text);
    }
    expect(asked.size).toBe(conversationLanguages.length);
    expect(neighbourhoodTexts['nl-formal'].ask(true, true)).toMatch(/\bwoont u\b/);
  });
});
