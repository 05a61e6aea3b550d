import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import { silentLogger } from '../../core/ports/logger.js';
import type { Clock } from '../../core/ports/clock.js';

/** A clock the test moves by hand. */
export function createManualClock(start: Date): Clock & { set(at: Date): void; advance(milliseconds: number): void } {
  let now = start;
  return {
    now: () => new Date(now),
    set: (at) => (now = at),
    advance: (milliseconds) => (now = new Date(now.getTime() + milliseconds)),
  };
}

/** Monday 23 November 2026, 10:00 in Amsterdam: office hours. */
export const mondayMorning = new Date('2026-11-23T09:00:00Z');
/** Saturday 28 November 2026, 12:00 in Amsterdam: closed. */
export const saturdayNoon = new Date('2026-11-28T11:00:00Z');

export interface TestDatabase {
  directory: string;
  url: string;
  file: string;
  remove(): void;
}

/** A real SQLite file in a fresh temporary folder. */
export function createTestDatabase(): TestDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'inloop-test-'));
  const file = join(directory, 'inloop.db');
  return { directory, file, url: `file:${file}`, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export async function createTestRuntime(database: TestDatabase, clock: Clock, environment: Record<string, string> = {}): Promise<Runtime> {
  const configuration = loadConfiguration({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...environment });
  return createRuntime(configuration, { clock, logger: silentLogger });
}

/** A fresh SQLite runtime for every test of a file, on a clock the test moves by hand. */
export function useFreshRuntime(start: Date = mondayMorning) {
  const clock = createManualClock(start);
  let database: TestDatabase;
  let runtime: Runtime;
  beforeEach(async () => {
    clock.set(start);
    database = createTestDatabase();
    runtime = await createTestRuntime(database, clock);
  });
  afterEach(async () => {
    await runtime.close();
    database.remove();
  });
  return { clock, runtime: () => runtime, database: () => database };
}
