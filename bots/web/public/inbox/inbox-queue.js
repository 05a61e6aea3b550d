import { element, formatWaiting, urgencyLabels } from './inbox-dom.js';

/** Renders the queue (already ordered by the server: crisis, urgent, waiting time). */
export function renderQueue(list, cases, { topicLabels, workerNames, selectedId, onSelect }) {
  list.replaceChildren();
  if (cases.length === 0) {
    list.append(element('li', { text: 'Geen zaken met deze filters.' }));
    return;
  }
  for (const view of cases) {
    const topics = view.topics.map((topic) => topicLabels[topic.id] ?? topic.id).join(', ') || 'Onderwerp onbekend';
    const owner = view.status === 'claimed' ? `Opgepakt door ${workerNames[view.assigneeId] ?? 'een collega'}` : view.status === 'closed' ? 'Gesloten' : 'Wacht';
    const button = element('button', {
      type: 'button', className: 'queue-item', 'aria-current': view.id === selectedId ? 'true' : false, 'data-case-id': view.id,
      onclick: () => onSelect(view.id),
    }, [
      element('span', { className: `urgency ${view.urgency}`, text: urgencyLabels[view.urgency] }),
      element('span', { text: view.firstWords.length > 120 ? `${view.firstWords.slice(0, 120)}…` : view.firstWords }),
      element('span', { className: 'meta', text: `${topics} · ${owner} · wacht ${formatWaiting(view.waitingSeconds)}` }),
    ]);
    list.append(element('li', {}, [button]));
  }
}
