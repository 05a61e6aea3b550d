import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { runScript } from '../support/run-command.js';

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(() => database.remove());

describe('the terminal channel', () => {
  it('takes a piped intake and the case shows up in `cases --json`', async () => {
    const environment = { DATABASE_URL: database.url };
    const input = [
      'Ik heb schulden en de deurwaarder komt volgende week',
      'Vijf schulden, bij de energie en de zorgverzekering',
      'Ik heb gebeld met de deurwaarder, mijn broer helpt soms',
      'Een betalingsregeling',
      'ja',
      'hier in de chat',
      'ja',
    ].join('\n');
    const chat = await runScript('bots/cli/chat.ts', { args: ['--json', '--session', 'pipe-test'], input, environment });
    expect(chat.code).toBe(0);
    const replies = chat.stdout.trim().split('\n').map((line) => JSON.parse(line) as { text: string; quickReplies: unknown[] });
    expect(replies[0].text).toMatch(/digitale assistent/);
    expect(replies.at(-1)!.text).toMatch(/doorgegeven/);

    const listed = await runScript('bots/cli/cases.ts', { args: ['--json'], environment });
    expect(listed.code).toBe(0);
    const cases = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ channel: 'cli', status: 'waiting', urgency: 'urgent', crisis: null, domain: 'self-reliance' });
    expect(cases[0].topics).toContain('money');
    expect(typeof cases[0].id).toBe('string');
    expect(typeof cases[0].summary).toBe('string');
    expect(Number.isNaN(Date.parse(cases[0].createdAt as string))).toBe(false);
  });

  it('stops with one clear line naming a wrong variable', async () => {
    const result = await runScript('bots/cli/cases.ts', { args: ['--json'], environment: { DATABASE_URL: database.url, RETENTION_DAYS: 'soon' } });
    expect(result.code).toBe(78);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: RETENTION_DAYS/);
  });

  it('names a broken DATABASE_URL', async () => {
    const result = await runScript('bots/cli/cases.ts', { environment: { DATABASE_URL: 'mysql://nope' } });
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });
});
