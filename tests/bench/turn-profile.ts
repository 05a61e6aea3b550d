import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createTestDatabase, createTestRuntime, mondayMorning } from '../support/test-runtime.js';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { Reply } from '../../core/ports/message.js';
import { answers, handOffPattern, openings } from './resident-session.js';

/**
 * In-process cost of one resident turn, without sockets or a bench client:
 *   npx tsx tests/bench/turn-profile.ts [--turns 3000] [--database postgresql://…] [--json]
 * Runs scripted intakes (the bench's openings and answers, pressing offered quick replies) one
 * turn at a time through assistant.handle, and reports wall time per turn (p50/p99/mean), SQL
 * statements per turn (better-sqlite3 run/all/get / pg query calls, BEGIN and COMMIT included) and
 * the offline classifier's own time on the same texts.
 */
const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '3000' },
    database: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const turns = Number(values.turns);

let statements = 0;
const statementTexts = new Map<string, number>();
function count(sql: string) {
  statements += 1;
  const key = sql.replace(/\s+/g, ' ').slice(0, 90);
  statementTexts.set(key, (statementTexts.get(key) ?? 0) + 1);
}
// Counted where statements run (run / all / get), so statements the store reuses count every time.
const probe = new Database(':memory:');
const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { run(...a: unknown[]): unknown; all(...a: unknown[]): unknown; get(...a: unknown[]): unknown; source: string };
probe.close();
for (const method of ['run', 'all', 'get'] as const) {
  const original = statementPrototype[method];
  statementPrototype[method] = function (this: { source: string }, ...args: unknown[]) {
    count(this.source);
    return original.apply(this, args);
  };
}
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string };
  count(typeof first === 'string' ? first : first?.text ?? '?');
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;


const database = createTestDatabase();
let url = database.url;
let schema: string | null = null;
if (values.database) {
  const parsed = new URL(values.database);
  schema = `inloop_profile_${randomBytes(4).toString('hex')}`;
  parsed.searchParams.set('schema', schema);
  url = parsed.toString();
}
const runtime = await createTestRuntime({ ...database, url }, { now: () => new Date(mondayMorning) });
const { assistant, classifier } = runtime;

const texts: string[] = [];
const durations: number[] = [];
const statementsPerTurn: number[] = [];
let conversationIndex = 0;
let ref: ConversationRef = { channel: 'web', chatId: `profile-${randomBytes(4).toString('hex')}-0` };
let step = 0;
let quickReplies: NonNullable<Reply['quickReplies']> = [];
statementTexts.clear();
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
for (let turn = 0; turn < turns; turn += 1) {
  const quick = quickReplies.find((reply) => !/mens|stop|opnieuw|nee/i.test(reply.id)) ?? null;
  const text = step === 0 ? openings[conversationIndex % openings.length]! : quick ? quick.label : answers[(step - 1) % answers.length]!;
  step += 1;
  texts.push(text);
  const before = statements;
  const started = performance.now();
  const replies = await assistant.handle({ ref, text, kind: 'text', quickReplyId: quick?.id, receivedAt: new Date(mondayMorning) });
  durations.push(performance.now() - started);
  statementsPerTurn.push(statements - before);
  quickReplies = replies.at(-1)?.quickReplies ?? [];
  const handedOff = replies.some((reply) => handOffPattern.test(reply.text));
  if (handedOff || step > 14) {
    conversationIndex += 1;
    ref = { channel: 'web', chatId: `${ref.chatId.replace(/-\d+$/, '')}-${conversationIndex}` };
    step = 0;
    quickReplies = [];
  }
}
const wallMs = performance.now() - wallStart;
const cpu = process.cpuUsage(cpuStart);

const classifyStart = performance.now();
for (const text of texts) classifier.classify(text);
const classifyMs = (performance.now() - classifyStart) / texts.length;

await runtime.close();
database.remove();
if (schema && values.database) {
  const client = new pg.Client({ connectionString: values.database });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

const sorted = [...durations].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const result = {
  database: values.database ? 'postgresql' : 'sqlite',
  turns,
  conversations: conversationIndex + 1,
  turnsPerSecond: round(turns / (wallMs / 1000), 1),
  meanMs: round(wallMs / turns),
  cpuMsPerTurn: round((cpu.user + cpu.system) / 1000 / turns),
  p50Ms: round(percentile(50)),
  p99Ms: round(percentile(99)),
  statementsPerTurn: round(statementsPerTurn.reduce((sum, n) => sum + n, 0) / turns),
  classifyMsPerMessage: round(classifyMs, 3),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nstatements by text (all turns):\n`);
  for (const [sql, n] of [...statementTexts].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(7)}  ${sql}\n`);
}
