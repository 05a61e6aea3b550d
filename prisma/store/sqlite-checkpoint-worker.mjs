// Runs in a worker thread (see sqlite-checkpointer.ts): copies the WAL back into the database
// file on its own connection, so the fsync of a checkpoint never blocks the server's event loop.
// Plain JavaScript, so it loads in a worker without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { filePath, intervalMilliseconds, busyTimeoutMilliseconds } = workerData;
const database = new Database(filePath, { timeout: busyTimeoutMilliseconds });
database.pragma('synchronous = NORMAL');
// Like every Inloop connection: what is deleted is overwritten (see create-prisma-client.ts).
database.pragma('secure_delete = ON');

const { restartAfterFrames, journalSizeLimitBytes } = workerData;
database.pragma(`journal_size_limit = ${journalSizeLimitBytes}`);

function checkpoint(mode) {
  try {
    return database.pragma(`wal_checkpoint(${mode})`)[0];
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

// PASSIVE never waits for the writer, but the writer only starts the WAL over when it finds it
// fully copied, which under steady writes never happens: the WAL would grow for ever. So once
// it is long, a RESTART copies the few frames PASSIVE left (writers wait that long) and makes
// the next writer start the WAL from the beginning.
function tick() {
  const result = checkpoint('PASSIVE');
  if (result && result.log > restartAfterFrames) checkpoint('RESTART');
}
const timer = setInterval(tick, intervalMilliseconds);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint('PASSIVE');
  database.close();
  parentPort.postMessage({ type: 'closed' });
});
parentPort.postMessage({ type: 'ready' });
