import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

export interface SlackApiCall {
  method: string;
  token: string | null;
  body: Record<string, unknown>;
}

export const fakeBot = { teamId: 'T0INLOOP', userId: 'U0BOT', botId: 'B0BOT' };
/** auth.test answers invalid_auth for this token. */
export const refusedToken = 'xoxb-refused';

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  const type = request.headers['content-type'] ?? '';
  const body: Record<string, unknown> = type.includes('application/json') ? JSON.parse(raw || '{}') : { ...parseQuery(raw) };
  // The Web API client sends nested arguments (blocks) as JSON strings inside the form.
  for (const key of ['blocks', 'attachments']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
  }
  return body;
}

/**
 * The slice of Slack's Web API that Inloop calls, on loopback (https://api.slack.com/methods):
 * auth.test, chat.postMessage (hands out increasing ts values), chat.update, chat.postEphemeral.
 * Records every call.
 */
export async function startFakeSlackApi() {
  const calls: SlackApiCall[] = [];
  /** A test's own answer for a method (a refusal, say); undefined: the usual answer. */
  let override: ((method: string, body: Record<string, unknown>) => Record<string, unknown> | undefined) | null = null;
  let sequence = 0;
  const nextTs = () => `${1_790_000_000 + sequence}.${String(++sequence).padStart(6, '0')}`;

  const server = createServer(async (request, response) => {
    const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const body = await readBody(request);
    const authorization = request.headers.authorization ?? '';
    calls.push({ method, token: authorization.replace(/^Bearer /, '') || (body.token as string) || null, body });
    let answer: Record<string, unknown>;
    switch (method) {
      case 'auth.test':
        answer = calls.at(-1)?.token === refusedToken ? { ok: false, error: 'invalid_auth' } : { ok: true, url: 'https://inloop.slack.com/', team: 'Inloop', user: 'inloop', team_id: fakeBot.teamId, user_id: fakeBot.userId, bot_id: fakeBot.botId };
        break;
      case 'chat.postMessage': {
        const ts = nextTs();
        answer = { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, bot_id: fakeBot.botId, thread_ts: body.thread_ts } };
        break;
      }
      case 'chat.update':
        answer = { ok: true, channel: body.channel, ts: body.ts, text: body.text };
        break;
      case 'chat.postEphemeral':
        answer = { ok: true, message_ts: nextTs() };
        break;
      default:
        answer = { ok: false, error: 'unknown_method' };
    }
    answer = override?.(method, body) ?? answer;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    callsOf(method: string): SlackApiCall[] {
      return calls.filter((call) => call.method === method);
    },
    answerWith(answer: typeof override) {
      override = answer;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

/** Polls until the check returns something truthy (Slack work runs after the HTTP answer). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
