import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MigrationFile {
  /** The folder name, e.g. 20261123194343_init: Prisma's migration_name. */
  name: string;
  sql: string;
  /** sha256 of the file's bytes, hex: what Prisma stores as checksum. */
  checksum: string;
}

const prismaFolder = dirname(dirname(fileURLToPath(import.meta.url)));

export const migrationFolders = {
  sqlite: join(prismaFolder, 'migrations'),
  postgresql: join(prismaFolder, 'postgresql', 'migrations'),
} as const;

/** Migrations in Prisma's layout (<folder>/<timestamp_name>/migration.sql), oldest first. */
export function readMigrations(folder: string): MigrationFile[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(folder, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

export interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export interface MigrationResult {
  /** Migrations applied by this call, oldest first. */
  applied: string[];
  /** Applied earlier, but the file changed since: reported, not fatal, as `prisma migrate deploy` does. */
  changed: string[];
}

/** Splits the files into those to apply, given the rows already in _prisma_migrations. */
export function planMigrations(files: MigrationFile[], rows: MigrationRow[]): { pending: MigrationFile[]; changed: string[]; failed: string[] } {
  const live = rows.filter((row) => row.rolled_back_at === null || row.rolled_back_at === undefined);
  // A row that started but never finished is a failed migration (Prisma's P3009): someone must
  // resolve it by hand before anything else is applied.
  const failed = live.filter((row) => row.finished_at === null || row.finished_at === undefined).map((row) => row.migration_name);
  const finished = new Map(live.filter((row) => row.finished_at !== null && row.finished_at !== undefined).map((row) => [row.migration_name, row.checksum]));
  return {
    pending: files.filter((file) => !finished.has(file.name)),
    changed: files.filter((file) => finished.has(file.name) && finished.get(file.name) !== file.checksum).map((file) => file.name),
    failed,
  };
}
