import { TaskCancelledError, TimeoutStrategy, timeout } from 'cockatiel';
import { InloopError } from '../../core/errors.js';

/** A call to a store or a bus that did not answer in time (a silent connection). */
export class NoAnswerInTimeError extends InloopError {
  constructor(message: string) {
    super(message);
    this.name = 'NoAnswerInTimeError';
  }
}

/**
 * The work's result, or NoAnswerInTimeError once `milliseconds` have passed without one: cockatiel's
 * aggressive timeout, so a call that ignores cancellation cannot hold its caller, and no timer
 * outlives the work. The work itself is not stopped; a late failure of it is swallowed.
 */
export async function withinTime<T>(work: () => PromiseLike<T>, milliseconds: number, message = `no answer within ${milliseconds} ms`): Promise<T> {
  try {
    return await timeout(milliseconds, TimeoutStrategy.Aggressive).execute(() => work());
  } catch (error) {
    // instanceof, not cockatiel's isTaskCancelledError: in 3.2.1 that one tests for a bulkhead error.
    if (error instanceof TaskCancelledError) throw new NoAnswerInTimeError(message);
    throw error;
  }
}
