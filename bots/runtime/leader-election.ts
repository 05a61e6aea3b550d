import type { Logger } from '../../core/ports/logger.js';
import { NoAnswerInTimeError, withinTime } from './within-time.js';

/**
 * Whether this instance is the one that does a role's work (the Slack desk's mirror, Telegram
 * long polling) among the instances on one database. At most one instance leads a role at a
 * time, as far as the backend can tell: a holder that cannot confirm its leadership steps down
 * before another can take over (see the backends). There are no fencing tokens: work that must
 * never run twice still checks the store (the Slack mirror looks up a card before posting one).
 */
export interface LeaderElection {
  /** The role elected for, e.g. `slack-desk`. */
  readonly role: string;
  /** What the election's connection is called (PostgreSQL application_name, Redis CLIENT SETNAME); null without one. */
  readonly connectionName: string | null;
  /** Whether this instance leads the role now. */
  isLeader(): boolean;
  /** Hears every change (true: leadership gained, false: lost or given up); returns an unsubscribe. */
  onChange(listener: (leader: boolean) => void): () => void;
  /** Stops trying; a leader steps down (listeners hear false) and releases, so another takes over. */
  close(): Promise<void>;
}

/** One instance (SQLite, `EVENT_BUS=in-process`): it leads every role, at once and for good. */
export function createSingleInstanceElection(role: string): LeaderElection {
  return { role, connectionName: null, isLeader: () => true, onChange: () => () => {}, close: async () => {} };
}

/** What a backend does for the election loop; every call may throw (the loop then treats it as "cannot tell"). */
export interface Lease {
  readonly connectionName: string;
  /** Tries to take the role; true when this instance holds it now. */
  acquire(): Promise<boolean>;
  /** Whether this instance still holds the role (and, for a lease with a TTL, extends it). */
  confirm(): Promise<boolean>;
  /** Gives the role up, if held. */
  release(): Promise<void>;
  /** Drops the connection after a failure or a timeout, so whatever it held is freed by the server; the next acquire opens a new one. */
  reset(): void;
  close(): Promise<void>;
}

export interface ElectionTiming {
  /** How often an instance that does not lead tries to take over. */
  retryMilliseconds: number;
  /** How often the leader confirms that it still leads. */
  confirmMilliseconds: number;
  /** A call that takes longer counts as failed: a leader steps down. */
  timeoutMilliseconds: number;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

/**
 * Runs an election on a lease: tries to acquire every `retryMilliseconds` while not leading,
 * confirms every `confirmMilliseconds` while leading, and steps down at once when a confirmation
 * fails, says no, or takes longer than `timeoutMilliseconds`, or when the lease reports a lost
 * connection (`lost`); its first attempt after that waits twice as long. Resolves after the
 * first attempt, so the caller knows whether it leads.
 */
export async function runLeaderElection(
  options: { role: string; logger: Logger; timing: ElectionTiming },
  openLease: (lost: () => void) => Lease,
): Promise<LeaderElection> {
  const { role, logger, timing } = options;
  const listeners = new Set<(leader: boolean) => void>();
  let leader = false;
  let closed = false;
  let failing = false;
  /** After losing its hold, an instance waits an extra round, so that a healthy one takes over first. */
  let holdOff = false;
  let timer: NodeJS.Timeout | null = null;
  let attempt: Promise<void> = Promise.resolve();

  const setLeader = (next: boolean, reason: string) => {
    if (leader === next) return;
    leader = next;
    holdOff = !next && !closed;
    const details = { role, connection: lease.connectionName, reason };
    if (next) logger.info(details, `leader election: this instance now leads ${role}`);
    else if (closed) logger.info(details, `leader election: this instance gives up ${role}`);
    else logger.warn(details, `leader election: this instance no longer leads ${role}`);
    for (const listener of listeners) {
      try {
        listener(next);
      } catch (error) {
        logger.error({ err: error, role }, 'leader election: listener failed');
      }
    }
  };

  const lease: Lease = openLease(() => {
    if (closed) return;
    setLeader(false, 'connection lost');
    lease.reset();
    // Waiting for a confirmation that is no longer due: the next attempt holds off instead.
    if (timer) {
      clearTimeout(timer);
      schedule();
    }
  });

  /** Logs the first failure of a run of failures, and the recovery after it. */
  const noteFailure = (error: unknown) => {
    if (!failing) logger.warn({ role, connection: lease.connectionName, reason: reasonOf(error) }, 'leader election: cannot reach the backend, retrying');
    failing = true;
  };
  const noteSuccess = () => {
    if (failing) logger.info({ role, connection: lease.connectionName }, 'leader election: backend reachable again');
    failing = false;
  };

  async function step(): Promise<void> {
    if (leader) {
      try {
        const held = await withinTime(() => lease.confirm(), timing.timeoutMilliseconds);
        noteSuccess();
        if (!held) setLeader(false, 'lease lost');
      } catch (error) {
        noteFailure(error);
        setLeader(false, `cannot confirm: ${reasonOf(error)}`);
        lease.reset();
      }
      return;
    }
    try {
      const acquired = await withinTime(() => lease.acquire(), timing.timeoutMilliseconds);
      noteSuccess();
      if (acquired && !closed) setLeader(true, 'acquired');
    } catch (error) {
      noteFailure(error);
      // A late answer might still take the lock or key: dropping the connection frees it.
      if (error instanceof NoAnswerInTimeError) lease.reset();
    }
  }

  const schedule = () => {
    if (closed) return;
    const delay = leader ? timing.confirmMilliseconds : holdOff ? 2 * timing.retryMilliseconds : timing.retryMilliseconds;
    holdOff = false;
    timer = setTimeout(() => {
      timer = null;
      attempt = step().finally(schedule);
    }, delay);
  };

  attempt = step();
  await attempt;
  schedule();

  return {
    role,
    connectionName: lease.connectionName,
    isLeader: () => leader,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      await attempt.catch(() => undefined);
      const held = leader;
      setLeader(false, 'closed');
      if (held) await withinTime(() => lease.release(), timing.timeoutMilliseconds).catch(() => undefined);
      await withinTime(() => lease.close(), timing.timeoutMilliseconds).catch(() => lease.reset());
    },
  };
}
