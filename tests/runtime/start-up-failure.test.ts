import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStartFailure, maskUrlPasswords } from '../../bots/runtime/describe-start-failure.js';
import { ConfigurationError, StoreError } from '../../core/errors.js';
import { runScript } from '../support/run-command.js';

/** A loopback port nobody listens on: bound by a server on port 0, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** stderr without the JSON log records (LOG_LEVEL's structured logs): what a person reads. */
function humanLines(stderr: string): string[] {
  const isLogRecord = (line: string) => {
    try {
      return typeof (JSON.parse(line) as { level?: unknown }).level === 'number';
    } catch {
      return false;
    }
  };
  return stderr.split('\n').filter((line) => line.trim() !== '' && !isLogRecord(line));
}

// Each run must end by itself well within this; a start that hangs is killed and fails the test.
// Generous: a process start compiles TypeScript, and in a full parallel run the machine is loaded.
const boundMilliseconds = 60_000;
const testTimeout = boundMilliseconds + 10_000;

let folder: string;
let port: number;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'inloop-start-failure-'));
  writeFileSync(join(folder, 'a-regular-file'), 'not a folder\n');
  port = await closedPort();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const scenarios = [
  {
    name: 'PostgreSQL at DATABASE_URL refuses connections',
    environment: () => ({ DATABASE_URL: `postgresql://inloop:secret@127.0.0.1:${port}/x` }),
    line: () => new RegExp(`^Inloop cannot start: DATABASE_URL: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port} \\(connect ECONNREFUSED`),
  },
  {
    name: 'Redis at REDIS_URL refuses connections (SQLite database)',
    environment: () => ({ DATABASE_URL: `file:${join(folder, 'redis-case', 'inloop.db')}`, REDIS_URL: `redis://inloop:secret@127.0.0.1:${port}` }),
    line: () => new RegExp(`^Inloop cannot start: REDIS_URL: cannot reach Redis at redis://inloop:\\*\\*\\*@127\\.0\\.0\\.1:${port} \\(connect ECONNREFUSED`),
  },
  {
    name: 'the SQLite folder cannot be created (a regular file is in the way)',
    environment: () => ({ DATABASE_URL: `file:${join(folder, 'a-regular-file', 'data', 'inloop.db')}` }),
    line: () => /^Inloop cannot start: DATABASE_URL: could not open SQLite database .*a-regular-file.*ENOTDIR/,
  },
];

const entryPoints = [
  { name: 'npm start (bots/main.ts)', script: 'bots/main.ts', args: [] as string[] },
  { name: 'npm run cases -- --json', script: 'bots/cli/cases.ts', args: ['--json'] },
];

describe.each(entryPoints)('$name stops with one line on stderr and exit 69 when', ({ script, args }) => {
  it.each(scenarios)('$name', async (scenario) => {
    const started = Date.now();
    // LOG_LEVEL=info: what a person gets by default (runScript would silence the logs).
    const result = await runScript(script, { args, environment: { LOG_LEVEL: 'info', EVENT_BUS: 'auto', ...scenario.environment() }, timeoutMs: boundMilliseconds });
    expect(Date.now() - started).toBeLessThan(boundMilliseconds);
    expect(result.code).toBe(69);
    expect(result.stdout).toBe('');
    const lines = humanLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(scenario.line());
    expect(result.stderr).not.toMatch(/^ {4}at /m);
    expect(result.stderr).not.toContain('secret');
  }, testTimeout);
});

describe('npm start with PORT taken by another program', () => {
  it('stops with one line naming PORT/HOST and exit 69', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as { port: number }).port;
    try {
      const result = await runScript('bots/main.ts', {
        environment: { LOG_LEVEL: 'info', DATABASE_URL: `file:${join(folder, 'port-case', 'inloop.db')}`, PORT: String(taken), HOST: '127.0.0.1' },
        timeoutMs: boundMilliseconds,
      });
      expect(result.code).toBe(69);
      const lines = humanLines(result.stderr);
      expect(lines).toEqual([`Inloop cannot start: PORT/HOST: cannot listen on 127.0.0.1:${taken} (another program already listens there, EADDRINUSE)`]);
      expect(result.stderr).not.toMatch(/^ {4}at /m);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  }, testTimeout);
});

describe('describeStartFailure', () => {
  it('masks the password of any URL in the line', () => {
    expect(maskUrlPasswords('at postgresql://inloop:s3cr%40t@db:5432/x and rediss://:pw@redis:6380')).toBe(
      'at postgresql://inloop:***@db:5432/x and rediss://:***@redis:6380',
    );
    expect(maskUrlPasswords('redis://redis:6379 and file:./data/inloop.db')).toBe('redis://redis:6379 and file:./data/inloop.db');
  });

  it('gives 69 for a store error or a connection failure, 78 for a wrong value, 70 with the class for the unexpected', () => {
    expect(describeStartFailure(new StoreError('migration 1 failed earlier'))).toEqual({ line: 'Inloop cannot start: DATABASE_URL: migration 1 failed earlier', exitCode: 69 });
    expect(describeStartFailure(new ConfigurationError('DATABASE_URL schema "a-b" must be letters, digits and _'))).toEqual({
      line: 'Configuration error: DATABASE_URL schema "a-b" must be letters, digits and _',
      exitCode: 78,
    });
    // Node's AggregateError when IPv4 and IPv6 both refuse: no message, the code is on it.
    const refused = Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:6379'), { code: 'ECONNREFUSED' })], ''), { code: 'ECONNREFUSED' });
    expect(describeStartFailure(new ConfigurationError('REDIS_URL: cannot reach Redis at redis://localhost:6379/ (ECONNREFUSED)', { cause: refused })).exitCode).toBe(69);
    const unexpected = describeStartFailure(new TypeError('cannot read properties of undefined\n(reading "x")'));
    expect(unexpected.exitCode).toBe(70);
    expect(unexpected.line).toMatch(/^Inloop cannot start: unexpected TypeError: cannot read properties of undefined \(reading "x"\)/);
  });
});
