// Talks to the server: a conversation token, the live socket (reconnecting), and HTTP when the socket is down.
import type { MessageView, ReplyView } from '../../message-view.js';
import type { WidgetSettings } from './widget-settings.js';

const tokenKey = 'inloop-widget-token';
const openKey = 'inloop-widget-open';
// The server closes with this code when it does not know the token (never issued, or erased after "vergeet mij").
const unknownSessionCode = 4401;

/** What the server sends over the socket (bots/web/chat-socket.ts), and the widget's own 'resent' for a line sent again. */
export type ServerFrame =
  | { type: 'history'; conversationId: string; messages: MessageView[] }
  | ({ type: 'message' } & MessageView)
  | ({ type: 'reply' } & ReplyView)
  | { type: 'typing'; active?: boolean }
  | { type: 'ack'; clientId: string }
  | { type: 'error'; message: string; clientId?: string; session?: 'unknown'; busy?: boolean; tooManySockets?: boolean }
  | { type: 'resent'; text: string };

/** '' clears the status line; 'offline' and 'renewed' stand for the widget's own texts. */
export type ConnectionStatus = '' | 'offline' | 'renewed';

interface PendingMessage {
  text: string;
  quickReplyId: string | undefined;
}

/** A failed request: the server's kind message, and the status to tell an unknown token (401) apart. */
class RequestError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

function widgetStorage(remember: WidgetSettings['remember']): Storage | null {
  try {
    return remember === 'tab' ? window.sessionStorage : window.localStorage;
  } catch {
    return null; // storage blocked: the chat still works, it just will not resume
  }
}

export function createWidgetConnection(settings: WidgetSettings, onFrame: (frame: ServerFrame) => void, onStatus: (status: ConnectionStatus) => void) {
  const storage = widgetStorage(settings.remember);
  let socket: WebSocket | null = null;
  let stopped = false;
  let retryDelay = 1000;
  let token: string | null = null;
  // Messages sent over the socket and not yet acknowledged: sent again in a new session if this one turns out unknown.
  let unacknowledged: Record<string, PendingMessage> = {};
  let resendAfterHistory: Array<{ clientId: string; message: PendingMessage }> = [];
  let renewed = false;

  function request<Body>(path: string, options: RequestInit): Promise<Body> {
    return fetch(settings.server + path, options).then((response) =>
      response.json().then((body: Body & { error?: string }) => {
        if (!response.ok) throw new RequestError(body.error || 'request failed', response.status);
        return body;
      }));
  }

  /** The server does not know this token (erased or never issued): forget it and start a new session. */
  function forgetToken(): void {
    if (storage) storage.removeItem(tokenKey);
    token = null;
    renewed = true;
    onStatus('renewed');
  }

  function ensureToken(): Promise<string> {
    token = storage ? storage.getItem(tokenKey) : token;
    if (token) return Promise.resolve(token);
    return request<{ token: string }>('/api/chat/sessions', { method: 'POST' }).then((body) => {
      token = body.token;
      if (storage) storage.setItem(tokenKey, body.token);
      return body.token;
    });
  }

  function connect(): void {
    if (stopped) return;
    const url = new URL('/api/chat/socket', settings.server);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const opened = new WebSocket(url.href);
    socket = opened;
    // The token goes in the first frame, not the URL, so it never lands in an access log.
    opened.addEventListener('open', () => {
      retryDelay = 1000;
      if (!renewed) onStatus(''); // the notice of a new session stays until the next acknowledgement
      renewed = false;
      opened.send(JSON.stringify({ type: 'hello', token }));
    });
    opened.addEventListener('message', (event: MessageEvent<string>) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(event.data) as ServerFrame;
      } catch {
        return; // A frame we cannot read is skipped; the next history frame puts everything right.
      }
      if (frame.type === 'ack') delete unacknowledged[frame.clientId];
      // The server closes right after this frame; the close handler starts the new session.
      if (frame.type === 'error' && frame.session === 'unknown') return;
      onFrame(frame);
      if (frame.type === 'history') resendPending();
    });
    opened.addEventListener('close', (event) => {
      if (stopped) return;
      if (event.code === unknownSessionCode) {
        // Nothing is lost: a new session starts at once and what was not acknowledged goes again.
        forgetToken();
        for (const [clientId, message] of Object.entries(unacknowledged)) resendAfterHistory.push({ clientId, message });
        unacknowledged = {};
        ensureToken().then(connect, () => { onStatus('offline'); setTimeout(reconnect, retryDelay); });
        return;
      }
      unacknowledged = {}; // as before: an ordinary reconnect sends nothing again
      onStatus('offline');
      setTimeout(reconnect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function reconnect(): void {
    if (token) return connect();
    ensureToken().then(connect, () => {
      setTimeout(reconnect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function resendPending(): void {
    for (const pending of resendAfterHistory.splice(0)) {
      // The new session's history cleared the panel: show the resident's words again, then send them.
      onFrame({ type: 'resent', text: pending.message.text });
      sendOverSocket(pending.message.text, pending.message.quickReplyId, pending.clientId);
    }
  }

  function sendOverSocket(text: string, quickReplyId: string | undefined, clientId: string): void {
    unacknowledged[clientId] = { text, quickReplyId };
    socket?.send(JSON.stringify({ type: 'message', text, quickReplyId, clientId }));
  }

  function sendOverHttp(text: string, quickReplyId: string | undefined): Promise<{ replies: ReplyView[] }> {
    return request('/api/chat/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text, quickReplyId }),
    });
  }

  return {
    start(): Promise<void> {
      return ensureToken().then(connect);
    },
    send(text: string, quickReplyId: string | undefined, clientId: string): Promise<void> {
      if (socket && socket.readyState === WebSocket.OPEN) {
        sendOverSocket(text, quickReplyId, clientId);
        return Promise.resolve();
      }
      return sendOverHttp(text, quickReplyId).catch((error: unknown) => {
        if (!(error instanceof RequestError) || error.status !== 401) throw error;
        // Unknown token: once more in a new session, so the resident still gets an answer.
        forgetToken();
        return ensureToken().then(() => sendOverHttp(text, quickReplyId));
      }).then((body) => {
        for (const reply of body.replies) onFrame({ type: 'reply', author: reply.author, text: reply.text, quickReplies: reply.quickReplies, tone: reply.tone });
      });
    },
    /** The conversation's token, or null before it exists (the office-hours line asks with it). */
    currentToken: (): string | null => token,
    rememberOpen(open: boolean): void {
      if (!storage) return;
      if (open) storage.setItem(openKey, '1');
      else storage.removeItem(openKey);
    },
    forget(): void {
      stopped = true;
      if (socket) socket.close();
      if (storage) {
        storage.removeItem(tokenKey);
        storage.removeItem(openKey);
      }
      token = null;
      unacknowledged = {};
      resendAfterHistory = [];
    },
  };
}

export type WidgetConnection = ReturnType<typeof createWidgetConnection>;

export function widgetWasOpen(settings: WidgetSettings): boolean {
  const storage = widgetStorage(settings.remember);
  return Boolean(storage && storage.getItem(openKey) && storage.getItem(tokenKey));
}
