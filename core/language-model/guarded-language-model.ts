import type { Logger } from '../ports/logger.js';
import { LanguageModelError } from './language-model-error.js';
import type { CircuitBreaker } from './circuit-breaker.js';
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

/** Every model call goes through here: time budget, retries with back-off, circuit breaker, usage log. Never throws. */
export type ModelGuard = <T, R>(call: GuardedCall<T, R>) => Promise<R | null>;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function withinBudget<T>(run: (options: ModelCallOptions) => Promise<T>, milliseconds: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LanguageModelError(`no answer within ${Math.round(milliseconds)} ms`, { timedOut: true }));
    }, milliseconds);
  });
  // Race as well as abort: an implementation that ignores the signal still cannot hold the turn.
  return Promise.race([run({ signal: controller.signal }), timeout]).finally(() => clearTimeout(timer));
}

export function createModelGuard(options: GuardOptions): ModelGuard {
  const { breaker, logger, prices, model } = options;
  const maximumAttempts = options.maximumAttempts ?? 3;
  const backoffMs = options.backoffMs ?? 200;
  const minimumAttemptMs = options.minimumAttemptMs ?? 250;

  return async function guarded<T, R>(call: GuardedCall<T, R>): Promise<R | null> {
    const { conversationId, operation } = call;
    if (!breaker.allowsCall()) {
      logger.info({ conversationId, operation, model }, 'language model skipped: circuit open, offline answer');
      return null;
    }
    const started = performance.now();
    let lastError: unknown = null;
    for (let attempt = 1; attempt <= maximumAttempts; attempt += 1) {
      const remaining = call.deadline - performance.now();
      if (remaining < minimumAttemptMs) break;
      try {
        const answer = await withinBudget(call.run, remaining);
        const accepted = call.accept(answer.value);
        const milliseconds = Math.round(performance.now() - started);
        const { inputTokens, outputTokens } = answer.usage;
        const cost = (inputTokens / 1000) * prices.inputPer1k + (outputTokens / 1000) * prices.outputPer1k;
        logger.info(
          { conversationId, operation, model, inputTokens, outputTokens, tokens: inputTokens + outputTokens, ms: milliseconds, costEstimate: Number(cost.toFixed(6)), attempts: attempt, accepted: accepted !== null },
          'language model call',
        );
        if (accepted === null) throw new LanguageModelError('answer refused by the checks', { refused: true });
        breaker.recordSuccess();
        return accepted;
      } catch (error) {
        lastError = error;
        // A spent budget or a refused answer is not retried: the turn moves on.
        if (error instanceof LanguageModelError && (error.timedOut || error.refused)) break;
        const pause = backoffMs * 2 ** (attempt - 1);
        if (attempt === maximumAttempts || call.deadline - performance.now() - pause < minimumAttemptMs) break;
        await sleep(pause);
      }
    }
    breaker.recordFailure();
    logger.warn(
      // The error itself, not its message: the logger keeps only its class, status and code (a
      // model's or a server's message can quote the resident).
      { conversationId, operation, model, ms: Math.round(performance.now() - started), err: lastError, circuit: breaker.state },
      'language model failed: offline answer',
    );
    return null;
  };
}
