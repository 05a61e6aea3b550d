import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryWithBackoff, type RetryDecision } from '../../bots/whatsapp/retry-with-backoff.js';

class Refused extends Error {
  constructor(readonly retriable: boolean, readonly afterMilliseconds?: number) {
    super(retriable ? 'try again' : 'final');
  }
}
const decide = (error: unknown): RetryDecision =>
  error instanceof Refused && error.retriable ? { retry: true, afterMilliseconds: error.afterMilliseconds } : { retry: false };
const quick = { attempts: 3, baseMilliseconds: 1, maximumMilliseconds: 5 };

/** An attempt that fails with the given errors, in order, and then answers 'sent'. */
function failing(...errors: Refused[]) {
  const calls: number[] = [];
  const attempt = async () => {
    calls.push(calls.length + 1);
    const error = errors[calls.length - 1];
    if (error) throw error;
    return 'sent';
  };
  return { attempt, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retryWithBackoff (cockatiel retry)', () => {
  it('retries what may pass and returns the later answer', async () => {
    const { attempt, calls } = failing(new Refused(true), new Refused(true));
    await expect(retryWithBackoff(attempt, decide, quick)).resolves.toBe('sent');
    expect(calls).toHaveLength(3);
  });

  it('throws a final failure at once, and the last failure once the attempts are spent', async () => {
    const final = failing(new Refused(false));
    await expect(retryWithBackoff(final.attempt, decide, quick)).rejects.toThrow('final');
    expect(final.calls).toHaveLength(1);

    const last = new Refused(true);
    const spent = failing(new Refused(true), new Refused(true), last);
    await expect(retryWithBackoff(spent.attempt, decide, quick)).rejects.toBe(last);
    expect(spent.calls).toHaveLength(3);
  });

  it("waits for the server's Retry-After, capped at the policy's maximum", async () => {
    vi.useFakeTimers();
    const { attempt, calls } = failing(new Refused(true, 3_000), new Refused(true, 60_000));
    const result = retryWithBackoff(attempt, decide, { attempts: 3, baseMilliseconds: 10, maximumMilliseconds: 8_000 });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(7_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    await expect(result).resolves.toBe('sent');
  });
});
