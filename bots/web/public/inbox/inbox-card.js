import { authorLabels, element, formatWaiting, urgencyLabels } from './inbox-dom.js';
import { takesFromColleague, withTakeOverConfirmation } from './inbox-take-over.js';

const contactLabels = { chat: 'Hier in de chat', phone: 'Telefoon', visit: 'Huisbezoek' };
const channelLabels = { web: 'Website-chat', telegram: 'Telegram', whatsapp: 'WhatsApp', cli: 'Terminal' };
const deliveryLabels = { sent: 'verstuurd', delivered: 'afgeleverd', read: 'gelezen', failed: 'niet afgeleverd' };
const crisisLabels = { suicide: 'suïcide', violence: 'geweld', emergency: 'noodgeval' };
const answerLabels = { yes: 'ja', no: 'nee', other: 'geen ja of nee (zie gesprek)' };
const show = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The safety question the assistant asked on a concern, and what the resident answered. */
function safetyCheckText(check) {
  if (!check) return null;
  const asked = new Date(check.askedAt).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
  const answer = check.answer ? answerLabels[check.answer] ?? check.answer : 'nog geen antwoord';
  return `Gesteld over ${crisisLabels[check.concern] ?? check.concern} (${asked}), antwoord: ${answer}`;
}

function transcriptItem(message) {
  return element('li', { className: `${message.author}${message.tone === 'crisis' ? ' crisis' : ''}`, 'data-message-id': message.id }, [
    element('span', { className: 'author', text: `${authorLabels[message.author] ?? message.author}:` }),
    // Arabic reads right to left: the text takes its direction from itself.
    element('span', { text: message.text, dir: 'auto' }),
    // WhatsApp reports what became of a message; a failed one needs the worker's eye.
    ...(message.deliveryStatus ? [element('span', { className: `delivery ${message.deliveryStatus}`, text: ` (${deliveryLabels[message.deliveryStatus] ?? message.deliveryStatus})` })] : []),
  ]);
}

function textForm({ label, id, buttonText, multiline = true, onSubmit }) {
  const field = element(multiline ? 'textarea' : 'input', { id, name: id, rows: multiline ? 2 : undefined, required: true });
  const form = element('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      if (await onSubmit(field.value.trim())) field.value = '';
    },
  }, [element('label', { for: id, text: label }), field, element('button', { type: 'submit', text: buttonText })]);
  return form;
}

