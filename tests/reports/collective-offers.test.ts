import { describe, expect, it } from 'vitest';
import { buildCaseReport } from '../../core/reports/case-report.js';
import { reportCsv } from '../../core/reports/report-csv.js';
import { collectiveOffersFor, socialMapSchema } from '../../core/social-map/social-map.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';
import type { Signal } from '../../core/reports/signals.js';

// Issue 17: a signal card lists the social map's collective offers for its topic, in every wijk or in its own.
const offer = (name: string, fields: Record<string, unknown>) => ({ name, description: 'x', topics: ['housing'], place: 'Buurthuis', hours: 'dinsdag', ...fields });
const socialMap = socialMapSchema.parse({
  offers: [
    offer('Bewonersavond vocht en schimmel', { kind: 'collective', neighbourhoods: ['Lindenhoven-Noord'] }),
    offer('Huurdersspreekuur Zuid', { kind: 'collective', neighbourhoods: ['Lindenhoven-Zuid', '1234'] }),
    offer('Woonloket', {}),
    offer('Klusgroep', { kind: 'collective' }),
    offer('Koffieochtend', { kind: 'collective', topics: ['loneliness'] }),
  ],
});
const names = (offers: Array<{ name: string }>) => offers.map((entry) => entry.name);

describe('collective offers on the social map', () => {
  it('are individual and for every wijk unless the map says otherwise', () => {
    const [, , woonloket] = socialMap.offers;
    expect(woonloket).toMatchObject({ kind: 'individual', neighbourhoods: [] });
    expect(() => socialMapSchema.parse({ offers: [offer('Groep', { kind: 'groep' })] })).toThrow();
  });

  it('match a signal by topic and, where the map names wijken, by wijk (case ignored, postcodes too)', () => {
    expect(names(collectiveOffersFor(socialMap, 'housing', 'Lindenhoven-Noord'))).toEqual(['Bewonersavond vocht en schimmel', 'Klusgroep']);
    expect(names(collectiveOffersFor(socialMap, 'housing', 'lindenhoven-zuid'))).toEqual(['Huurdersspreekuur Zuid', 'Klusgroep']);
    expect(names(collectiveOffersFor(socialMap, 'housing', '1234'))).toEqual(['Huurdersspreekuur Zuid', 'Klusgroep']);
    expect(names(collectiveOffersFor(socialMap, 'money', 'Lindenhoven-Noord'))).toEqual([]);
  });

  it('are what the signal card lists', () => {
    const signal: Signal = { neighbourhood: 'Lindenhoven-Noord', topic: 'housing', count: 7, windowWeeks: 3, baselinePerMonth: 1.1, expected: 0.75, pValue: 0.0001 };
    const period = { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-09T00:00:00Z') };
    const [card] = buildCaseReport([], period, { neighbourhoodNames: [], officeHours: defaultOfficeHours, socialMap }, { signals: [signal] }).signals;
    expect(card!.offers).toEqual([
      { name: 'Bewonersavond vocht en schimmel', place: 'Buurthuis', hours: 'dinsdag' },
      { name: 'Klusgroep', place: 'Buurthuis', hours: 'dinsdag' },
    ]);
  });
});

describe('collective offers started in the period', () => {
  const period = { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-09T00:00:00Z') };
  const settings = { neighbourhoodNames: [], officeHours: defaultOfficeHours, socialMap };
  const csvRow = (csv: string) => csv.split('\r\n').find((line) => line.startsWith('Collectief aanbod;'));

  it('are counted like every other count: under 5 suppressed (null in JSON, empty in CSV), from 5 shown', () => {
    const few = buildCaseReport([], period, settings, { collectiveOffersStarted: 4 });
    expect(few.collectiveOffersStarted).toBeNull();
    expect(csvRow(reportCsv(few, socialMap))).toBe('Collectief aanbod;Gestart in de periode (vanuit een signaal);');
    expect(buildCaseReport([], period, settings).collectiveOffersStarted).toBeNull();
    const five = buildCaseReport([], period, settings, { collectiveOffersStarted: 5 });
    expect(five.collectiveOffersStarted).toBe(5);
    expect(csvRow(reportCsv(five, socialMap))).toBe('Collectief aanbod;Gestart in de periode (vanuit een signaal);5');
    expect(buildCaseReport([], period, { ...settings, minimumCell: 10 }, { collectiveOffersStarted: 9 }).collectiveOffersStarted).toBeNull();
  });
});
