import type { MessageRecord } from '../../core/ports/message.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebClient, openSocket } from '../web/web-client.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';
import { carryConversationAcross, startTwoInstances, stopInstances, type Instance } from './web-instance.js';

const unreachable = await postgresqlUnreachable();
const database = freshSchema('inloop_two');

if (unreachable !== null) {
  describeWithoutPostgresql('two instances on one PostgreSQL', unreachable);
} else {
  describe('two instances on one PostgreSQL, no sticky sessions', () => {
    let a: Instance;
    let b: Instance;

    beforeAll(async () => {
      [a, b] = await startTwoInstances(database.databaseUrl, 'anna');
    }, 60_000);

    afterAll(async () => {
      await stopInstances([a, b]);
      await database.drop();
    });

    it('selects the PostgreSQL bus on both instances', () => {
      expect(a.runtime.events).not.toBe(b.runtime.events);
      expect((a.runtime.events as { instanceId?: string }).instanceId).toBeTruthy();
      expect((b.runtime.events as { instanceId?: string }).instanceId).not.toBe((a.runtime.events as { instanceId?: string }).instanceId);
    });

    it('carries a new case, a claim, and messages both ways between the instances', () => carryConversationAcross(a, b, 'anna'), 30_000);

    it('listens again after PostgreSQL drops the LISTEN connection', async () => {
      const idOfB = (b.runtime.events as unknown as { instanceId: string }).instanceId;
      await database.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`inloop-bus-${idOfB.slice(0, 8)}`]);
      const heard: string[] = [];
      const unsubscribe = b.runtime.events.subscribe((event) => {
        if (event.type === 'message-stored') heard.push(event.message.id);
      });
      const deadline = Date.now() + 8000;
      for (let attempt = 0; heard.length === 0 && Date.now() < deadline; attempt += 1) {
        const message: MessageRecord = { id: `probe-${attempt}`, conversationId: 'probe', direction: 'outbound', author: 'system', text: 'probe', kind: 'text', quickReplies: [], workerId: null, externalId: null, tone: 'normal', createdAt: new Date() };
        await a.runtime.events.publish({ type: 'message-stored', conversationId: 'probe', ref: { channel: 'cli', chatId: 'probe' }, caseId: null, message });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      unsubscribe();
      expect(heard.length).toBeGreaterThan(0);
    }, 15_000);

    it('delivers an event bigger than one notification as a reference, read back from the store', async () => {
      const { token } = await createWebClient(a.baseUrl).startConversation();
      const onA = await openSocket(`${a.socketUrl}/api/chat/socket`);
      onA.send({ type: 'hello', token });
      await onA.next((frame) => frame.type === 'history');
      const onB = await openSocket(`${b.socketUrl}/api/chat/socket`);
      onB.send({ type: 'hello', token });
      await onB.next((frame) => frame.type === 'history');
      // 3,000 characters of € signs (3 bytes each in UTF-8) are over 8,000 bytes: too big for one NOTIFY.
      const long = `Huur achterstand ${'€'.repeat(2980)}`;
      expect(Buffer.byteLength(long)).toBeGreaterThan(8000);
      onA.send({ type: 'message', text: long, clientId: 'long' });
      await onA.next((frame) => frame.type === 'ack');
      const echoed = await onB.next((frame) => frame.type === 'message' && frame.author === 'resident');
      expect(echoed.text).toBe(long);
      // The assistant's reply of the turn on A reaches the other tab on B once.
      await onB.next((frame) => frame.type === 'message' && frame.author === 'assistant');
      onA.close();
      onB.close();
    }, 30_000);
  });
}
