import type { StoreTransaction } from './create-prisma-client.js';

export type StoreProvider = 'sqlite' | 'postgresql';

export interface StatisticRow {
  id: string;
  caseId: string;
  topics: string[];
  domain: string | null;
  urgency: string;
  crisis: string | null;
  channel: string;
  outcome: string | null;
  partner: string | null;
  improvedDomains: string[];
  neighbourhood: string | null;
  language: string | null;
  openedAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
  recordedAt: Date;
  firstAnsweredAt: Date | null;
  satisfaction: string | null;
  satisfactionScore: number | null;
}

const columns = [
  'id', 'caseId', 'topics', 'domain', 'urgency', 'crisis', 'channel', 'outcome', 'partner', 'improvedDomains', 'neighbourhood', 'language',
  'openedAt', 'claimedAt', 'closedAt', 'recordedAt', 'satisfaction', 'satisfactionScore', 'firstAnsweredAt',
] as const;
const columnList = columns.map((column) => `"${column}"`).join(', ');
/** A Date as Prisma's SQLite adapter writes it (iso8601 with +00:00), so text comparisons agree. */
const sqliteTime = (date: Date | null) => (date ? date.toISOString().replace('Z', '+00:00') : null);

/**
 * Counts each purged case once: case_statistics.caseId is unique, and a second purge that erases
 * the same case at the same moment (another instance, an overlapping run) inserts nothing instead
 * of failing. Prisma's createMany has skipDuplicates on PostgreSQL only, so this is the one raw
 * statement, with its dialect difference kept here: SQLite takes the values as text, PostgreSQL
 * takes the rows as one JSON parameter in the table's own column types (as the turn path does).
 */
export async function insertStatistics(tx: StoreTransaction, provider: StoreProvider, rows: StatisticRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  if (provider === 'postgresql') {
    const json = JSON.stringify(rows);
    return tx.$executeRawUnsafe(
      `INSERT INTO case_statistics (${columnList}) SELECT ${columnList} FROM json_populate_recordset(NULL::case_statistics, $1::json) ON CONFLICT ("caseId") DO NOTHING`,
      json,
    );
  }
  const placeholders = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const values = rows.flatMap((row) => [
    row.id, row.caseId, JSON.stringify(row.topics), row.domain, row.urgency, row.crisis, row.channel, row.outcome,
    row.partner, JSON.stringify(row.improvedDomains), row.neighbourhood, row.language,
    sqliteTime(row.openedAt), sqliteTime(row.claimedAt), sqliteTime(row.closedAt), sqliteTime(row.recordedAt),
    row.satisfaction, row.satisfactionScore, sqliteTime(row.firstAnsweredAt),
  ]);
  return tx.$executeRawUnsafe(`INSERT INTO case_statistics (${columnList}) VALUES ${placeholders} ON CONFLICT ("caseId") DO NOTHING`, ...values);
}
