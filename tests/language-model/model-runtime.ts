import { loadConfiguration } from '../../bots/runtime/configuration.js';
import { createRuntime, type Runtime } from '../../bots/runtime/create-runtime.js';
import type { Logger } from '../../core/ports/logger.js';
import { createManualClock, createTestDatabase, mondayMorning } from '../support/test-runtime.js';
import type { FakeOpenAiServer } from './fake-openai-server.js';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message?: string;
}

/** A runtime on a temporary SQLite file whose language model is the fake server; log lines are kept. */
export async function startModelRuntime(server: FakeOpenAiServer, environment: Record<string, string> = {}) {
  const database = createTestDatabase();
  const clock = createManualClock(mondayMorning);
  const logs: LogLine[] = [];
  const record = (level: LogLine['level']) => (details: object, message?: string) => logs.push({ level, details: details as Record<string, unknown>, message });
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const configuration = loadConfiguration({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: server.url,
    OPENAI_MODEL: 'test-model',
    LLM_TIMEOUT_MS: '1500',
    ...environment,
  });
  const runtime: Runtime = await createRuntime(configuration, { clock, logger });
  return {
    runtime,
    clock,
    logs,
    async close() {
      await runtime.close();
      database.remove();
    },
  };
}