/** The case card of INTAKE.md, the live transcript and the actions that fit the case's status. */
export function renderCard(container, card, { me, workers, topicLabels, domainLabels, actions }) {
  const view = card.case;
  const workerNames = Object.fromEntries(workers.map((worker) => [worker.id, worker.displayName]));
  const topics = view.topics.map((topic) => `${topicLabels[topic.id] ?? topic.id} (${Math.round(topic.confidence * 100)}%)`).join(', ');
  const fields = [
    ['Samenvatting', view.summary], ['Eerste woorden', view.firstWords], ['Bevestigd door de inwoner', view.confirmation], ['Onderwerpen', topics],
    ['Domein', view.domain ? domainLabels[view.domain] ?? view.domain : null],
    ['Urgentie', `${urgencyLabels[view.urgency]}${view.crisis ? ` (${crisisLabels[view.crisis] ?? view.crisis})` : ''}`],
    ['Veiligheidsvraag', safetyCheckText(view.safetyCheck)],
    ['Al geprobeerd', view.tried], ['Netwerk', view.network], ['Wat zou helpen', view.wish],
    ['Contact via', view.contactPreference ? contactLabels[view.contactPreference] : null], ['Contactgegevens', view.contactDetails],
    ['Taal', view.language], ['Kanaal', channelLabels[view.channel] ?? view.channel],
    ...(view.whatsappWindow ? [['Antwoorden via WhatsApp', view.whatsappWindow.text]] : []),
    ['Wachttijd', formatWaiting(view.waitingSeconds)],
    ['Status', view.status === 'claimed' ? `Opgepakt door ${workerNames[view.assigneeId] ?? 'een collega'}` : view.status === 'closed' ? `Gesloten: ${show(view.outcome)}` : 'Wacht op een sociaal werker'],
    ['Team', view.team ? domainLabels[view.team] ?? view.team : null],
  ];
  const details = element('dl', {}, fields.flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: show(value) })]));
  // The live region wraps the list: a role on the <ol> itself would hide its items from assistive technology.
  const transcript = element('ol', { className: 'messages' }, card.messages.map(transcriptItem));
  const transcriptRegion = element('div', { className: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Gesprek met de inwoner', tabindex: '0' }, [transcript]);
  const shownIds = new Set(card.messages.map((message) => message.id));
  const status = element('p', { className: 'error', role: 'alert' });
  const run = (action) => async (...values) => {
    status.textContent = '';
    try {
      await action(...values);
      return true;
    } catch (error) {
      status.textContent = error.message;
      return false;
    }
  };

  // Claim, reassign and close of a colleague's case ask a coordinator to confirm first; the server checks it again.
  const guarded = (perform) => async (...values) => {
    status.textContent = '';
    try {
      return await withTakeOverConfirmation(view, { me, workerNames }, (confirmed) => perform(...values, confirmed));
    } catch (error) {
      status.textContent = error.message;
      return false;
    }
  };

  const actionsBox = element('div', { className: 'actions' });
  const mine = view.status === 'claimed' && view.assigneeId === me.id;
  const colleagueHasIt = takesFromColleague(view, me);
  const coordinator = me.permission === 'coordinator';
  const claim = guarded((confirmed) => actions.claim(view.id, confirmed));
  if (view.status === 'waiting') actionsBox.append(element('button', { type: 'button', text: 'Oppakken', onclick: () => void claim() }));
  if (colleagueHasIt && coordinator) actionsBox.append(element('button', { type: 'button', id: 'take-over', text: 'Overnemen', onclick: () => void claim() }));
  if (colleagueHasIt && !coordinator) {
    const owner = workerNames[view.assigneeId] ?? 'een collega';
    actionsBox.append(element('p', { className: 'hint owner', text: `Deze zaak is van ${owner}. Alleen ${owner} zelf (door over te dragen) of een coördinator kan hem overdragen of sluiten.` }));
  }
  if (mine) actionsBox.append(textForm({ label: 'Bericht aan de inwoner', id: 'reply-text', buttonText: 'Verstuur', onSubmit: run((text) => actions.reply(view.id, text)) }));
  if (view.status !== 'closed' && (!colleagueHasIt || coordinator)) {
    const select = element('select', { id: 'reassign-to' }, [
      element('option', { value: '', text: 'Terug naar de wachtrij' }),
      ...workers.filter((worker) => worker.id !== view.assigneeId).map((worker) => element('option', { value: worker.id, text: worker.displayName })),
    ]);
    const reassign = guarded((workerId, confirmed) => actions.reassign(view.id, workerId, confirmed));
    actionsBox.append(element('form', {
      onsubmit: (event) => { event.preventDefault(); void reassign(select.value || null); },
    }, [element('label', { for: 'reassign-to', text: 'Overdragen aan' }), select, element('button', { type: 'submit', className: 'secondary', text: 'Overdragen' })]));
    actionsBox.append(textForm({
      label: 'Uitkomst', id: 'close-outcome', buttonText: 'Zaak sluiten', multiline: false, onSubmit: guarded((outcome, confirmed) => actions.close(view.id, outcome, confirmed)),
    }));
  }
  const notes = element('ul', { className: 'notes' }, card.notes.map((note) => element('li', { text: `${workerNames[note.workerId] ?? 'Collega'}: ${note.text}` })));
  const noteForm = textForm({ label: 'Privé-notitie (ziet de inwoner nooit)', id: 'note-text', buttonText: 'Notitie opslaan', onSubmit: run((text) => actions.note(view.id, text)) });

  container.replaceChildren(
    element('h2', { id: 'card-title', text: `${urgencyLabels[view.urgency]}: ${view.firstWords.slice(0, 60)}` }),
    details, element('h3', { text: 'Gesprek' }), transcriptRegion, status, actionsBox,
    element('h3', { text: 'Notities' }), notes, noteForm,
  );
  transcriptRegion.scrollTop = transcriptRegion.scrollHeight;
  return {
    caseId: view.id,
    appendMessage(message) {
      if (shownIds.has(message.id)) return;
      shownIds.add(message.id);
      transcript.append(transcriptItem(message));
      transcriptRegion.scrollTop = transcriptRegion.scrollHeight;
    },
  };
}
