import type { PrismaStore } from '../../prisma/store/create-prisma-store.js';

export interface MigrationRowSnapshot {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number;
}

/** What the contract needs from one database flavour; each test file provides one. */
export interface StoreHarness {
  /** A DATABASE_URL for a new, empty database (not migrated yet). */
  freshUrl(): Promise<string>;
  /** Raw count, outside Prisma: `SELECT COUNT(*) FROM table [WHERE column = value]`. */
  countRows(url: string, table: string, where?: { column: string; value: string }): Promise<number>;
  migrationRows(url: string): Promise<MigrationRowSnapshot[]>;
  /** Drops whatever freshUrl created. */
  cleanup(): Promise<void>;
}

export type StoreUnderTest = PrismaStore & { url: string };
