import { z } from 'zod';
import { createCircuitBreaker } from '../../core/language-model/circuit-breaker.js';
import { createModelGuard, type ModelGuard } from '../../core/language-model/guarded-language-model.js';
import { createModelAssist, type ModelAssist } from '../../core/language-model/model-assist.js';
import type { LanguageModel } from '../../core/language-model/language-model.js';
import type { Logger } from '../../core/ports/logger.js';
import { createOpenAiLanguageModel } from './create-openai-language-model.js';
import type { LanguageModelMetrics } from '../runtime/prometheus-metrics.js';

const optionalText = z.string().trim().min(1).optional();
const integer = (fallback: number, minimum: number) => z.coerce.number().int().min(minimum).default(fallback);
const price = z.coerce.number().min(0).default(0);

/** The language-model variables; part of the environment schema in bots/runtime/configuration.ts. */
export const languageModelEnvironmentSchema = z.object({
  /** Turns the language model on. Any non-empty value for a local server that wants none (Ollama). */
  OPENAI_API_KEY: optionalText,
  /** An OpenAI-compatible endpoint; OpenAI's own when unset. */
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  /** Only for Azure OpenAI deployment URLs that still need ?api-version= (the v1 endpoint does not). */
  OPENAI_API_VERSION: optionalText,
  /** json_schema (structured output) or tool_calling, for servers without json_schema. */
  LLM_STRUCTURED_OUTPUT: z.enum(['json_schema', 'tool_calling']).default('json_schema'),
  /** The time budget per turn for all model calls together; after it the offline answer is used. */
  LLM_TIMEOUT_MS: integer(8000, 100),
  /** Consecutive failed calls after which the model is skipped for LLM_BREAKER_COOLDOWN_MS. */
  LLM_BREAKER_FAILURES: integer(3, 1),
  LLM_BREAKER_COOLDOWN_MS: integer(60_000, 0),
  /** Per 1000 tokens, for the cost estimate in the log (any currency). */
  LLM_PRICE_INPUT_PER_1K: price,
  LLM_PRICE_OUTPUT_PER_1K: price,
});
export type LanguageModelEnvironment = z.infer<typeof languageModelEnvironmentSchema>;

/** Reads only the language-model variables (for the classify and eval commands). */
export function loadLanguageModelEnvironment(environment: NodeJS.ProcessEnv = process.env): LanguageModelEnvironment {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  return languageModelEnvironmentSchema.parse(present);
}

/** The model and its guard, or null when OPENAI_API_KEY is not set (offline only). */
export function createModelAssistFromEnvironment(
  environment: LanguageModelEnvironment,
  dependencies: { logger: Logger; model?: LanguageModel; metrics?: LanguageModelMetrics },
): ModelAssist | null {
  if (!environment.OPENAI_API_KEY) return null;
  const model =
    dependencies.model ??
    createOpenAiLanguageModel({
      apiKey: environment.OPENAI_API_KEY,
      baseURL: environment.OPENAI_BASE_URL,
      model: environment.OPENAI_MODEL,
      apiVersion: environment.OPENAI_API_VERSION,
      method: environment.LLM_STRUCTURED_OUTPUT === 'tool_calling' ? 'functionCalling' : 'jsonSchema',
    });
  const guard = createModelGuard({
    breaker: createCircuitBreaker({ failureThreshold: environment.LLM_BREAKER_FAILURES, coolDownMs: environment.LLM_BREAKER_COOLDOWN_MS }),
    logger: dependencies.logger,
    prices: { inputPer1k: environment.LLM_PRICE_INPUT_PER_1K, outputPer1k: environment.LLM_PRICE_OUTPUT_PER_1K },
    model: environment.OPENAI_MODEL,
  });
  return createModelAssist(model, dependencies.metrics ? countedGuard(guard, dependencies.metrics) : guard, environment.LLM_TIMEOUT_MS);
}

/** Counts every attempt the guard makes, and every guarded call that ends in the offline answer (null). */
function countedGuard(guard: ModelGuard, metrics: LanguageModelMetrics): ModelGuard {
  return async (call) => {
    const { operation } = call;
    const result = await guard({
      ...call,
      run: (options) => {
        metrics.languageModelCalled({ operation });
        return call.run(options);
      },
    });
    if (result === null) metrics.languageModelFellBack({ operation });
    return result;
  };
}
