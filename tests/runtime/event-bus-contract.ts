import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../core/ports/case-record.js';
import type { EventBus, InloopEvent } from '../../core/ports/event-bus.js';
import type { MessageRecord } from '../../core/ports/message.js';

/** A bus under test; the shared kinds also listen (ready) and close. */
export type ContractBus = EventBus & { ready?(): Promise<void>; close?(): Promise<void> };

/** Where a shared bus reads an event that travelled as a reference (too big for one notification). */
export type ContractStore = { listMessages(conversationId: string): Promise<MessageRecord[]>; findCase(caseId: string): Promise<CaseRecord | null> };

/** What the contract needs from one implementation of the EventBus port; each kind provides one. */
export interface EventBusHarness {
  /** A new bus (a shared kind reads references from `store`, emptyStore by default); for a shared kind, every bus it opens is on the same channel (or schema). */
  open(store?: ContractStore): Promise<ContractBus>;
  /** Shared kinds only: a bus on another channel (or schema) of the same server. */
  openElsewhere?(): Promise<ContractBus>;
}

/** Small enough for every bus to carry whole: no store is read, so the harnesses give an empty one. */
export const emptyStore: ContractStore = { listMessages: async () => [], findCase: async () => null };

const settleMilliseconds = 150;
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function messageEvent(index: number): InloopEvent {
  const message: MessageRecord = {
    id: `message-${index}`, conversationId: 'conversation-1', direction: 'inbound', author: 'resident', text: `bericht ${index} — €`,
    kind: 'text', quickReplies: [{ id: 'yes', label: 'Ja' }], workerId: null, externalId: null, tone: 'normal', createdAt: new Date(Date.UTC(2026, 10, 23, 9, 0, index)),
  };
  return { type: 'message-stored', conversationId: 'conversation-1', ref: { channel: 'web', chatId: 'chat-1' }, caseId: null, message };
}

function caseEvent(index: number): InloopEvent {
  const record: CaseRecord = {
    id: `case-${index}`, conversationId: 'conversation-1', firstWords: 'ik heb schulden', summary: null, topics: [{ id: 'money', confidence: 0.9 }],
    domain: 'self-reliance', urgency: 'normal', crisis: null, tried: null, network: null, wish: null, contactPreference: 'chat', contactDetails: null,
    language: 'nl', consent: true, team: null, safetyCheck: null, facts: null, confirmation: null, ref: { channel: 'web', chatId: 'chat-1' }, status: 'claimed', assigneeId: 'worker-1', outcome: null,
    createdAt: new Date('2026-11-23T09:00:00Z'), claimedAt: new Date('2026-11-23T09:25:00Z'), closedAt: null, updatedAt: new Date('2026-11-23T09:25:00Z'),
  };
  return index % 3 === 1 ? { type: 'case-opened', case: record } : { type: 'case-updated', case: record, action: 'claimed' };
}

/** Messages and cases mixed, numbered from `from`. */
export function someEvents(count: number, from = 0): InloopEvent[] {
  return Array.from({ length: count }, (_, offset) => (offset % 2 === 0 ? messageEvent(from + offset) : caseEvent(from + offset)));
}

const idOf = (event: InloopEvent) => (event.type === 'message-stored' ? event.message.id : event.type === 'case-taken-over' ? event.caseId : event.case.id);

/** Everything a bus delivers to one listener, with a wait for the n-th. */
export function listenTo(bus: EventBus) {
  const heard: InloopEvent[] = [];
  const stop = bus.subscribe((event) => heard.push(event));
  return {
    heard,
    ids: () => heard.map(idOf),
    stop,
    async until(predicate: (heard: InloopEvent[]) => boolean, timeoutMilliseconds = 5000) {
      const deadline = Date.now() + timeoutMilliseconds;
      while (!predicate(heard)) {
        if (Date.now() > deadline) throw new Error(`timed out; heard ${JSON.stringify(heard.map(idOf))}`);
        await pause(10);
      }
    },
  };
}

