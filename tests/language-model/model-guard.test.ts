import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCircuitBreaker } from '../../core/language-model/circuit-breaker.js';
import { createModelGuard, type GuardedCall } from '../../core/language-model/guarded-language-model.js';
import { LanguageModelError } from '../../core/language-model/language-model-error.js';
import type { ModelAnswer, ModelCallOptions } from '../../core/language-model/language-model.js';

// The guard without a server: scripted runs stand in for the model, so each policy is seen alone.
interface LogLine {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message?: string;
}

function guardWith(options: { failureThreshold?: number; coolDownMs?: number; maximumAttempts?: number } = {}) {
  const lines: LogLine[] = [];
  const log = (level: LogLine['level']) => (details: object, message?: string) => lines.push({ level, details: details as Record<string, unknown>, message });
  const guard = createModelGuard({
    breaker: createCircuitBreaker({ failureThreshold: options.failureThreshold ?? 100, coolDownMs: options.coolDownMs ?? 60_000 }),
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    prices: { inputPer1k: 0, outputPer1k: 0 },
    model: 'scripted',
    maximumAttempts: options.maximumAttempts ?? 3,
    backoffMs: 1,
    minimumAttemptMs: 5,
  });
  return { guard, lines };
}

const answer = (value: string): ModelAnswer<string> => ({ value, usage: { inputTokens: 1, outputTokens: 1 } });

/** A call whose runs follow the script: an Error is thrown, 'hang' never answers (and ignores the signal), a string is the answer. */
function scripted(script: Array<string | Error | 'hang'>, budgetMs = 2_000) {
  const signals: AbortSignal[] = [];
  const call: GuardedCall<string, string> = {
    conversationId: 'conversation-1',
    operation: 'read',
    deadline: performance.now() + budgetMs,
    run: async ({ signal }: ModelCallOptions) => {
      signals.push(signal);
      const step = script[Math.min(signals.length - 1, script.length - 1)];
      if (step === 'hang') return new Promise<never>(() => {});
      if (step instanceof Error) throw step;
      return answer(step!);
    },
    accept: (value) => (value === 'refuse me' ? null : value),
  };
  return { call, signals };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the language-model guard (cockatiel policies)', () => {
  it('gives up at the time budget even when the model ignores the abort signal, aborts it, and does not retry', async () => {
    const { guard, lines } = guardWith();
    const { call, signals } = scripted(['hang'], 50);
    expect(await guard(call)).toBeNull();
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    const failed = lines.find((line) => line.message === 'language model failed: offline answer');
    expect(failed?.details.err).toBeInstanceOf(LanguageModelError);
    expect((failed?.details.err as LanguageModelError).timedOut).toBe(true);
    expect((failed?.details.err as Error).message).toMatch(/no answer within/);
  });

  it('retries a failed call with back-off and returns the answer of a later attempt', async () => {
    const { guard, lines } = guardWith();
    const { call, signals } = scripted([new Error('500'), new Error('502'), 'the answer']);
    expect(await guard(call)).toBe('the answer');
    expect(signals).toHaveLength(3);
    expect(lines.find((line) => line.message === 'language model call')?.details).toMatchObject({ attempts: 3, accepted: true });
  });

  it('stops after the last attempt, and retries neither a request the server refused nor an answer the checks refused', async () => {
    const failing = guardWith();
    const always = scripted([new Error('500')]);
    expect(await failing.guard(always.call)).toBeNull();
    expect(always.signals).toHaveLength(3);

    const wrongKey = guardWith();
    const unauthorised = scripted([new LanguageModelError('401', { retriable: false })]);
    expect(await wrongKey.guard(unauthorised.call)).toBeNull();
    expect(unauthorised.signals).toHaveLength(1);

    const refusing = guardWith();
    const refused = scripted(['refuse me']);
    expect(await refusing.guard(refused.call)).toBeNull();
    expect(refused.signals).toHaveLength(1);
    expect((refusing.lines.find((line) => line.level === 'warn')?.details.err as LanguageModelError).refused).toBe(true);
  });

  it('does not call the model, nor count a failure, when the turn has no time left', async () => {
    const { guard, lines } = guardWith({ failureThreshold: 1 });
    const late = scripted(['too late'], 2);
    expect(await guard(late.call)).toBeNull();
    expect(late.signals).toHaveLength(0);
    expect(lines.at(-1)?.message).toBe('language model skipped: the turn has no time left, offline answer');
    const next = scripted(['on time']);
    expect(await guard(next.call)).toBe('on time');
  });

  it('opens the circuit after consecutive failed calls, skips the model while open, lets one trial through after the cool-down, and closes on its success', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const { guard, lines } = guardWith({ failureThreshold: 2, coolDownMs: 1_000, maximumAttempts: 1 });
    for (let call = 0; call < 2; call += 1) expect(await guard(scripted([new Error('500')]).call)).toBeNull();
    expect(lines.at(-1)?.details.circuit).toBe('open');

    const whileOpen = scripted(['never asked']);
    expect(await guard(whileOpen.call)).toBeNull();
    expect(whileOpen.signals).toHaveLength(0);
    expect(lines.at(-1)?.message).toBe('language model skipped: circuit open, offline answer');

    vi.setSystemTime(new Date('2026-12-01T09:00:01.001Z'));
    // Half-open: the trial runs; a call that comes while it runs is skipped rather than sent as well.
    let answerTrial: (value: ModelAnswer<string>) => void = () => {};
    let trialStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (trialStarted = resolve));
    const trial = scripted(['unused']);
    trial.call.run = () => {
      trialStarted();
      return new Promise((resolve) => (answerTrial = resolve));
    };
    const trialResult = guard(trial.call);
    await started;
    const during = scripted(['never asked']);
    expect(await guard(during.call)).toBeNull();
    expect(during.signals).toHaveLength(0);
    answerTrial(answer('back again'));
    expect(await trialResult).toBe('back again');

    const afterwards = scripted(['closed again']);
    expect(await guard(afterwards.call)).toBe('closed again');
    expect(afterwards.signals).toHaveLength(1);
  });

  it('opens again at once when the trial after the cool-down fails', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const { guard } = guardWith({ failureThreshold: 1, coolDownMs: 1_000, maximumAttempts: 1 });
    expect(await guard(scripted([new Error('500')]).call)).toBeNull();
    vi.setSystemTime(new Date('2026-12-01T09:00:01.001Z'));
    const trial = scripted([new Error('still down')]);
    expect(await guard(trial.call)).toBeNull();
    expect(trial.signals).toHaveLength(1);
    const next = scripted(['never asked']);
    expect(await guard(next.call)).toBeNull();
    expect(next.signals).toHaveLength(0);
  });
});
