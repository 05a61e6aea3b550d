import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../core/errors.js';
import { createPrismaStore } from '../../prisma/store/create-prisma-store.js';
import { defineStoreContract } from './store-contract.js';
import type { StoreHarness } from './store-harness.js';

const folder = mkdtempSync(join(tmpdir(), 'inloop-sqlite-store-'));
let databases = 0;

function readOnly<T>(url: string, read: (db: Database.Database) => T): T {
  const db = new Database(url.slice('file:'.length), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const harness: StoreHarness = {
  async freshUrl() {
    databases += 1;
    return `file:${join(folder, `store-${databases}`, 'inloop.db')}`;
  },
  async countRows(url, table, where) {
    return readOnly(url, (db) => {
      const sql = `SELECT COUNT(*) AS n FROM "${table}"` + (where ? ` WHERE "${where.column}" = ?` : '');
      const row = (where ? db.prepare(sql).get(where.value) : db.prepare(sql).get()) as { n: number };
      return Number(row.n);
    });
  },
  async migrationRows(url) {
    return readOnly(url, (db) => db.prepare('SELECT * FROM "_prisma_migrations" ORDER BY migration_name').all() as never);
  },
  async cleanup() {
    rmSync(folder, { recursive: true, force: true });
  },
};

defineStoreContract('SQLite', harness, 'sqlite');

describe('SQLite store set-up', () => {
  it('creates the folder of a relative file: URL and turns on WAL', async () => {
    const cwd = process.cwd();
    const base = mkdtempSync(join(tmpdir(), 'inloop-sqlite-relative-'));
    process.chdir(base);
    try {
      const store = await createPrismaStore('file:./data/inloop.db');
      await store.close();
      const mode = readOnly(`file:${join(base, 'data', 'inloop.db')}`, (db) => db.pragma('journal_mode', { simple: true }));
      expect(mode).toBe('wal');
    } finally {
      process.chdir(cwd);
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('reports a database it cannot open as StoreError', async () => {
    // The "folder" is a file, so neither the folder nor the database can be created.
    const base = mkdtempSync(join(tmpdir(), 'inloop-sqlite-blocked-'));
    const blocker = join(base, 'not-a-folder');
    writeFileSync(blocker, '');
    try {
      await expect(createPrismaStore(`file:${join(blocker, 'inloop.db')}`)).rejects.toBeInstanceOf(StoreError);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
