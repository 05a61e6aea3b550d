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

const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Runs `attempt` until it succeeds, `decide` says the failure is final, or the attempts are spent;
 * the last failure is thrown. Small on purpose: no library in the project waits for Retry-After.
 */
export async function retryWithBackoff<T>(attempt: () => Promise<T>, decide: (error: unknown) => RetryDecision, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  for (let number = 1; ; number += 1) {
    try {
      return await attempt();
    } catch (error) {
      const decision = decide(error);
      if (!decision.retry || number >= policy.attempts) throw error;
      const backoff = policy.baseMilliseconds * 2 ** (number - 1);
      const wait = decision.afterMilliseconds ?? backoff + Math.random() * backoff * 0.5;
      await sleep(Math.min(wait, policy.maximumMilliseconds));
    }
  }
}