export function defineEventBusContract(name: string, harness: EventBusHarness): void {
  describe(`EventBus contract: ${name}`, () => {
    const opened: ContractBus[] = [];
    const open = async (where: 'here' | 'elsewhere' = 'here', store?: ContractStore) => {
      const bus = where === 'here' ? await harness.open(store) : await harness.openElsewhere!();
      opened.push(bus);
      await bus.ready?.();
      return bus;
    };
    afterEach(async () => {
      for (const bus of opened.splice(0)) await bus.close?.();
    });
    /** With a shared bus: a second bus has heard `count` events, so the server has sent every echo back too. */
    const awaitRoundTrip = async (peer: ReturnType<typeof listenTo> | null, count: number) => {
      if (!peer) return;
      await peer.until((heard) => heard.length >= count);
      await pause(settleMilliseconds);
    };

    it('delivers each published event to a local subscriber exactly once, in publish order', async () => {
      const a = await open();
      const peer = harness.openElsewhere ? listenTo(await open()) : null;
      const local = listenTo(a);
      const events = someEvents(20);
      for (const event of events) await a.publish(event);
      await awaitRoundTrip(peer, events.length);
      expect(local.ids()).toEqual(events.map(idOf));
      expect(local.heard[0]).toBe(events[0]); // locally the very object, at once
    });

    // The same promises for a listener on the publishing bus and, with a shared kind, on another instance.
    const placements = [{ where: 'on the publishing bus', remote: false }, ...(harness.openElsewhere ? [{ where: 'on another instance', remote: true }] : [])];
    for (const { where, remote } of placements) {
      describe(`listeners ${where}`, () => {
        const publisherAndListener = async () => {
          const publisher = await open();
          return { publisher, listener: remote ? await open() : publisher };
        };

        it('stops delivering to a listener after it unsubscribes', async () => {
          const { publisher, listener } = await publisherAndListener();
          const leaving = listenTo(listener);
          const staying = listenTo(listener);
          const [first, second] = someEvents(2);
          await publisher.publish(first!);
          await leaving.until((heard) => heard.length === 1);
          leaving.stop();
          await publisher.publish(second!);
          await staying.until((heard) => heard.length === 2);
          expect(leaving.ids()).toEqual([idOf(first!)]);
        });

        it('keeps delivering to the other listeners when one throws', async () => {
          const { publisher, listener } = await publisherAndListener();
          listener.subscribe(() => {
            throw new Error('a broken listener');
          });
          const heard = listenTo(listener);
          const events = someEvents(3);
          for (const event of events) await expect(publisher.publish(event)).resolves.toBeUndefined();
          await heard.until((all) => all.length === events.length);
          expect(heard.ids()).toEqual(events.map(idOf));
        });
      });
    }

    if (!harness.openElsewhere) return;

    describe('across instances', () => {
      it('carries every event from A to B exactly once, in order, with dates as Date', async () => {
        const a = await open();
        const b = await open();
        const onB = listenTo(b);
        const events = someEvents(30);
        for (const event of events) await a.publish(event);
        await onB.until((heard) => heard.length >= events.length);
        await pause(settleMilliseconds);
        expect(onB.heard).toEqual(events);
        const message = onB.heard.find((event) => event.type === 'message-stored');
        const opened = onB.heard.find((event) => event.type === 'case-opened');
        expect(message?.type === 'message-stored' && message.message.createdAt).toBeInstanceOf(Date);
        expect(opened?.type === 'case-opened' && opened.case.claimedAt).toBeInstanceOf(Date);
        expect(opened?.type === 'case-opened' && opened.case.closedAt).toBeNull();
      });

      it('carries 50 events published at once from A to B exactly once, in order (and to A itself once each)', async () => {
        const a = await open();
        const b = await open();
        const onA = listenTo(a);
        const onB = listenTo(b);
        const events = someEvents(50, 200);
        await Promise.all(events.map((event) => a.publish(event)));
        expect(onA.heard).toEqual(events);
        await onB.until((heard) => heard.length >= events.length);
        await pause(settleMilliseconds);
        expect(onB.heard).toEqual(events);
        expect(onA.heard).toHaveLength(events.length);
      });

      it('keeps the order of events published at once, some while the previous ones are still on their way', async () => {
        const a = await open();
        const b = await open();
        const onB = listenTo(b);
        const events = someEvents(40, 300);
        const publishing: Array<Promise<void>> = [];
        for (const [index, event] of events.entries()) {
          publishing.push(a.publish(event));
          if (index % 7 === 0) await pause(1);
        }
        await Promise.all(publishing);
        await onB.until((heard) => heard.length >= events.length);
        await pause(settleMilliseconds);
        expect(onB.ids()).toEqual(events.map(idOf));
      });

      it('carries an oversized event between small ones published at once, in order', async () => {
        const [before, , after] = someEvents(3, 400);
        const big = messageEvent(401) as InloopEvent & { type: 'message-stored' };
        big.message = { ...big.message, text: 'lang verhaal '.repeat(900) }; // above any notification limit
        const a = await open();
        const b = await open('here', { listMessages: async (conversationId) => (conversationId === big.conversationId ? [big.message] : []), findCase: async () => null });
        const onB = listenTo(b);
        const events = [before!, big, after!];
        await Promise.all(events.map((event) => a.publish(event)));
        await onB.until((heard) => heard.length >= events.length);
        await pause(settleMilliseconds);
        expect(onB.heard).toEqual(events);
      });

      it('keeps which satisfaction step was answered when an oversized case-updated travels as a reference', async () => {
        const small = caseEvent(500) as InloopEvent & { type: 'case-opened' };
        const record = { ...small.case, status: 'closed' as const, firstWords: 'lang verhaal '.repeat(900) }; // above any notification limit
        const a = await open();
        const b = await open('here', { listMessages: async () => [], findCase: async (caseId) => (caseId === record.id ? record : null) });
        const onB = listenTo(b);
        const event: InloopEvent = { type: 'case-updated', case: record, action: 'satisfaction-answered', answered: 'comment' };
        await a.publish(event);
        await onB.until((heard) => heard.length >= 1);
        expect(onB.heard).toEqual([event]);
      });

      it('does not cross to a bus on another channel or schema, either way', async () => {
        const a = await open();
        const b = await open();
        const other = await open('elsewhere');
        const onB = listenTo(b);
        const onOther = listenTo(other);
        const [fromOther, fromA] = someEvents(2, 100);
        await other.publish(fromOther!);
        await a.publish(fromA!);
        await onB.until((heard) => heard.length >= 1);
        await pause(settleMilliseconds);
        expect(onB.ids()).toEqual([idOf(fromA!)]);
        expect(onOther.ids()).toEqual([idOf(fromOther!)]); // its own, locally; nothing from A
      });
    });
  });
}
