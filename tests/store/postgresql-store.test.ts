import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../core/errors.js';
import { createPrismaStore } from '../../prisma/store/create-prisma-store.js';
import { defineStoreContract } from './store-contract.js';
import type { StoreHarness } from './store-harness.js';

const baseUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const required = process.env.REQUIRE_POSTGRES === '1';
const runId = randomBytes(4).toString('hex');
const schemas: string[] = [];

async function withClient<T>(schema: string | null, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    return await use(client);
  } finally {
    await client.end();
  }
}

const schemaOf = (url: string) => new URL(url).searchParams.get('schema')!;

async function reachable(): Promise<string | null> {
  try {
    await withClient(null, (client) => client.query('SELECT 1'));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

const unreachable = await reachable();

// Each store gets its own schema in the test database, dropped after the run.
const harness: StoreHarness = {
  async freshUrl() {
    const schema = `inloop_test_${runId}_${schemas.length + 1}`;
    schemas.push(schema);
    const url = new URL(baseUrl);
    url.searchParams.set('schema', schema);
    return url.toString();
  },
  async countRows(url, table, where) {
    return withClient(schemaOf(url), async (client) => {
      const sql = `SELECT COUNT(*)::int AS n FROM "${table}"` + (where ? ` WHERE "${where.column}" = $1` : '');
      const { rows } = await client.query<{ n: number }>(sql, where ? [where.value] : []);
      return rows[0]!.n;
    });
  },
  async migrationRows(url) {
    return withClient(schemaOf(url), async (client) => (await client.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name')).rows);
  },
  async cleanup() {
    await withClient(null, async (client) => {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    });
  },
};

if (unreachable === null) {
  defineStoreContract('PostgreSQL', harness, 'postgresql');
} else if (required) {
  describe('PostgreSQL store', () => {
    it('needs PostgreSQL (REQUIRE_POSTGRES=1)', () => {
      throw new Error(`PostgreSQL at ${baseUrl} cannot be reached: ${unreachable}`);
    });
  });
} else {
  console.warn(`Skipping the PostgreSQL store contract: ${baseUrl} cannot be reached (${unreachable}). Set REQUIRE_POSTGRES=1 to make this a failure.`);
  describe.skip('PostgreSQL store contract (PostgreSQL not reachable)', () => {
    it('skipped', () => {});
  });
}

describe('PostgreSQL store failures', () => {
  const nowhere = 'postgresql://postgres@127.0.0.1:1/test?schema=inloop_nowhere';

  it('reports an unreachable server as StoreError when migrating', async () => {
    const attempt = createPrismaStore(nowhere);
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toHaveProperty('cause');
  });

  it('answers a ping with a StoreError while the server is unreachable', async () => {
    const store = await createPrismaStore(nowhere, { migrate: false });
    try {
      const attempt = store.ping();
      await expect(attempt).rejects.toBeInstanceOf(StoreError);
      await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining('ping') });
    } finally {
      await store.close();
    }
  });

  it('reports an unreachable server as StoreError on the first query', async () => {
    const store = await createPrismaStore(nowhere, { migrate: false });
    try {
      const attempt = store.findConversation('any');
      await expect(attempt).rejects.toBeInstanceOf(StoreError);
      await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining('findConversation') });
    } finally {
      await store.close();
    }
  });
});
