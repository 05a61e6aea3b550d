import type BetterSqlite3 from 'better-sqlite3';
import type { Prisma, PrismaClient } from '../generated/sqlite/client.js';
import type { DatabaseLocation } from './parse-database-url.js';
import { sqliteBusyTimeoutMilliseconds } from './apply-sqlite-migrations.js';

/**
 * The store's view of a Prisma client. Both generated clients have the same model API, so the
 * SQLite client's type stands for either.
 */
export type StoreClient = PrismaClient;
export type StoreTransaction = Prisma.TransactionClient;

/** The part of a better-sqlite3 statement the Prisma adapter uses. */
interface AdapterStatement {
  readonly reader: boolean;
  run(...args: unknown[]): unknown;
  columns(): unknown[];
  raw(toggle?: boolean): { all(...args: unknown[]): unknown[] };
  all(...args: unknown[]): unknown[];
}
interface AdapterDatabase {
  prepare(sql: string): AdapterStatement;
}

/** Statements kept per connection; the turn uses about a dozen distinct ones, the whole app a few hundred. */
const preparedStatementLimit = 500;

/**
 * The better-sqlite3 adapter prepares every statement anew (`db.prepare(sql).bind(args)`), which
 * was the largest single entry in a turn's CPU profile. This keeps each connection's statements
 * by SQL text and hands the adapter a fresh view per call: `bind(args)` does not bind the shared
 * statement (better-sqlite3 binds once for good) but passes args to run/all, which is the same
 * as binding them. A statement runs to completion synchronously (run, raw().all()), so one cached
 * statement is never in use twice at a time. SQLite re-prepares a statement itself after a schema
 * change.
 */
export function reusePreparedStatements<Factory extends { connect(): Promise<unknown> }>(factory: Factory, onConnect: (database: unknown) => void = () => {}): Factory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as { client: AdapterDatabase & { exec(sql: string): unknown; close(): unknown } };
    const database = adapter.client;
    onConnect(database);
    const prepare = database.prepare.bind(database);
    const statements = new Map<string, AdapterStatement>();
    const view = (statement: AdapterStatement, args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
      all: () => statement.raw(false).all(args),
    });
    // The adapter gets a facade (it uses prepare, exec and close); the connection itself stays
    // untouched for the store's own raw statements.
    adapter.client = {
      prepare(sql: string) {
        let statement = statements.get(sql);
        if (!statement) {
          statement = prepare(sql);
          if (statements.size >= preparedStatementLimit) statements.delete(statements.keys().next().value!);
          statements.set(sql, statement);
        }
        const shared = statement;
        return { ...view(shared, []), bind: (args: unknown[]) => view(shared, args) } as unknown as AdapterStatement;
      },
      exec: (sql: string) => database.exec(sql),
      close: () => database.close(),
    };
    return adapter;
  };
  return factory;
}

export interface ConnectedClient {
  client: StoreClient;
  /** SQLite: the better-sqlite3 connection Prisma's adapter holds (the turn's raw SQL runs on it); null on PostgreSQL. */
  sqliteDatabase: BetterSqlite3.Database | null;
}

/**
 * Loads the generated client for the provider at run time, so a SQLite installation never
 * loads pg (and a PostgreSQL one never loads better-sqlite3).
 */
export async function createPrismaClient(location: DatabaseLocation): Promise<ConnectedClient> {
  if (location.provider === 'sqlite') {
    const [{ PrismaClient: SqliteClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('../generated/sqlite/client.js'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    let sqliteDatabase: BetterSqlite3.Database | null = null;
    const adapter = reusePreparedStatements(new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds }), (database) => {
      sqliteDatabase = database as BetterSqlite3.Database;
      // Deleted rows are overwritten with zeros, not just unlinked: after an erasure the words are
      // gone from the file (and, once checkpointed, from the WAL). Both paths, Prisma's and the
      // turn's raw SQL, run on this one connection.
      sqliteDatabase.pragma('secure_delete = ON');
    });
    const client = new SqliteClient({ adapter });
    // WAL (set by the migrations) with synchronous=NORMAL: a commit survives a crash of the process
    // (kill -9) without an fsync per transaction; only a power cut can lose the last commits.
    // The first query also connects, which hands over the connection.
    await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    if (!sqliteDatabase) throw new Error('the SQLite adapter did not connect');
    return { client, sqliteDatabase };
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
  return { client: new PostgresqlClient({ adapter }) as unknown as StoreClient, sqliteDatabase: null };
}
