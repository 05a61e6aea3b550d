import type { Logger } from '../../core/ports/logger.js';
import type { LeaderElection } from './leader-election.js';

/** Starts a role's work and returns how to stop it. */
export type LeaderWork = () => Promise<() => Promise<void>>;

/**
 * Runs `work` while `election` says this instance leads: started when leadership is gained,
 * stopped (awaited) when it is lost. Starts and stops run one after another, never overlapping;
 * a start that fails is logged and tried again while this instance still leads. Resolves once
 * the first start (if this instance leads now) has run.
 */
export async function whileLeading(election: LeaderElection, logger: Logger, work: LeaderWork, retryMilliseconds = 5000): Promise<{ stop(): Promise<void> }> {
  let stopWork: (() => Promise<void>) | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();

  const follow = (): Promise<void> =>
    (chain = chain.then(async () => {
      const lead = election.isLeader() && !stopped;
      if (lead && !stopWork) {
        try {
          stopWork = await work();
        } catch (error) {
          logger.error({ err: error, role: election.role }, 'could not start the leader\'s work, trying again');
          // stop() may have come while the start ran: no retry then, it would outlive the stop.
          if (!stopped) {
            retry ??= setTimeout(() => {
              retry = null;
              void follow();
            }, retryMilliseconds);
            retry.unref();
          }
        }
      } else if (!lead && stopWork) {
        const stopping = stopWork;
        stopWork = null;
        await stopping().catch((error: unknown) => logger.error({ err: error, role: election.role }, 'could not stop the leader\'s work'));
      }
    }));

  const unsubscribe = election.onChange(() => void follow());
  await follow();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      if (retry) clearTimeout(retry);
      retry = null;
      await follow();
    },
  };
}
