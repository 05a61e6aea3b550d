import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../core/errors.js';
import { migrationFolders, planMigrations, readMigrations, type MigrationResult, type MigrationRow } from './read-migrations.js';

// The table exactly as Prisma's schema engine creates it on SQLite, so `prisma migrate deploy`
// reads our rows (timestamps are unix milliseconds there, as Prisma writes them).
const createMigrationsTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export const sqliteBusyTimeoutMilliseconds = 10_000;

/**
 * Applies pending migrations to a SQLite file, creating folder and file when missing.
 * BEGIN IMMEDIATE takes the write lock before reading what is applied, so a second process
 * starting at the same moment waits (busy timeout) and then finds nothing left to do.
 */
export function applySqliteMigrations(filePath: string, folder: string = migrationFolders.sqlite): MigrationResult {
  const files = readMigrations(folder);
  let db: Database.Database;
  try {
    mkdirSync(dirname(filePath), { recursive: true });
    db = new Database(filePath, { timeout: sqliteBusyTimeoutMilliseconds });
  } catch (error) {
    throw new StoreError(`could not open SQLite database ${filePath}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // WAL lets readers go on while a writer writes; it is stored in the file, so it holds for
    // every later connection, the Prisma adapter's included.
    db.pragma('journal_mode = WAL');
    // A table redefinition copies and drops rows; overwritten, like every delete (create-prisma-client.ts).
    db.pragma('secure_delete = ON');
    // Table redefinitions (Prisma's way to alter a SQLite table) drop and recreate tables; with
    // foreign keys on, dropping a parent would cascade. PRAGMA foreign_keys is ignored inside a
    // transaction, so it is switched off here and the keys are checked before COMMIT instead.
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(createMigrationsTable);
      const rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as MigrationRow[];
      const { pending, changed, failed } = planMigrations(files, rows);
      if (failed.length > 0) throw new StoreError(`migration ${failed.join(', ')} failed earlier; resolve it before starting again`);
      for (const migration of pending) {
        const id = randomUUID();
        const startedAt = Date.now();
        db.prepare('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)').run(
          id,
          migration.checksum,
          migration.name,
          startedAt,
        );
        try {
          db.exec(migration.sql);
        } catch (error) {
          throw new StoreError(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        db.prepare('UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?').run(Date.now(), id);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new StoreError(`migrations left ${violations.length} foreign key violations`);
      db.exec('COMMIT');
      return { applied: pending.map((migration) => migration.name), changed };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`could not migrate SQLite database ${filePath}: ${(error as Error).message}`, { cause: error });
  } finally {
    db.close();
  }
}
