import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../../core/ports/logger.js';

export interface SqliteCheckpointer {
  /** Stops the worker after a last checkpoint. */
  close(): Promise<void>;
}

const checkpointIntervalMilliseconds = 100;
/** SQLite's own default: a checkpoint inside the commit that fills the WAL past this many pages. */
const defaultAutoCheckpointPages = 1000;

/**
 * SQLite checkpoints inside the commit that fills the WAL, with an fsync, on the event loop:
 * in a CPU profile that was the slowest 1 % of turns (3–4 ms instead of 0.3). This turns the
 * automatic checkpoint off on the server's connection and checkpoints from a worker thread
 * every 100 ms instead. If the worker cannot start or stops, the automatic checkpoint is turned
 * back on, so the WAL never grows without bound.
 */
export async function startSqliteCheckpointer(database: BetterSqlite3.Database, filePath: string, busyTimeoutMilliseconds: number, logger?: Logger): Promise<SqliteCheckpointer> {
  const restoreAutomatic = () => {
    if (database.open) database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`);
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), {
      workerData: { filePath, intervalMilliseconds: checkpointIntervalMilliseconds, busyTimeoutMilliseconds },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { type: string }) => (message.type === 'ready' ? resolve() : reject(new Error(message.type))));
      worker.once('error', reject);
    });
  } catch (error) {
    logger?.warn({ err: error }, 'SQLite checkpoints stay in the commit: the checkpoint worker did not start');
    return { close: async () => {} };
  }
  database.pragma('wal_autocheckpoint = 0');
  let closing = false;
  worker.on('message', (message: { type: string; message?: string }) => {
    if (message.type === 'error') logger?.warn({ reason: message.message }, 'SQLite checkpoint failed; the next one tries again');
  });
  worker.on('exit', () => {
    if (!closing) {
      logger?.warn({}, 'SQLite checkpoint worker stopped; checkpoints are back in the commit');
      restoreAutomatic();
    }
  });
  worker.unref();
  return {
    async close() {
      if (closing) return;
      closing = true;
      worker.ref(); // keep the process alive until the last checkpoint is done
      const closed = new Promise<void>((resolve) => worker.on('message', (message: { type: string }) => message.type === 'closed' && resolve()));
      worker.postMessage('close');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
      await worker.terminate();
      restoreAutomatic();
    },
  };
}
