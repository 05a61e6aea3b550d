import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';
import type { NewCase } from '../../core/ports/case-record.js';
import { createPrismaStore, type PrismaStore } from '../../prisma/store/create-prisma-store.js';

// Issue 13, point 3: after "vergeet mij" the rows were gone but the words were still in the
// SQLite file and its WAL. This writes a case through both paths (the raw turn path and
// Prisma's), erases the resident and reads the raw bytes of every database file.
const name = 'Wilhelmina Zonnebloem-Okafor';
const phone = '06-48213957';
const note = 'Wilhelmina belt dinsdag terug over de Zonnebloem-huurachterstand';
const secrets = [name, phone, note, 'Zonnebloem'];

let folder: string;
let file: string;
let store: PrismaStore | null = null;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'inloop-erasure-'));
  file = join(folder, 'inloop.db');
});
afterEach(async () => {
  await store?.close();
  store = null;
  rmSync(folder, { recursive: true, force: true });
});

/** Which of the secrets the raw bytes of the .db, -wal and -shm files still hold (UTF-8, as SQLite stores text). */
function readableSecrets(): string[] {
  const bytes = ['', '-wal', '-shm'].filter((suffix) => existsSync(file + suffix)).map((suffix) => readFileSync(file + suffix));
  return secrets.filter((secret) => bytes.some((content) => content.includes(Buffer.from(secret, 'utf8'))));
}

function newCase(conversationId: string): NewCase {
  return {
    conversationId, firstWords: `Ik ben ${name} en ik heb een huurachterstand`, summary: `${name} heeft een huurachterstand.`,
    topics: [{ id: 'money', confidence: 0.9 }], domain: 'self-reliance', urgency: 'normal', crisis: null, tried: null, network: null,
    wish: null, contactPreference: 'phone', contactDetails: phone, language: 'nl', consent: true, team: null, safetyCheck: null,
    facts: null, confirmation: null,
  };
}

it('leaves no name, phone number or worker note readable in the database files after an erasure, also after a restart', async () => {
  store = await createPrismaStore(`file:${file}`);
  const at = new Date('2026-11-23T09:00:00Z');
  const conversation = await store.openConversation({ channel: 'web', chatId: 'resident-erasure-1' }, at);
  const written = await store.saveTurn(conversation.id, {
    state: initialDialogueState(),
    expectedVersion: conversation.version,
    messages: [
      { direction: 'inbound', author: 'resident', text: `Ik ben ${name} en ik heb een huurachterstand`, kind: 'text', createdAt: at },
      { direction: 'inbound', author: 'resident', text: `Bel me op ${phone}`, kind: 'text', createdAt: at },
    ],
    openCase: newCase(conversation.id),
    at,
  });
  const worker = await store.createWorker({ username: 'kim', displayName: 'Kim', passwordHash: 'x', team: null });
  await store.claimCase(written.openedCase!.id, worker.id, at);
  await store.addNote(written.openedCase!.id, worker.id, note, at);
  // A bystander keeps writing afterwards, so the database stays in use as it does in production.
  const bystander = await store.openConversation({ channel: 'web', chatId: 'resident-erasure-2' }, at);
  expect(readableSecrets()).toEqual(secrets); // the words are there before the erasure

  await store.eraseResident(conversation.residentId);
  await store.appendMessages(bystander.id, [{ direction: 'inbound', author: 'resident', text: 'hallo', kind: 'text', createdAt: at }]);
  expect(readableSecrets()).toEqual([]); // while the store is open

  await store.close();
  store = await createPrismaStore(`file:${file}`);
  expect(await store.findConversation(conversation.id)).toBeNull();
  expect(readableSecrets()).toEqual([]); // after a restart
  await store.close();
  store = null;
  expect(readableSecrets()).toEqual([]); // and once closed
});
