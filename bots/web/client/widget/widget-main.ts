// Wiring: nothing is stored and nothing is fetched until the person opens the widget.
// The bundle (bots/web/client-bundles.ts) wraps this in one function, so nothing lands on the host page's window.
import type { MessageView } from '../../message-view.js';
import { createWidgetConnection, widgetWasOpen, type ConnectionStatus, type ServerFrame, type WidgetConnection } from './widget-connection.js';
import { widgetTexts } from '../../../../core/texts/widget-texts.js';
import { currentWidgetScript, readWidgetSettings } from './widget-settings.js';
import { createWidgetView, type QuickReply, type WidgetView } from './widget-view.js';

// Read first, while the browser still runs this script: document.currentScript is null afterwards.
const settings = readWidgetSettings(currentWidgetScript());
const texts = widgetTexts[settings.language];
let connection: WidgetConnection | null = null;
let shownIds: Record<string, true> = {};
let clientCounter = 0;
let view: WidgetView;

function showStatus(kind: ConnectionStatus): void {
  view.setStatus(kind === 'offline' ? texts.offline : kind === 'renewed' ? texts.newSession : kind);
}

/** The conversation on screen, and the resident's own lines shown before the server gave them an id. */
let shownConversationId: string | null = null;
let unconfirmedOwnLines: Array<{ text: string; body: HTMLElement }> = [];
/** The language the server gave the resident's last line: a new line typed here is most likely in it too. */
let residentLanguage: string | null = null;

function showOwnLine(text: string): void {
  const body = view.addMessage({ author: 'resident', text, lang: residentLanguage });
  unconfirmedOwnLines.push({ text, body });
}

function receiveHistory(frame: Extract<ServerFrame, { type: 'history' }>): void {
  // A new session (the old token was unknown) starts an empty panel; a reconnect of the same
  // conversation adds only what is new, so the log (aria-live) does not read everything again.
  if (shownConversationId !== null && frame.conversationId !== shownConversationId) {
    view.clearMessages();
    shownIds = {};
    unconfirmedOwnLines = [];
    residentLanguage = null;
  }
  shownConversationId = frame.conversationId;
  for (const message of frame.messages) {
    if (shownIds[message.id]) continue;
    // A line the resident typed here is already on screen without an id: it is the stored one, not a new one.
    const own = message.author === 'resident' ? unconfirmedOwnLines.map((line) => line.text).indexOf(message.text) : -1;
    if (own >= 0) {
      const line = unconfirmedOwnLines.splice(0, own + 1).pop()!; // older lines not stored by now were lost, not pending
      view.setMessageLanguage(line.body, message.lang);
      if (message.lang) residentLanguage = message.lang;
      shownIds[message.id] = true;
      continue;
    }
    receiveMessage(message);
  }
}

function receive(frame: ServerFrame): void {
  if (frame.type === 'history') {
    receiveHistory(frame);
  } else if (frame.type === 'message') {
    receiveMessage(frame);
  } else if (frame.type === 'reply') {
    view.setTyping(false);
    view.addMessage(frame);
  } else if (frame.type === 'typing') {
    view.setTyping(frame.active !== false);
  } else if (frame.type === 'error') {
    view.setStatus(frame.message);
  } else if (frame.type === 'resent') {
    showOwnLine(frame.text);
  } else if (frame.type === 'ack') {
    view.setStatus('');
  }
}

function receiveMessage(message: MessageView): void {
  // The same stored message can arrive twice (history plus live); its id shows it once.
  if (shownIds[message.id]) return;
  shownIds[message.id] = true;
  if (message.author === 'resident' && message.lang) residentLanguage = message.lang;
  if (message.author !== 'resident') view.setTyping(false);
  view.addMessage(message);
  // A worker picked the case up, wrote, or closed it: the office-hours line may no longer fit.
  if (message.author === 'worker' || message.author === 'system') refreshNotice();
}

function ensureConnection(): void {
  if (connection) return;
  connection = createWidgetConnection(settings, receive, showStatus);
  connection.rememberOpen(true);
  connection.start().then(refreshNotice, () => {
    view.setStatus(texts.startFailed);
    connection = null;
  });
  refreshNotice();
  startNoticeRefresh();
}

// The office-hours line changes with the clock (a tab open across midnight) and with the case (a
// worker who picked it up is there, whatever the hours): asked again on focus, on return to the
// tab, when a worker or a notice writes, and every few minutes while the chat is in use.
const noticeRefreshMinutes = 5;
let noticeTimer: ReturnType<typeof setInterval> | undefined;

let noticeDebounce: ReturnType<typeof setTimeout> | undefined;

/** Several reasons at once (a history full of worker messages) make one request. */
function refreshNotice(): void {
  clearTimeout(noticeDebounce);
  noticeDebounce = setTimeout(fetchNotice, 50);
}

function fetchNotice(): void {
  if (!connection) return;
  const token = connection.currentToken();
  fetch(`${settings.server}/api/chat/settings?language=${settings.language}`, token ? { headers: { Authorization: `Bearer ${token}` } } : undefined)
    .then((response) => response.json() as Promise<{ officeHours?: { text?: string } }>)
    .then((body) => view.setNotice(body.officeHours?.text))
    .catch(() => { /* the office-hours line is a courtesy */ });
}

function startNoticeRefresh(): void {
  if (noticeTimer) return;
  noticeTimer = setInterval(refreshNotice, noticeRefreshMinutes * 60 * 1000);
  window.addEventListener('focus', refreshNotice);
  document.addEventListener('visibilitychange', onVisibilityChange);
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') refreshNotice();
}

function stopNoticeRefresh(): void {
  clearInterval(noticeTimer);
  noticeTimer = undefined;
  window.removeEventListener('focus', refreshNotice);
  document.removeEventListener('visibilitychange', onVisibilityChange);
}

function sendText(text: string, quickReplyId?: string): void {
  ensureConnection();
  clientCounter += 1;
  showOwnLine(text);
  connection?.send(text, quickReplyId, `c${Date.now()}-${clientCounter}`).catch(() => {
    view.setStatus(texts.sendFailed);
  });
}

function boot(): void {
  view = createWidgetView(settings, texts, {
    onOpen() {
      view.open();
      ensureConnection();
      connection?.rememberOpen(true);
    },
    onClose() {
      view.close();
      connection?.rememberOpen(false);
    },
    onSend: (text: string) => sendText(text),
    onQuickReply: (choice: QuickReply) => sendText(choice.label, choice.id),
    onQuickExit() {
      // Leave no trace on this device: the panel empties, the token goes, the page is replaced in history.
      stopNoticeRefresh();
      if (connection) connection.forget();
      else createWidgetConnection(settings, () => {}, () => {}).forget();
      view.clearMessages();
      shownConversationId = null;
      unconfirmedOwnLines = [];
      residentLanguage = null;
      view.remove();
      window.location.replace(settings.exitUrl);
    },
  });
  // A reload of a conversation that was open continues where it was.
  if (widgetWasOpen(settings)) {
    view.open();
    ensureConnection();
  }
}

// The tag may sit in <head>: wait for a body to attach to.
if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot);
