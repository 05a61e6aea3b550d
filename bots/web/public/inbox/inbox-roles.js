import { api } from './inbox-api.js';
import { element } from './inbox-dom.js';

/** Roles and queues per role, "Afwezig", and moving a case to another role (docs/desk.md). */
export async function setUpRoles({ onChange, report }) {
  const { roles, me } = await api('/api/inbox/roles');
  const filter = document.getElementById('filter-role');
  filter.replaceChildren(element('option', { value: '', text: 'Alle rollen' }), ...roles.map((role) => element('option', { value: role.id, text: role.label })));
  const away = document.getElementById('away-toggle');
  away.checked = me.away;
  away.onchange = async () => {
    try {
      await api('/api/inbox/me/away', { method: 'POST', body: { away: away.checked } });
      onChange(away.checked ? 'Je staat op afwezig: je krijgt geen nieuwe zaken toegewezen.' : 'Je staat weer op aanwezig.');
    } catch (error) {
      away.checked = !away.checked;
      report(error.message);
    }
  };
  return roles;
}

/** Under the card: the case's role, and a move to another role's queue. */
export function roleControls(view, roles, { onMoved, report }) {
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
        report(error.message);
      }
    },
  }, [
    element('label', { for: 'move-to-role', text: view.kind === 'offer' ? 'Aanbod van hulp · rol' : 'Rol' }),
    select,
    element('button', { type: 'submit', text: 'Naar deze rol' }),
  ]);
  return form;
}
