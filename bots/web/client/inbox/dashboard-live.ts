// Live figures on the coordinators' dashboard (docs/coordinators.md "Dashboard and CSV"): the inbox's
// own socket (/api/inbox/socket) says when a case opens, is picked up, closes or gets a satisfaction
// answer; the dashboard then fetches the report again, at most once per interval, and says so in its
// polite status line. Nothing is counted here: the server's report stays the only source of figures.
import { connectInboxSocket } from './inbox-live-socket.js';
import type { InboxFrame } from './inbox-types.js';

/** Why a live frame changes the figures, in Dutch for the status line; null: it does not. */
export function figureChange(frame: InboxFrame): string | null {
  if (frame.type === 'case-opened') return 'een nieuwe zaak';
  if (frame.type !== 'case-updated') return null;
  if (frame.action === 'closed') return 'een afgesloten zaak';
  if (frame.action === 'satisfaction-answered') return 'een antwoord op "Is je vraag opgelost?"';
  if (frame.action === 'claimed' || frame.action === 'reassigned') return 'een opgepakte zaak';
  if (frame.action === 'escalated') return 'een crisismelding';
  return null;
}

/** "a", "a en b", "a, b en c". */
const inWords = (reasons: string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join(', ')} en ${reasons.at(-1)}`);
const clockTime = (at: Date) => at.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

export interface LiveDashboardOptions {
  /** Fetches the report of the period on screen again and draws it. */
  refresh(): Promise<void>;
  /** True while redrawing would take something from the coordinator (an open form, focus inside the figures): wait. */
  busy(): boolean;
  /** The polite status line. */
  announce(text: string): void;
  /** At most one refresh per this many milliseconds (events in between are gathered). */
  intervalMilliseconds?: number;
  /** How long after the first event a refresh waits for others that come with it. */
  settleMilliseconds?: number;
}

export function watchDashboard(options: LiveDashboardOptions): void {
  const interval = options.intervalMilliseconds ?? 5000;
  const settle = options.settleMilliseconds ?? 800;
  const reasons = new Set<string>();
  let lastRefresh = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(): void {
    if (timer !== undefined) return;
    timer = setTimeout(run, Math.max(settle, lastRefresh + interval - Date.now()));
  }

  async function run(): Promise<void> {
    if (options.busy()) {
      timer = setTimeout(run, settle);
      return;
    }
    const said = [...reasons];
    reasons.clear();
    lastRefresh = Date.now();
    try {
      await options.refresh();
      options.announce(said.length ? `Cijfers bijgewerkt om ${clockTime(new Date())} na ${inWords(said)}.` : `Cijfers bijgewerkt om ${clockTime(new Date())}.`);
    } catch {
      options.announce('De cijfers konden niet worden bijgewerkt. Klik op "Toon" om het opnieuw te proberen.');
    } finally {
      timer = undefined;
      if (reasons.size) schedule();
    }
  }

  connectInboxSocket({
    // What happened while the connection was away is read once.
    onReady: (reconnected) => { if (reconnected) schedule(); },
    onFrame(frame) {
      const reason = figureChange(frame);
      if (!reason) return;
      reasons.add(reason);
      schedule();
    },
    onSessionOver: () => options.announce('Je sessie is verlopen: de cijfers worden niet meer bijgewerkt. Log opnieuw in via de inbox.'),
    onLost: () => options.announce('Geen live verbinding: de cijfers worden even niet bijgewerkt. We proberen het opnieuw…'),
  });
}
