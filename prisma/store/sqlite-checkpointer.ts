import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../../core/ports/logger.js';

export interface SqliteCheckpointer {
  /** Stops the worker after a last checkpoint. */
  close(): Promise<void>;
}

const checkpointIntervalMilliseconds = 100;
/** A WAL longer than this (about 16 MB of 4 KiB pages) is started over by a RESTART checkpoint. */
const restartAfterFrames = 4000;
/**
 * The server's connection keeps an automatic checkpoint at twice that, as a backstop: should
 * writes outrun the worker, a commit checkpoints by itself (and stalls the event loop for it)
 * rather than let the WAL grow.
 */
const backstopAutoCheckpointPages = 2 * restartAfterFrames;
/** What the WAL file is cut back to after it is started over. */
const journalSizeLimitBytes = 32 * 1024 * 1024;
/** SQLite's own default: a checkpoint inside the commit that fills the WAL past this many pages. */
const defaultAutoCheckpointPages = 1000;

/**
 * SQLite checkpoints inside the commit that fills the WAL, with an fsync, on the event loop:
 * in a CPU profile that was the slowest 1 % of turns (3–4 ms instead of 0.3). This moves the
 * server connection's automatic checkpoint from 1,000 pages to a backstop far above, and
 * checkpoints from a worker thread every 100 ms instead, starting the WAL over once it passes
 * about 16 MB. If the worker cannot start or stops, the default automatic checkpoint returns.
 */
export async function startSqliteCheckpointer(database: BetterSqlite3.Database, filePath: string, busyTimeoutMilliseconds: number, logger?: Logger): Promise<SqliteCheckpointer> {
  const restoreAutomatic = () => {
    if (database.open) database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`);
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), {
      workerData: { filePath, intervalMilliseconds: checkpointIntervalMilliseconds, busyTimeoutMilliseconds, restartAfterFrames, journalSizeLimitBytes },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { type: string }) => (message.type === 'ready' ? resolve() : reject(new Error(message.type))));
      worker.once('error', reject);
    });
  } catch (error) {
    logger?.warn({ err: error }, 'SQLite checkpoints stay in the commit: the checkpoint worker did not start');
    return { close: async () => {} };
  }
  database.pragma(`wal_autocheckpoint = ${backstopAutoCheckpointPages}`);
  database.pragma(`journal_size_limit = ${journalSizeLimitBytes}`);
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
