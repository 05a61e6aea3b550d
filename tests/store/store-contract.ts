import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseClaimConflictError, CaseStatusError, CollectiveOfferError, ConcurrentUpdateError, NotFoundError, StoreError } from '../../core/errors.js';
import type { NewCase } from '../../core/ports/case-record.js';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { NewMessage } from '../../core/ports/message.js';
import { initialDialogueState } from '../../core/dialogue/dialogue-state.js';
import { createRoleActions } from '../../core/roles/role-actions.js';
import { createReportActions } from '../../core/reports/report-actions.js';
import { defaultOfficeHours } from '../../core/office-hours/office-hours.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createPrismaStore } from '../../prisma/store/create-prisma-store.js';
import { applyMigrations } from '../../prisma/store/apply-migrations.js';
import { migrationFolders, readMigrations } from '../../prisma/store/read-migrations.js';
import type { StoreHarness, StoreUnderTest } from './store-harness.js';

const run = promisify(execFile);
const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T09:00:00.000Z');
const later = (milliseconds: number) => new Date(start.getTime() + milliseconds);

let refCounter = 0;
function newRef(): ConversationRef {
  refCounter += 1;
  return { channel: 'telegram', chatId: `chat-${process.pid}-${refCounter}` };
}

function inbound(text: string, extra: Partial<NewMessage> = {}): NewMessage {
  return { direction: 'inbound', author: 'resident', text, kind: 'text', ...extra };
}

function newCase(conversationId: string, fields: Partial<NewCase> = {}): NewCase {
  return {
    conversationId,
    firstWords: 'ik heb schulden',
    summary: 'Je hebt schulden en een brief van de deurwaarder.',
    topics: [{ id: 'money', confidence: 0.9 }],
    domain: 'self-reliance',
    urgency: 'normal',
    crisis: null,
    tried: null,
    network: null,
    wish: null,
    contactPreference: 'chat',
    contactDetails: null,
    language: 'nl',
    consent: true,
    team: null,
    safetyCheck: null,
    facts: null,
    confirmation: null,
    ...fields,
  };
}

