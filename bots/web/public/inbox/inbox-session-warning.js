// WCAG 2.2.1: the worker is told before the session ends and can extend it with one button.
import { api } from './inbox-api.js';

let warnTimer = null;
let endTimer = null;
let tickTimer = null;

const byId = (id) => document.getElementById(id);

function minutesLeft(endsAt) {
  return Math.max(1, Math.ceil((endsAt - Date.now()) / 60_000));
}

function hideWarning() {
  clearInterval(tickTimer);
  byId('session-warning').hidden = true;
}

function showWarning(endsAt) {
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
export function watchSession(session, onExpired) {
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
      const renewed = await api('/api/inbox/session/renew', { method: 'POST', body: {} });
      watchSession(renewed.session, onExpired);
      const until = new Date(Date.now() + renewed.session.expiresInSeconds * 1000).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
      byId('live-status').textContent = `Je blijft ingelogd tot ${until}.`;
    } catch (error) {
      byId('session-warning-text').textContent = `Verlengen lukte niet: ${error.message}`;
    }
  };
}

export function stopWatchingSession() {
  watchSession(null, () => {});
}
