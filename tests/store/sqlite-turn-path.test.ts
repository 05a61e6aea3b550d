import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applySqliteMigrations } from '../../prisma/store/apply-sqlite-migrations.js';
import { createPrismaClient } from '../../prisma/store/create-prisma-client.js';
import { createSqliteTurnOperations } from '../../prisma/store/sqlite-turn-operations.js';

const folder = mkdtempSync(join(tmpdir(), 'inloop-sqlite-turn-path-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('SQLite turn path on the connection Prisma holds', () => {
  it('waits for an open Prisma transaction instead of joining it, so its rollback cannot take a stored message along', async () => {
    const filePath = join(folder, 'inloop.db');
    await applySqliteMigrations(filePath);
    const { client, sqliteDatabase } = await createPrismaClient({ provider: 'sqlite', filePath });
    const turns = createSqliteTurnOperations(sqliteDatabase!);
    try {
      const at = new Date('2026-11-23T09:00:00Z');
      let received: ReturnType<typeof turns.receiveMessage> | null = null;
      await expect(
        client.$transaction(async (tx) => {
          await tx.resident.create({ data: { id: 'held-by-prisma', channel: 'web', chatId: 'held-by-prisma', createdAt: at } });
          // A resident's message arrives while a worker's transaction is open on the same connection.
          received = turns.receiveMessage({ channel: 'web', chatId: 'arrives-meanwhile' }, { direction: 'inbound', author: 'resident', text: 'hallo', kind: 'text' }, at);
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error('the worker action fails and rolls back');
        }),
      ).rejects.toThrow('rolls back');
      const { conversation, message } = await received!;
      expect((await turns.listMessages(conversation.id)).map((stored) => stored.id)).toEqual([message.id]);
      expect(await client.resident.findUnique({ where: { id: 'held-by-prisma' } })).toBeNull();
    } finally {
      await client.$disconnect();
    }
  });
});
