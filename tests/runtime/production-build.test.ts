import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient } from '../web/web-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
let database: TestDatabase;
let child: ChildProcess;
let baseUrl: string;
let stderr = '';

/** Resolves with the address main.js prints once it listens, or rejects with what it said when it stopped. */
function waitForAddress(process: ChildProcess): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let stdout = '';
    process.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /Demo site:\s+(http:\/\/\S+?)\/\s/.exec(stdout);
      if (match) resolveAddress(match[1]!);
    });
    process.once('exit', (code) => reject(new Error(`node dist/bots/main.js stopped (${code}): ${stdout}${stderr}`)));
  });
}

beforeAll(async () => {
  // `npm run build`; it throws (and the test fails) when esbuild reports an error.
  await promisify(execFile)(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  database = createTestDatabase();
  // Plain node on the built files, started from another folder: nothing may come from the TypeScript sources or the working folder.
  child = spawn(process.execPath, [join(dist, 'bots', 'main.js')], {
    cwd: database.directory,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ORGANISATION_FILE: join(dist, 'config', 'organisation.json'),
      SOCIAL_MAP_FILE: join(dist, 'config', 'social-map.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  baseUrl = await waitForAddress(child);
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  database?.remove();
});

it('builds plain JavaScript into dist/ with the files it reads at run time beside it', () => {
  for (const file of ['bots/main.js', 'bots/cli/workers.js', 'bots/cli/chat.js', 'prisma/generated/sqlite/client.js', 'prompts/read-message.system.txt', 'config/canned-replies.json', 'bots/web/public', 'bots/web/client-bundles/widget.js', 'bots/web/client-bundles/widget.js.map']) {
    expect(existsSync(join(dist, file)), file).toBe(true);
  }
  // The browser sources are bundled, not compiled file by file into server modules.
  expect(existsSync(join(dist, 'bots', 'web', 'client'))).toBe(false);
});

it('serves the widget bundled at build time, with its ETag', async () => {
  const response = await fetch(`${baseUrl}/widget.js`);
  expect(response.status).toBe(200);
  expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  expect(await response.text()).toBe(readFileSync(join(dist, 'bots', 'web', 'client-bundles', 'widget.js'), 'utf8'));
  expect((await fetch(`${baseUrl}/widget.js`, { headers: { 'if-none-match': response.headers.get('etag')! } })).status).toBe(304);
});

it('minifies the browser scripts and serves each one\'s source map beside it, with its ETag', async () => {
  for (const path of ['/widget.js', '/inbox/inbox-main.js', '/inbox/dashboard-main.js']) {
    const script = await (await fetch(`${baseUrl}${path}`)).text();
    const name = path.slice(path.lastIndexOf('/') + 1);
    // No indented statements left (the widget's CSS keeps its lines, inside a string), and short names.
    expect(script, path).not.toMatch(/\n\s+(?:const|let|var|function|return|if) /);
    expect(script, path).not.toMatch(/\b(?:shownConversationId|createWidgetView|loadQueue|afterFailedClaim)\b/);
    expect(script.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), path).toBe(true);
    const map = await fetch(`${baseUrl}${path}.map`);
    expect(map.status, path).toBe(200);
    expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await map.json() as { sources: string[]; sourcesContent: string[] };
    expect(body.sources.some((source) => source.endsWith('-main.ts')), path).toBe(true);
    expect(body.sourcesContent.length).toBe(body.sources.length);
    expect((await fetch(`${baseUrl}${path}.map`, { headers: { 'if-none-match': map.headers.get('etag')! } })).status).toBe(304);
  }
});

it('answers /healthz and /readyz from dist/', async () => {
  const health = await fetch(`${baseUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
});

it('serves a resident turn through the chat API, the widget and the metrics', async () => {
  const client = createWebClient(baseUrl);
  const { token } = await client.startConversation();
  const turn = await client.say(token, 'Ik heb schulden en de huur is te hoog');
  expect(turn.status).toBe(200);
  expect(turn.body?.replies.length).toBeGreaterThan(0);
  expect(turn.body?.replies[0].text.length).toBeGreaterThan(10);
  const history = await client.history(token);
  expect(history.body?.messages.map((message: { author: string }) => message.author)).toEqual(expect.arrayContaining(['resident', 'assistant']));
  const page = await fetch(`${baseUrl}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<html');
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  expect(metrics).toContain('inloop_resident_turns_total{channel="web",outcome="answered"} 1');
  expect(stderr).not.toMatch(/"level":50/);
});
