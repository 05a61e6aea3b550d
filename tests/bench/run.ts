import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../scale/server-process.js';
import { ResidentSession, type TurnOutcome } from './resident-session.js';

/**
 * npm run bench -- --sessions N --seconds S [--rate R [--ramp SECONDS]] [--database postgresql://…] [--json]
 * npm run bench -- --idle N [--json]
 * The server runs as its own process (npm start on a free port); this process is the load.
 */
const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string' },
    ramp: { type: 'string' },
    idle: { type: 'string' },
    database: { type: 'string' },
    json: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const sessionCount = Number(values.sessions);
const seconds = Number(values.seconds);
const rate = values.rate ? Number(values.rate) : null;
const idleCount = values.idle ? Number(values.idle) : null;
/** Resident messages of one scripted intake (the opening, the answers, the confirmation, the hand-off). */
const turnsPerIntake = 7;
const log = (line: string) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

interface Database_ {
  url: string;
  label: string;
  countResidentMessages(conversationIds: string[]): Promise<Map<string, number>>;
  cleanup(): Promise<void>;
}

function sqliteDatabase(): Database_ {
  const directory = mkdtempSync(join(tmpdir(), 'inloop-bench-'));
  const file = join(directory, 'bench.db');
  return {
    url: `file:${file}`,
    label: 'sqlite',
    async countResidentMessages(ids) {
      const db = new Database(file, { readonly: true });
      try {
        const rows = db.prepare(`SELECT conversationId AS id, COUNT(*) AS n FROM messages WHERE author = 'resident' GROUP BY conversationId`).all() as Array<{ id: string; n: number }>;
        const wanted = new Set(ids);
        return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, Number(row.n)]));
      } finally {
        db.close();
      }
    },
    async cleanup() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function postgresqlDatabase(baseUrl: string): Database_ {
  const url = new URL(baseUrl);
  const ownSchema = !url.searchParams.has('schema');
  if (ownSchema) url.searchParams.set('schema', `inloop_bench_${randomBytes(4).toString('hex')}`);
  const schema = url.searchParams.get('schema')!;
  const plain = new URL(url);
  plain.searchParams.delete('schema');
  const query = async <T extends pg.QueryResultRow>(sql: string, parameters: unknown[] = []) => {
    const client = new pg.Client({ connectionString: plain.toString() });
    await client.connect();
    try {
      return (await client.query<T>(sql, parameters)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    url: url.toString(),
    label: 'postgresql',
    async countResidentMessages(ids) {
      const rows = await query<{ id: string; n: number }>(
        `SELECT "conversationId" AS id, COUNT(*)::int AS n FROM "${schema}"."messages" WHERE author = 'resident' AND "conversationId" = ANY($1) GROUP BY 1`, [ids],
      );
      return new Map(rows.map((row) => [row.id, row.n]));
    },
    async cleanup() {
      if (ownSchema) await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const round = (value: number) => Math.round(value * 10) / 10;

async function inBatches<T>(count: number, batch: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, offset) => make(start + offset)))));
  }
  return results;
}

const database = values.database ? postgresqlDatabase(values.database) : sqliteDatabase();
const limitsForOneAddress = {
  // Every session of the bench comes from 127.0.0.1: the per-address limits are raised for it.
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000000',
  RATE_LIMIT_SESSIONS_PER_ADDRESS_PER_MINUTE: '100000000',
  RATE_LIMIT_PER_CONVERSATION_PER_MINUTE: '100000',
  MAXIMUM_SOCKETS_PER_ADDRESS: '100000',
  MAXIMUM_SOCKETS: '100000',
};
let server: ServerProcess | null = null;
let peakRss = 0;
const rssTimer = setInterval(() => {
  if (server) peakRss = Math.max(peakRss, server.rssMb());
}, 250);

