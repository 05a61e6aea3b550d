import type BetterSqlite3 from 'better-sqlite3';

const attempts = 40;
const pauseMilliseconds = 50;

/**
 * After an erasure: copies the WAL into the database file and truncates it to zero bytes. With
 * secure_delete the erasing commit wrote zeroed pages, but the WAL still holds the older frames
 * with the words until it is started over; the checkpoint worker's PASSIVE checkpoints never
 * shorten it. Retries while another connection's checkpoint holds it (busy); returns whether the
 * WAL is empty now.
 */
export async function checkpointAfterErasure(database: BetterSqlite3.Database): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (!database.open) return false;
    // Number(): the adapter's connection may read integers as BigInt.
    const [result] = database.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number | bigint }>;
    if (result && Number(result.busy) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, pauseMilliseconds));
  }
  return false;
}
