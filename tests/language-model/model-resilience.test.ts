import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResident } from '../support/transcript.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { startModelRuntime } from './model-runtime.js';
import { answerUntilSummary, moneyStory, scriptBy } from './scripted-answers.js';

let server: FakeOpenAiServer;
let context: Awaited<ReturnType<typeof startModelRuntime>>;
afterEach(async () => {
  vi.useRealTimers();
  await context?.close();
  await server?.close();
});

const templateSummary = /Klopt het dat:\n- je een vraag hebt over geld en schulden/;
const timeoutMs = 1000;

describe('when the language model fails, the same turn falls back to the offline classifier and templates', () => {
  it('a slow model hits the time budget: each turn returns within the timeout plus a moment, with the template', async () => {
    server = await startFakeOpenAiServer(() => ({ delayMs: 10_000, json: {} }));
    context = await startModelRuntime(server, { LLM_TIMEOUT_MS: String(timeoutMs), LLM_BREAKER_FAILURES: '100' });
    // A first turn on a cold runtime (database, modules) is warmed up apart: the budget is about the model.
    await createResident(() => context.runtime).send('hoi');
    const resident = createResident(() => context.runtime);
    const started = performance.now();
    const first = await resident.send(moneyStory[0]);
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1500);
    expect(first).toMatch(/digitale assistent/);
    expect(first).toMatch(/datum/i); // the offline intake's first money question
    const summaryTurn = await answerUntilSummary(resident, moneyStory.slice(1));
    expect(summaryTurn).toBeLessThan(timeoutMs + 1500); // reading and summary share one budget
    expect(resident.lastText).toMatch(templateSummary);
    expect(context.logs.some((line) => line.message?.startsWith('language model failed') && /no answer within/.test((line.details.err as Error | undefined)?.message ?? ''))).toBe(true);
  });

  it('a 500 from the server falls back, after retries within the budget', async () => {
    server = await startFakeOpenAiServer(() => ({ status: 500 }));
    context = await startModelRuntime(server, { LLM_TIMEOUT_MS: '3000', LLM_BREAKER_FAILURES: '100' });
    const resident = createResident(() => context.runtime);
    const started = performance.now();
    const first = await resident.send(moneyStory[0]);
    expect(performance.now() - started).toBeLessThan(3000 + 1500);
    expect(first).toMatch(/datum/i); // the offline intake's first money question
    expect(server.requests.length).toBe(3); // the first try and two retries with back-off
    await answerUntilSummary(resident, moneyStory.slice(1));
    expect(resident.lastText).toMatch(templateSummary);
  });

  it('malformed JSON, or JSON that does not fit the schema, falls back', async () => {
    server = await startFakeOpenAiServer(scriptBy({ read: { content: '{"topics": [ this is not json' }, summarise: { json: { lines: 'not a list' } } }));
    context = await startModelRuntime(server, { LLM_BREAKER_FAILURES: '100' });
    const resident = createResident(() => context.runtime);
    expect(await resident.send(moneyStory[0])).toMatch(/datum/i);
    await answerUntilSummary(resident, moneyStory.slice(1));
    expect(resident.lastText).toMatch(templateSummary);
    expect(server.requests.some((body) => body.response_format?.json_schema?.name === 'intake_summary')).toBe(true);
  });

  it('the circuit breaker opens after repeated failures: no requests during the cool-down, one trial after it', async () => {
    server = await startFakeOpenAiServer(() => ({ status: 500 }));
    context = await startModelRuntime(server, { LLM_BREAKER_FAILURES: '2', LLM_BREAKER_COOLDOWN_MS: '60000' });
    const resident = createResident(() => context.runtime);
    await resident.send('Ik heb schulden bij de energie');
    await resident.send('Ongeveer 3000 euro bij drie bedrijven');
    const afterTwoFailures = server.requests.length;
    expect(afterTwoFailures).toBeGreaterThan(0);
    expect(context.logs.some((line) => line.details.circuit === 'open')).toBe(true);

    const started = performance.now();
    await resident.send('Ik heb gebeld. Mijn zus helpt soms.');
    await resident.send('Dat ik in mijn huis kan blijven');
    expect(performance.now() - started).toBeLessThan(1000); // skipped: no waiting on the model
    expect(server.requests.length).toBe(afterTwoFailures);
    expect(resident.lastText).toMatch(templateSummary);
    expect(context.logs.some((line) => line.message?.startsWith('language model skipped: circuit open'))).toBe(true);

    // Cockatiel's breaker reads the wall clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    await resident.send('Het gaat ook over de huur van mijn huis');
    expect(server.requests.length).toBeGreaterThan(afterTwoFailures); // half-open: one call tries again
  });
});
