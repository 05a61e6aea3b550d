import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { StoreError } from '../../core/errors.js';
import { quoteIdentifier } from './parse-database-url.js';
import { migrationFolders, planMigrations, readMigrations, type MigrationResult, type MigrationRow } from './read-migrations.js';

// The key Prisma's schema engine takes for `migrate deploy`: using the same one means our
// runner and the Prisma CLI also wait for each other, not only two of our processes.
const prismaMigrationLockKey = 72707369;

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies pending migrations to one PostgreSQL schema (created when missing). A session
 * advisory lock serialises concurrent starts; each migration runs in its own transaction, so a
 * failing one leaves neither half a schema nor a row behind.
 */
export async function applyPostgresqlMigrations(
  connectionString: string,
  schema: string,
  folder: string = migrationFolders.postgresql,
): Promise<MigrationResult> {
  const files = readMigrations(folder);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    // Where it tried, and why; Node's AggregateError (IPv4 and IPv6 both refused) has only a code.
    const { hostname, port } = new URL(connectionString);
    const { message, code } = error as { message?: string; code?: string };
    throw new StoreError(`cannot connect to PostgreSQL at ${hostname || 'localhost'}:${port || '5432'} (${message || code})`, { cause: error });
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [prismaMigrationLockKey]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
      await client.query(createMigrationsTable);
      const { rows } = await client.query<MigrationRow>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"');
      const { pending, changed, failed } = planMigrations(files, rows);
      if (failed.length > 0) throw new StoreError(`migration ${failed.join(', ')} failed earlier; resolve it before starting again`);
      for (const migration of pending) {
        await client.query('BEGIN');
        try {
          const id = randomUUID();
          await client.query(
            'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
            [id, migration.checksum, migration.name],
          );
          await client.query(migration.sql);
          await client.query('UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1', [id]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new StoreError(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
      }
      return { applied: pending.map((migration) => migration.name), changed };
    } finally {
      // Ending the session below releases the lock too; unlocking first keeps it short.
      await client.query('SELECT pg_advisory_unlock($1)', [prismaMigrationLockKey]).catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`could not migrate PostgreSQL schema ${schema}: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}
