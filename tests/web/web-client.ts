import WebSocket from 'ws';

/** Plain-fetch helpers that speak the documented web API, as any client would. */
export function createWebClient(baseUrl: string) {
  async function json(path: string, init: RequestInit = {}) {
    const response = await fetch(baseUrl + path, init);
    const body = (await response.json().catch(() => null)) as Record<string, any> | null;
    return { status: response.status, body, headers: response.headers };
  }

  return {
    json,
    async startConversation(): Promise<{ token: string; conversationId: string }> {
      const { body } = await json('/api/chat/sessions', { method: 'POST' });
      return body as { token: string; conversationId: string };
    },
    say(token: string, text: string) {
      return json('/api/chat/messages', {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }),
      });
    },
    history(token: string) {
      return json('/api/chat/history', { headers: { authorization: `Bearer ${token}` } });
    },
    async login(username: string, password: string) {
      const response = await fetch(`${baseUrl}/api/inbox/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
      });
      const body = (await response.json()) as Record<string, any>;
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
      return { status: response.status, body, cookie, csrfToken: body.csrfToken as string, setCookie: response.headers.get('set-cookie') };
    },
    worker(session: { cookie: string; csrfToken: string }) {
      return (path: string, body?: object, withCsrf = true) => json(path, body === undefined ? { headers: { cookie: session.cookie } } : {
        method: 'POST',
        headers: { cookie: session.cookie, 'content-type': 'application/json', ...(withCsrf ? { 'x-csrf-token': session.csrfToken } : {}) },
        body: JSON.stringify(body),
      });
    },
  };
}

/** A WebSocket whose frames can be awaited one by one. */
export async function openSocket(url: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, { headers });
  const frames: any[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    frames.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    frames,
    send: (data: string | object) => socket.send(typeof data === 'string' ? data : JSON.stringify(data)),
    /** Resolves with the first frame (seen or still to come) that matches. */
    async next(match: (frame: any) => boolean, timeoutMilliseconds = 10_000): Promise<any> {
      const deadline = Date.now() + timeoutMilliseconds;
      for (;;) {
        const index = frames.findIndex(match);
        if (index >= 0) return frames.splice(index, 1)[0];
        if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(frames)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => socket.close(),
  };
}
