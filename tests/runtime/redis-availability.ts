import { randomBytes } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';
import { createClient } from 'redis';
import { describeWithoutService } from '../support/missing-service.js';

export const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// No reconnects: an unreachable Redis is an answer, not something to wait for.
const plainClient = () => createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 2000 } });

/** A plain client on the test Redis, for looking at (and cutting) the bus's connections. */
export async function withRedis<T>(use: (client: ReturnType<typeof plainClient>) => Promise<T>): Promise<T> {
  const client = plainClient();
  client.on('error', () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

/** null when Redis answers PING, otherwise why not. */
export async function redisUnreachable(): Promise<string | null> {
  try {
    await withRedis((client) => client.ping());
    return null;
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    return message || code || String(error);
  }
}

/** A channel of its own for one test, so parallel test files never hear each other. */
export function freshChannel(prefix: string): string {
  return `inloop:test:${prefix}:${randomBytes(4).toString('hex')}`;
}

/** Kills the subscribe-mode connection(s) whose CLIENT SETNAME starts with `namePrefix`; returns their ids. */
export async function killSubscriberConnections(namePrefix: string): Promise<string[]> {
  return withRedis(async (client) => {
    const list = await client.sendCommand<string>(['CLIENT', 'LIST', 'TYPE', 'pubsub']);
    const ids = list
      .split('\n')
      .map((line) => Object.fromEntries(line.split(' ').map((field) => field.split('=', 2))) as Record<string, string>)
      .filter((fields) => fields.name?.startsWith(namePrefix))
      .map((fields) => fields.id!);
    for (const id of ids) await client.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub', 'ID', id]);
    return ids;
  });
}

/**
 * A TCP relay on loopback in front of the test Redis that can be cut and restored: the bus sees
 * Redis vanish (connections dropped, new ones refused) and come back, while other users of the
 * same Redis are untouched. Or frozen: the connections stay open and nothing passes.
 */
export async function createCuttableRelay() {
  const target = new URL(redisUrl);
  const pairs = new Set<Socket>();
  let server: Server | null = null;
  let frozen = false;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((incoming) => {
        const outgoing = new Socket();
        outgoing.connect(Number(target.port || 6379), target.hostname.replace(/^\[|\]$/g, ''));
        for (const [from, to] of [[incoming, outgoing], [outgoing, incoming]] as const) {
          pairs.add(from);
          from.on('data', (chunk) => void (frozen || to.write(chunk)));
          from.on('error', () => to.destroy());
          from.on('close', () => {
            pairs.delete(from);
            to.destroy();
          });
        }
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        const address = listening.address();
        port = typeof address === 'object' && address ? address.port : port;
        server = listening;
        resolve();
      });
    });
  /** Drops every relayed connection and refuses new ones. */
  const cut = async () => {
    const closing = server;
    server = null;
    for (const socket of pairs) socket.destroy();
    await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
  };
  await open();
  const relayUrl = new URL(redisUrl);
  relayUrl.hostname = '127.0.0.1';
  relayUrl.port = String(port);
  /** restore: accepts connections again, on the same port; freeze: connections stay open but nothing passes (a silent network). */
  return { url: relayUrl.toString(), cut, restore: open, close: cut, freeze: () => void (frozen = true) };
}

/** When Redis is away: a failing test with REQUIRE_REDIS=1, otherwise a skip with a message. */
export function describeWithoutRedis(name: string, unreachable: string): void {
  describeWithoutService(name, { name: 'Redis', url: redisUrl, variable: 'REQUIRE_REDIS', unreachable });
}
