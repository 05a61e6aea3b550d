/** What a rate limiter answers for one more attempt under a key. */
export interface RateLimitDecision {
  allowed: boolean;
  /** When not allowed: about how long until one more attempt would be. */
  retryAfterSeconds: number;
}

/**
 * A limit on attempts per key (an address, a conversation), shared by every instance that
 * shares the deployment's store. Narrow on purpose: the limiting library stays in the adapters.
 */
export interface RateLimiter {
  /** Counts one attempt (refused ones count too) and says whether it may go ahead. */
  consume(key: string): Promise<RateLimitDecision>;
}
