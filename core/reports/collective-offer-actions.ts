import { CollectiveOfferError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { CollectiveOfferStore } from '../ports/collective-offer-store.js';
import type { ReportStore } from '../ports/report-store.js';
import type { WorkerStore } from '../ports/worker-store.js';
import type { TopicId } from '../taxonomy/index.js';
import type { CollectiveOfferCard } from './case-report.js';
import { requireCoordinator } from './require-coordinator.js';
import { defaultSignalSettings, detectSignals, signalPeriod, type SignalSettings } from './signals.js';

export interface CollectiveOfferDependencies {
  workers: Pick<WorkerStore, 'findWorkerById'>;
  reports: Pick<ReportStore, 'listReportRecords'>;
  collectiveOffers: Pick<CollectiveOfferStore, 'startCollectiveOffer'>;
  clock: Clock;
  signals?: SignalSettings;
}

/**
 * "Start collectief aanbod" on a signal card (docs/coordinators.md "Signals"): a coordinator records
 * which offer was started for a wijk and topic that is a signal now. A start counts for the card over
 * the signal's weeks (window and baseline); an older one belonged to an earlier rise.
 */
export function createCollectiveOfferActions(dependencies: CollectiveOfferDependencies) {
  const { workers, reports, collectiveOffers, clock } = dependencies;
  const signalSettings = dependencies.signals ?? defaultSignalSettings;

  return {
    async start(workerId: string, request: { neighbourhood: string; topic: TopicId; offer: string }): Promise<CollectiveOfferCard> {
      const coordinator = await requireCoordinator(workers, workerId, 'start a collective offer');
      const now = clock.now();
      const weeks = signalPeriod(now, signalSettings);
      const signals = detectSignals(await reports.listReportRecords(weeks.from, weeks.to), now, signalSettings);
      if (!signals.some((signal) => signal.neighbourhood === request.neighbourhood && signal.topic === request.topic)) throw new CollectiveOfferError('no-signal');
      const start = await collectiveOffers.startCollectiveOffer(
        { neighbourhood: request.neighbourhood, topic: request.topic, offer: request.offer.trim(), startedBy: coordinator.id, startedAt: now },
        weeks.from,
      );
      return { offer: start.offer, startedAt: start.startedAt.toISOString(), startedBy: coordinator.displayName };
    },
  };
}

export type CollectiveOfferActions = ReturnType<typeof createCollectiveOfferActions>;