/** The shared behaviour every Prisma store flavour must show. */
export function defineStoreContract(flavour: string, harness: StoreHarness, provider: 'sqlite' | 'postgresql'): void {
  describe(`${flavour} store contract`, () => {
    let store: StoreUnderTest;

    beforeEach(async () => {
      const url = await harness.freshUrl();
      store = Object.assign(await createPrismaStore(url), { url });
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await harness.cleanup();
    });

    /** A conversation with a waiting case opened through a turn, as the core does it. */
    async function conversationWithCase(fields: Partial<NewCase> = {}, at = start) {
      const conversation = await store.openConversation(newRef(), at);
      const written = await store.saveTurn(conversation.id, {
        state: initialDialogueState(),
        expectedVersion: conversation.version,
        messages: [inbound('ik heb schulden', { createdAt: at })],
        openCase: newCase(conversation.id, fields),
        at,
      });
      return { conversation, caseRecord: written.openedCase! };
    }

    describe('health', () => {
      it('answers a ping while the database is there', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe('migrations', () => {
      const files = readMigrations(migrationFolders[provider]);

      it('records every migration with Prisma checksum (sha256 of the file) and runs idempotently', async () => {
        expect(files.length).toBeGreaterThan(0);
        expect(await store.migrate()).toEqual({ applied: [], changed: [] });
        expect(await store.migrate()).toEqual({ applied: [], changed: [] });
        const rows = await harness.migrationRows(store.url);
        expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
        for (const row of rows) {
          const bytes = readFileSync(join(migrationFolders[provider], row.migration_name, 'migration.sql'));
          expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
          expect(row.finished_at).not.toBeNull();
          expect(row.rolled_back_at).toBeNull();
          expect(Number(row.applied_steps_count)).toBe(1);
        }
      });

      it('applies each migration once when two processes start at the same moment', async () => {
        const url = await harness.freshUrl();
        const script = join(import.meta.dirname, 'apply-migrations-process.ts');
        const outputs = await Promise.all(
          [1, 2].map(() => run(process.execPath, ['--import', 'tsx', script, url], { cwd: process.cwd() })),
        );
        const applied = outputs.flatMap((output) => JSON.parse(output.stdout) as string[]);
        expect(applied.sort()).toEqual(files.map((file) => file.name).sort());
        expect(await harness.migrationRows(url)).toHaveLength(files.length);
        expect((await applyMigrations(url)).applied).toEqual([]);
      }, 60_000);
    });

    describe('conversations', () => {
      it('opens one conversation per ref, also when asked concurrently', async () => {
        const ref = newRef();
        const opened = await Promise.all([1, 2, 3, 4, 5].map(() => store.openConversation(ref, start)));
        expect(new Set(opened.map((conversation) => conversation.id)).size).toBe(1);
        expect(await harness.countRows(store.url, 'residents', { column: 'chatId', value: ref.chatId })).toBe(1);
        expect(await harness.countRows(store.url, 'conversations', { column: 'chatId', value: ref.chatId })).toBe(1);
        const again = await store.openConversation(ref, later(day));
        expect(again.id).toBe(opened[0]!.id);
        expect(again).toMatchObject({ ref, state: null, version: 0 });
        expect(again.createdAt).toEqual(start);
        expect(await store.findConversation(again.id)).toEqual(again);
        expect(await store.findConversation('no-such-conversation')).toBeNull();
      });

      it('finds a conversation by its ref without creating anything for an unknown one', async () => {
        const unknown = newRef();
        expect(await store.findConversationByRef(unknown)).toBeNull();
        expect(await harness.countRows(store.url, 'residents', { column: 'chatId', value: unknown.chatId })).toBe(0);
        expect(await harness.countRows(store.url, 'conversations', { column: 'chatId', value: unknown.chatId })).toBe(0);
        const opened = await store.openConversation(unknown, start);
        expect(await store.findConversationByRef(unknown)).toEqual(opened);
        await store.eraseResident(opened.residentId);
        expect(await store.findConversationByRef(unknown)).toBeNull();
      });

      it('keeps messages in the order written, with quick replies and dates', async () => {
        const conversation = await store.openConversation(newRef(), start);
        await store.appendMessages(conversation.id, [inbound('een'), inbound('twee', { externalId: 'tg-2' })]);
        await store.appendMessages(conversation.id, [
          { direction: 'outbound', author: 'assistant', text: 'drie', kind: 'text', quickReplies: [{ id: 'yes', label: 'Ja' }] },
        ]);
        const messages = await store.listMessages(conversation.id);
        expect(messages.map((message) => message.text)).toEqual(['een', 'twee', 'drie']);
        expect(messages[1]).toMatchObject({ externalId: 'tg-2', workerId: null, conversationId: conversation.id });
        expect(messages[2]!.quickReplies).toEqual([{ id: 'yes', label: 'Ja' }]);
        expect(messages[0]!.quickReplies).toEqual([]);
        expect(messages[0]!.createdAt).toBeInstanceOf(Date);
        await expect(store.appendMessages('no-such-conversation', [inbound('x')])).rejects.toBeInstanceOf(NotFoundError);
      });

      it('records a delivery status on an outbound message, forward only, and only for its own conversation', async () => {
        const ref = newRef();
        const conversation = await store.openConversation(ref, start);
        const [resident, reply] = await store.appendMessages(conversation.id, [
          inbound('hallo'), { direction: 'outbound', author: 'worker', text: 'Dag!', kind: 'text' },
        ]);
        const statusOf = async () => (await store.listMessages(conversation.id)).find((message) => message.id === reply!.id)!.deliveryStatus;
        expect(await statusOf()).toBeNull();
        expect(await store.recordDeliveryStatus(ref, reply!.id, 'delivered')).toBe(true);
        // Sent arrives after delivered (channels report out of order): the message keeps delivered.
        expect(await store.recordDeliveryStatus(ref, reply!.id, 'sent')).toBe(false);
        expect(await statusOf()).toBe('delivered');
        expect(await store.recordDeliveryStatus(ref, reply!.id, 'read')).toBe(true);
        expect(await store.recordDeliveryStatus(ref, reply!.id, 'failed')).toBe(true);
        expect(await store.recordDeliveryStatus(ref, reply!.id, 'read')).toBe(false);
        expect(await statusOf()).toBe('failed');
        // Another conversation's ref, or the resident's own message, changes nothing.
        const other = newRef();
        await store.openConversation(other, start);
        const second = (await store.appendMessages(conversation.id, [{ direction: 'outbound', author: 'worker', text: 'Nog iets', kind: 'text' }]))[0]!;
        expect(await store.recordDeliveryStatus(other, second.id, 'read')).toBe(false);
        expect(await store.recordDeliveryStatus(ref, resident!.id, 'read')).toBe(false);
        expect((await store.listMessages(conversation.id)).map((message) => message.deliveryStatus)).toEqual([null, 'failed', null]);
      });

      it('receives a message: opens or creates the conversation, stores the message and reads the active case', async () => {
        const ref = newRef();
        const first = await store.receiveMessage(ref, inbound('hallo', { createdAt: start, externalId: 'tg-1' }), start);
        expect(first.conversation).toMatchObject({ ref, state: null, version: 0, createdAt: start, lastMessageAt: start });
        expect(first.message).toMatchObject({ text: 'hallo', externalId: 'tg-1', conversationId: first.conversation.id, createdAt: start });
        expect(first.activeCase).toBeNull();
        expect(await store.openConversation(ref, later(1))).toMatchObject({ id: first.conversation.id, residentId: first.conversation.residentId });
        const written = await store.saveTurn(first.conversation.id, {
          state: initialDialogueState(), expectedVersion: 0, messages: [{ direction: 'outbound', author: 'assistant', text: 'dag', kind: 'text' }],
          openCase: newCase(first.conversation.id), at: later(1000),
        });
        const second = await store.receiveMessage(ref, inbound('nog iets'), later(2000));
        expect(second.conversation).toMatchObject({ id: first.conversation.id, version: 1, state: initialDialogueState(), lastMessageAt: later(2000) });
        expect(second.message.createdAt).toEqual(later(2000));
        expect(second.activeCase).toEqual(written.openedCase);
        expect((await store.listMessages(first.conversation.id)).map((message) => message.text)).toEqual(['hallo', 'dag', 'nog iets']);
        await store.closeCase(written.openedCase!.id, 'opgelost', later(3000));
        expect((await store.receiveMessage(ref, inbound('weer ik'), later(4000))).activeCase).toBeNull();
      });

      it('receives concurrent first messages of a new resident into one conversation, each stored once', async () => {
        const ref = newRef();
        const received = await Promise.all(['a', 'b', 'c', 'd'].map((text) => store.receiveMessage(ref, inbound(text), start)));
        expect(new Set(received.map((result) => result.conversation.id)).size).toBe(1);
        expect(await harness.countRows(store.url, 'residents', { column: 'chatId', value: ref.chatId })).toBe(1);
        expect(await harness.countRows(store.url, 'conversations', { column: 'chatId', value: ref.chatId })).toBe(1);
        const messages = await store.listMessages(received[0]!.conversation.id);
        expect(messages.map((message) => message.text).sort()).toEqual(['a', 'b', 'c', 'd']);
        expect(new Set(messages.map((message) => message.id))).toEqual(new Set(received.map((result) => result.message.id)));
        // Positions were handed out without gaps: a later turn appends after all four.
        await store.appendMessages(received[0]!.conversation.id, [inbound('e')]);
        expect((await store.listMessages(received[0]!.conversation.id)).at(-1)!.text).toBe('e');
      });

      it('stores a message the channel delivered twice (same externalId) once, and says so', async () => {
        const ref = newRef();
        const first = await store.receiveMessage(ref, inbound('hallo', { externalId: 'tg-7' }), start);
        expect(first.duplicate ?? false).toBe(false);
        const again = await store.receiveMessage(ref, inbound('hallo', { externalId: 'tg-7' }), later(1000));
        expect(again).toMatchObject({ duplicate: true, message: first.message, conversation: { id: first.conversation.id, lastMessageAt: start } });
        const edit = await store.receiveMessage(ref, inbound('hallo!', { externalId: 'tg-7:1700000000' }), later(2000));
        const other = await store.receiveMessage(newRef(), inbound('hallo', { externalId: 'tg-7' }), later(3000));
        expect([edit.duplicate ?? false, other.duplicate ?? false]).toEqual([false, false]);
        expect((await store.listMessages(first.conversation.id)).map((message) => message.text)).toEqual(['hallo', 'hallo!']);
      });

      it('keeps turns and worker writes apart when they run at the same moment', async () => {
        // Turns may take a different path to the database than the worker's actions (SQLite: raw
        // statements on the connection Prisma holds); neither may land inside the other's transaction.
        const { conversation, caseRecord } = await conversationWithCase();
        const refs = Array.from({ length: 6 }, () => newRef());
        const work: Promise<unknown>[] = [];
        for (let round = 0; round < 5; round += 1) {
          for (const ref of refs) work.push(store.receiveMessage(ref, inbound(`bericht ${round}`), later(round)));
          work.push(store.addNote(caseRecord.id, 'worker-a', `notitie ${round}`, later(round)));
          work.push(store.recordAudit({ caseId: caseRecord.id, actor: 'worker-a', action: 'viewed', detail: null }, later(round)));
          work.push(store.appendMessages(conversation.id, [{ direction: 'outbound', author: 'worker', text: `antwoord ${round}`, kind: 'text', workerId: 'worker-a' }]));
        }
        work.push(store.claimCase(caseRecord.id, 'worker-a', later(9)));
        await Promise.all(work);
        for (const ref of refs) {
          const { conversation: received } = await store.receiveMessage(ref, inbound('laatste'), later(10));
          // Calls for one ref were not serialised here (the core does that), so only the last is in place.
          const texts = (await store.listMessages(received.id)).map((message) => message.text);
          expect(texts.at(-1)).toBe('laatste');
          expect(texts.sort()).toEqual(['bericht 0', 'bericht 1', 'bericht 2', 'bericht 3', 'bericht 4', 'laatste']);
        }
        expect(await store.listNotes(caseRecord.id)).toHaveLength(5);
        expect(await store.listMessages(conversation.id)).toHaveLength(6);
        expect(await store.findCase(caseRecord.id)).toMatchObject({ status: 'claimed', assigneeId: 'worker-a' });
      });

      it('saves a turn and returns what it wrote without reading it back', async () => {
        const conversation = await store.openConversation(newRef(), start);
        const written = await store.saveTurn(conversation.id, {
          state: initialDialogueState(), expectedVersion: 0, at: later(1000),
          messages: [inbound('een'), { direction: 'outbound', author: 'assistant', text: 'twee', kind: 'text', quickReplies: [{ id: 'ja', label: 'Ja' }] }],
        });
        expect(written.messages).toEqual(await store.listMessages(conversation.id));
        const again = await store.saveTurn(conversation.id, { state: initialDialogueState(), expectedVersion: 1, messages: [], at: later(2000) });
        expect(again).toMatchObject({ version: 2, messages: [], openedCase: null, updatedCase: null });
        expect(await store.findConversation(conversation.id)).toMatchObject({ version: 2, lastMessageAt: later(2000) });
        await expect(store.saveTurn('no-such-conversation', { state: initialDialogueState(), expectedVersion: 0, messages: [], at: start })).rejects.toBeInstanceOf(NotFoundError);
      });

      it('saves a turn and refuses a stale version without writing anything', async () => {
        const conversation = await store.openConversation(newRef(), start);
        const state = { ...initialDialogueState(), phase: 'clarify' as const, story: ['ik heb schulden'] };
        const written = await store.saveTurn(conversation.id, { state, expectedVersion: 0, messages: [inbound('ik heb schulden')], at: later(1000) });
        expect(written.version).toBe(1);
        expect(written.openedCase).toBeNull();
        const stored = await store.findConversation(conversation.id);
        expect(stored).toMatchObject({ state, version: 1 });
        expect(stored!.lastMessageAt).toEqual(later(1000));

        const stale = store.saveTurn(conversation.id, { state, expectedVersion: 0, messages: [inbound('tweede schrijver')], at: later(2000) });
        await expect(stale).rejects.toBeInstanceOf(ConcurrentUpdateError);
        await expect(stale).rejects.toMatchObject({ conversationId: conversation.id });
        expect((await store.listMessages(conversation.id)).map((message) => message.text)).toEqual(['ik heb schulden']);
        expect((await store.findConversation(conversation.id))!.version).toBe(1);
      });

      it('lets exactly one of two concurrent turns with the same version win', async () => {
        const conversation = await store.openConversation(newRef(), start);
        const write = (text: string) =>
          store.saveTurn(conversation.id, { state: initialDialogueState(), expectedVersion: 0, messages: [inbound(text)], at: later(1) });
        const results = await Promise.allSettled([write('a'), write('b')]);
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(ConcurrentUpdateError);
        expect(await store.listMessages(conversation.id)).toHaveLength(1);
      });

      it('opens a waiting case in a turn and patches it in a later one, each with its audit entry', async () => {
        const conversation = await store.openConversation(newRef(), start);
        const opened = await store.saveTurn(conversation.id, {
          state: initialDialogueState(),
          expectedVersion: 0,
          messages: [inbound('ik heb schulden')],
          openCase: newCase(conversation.id, { urgency: 'urgent', contactDetails: 'bel me na 5 uur', consent: true, summary: null }),
          audit: { action: 'created', detail: 'urgent' },
          at: start,
        });
        const caseRecord = opened.openedCase!;
        expect(caseRecord).toMatchObject({
          status: 'waiting', ref: conversation.ref, conversationId: conversation.id, assigneeId: null, urgency: 'urgent',
          contactDetails: 'bel me na 5 uur', consent: true, summary: null, createdAt: start, claimedAt: null,
        });
        expect(caseRecord.topics).toEqual([{ id: 'money', confidence: 0.9 }]);
        expect(await store.findActiveCase(conversation.id)).toEqual(caseRecord);
        expect(await store.findCase(caseRecord.id)).toEqual(caseRecord);
        const written = await store.saveTurn(conversation.id, {
          state: initialDialogueState(),
          expectedVersion: 1,
          messages: [],
          updateCase: { caseId: caseRecord.id, patch: { crisis: 'suicide', urgency: 'crisis' } },
          audit: { action: 'escalated', detail: 'suicide' },
          at: later(5000),
        });
        expect(written.updatedCase).toMatchObject({ id: caseRecord.id, crisis: 'suicide', urgency: 'crisis', updatedAt: later(5000), contactDetails: 'bel me na 5 uur' });
        expect(await store.findCase(caseRecord.id)).toEqual(written.updatedCase);
        expect((await store.listCases({ statuses: ['waiting'] })).find((entry) => entry.id === caseRecord.id)).toEqual(written.updatedCase);
        expect((await store.listAudit(caseRecord.id)).map(({ actor, action, detail, createdAt }) => ({ actor, action, detail, createdAt }))).toEqual([
          { actor: 'assistant', action: 'created', detail: 'urgent', createdAt: start },
          { actor: 'assistant', action: 'escalated', detail: 'suicide', createdAt: later(5000) },
        ]);
        await expect(
          store.saveTurn(conversation.id, { state: initialDialogueState(), expectedVersion: 2, messages: [inbound('x')], updateCase: { caseId: 'no-such-case', patch: { urgency: 'crisis' } }, at: later(6000) }),
        ).rejects.toBeInstanceOf(NotFoundError);
        // Nothing of the failed turn was written.
        expect(await store.findConversation(conversation.id)).toMatchObject({ version: 2 });
        expect(await store.listMessages(conversation.id)).toHaveLength(1);
        // The safety question, the facts and the resident's confirmation come back as written, on both paths.
        const safetyCheck = { concern: 'suicide' as const, answer: 'no' as const, askedAt: start.toISOString() };
        const facts = { amounts: [{ euros: 310, text: '€ 310' }], deadlines: [{ date: '2026-12-07', text: 'maandag' }], organisations: ['waterschap'], people: [{ role: 'zoon', age: 8 }] };
        const patched = await store.saveTurn(conversation.id, {
          state: initialDialogueState(), expectedVersion: 2, messages: [{ ...inbound('nee'), tone: 'normal' }, { direction: 'outbound', author: 'assistant', text: 'Bel 113', kind: 'text', tone: 'crisis' }],
          updateCase: { caseId: caseRecord.id, patch: { safetyCheck, facts, confirmation: 'Klopt het dat je schulden hebt?' } }, at: later(6000),
        });
        expect(patched.updatedCase).toMatchObject({ safetyCheck, facts, confirmation: 'Klopt het dat je schulden hebt?' });
        expect(await store.findCase(caseRecord.id)).toEqual(patched.updatedCase);
        expect((await store.listMessages(conversation.id)).slice(-2).map((message) => message.tone)).toEqual(['normal', 'crisis']);
      });
    });

    describe('cases', () => {
      it('gives a case to exactly one of two workers claiming at once', async () => {
        const { caseRecord } = await conversationWithCase();
        const results = await Promise.allSettled([
          store.claimCase(caseRecord.id, 'worker-a', later(1)),
          store.claimCase(caseRecord.id, 'worker-b', later(2)),
        ]);
        const won = results.filter((result) => result.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<typeof store.claimCase>>>[];
        expect(won).toHaveLength(1);
        const lost = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(CaseClaimConflictError);
        expect((lost.reason as CaseClaimConflictError).assigneeId).toBe(won[0]!.value.assigneeId);
        expect(await store.findCase(caseRecord.id)).toMatchObject({ status: 'claimed', assigneeId: won[0]!.value.assigneeId });
        await expect(store.claimCase('no-such-case', 'worker-a', later(3))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('reassigns and closes only while the case still has the assignee the caller saw', async () => {
        // The desk checks a permission on a read; a claim in between must not be overwritten.
        const { caseRecord } = await conversationWithCase();
        await store.claimCase(caseRecord.id, 'worker-a', later(1));
        await expect(store.reassignCase(caseRecord.id, 'worker-b', later(2), null)).rejects.toBeInstanceOf(CaseClaimConflictError);
        await expect(store.closeCase(caseRecord.id, 'klaar', later(2), 'worker-b')).rejects.toBeInstanceOf(CaseClaimConflictError);
        expect(await store.findCase(caseRecord.id)).toMatchObject({ status: 'claimed', assigneeId: 'worker-a' });
        expect(await store.reassignCase(caseRecord.id, null, later(3), 'worker-a')).toMatchObject({ status: 'waiting', assigneeId: null });
        expect(await store.closeCase(caseRecord.id, 'klaar', later(4), null)).toMatchObject({ status: 'closed' });
        await expect(store.closeCase(caseRecord.id, 'nog eens', later(5), null)).rejects.toBeInstanceOf(CaseStatusError);
      });

      it('reassigns and closes only in the right status', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        await store.claimCase(caseRecord.id, 'worker-a', later(1));
        expect(await store.reassignCase(caseRecord.id, 'worker-b', later(2))).toMatchObject({ status: 'claimed', assigneeId: 'worker-b' });
        expect(await store.reassignCase(caseRecord.id, null, later(3))).toMatchObject({ status: 'waiting', assigneeId: null, claimedAt: null });
        await store.claimCase(caseRecord.id, 'worker-a', later(4));
        const closed = await store.closeCase(caseRecord.id, 'verwezen naar schuldhulp', later(5));
        expect(closed).toMatchObject({ status: 'closed', outcome: 'verwezen naar schuldhulp', closedAt: later(5) });
        expect(await store.findActiveCase(conversation.id)).toBeNull();
        await expect(store.closeCase(caseRecord.id, 'again', later(6))).rejects.toBeInstanceOf(CaseStatusError);
        await expect(store.reassignCase(caseRecord.id, 'worker-b', later(6))).rejects.toBeInstanceOf(CaseStatusError);
        await expect(store.closeCase('no-such-case', 'x', later(6))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('lists the queue crisis first, then urgent, then longest waiting, and filters', async () => {
        const oldNormal = await conversationWithCase({ team: 'noord' }, start);
        const urgent = await conversationWithCase({ urgency: 'urgent', topics: [{ id: 'housing', confidence: 0.8 }] }, later(1000));
        const crisis = await conversationWithCase({ urgency: 'crisis', crisis: 'violence', domain: 'network', topics: [{ id: 'relationships', confidence: 0.7 }] }, later(2000));
        const newNormal = await conversationWithCase({ topics: [{ id: 'paperwork', confidence: 0.6 }, { id: 'housing', confidence: 0.4 }] }, later(3000));
        const ids = (records: { id: string }[]) => records.map((record) => record.id);
        expect(ids(await store.listCases())).toEqual(ids([crisis.caseRecord, urgent.caseRecord, oldNormal.caseRecord, newNormal.caseRecord]));
        expect(ids(await store.listCases({ topic: 'housing' }))).toEqual(ids([urgent.caseRecord, newNormal.caseRecord]));
        expect(ids(await store.listCases({ domain: 'network' }))).toEqual(ids([crisis.caseRecord]));
        expect(ids(await store.listCases({ team: 'noord' }))).toEqual(ids([oldNormal.caseRecord]));
        await store.claimCase(urgent.caseRecord.id, 'worker-a', later(4000));
        expect(ids(await store.listCases({ statuses: ['waiting'] }))).toEqual(ids([crisis.caseRecord, oldNormal.caseRecord, newNormal.caseRecord]));
        expect(ids(await store.listCases({ assigneeId: 'worker-a' }))).toEqual(ids([urgent.caseRecord]));
      });

      it('keeps notes and audit entries in order and refuses them for an unknown case', async () => {
        const { caseRecord } = await conversationWithCase();
        await store.addNote(caseRecord.id, 'worker-a', 'eerste', later(1));
        await store.addNote(caseRecord.id, 'worker-a', 'tweede', later(1));
        await store.recordAudit({ caseId: caseRecord.id, actor: 'worker-a', action: 'case-claimed', detail: null }, later(1));
        await store.recordAudit({ caseId: caseRecord.id, actor: 'system', action: 'case-escalated', detail: 'crisis' }, later(1));
        expect((await store.listNotes(caseRecord.id)).map((note) => note.text)).toEqual(['eerste', 'tweede']);
        expect((await store.listAudit(caseRecord.id)).map((entry) => entry.action)).toEqual(['case-claimed', 'case-escalated']);
        await expect(store.addNote('no-such-case', 'worker-a', 'x', later(2))).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('retention', () => {
      it('erases a resident completely and keeps only an anonymous statistic', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        await store.addNote(caseRecord.id, 'worker-a', 'belt morgen terug', later(1));
        await store.recordAudit({ caseId: caseRecord.id, actor: 'worker-a', action: 'case-claimed', detail: null }, later(1));
        const bystander = await conversationWithCase();
        await store.eraseResident(conversation.residentId);

        const url = store.url;
        expect(await harness.countRows(url, 'residents', { column: 'id', value: conversation.residentId })).toBe(0);
        expect(await harness.countRows(url, 'conversations', { column: 'residentId', value: conversation.residentId })).toBe(0);
        expect(await harness.countRows(url, 'messages', { column: 'conversationId', value: conversation.id })).toBe(0);
        expect(await harness.countRows(url, 'cases', { column: 'conversationId', value: conversation.id })).toBe(0);
        expect(await harness.countRows(url, 'case_notes', { column: 'caseId', value: caseRecord.id })).toBe(0);
        expect(await harness.countRows(url, 'audit_entries', { column: 'caseId', value: caseRecord.id })).toBe(0);
        expect(await harness.countRows(url, 'messages', { column: 'conversationId', value: bystander.conversation.id })).toBe(1);
        expect(await store.findCase(bystander.caseRecord.id)).not.toBeNull();
        expect(await store.listStatistics()).toEqual([
          {
            topics: ['money'], domain: 'self-reliance', urgency: 'normal', crisis: null, channel: 'telegram', outcome: null,
            partner: null, improvedDomains: [], neighbourhood: null, language: 'nl', openedAt: start, claimedAt: null, closedAt: null,
            satisfaction: null, satisfactionScore: null, firstAnsweredAt: null,
          },
        ]);
        await store.eraseResident(conversation.residentId); // erasing twice is harmless
      });

      it('lists where quiet conversations without an open case stand in the intake, by phase and question id only', async () => {
        const stopAt = async (state: Partial<ReturnType<typeof initialDialogueState>>, at: Date) => {
          const conversation = await store.openConversation(newRef(), at);
          await store.saveTurn(conversation.id, { state: { ...initialDialogueState(), story: ['mijn huur is te hoog'], ...state }, expectedVersion: conversation.version, messages: [inbound('mijn huur is te hoog', { createdAt: at })], at });
        };
        await stopAt({ phase: 'clarify', pendingQuestion: 'deadline-housing' }, later(60_000));
        await stopAt({ phase: 'contact' }, later(2 * 60_000));
        await stopAt({ phase: 'contact' }, later(2 * day)); // after the window
        await conversationWithCase({}, later(3 * 60_000)); // a waiting case: not stopped
        const stops = await store.listIntakeStops(start, later(day));
        expect(stops.map((stop) => [stop.phase, stop.pendingQuestion]).sort()).toEqual([['clarify', 'deadline-housing'], ['contact', null]]);
        expect(JSON.stringify(stops)).not.toContain('huur');
      });

      it('finds each case\'s first answer by a worker, within its own span of the conversation, live and after the purge', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        const worker = (text: string, at: Date): NewMessage => ({ direction: 'outbound', author: 'worker', text, kind: 'text', workerId: 'worker-a', createdAt: at });
        const assistant: NewMessage = { direction: 'outbound', author: 'assistant', text: 'Een collega kijkt mee', kind: 'text', createdAt: later(60_000) };
        // The assistant's message is no answer; the worker's first one after 20 minutes is; a later one is not the first.
        await store.appendMessages(conversation.id, [assistant, worker('Dag, ik ben Anna', later(20 * 60_000)), worker('Nog iets', later(50 * 60_000))]);
        await store.closeCase(caseRecord.id, 'beantwoord', later(60 * 60_000));
        // A second case in the same conversation, answered after 5 minutes: the first case's answers are not its own.
        const second = await store.saveTurn(conversation.id, {
          state: initialDialogueState(), expectedVersion: (await store.findConversation(conversation.id))!.version,
          messages: [inbound('nog een vraag', { createdAt: later(2 * 60 * 60_000) })], openCase: newCase(conversation.id), at: later(2 * 60 * 60_000),
        });
        const unanswered = await conversationWithCase({}, later(3 * 60 * 60_000));
        await store.appendMessages(conversation.id, [worker('Hallo weer', later(2 * 60 * 60_000 + 5 * 60_000))]);
        const firstAnswers = async () => (await store.listReportRecords(start, later(day))).map((record) => [record.openedAt.getTime(), record.firstAnsweredAt?.getTime() ?? null]).sort();
        const expected = [
          [start.getTime(), later(20 * 60_000).getTime()],
          [later(2 * 60 * 60_000).getTime(), later(2 * 60 * 60_000 + 5 * 60_000).getTime()],
          [later(3 * 60 * 60_000).getTime(), null],
        ].sort();
        expect(await firstAnswers()).toEqual(expected);
        expect(second.openedCase).not.toBeNull();
        expect(unanswered.caseRecord.id).toBeTruthy();
        // The purge takes the closed case (and its messages) away; its first answer stays in the statistic.
        await store.purgeExpired(later(2 * 60 * 60_000 - 1));
        expect(await store.findCase(caseRecord.id)).toBeNull();
        expect((await store.listStatistics()).map((statistic) => statistic.firstAnsweredAt)).toEqual([later(20 * 60_000)]);
        expect(await firstAnswers()).toEqual(expected);
      });

      it('purges expired content and leaves statistics only', async () => {
        const cutoff = later(30 * day);
        // Quiet before the cutoff, case closed before it: everything goes.
        const closedOld = await conversationWithCase();
        await store.closeCase(closedOld.caseRecord.id, 'opgelost', later(day));
        // Quiet, but its case still waits: all stays.
        const waiting = await conversationWithCase();
        // Case closed long ago, but the resident wrote again after the cutoff: the case goes, the conversation stays.
        const active = await conversationWithCase();
        await store.closeCase(active.caseRecord.id, 'doorverwezen', later(2 * day));
        await store.appendMessages(active.conversation.id, [inbound('ik ben er weer', { createdAt: later(40 * day) })]);
        // Quiet, never a case: goes.
        const noCase = await store.openConversation(newRef(), start);
        await store.appendMessages(noCase.id, [inbound('hallo')].map((message) => ({ ...message, createdAt: start })));

        expect(await store.purgeExpired(cutoff)).toEqual({ conversations: 2, cases: 2 });

        const url = store.url;
        for (const conversation of [closedOld.conversation, noCase]) {
          expect(await harness.countRows(url, 'messages', { column: 'conversationId', value: conversation.id })).toBe(0);
          expect(await harness.countRows(url, 'conversations', { column: 'id', value: conversation.id })).toBe(0);
          expect(await harness.countRows(url, 'residents', { column: 'id', value: conversation.residentId })).toBe(0);
        }
        expect(await harness.countRows(url, 'cases', { column: 'id', value: active.caseRecord.id })).toBe(0);
        expect(await store.findConversation(active.conversation.id)).not.toBeNull();
        expect(await store.findCase(waiting.caseRecord.id)).toMatchObject({ status: 'waiting' });
        expect(await harness.countRows(url, 'cases')).toBe(1);
        const statistics = await store.listStatistics();
        expect(statistics.map((statistic) => statistic.outcome).sort()).toEqual(['helped', 'referred']);
        expect(statistics[0]).toMatchObject({ topics: ['money'], channel: 'telegram', openedAt: start });
        expect(await store.purgeExpired(cutoff)).toEqual({ conversations: 0, cases: 0 });
      });

      it('notices a quiet open case once, purges it after the grace period, and keeps one with activity since its notice', async () => {
        const quiet = await conversationWithCase();
        const claimed = await conversationWithCase();
        await store.claimCase(claimed.caseRecord.id, 'worker-a', later(day));
        const busy = await conversationWithCase();
        await store.appendMessages(busy.conversation.id, [inbound('nog steeds', { createdAt: later(25 * day) })]);
        const closed = await conversationWithCase();
        await store.closeCase(closed.caseRecord.id, 'opgelost', later(day));

        // Day 31 with 30 days of retention: quiet since day 1 (the claim counts as activity).
        const noticed = await store.noticeQuietCases(later(day), later(31 * day));
        expect(noticed.noticed.map((record) => record.id).sort()).toEqual([quiet.caseRecord.id, claimed.caseRecord.id].sort());
        expect(noticed.noticed.every((record) => record.retentionNoticeAt?.getTime() === later(31 * day).getTime())).toBe(true);
        expect(noticed.withdrawn).toEqual([]);
        expect((await store.listAudit(quiet.caseRecord.id)).map((entry) => entry.action)).toEqual(['retention-noticed']);
        expect(await store.noticeQuietCases(later(day), later(31 * day))).toEqual({ noticed: [], withdrawn: [] }); // once
        expect((await store.findCase(busy.caseRecord.id))?.retentionNoticeAt).toBeNull();

        // Within the grace period (14 days) nothing open goes.
        await store.purgeExpired(later(day), later(17 * day));
        expect(await store.findCase(quiet.caseRecord.id)).toMatchObject({ status: 'waiting' });

        // A note after the notice is activity: that case stays, the other goes once the grace is over.
        await store.addNote(claimed.caseRecord.id, 'worker-a', 'gebeld, komt langs', later(35 * day));
        expect(await store.purgeExpired(later(16 * day), later(32 * day))).toEqual({ conversations: 2, cases: 2 });
        expect(await store.findCase(quiet.caseRecord.id)).toBeNull();
        expect(await harness.countRows(store.url, 'messages', { column: 'conversationId', value: quiet.conversation.id })).toBe(0);
        expect(await store.findCase(claimed.caseRecord.id)).toMatchObject({ status: 'claimed' });
        expect(await store.findCase(busy.caseRecord.id)).toMatchObject({ status: 'waiting' });
        const withdrawn = await store.noticeQuietCases(later(16 * day), later(46 * day));
        expect(withdrawn).toMatchObject({ noticed: [], withdrawn: [{ id: claimed.caseRecord.id, retentionNoticeAt: null }] });
        expect((await store.listAudit(claimed.caseRecord.id)).map((entry) => entry.action)).toEqual(['retention-noticed', 'retention-notice-withdrawn']);
        expect((await store.listStatistics()).map((statistic) => statistic.outcome ?? 'none').sort()).toEqual(['helped', 'none']);
      });

      it('keeps the structured outcome, partner, improved domains, neighbourhood, language and pick-up time after the purge', async () => {
        const referred = await conversationWithCase({ neighbourhood: 'Lindenhoven-Noord', language: 'tr' });
        expect(referred.caseRecord.neighbourhood).toBe('Lindenhoven-Noord');
        await store.claimCase(referred.caseRecord.id, 'worker-a', later(2 * 60 * 60 * 1000));
        const closed = await store.closeCase(referred.caseRecord.id, 'Naar schuldhulp, mevrouw Jansen belt', later(day), 'worker-a', {
          category: 'referred', partner: 'schuldhulp', improvedDomains: ['self-reliance', 'health'],
        });
        expect(closed).toMatchObject({ outcomeCategory: 'referred', outcomePartner: 'schuldhulp', improvedDomains: ['self-reliance', 'health'] });
        // Closed with words only (older desks, Slack): the category is read from the words.
        const wordsOnly = await conversationWithCase({ neighbourhood: '1234' });
        await store.closeCase(wordsOnly.caseRecord.id, 'opgelost', later(day));
        await store.purgeExpired(later(30 * day));
        const statistics = await store.listStatistics();
        expect(statistics).toHaveLength(2);
        const byOutcome = new Map(statistics.map((statistic) => [statistic.outcome, statistic]));
        expect(byOutcome.get('referred')).toMatchObject({
          partner: 'schuldhulp', improvedDomains: ['self-reliance', 'health'], neighbourhood: 'Lindenhoven-Noord', language: 'tr',
          claimedAt: later(2 * 60 * 60 * 1000), closedAt: later(day),
        });
        expect(byOutcome.get('helped')).toMatchObject({ partner: null, improvedDomains: [], neighbourhood: '1234', claimedAt: null });
        // The worker's words never reach the statistics.
        expect(JSON.stringify(statistics)).not.toContain('Jansen');
      });

      it('lists report records of live cases and purged ones together, each once, by the day it was opened', async () => {
        const purged = await conversationWithCase({ neighbourhood: 'Noord' });
        await store.claimCase(purged.caseRecord.id, 'worker-a', later(60 * 60 * 1000));
        await store.closeCase(purged.caseRecord.id, 'doorverwezen', later(day), 'worker-a', { category: 'referred', partner: 'schuldhulp', improvedDomains: ['health'] });
        const live = await conversationWithCase({ topics: [{ id: 'caregiving', confidence: 0.8 }], domain: 'network' }, later(2 * day));
        const outside = await conversationWithCase({}, later(40 * day));
        const before = await store.listReportRecords(start, later(10 * day));
        await store.purgeExpired(later(5 * day));
        const after = await store.listReportRecords(start, later(10 * day));
        expect(await store.findCase(purged.caseRecord.id)).toBeNull();
        for (const records of [before, after]) {
          expect(records).toHaveLength(2);
          const byTopic = new Map(records.map((record) => [record.topics[0], record]));
          expect(byTopic.get('money')).toMatchObject({
            neighbourhood: 'Noord', outcome: 'referred', partner: 'schuldhulp', improvedDomains: ['health'], channel: 'telegram', language: 'nl',
            openedAt: start, claimedAt: later(60 * 60 * 1000), closedAt: later(day),
          });
          expect(byTopic.get('caregiving')).toMatchObject({ domain: 'network', outcome: null, closedAt: null, neighbourhood: null });
        }
        expect(await store.findCase(live.caseRecord.id)).not.toBeNull();
        expect((await store.listReportRecords(later(39 * day), later(41 * day))).map((record) => record.openedAt)).toEqual([outside.caseRecord.createdAt]);
      });

      it('counts each purged case once when two purges run at the same moment', async () => {
        // On PostgreSQL a second store on the same database stands for a second instance. On SQLite
        // one process has one connection (a second one in the same process would block its event
        // loop while waiting for the lock): the purges overlap on the one store.
        const other = provider === 'postgresql' ? await createPrismaStore(store.url, { migrate: false }) : store;
        try {
          for (let index = 0; index < 8; index += 1) {
            const { caseRecord } = await conversationWithCase();
            await store.closeCase(caseRecord.id, 'doorverwezen', later(day));
          }
          const cutoff = later(30 * day);
          const results = await Promise.all([store.purgeExpired(cutoff), other.purgeExpired(cutoff), store.purgeExpired(cutoff), other.purgeExpired(cutoff)]);
          expect(results.reduce((sum, result) => sum + result.cases, 0)).toBe(8);
          expect(await store.listStatistics()).toHaveLength(8);
          expect(await harness.countRows(store.url, 'case_statistics')).toBe(8);
          expect(await harness.countRows(store.url, 'cases')).toBe(0);
        } finally {
          if (other !== store) await other.close();
        }
      });
    });

    describe('workers', () => {
      it('creates, finds and updates workers and their sessions', async () => {
        const worker = await store.createWorker({ username: 'anna', displayName: 'Anna', passwordHash: 'scrypt$x', team: 'noord' });
        expect(worker).toMatchObject({ username: 'anna', failedLogins: 0, lockedUntil: null, slackUserId: null });
        await expect(store.createWorker({ username: 'anna', displayName: 'Anna 2', passwordHash: 'h', team: null })).rejects.toBeInstanceOf(StoreError);
        const locked = await store.updateWorker(worker.id, { failedLogins: 5, lockedUntil: later(1), slackUserId: 'U123' });
        expect(locked).toMatchObject({ failedLogins: 5, lockedUntil: later(1), slackUserId: 'U123' });
        expect(await store.findWorkerBySlackUser('U123')).toEqual(locked);
        expect(await store.findWorkerByUsername('anna')).toEqual(locked);
        expect(await store.findWorkerById(worker.id)).toEqual(locked);
        expect(await store.findWorkerByUsername('nobody')).toBeNull();
        expect((await store.listWorkers()).map((record) => record.username)).toEqual(['anna']);
        await expect(store.updateWorker('no-such-worker', { failedLogins: 1 })).rejects.toBeInstanceOf(NotFoundError);

        const session = { id: 'session-1', workerId: worker.id, csrfToken: 'csrf', expiresAt: later(day) };
        await store.createSession(session);
        expect(await store.findSession('session-1')).toEqual(session);
        await store.deleteSession('session-1');
        await store.deleteSession('session-1');
        expect(await store.findSession('session-1')).toBeNull();
        await expect(store.createSession({ ...session, id: 'session-2', workerId: 'no-such-worker' })).rejects.toBeInstanceOf(NotFoundError);

        await store.createSession({ ...session, id: 'expired', expiresAt: later(1) });
        await store.createSession({ ...session, id: 'current', expiresAt: later(day) });
        expect(await store.deleteExpiredSessions(later(2))).toBe(1);
        expect(await store.findSession('expired')).toBeNull();
        expect(await store.findSession('current')).not.toBeNull();
      });

      it.each([10, 200])('counts %i parallel login attempts, each one, and lets only the first be checked', async (parallel) => {
        const worker = await store.createWorker({ username: `parallel-${parallel}`, displayName: 'P', passwordHash: 'h', team: null });
        const lockedUntilAfter = (failures: number) => later(1000 * failures);
        const attempts = await Promise.all(Array.from({ length: parallel }, () => store.countLoginAttempt(worker.id, start, lockedUntilAfter)));
        expect(attempts.filter((attempt) => attempt.checkable)).toHaveLength(1);
        expect(await store.findWorkerById(worker.id)).toMatchObject({ failedLogins: parallel, lockedUntil: later(1000) });
        // During the delay: counted, the delay not moved.
        expect(await store.countLoginAttempt(worker.id, later(999), lockedUntilAfter)).toEqual({ checkable: false, failedLogins: parallel + 1, lockedUntil: later(1000) });
        // Once it has passed: checkable, and the next delay follows the count.
        expect(await store.countLoginAttempt(worker.id, later(1000), lockedUntilAfter)).toEqual({ checkable: true, failedLogins: parallel + 2, lockedUntil: later(1000 * (parallel + 2)) });
        await expect(store.countLoginAttempt('no-such-worker', start, lockedUntilAfter)).rejects.toBeInstanceOf(NotFoundError);
      });

      it('keeps a TOTP secret until it is removed', async () => {
        const worker = await store.createWorker({ username: 'totp', displayName: 'T', passwordHash: 'h', team: null });
        expect(worker).toMatchObject({ permission: 'worker', totpSecret: null });
        await store.updateWorker(worker.id, { totpSecret: 'JBSWY3DPEHPK3PXP' });
        expect(await store.findWorkerByUsername('totp')).toMatchObject({ totpSecret: 'JBSWY3DPEHPK3PXP' });
        await store.updateWorker(worker.id, { totpSecret: null });
        expect(await store.findWorkerById(worker.id)).toMatchObject({ totpSecret: null });
      });
    });

    // What the raw-SQL turn paths (sqlite-turn-operations, postgresql-turn-operations) rely on.
    describe('turn path', () => {
      it('keeps times in UTC whatever the process time zone', async () => {
        const zone = process.env.TZ;
        process.env.TZ = 'Europe/Amsterdam';
        try {
          const ref = newRef();
          const received = await store.receiveMessage(ref, inbound('hallo'), later(123));
          expect(received.conversation).toMatchObject({ createdAt: later(123), lastMessageAt: later(123) });
          expect(received.message.createdAt).toEqual(later(123));
          const written = await store.saveTurn(received.conversation.id, {
            state: initialDialogueState(), expectedVersion: 0, messages: [{ direction: 'outbound', author: 'assistant', text: 'dag', kind: 'text' }],
            openCase: newCase(received.conversation.id), audit: { action: 'created', detail: 'normal' }, at: later(1234),
          });
          expect(written.openedCase).toMatchObject({ createdAt: later(1234), updatedAt: later(1234), claimedAt: null });
          // The other methods read the same instants back.
          expect(await store.findConversation(received.conversation.id)).toMatchObject({ createdAt: later(123), lastMessageAt: later(1234) });
          expect((await store.listMessages(received.conversation.id)).map((message) => message.createdAt)).toEqual([later(123), later(1234)]);
          expect(await store.findCase(written.openedCase!.id)).toEqual(written.openedCase);
          expect((await store.listAudit(written.openedCase!.id)).map((entry) => entry.createdAt)).toEqual([later(1234)]);
          const again = await store.receiveMessage(ref, inbound('nog iets'), later(2345));
          expect(again.activeCase).toEqual(written.openedCase);
          expect(again.conversation).toMatchObject({ createdAt: later(123), lastMessageAt: later(2345) });
          // And the turn path reads what the other methods wrote.
          const opened = await store.openConversation(newRef(), later(3456));
          expect((await store.receiveMessage(opened.ref, inbound('hoi'), later(4567))).conversation).toMatchObject({ id: opened.id, createdAt: later(3456), lastMessageAt: later(4567) });
        } finally {
          if (zone === undefined) delete process.env.TZ;
          else process.env.TZ = zone;
        }
      });

      it('writes nothing of a stale turn that would open a case', async () => {
        const conversation = await store.openConversation(newRef(), start);
        await store.saveTurn(conversation.id, { state: initialDialogueState(), expectedVersion: 0, messages: [inbound('een')], at: later(1) });
        const stale = store.saveTurn(conversation.id, {
          state: initialDialogueState(), expectedVersion: 0, messages: [inbound('twee')], openCase: newCase(conversation.id), audit: { action: 'created', detail: 'normal' }, at: later(2),
        });
        await expect(stale).rejects.toBeInstanceOf(ConcurrentUpdateError);
        expect(await harness.countRows(store.url, 'cases')).toBe(0);
        expect(await harness.countRows(store.url, 'audit_entries')).toBe(0);
        expect((await store.listMessages(conversation.id)).map((message) => message.text)).toEqual(['een']);
        expect(await store.findConversation(conversation.id)).toMatchObject({ version: 1, lastMessageAt: later(1) });
      });

      it('audits the opened case when a turn opens one and patches another', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        const written = await store.saveTurn(conversation.id, {
          state: initialDialogueState(), expectedVersion: 1, messages: [inbound('nog een zorg')],
          openCase: newCase(conversation.id, { urgency: 'urgent' }), updateCase: { caseId: caseRecord.id, patch: { urgency: 'urgent' } },
          audit: { action: 'created', detail: 'urgent' }, at: later(1),
        });
        expect(written.updatedCase).toMatchObject({ id: caseRecord.id, urgency: 'urgent', updatedAt: later(1) });
        expect(await store.findCase(caseRecord.id)).toEqual(written.updatedCase);
        expect((await store.listAudit(written.openedCase!.id)).map((entry) => entry.action)).toEqual(['created']);
        expect(await store.listAudit(caseRecord.id)).toEqual([]);
        expect(await store.findActiveCase(conversation.id)).toEqual(written.openedCase);
      });

      it('hands a message received during a turn the case that turn opened, or the state before it', async () => {
        for (let round = 0; round < 20; round += 1) {
          const { conversation, caseRecord } = await conversationWithCase();
          // Opening one case and patching another takes a transaction: the widest window for a message to wait in.
          const [written, received] = await Promise.all([
            store.saveTurn(conversation.id, {
              state: initialDialogueState(), expectedVersion: 1, messages: [],
              openCase: newCase(conversation.id), updateCase: { caseId: caseRecord.id, patch: { urgency: 'urgent' } }, at: later(1),
            }),
            store.receiveMessage(conversation.ref, inbound('nog iets'), later(2)),
          ]);
          expect(received.activeCase).toEqual(received.conversation.version === 2 ? written.openedCase : caseRecord);
        }
      });

      it('gives concurrent messages of one conversation positions of their own', async () => {
        const ref = newRef();
        const first = await store.receiveMessage(ref, inbound('0'), start);
        const texts = Array.from({ length: 8 }, (_, index) => String(index + 1));
        await Promise.all([
          ...texts.map((text) => store.receiveMessage(ref, inbound(text), start)),
          store.saveTurn(first.conversation.id, { state: initialDialogueState(), expectedVersion: 0, messages: [inbound('turn-a'), inbound('turn-b')], at: start }),
        ]);
        const messages = await store.listMessages(first.conversation.id);
        expect(messages.map((message) => message.text).sort()).toEqual(['0', ...texts, 'turn-a', 'turn-b'].sort());
        // A turn's messages stay next to each other, in their order.
        const turn = messages.findIndex((message) => message.text === 'turn-a');
        expect(messages[turn + 1]!.text).toBe('turn-b');
      });
    });

    // openConversation, findConversation and listMessages also run as raw SQL (a chat session's start, a socket's hello).
    describe('chat connection path', () => {
      it('opens a new ref and a first message of it at the same moment into one conversation', async () => {
        const ref = newRef();
        const [opened, received, openedAgain] = await Promise.all([
          store.openConversation(ref, start),
          store.receiveMessage(ref, inbound('hallo'), start),
          store.openConversation(ref, start),
        ]);
        expect(received.conversation.id).toBe(opened.id);
        expect(openedAgain.id).toBe(opened.id);
        expect(await harness.countRows(store.url, 'residents', { column: 'chatId', value: ref.chatId })).toBe(1);
        expect((await store.listMessages(opened.id)).map((message) => message.text)).toEqual(['hallo']);
      });

      it('reads what a turn wrote: state, version and messages with every field', async () => {
        const ref = newRef();
        const opened = await store.openConversation(ref, start);
        expect(opened).toEqual({ id: opened.id, ref, residentId: opened.residentId, state: null, version: 0, createdAt: start, lastMessageAt: start });
        const written = await store.saveTurn(opened.id, {
          state: initialDialogueState(), expectedVersion: 0, at: later(1),
          messages: [inbound('een', { externalId: 'tg-1' }), { direction: 'outbound', author: 'assistant', text: 'twee', kind: 'text', quickReplies: [{ id: 'yes', label: 'Ja' }] }],
        });
        expect(await store.listMessages(opened.id)).toEqual(written.messages);
        const reopened = await store.openConversation(ref, later(day));
        expect(reopened).toEqual({ ...opened, state: initialDialogueState(), version: 1, lastMessageAt: later(1) });
        expect(await store.findConversation(opened.id)).toEqual(reopened);
        expect(await store.listMessages('no-such-conversation')).toEqual([]);
      });

      it('opens a new conversation for a ref whose resident was erased', async () => {
        const ref = newRef();
        const first = await store.openConversation(ref, start);
        await store.eraseResident(first.residentId);
        expect(await store.findConversation(first.id)).toBeNull();
        const second = await store.openConversation(ref, later(1));
        expect(second.id).not.toBe(first.id);
        expect(second.residentId).not.toBe(first.residentId);
        expect(second).toMatchObject({ ref, version: 0, createdAt: later(1) });
      });
    });

    describe('roles', () => {
      it('stores role and kind through the turn path, filters by role, moves a case to a role and links an offer to a request', async () => {
        const debts = await conversationWithCase({ role: 'schuldhulpverlener' }, start);
        const offer = await conversationWithCase({ role: 'vrijwilligerscoordinator', kind: 'offer', topics: [] }, later(1000));
        const older = await conversationWithCase({}, later(2000));
        expect(debts.caseRecord).toMatchObject({ role: 'schuldhulpverlener', kind: 'request', linkedCaseId: null, linkConsent: false });
        expect(offer.caseRecord).toMatchObject({ role: 'vrijwilligerscoordinator', kind: 'offer' });
        expect(older.caseRecord).toMatchObject({ role: null, kind: 'request' });
        expect((await store.listCases({ role: 'vrijwilligerscoordinator' })).map((record) => record.id)).toEqual([offer.caseRecord.id]);
        expect((await store.updateCase(older.caseRecord.id, { role: 'schuldhulpverlener' }, later(3000))).role).toBe('schuldhulpverlener');
        expect((await store.listCases({ role: 'schuldhulpverlener' })).map((record) => record.id)).toEqual([debts.caseRecord.id, older.caseRecord.id]);
        const [linkedOffer, linkedRequest] = await store.linkCases({ caseId: offer.caseRecord.id, consent: true }, { caseId: debts.caseRecord.id, consent: true }, later(4000));
        expect(linkedOffer).toMatchObject({ linkedCaseId: debts.caseRecord.id, linkConsent: true, kind: 'offer' });
        expect(linkedRequest).toMatchObject({ linkedCaseId: offer.caseRecord.id, linkConsent: true });
        expect(await store.findCase(debts.caseRecord.id)).toMatchObject({ linkedCaseId: offer.caseRecord.id, linkConsent: true });
        await store.closeCase(older.caseRecord.id, 'klaar', later(5000));
        await expect(store.linkCases({ caseId: offer.caseRecord.id, consent: true }, { caseId: older.caseRecord.id, consent: true }, later(6000))).rejects.toBeInstanceOf(CaseStatusError);
      });

      it('assigns fairly within a role by open cases, up to capacity, skipping away workers; never a crisis', async () => {
        const worker = (username: string) => store.createWorker({ username, displayName: username, passwordHash: 'h', team: null });
        const anna = await worker('anna');
        const bram = await worker('bram');
        const cem = await worker('cem');
        const dirk = await worker('dirk');
        await store.updateWorker(anna.id, { roles: ['schuldhulpverlener', 'wijkteamwerker'], capacity: 2 });
        await store.updateWorker(bram.id, { roles: ['schuldhulpverlener'] });
        await store.updateWorker(cem.id, { roles: ['schuldhulpverlener'], away: true });
        await store.updateWorker(dirk.id, { roles: ['mantelzorgondersteuner'] });
        expect(await store.findWorkerById(anna.id)).toMatchObject({ roles: ['schuldhulpverlener', 'wijkteamwerker'], capacity: 2, away: false });
        expect(await store.findWorkerById(cem.id)).toMatchObject({ away: true, capacity: null });
        let now = later(0);
        const roles = createRoleActions({
          cases: store, workers: store, clock: { now: () => now }, logger: silentLogger,
          events: { publish: async () => {}, subscribe: () => () => {} },
          assignment: { automatic: true, defaultCapacity: 3 },
          requireWorker: async (id) => (await store.findWorkerById(id))!,
          visibleCase: async (id) => (await store.findCase(id))!,
          audit: async (caseId, actor, action, detail) => store.recordAudit({ caseId, actor, action, detail: detail ?? null }, now),
        });
        const assigned: (string | null)[] = [];
        for (let index = 0; index < 6; index += 1) {
          now = later(1000 * (index + 1));
          const { caseRecord } = await conversationWithCase({ role: 'schuldhulpverlener' }, now);
          assigned.push((await roles.assignAutomatically(caseRecord.id))?.assigneeId ?? null);
        }
        // Anna and Bram take turns (fewest open first); Anna stops at her capacity of 2, Bram at the default 3; Cem is away.
        expect(assigned).toEqual([anna.id, bram.id, anna.id, bram.id, bram.id, null]);
        expect(await store.countOpenCasesByAssignee()).toEqual(new Map([[anna.id, 2], [bram.id, 3]]));
        const crisis = await conversationWithCase({ role: 'mantelzorgondersteuner', urgency: 'crisis', crisis: 'suicide' }, later(9000));
        expect(await roles.assignAutomatically(crisis.caseRecord.id)).toBeNull();
        expect((await store.findCase(crisis.caseRecord.id))?.assigneeId).toBeNull();
        // Back from away, Cem gets the next one.
        await store.updateWorker(cem.id, { away: false });
        const next = await conversationWithCase({ role: 'schuldhulpverlener' }, later(10000));
        expect((await roles.assignAutomatically(next.caseRecord.id))?.assigneeId).toBe(cem.id);
        expect((await store.listAudit(next.caseRecord.id)).map((entry) => [entry.actor, entry.action, entry.detail])).toContainEqual(['system', 'assigned', cem.id]);
      });
    });

    describe('follow-up', () => {
      it('snoozes an open case until a moment or a reply, wakes it once, and refuses a closed case', async () => {
        const { caseRecord } = await conversationWithCase();
        expect(caseRecord).toMatchObject({ snoozedUntil: null, snoozedUntilReply: false });
        const snoozed = await store.snoozeCase(caseRecord.id, { until: later(day), untilReply: false }, later(1));
        expect(snoozed).toMatchObject({ snoozedUntil: later(day), snoozedUntilReply: false });
        expect(await store.listDueSnoozes(later(day - 1))).toEqual([]);
        expect((await store.listDueSnoozes(later(day))).map((record) => record.id)).toEqual([caseRecord.id]);
        // A reply does not end a snooze until a moment; the moment does, for one caller only.
        expect(await store.wakeCase(caseRecord.id, 'reply', later(2))).toBeNull();
        const woken = await Promise.all([store.wakeCase(caseRecord.id, 'time', later(day)), store.wakeCase(caseRecord.id, 'time', later(day))]);
        expect(woken.filter(Boolean)).toHaveLength(1);
        expect(await store.findCase(caseRecord.id)).toMatchObject({ snoozedUntil: null, snoozedUntilReply: false });

        await store.snoozeCase(caseRecord.id, { until: null, untilReply: true }, later(day + 1));
        expect(await store.listDueSnoozes(later(10 * day))).toEqual([]);
        expect(await store.wakeCase(caseRecord.id, 'reply', later(day + 2))).toMatchObject({ id: caseRecord.id, snoozedUntilReply: false });
        expect(await store.wakeCase(caseRecord.id, 'reply', later(day + 3))).toBeNull();

        await store.closeCase(caseRecord.id, 'klaar', later(day + 4));
        await expect(store.snoozeCase(caseRecord.id, { until: later(2 * day), untilReply: false }, later(day + 5))).rejects.toBeInstanceOf(CaseStatusError);
        await expect(store.snoozeCase('no-such-case', { until: null, untilReply: true }, later(1))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('schedules check-ins, lists the due ones and marks each sent once', async () => {
        const { caseRecord } = await conversationWithCase();
        const first = await store.scheduleCheckIn({ caseId: caseRecord.id, workerId: 'worker-a', text: 'Hoe gaat het nu?', sendAt: later(day) }, later(1));
        const second = await store.scheduleCheckIn({ caseId: caseRecord.id, workerId: 'worker-a', text: 'En nu?', sendAt: later(2 * day) }, later(2));
        expect(first).toMatchObject({ caseId: caseRecord.id, text: 'Hoe gaat het nu?', sendAt: later(day), sentAt: null, createdAt: later(1) });
        expect((await store.listDueCheckIns(later(day))).map((checkIn) => checkIn.id)).toEqual([first.id]);
        const marks = await Promise.all([1, 2, 3].map(() => store.markCheckInSent(first.id, later(day))));
        expect(marks.filter(Boolean)).toHaveLength(1);
        expect(await store.listDueCheckIns(later(3 * day))).toEqual([{ ...second, sentAt: null }]);
        expect((await store.listCheckIns(caseRecord.id)).map((checkIn) => [checkIn.id, checkIn.sentAt])).toEqual([[first.id, later(day)], [second.id, null]]);
        await expect(store.scheduleCheckIn({ caseId: 'no-such-case', workerId: 'w', text: 't', sendAt: later(day) }, later(1))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('records referrals with what is shared and the consent, and erasure removes them with the check-ins', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        const referral = await store.recordReferral(
          { caseId: caseRecord.id, workerId: 'worker-a', partnerId: 'schuldhulp', partnerName: 'Schuldhulp', shared: 'naam en telefoon', consentAsked: true, consentGiven: true },
          later(5),
        );
        expect(await store.listReferrals(caseRecord.id)).toEqual([referral]);
        expect(referral).toMatchObject({ partnerId: 'schuldhulp', shared: 'naam en telefoon', consentGiven: true, createdAt: later(5) });
        await store.scheduleCheckIn({ caseId: caseRecord.id, workerId: 'worker-a', text: 'Hoe gaat het?', sendAt: later(day) }, later(6));
        await store.eraseResident(conversation.residentId);
        expect(await store.listReferrals(caseRecord.id)).toEqual([]);
        expect(await store.listCheckIns(caseRecord.id)).toEqual([]);
      });

      it('keeps one satisfaction question per case, records its answers step by step, and keeps answer and score (not the words) after the purge', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        const other = await conversationWithCase();
        await store.closeCase(caseRecord.id, 'opgelost', later(day));
        const scheduled = await store.scheduleSatisfactionQuestion(caseRecord.id, later(8 * day), later(day));
        expect(scheduled).toMatchObject({ id: `satisfaction-${caseRecord.id}`, kind: 'satisfaction', step: null, answer: null, score: null, comment: null, sendAt: later(8 * day), sentAt: null });
        // Once per case: a second schedule, also at the same moment, adds nothing.
        expect(await Promise.all([store.scheduleSatisfactionQuestion(caseRecord.id, later(9 * day), later(2)), store.scheduleSatisfactionQuestion(caseRecord.id, later(9 * day), later(2))])).toEqual([null, null]);
        await expect(store.scheduleSatisfactionQuestion('no-such-case', later(day), later(1))).rejects.toBeInstanceOf(NotFoundError);
        const workerCheckIn = await store.scheduleCheckIn({ caseId: other.caseRecord.id, workerId: 'worker-a', text: 'Hoe gaat het?', sendAt: later(day) }, later(1));
        expect(workerCheckIn).toMatchObject({ kind: 'worker', step: null, answer: null });
        expect((await store.listDueCheckIns(later(8 * day))).map((checkIn) => checkIn.id)).toEqual([workerCheckIn.id, scheduled!.id]);

        expect(await store.pendingSatisfaction(conversation.id)).toBeNull(); // not sent yet
        expect(await store.markCheckInSent(scheduled!.id, later(8 * day))).toBe(true);
        const asks = await Promise.all([1, 2].map(() => store.recordSatisfaction(scheduled!.id, null, { step: 'asked' })));
        expect(asks.filter(Boolean)).toHaveLength(1);
        expect(await store.pendingSatisfaction(conversation.id)).toMatchObject({ id: scheduled!.id, step: 'asked' });
        expect(await store.pendingSatisfaction(other.conversation.id)).toBeNull();
        // Each step is answered once: a second answer to the same step changes nothing.
        expect(await store.recordSatisfaction(scheduled!.id, 'asked', { step: 'score', answer: 'partly' })).toBe(true);
        expect(await store.recordSatisfaction(scheduled!.id, 'asked', { step: 'score', answer: 'yes' })).toBe(false);
        expect(await store.recordSatisfaction(scheduled!.id, 'score', { step: 'comment', score: 3 })).toBe(true);
        expect(await store.recordSatisfaction(scheduled!.id, 'comment', { step: 'done', comment: 'Mevrouw Jansen was aardig' })).toBe(true);
        expect(await store.pendingSatisfaction(conversation.id)).toBeNull();
        expect(await store.findSatisfaction(caseRecord.id)).toMatchObject({ step: 'done', answer: 'partly', score: 3, comment: 'Mevrouw Jansen was aardig', sentAt: later(8 * day) });
        expect(await store.findSatisfaction(other.caseRecord.id)).toBeNull();

        const live = await store.listReportRecords(start, later(day));
        expect(live.map((record) => [record.satisfaction, record.satisfactionScore]).sort()).toEqual([[null, null], ['partly', 3]]);
        await store.purgeExpired(later(40 * day));
        expect(await store.findCase(caseRecord.id)).toBeNull();
        expect(await harness.countRows(store.url, 'check_ins', { column: 'caseId', value: caseRecord.id })).toBe(0);
        const [statistic] = await store.listStatistics();
        expect(statistic).toMatchObject({ satisfaction: 'partly', satisfactionScore: 3 });
        expect(JSON.stringify(await store.listStatistics())).not.toContain('Jansen');
        expect((await store.listReportRecords(start, later(day))).map((record) => [record.satisfaction, record.satisfactionScore]).sort()).toEqual([[null, null], ['partly', 3]]);
      });

      it('a satisfaction question skipped before it was asked (WhatsApp\'s window closed, no template) is done: never pending, never asked later, no answer in the report', async () => {
        const { conversation, caseRecord } = await conversationWithCase();
        await store.closeCase(caseRecord.id, 'opgelost', later(day));
        const scheduled = await store.scheduleSatisfactionQuestion(caseRecord.id, later(8 * day), later(day));
        expect(await store.markCheckInSent(scheduled!.id, later(8 * day))).toBe(true);
        expect(await store.recordSatisfaction(scheduled!.id, null, { step: 'done' })).toBe(true);
        expect(await store.recordSatisfaction(scheduled!.id, null, { step: 'asked' })).toBe(false);
        expect(await store.pendingSatisfaction(conversation.id)).toBeNull();
        expect(await store.listDueCheckIns(later(30 * day))).toEqual([]);
        expect(await store.findSatisfaction(caseRecord.id)).toMatchObject({ step: 'done', answer: null, score: null });
        expect((await store.listReportRecords(start, later(day))).map((record) => record.satisfaction)).toEqual([null]);
      });

      it('creates, lists, updates and deletes canned replies; a second create with the same id is ignored', async () => {
        const created = await store.createCannedReply('welkom', { title: 'Welkom', texts: { nl: 'Hoi, ik ben {worker}.', en: 'Hi, I am {worker}.' } }, later(1));
        expect(created).toMatchObject({ id: 'welkom', title: 'Welkom', texts: { nl: 'Hoi, ik ben {worker}.', en: 'Hi, I am {worker}.' }, createdAt: later(1) });
        expect(await store.createCannedReply('welkom', { title: 'Anders', texts: { nl: 'x' } }, later(2))).toBeNull();
        await store.createCannedReply('agenda', { title: 'Afspraak', texts: { nl: 'Zullen we afspreken?' } }, later(3));
        expect((await store.listCannedReplies()).map((reply) => reply.title)).toEqual(['Afspraak', 'Welkom']);
        const updated = await store.updateCannedReply('welkom', { title: 'Welkom!', texts: { nl: 'Hallo' } }, later(4));
        expect(updated).toMatchObject({ title: 'Welkom!', texts: { nl: 'Hallo' }, updatedAt: later(4), createdAt: later(1) });
        await store.deleteCannedReply('agenda');
        expect((await store.listCannedReplies()).map((reply) => reply.id)).toEqual(['welkom']);
        await expect(store.deleteCannedReply('agenda')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.updateCannedReply('agenda', { title: 'x', texts: { nl: 'x' } }, later(5))).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('collective offers', () => {
      const noord = { neighbourhood: 'Lindenhoven-Noord', topic: 'housing' } as const;

      it('records a start per wijk and topic, lists the latest since a moment, and refuses a second one since that moment', async () => {
        const first = await store.startCollectiveOffer({ ...noord, offer: 'Bewonersavond vocht en schimmel', startedBy: 'worker-cora', startedAt: later(1) }, start);
        expect(first).toEqual({ id: expect.any(String), ...noord, offer: 'Bewonersavond vocht en schimmel', startedBy: 'worker-cora', startedAt: later(1) });
        await store.startCollectiveOffer({ neighbourhood: 'De Beemd', topic: 'caregiving', offer: 'Mantelzorgcafé', startedBy: 'worker-cora', startedAt: later(2) }, start);
        const refused = store.startCollectiveOffer({ ...noord, offer: 'Iets anders', startedBy: 'worker-dirk', startedAt: later(3) }, start);
        await expect(refused).rejects.toBeInstanceOf(CollectiveOfferError);
        await expect(refused).rejects.toMatchObject({ problem: 'already-started' });
        expect((await store.listCollectiveOfferStarts(start)).map((row) => [row.neighbourhood, row.topic, row.offer]).sort()).toEqual([
          ['De Beemd', 'caregiving', 'Mantelzorgcafé'], ['Lindenhoven-Noord', 'housing', 'Bewonersavond vocht en schimmel'],
        ]);
        // A start before `since` belongs to an earlier signal: a new one may begin, and is the one listed.
        const again = await store.startCollectiveOffer({ ...noord, offer: 'Huurdersoverleg', startedBy: 'worker-dirk', startedAt: later(20 * day) }, later(10 * day));
        expect(again).toMatchObject({ offer: 'Huurdersoverleg', startedBy: 'worker-dirk', startedAt: later(20 * day) });
        expect((await store.listCollectiveOfferStarts(later(10 * day))).map((row) => row.offer)).toEqual(['Huurdersoverleg']);
        expect((await store.listCollectiveOfferStarts(start)).map((row) => row.offer).sort()).toEqual(['Huurdersoverleg', 'Mantelzorgcafé']);
        expect(await harness.countRows(store.url, 'collective_offer_starts')).toBe(3);
      });

      it('counts every start of a period, of every wijk and topic, and the report shows the count from 5 on (issue 17)', async () => {
        const starter = (neighbourhood: string, topic: 'housing' | 'loneliness' | 'caregiving' | 'money', at: Date, since: Date) =>
          store.startCollectiveOffer({ neighbourhood, topic, offer: `Aanbod ${neighbourhood} ${topic}`, startedBy: 'worker-cora', startedAt: at }, since);
        // Before the period, and at its (exclusive) end: not counted.
        await starter('Lindenhoven-Noord', 'housing', later(-day), later(-2 * day));
        await starter('Centrum', 'money', later(day), later(day));
        // In the period: Lindenhoven-Noord housing again (a new signal), and three other cells.
        await starter('Lindenhoven-Noord', 'housing', later(1), start);
        await starter('Lindenhoven-Noord', 'loneliness', later(2), start);
        await starter('De Beemd', 'caregiving', later(3), start);
        await starter('De Beemd', 'money', later(day - 1), start);
        expect(await store.countCollectiveOfferStarts(start, later(day))).toBe(4);
        expect(await store.countCollectiveOfferStarts(later(-2 * day), later(2 * day))).toBe(6);
        const reports = createReportActions({
          workers: store, reports: store, collectiveOffers: store, clock: { now: () => later(day) },
          settings: { neighbourhoodNames: [], officeHours: defaultOfficeHours, socialMap: { offers: [], partners: [] } },
        });
        const period = { from: start, to: later(day) };
        expect((await reports.report(null, period)).collectiveOffersStarted).toBeNull();
        await starter('Centrum', 'housing', later(4), start);
        expect((await reports.report(null, period)).collectiveOffersStarted).toBe(5);
        expect(await reports.csv(null, period)).toContain('Collectief aanbod;Gestart in de periode (vanuit een signaal);5\r\n');
      });

      it('lets exactly one of two coordinators starting one for the same signal at once record it', async () => {
        const attempts = await Promise.allSettled(['Cora', 'Dirk'].map((name, index) =>
          store.startCollectiveOffer({ ...noord, offer: `Aanbod van ${name}`, startedBy: `worker-${name}`, startedAt: later(index) }, start)));
        expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
        const [refusal] = attempts.filter((attempt) => attempt.status === 'rejected');
        expect(refusal?.reason).toBeInstanceOf(CollectiveOfferError);
        expect(await harness.countRows(store.url, 'collective_offer_starts')).toBe(1);
      });
    });
  });
}
