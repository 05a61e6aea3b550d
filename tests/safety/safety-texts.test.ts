import { describe, expect, it } from 'vitest';
import type { SafetyTexts } from '../../core/texts/safety-texts.js';
import { arabicSafetyTexts } from '../../core/texts/safety/arabic-safety-texts.js';
import { dutchSafetyTexts } from '../../core/texts/safety/dutch-safety-texts.js';
import { englishSafetyTexts } from '../../core/texts/safety/english-safety-texts.js';
import { formalDutchSafetyTexts } from '../../core/texts/safety/formal-dutch-safety-texts.js';
import { polishSafetyTexts } from '../../core/texts/safety/polish-safety-texts.js';
import { turkishSafetyTexts } from '../../core/texts/safety/turkish-safety-texts.js';
import { ukrainianSafetyTexts } from '../../core/texts/safety/ukrainian-safety-texts.js';
import { safetyTextsFor } from '../../core/texts/safety-texts-for.js';

/** Made-up numbers: a text that hard-codes a Dutch default instead of using the configuration shows up. */
const numbers = {
  emergency: '1-1-1', suicidePrevention: '2-2-2', suicidePreventionFree: '3-3-3', suicidePreventionChat: 'chat-s.example',
  domesticViolence: '4-4-4', domesticViolenceChat: 'chat-v.example', childHelpline: '5-5-5', childHelplineChat: 'chat-c.example',
};
const ids = ['suicide', 'violence', 'emergency'] as const;
const nextMonday = { dayOffset: 2, weekday: 1, time: '09:00' };

/** One contract for the safety texts of every language (docs/residents/intake.md "Safety signals"). */
const languages: Array<[string, SafetyTexts, { monday: string }]> = [
  ['Dutch', dutchSafetyTexts, { monday: 'op maandag vanaf 09:00' }],
  ['formal Dutch', formalDutchSafetyTexts, { monday: 'op maandag vanaf 09:00' }],
  ['English', englishSafetyTexts, { monday: 'on Monday from 09:00' }],
  ['Turkish', turkishSafetyTexts, { monday: '09:00' }],
  ['Arabic', arabicSafetyTexts, { monday: '09:00' }],
  ['Polish', polishSafetyTexts, { monday: 'w poniedziałek od 09:00' }],
  ['Ukrainian', ukrainianSafetyTexts, { monday: '09:00' }],
  ['another language (English and Dutch)', safetyTextsFor('other'), { monday: 'on Monday from 09:00' }],
];

describe.each(languages)('the safety texts in %s', (_name, texts, expected) => {
  const everything = (): string[] => [
    ...ids.flatMap((id) => [texts.crisis(id, numbers), texts.bystander(id, numbers), texts.urgent(id, numbers), texts.refusesToCall(id, numbers), texts.concernQuestion(id, numbers)]),
    ...texts.stayWithYou, texts.concernDeclined, texts.handOffOpen, texts.handOffClosed(nextMonday, numbers), texts.workerAlerted,
  ];

  it('names the numbers of each crisis from the configuration', () => {
    expect(texts.crisis('suicide', numbers)).toContain(numbers.suicidePrevention);
    expect(texts.crisis('suicide', numbers)).toContain(numbers.suicidePreventionChat);
    expect(texts.crisis('violence', numbers)).toContain(numbers.domesticViolence);
    for (const id of ids) {
      expect(texts.crisis(id, numbers)).toContain(numbers.emergency);
      expect(texts.urgent(id, numbers)).toContain(numbers.emergency);
    }
    expect(texts.concernQuestion('suicide', numbers)).toMatch(/3-3-3|2-2-2/);
    expect(texts.concernQuestion('violence', numbers)).toContain(numbers.domesticViolence);
    expect(texts.concernQuestion('emergency', numbers)).toContain(numbers.emergency);
    expect(texts.refusesToCall('suicide', numbers)).toContain(numbers.suicidePreventionChat);
    expect(texts.refusesToCall('violence', numbers)).toContain(numbers.domesticViolenceChat);
  });

  it('hard-codes no Dutch number', () => {
    // "113" stays: it is the name of the service (113 Zelfmoordpreventie), not only its number.
    for (const text of everything()) expect(text).not.toMatch(/(?<![\d-])(?:112|0800|0113|2000|0432)(?![\d-])/);
  });

  it('says honestly when the team reads it, and that the numbers are there now', () => {
    const closed = texts.handOffClosed(nextMonday, numbers);
    expect(closed).toContain(expected.monday);
    for (const number of [numbers.suicidePrevention, numbers.domesticViolence, numbers.emergency]) expect(closed).toContain(number);
  });

  it('has yes and no buttons and texts that are never the same twice', () => {
    expect(texts.concernYes.length).toBeGreaterThan(0);
    expect(texts.concernNo).not.toBe(texts.concernYes);
    expect(new Set(texts.stayWithYou).size).toBe(texts.stayWithYou.length);
    expect(texts.stayWithYou.length).toBeGreaterThanOrEqual(3);
    const all = everything();
    expect(new Set(all).size).toBe(all.length);
  });
});
