import { describe, expect, it } from 'vitest';
import { buildCaseReport } from '../../core/reports/case-report.js';
import { reportCsv } from '../../core/reports/report-csv.js';
import type { ReportRecord } from '../../core/ports/report-store.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';

// Issue 17: the time to a worker's first answer, beside the pick-up, in and out of office hours.
const minute = 60_000;
const socialMap = { offers: [], partners: [] };
const settings = { neighbourhoodNames: [], officeHours: defaultOfficeHours, socialMap };
const period = { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-09T00:00:00Z') };
// Tuesday 3 November 2026, 10:00 in Amsterdam (09:00 UTC) is within office hours; 21:00 (20:00 UTC) is not.
const office = new Date('2026-11-03T09:00:00Z');
const evening = new Date('2026-11-03T20:00:00Z');

function record(openedAt: Date, claimedAfter: number | null, answeredAfter: number | null): ReportRecord {
  return {
    topics: ['money'], domain: 'self-reliance', urgency: 'normal', crisis: null, channel: 'web', language: 'nl', neighbourhood: null,
    outcome: null, partner: null, improvedDomains: [], openedAt, closedAt: null,
    claimedAt: claimedAfter === null ? null : new Date(openedAt.getTime() + claimedAfter * minute),
    firstAnsweredAt: answeredAfter === null ? null : new Date(openedAt.getTime() + answeredAfter * minute),
  };
}

describe('waiting for the first answer', () => {
  it('gives the median minutes to the first answer, in and out of office hours, apart from the pick-up', () => {
    const records = [
      ...[10, 20, 30, 40, 50].map((answered) => record(office, 5, answered)),
      ...[600, 700, 800, 900, 1000].map((answered) => record(evening, 500, answered)),
      record(office, 5, null), // picked up, never answered: no first answer
    ];
    const { waiting } = buildCaseReport(records, period, settings);
    expect(waiting.firstAnswer).toEqual({
      all: { count: 10, medianMinutes: 325 },
      inOfficeHours: { count: 5, medianMinutes: 30 },
      outsideOfficeHours: { count: 5, medianMinutes: 800 },
    });
    expect(waiting.pickedUp).toEqual({ count: 11, medianMinutes: 5 });
    const csv = reportCsv(buildCaseReport(records, period, settings), socialMap);
    expect(csv).toContain('Wachttijd;Eerste antwoord: mediaan in minuten;325\r\n');
    expect(csv).toContain('Wachttijd;Eerste antwoord buiten kantooruren: aantal zaken;5\r\n');
  });

  it('hides both halves when one is under 5, and everything under 5 answers', () => {
    const split = buildCaseReport([...[10, 20, 30, 40, 50].map((answered) => record(office, 5, answered)), record(evening, 5, 60)], period, settings).waiting.firstAnswer;
    expect(split.all).toEqual({ count: 6, medianMinutes: 35 });
    expect(split.inOfficeHours).toEqual({ count: null, medianMinutes: null });
    expect(split.outsideOfficeHours).toEqual({ count: null, medianMinutes: null });
    const few = buildCaseReport([10, 20, 30, 40].map((answered) => record(office, 5, answered)), period, settings).waiting.firstAnswer;
    expect(few.all).toEqual({ count: null, medianMinutes: null });
  });
});
