import { ReportPeriodError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { CollectiveOfferStart, CollectiveOfferStore } from '../ports/collective-offer-store.js';
import type { ReportStore } from '../ports/report-store.js';
import type { WorkerStore } from '../ports/worker-store.js';
import { requireCoordinator } from './require-coordinator.js';
import { buildCaseReport, type CaseReport, type Period, type ReportSettings, type SignalCard, startOf } from './case-report.js';
import { reportCsv } from './report-csv.js';
import { defaultIntakeIdleHours } from './intake-drop-off.js';
import { defaultSignalSettings, detectSignals, signalPeriod, type SignalSettings } from './signals.js';

const day = 24 * 60 * 60 * 1000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period of a report: `from` and `to` as YYYY-MM-DD (UTC days, both included); by default the
 * last 30 days up to today. At most two years, so one request cannot read the whole history.
 */
export function reportPeriod(from: string | undefined, to: string | undefined, now: Date): Period {
  for (const value of [from, to]) if (value !== undefined && (!datePattern.test(value) || Number.isNaN(Date.parse(value)))) throw new ReportPeriodError('a date is YYYY-MM-DD');
  const end = to ? new Date(Date.parse(to) + day) : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + day);
  const start = from ? new Date(Date.parse(from)) : new Date(end.getTime() - 30 * day);
  if (start >= end) throw new ReportPeriodError('from comes before to');
  if (end.getTime() - start.getTime() > 731 * day) throw new ReportPeriodError('a report covers at most two years');
  return { from: start, to: end };
}

export interface ReportDependencies {
  workers: Pick<WorkerStore, 'findWorkerById'>;
  reports: ReportStore;
  collectiveOffers: Pick<CollectiveOfferStore, 'listCollectiveOfferStarts' | 'countCollectiveOfferStarts'>;
  clock: Clock;
  settings: ReportSettings;
  signals?: SignalSettings;
}

/**
 * Reports and signals for coordinators (docs/coordinators.md): a plain worker gets
 * CoordinatorOnlyError, as for canned replies. `workerId` null is the terminal (`npm run report`),
 * which has the database already.
 */
export function createReportActions(dependencies: ReportDependencies) {
  const { workers, reports, collectiveOffers, clock, settings } = dependencies;
  const signalSettings = dependencies.signals ?? defaultSignalSettings;

  /** `startedBy`: the dashboard names who started a collective offer; the municipality's report does not. */
  async function report(workerId: string | null, period: Period, { startedBy = false } = {}): Promise<CaseReport> {
    if (workerId !== null) await requireCoordinator(workers, workerId, 'read reports and signals');
    const now = clock.now();
    const signalWindow = signalPeriod(now, signalSettings);
    // A conversation counts as stopped in the intake once it has been quiet for the idle time.
    const quietBefore = new Date(Math.min(period.to.getTime(), now.getTime() - (settings.intakeIdleHours ?? defaultIntakeIdleHours) * 60 * 60 * 1000));
    // A start counts for a signal over the signal's weeks (core/reports/collective-offer-actions.ts).
    const [records, signalRecords, intakeStops, starts, startedInPeriod] = await Promise.all([
      reports.listReportRecords(period.from, period.to),
      reports.listReportRecords(signalWindow.from, signalWindow.to),
      quietBefore > period.from ? reports.listIntakeStops(period.from, quietBefore) : Promise.resolve([]),
      collectiveOffers.listCollectiveOfferStarts(signalWindow.from),
      collectiveOffers.countCollectiveOfferStarts(period.from, period.to),
    ]);
    const built = buildCaseReport(records, period, settings, {
      signals: detectSignals(signalRecords, now, signalSettings), baselineWeeks: signalSettings.baselineWeeks, intakeStops, collectiveOfferStarts: starts, collectiveOffersStarted: startedInPeriod,
    });
    return startedBy ? { ...built, signals: await Promise.all(built.signals.map((card) => namedStart(card, starts))) } : built;
  }

  async function namedStart(card: SignalCard, starts: CollectiveOfferStart[]): Promise<SignalCard> {
    const start = startOf(starts, card);
    if (!card.collectiveOffer || !start) return card;
    const coordinator = await workers.findWorkerById(start.startedBy);
    return { ...card, collectiveOffer: { ...card.collectiveOffer, startedBy: coordinator?.displayName ?? 'een collega' } };
  }

  return {
    report,
    async csv(workerId: string | null, period: Period): Promise<string> {
      return reportCsv(await report(workerId, period), settings.socialMap);
    },
  };
}

export type ReportActions = ReturnType<typeof createReportActions>;
