import { api, messageOf } from './inbox-api.js';
import { byId, element, shorten } from './inbox-dom.js';
import type { CaseView, Labelled, Report, Worker } from './inbox-types.js';

/** Roles and queues per role, "Afwezig", and moving a case to another role (docs/workers/desk.md). */
export async function setUpRoles({ onChange, report }: { onChange: (message: string) => void; report: Report }): Promise<Labelled[]> {
  const { roles, me } = await api<{ roles: Labelled[]; me: { away: boolean } }>('/api/inbox/roles');
  const filter = byId('filter-role');
  filter.replaceChildren(element('option', { value: '', text: 'Alle rollen' }), ...roles.map((role) => element('option', { value: role.id, text: role.label })));
  const away = byId<HTMLInputElement>('away-toggle');
  away.checked = me.away;
  away.onchange = async () => {
    try {
      await api('/api/inbox/me/away', { method: 'POST', body: { away: away.checked } });
      onChange(away.checked ? 'Je staat op afwezig: je krijgt geen nieuwe zaken toegewezen.' : 'Je staat weer op aanwezig.');
    } catch (error) {
      away.checked = !away.checked;
      report(messageOf(error));
    }
  };
  return roles;
}

/** Under the card: the case's role, and a move to another role's queue. */
export function roleControls(view: CaseView, roles: Labelled[], { onMoved, report }: { onMoved: (message: string) => void; report: Report }): HTMLFormElement | null {
  if (view.status === 'closed') return null;
  const select = element('select', { id: 'move-to-role' }, roles.map((role) => element('option', { value: role.id, text: role.label, selected: role.id === view.role })));
  const form = element('form', {
    className: 'role-move',
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await api(`/api/inbox/cases/${encodeURIComponent(view.id)}/role`, { method: 'POST', body: { role: select.value } });
        onMoved(`De zaak staat nu in de wachtrij van ${select.selectedOptions[0].textContent}.`);
      } catch (error) {
        report(messageOf(error));
      }
    },
  }, [
    element('label', { for: 'move-to-role', text: view.kind === 'offer' ? 'Aanbod van hulp · rol' : 'Rol' }),
    select,
    element('button', { type: 'submit', text: 'Naar deze rol' }),
  ]);
  return form;
}

/** A case as one line in the link form and the "Gekoppeld aan" line: its summary (else first words) and role. */
const caseLine = (view: CaseView): string => `${shorten(view.summary || view.firstWords || 'Zaak zonder tekst', 70)}${view.roleLabel ? ` · ${view.roleLabel}` : ''}`;

/**
 * An offer of help joined to a request (a maatje), with both residents' consent: the coordinator's
 * form on an offer's card, and the "Gekoppeld aan …" line on a linked case. The server checks the
 * permission and the consent again; a refusal shows its message in the alert region.
 */
export function offerLinkControls(view: CaseView, me: Worker, { onLinked, report }: { onLinked: (message: string) => void; report: Report }): HTMLElement | null {
  if (view.linkedCaseId) {
    const line = element('p', { id: 'offer-linked', className: 'offer-linked', tabindex: '-1', text: 'Gekoppeld aan een andere zaak.' });
    api<{ case: CaseView }>(`/api/inbox/cases/${encodeURIComponent(view.linkedCaseId)}`)
      .then(({ case: linked }) => { line.textContent = `Gekoppeld aan ${view.kind === 'offer' ? 'hulpvraag' : 'aanbod van hulp'}: ${caseLine(linked)}`; })
      .catch(() => {}); // the generic line stays; the link itself is recorded either way
    return line;
  }
  if (view.kind !== 'offer' || me.permission !== 'coordinator' || view.status === 'closed') return null;
  const select = element('select', { id: 'link-request', required: true }, [element('option', { value: '', text: 'Hulpvragen laden…' })]);
  api<{ cases: CaseView[] }>('/api/inbox/cases?status=open').then(({ cases }) => {
    const requests = cases.filter((candidate) => candidate.kind !== 'offer' && !candidate.linkedCaseId);
    select.replaceChildren(
      element('option', { value: '', text: requests.length ? 'Kies een hulpvraag…' : 'Geen open hulpvragen' }),
      ...requests.map((candidate) => element('option', { value: candidate.id, text: caseLine(candidate) })),
    );
  }).catch((error) => report(error.message));
  const offerConsent = element('input', { id: 'link-offer-consent', type: 'checkbox', required: true });
  const requestConsent = element('input', { id: 'link-request-consent', type: 'checkbox', required: true });
  const button = element('button', { type: 'submit', id: 'link-submit', text: 'Koppelen' });
  // noValidate: the server's own words say what is missing, in the alert region every action uses.
  const form = element('form', {
    className: 'offer-link', 'aria-labelledby': 'offer-link-title',
    onsubmit: async (event) => {
      event.preventDefault();
      if (button.disabled) return;
      report('');
      button.disabled = true;
      try {
        const { linked } = await api<{ linked: CaseView }>(`/api/inbox/cases/${encodeURIComponent(view.id)}/link`, {
          method: 'POST', body: { requestCaseId: select.value || null, offerConsent: offerConsent.checked, requestConsent: requestConsent.checked },
        });
        onLinked(`Gekoppeld aan ${caseLine(linked)}.`);
      } catch (error) {
        button.disabled = false;
        report(messageOf(error));
      }
    },
  }, [
    element('h4', { id: 'offer-link-title', text: 'Koppelen aan een hulpvraag' }),
    element('label', { for: 'link-request', text: 'Hulpvraag' }), select,
    element('label', { className: 'inline' }, [offerConsent, ' Inwoner die hulp aanbiedt gaf toestemming']),
    element('label', { className: 'inline' }, [requestConsent, ' Inwoner met de hulpvraag gaf toestemming']),
    button,
  ]);
  form.noValidate = true;
  return form;
}
