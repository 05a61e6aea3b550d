import { BrokenCircuitError, CircuitState, ExponentialBackoff, TaskCancelledError, TimeoutStrategy, handleWhen, noJitterGenerator, retry, timeout } from 'cockatiel';
import type { Logger } from '../ports/logger.js';
import { LanguageModelError } from './language-model-error.js';
import { circuitStateName, type CircuitBreaker } from './circuit-breaker.js';
import type { ModelAnswer, ModelCallOptions } from './language-model.js';

export interface ModelPrices {
  /** Currency units per 1000 input tokens (LLM_PRICE_INPUT_PER_1K). */
  inputPer1k: number;
  outputPer1k: number;
}

export interface GuardOptions {
  breaker: CircuitBreaker;
  logger: Logger;
  prices: ModelPrices;
  model: string;
  /** Attempts within the time budget (the first call and its retries). */
  maximumAttempts?: number;
  /** Back-off before the first retry; doubles each time. */
  backoffMs?: number;
  /** A retry is only started when at least this much of the budget is left. */
  minimumAttemptMs?: number;
}

export interface GuardedCall<T, R> {
  conversationId: string;
  operation: string;
  /** performance.now() value by which the answer must be there. */
  deadline: number;
  run: (options: ModelCallOptions) => Promise<ModelAnswer<T>>;
  /** Returns the accepted value, or null to refuse the answer (counts as a failure). */
  accept: (value: T) => R | null;
}

/** Every model call goes through here: time budget, retries with back-off, circuit breaker (cockatiel's policies), usage log. Never throws. */
export type ModelGuard = <T, R>(call: GuardedCall<T, R>) => Promise<R | null>;

/** Retries only what another attempt could mend: not a spent budget, a refused answer or a request the server refused. */
const retriable = handleWhen((error) => !(error instanceof LanguageModelError) || error.retriable);

export function createModelGuard(options: GuardOptions): ModelGuard {
  const { breaker, logger, prices, model } = options;
  const maximumAttempts = options.maximumAttempts ?? 3;
  const backoffMs = options.backoffMs ?? 200;
  const minimumAttemptMs = options.minimumAttemptMs ?? 250;
  const retries = retry(retriable, { maxAttempts: maximumAttempts - 1, backoff: new ExponentialBackoff({ initialDelay: backoffMs, generator: noJitterGenerator }) });

  const skipped = (conversationId: string, operation: string) => {
    logger.info({ conversationId, operation, model }, 'language model skipped: circuit open, offline answer');
    return null;
  };

  return async function guarded<T, R>(call: GuardedCall<T, R>): Promise<R | null> {
    const { conversationId, operation } = call;
    const started = performance.now();
    const remaining = () => call.deadline - performance.now();
    const budget = Math.max(0, remaining());
    const noAnswer = () => new LanguageModelError(`no answer within ${Math.round(budget)} ms`, { timedOut: true });

    const attempt = async (attemptNumber: number, signal: AbortSignal): Promise<R> => {
      // Too little time left for a fair try after a back-off: the turn moves on.
      if (signal.aborted || remaining() < minimumAttemptMs) throw noAnswer();
      const answer = await call.run({ signal });
      const accepted = call.accept(answer.value);
      const { inputTokens, outputTokens } = answer.usage;
      const cost = (inputTokens / 1000) * prices.inputPer1k + (outputTokens / 1000) * prices.outputPer1k;
      logger.info(
        {
          conversationId, operation, model, inputTokens, outputTokens, tokens: inputTokens + outputTokens, ms: Math.round(performance.now() - started),
          costEstimate: Number(cost.toFixed(6)), attempts: attemptNumber, accepted: accepted !== null,
        },
        'language model call',
      );
      if (accepted === null) throw new LanguageModelError('answer refused by the checks', { refused: true });
      return accepted;
    };

    // Cockatiel lets a call that comes during the half-open trial wait for the trial; a resident's turn
    // should not wait on a model that may still be down: the offline answer at once, as when open.
    if (breaker.state === CircuitState.HalfOpen) return skipped(conversationId, operation);
    // A turn whose budget an earlier call spent says nothing about the model: the breaker does not count it.
    if (budget < minimumAttemptMs) {
      logger.info({ conversationId, operation, model }, 'language model skipped: the turn has no time left, offline answer');
      return null;
    }
    try {
      // Breaker outside (one guarded call is one success or failure), then the time budget, then the retries.
      // The aggressive timeout rejects at the deadline even when an implementation ignores the signal.
      return await breaker.execute(() =>
        timeout(budget, TimeoutStrategy.Aggressive)
          .execute((_, signal) => retries.execute(({ attempt: retryNumber, signal: attemptSignal }) => attempt(retryNumber + 1, attemptSignal), signal))
          .catch((error: unknown) => {
            // instanceof, not cockatiel's isTaskCancelledError: in 3.2.1 that one tests for a bulkhead error.
            throw error instanceof TaskCancelledError ? noAnswer() : error;
          }),
      );
    } catch (error) {
      if (error instanceof BrokenCircuitError) return skipped(conversationId, operation);
      logger.warn(
        // The error itself, not its message: the logger keeps only its class, status and code (a
        // model's or a server's message can quote the resident).
        { conversationId, operation, model, ms: Math.round(performance.now() - started), err: error, circuit: circuitStateName(breaker) },
        'language model failed: offline answer',
      );
      return null;
    }
  };
}
