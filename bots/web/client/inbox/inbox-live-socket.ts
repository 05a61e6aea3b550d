import type { InboxFrame } from './inbox-types.js';

/** The close code of /api/inbox/socket when the worker's session is over (bots/web/inbox-socket.ts). */
const sessionOverCode = 4401;
const reconnectMilliseconds = 3000;

export interface InboxLiveHandlers {
  onFrame(frame: InboxFrame): void;
  onOpen?(): void;
  /** The server said it is listening; `reconnected` after a dropped connection, when what happened meanwhile was missed. */
  onReady?(reconnected: boolean): void;
  /** The session is over: no new connection. */
  onSessionOver(): void;
  /** The connection dropped; a new one follows in three seconds. */
  onLost(): void;
}

/** The inbox's live connection (/api/inbox/socket), shared by the inbox and the dashboard: `body[data-live]` says whether it is up. */
export function connectInboxSocket(handlers: InboxLiveHandlers, reconnected = false): void {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/inbox/socket`);
  socket.addEventListener('open', () => handlers.onOpen?.());
  socket.addEventListener('message', (event: MessageEvent<string>) => {
    const frame = JSON.parse(event.data) as InboxFrame;
    if (frame.type === 'ready') {
      document.body.dataset.live = 'true';
      handlers.onReady?.(reconnected);
    }
    handlers.onFrame(frame);
  });
  socket.addEventListener('close', (event) => {
    document.body.dataset.live = 'false';
    if (event.code === sessionOverCode) return handlers.onSessionOver();
    handlers.onLost();
    setTimeout(() => connectInboxSocket(handlers, true), reconnectMilliseconds);
  });
}
