import { describe, expect, it } from 'vitest';
import { detectSignals, poissonUpperTail } from '../../core/reports/signals.js';
import type { ReportRecord } from '../../core/ports/report-store.js';
import type { TopicId } from '../../core/taxonomy/index.js';

const now = new Date('2026-12-01T12:00:00Z');
const week = 7 * 24 * 60 * 60 * 1000;
const weeksAgo = (weeks: number) => new Date(now.getTime() - weeks * week);

function cases(count: number, weeksBack: number, topic: TopicId = 'housing', neighbourhood = 'Lindenhoven-Noord'): ReportRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    topics: [topic], domain: null, urgency: 'normal', crisis: null, channel: 'web', language: 'nl', neighbourhood, outcome: null, partner: null,
    improvedDomains: [], openedAt: new Date(weeksAgo(weeksBack).getTime() + index * 60_000), claimedAt: null, closedAt: null,
  }));
}

/** A constructed series: `baseline` cases spread over the 12 weeks before the window, `recent` in the last 3 weeks. */
const series = (baseline: number, recent: number) => [
  ...Array.from({ length: baseline }, (_, index) => cases(1, 4 + (index % 12))).flat(),
  ...cases(recent, 1),
];

describe('signals (one-sided Poisson test over weeks)', () => {
  it('computes the Poisson upper tail', () => {
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    expect(poissonUpperTail(7, 0.75)).toBeLessThan(0.0001);
  });

  it('fires on 7 cases in 3 weeks where the 12 weeks before had about 1 a month', () => {
    const [signal, ...others] = detectSignals(series(3, 7), now);
    expect(others).toEqual([]);
    expect(signal).toMatchObject({ neighbourhood: 'Lindenhoven-Noord', topic: 'housing', count: 7, windowWeeks: 3 });
    expect(signal!.baselinePerMonth).toBeCloseTo(1.1, 1);
    expect(signal!.pValue).toBeLessThan(0.01);
  });

  it('does not fire when the count is its usual level', () => {
    // 24 in 12 weeks is 2 a week: 7 in 3 weeks is what one expects.
    expect(detectSignals(series(24, 7), now)).toEqual([]);
  });

  it('never fires under the minimum of 5, however quiet the cell was', () => {
    expect(detectSignals(series(0, 4), now)).toEqual([]);
    expect(detectSignals(series(0, 5), now)).toHaveLength(1);
  });

  it('keeps neighbourhoods and topics apart, and leaves cases without a neighbourhood out', () => {
    const records = [...cases(3, 1, 'housing', 'Noord'), ...cases(3, 1, 'housing', 'Zuid'), ...cases(3, 1, 'loneliness', 'Noord'), ...cases(8, 1, 'money', '')];
    expect(detectSignals(records, now)).toEqual([]);
  });
});
