import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-command.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { reading, scriptBy } from './scripted-answers.js';

let server: FakeOpenAiServer;
let directory: string | undefined;
afterEach(async () => {
  await server?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const environment = (url: string) => ({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: url, OPENAI_MODEL: 'test-model', LLM_TIMEOUT_MS: '3000' });

describe('classify and eval with a language model configured', () => {
  it('classify merges the model reading and says where each line came from', async () => {
    server = await startFakeOpenAiServer(scriptBy({ read: { json: reading({ topics: [{ id: 'caregiving', confidence: 0.8 }] }) } }));
    const input = ['{"text":"ik zorg elke dag voor mijn moeder"}', '{"text":"ik wil niet meer leven"}'].join('\n');
    const result = await runScript('bots/cli/classify.ts', { input: `${input}\n`, environment: environment(server.url) });
    expect(result.code).toBe(0);
    const [care, crisis] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(care.source).toBe('model');
    expect(care.topics.map((topic: { id: string }) => topic.id)).toContain('caregiving');
    expect(crisis).toMatchObject({ crisis: 'suicide', source: 'offline' }); // never sent: the crisis check answers alone
    expect(server.requests).toHaveLength(1);
  }, 120_000); // two or three processes that each learn the classifier at start-up: slow on a busy machine

  it('eval says the model was used, how often it answered, and shows the offline figures beside it', async () => {
    server = await startFakeOpenAiServer(scriptBy({ read: (body) => (JSON.stringify(body).includes('buren') ? { status: 500 } : { json: reading() }) }));
    directory = mkdtempSync(join(tmpdir(), 'inloop-eval-'));
    const file = join(directory, 'examples.jsonl');
    writeFileSync(file, ['{"text":"ik heb schulden","topics":["money"]}', '{"text":"mijn buren maken herrie","topics":["neighbours"]}'].join('\n'));
    const text = await runScript('bots/cli/evaluate.ts', { args: [file], environment: { ...environment(server.url), LLM_BREAKER_FAILURES: '100' } });
    expect(text.stdout).toContain('Language model: test-model at');
    expect(text.stdout).toContain('It answered 1 of 2 messages; 1 fell back to offline');
    expect(text.stdout).toContain('with the language model');
    expect(text.stdout).toContain('offline only (for comparison)');
    const json = await runScript('bots/cli/evaluate.ts', { args: [file, '--json'], environment: { ...environment(server.url), LLM_BREAKER_FAILURES: '100' } });
    const report = JSON.parse(json.stdout);
    expect(report.languageModel).toMatchObject({ answered: 1, fellBack: 1 });
    expect(report.offline.messages).toBe(2);
  }, 120_000); // two or three processes that each learn the classifier at start-up: slow on a busy machine
});
