import type { Clock } from '../../core/ports/clock.js';
import type { EventBus } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import type { RetentionStore } from '../../core/ports/retention-store.js';
import type { WorkerStore } from '../../core/ports/worker-store.js';
import { retentionNoticeFor, type RetentionPeriods } from '../../core/retention/retention-notice.js';
import type { LeaderElection } from './leader-election.js';
import { whileLeading } from './while-leading.js';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

export interface RetentionJobDependencies {
  store: RetentionStore & Pick<WorkerStore, 'deleteExpiredSessions'>;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  periods: RetentionPeriods;
}

/**
 * One retention run: tells the coordinators about open cases quiet for the retention period (a
 * `case-updated` event with action `retention-noticed`; the inbox shows the notice on the case),
 * then purges what has expired: closed cases and quiet conversations after the retention period,
 * noticed open cases after the grace period unless there was activity since the notice. Expired
 * worker sessions go in the same run.
 */
export async function runRetention({ store, events, clock, logger, periods }: RetentionJobDependencies): Promise<void> {
  const now = clock.now();
  const { noticed, withdrawn } = await store.noticeQuietCases(new Date(now.getTime() - periods.retentionDays * day), now);
  for (const record of noticed) {
    await events.publish({ type: 'case-updated', case: record, action: 'retention-noticed' });
    logger.info({ caseId: record.id, purgeAt: retentionNoticeFor(record, now, periods)?.purgeAt }, 'retention: quiet open case noticed to the coordinators');
  }
  for (const record of withdrawn) await events.publish({ type: 'case-updated', case: record, action: 'updated' });
  const cutoff = new Date(now.getTime() - periods.retentionDays * day);
  const noticedBefore = new Date(now.getTime() - periods.graceDays * day);
  const purged = await store.purgeExpired(cutoff, noticedBefore);
  await store.deleteExpiredSessions(now);
  if (purged.cases || purged.conversations) logger.info({ ...purged, ...periods }, 'retention: personal content purged');
}

/** Runs retention now and then every hour; returns how to stop it. */
export function startRetentionJob(dependencies: RetentionJobDependencies): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = runRetention(dependencies).catch((error: unknown) => dependencies.logger.error({ err: error }, 'retention run failed; will try again'));
  };
  run();
  const timer = setInterval(run, hour);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/**
 * Retention on the leader only (docs/operators/postgresql-and-instances.md "Several instances"): every instance runs this, and the
 * one that leads the `retention` role purges; another takes over when it stops. Two runs at once
 * (a change of leader in the middle of a run) still count each case once: the statistic's case id
 * is unique.
 */
export async function startRetentionWhileLeading(election: LeaderElection, dependencies: RetentionJobDependencies): Promise<{ stop(): Promise<void> }> {
  return whileLeading(election, dependencies.logger, async () => startRetentionJob(dependencies));
}
