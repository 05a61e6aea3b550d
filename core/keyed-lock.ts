import { AssistantBusyError } from './errors.js';

export interface KeyedLockLimits {
  /** Tasks that may wait behind the running one of the same key; more are refused (default: no limit). */
  maximumQueuedPerKey?: number;
  /** Tasks running or waiting over all keys; more are refused (default: no limit). */
  maximumInFlight?: number;
}

/**
 * Runs tasks for the same key one after another (one conversation's messages in order), others
 * in parallel. Beyond its limits it refuses a task with AssistantBusyError before running any of
 * it: back-pressure instead of an unbounded queue.
 */
export function createKeyedLock(limits: KeyedLockLimits = {}) {
  const maximumQueued = limits.maximumQueuedPerKey ?? Number.POSITIVE_INFINITY;
  const maximumInFlight = limits.maximumInFlight ?? Number.POSITIVE_INFINITY;
  const tails = new Map<string, { tail: Promise<unknown>; count: number }>();
  let inFlight = 0;
  return async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const entry = tails.get(key);
    if (inFlight >= maximumInFlight) throw new AssistantBusyError('instance');
    if (entry && entry.count - 1 >= maximumQueued) throw new AssistantBusyError('conversation');
    const previous = entry?.tail ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    const current = { tail, count: (entry?.count ?? 0) + 1 };
    tails.set(key, current);
    inFlight += 1;
    try {
      return await run;
    } finally {
      inFlight -= 1;
      const latest = tails.get(key);
      if (latest) {
        latest.count -= 1;
        if (latest.tail === tail) tails.delete(key);
      }
    }
  };
}
