import type { ReportRecord } from '../ports/report-store.js';
import type { TopicId } from '../taxonomy/index.js';
import { defaultMinimumCell } from './small-cells.js';

/**
 * Signals (docs/coordinators.md "Signals"): per neighbourhood and main topic, the cases of the last
 * `windowWeeks` weeks against that cell's own rate over the `baselineWeeks` before. A one-sided
 * Poisson test: with λ = the baseline rate per week × windowWeeks (at least `floorPerWeek` per
 * week, so a cell that was quiet does not fire on one case), the cell is a signal when
 * P(X ≥ observed | λ) < `alpha` and at least `minimumCount` cases were counted. Small numbers are
 * never a signal, so no signal points at one resident.
 */
export interface SignalSettings {
  windowWeeks: number;
  baselineWeeks: number;
  alpha: number;
  minimumCount: number;
  floorPerWeek: number;
}

export const defaultSignalSettings: SignalSettings = { windowWeeks: 3, baselineWeeks: 12, alpha: 0.01, minimumCount: defaultMinimumCell, floorPerWeek: 0.1 };

export interface Signal {
  neighbourhood: string;
  topic: TopicId;
  /** Cases in the window. */
  count: number;
  windowWeeks: number;
  /** The baseline, as cases per month (4⅓ weeks), for the card's sentence. */
  baselinePerMonth: number;
  expected: number;
  pValue: number;
}

const week = 7 * 24 * 60 * 60 * 1000;

/** P(X ≥ k) for X ~ Poisson(λ). */
export function poissonUpperTail(observed: number, expected: number): number {
  if (observed <= 0) return 1;
  let term = Math.exp(-expected);
  let below = term;
  for (let value = 1; value < observed; value += 1) {
    term *= expected / value;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/** The records needed: opened in the baseline and the window before `now`. */
export function signalPeriod(now: Date, settings: SignalSettings = defaultSignalSettings): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - (settings.windowWeeks + settings.baselineWeeks) * week), to: now };
}

export function detectSignals(records: ReportRecord[], now: Date, settings: SignalSettings = defaultSignalSettings): Signal[] {
  const windowStart = now.getTime() - settings.windowWeeks * week;
  const baselineStart = windowStart - settings.baselineWeeks * week;
  const cells = new Map<string, { neighbourhood: string; topic: TopicId; window: number; baseline: number }>();
  for (const record of records) {
    const topic = record.topics[0];
    const opened = record.openedAt.getTime();
    if (!record.neighbourhood || !topic || opened < baselineStart || opened >= now.getTime()) continue;
    const key = `${record.neighbourhood}\u0000${topic}`;
    const cell = cells.get(key) ?? { neighbourhood: record.neighbourhood, topic, window: 0, baseline: 0 };
    if (opened >= windowStart) cell.window += 1;
    else cell.baseline += 1;
    cells.set(key, cell);
  }
  const signals: Signal[] = [];
  for (const cell of cells.values()) {
    if (cell.window < settings.minimumCount) continue;
    const perWeek = Math.max(cell.baseline / settings.baselineWeeks, settings.floorPerWeek);
    const expected = perWeek * settings.windowWeeks;
    const pValue = poissonUpperTail(cell.window, expected);
    if (pValue >= settings.alpha) continue;
    signals.push({
      neighbourhood: cell.neighbourhood, topic: cell.topic, count: cell.window, windowWeeks: settings.windowWeeks,
      baselinePerMonth: Math.round(((cell.baseline / settings.baselineWeeks) * 52) / 12 * 10) / 10, expected, pValue,
    });
  }
  return signals.sort((left, right) => left.pValue - right.pValue);
}
