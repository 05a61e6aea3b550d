import { describe, expect, it } from 'vitest';
import { detectCommand } from '../../core/dialogue/commands.js';
import { officeHoursNotice } from '../../core/office-hours/office-hours-notice.js';
import type { OfficeHours } from '../../core/office-hours/office-hours.js';
import { conversationLanguages } from '../../core/taxonomy/index.js';
import { widgetTexts } from '../../core/texts/widget-texts.js';

// Monday to Friday 09:00-17:00 in Amsterdam (UTC+1 in January).
const hours: OfficeHours = {
  timeZone: 'Europe/Amsterdam',
  days: [null, ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], null],
  responseHours: 4,
};
const wednesdayNoon = new Date('2026-01-07T11:00:00Z');
const saturdayNoon = new Date('2026-01-10T11:00:00Z');
const neverOpen: OfficeHours = { ...hours, days: [null, null, null, null, null, null, null] };

const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings));

describe.each(conversationLanguages)('the widget\'s own texts and its office-hours line in %s', (language) => {
  it('has every widget text, its own (not the Dutch) apart from Dutch itself', () => {
    const texts = strings(widgetTexts[language]);
    expect(texts).toHaveLength(strings(widgetTexts.nl).length);
    for (const text of texts) expect(text.trim().length).toBeGreaterThan(0);
    if (language !== 'nl') expect(widgetTexts[language].disclosure).not.toBe(widgetTexts.nl.disclosure);
  });

  it('names in its disclosure a word that reaches a social worker', () => {
    const word = /"([^"]+)"/.exec(widgetTexts[language].disclosure)?.[1];
    expect(word && detectCommand(word)).toBe('human');
  });

  it('says whether someone is at work, when the team reads on, or that a worker has the question', () => {
    const open = officeHoursNotice(wednesdayNoon, hours, language);
    const closed = officeHoursNotice(saturdayNoon, hours, language);
    const withWorker = officeHoursNotice(saturdayNoon, hours, language, true);
    const never = officeHoursNotice(saturdayNoon, neverOpen, language);
    expect(open).toMatchObject({ open: true, text: expect.stringContaining('4') });
    expect(closed).toMatchObject({ open: false, text: expect.stringContaining('09:00') });
    expect(withWorker.open).toBe(true);
    expect(never.open).toBe(false);
    expect(new Set([open.text, closed.text, withWorker.text, never.text]).size).toBe(4);
    if (language !== 'nl') expect(closed.text).not.toBe(officeHoursNotice(saturdayNoon, hours, 'nl').text);
  });
});

it('keeps the Dutch and English office-hours lines the widget showed before', () => {
  expect(officeHoursNotice(wednesdayNoon, hours, 'nl').text).toBe('Er is nu een sociaal werker aan het werk. Meestal krijg je binnen 4 uur antwoord.');
  expect(officeHoursNotice(saturdayNoon, hours, 'nl').text).toBe('Het team is nu gesloten. Een sociaal werker leest je bericht op maandag vanaf 09:00.');
  expect(officeHoursNotice(saturdayNoon, hours, 'en').text).toBe('The team is closed now. A social worker reads your message on Monday from 09:00.');
  expect(officeHoursNotice(new Date('2026-01-07T20:00:00Z'), hours, 'nl').text).toBe('Het team is nu gesloten. Een sociaal werker leest je bericht morgen vanaf 09:00.');
});
