import type { Prisma, PrismaClient } from '../generated/sqlite/client.js';
import type { DatabaseLocation } from './parse-database-url.js';
import { sqliteBusyTimeoutMilliseconds } from './apply-sqlite-migrations.js';

/**
 * The store's view of a Prisma client. Both generated clients have the same model API, so the
 * SQLite client's type stands for either.
 */
export type StoreClient = PrismaClient;
export type StoreTransaction = Prisma.TransactionClient;

/**
 * Loads the generated client for the provider at run time, so a SQLite installation never
 * loads pg (and a PostgreSQL one never loads better-sqlite3).
 */
export async function createPrismaClient(location: DatabaseLocation): Promise<StoreClient> {
  if (location.provider === 'sqlite') {
    const [{ PrismaClient: SqliteClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('../generated/sqlite/client.js'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    const adapter = new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds });
    const client = new SqliteClient({ adapter });
    // WAL (set by the migrations) with synchronous=NORMAL: a commit survives a crash of the process
    // (kill -9) without an fsync per transaction; only a power cut can lose the last commits.
    await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    return client;
  }
  const [{ PrismaClient: PostgresqlClient }, { PrismaPg }] = await Promise.all([
    import('../generated/postgresql/client.js'),
    import('@prisma/adapter-pg'),
  ]);
  // The adapter's schema option qualifies Prisma's own queries; search_path covers raw SQL.
  const adapter = new PrismaPg(
    { connectionString: location.connectionString, options: `-c search_path=${location.schema}` },
    { schema: location.schema },
  );
  return new PostgresqlClient({ adapter }) as unknown as StoreClient;
}
