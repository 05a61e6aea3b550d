import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../core/errors.js';
import { createPrismaStore, type PrismaStore } from '../../prisma/store/create-prisma-store.js';
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

/** A store on a fresh SQLite file in a folder of its own, closed and removed afterwards. */
async function withStoreFile(prefix: string, use: (store: PrismaStore, file: string, folder: string) => Promise<void>): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const file = join(base, 'inloop.db');
  const store = await createPrismaStore(`file:${file}`);
  try {
    await use(store, file, base);
  } finally {
    await store.close();
    rmSync(base, { recursive: true, force: true });
  }
}

const residentMessage = (text: string) => ({ direction: 'inbound' as const, author: 'resident' as const, text, kind: 'text' as const });

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

  it('copies the WAL into the database file in the background, so the file alone holds every turn within a moment', async () => {
    // The server's connection does not checkpoint in its commits (a worker thread does): the
    // database file, copied without its -wal file (a naive backup), has every message soon after.
    await withStoreFile('inloop-sqlite-checkpoint-', async (store, file, base) => {
      const at = new Date('2026-11-23T09:00:00Z');
      for (let index = 0; index < 300; index += 1) {
        await store.receiveMessage({ channel: 'web', chatId: `checkpoint-${index % 30}` }, residentMessage(`bericht ${index} ${'x'.repeat(400)}`), at);
      }
      const copy = join(base, 'copy.db');
      let count = 0;
      for (let attempt = 0; attempt < 40 && count < 300; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        copyFileSync(file, copy);
        count = readOnly(`file:${copy}`, (db) => Number((db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n));
      }
      expect(count).toBe(300);
    });
  });

  it('keeps the WAL bounded under steady writes', async () => {
    // 2,000 messages a second, more than the whole server carries end to end. The worker's
    // PASSIVE checkpoints alone never let the writer start the WAL over while writes keep
    // coming (it grew by about 37 MB a second at 1,000/s); the RESTART past 16 MB keeps it small.
    await withStoreFile('inloop-sqlite-wal-', async (store, file) => {
      let largest = 0;
      const started = Date.now();
      for (let index = 0; index < 8_000; index += 1) {
        const due = started + index / 2;
        if (Date.now() < due) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        await store.receiveMessage({ channel: 'web', chatId: `wal-${index % 200}` }, residentMessage(`bericht ${index} ${'x'.repeat(300)}`), new Date());
        if (index % 100 === 0) largest = Math.max(largest, statSync(`${file}-wal`).size);
      }
      expect(largest).toBeGreaterThan(0);
      expect(largest).toBeLessThan(64 * 1024 * 1024);
    });
  }, 60_000);
});
