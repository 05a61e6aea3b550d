// Runs in a worker thread (see sqlite-checkpointer.ts): copies the WAL back into the database
// file on its own connection, so the fsync of a checkpoint never blocks the server's event loop.
// Plain JavaScript, so it loads in a worker without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { filePath, intervalMilliseconds, busyTimeoutMilliseconds } = workerData;
const database = new Database(filePath, { timeout: busyTimeoutMilliseconds });
database.pragma('synchronous = NORMAL');

function checkpoint(mode) {
  try {
    database.pragma(`wal_checkpoint(${mode})`);
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// PASSIVE never waits for the writer; the writer starts the WAL over once it is fully copied.
const timer = setInterval(() => checkpoint('PASSIVE'), intervalMilliseconds);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint('PASSIVE');
  database.close();
  parentPort.postMessage({ type: 'closed' });
});
parentPort.postMessage({ type: 'ready' });
