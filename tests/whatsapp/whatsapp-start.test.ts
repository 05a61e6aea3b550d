import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { postWebhook, startFakeGraphApi, testAccessToken, testAppSecret, testPhoneNumberId, testVerifyToken, textMessage, type FakeGraphApi } from './fake-graph-api.js';

let graph: FakeGraphApi;
let database: TestDatabase;
let child: ChildProcess | null = null;

beforeEach(async () => {
  graph = await startFakeGraphApi();
  database = createTestDatabase();
});
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  child = null;
  await graph.close();
  database.remove();
});

/** Polls until `check` gives something, or fails after the bound (the process start compiles TypeScript). */
async function waitFor<T>(check: () => T | null | undefined | false, what: string, milliseconds: number): Promise<T> {
  const deadline = Date.now() + milliseconds;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm start` as a person runs it, with the WhatsApp variables set. */
function startApp(environment: Record<string, string>) {
  const started = spawn(process.execPath, ['--import', 'tsx', 'bots/main.ts'], {
    env: {
      ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', OPENAI_API_KEY: '',
      WHATSAPP_PHONE_NUMBER_ID: testPhoneNumberId, WHATSAPP_APP_SECRET: testAppSecret, WHATSAPP_VERIFY_TOKEN: testVerifyToken,
      WHATSAPP_API_URL: graph.url, ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '', code: null as number | null };
  started.stdout!.on('data', (chunk) => (output.stdout += chunk));
  started.stderr!.on('data', (chunk) => (output.stderr += chunk));
  started.on('exit', (code) => (output.code = code));
  child = started;
  return { process: started, output };
}

describe('npm start with the WhatsApp variables', () => {
  it('answers a signed text message with a send to the Graph API, and stops cleanly', async () => {
    const app = startApp({ WHATSAPP_ACCESS_TOKEN: testAccessToken });
    const line = await waitFor(() => /WhatsApp: +\+31 6 12345678 \(webhook at (http:\/\/127\.0\.0\.1:\d+)\/whatsapp\/webhook\)/.exec(app.output.stdout), 'the start-up line', 60_000);
    expect(graph.calls[0]).toMatchObject({ method: 'GET', authorization: `Bearer ${testAccessToken}` });
    const response = await postWebhook(line[1]!, textMessage('31630000001', 'hoi', new Date()));
    expect(response.status).toBe(200);
    const send = await waitFor(() => graph.sends('31630000001')[0], 'a send to the Graph API', 30_000);
    expect(send).toMatchObject({ messaging_product: 'whatsapp', to: '31630000001', type: 'text' });
    expect(send.text.body).toMatch(/digitale assistent/);
    app.process.kill('SIGTERM');
    await waitFor(() => app.output.code !== null, 'the exit', 15_000);
    expect(app.output.code).toBe(0);
  }, 120_000);

  it('stops with one clear line when the Graph API refuses the token', async () => {
    const refused = startApp({ WHATSAPP_ACCESS_TOKEN: 'wrong-token' });
    await waitFor(() => refused.output.code !== null, 'the exit', 60_000);
    expect(refused.output.code).toBe(1);
    expect(refused.output.stderr).toMatch(/WhatsApp channel did not start: graph api phone-number answered 401 \(code 190\)/);
    expect(refused.output.stderr).not.toContain('wrong-token');
  }, 90_000);

  it('runs without WhatsApp and names what is missing when only some variables are set', async () => {
    const app = startApp({ WHATSAPP_ACCESS_TOKEN: '' });
    await waitFor(() => /Inloop is running\./.test(app.output.stdout), 'the start-up lines', 60_000);
    expect(app.output.stderr).toContain('WhatsApp channel not started: set WHATSAPP_ACCESS_TOKEN as well (docs/operators/whatsapp.md).');
    expect(app.output.stdout).not.toContain('WhatsApp:');
    expect(graph.calls).toEqual([]);
  }, 90_000);
});
