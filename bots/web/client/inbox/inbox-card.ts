import { messageOf } from './inbox-api.js';
import { authorLabels, byConfidence, crisisLabels, element, formatWaiting, shorten, urgencyLabels, workerNameOf, workerNamesOf } from './inbox-dom.js';
import { takesFromColleague, withTakeOverConfirmation } from './inbox-take-over.js';
import { cannedReplyManager, cannedReplyMenu, followUpActions } from './inbox-follow-up.js';
import { closeForm, type Closing } from './inbox-close.js';
import type { CaseCard, CaseView, MessageView, Report, Worker } from './inbox-types.js';

/** What the card's buttons do (inbox-main.ts); `confirmTakeOver`: a coordinator said yes to taking a colleague's case. */
export interface CardActions {
  claim(caseId: string, confirmTakeOver?: boolean): Promise<void>;
  reply(caseId: string, text: string): Promise<void>;
  note(caseId: string, text: string): Promise<void>;
  reassign(caseId: string, workerId: string | null, confirmTakeOver?: boolean): Promise<void>;
  close(caseId: string, closing: Closing, confirmTakeOver?: boolean): Promise<void>;
}

export interface CardContext {
  me: Worker;
  workers: Worker[];
  topicLabels: Record<string, string>;
  domainLabels: Record<string, string>;
  actions: CardActions;
  report: Report;
}

/** The card on screen: its case, and a way to add a live message without drawing it again. */
export interface OpenCard {
  caseId: string;
  appendMessage(message: MessageView): void;
}

const contactLabels: Record<string, string> = { chat: 'Hier in de chat', phone: 'Telefoon', visit: 'Huisbezoek' };
const channelLabels: Record<string, string> = { web: 'Website-chat', telegram: 'Telegram', whatsapp: 'WhatsApp', cli: 'Terminal' };
const deliveryLabels: Record<string, string> = { sent: 'verstuurd', delivered: 'afgeleverd', read: 'gelezen', failed: 'niet afgeleverd' };
const satisfactionLabels: Record<string, string> = { yes: 'Ja', partly: 'Deels', no: 'Nee' };
const answerLabels: Record<string, string> = { yes: 'ja', no: 'nee', other: 'geen ja of nee (zie gesprek)' };
/** A line of the card's details: a Dutch term and its value, '—' when there is none. */
type Field = [term: string, value: string | null | undefined];

const show = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The safety question the assistant asked on a concern, and what the resident answered. */
function safetyCheckText(check: CaseView['safetyCheck']): string | null {
  if (!check) return null;
  const asked = new Date(check.askedAt).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
  const answer = check.answer ? answerLabels[check.answer] ?? check.answer : 'nog geen antwoord';
  return `Gesteld over ${crisisLabels[check.concern] ?? check.concern} (${asked}), antwoord: ${answer}`;
}

/**
 * One line of the transcript. The author label is Dutch like the page; the text carries its own
 * language (WCAG 3.1.2): the server's `lang`, or for the resident's words the case's language when a
 * live message came without one. Arabic reads right to left; other text takes its direction from itself.
 */
function transcriptItem(message: MessageView, caseLanguage: string | undefined): HTMLLIElement {
  const lang = message.lang ?? (message.author === 'resident' ? caseLanguage : undefined);
  return element('li', { className: `${message.author}${message.tone === 'crisis' ? ' crisis' : ''}`, 'data-message-id': message.id }, [
    element('span', { className: 'author', text: `${authorLabels[message.author] ?? message.author}:` }),
    element('span', { className: 'text', text: message.text, lang, dir: lang === 'ar' ? 'rtl' : 'auto' }),
    // WhatsApp reports what became of a message; a failed one needs the worker's eye.
    ...(message.deliveryStatus ? [element('span', { className: `delivery ${message.deliveryStatus}`, text: ` (${deliveryLabels[message.deliveryStatus] ?? message.deliveryStatus})` })] : []),
  ]);
}

function textForm({ label, id, buttonText, multiline = true, onSubmit }: { label: string; id: string; buttonText: string; multiline?: boolean; onSubmit: (text: string) => Promise<boolean> }): HTMLFormElement {
  const field = element(multiline ? 'textarea' : 'input', { id, name: id, rows: multiline ? 2 : undefined, required: true });
  const button = element('button', { type: 'submit', id: `${id}-submit`, text: buttonText });
  const form = element('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      if (button.disabled) return; // a second click while the first is on its way stores nothing twice
      const text = field.value.trim();
      // Emptied before the action: the action may re-render the card, which would keep a draft it still saw.
      field.value = '';
      button.disabled = true;
      const done = await onSubmit(text);
      button.disabled = false;
      if (!done) {
        const current = (document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null) ?? field;
        if (!current.value) current.value = text;
      }
    },
  }, [element('label', { for: id, text: label }), field, button]);
  return form;
}

