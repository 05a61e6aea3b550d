import { ApiError } from './inbox-api.js';
import { element, workerNameOf } from './inbox-dom.js';
import type { CaseView, TakeOverFrame, Worker } from './inbox-types.js';

/** Whether this action would take the case from the colleague who has it (the server decides too). */
export const takesFromColleague = (view: CaseView, me: Worker): boolean => view.status === 'claimed' && view.assigneeId !== null && view.assigneeId !== me.id;
export const isCrisis = (view: CaseView): boolean => view.urgency === 'crisis' || Boolean(view.crisis);

/**
 * Asks a coordinator to confirm a take-over: "Deze casus is van <naam>. Wil je hem overnemen?".
 * For a crisis case it is firmer: a warning and a box to tick before the button works.
 * Resolves true only on an explicit "Ja".
 */
export function confirmTakeOver({ assigneeName, crisis }: { assigneeName: string; crisis: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = element('button', { type: 'button', id: 'take-over-confirm', text: crisis ? 'Ja, crisiszaak overnemen' : 'Ja, overnemen' });
    const no = element('button', { type: 'button', className: 'secondary', id: 'take-over-cancel', text: 'Nee, annuleren' });
    const parts = [
      element('h2', { id: 'take-over-title', text: `Deze casus is van ${assigneeName}. Wil je hem overnemen?` }),
      element('p', { text: `${assigneeName} krijgt een melding dat jij de zaak hebt overgenomen. Dit wordt vastgelegd in de historie van de zaak.` }),
    ];
    if (crisis) {
      const tick = element('input', { type: 'checkbox', id: 'take-over-crisis-ack' });
      yes.disabled = true;
      tick.addEventListener('change', () => { yes.disabled = !tick.checked; });
      parts.push(
        element('p', { className: 'warning', text: `Let op: dit is een crisiszaak. ${assigneeName} is mogelijk midden in een gesprek met iemand in nood. Overleg eerst met ${assigneeName} als dat kan.` }),
        element('p', { className: 'tick' }, [tick, element('label', { for: 'take-over-crisis-ack', text: ' Ik heb dit gelezen en neem deze crisiszaak bewust over.' })]),
      );
    }
    const dialog = element('dialog', { className: `take-over${crisis ? ' crisis' : ''}`, 'aria-labelledby': 'take-over-title' }, [
      ...parts, element('div', { className: 'dialog-buttons' }, [no, yes]),
    ]);
    const finish = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => finish(true));
    no.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); finish(false); });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/**
 * Runs an action that may take a case from a colleague: asks first when the card shows it would,
 * and also when the server says so (a colleague claimed it in between). `perform(confirmed)`.
 * Resolves false when the coordinator said no.
 */
export async function withTakeOverConfirmation(
  view: CaseView, { me, workerNames }: { me: Worker; workerNames: Record<string, string> }, perform: (confirmed: boolean) => Promise<unknown>,
): Promise<boolean> {
  const assigneeName = () => workerNameOf(view.assigneeId, workerNames) ?? 'een collega';
  if (takesFromColleague(view, me)) {
    if (!(await confirmTakeOver({ assigneeName: assigneeName(), crisis: isCrisis(view) }))) return false;
    await perform(true);
    return true;
  }
  try {
    await perform(false);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || !error.payload?.confirmationNeeded) throw error;
    const confirmed = await confirmTakeOver({ assigneeName: error.payload.assigneeName ?? 'een collega', crisis: Boolean(error.payload.crisis) });
    if (!confirmed) return false;
    await perform(true);
    return true;
  }
}

const takeOverWords: Record<string, string> = { claimed: 'heeft je zaak overgenomen', reassigned: 'heeft je zaak aan iemand anders gegeven', closed: 'heeft je zaak afgesloten' };

/** The notice a worker sees when a coordinator took their case; it stays until they close it. */
export function showTakeOverNotice(
  container: HTMLElement, frame: TakeOverFrame, { workerNames, openCase }: { workerNames: Record<string, string>; openCase: (caseId: string) => unknown },
): void {
  const who = workerNames[frame.byWorkerId] ?? 'Een coördinator';
  const notice: HTMLDivElement = element('div', { className: 'notice', role: 'alert', 'data-case-id': frame.caseId }, [
    element('span', { text: `${who} ${takeOverWords[frame.action] ?? 'heeft je zaak overgenomen'}.` }),
    element('button', { type: 'button', className: 'secondary', text: 'Bekijk de zaak', onclick: () => openCase(frame.caseId) }),
    element('button', { type: 'button', className: 'secondary', text: 'Melding sluiten', onclick: () => notice.remove() }),
  ]);
  container.append(notice);
}
