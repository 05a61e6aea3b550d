import { describe, expect, it } from 'vitest';
import { buildCaseReport } from '../../core/reports/case-report.js';
import { protectGroup, suppressSmallCells } from '../../core/reports/small-cells.js';
import type { ReportRecord } from '../../core/ports/report-store.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';
import type { TopicId } from '../../core/taxonomy/index.js';

/** Could a reader who knows the total work out a hidden cell from the shown ones? */
function derivable(shown: Record<string, number | null>, counts: Record<string, number>, total: number): boolean {
  const hidden = Object.keys(shown).filter((key) => shown[key] === null);
  const hiddenSum = total - Object.values(shown).reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return hiddenSum > 0 && hidden.length === 1 && counts[hidden[0]!]! > 0;
}

describe('small-cell suppression', () => {
  it('hides every count under 5, zero included, and shows the rest', () => {
    expect(suppressSmallCells({ a: 12, b: 5, c: 4, d: 0, e: 7 }, null)).toEqual({ a: 12, b: 5, c: null, d: null, e: 7 });
  });

  it('hides a second cell when the total would give the only hidden one away (the derived-cell case)', () => {
    const counts = { caregiving: 6, money: 3, housing: 9 };
    const total = 18;
    const shown = suppressSmallCells(counts, total);
    // money alone hidden: 18 - 6 - 9 = 3. So the smallest shown cell is hidden too.
    expect(shown).toEqual({ caregiving: null, money: null, housing: 9 });
    expect(derivable(shown, counts, total)).toBe(false);
  });

  it('hides more when every hidden cell could only be 4', () => {
    const counts = { a: 4, b: 4, c: 10, d: 20 };
    const shown = suppressSmallCells(counts, 38);
    expect(shown).toEqual({ a: null, b: null, c: null, d: 20 });
  });

  it('leaves the cells as they are when the hidden ones are all zero (nobody to single out) or without a known total', () => {
    expect(suppressSmallCells({ a: 0, b: 9 }, 9)).toEqual({ a: null, b: 9 });
    expect(suppressSmallCells({ a: 3, b: 9 }, null)).toEqual({ a: null, b: 9 });
    expect(protectGroup({ a: null, b: 9 }, { a: 3, b: 9 }, ['a', 'b'], 12)).toEqual({ a: null, b: null });
  });
});

const at = new Date('2026-11-02T10:00:00Z');
function record(topic: TopicId | null, fields: Partial<ReportRecord> = {}): ReportRecord {
  return {
    topics: topic ? [topic] : [], domain: topic === 'money' ? 'self-reliance' : topic === 'caregiving' ? 'network' : null, urgency: 'normal', crisis: null,
    channel: 'web', language: 'nl', neighbourhood: null, outcome: null, partner: null, improvedDomains: [], openedAt: at, claimedAt: null, closedAt: null, ...fields,
  };
}
const settings = { neighbourhoodNames: ['Lindenhoven-Noord'], officeHours: defaultOfficeHours, socialMap: { offers: [], partners: [] } };
const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

describe('the report', () => {
  it('shows six carers and suppresses three debt cases, with no total or domain that gives the three away', () => {
    const records = [...Array.from({ length: 6 }, () => record('caregiving')), ...Array.from({ length: 3 }, () => record('money'))];
    const report = buildCaseReport(records, period, settings);
    expect(report.total).toBe(9);
    expect(report.byTopic.caregiving).toBe(6);
    expect(report.byTopic.money).toBeNull();
    expect(report.byDomain.network).toBe(6);
    expect(report.byDomain['self-reliance']).toBeNull();
    // Every breakdown hides at least two cells, so no single hidden cell follows from the total.
    for (const section of [report.byTopic, report.byDomain, report.byChannel, report.byLanguage, report.outcomes, report.byNeighbourhood]) {
      const hidden = Object.values(section).filter((value) => value === null).length;
      const shownSum = Object.values(section).reduce<number>((sum, value) => sum + (value ?? 0), 0);
      if (shownSum < 9) expect(hidden).toBeGreaterThanOrEqual(2);
    }
  });

  it('protects a domain\'s topics against the domain\'s own count', () => {
    // The neighbourhood domain has two topics: 8 = neighbours 6 + community 2; beside the domain's 8, community alone hidden would be 2.
    const records = [
      ...Array.from({ length: 6 }, () => record('neighbours', { domain: 'neighbourhood' })),
      ...Array.from({ length: 2 }, () => record('community', { domain: 'neighbourhood' })),
      ...Array.from({ length: 9 }, () => record('caregiving')),
    ];
    const report = buildCaseReport(records, period, settings);
    expect(report.byDomain.neighbourhood).toBe(8);
    expect(report.byTopic.community).toBeNull();
    expect(report.byTopic.neighbours).toBeNull();
    expect(report.byTopic.caregiving).toBe(9);
  });

  it('groups postcodes with few cases, keeps the configured wijken, and hides waiting medians of small groups', () => {
    const records = [
      ...Array.from({ length: 5 }, () => record('money', { neighbourhood: 'Lindenhoven-Noord', claimedAt: new Date(at.getTime() + 30 * 60_000) })),
      ...Array.from({ length: 5 }, () => record('money', { neighbourhood: '1234' })),
      record('money', { neighbourhood: '5678' }),
    ];
    const report = buildCaseReport(records, period, settings);
    expect(Object.keys(report.byNeighbourhood).sort()).toEqual(['1234', 'Lindenhoven-Noord', 'other-places', 'unknown']);
    expect(report.byNeighbourhood['Lindenhoven-Noord']).toBe(5);
    expect(report.byNeighbourhood['5678']).toBeUndefined();
    expect(report.waiting.pickedUp).toEqual({ count: 5, medianMinutes: 30 });
  });

  it('counts the satisfaction answers with the same suppression, and a mean score only over 5 or more scores', () => {
    const yes = Array.from({ length: 6 }, () => record('money', { satisfaction: 'yes', satisfactionScore: 4 }));
    const no = Array.from({ length: 3 }, () => record('money', { satisfaction: 'no', satisfactionScore: 2 }));
    const report = buildCaseReport([...yes, ...no, record('money'), record('money', { satisfaction: 'partly' })], period, settings);
    // partly 1 and no 3 are hidden; beside the total 10 they add up to 4, which does not say which is which.
    expect(report.satisfaction).toEqual({ answered: 10, answers: { yes: 6, partly: null, no: null }, scored: 9, meanScore: 3.3 });
    const few = buildCaseReport([...no, record('money', { satisfaction: 'yes', satisfactionScore: 5 })], period, settings);
    expect(few.satisfaction).toEqual({ answered: null, answers: { yes: null, partly: null, no: null }, scored: null, meanScore: null });
    // One hidden answer beside a shown total would give it away: the smallest shown one is hidden too.
    const derived = buildCaseReport([...yes, ...Array.from({ length: 5 }, () => record('money', { satisfaction: 'partly' })), record('money', { satisfaction: 'no' })], period, settings);
    expect(derived.satisfaction.answers).toEqual({ yes: 6, partly: null, no: null });
  });
});
