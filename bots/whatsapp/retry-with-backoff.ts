import { DelegateBackoff, handleWhen, retry, type IRetryBackoffContext } from 'cockatiel';

/** How often and how long to wait; tests shorten the waits. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first wait; each later one doubles, with up to half of it added at random so instances do not retry in step. */
  baseMilliseconds: number;
  maximumMilliseconds: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseMilliseconds: 500, maximumMilliseconds: 8_000 };

/** What an attempt's failure says: retry (after the server's own wait when it gave one) or give up. */
export interface RetryDecision {
  retry: boolean;
  /** Retry-After, when the server sent it. */
  afterMilliseconds?: number;
}

/**
 * Runs `attempt` until it succeeds, `decide` says the failure is final, or the attempts are spent;
 * the last failure is thrown. Cockatiel's retry policy, with a back-off that waits for Retry-After.
 */
export async function retryWithBackoff<T>(attempt: () => Promise<T>, decide: (error: unknown) => RetryDecision, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>>(({ attempt: retryNumber, result }) => {
    const doubled = policy.baseMilliseconds * 2 ** (retryNumber - 1);
    const wait = ('error' in result ? decide(result.error).afterMilliseconds : undefined) ?? doubled + Math.random() * doubled * 0.5;
    return Math.min(wait, policy.maximumMilliseconds);
  });
  return retry(handleWhen((error) => decide(error).retry), { maxAttempts: policy.attempts - 1, backoff }).execute(() => attempt());
}
