import type { Logger } from '../../core/ports/logger.js';
import type { CaseStore } from '../../core/ports/case-store.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { RetentionStore } from '../../core/ports/retention-store.js';
import type { WorkerStore } from '../../core/ports/worker-store.js';
import type { FollowUpStore } from '../../core/ports/follow-up-store.js';
import type { CannedReplyStore } from '../../core/ports/canned-reply-store.js';
import type { ReportStore } from '../../core/ports/report-store.js';
import type { CollectiveOfferStore } from '../../core/ports/collective-offer-store.js';
import type { StoreHealth } from '../../core/ports/store-health.js';
import { applyPostgresqlMigrations } from './apply-postgresql-migrations.js';
import { applySqliteMigrations } from './apply-sqlite-migrations.js';
import { createCaseOperations } from './case-operations.js';
import { createFollowUpOperations } from './follow-up-operations.js';
import { createCannedReplyOperations } from './canned-reply-operations.js';
import { createReportOperations } from './report-operations.js';
import { createCollectiveOfferOperations } from './collective-offer-operations.js';
import { createConversationOperations } from './conversation-operations.js';
import { createPrismaClient } from './create-prisma-client.js';
import { parseDatabaseUrl } from './parse-database-url.js';
import type { MigrationResult } from './read-migrations.js';
import { createPostgresqlTurnOperations } from './postgresql-turn-operations.js';
import { startSqliteCheckpointer } from './sqlite-checkpointer.js';
import { sqliteBusyTimeoutMilliseconds } from './apply-sqlite-migrations.js';
import { createSqliteTurnOperations } from './sqlite-turn-operations.js';
import { checkpointAfterErasure } from './sqlite-erasure-checkpoint.js';
import type { Erasure } from './erase-conversations.js';
import { createRetentionOperations } from './retention-operations.js';
import { guardStoreErrors, toStoreError } from './store-errors.js';
import { createWorkerOperations } from './worker-operations.js';
import { createCaseCountOperations, type OpenCaseCount } from './case-count-operations.js';

export interface PrismaStore extends StoreHealth, ConversationStore, CaseStore, RetentionStore, WorkerStore, FollowUpStore, CannedReplyStore, ReportStore, CollectiveOfferStore {
  readonly provider: 'sqlite' | 'postgresql';
  /** Open cases by status and urgency, for the metrics gauge. */
  countOpenCases(): Promise<OpenCaseCount[]>;
  /** Applies pending migrations; createPrismaStore already did unless told not to. */
  migrate(): Promise<MigrationResult>;
  /** Closes the database connections; the store cannot be used afterwards. */
  close(): Promise<void>;
}

export interface PrismaStoreOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Where the store's own warnings go (the SQLite checkpoint worker's); none by default. */
  logger?: Logger;
}

/**
 * The store for DATABASE_URL: `file:…` → SQLite (embedded default), `postgresql://…` →
 * PostgreSQL. Applies pending migrations first, so a fresh database is ready to use.
 */
export async function createPrismaStore(databaseUrl: string, options: PrismaStoreOptions = {}): Promise<PrismaStore> {
  const location = parseDatabaseUrl(databaseUrl);
  const migrate = async (): Promise<MigrationResult> =>
    location.provider === 'sqlite'
      ? applySqliteMigrations(location.filePath)
      : applyPostgresqlMigrations(location.connectionString, location.schema);
  if (options.migrate ?? true) await migrate();
  const { client: db, sqliteDatabase } = await createPrismaClient(location).catch((error: unknown) => {
    throw toStoreError(error, 'connect');
  });
  // PostgreSQL: the same calls on a pg pool of the store's own.
  const postgresqlTurns = location.provider === 'postgresql' ? createPostgresqlTurnOperations(location) : null;
  const checkpointer = sqliteDatabase && location.provider === 'sqlite'
    ? await startSqliteCheckpointer(sqliteDatabase, location.filePath, sqliteBusyTimeoutMilliseconds, options.logger)
    : null;
  // The conversation calls of every turn and chat connection skip Prisma's client (about two
  // thirds of a turn's CPU): raw SQL on the adapter's SQLite connection, or on a pg pool.
  const conversationCalls = sqliteDatabase ? createSqliteTurnOperations(sqliteDatabase) : postgresqlTurns!.operations;
  // SQLite: the erased words leave the WAL too (secure_delete zeroes them in the file). PostgreSQL:
  // dead rows stay until VACUUM (docs/operators/retention.md).
  const erasure: Erasure = {
    provider: location.provider,
    async afterErasure() {
      if (sqliteDatabase && !(await checkpointAfterErasure(sqliteDatabase))) {
        options.logger?.warn({}, 'SQLite: the WAL could not be truncated after an erasure; the next erasure tries again');
      }
    },
  };
  const operations = guardStoreErrors({
    ...createConversationOperations(db, erasure),
    ...conversationCalls,
    ...createCaseOperations(db),
    ...createCaseCountOperations(db),
    ...createRetentionOperations(db, erasure),
    ...createWorkerOperations(db),
    ...createFollowUpOperations(db),
    ...createCannedReplyOperations(db),
    ...createReportOperations(db),
    ...createCollectiveOfferOperations(db),
    // A trivial query through Prisma's connection: SQLite's file, or PostgreSQL's server.
    async ping() {
      await db.$queryRawUnsafe('SELECT 1');
    },
    migrate,
    close: async () => {
      await checkpointer?.close();
      await Promise.all([db.$disconnect(), postgresqlTurns?.close()]);
    },
  });
  return { ...operations, provider: location.provider };
}
