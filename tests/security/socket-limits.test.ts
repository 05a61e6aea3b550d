import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient, openSocket } from '../web/web-client.js';
import { startResidentServer, type ResidentServer } from './resident-server.js';

// Issue 13, points 4 and 5: 2,000 sockets from one address were all accepted, and a socket that
// never said hello stayed open indefinitely. Now sockets are capped per address and in total
// (MAXIMUM_SOCKETS_PER_ADDRESS, MAXIMUM_SOCKETS) with an error frame, and a socket that has not
// said hello within SOCKET_HELLO_TIMEOUT_MS is closed.
type Outcome = { frames: any[]; closeCode: number | null; socket: WebSocket };

/** Opens a socket and collects its frames; resolves once it is open (or closed straight away). */
function connect(url: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const outcome: Outcome = { frames: [], closeCode: null, socket };
    socket.on('message', (data) => outcome.frames.push(JSON.parse(data.toString())));
    socket.on('close', (code) => (outcome.closeCode = code));
    socket.once('open', () => resolve(outcome));
    socket.once('error', reject);
  });
}

const waitFor = async (condition: () => boolean, milliseconds = 5_000) => {
  const deadline = Date.now() + milliseconds;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

let database: TestDatabase;
let server: ResidentServer;

beforeAll(async () => {
  database = createTestDatabase();
  server = await startResidentServer(database.url, { MAXIMUM_SOCKETS_PER_ADDRESS: '20', MAXIMUM_SOCKETS: '5000' });
});
afterAll(async () => {
  await server?.stop();
  database?.remove();
});

describe('resident sockets', () => {
  it('refuses sockets past 20 from one address with an error frame, and takes new ones once others close', async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => connect(server.socketUrl)));
    await waitFor(() => outcomes.filter((outcome) => outcome.closeCode !== null).length >= 10);
    const refused = outcomes.filter((outcome) => outcome.closeCode === 4429);
    expect(refused).toHaveLength(10);
    for (const outcome of refused) expect(outcome.frames).toEqual([expect.objectContaining({ type: 'error', tooManySockets: true, message: expect.stringMatching(/te veel/) })]);
    const open = outcomes.filter((outcome) => outcome.socket.readyState === WebSocket.OPEN);
    expect(open).toHaveLength(20);
    // One closes: one more may open.
    open[0]!.socket.close();
    await waitFor(() => open[0]!.closeCode !== null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await connect(server.socketUrl);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(next.closeCode).toBeNull();
    for (const outcome of [...open, next]) outcome.socket.close();
  });
});

describe('the hello deadline', () => {
  it('closes a socket that does not say hello in time, and keeps one that did', async () => {
    const own = createTestDatabase();
    const quick = await startResidentServer(own.url, { SOCKET_HELLO_TIMEOUT_MS: '600' });
    const silent = await connect(quick.socketUrl);
    const { token } = await createWebClient(quick.baseUrl).startConversation();
    const talking = await openSocket(quick.socketUrl);
    talking.send({ type: 'hello', token });
    await talking.next((frame) => frame.type === 'history');
    await waitFor(() => silent.closeCode !== null, 5_000);
    expect(silent.closeCode).toBe(4408);
    expect(silent.frames).toEqual([expect.objectContaining({ type: 'error', message: expect.stringMatching(/niet op tijd/) })]);
    expect(talking.socket.readyState).toBe(WebSocket.OPEN);
    talking.close();
    await quick.stop();
    own.remove();
  });
});

describe('the total cap', () => {
  it('refuses sockets past MAXIMUM_SOCKETS on the instance', async () => {
    const small = createTestDatabase();
    const capped = await startResidentServer(small.url, { MAXIMUM_SOCKETS: '3' });
    try {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => connect(capped.socketUrl)));
      await waitFor(() => outcomes.filter((outcome) => outcome.closeCode !== null).length >= 2);
      expect(outcomes.filter((outcome) => outcome.closeCode === 4429)).toHaveLength(2);
      for (const outcome of outcomes) outcome.socket.close();
    } finally {
      await capped.stop();
      small.remove();
    }
  });
});
