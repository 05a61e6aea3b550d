import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describeWithoutService } from '../support/missing-service.js';

export const postgresqlBaseUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function query(sql: string, parameters: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresqlBaseUrl });
  await client.connect();
  try {
    return await client.query(sql, parameters);
  } finally {
    await client.end();
  }
}

/** null when PostgreSQL answers, otherwise why not. */
export async function postgresqlUnreachable(): Promise<string | null> {
  try {
    await query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A fresh schema in the test database: its DATABASE_URL, a query helper and a drop. */
export function freshSchema(prefix: string) {
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  const url = new URL(postgresqlBaseUrl);
  url.searchParams.set('schema', schema);
  return {
    schema,
    databaseUrl: url.toString(),
    query: (sql: string, parameters: unknown[] = []) => query(sql.replaceAll('$schema', `"${schema}"`), parameters),
    drop: () => query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
  };
}

/** When PostgreSQL is away: a failing test with REQUIRE_POSTGRES=1, otherwise a skip with a message. */
export function describeWithoutPostgresql(name: string, unreachable: string): void {
  describeWithoutService(name, { name: 'PostgreSQL', url: postgresqlBaseUrl, variable: 'REQUIRE_POSTGRES', unreachable });
}
