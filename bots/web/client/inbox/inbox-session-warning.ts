// WCAG 2.2.1: the worker is told before the session ends and can extend it with one button.
import { api, messageOf } from './inbox-api.js';
import { byId } from './inbox-dom.js';
import type { SessionTiming } from './inbox-types.js';

let warnTimer: ReturnType<typeof setTimeout> | undefined;
let endTimer: ReturnType<typeof setTimeout> | undefined;
let tickTimer: ReturnType<typeof setInterval> | undefined;

function minutesLeft(endsAt: number): number {
  return Math.max(1, Math.ceil((endsAt - Date.now()) / 60_000));
}

function hideWarning(): void {
  clearInterval(tickTimer);
  byId('session-warning').hidden = true;
}

function showWarning(endsAt: number): void {
  const text = byId('session-warning-text');
  const say = () => {
    const minutes = minutesLeft(endsAt);
    text.textContent = `Je sessie loopt over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} af. Daarna moet je opnieuw inloggen; wat je nog niet hebt verstuurd, gaat dan verloren.`;
  };
  say();
  byId('session-warning').hidden = false;
  clearInterval(tickTimer);
  tickTimer = setInterval(say, 30_000);
}

/**
 * Plans the warning and the end from the server's answer (`expiresInSeconds`, `warningSeconds`):
 * counted from now on this page, so a wrong clock on the worker's computer does not matter.
 */
export function watchSession(session: SessionTiming | null, onExpired: () => void): void {
  clearTimeout(warnTimer);
  clearTimeout(endTimer);
  hideWarning();
  if (!session) return;
  const endsAt = Date.now() + session.expiresInSeconds * 1000;
  const warnIn = Math.max(0, (session.expiresInSeconds - session.warningSeconds) * 1000);
  warnTimer = setTimeout(() => showWarning(endsAt), warnIn);
  endTimer = setTimeout(() => {
    hideWarning();
    onExpired();
  }, session.expiresInSeconds * 1000);
  byId('session-extend').onclick = async () => {
    try {
      const renewed = await api<{ session: SessionTiming }>('/api/inbox/session/renew', { method: 'POST', body: {} });
      watchSession(renewed.session, onExpired);
      const until = new Date(Date.now() + renewed.session.expiresInSeconds * 1000).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
      byId('live-status').textContent = `Je blijft ingelogd tot ${until}.`;
    } catch (error) {
      byId('session-warning-text').textContent = `Verlengen lukte niet: ${messageOf(error)}`;
    }
  };
}

export function stopWatchingSession(): void {
  watchSession(null, () => {});
}