try {
  server = await startServerProcess({
    databaseUrl: database.url,
    environment: limitsForOneAddress,
    nodeOptions: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
  });
  log(`server ${server.baseUrl} (pid ${server.pid}) on ${database.label}`);

  if (idleCount !== null) {
    const sessions = await inBatches(idleCount, 200, async (index) => {
      const session = new ResidentSession(server!.baseUrl, index);
      await session.connect();
      return session;
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssMb = server.rssMb();
    peakRss = Math.max(peakRss, rssMb);
    const result = { mode: 'idle', database: database.label, idleSessions: sessions.length, rssMb, peakRssMb: peakRss };
    for (const session of sessions) session.close();
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  } else {
    const sessions = await inBatches(sessionCount, 100, async (index) => {
      const session = new ResidentSession(server!.baseUrl, index);
      await session.connect();
      return session;
    });
    log(`${sessions.length} sessions connected; running ${seconds} s${rate ? ` at ${rate} messages/s` : ' closed-loop'}`);
    const latencies: number[] = [];
    const outcomes: Record<TurnOutcome['kind'], number> = { reply: 0, silent: 0, busy: 0, error: 0, timeout: 0, closed: 0 };
    let connectErrors = 0;
    // With --rate, each session sends once per sessions/rate seconds; otherwise as fast as answered.
    const interval = rate ? (sessionCount / rate) * 1000 : 0;
    // Paced: residents start their intakes spread over one intake's length (--ramp, in seconds), as
    // real residents do, and only messages sent after it are measured. With --ramp 0 every session
    // starts within the first interval, so all of them reach the same step of the intake (new
    // conversation, hand-off) in the same second.
    const rampMilliseconds = rate ? (values.ramp !== undefined ? Number(values.ramp) * 1000 : turnsPerIntake * interval) : 0;
    const started = performance.now();
    const measureFrom = started + rampMilliseconds;
    const ends = measureFrom + seconds * 1000;
    await Promise.all(sessions.map(async (session) => {
      let next = performance.now() + Math.random() * Math.max(interval, rampMilliseconds);
      while (performance.now() < ends) {
        if (interval) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, ends - performance.now() + 1)));
          if (performance.now() >= ends) break;
          next = Math.max(next + interval, performance.now());
        }
        const measured = performance.now() >= measureFrom;
        const outcome = await session.turn();
        if (measured) {
          outcomes[outcome.kind] += 1;
          if (outcome.kind === 'reply' || outcome.kind === 'silent') latencies.push(outcome.latencyMs);
        }
        if (session.needsNewConversation || outcome.kind === 'closed') {
          session.close();
          await session.connect().catch(() => {
            connectErrors += 1;
          });
        }
      }
    }));
    const elapsed = (performance.now() - measureFrom) / 1000;
    for (const session of sessions) session.close();
    const rssMb = server.rssMb();
    // Stop the server gracefully (it would be killed in production too: the crash test does that), then count what is stored.
    await server.stop();
    const acked = new Map<string, number>();
    for (const session of sessions) for (const [id, count] of session.ackedByConversation) acked.set(id, (acked.get(id) ?? 0) + count);
    const stored = await database.countResidentMessages([...acked.keys()]);
    let lostMessages = 0;
    for (const [id, count] of acked) lostMessages += Math.max(0, count - (stored.get(id) ?? 0));
    const sorted = latencies.sort((a, b) => a - b);
    const answered = outcomes.reply + outcomes.silent;
    const result = {
      mode: rate ? 'paced' : 'closed-loop',
      database: database.label,
      sessions: sessionCount,
      seconds: round(elapsed),
      targetRate: rate,
      rampSeconds: round(rampMilliseconds / 1000),
      messages: answered,
      messagesPerSecond: round(answered / elapsed),
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted.at(-1) ?? 0),
      errors: outcomes.error + outcomes.timeout + outcomes.closed + connectErrors,
      errorKinds: { errorFrames: outcomes.error, timeouts: outcomes.timeout, dropped: outcomes.closed, connectErrors },
      busy: outcomes.busy,
      acked: [...acked.values()].reduce((sum, count) => sum + count, 0),
      lostMessages,
      rssMb,
      peakRssMb: peakRss,
    };
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  }
} finally {
  clearInterval(rssTimer);
  await server?.stop();
  await database.cleanup();
}
