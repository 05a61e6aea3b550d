import { api, ApiError, messageOf, setCsrfToken } from './inbox-api.js';
import { connectInboxSocket } from './inbox-live-socket.js';
import { announceEscalation, announceNewCase, askNotificationPermission, setSoundOn, showWaitingCount, soundOn, unlockSound } from './inbox-alerts.js';
import { byId, element, workerNamesOf } from './inbox-dom.js';
import { renderCard, type CardActions, type OpenCard } from './inbox-card.js';
import { loadClosingChoices } from './inbox-close.js';
import { renderQueue } from './inbox-queue.js';
import { offerLinkControls, roleControls, setUpRoles } from './inbox-roles.js';
import { showTakeOverNotice } from './inbox-take-over.js';
import { stopWatchingSession, watchSession } from './inbox-session-warning.js';
import type { CaseCard, CaseView, InboxFrame, Labelled, SignedIn, Worker } from './inbox-types.js';

interface InboxState {
  /** Set at sign-in, before anything reads it. */
  me: Worker;
  workers: Worker[];
  topicLabels: Record<string, string>;
  domainLabels: Record<string, string>;
  roles: Labelled[];
  cases: CaseView[];
  openCard: OpenCard | null;
}

const state: InboxState = { me: null!, workers: [], topicLabels: {}, domainLabels: {}, roles: [], cases: [], openCard: null };
const selectedCaseId = () => new URLSearchParams(location.hash.slice(1)).get('case');
/** An element of the card that may or may not be drawn now. */
const inCard = (id: string) => document.getElementById(id);

function showLogin(message = ''): void {
  byId('app').hidden = true;
  byId('login').hidden = false;
  byId('login-error').textContent = message;
  byId('username').focus();
}

async function loadQueue(): Promise<void> {
  const filters = [...new FormData(byId<HTMLFormElement>('filters'))].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const query = new URLSearchParams(filters);
  state.cases = (await api<{ cases: CaseView[] }>(`/api/inbox/cases?${query}`)).cases;
  const workerNames = workerNamesOf(state.workers);
  renderQueue(byId('queue'), state.cases, { topicLabels: state.topicLabels, workerNames, selectedId: selectedCaseId(), onSelect: openCase });
  showWaitingCount(state.cases.filter((view) => view.status === 'waiting').length);
}

/** What an action did, said in the status region (WCAG 4.1.3); a new action clears the last error. */
function announce(message: string): void {
  byId('action-error').textContent = '';
  // Emptied first, so the same words twice in a row are announced twice.
  byId('action-status').textContent = '';
  requestAnimationFrame(() => { byId('action-status').textContent = message; });
}

/** An action failed: said in the alert region outside the card, which a live re-render cannot wipe. */
function report(message: string): void {
  byId('action-error').textContent = message;
  if (message) byId('action-status').textContent = '';
}

/** A claim someone else won: the clear answer stays, and the card shows who has the case now. */
async function afterFailedClaim(error: unknown): Promise<never> {
  if (error instanceof ApiError && error.status === 409 && !error.payload?.confirmationNeeded) {
    await refresh().catch(() => {});
    report(error.message || 'Een collega heeft deze zaak net opgepakt. Kies een andere zaak.');
    inCard('card-title')?.focus();
  }
  throw error;
}

const actions: CardActions = {
  // confirmTakeOver: the coordinator said yes in the take-over dialog (inbox-take-over.js).
  claim: async (caseId, confirmTakeOver = false) => {
    // Set before the request: the live update of the claim may render the card before this action's own refresh.
    pendingFocus = 'reply-text';
    await api(`/api/inbox/cases/${caseId}/claim`, { method: 'POST', body: { confirmTakeOver } }).catch((error) => {
      pendingFocus = null;
      return afterFailedClaim(error);
    });
    await refresh('reply-text');
    announce('Je hebt de zaak opgepakt. Je kunt de inwoner nu antwoorden.');
  },
  reply: async (caseId, text) => {
    await api(`/api/inbox/cases/${caseId}/messages`, { method: 'POST', body: { text } });
    announce('Bericht verstuurd.');
  },
  note: async (caseId, text) => {
    await api(`/api/inbox/cases/${caseId}/notes`, { method: 'POST', body: { text } });
    await openCase(caseId, false, 'note-text');
    announce('Notitie opgeslagen.');
  },
  reassign: async (caseId, workerId, confirmTakeOver = false) => {
    await api(`/api/inbox/cases/${caseId}/reassign`, { method: 'POST', body: { workerId, confirmTakeOver } });
    await refresh('card-title');
    announce(workerId ? 'Zaak overgedragen.' : 'Zaak terug in de wachtrij.');
  },
  close: async (caseId, closing, confirmTakeOver = false) => {
    await api(`/api/inbox/cases/${caseId}/close`, { method: 'POST', body: { ...closing, confirmTakeOver } });
    await refresh('card-title');
    announce('Zaak gesloten.');
  },
};

