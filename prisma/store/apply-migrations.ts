import { applyPostgresqlMigrations } from './apply-postgresql-migrations.js';
import { applySqliteMigrations } from './apply-sqlite-migrations.js';
import { parseDatabaseUrl } from './parse-database-url.js';
import type { MigrationResult } from './read-migrations.js';

export type { MigrationResult } from './read-migrations.js';

/** Applies the committed migrations for the database DATABASE_URL names; safe to call on every start. */
export async function applyMigrations(databaseUrl: string): Promise<MigrationResult> {
  const location = parseDatabaseUrl(databaseUrl);
  return location.provider === 'sqlite'
    ? applySqliteMigrations(location.filePath)
    : applyPostgresqlMigrations(location.connectionString, location.schema);
}
