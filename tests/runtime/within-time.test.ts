import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoAnswerInTimeError, withinTime } from '../../bots/runtime/within-time.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('withinTime (cockatiel timeout)', () => {
  it("passes the work's answer and the work's own failure through", async () => {
    await expect(withinTime(async () => 'answer', 1_000)).resolves.toBe('answer');
    const failure = new Error('refused');
    await expect(withinTime(async () => Promise.reject(failure), 1_000)).rejects.toBe(failure);
  });

  it('gives up at the time even when the work never settles, and not before', async () => {
    vi.useFakeTimers();
    const result = withinTime(() => new Promise<never>(() => {}), 5_000, 'the bus gave no answer within 5000 ms');
    const settled = vi.fn();
    result.then(settled, settled);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoAnswerInTimeError);
    expect((error as Error).message).toBe('the bus gave no answer within 5000 ms');
  });

  it('lets a late failure of abandoned work pass without an unhandled rejection', async () => {
    vi.useFakeTimers();
    let failLate: (error: Error) => void = () => {};
    const outcome = withinTime(() => new Promise<never>((_, reject) => (failLate = reject)), 100).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toBeInstanceOf(NoAnswerInTimeError);
    failLate(new Error('too late'));
    await vi.advanceTimersByTimeAsync(10);
  });
});