/** The case card of docs/residents/intake.md, the live transcript and the actions that fit the case's status. */
export function renderCard(container: HTMLElement, card: CaseCard, { me, workers, topicLabels, domainLabels, actions, report }: CardContext): OpenCard {
  const view = card.case;
  const workerNames = workerNamesOf(workers);
  const topics = byConfidence(view.topics).map((topic) => `${topicLabels[topic.id] ?? topic.id} (${Math.round(topic.confidence * 100)}%)`).join(', ');
  const fields: Field[] = [
    ['Samenvatting', view.summary], ['Eerste woorden', view.firstWords], ['Bevestigd door de inwoner', view.confirmation], ['Onderwerpen', topics],
    ['Domein', view.domain ? domainLabels[view.domain] ?? view.domain : null],
    ['Urgentie', `${urgencyLabels[view.urgency]}${view.crisis ? ` (${crisisLabels[view.crisis] ?? view.crisis})` : ''}`],
    ['Veiligheidsvraag', safetyCheckText(view.safetyCheck)],
    ['Al geprobeerd', view.tried], ['Netwerk', view.network], ['Wat zou helpen', view.wish],
    ['Contact via', view.contactPreference ? contactLabels[view.contactPreference] : null], ['Contactgegevens', view.contactDetails],
    ['Taal', view.language], ['Kanaal', channelLabels[view.channel] ?? view.channel],
    ...(view.whatsappWindow ? [['Antwoorden via WhatsApp', view.whatsappWindow.text] satisfies Field] : []),
    ['Wachttijd', view.status === 'waiting' ? `Wacht sinds ${formatWaiting(view.waitingSeconds)}` : `Wachtte ${formatWaiting(view.waitingSeconds)}`],
    ['Status', view.status === 'claimed' ? `Opgepakt door ${workerNameOf(view.assigneeId, workerNames) ?? 'een collega'}` : view.status === 'closed' ? `Gesloten: ${show(view.outcome)}` : 'Wacht op een sociaal werker'],
    ['Team', view.team ? domainLabels[view.team] ?? view.team : null],
    ['Wijk', view.neighbourhood],
    ...(view.improvedDomains?.length ? [['Verbeterd', view.improvedDomains.map((domain) => domainLabels[domain] ?? domain).join(', ')] satisfies Field] : []),
    // The follow-up after closing, once the resident answered (docs/coordinators.md "Follow-up and satisfaction").
    ...(card.satisfaction ? [
      ['Vraag opgelost', satisfactionLabels[card.satisfaction.answer] ?? card.satisfaction.answer],
      ['Cijfer (1-5)', card.satisfaction.score === null ? 'geen cijfer gegeven' : String(card.satisfaction.score)],
      ['Reactie van de inwoner', card.satisfaction.comment ?? 'geen reactie'],
    ] satisfies Field[] : []),
  ];
  const details = element('dl', {}, fields.flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: show(value) })]));
  // The live region wraps the list: a role on the <ol> itself would hide its items from assistive technology.
  const caseLanguage = view.language && view.language !== 'other' ? view.language : undefined;
  const transcript = element('ol', { className: 'messages' }, card.messages.map((message) => transcriptItem(message, caseLanguage)));
  const transcriptRegion = element('div', { className: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Gesprek met de inwoner', tabindex: '0' }, [transcript]);
  const shownIds = new Set(card.messages.map((message) => message.id));
  // Errors go to the inbox's alert region outside the card, which a live re-render cannot wipe.
  const run = <Values extends unknown[]>(action: (...values: Values) => Promise<unknown>) => async (...values: Values): Promise<boolean> => {
    report('');
    try {
      await action(...values);
      return true;
    } catch (error) {
      report(messageOf(error));
      return false;
    }
  };

  // Claim, reassign and close of a colleague's case ask a coordinator to confirm first; the server checks it again.
  const guarded = <Values extends unknown[]>(perform: (...valuesAndConfirmed: [...Values, boolean]) => Promise<unknown>) => async (...values: Values): Promise<boolean> => {
    report('');
    try {
      return await withTakeOverConfirmation(view, { me, workerNames }, (confirmed) => perform(...values, confirmed));
    } catch (error) {
      report(messageOf(error));
      return false;
    }
  };

  const actionsBox = element('div', { className: 'actions' });
  // Claiming and replying sit right under the conversation; handing over and closing further down.
  const laterActions = element('div', { className: 'actions' });
  const mine = view.status === 'claimed' && view.assigneeId === me.id;
  const colleagueHasIt = takesFromColleague(view, me);
  const coordinator = me.permission === 'coordinator';
  const claim = guarded((confirmed: boolean) => actions.claim(view.id, confirmed));
  if (view.status === 'waiting') actionsBox.append(element('button', { type: 'button', id: 'claim', text: 'Oppakken', onclick: () => void claim() }));
  if (colleagueHasIt && coordinator) actionsBox.append(element('button', { type: 'button', id: 'take-over', text: 'Overnemen', onclick: () => void claim() }));
  if (colleagueHasIt && !coordinator) {
    const owner = workerNameOf(view.assigneeId, workerNames) ?? 'een collega';
    actionsBox.append(element('p', { className: 'hint owner', text: `Deze zaak is van ${owner}. Alleen ${owner} zelf (door over te dragen) of een coördinator kan hem overdragen of sluiten.` }));
  }
  if (mine) {
    actionsBox.append(textForm({ label: 'Bericht aan de inwoner', id: 'reply-text', buttonText: 'Verstuur', onSubmit: run((text) => actions.reply(view.id, text)) }));
    // Right under the reply box, so the box itself stays on the first screen after Oppakken.
    actionsBox.append(cannedReplyMenu(view.id, 'reply-text', report));
    laterActions.append(followUpActions(view, { report }));
  }
  // Coordinators manage the canned replies; the editor sits in the header, added once.
  if (coordinator && !document.getElementById('canned-manager')) document.querySelector('header.top')?.after(cannedReplyManager(report));
  if (view.status !== 'closed' && (!colleagueHasIt || coordinator)) {
    const select = element('select', { id: 'reassign-to' }, [
      element('option', { value: '', text: 'Terug naar de wachtrij' }),
      ...workers.filter((worker) => worker.id !== view.assigneeId).map((worker) => element('option', { value: worker.id, text: worker.displayName })),
    ]);
    const reassign = guarded((workerId: string | null, confirmed: boolean) => actions.reassign(view.id, workerId, confirmed));
    laterActions.append(element('form', {
      onsubmit: (event) => { event.preventDefault(); void reassign(select.value || null); },
    }, [element('label', { for: 'reassign-to', text: 'Overdragen aan' }), select, element('button', { type: 'submit', id: 'reassign-submit', className: 'secondary', text: 'Overdragen' })]));
    laterActions.append(closeForm(guarded((closing: Closing, confirmed: boolean) => actions.close(view.id, closing, confirmed))));
  }
  const notes = element('ul', { className: 'notes' }, card.notes.map((note) => element('li', { text: `${workerNames[note.workerId] ?? 'Collega'}: ${note.text}` })));
  const noteForm = textForm({ label: 'Privé-notitie (ziet de inwoner nooit)', id: 'note-text', buttonText: 'Notitie opslaan', onSubmit: run((text) => actions.note(view.id, text)) });

  // The few facts to read before answering stay on top; the rest of the card follows the reply box.
  const keyTerms = new Set(['Samenvatting', 'Urgentie', 'Status']);
  const keyDetails = element('dl', { className: 'key-details' }, fields.filter(([term]) => keyTerms.has(term)).flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: show(value) })]));
  details.replaceChildren(...fields.filter(([term]) => !keyTerms.has(term)).flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: show(value) })]));
  const retention = view.retentionNotice
    ? element('p', { className: 'retention-notice', id: 'retention-notice', text: `Let op: ${view.retentionNotice.text} Een bericht of notitie houdt de zaak open; is hij klaar, sluit hem dan.` })
    : null;
  container.replaceChildren(...[
    element('h2', { id: 'card-title', tabindex: '-1', title: view.firstWords, text: `${urgencyLabels[view.urgency]}: ${shorten(view.firstWords, 60)}` }),
    retention, keyDetails, element('h3', { text: 'Gesprek' }), transcriptRegion, actionsBox,
    element('h3', { text: 'Gegevens' }), details, laterActions,
    element('h3', { text: 'Notities' }), notes, noteForm,
  ].filter((node) => node !== null));
  transcriptRegion.scrollTop = transcriptRegion.scrollHeight;
  return {
    caseId: view.id,
    appendMessage(message) {
      if (shownIds.has(message.id)) return;
      shownIds.add(message.id);
      transcript.append(transcriptItem(message, caseLanguage));
      transcriptRegion.scrollTop = transcriptRegion.scrollHeight;
    },
  };
}
