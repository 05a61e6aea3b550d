import type { Clock } from '../../core/ports/clock.js';
import type { Logger } from '../../core/ports/logger.js';
import type { RetentionStore } from '../../core/ports/retention-store.js';
import type { WorkerStore } from '../../core/ports/worker-store.js';

const hour = 60 * 60 * 1000;

/** Purges personal content older than the retention period, and expired worker sessions, now and then every hour. */
export function startRetentionJob(store: RetentionStore & Pick<WorkerStore, 'deleteExpiredSessions'>, retentionDays: number, clock: Clock, logger: Logger): () => void {
  const run = async () => {
    const cutoff = new Date(clock.now().getTime() - retentionDays * 24 * hour);
    try {
      const purged = await store.purgeExpired(cutoff);
      await store.deleteExpiredSessions(clock.now());
      if (purged.cases || purged.conversations) logger.info({ ...purged, retentionDays }, 'retention: personal content purged');
    } catch (error) {
      logger.error({ err: error }, 'retention run failed; will try again');
    }
  };
  void run();
  const timer = setInterval(run, hour);
  timer.unref();
  return () => clearInterval(timer);
}
