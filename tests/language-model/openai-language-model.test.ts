import { APIError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createCircuitBreaker } from '../../core/language-model/circuit-breaker.js';
import { createModelGuard } from '../../core/language-model/guarded-language-model.js';
import { LanguageModelError } from '../../core/language-model/language-model-error.js';
import type { ReadingRequest } from '../../core/language-model/language-model.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createOpenAiLanguageModel } from '../../bots/language-model/create-openai-language-model.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';

// The LangChain adapter against the loopback OpenAI-compatible server: how a refused request and a
// failing server come back, and that the guard retries only the second.
let server: FakeOpenAiServer;
afterEach(async () => {
  await server?.close();
});

const request: ReadingRequest = { language: 'nl', message: 'Ik heb schulden', earlier: [], knownTopics: [], openQuestions: [] };
const modelAt = (url: string) => createOpenAiLanguageModel({ apiKey: 'test-key', baseURL: url, model: 'test-model' });

async function failureOf(status: number): Promise<LanguageModelError> {
  server = await startFakeOpenAiServer(() => ({ status }));
  const error = await modelAt(server.url).read(request, { signal: new AbortController().signal }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(LanguageModelError);
  return error as LanguageModelError;
}

describe('the OpenAI-compatible adapter (LangChain on the openai SDK)', () => {
  it('marks a request the server refused (401, 400, 404) as not worth another attempt, with the SDK error as cause', async () => {
    for (const status of [401, 400, 404]) {
      const error = await failureOf(status);
      expect(error.retriable, String(status)).toBe(false);
      expect(error.cause).toBeInstanceOf(APIError);
      expect((error.cause as APIError).status).toBe(status);
      await server.close();
    }
  });

  it('marks a rate limit and a server error as worth another attempt', async () => {
    for (const status of [429, 503]) {
      expect((await failureOf(status)).retriable, String(status)).toBe(true);
      await server.close();
    }
  });

  it('through the guard: a refused key is asked once, a failing server as often as the guard allows', async () => {
    const guard = createModelGuard({
      breaker: createCircuitBreaker({ failureThreshold: 100, coolDownMs: 60_000 }),
      logger: silentLogger,
      prices: { inputPer1k: 0, outputPer1k: 0 },
      model: 'test-model',
      backoffMs: 1,
      minimumAttemptMs: 5,
    });
    for (const [status, requests] of [[401, 1], [500, 3]] as const) {
      server = await startFakeOpenAiServer(() => ({ status }));
      const model = modelAt(server.url);
      const answer = await guard({ conversationId: 'c', operation: 'read', deadline: performance.now() + 10_000, run: (options) => model.read(request, options), accept: (value) => value });
      expect(answer).toBeNull();
      expect(server.requests, String(status)).toHaveLength(requests);
      await server.close();
    }
  });
});
