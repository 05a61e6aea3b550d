import { describe, expect, it } from 'vitest';
import { createReportActions } from '../../core/reports/report-actions.js';
import { intakeDropOff, intakeStepLabel } from '../../core/reports/intake-drop-off.js';
import { reportCsv } from '../../core/reports/report-csv.js';
import type { IntakeStop } from '../../core/ports/report-store.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';

// Issue 17: how many conversations stop at which question of the intake.
const at = new Date('2026-11-20T12:00:00Z');
const stop = (phase: string, pendingQuestion: string | null = null): IntakeStop => ({ phase, pendingQuestion, lastMessageAt: at });
const socialMap = { offers: [], partners: [] };

describe('intake drop-off', () => {
  it('counts stopped conversations per step, a topic question by its id, and leaves out steps that are no intake', () => {
    const stops = [
      ...Array.from({ length: 6 }, () => stop('contact')),
      ...Array.from({ length: 5 }, () => stop('clarify', 'deadline-money')),
      stop('consent'), stop('consent'),
      stop('handed-off'), stop('closed'), stop('new'),
    ];
    const dropOff = intakeDropOff(stops, 24, 5);
    expect(dropOff.stopped).toBe(13);
    expect(dropOff.atStep.contact).toBe(6);
    expect(dropOff.atStep['question:deadline-money']).toBe(5);
    // Consent (2) is hidden among the empty steps: 13 - 6 - 5 says two stopped somewhere else, not where.
    expect(dropOff.atStep.consent).toBeNull();
    expect(dropOff.atStep.confirm).toBeNull();
    expect(dropOff.atStep['handed-off']).toBeUndefined();
    expect(intakeStepLabel('question:deadline-money')).toMatch(/^Vervolgvraag: Is er een datum/);
    expect(intakeStepLabel('contact')).toBe('Hoe we contact opnemen');
  });

  it('hides everything under 5 stopped conversations', () => {
    const dropOff = intakeDropOff([stop('contact'), stop('contact')], 24, 5);
    expect(dropOff.stopped).toBeNull();
    expect(Object.values(dropOff.atStep).every((count) => count === null)).toBe(true);
  });

  it('asks the store only for conversations quiet for the idle time, and puts the steps in the CSV', async () => {
    const asked: Array<[Date, Date]> = [];
    const actions = createReportActions({
      workers: { findWorkerById: async () => null },
      reports: {
        listReportRecords: async () => [],
        listIntakeStops: async (from, to) => {
          asked.push([from, to]);
          return Array.from({ length: 7 }, () => stop('neighbourhood'));
        },
      },
      collectiveOffers: { listCollectiveOfferStarts: async () => [], countCollectiveOfferStarts: async () => 0 },
      clock: { now: () => at },
      settings: { neighbourhoodNames: [], officeHours: defaultOfficeHours, socialMap, intakeIdleHours: 48 },
    });
    const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-21T00:00:00Z') };
    const report = await actions.report(null, period);
    expect(asked).toEqual([[period.from, new Date(at.getTime() - 48 * 60 * 60 * 1000)]]);
    expect(report.intakeDropOff).toMatchObject({ idleHours: 48, stopped: 7 });
    expect(reportCsv(report, socialMap)).toContain('Gestopt in de intake;Vraag naar de wijk;7\r\n');
  });
});
