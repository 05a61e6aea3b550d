import { byConfidence, element, queueStatusText, shorten, urgencyLabels } from './inbox-dom.js';
import type { CaseView } from './inbox-types.js';

/** A greeting alone ("hallo") says nothing in a queue: then the summary, when there is one, is the line. */
function queueLine(view: CaseView): string {
  const words = view.firstWords.trim().split(/\s+/).filter(Boolean).length;
  return shorten(words < 4 && view.summary ? view.summary : view.firstWords, 120);
}

/** Renders the queue (already ordered by the server: crisis, urgent, waiting time); focus stays on the case it was on. */
export function renderQueue(
  list: HTMLElement, cases: CaseView[],
  { topicLabels, workerNames, selectedId, onSelect }: { topicLabels: Record<string, string>; workerNames: Record<string, string>; selectedId: string | null; onSelect: (caseId: string) => unknown },
): void {
  const focused = document.activeElement;
  const focusedCaseId = focused instanceof HTMLElement && list.contains(focused) ? focused.dataset.caseId ?? null : undefined;
  list.replaceChildren();
  if (cases.length === 0) {
    list.append(element('li', { text: 'Geen zaken met deze filters.' }));
  }
  for (const view of cases) {
    const topics = byConfidence(view.topics).map((topic) => topicLabels[topic.id] ?? topic.id).join(', ') || 'Onderwerp onbekend';
    const button = element('button', {
      type: 'button', className: 'queue-item', 'aria-current': view.id === selectedId ? 'true' : false, 'data-case-id': view.id,
      onclick: () => onSelect(view.id),
    }, [
      element('span', { className: `urgency ${view.urgency}`, text: urgencyLabels[view.urgency] }),
      element('span', { className: 'line', text: queueLine(view) }),
      element('span', { className: 'meta', text: `${view.kind === 'offer' ? 'Aanbod van hulp · ' : ''}${view.roleLabel ? `${view.roleLabel} · ` : ''}${topics} · ${queueStatusText(view, workerNames)}` }),
    ]);
    list.append(element('li', {}, [button]));
  }
  // A re-render (a new case, a filter) must not drop keyboard focus to <body>.
  if (focusedCaseId !== undefined) {
    const same = focusedCaseId ? list.querySelector<HTMLElement>(`[data-case-id="${CSS.escape(focusedCaseId)}"]`) : null;
    (same ?? list.querySelector<HTMLElement>('.queue-item') ?? document.getElementById('queue-title'))?.focus();
  }
}
