import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { describeWithoutPostgresql, freshSchema, postgresqlUnreachable } from './postgresql-schema.js';

const unreachable = await postgresqlUnreachable();
const database = freshSchema('inloop_crash');
const residentCount = 12;

/** A resident who keeps typing; every message text is unique, so the database can be checked per message. */
class TypingResident {
  readonly acked = new Set<string>();
  readonly sent = new Set<string>();
  private socket: WebSocket | null = null;
  private counter = 0;
  private turnEnd: (() => void) | null = null;
  conversationId = '';

  constructor(readonly name: string, readonly token: string) {}

  connect(socketUrl: string): Promise<void> {
    const socket = new WebSocket(socketUrl);
    this.socket = socket;
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', token: this.token })));
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        if (frame.type === 'history') {
          this.conversationId = frame.conversationId;
          resolve();
        }
        if (frame.type === 'ack') this.acked.add(frame.clientId);
        if ((frame.type === 'typing' && frame.active === false) || frame.type === 'error') {
          const wake = this.turnEnd;
          this.turnEnd = null;
          wake?.();
        }
      });
      socket.on('close', () => {
        const wake = this.turnEnd;
        this.turnEnd = null;
        wake?.();
      });
    });
  }

  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** One message; resolves when its turn ended (or the connection died). */
  say(): Promise<string> {
    this.counter += 1;
    const clientId = `${this.name}-${this.counter}`;
    const done = new Promise<void>((resolve) => {
      this.turnEnd = resolve;
    });
    this.sent.add(clientId);
    this.socket!.send(JSON.stringify({ type: 'message', text: `Bericht ${clientId}: ik heb hulp nodig met mijn huur`, clientId }));
    return done.then(() => clientId);
  }

  close(): void {
    this.socket?.close();
  }
}

if (unreachable !== null) {
  describeWithoutPostgresql('crash safety', unreachable);
} else {
  describe('kill -9 of an instance in the middle of traffic', () => {
    let a: ServerProcess;
    let b: ServerProcess;
    const environment = { RATE_LIMIT_SESSIONS_PER_ADDRESS_PER_MINUTE: '10000', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_PER_CONVERSATION_PER_MINUTE: '10000' };

    beforeAll(async () => {
      // One after the other: the first applies the migrations.
      a = await startServerProcess({ databaseUrl: database.databaseUrl, environment });
      b = await startServerProcess({ databaseUrl: database.databaseUrl, environment });
    }, 90_000);

    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await database.drop();
    });

    it('loses no acknowledged message, and every conversation resumes on the other instance', async () => {
      const residents: TypingResident[] = [];
      for (let index = 0; index < residentCount; index += 1) {
        const response = await fetch(`${a.baseUrl}/api/chat/sessions`, { method: 'POST' });
        const { token } = (await response.json()) as { token: string };
        const resident = new TypingResident(`r${index}`, token);
        await resident.connect(a.socketUrl);
        residents.push(resident);
      }

      // Everyone types as fast as answered; A is killed after a while, mid-turn for most of them.
      const typing = residents.map(async (resident) => {
        while (resident.open) await resident.say();
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await a.kill();
      await Promise.all(typing);
      const ackedBeforeCrash = residents.reduce((sum, resident) => sum + resident.acked.size, 0);
      expect(ackedBeforeCrash).toBeGreaterThan(residentCount);

      // The same tokens on B: the conversation continues where it was.
      for (const resident of residents) {
        await resident.connect(b.socketUrl);
        const clientId = await resident.say();
        expect(resident.acked.has(clientId)).toBe(true);
        resident.close();
      }

      const { rows } = await database.query(`SELECT c."chatId", m.text FROM $schema.messages m JOIN $schema.conversations c ON c.id = m."conversationId" WHERE m.author = 'resident'`);
      const stored = new Set(rows.map((row: { text: string }) => /^Bericht (\S+):/.exec(row.text)?.[1]));
      const acked = residents.flatMap((resident) => [...resident.acked]);
      const lost = acked.filter((clientId) => !stored.has(clientId));
      const sent = residents.reduce((sum, resident) => sum + resident.sent.size, 0);
      console.info(`crash safety: ${sent} sent, ${acked.length} acknowledged, ${stored.size} stored, ${lost.length} lost`);
      expect(lost).toEqual([]);
    }, 60_000);
  });
}
