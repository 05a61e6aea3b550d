import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { refusedToken, startFakeSlackApi, waitFor, type FakeSlackApi } from './fake-slack-api.js';
import { jsonType, postSignedToSlackEndpoint } from './signed-slack-request.js';

let slackApi: FakeSlackApi;
let database: TestDatabase;
let child: ChildProcess | null = null;

beforeEach(async () => {
  slackApi = await startFakeSlackApi();
  database = createTestDatabase();
});
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  child = null;
  await slackApi.close();
  database.remove();
});

/** `npm start` as a person runs it, with the Slack variables set. */
function startApp(environment: Record<string, string>) {
  const started = spawn(process.execPath, ['--import', 'tsx', 'bots/main.ts'], {
    env: {
      ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1',
      SLACK_SIGNING_SECRET: 'main-secret', SLACK_CHANNEL_ID: 'C0MAIN', SLACK_API_URL: slackApi.url, ...environment,
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

describe('npm start with the Slack variables', () => {
  it('starts the Slack desk on the app\'s own port and stops cleanly', async () => {
    const app = startApp({ SLACK_BOT_TOKEN: 'xoxb-main' });
    const line = await waitFor(() => /Slack desk: +channel C0MAIN \(events at (http:\/\/127\.0\.0\.1:\d+)\/slack\/events\)/.exec(app.output.stdout), 'the start-up line', 30_000);
    expect(slackApi.callsOf('auth.test')[0]?.token).toBe('xoxb-main');
    const answer = await postSignedToSlackEndpoint(`${line[1]}/slack/events`, JSON.stringify({ type: 'url_verification', challenge: 'c-1' }), jsonType, { secret: 'main-secret' });
    expect(JSON.parse(answer.text)).toEqual({ challenge: 'c-1' });
    app.process.kill('SIGTERM');
    await waitFor(() => app.output.code !== null, 'the exit', 10_000);
    expect(app.output.code).toBe(0);
  }, 40_000);

  it('stops with one clear line when Slack refuses the token', async () => {
    const app = startApp({ SLACK_BOT_TOKEN: refusedToken });
    await waitFor(() => app.output.code !== null, 'the exit', 30_000);
    expect(app.output.code).toBe(1);
    expect(app.output.stderr).toContain('Slack desk did not start');
    expect(app.output.stderr).toContain('invalid_auth');
  }, 40_000);
});
