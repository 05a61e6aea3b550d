import type { EventBus } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import type { FollowUpActions } from '../../core/follow-up/follow-up-actions.js';
import type { LeaderElection } from './leader-election.js';
import { whileLeading } from './while-leading.js';

const minute = 60 * 1000;

export interface FollowUpJobDependencies {
  followUp: Pick<FollowUpActions, 'wakeDueSnoozes' | 'sendDueCheckIns' | 'wakeOnResidentMessage'>;
  events: EventBus;
  logger: Logger;
  /** How often due snoozes and check-ins are looked for (default one minute). */
  intervalMilliseconds?: number;
}

/** One follow-up run: snoozed cases whose moment came go back to the queue, due check-ins are sent. */
export async function runFollowUp({ followUp, logger }: Pick<FollowUpJobDependencies, 'followUp' | 'logger'>): Promise<void> {
  const woken = await followUp.wakeDueSnoozes();
  const sent = await followUp.sendDueCheckIns();
  if (woken.length || sent.length) logger.info({ woken: woken.length, checkInsSent: sent.length }, 'follow-up: snoozes ended, check-ins sent');
}

/**
 * Runs follow-up now and then every interval, and wakes a case snoozed "until the resident writes"
 * when their message is stored (the bus brings it from every instance); returns how to stop.
 */
export function startFollowUpJob(dependencies: FollowUpJobDependencies): () => Promise<void> {
  const { followUp, events, logger } = dependencies;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(() => runFollowUp(dependencies)).catch((error: unknown) => logger.error({ err: error }, 'follow-up run failed; will try again'));
  };
  const unsubscribe = events.subscribe((event) => {
    if (event.type !== 'message-stored' || !event.caseId || event.message.author !== 'resident') return;
    const caseId = event.caseId;
    running = running
      .then(() => followUp.wakeOnResidentMessage(caseId))
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ err: error, caseId }, 'follow-up: could not wake a snoozed case'));
  });
  run();
  const timer = setInterval(run, dependencies.intervalMilliseconds ?? minute);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await running;
  };
}

/**
 * Follow-up on the leader only (docs/operators/postgresql-and-instances.md "Several instances"), like retention: every instance runs
 * this, the leader of the `follow-up` role sends. A check-in is marked sent before it goes out, so
 * a change of leader in the middle of a run cannot send it twice.
 */
export async function startFollowUpWhileLeading(election: LeaderElection, dependencies: FollowUpJobDependencies): Promise<{ stop(): Promise<void> }> {
  return whileLeading(election, dependencies.logger, async () => startFollowUpJob(dependencies));
}
