import { describe, expect, it } from 'vitest';
import { answerSlots } from '../../core/dialogue/answer-slots.js';
import { isQuestionBack } from '../../core/dialogue/question-back.js';
import { useFreshRuntime } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

const fresh = useFreshRuntime();

describe('the clarifying step', () => {
  it('asks a question again in other words when the resident asks back, and keeps nothing as the answer', async () => {
    const resident = createResident(fresh.runtime);
    const first = await resident.send('Ik snap de brief van de gemeente niet');
    const question = first.split('\n').at(-1)!;
    const again = await resident.send('Wat bedoelt u?');
    expect(again).toMatch(/ik zeg het anders/);
    expect(again).toContain(question);
    await resident.send('mens');
    const [created] = await fresh.runtime().store.listCases();
    expect(created.summary).not.toMatch(/Wat bedoelt u/);
    expect(created.tried).toBeNull();
  });

  it('asks about an eviction before it asks about the language', async () => {
    const resident = createResident(fresh.runtime);
    const first = await resident.send('Hi, I am being evicted from my flat next Friday and my Dutch is not good enough to read the letters');
    expect(first).not.toMatch(/Dutch|language|Taalcaf/i);
    expect(first).toMatch(/live|home|landlord|date|letter/i); // the eviction or its letter, not the language
  });

  it('recognises a question back in each language, and not a real answer', () => {
    for (const text of ['wat bedoel je?', 'Hoezo?', 'snap ik niet', 'what do you mean?', 'ne demek?', 'ماذا تقصد؟', 'nie rozumiem', 'не розумію']) expect(isQuestionBack(text), text).toBe(true);
    for (const text of ['Een brief over de bijstand', 'Ik bedoel de huurtoeslag', 'wat moet ik met deze brief doen, de gemeente wil geld terug']) expect(isQuestionBack(text), text).toBe(false);
  });

  it('puts one answer to "what did you try, who could help" in the field each part belongs to, or none', () => {
    expect(answerSlots(['tried', 'network'], 'Ik heb zelf gebeld. Mijn zus helpt soms met de post')).toEqual({ tried: 'Ik heb zelf gebeld.', network: 'Mijn zus helpt soms met de post' });
    expect(answerSlots(['tried', 'network'], 'niks eigenlijk')).toEqual({ tried: 'niks eigenlijk' });
    expect(answerSlots(['tried', 'network'], 'niemand, ik sta er alleen voor')).toEqual({ network: 'niemand, ik sta er alleen voor' });
    expect(answerSlots(['tried', 'network'], 'Nog niks, mijn zus weet ervan')).toEqual({ tried: 'Nog niks', network: 'mijn zus weet ervan' });
    expect(answerSlots(['wish'], 'Een plan')).toEqual({ wish: 'Een plan' });
  });
});
