import { afterEach, describe, expect, it } from 'vitest';
import { caseNoteLabel } from '../../core/dialogue/case-draft.js';
import { createResident } from '../support/transcript.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { startModelRuntime } from './model-runtime.js';
import { answerUntilSummary, goodSummary, moneyStory, reading, scriptBy } from './scripted-answers.js';

let server: FakeOpenAiServer;
let context: Awaited<ReturnType<typeof startModelRuntime>>;
afterEach(async () => {
  await context?.close();
  await server?.close();
});

describe('with a language model that answers well', () => {
  it('json_schema: the B1 summary comes from the model, the worker gets it with a marked note, usage is logged', async () => {
    server = await startFakeOpenAiServer(scriptBy({}));
    context = await startModelRuntime(server, { LLM_PRICE_INPUT_PER_1K: '0.01', LLM_PRICE_OUTPUT_PER_1K: '0.03' });
    const resident = createResident(() => context.runtime);
    await resident.send(moneyStory[0]);
    await answerUntilSummary(resident, moneyStory.slice(1));
    expect(resident.lastText).toMatch(/Klopt het dat:\n- je schulden hebt bij de energie en de woningcorporatie\n- je zus je soms helpt/);
    expect(resident.lastText).not.toMatch(/je een vraag hebt over/); // not the template

    await resident.press('klopt');
    await resident.press('hier');
    await resident.press('Ja, dat mag');
    const [created] = await context.runtime.store.listCases();
    expect(created.confirmation).toContain('- je zus je soms helpt'); // what the resident confirmed, apart from the worker's summary
    expect(created.summary).toContain(`${caseNoteLabel} ${goodSummary.caseNote}`);
    expect(created.firstWords).toBe(moneyStory[0]);

    expect(server.requests[0].response_format?.type).toBe('json_schema');
    expect(server.requests[0].tools).toBeUndefined();
    const usage = context.logs.filter((line) => line.message === 'language model call');
    expect(usage.length).toBeGreaterThanOrEqual(2);
    expect(usage[0].details).toMatchObject({ conversationId: expect.any(String), inputTokens: 120, outputTokens: 30, tokens: 150, costEstimate: 0.0021 });
    expect(usage[0].details.ms).toEqual(expect.any(Number));
  });

  it('tool calling: the same intake works through tools for servers without json_schema', async () => {
    server = await startFakeOpenAiServer(scriptBy({}));
    context = await startModelRuntime(server, { LLM_STRUCTURED_OUTPUT: 'tool_calling' });
    const resident = createResident(() => context.runtime);
    await resident.send(moneyStory[0]);
    await answerUntilSummary(resident, moneyStory.slice(1));
    expect(resident.lastText).toContain('- je vooral in je huis wilt blijven');
    expect(server.requests[0].tools?.[0].function.name).toBe('message_reading');
    expect(server.requests[0].response_format).toBeUndefined();
  });

  it('the model may choose the next question within the bank: here the second caregiving question', async () => {
    server = await startFakeOpenAiServer(
      scriptBy({ read: { json: reading({ topics: [{ id: 'caregiving', confidence: 0.8 }], preferredQuestionId: 'care-load' }) } }),
    );
    context = await startModelRuntime(server);
    const resident = createResident(() => context.runtime);
    const reply = await resident.send('Ik doe alles voor mijn vader sinds zijn beroerte en ik kan niet meer');
    expect(reply).toContain('Hoeveel tijd kost de zorg? Lukt het nog?'); // care-load, not the first caregiving question
  });

  it('a preferred question outside the bank changes nothing', async () => {
    server = await startFakeOpenAiServer(scriptBy({ read: { json: reading({ preferredQuestionId: 'what-is-your-bsn' }) } }));
    context = await startModelRuntime(server);
    const resident = createResident(() => context.runtime);
    const reply = await resident.send('Ik heb schulden en de deurwaarder komt');
    expect(reply).toMatch(/datum/i); // the offline intake's first money question
    expect(context.logs.some((line) => line.message === 'language model call' && line.details.accepted === true)).toBe(true);
  });

  it('a topic id it does not know makes the reading invalid: the offline reading stands', async () => {
    server = await startFakeOpenAiServer(scriptBy({ read: { json: reading({ topics: [{ id: 'weather', confidence: 1 }] }) } }));
    context = await startModelRuntime(server);
    const resident = createResident(() => context.runtime);
    const reply = await resident.send('Ik heb schulden en de deurwaarder komt');
    expect(reply).toMatch(/datum/i); // the offline intake's first money question
  });
});
