import { createRuntime } from './runtime/create-runtime.js';
import { loadConfigurationOrExit } from './runtime/start-or-exit.js';
import { startRetentionJob } from './runtime/retention-job.js';

/** `npm start`: the whole product on its embedded defaults, plus the channels whose variables are set. */
const configuration = loadConfigurationOrExit();
const runtime = await createRuntime(configuration);
const stopRetention = startRetentionJob(runtime.store, configuration.RETENTION_DAYS, runtime.clock, runtime.logger);
const stoppers: Array<() => Promise<void> | void> = [stopRetention];

process.stdout.write(
  [
    'Inloop is running.',
    `  Database:      ${configuration.DATABASE_URL.startsWith('file:') ? configuration.DATABASE_URL : 'PostgreSQL'}`,
    '  Terminal chat: npm run chat',
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  runtime.logger.info({ signal }, 'shutting down');
  for (const stop of stoppers.reverse()) await stop();
  await runtime.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