let cardRequest = 0;
/** Where focus goes once the card shows the result of an action (the reply box after Oppakken). */
let pendingFocus: string | null = null;

interface Drafts {
  values: Array<[id: string, value: string]>;
  focused: string | null;
}

/** What the worker was typing in the open card; a live re-render must never wipe a draft. */
function takeDrafts(caseId: string): Drafts {
  if (state.openCard?.caseId !== caseId) return { values: [], focused: null };
  const fields = [...byId('card').querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea[id], input[id]')];
  return { values: fields.filter((field) => field.value).map((field) => [field.id, field.value]), focused: document.activeElement?.id ?? null };
}

function restoreDrafts({ values, focused }: Drafts): void {
  for (const [id, value] of values) {
    const field = inCard(id) as HTMLTextAreaElement | HTMLInputElement | null;
    if (field && !field.value) field.value = value;
  }
  const focusedField = focused ? inCard(focused) : null;
  if (focusedField && byId('card').contains(focusedField)) focusedField.focus();
}

/**
 * Opens or re-renders a case. Focus: `focusId` after an action (the reply box after Oppakken), else
 * back on the control that had it; if that control is gone, the card's title, never <body>.
 */
async function openCase(caseId: string, moveFocus = true, focusId: string | null = null): Promise<void> {
  if (selectedCaseId() !== caseId) {
    history.replaceState(null, '', `#case=${encodeURIComponent(caseId)}`);
    report('');
  }
  // A live update may render the card before the action's own refresh does: either render places focus.
  if (focusId) pendingFocus = focusId;
  const request = ++cardRequest;
  const card = await api<CaseCard>(`/api/inbox/cases/${encodeURIComponent(caseId)}`);
  if (request !== cardRequest) return; // a newer render of the card is on its way
  const drafts = takeDrafts(caseId);
  const focusWasInCard = byId('card').contains(document.activeElement);
  state.openCard = renderCard(byId('card'), card, { ...state, actions, report });
  const moveToRole = roleControls(card.case, state.roles, { report, onMoved: (message) => void refresh().then(() => announce(message)) });
  if (moveToRole) byId('card').append(moveToRole);
  const offerLink = offerLinkControls(card.case, state.me, { report, onLinked: (message) => void openCase(caseId, false, 'offer-linked').then(() => announce(message)) });
  if (offerLink) byId('card').append(offerLink);
  restoreDrafts(drafts);
  const toFocus = pendingFocus ? inCard(pendingFocus) : null;
  if (toFocus) {
    toFocus.focus();
    pendingFocus = null;
  } else if (focusWasInCard && !byId('card').contains(document.activeElement)) inCard('card-title')?.focus();
  for (const button of document.querySelectorAll<HTMLElement>('.queue-item')) {
    button.setAttribute('aria-current', String(button.dataset.caseId === caseId));
  }
  if (moveFocus) byId('card').focus();
}

async function refresh(focusId: string | null = null): Promise<void> {
  await loadQueue();
  const caseId = selectedCaseId();
  if (caseId) await openCase(caseId, false, focusId).catch(() => history.replaceState(null, '', location.pathname));
  if (focusId && pendingFocus === focusId) {
    pendingFocus = null;
    inCard('card-title')?.focus();
  }
}

function connectSocket(): void {
  connectInboxSocket({
    onOpen: () => { byId('live-status').textContent = ''; },
    onFrame,
    onSessionOver: () => showLogin('Je sessie is verlopen. Log opnieuw in.'),
    onLost: () => { byId('live-status').textContent = 'Geen live verbinding. We proberen het opnieuw…'; },
  });
}

function onFrame(frame: InboxFrame): void {
  if (frame.type === 'message' && state.openCard?.caseId === frame.caseId) state.openCard.appendMessage(frame.message);
  if (frame.type === 'case-opened') {
    announceNewCase(frame.case);
    byId('live-status').textContent = frame.case.urgency === 'crisis' ? 'Nieuwe crisiszaak in de wachtrij.' : 'Nieuwe zaak in de wachtrij.';
    void loadQueue();
  }
  if (frame.type === 'case-taken-over') {
    showTakeOverNotice(byId('notices'), frame, { workerNames: workerNamesOf(state.workers), openCase });
  }
  // Team scoping: a case this worker may no longer see leaves the queue and the card.
  if (frame.type === 'case-hidden') {
    void loadQueue();
    if (state.openCard?.caseId === frame.caseId) void refresh();
  }
  if (frame.type === 'case-updated') {
    if (frame.action === 'escalated') {
      announceEscalation(frame.case);
      byId('live-status').textContent = 'Crisis gemeld in een zaak: direct kijken.';
    }
    void loadQueue();
    if (state.openCard?.caseId === frame.case.id) void openCase(frame.case.id, false);
  }
}

async function start(signedIn: SignedIn): Promise<void> {
  state.me = signedIn.worker;
  setCsrfToken(signedIn.csrfToken);
  watchSession(signedIn.session, () => showLogin('Je sessie is verlopen. Log opnieuw in.'));
  const [taxonomy, workers] = await Promise.all([
    api<{ topics: Labelled[]; domains: Labelled[] }>('/api/inbox/taxonomy'),
    api<{ workers: Worker[] }>('/api/inbox/workers'),
  ]);
  state.workers = workers.workers;
  state.topicLabels = Object.fromEntries(taxonomy.topics.map((topic) => [topic.id, topic.label]));
  state.domainLabels = Object.fromEntries(taxonomy.domains.map((domain) => [domain.id, domain.label]));
  byId('filter-topic').replaceChildren(element('option', { value: '', text: 'Alle' }), ...taxonomy.topics.map((topic) => element('option', { value: topic.id, text: topic.label })));
  byId('filter-domain').replaceChildren(element('option', { value: '', text: 'Alle' }), ...taxonomy.domains.map((domain) => element('option', { value: domain.id, text: domain.label })));
  state.roles = await setUpRoles({ onChange: announce, report });
  await loadClosingChoices();
  byId('who').textContent = `Ingelogd als ${state.me.displayName}`;
  // Coordinators read the reports and signals on their own page (dashboard.html).
  if (state.me.permission === 'coordinator' && !document.getElementById('dashboard-link')) byId('who').after(element('a', { id: 'dashboard-link', className: 'top-link', href: '/inbox/dashboard.html', text: 'Dashboard' }));
  byId('login').hidden = true;
  byId('app').hidden = false;
  await refresh();
  connectSocket();
}

byId('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  unlockSound();
  try {
    const field = (id: string) => byId<HTMLInputElement>(id);
    const code = field('totp-code').value.trim();
    await start(await api<SignedIn>('/api/inbox/login', { method: 'POST', body: { username: field('username').value, password: field('password').value, ...(code ? { code } : {}) } }));
    field('password').value = '';
    field('totp-code').value = '';
  } catch (error) {
    byId('login-error').textContent = messageOf(error);
  }
});
byId('filters').addEventListener('change', () => void loadQueue());
byId('filters').addEventListener('submit', (event) => { event.preventDefault(); void loadQueue(); });
byId('enable-notifications').addEventListener('click', async () => {
  const permission = await askNotificationPermission();
  byId('live-status').textContent = permission === 'granted' ? 'Meldingen staan aan.' : 'Meldingen zijn niet toegestaan in deze browser.';
});
/** The button names what it does: "Geluid uit" while tones sound, "Geluid aan" while muted. */
function showSoundChoice(): void {
  byId('sound-toggle').textContent = soundOn() ? 'Geluid uit' : 'Geluid aan';
}
showSoundChoice();
byId('sound-toggle').addEventListener('click', () => {
  setSoundOn(!soundOn());
  unlockSound();
  showSoundChoice();
  byId('live-status').textContent = soundOn() ? 'Geluid staat aan.' : 'Geluid staat uit.';
});
byId('logout').addEventListener('click', async () => {
  stopWatchingSession();
  await api('/api/inbox/logout', { method: 'POST', body: {} }).catch(() => {});
  location.replace('/inbox');
});

api<SignedIn>('/api/inbox/me').then(start).catch((error: unknown) => showLogin(error instanceof ApiError && error.status === 401 ? '' : messageOf(error)));
