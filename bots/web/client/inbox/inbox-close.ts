// Closing a case with a structured outcome (issue 17, docs/coordinators.md): what came of it, to
// which partner when referred, and which life domains improved. Only these choices reach the
// anonymous statistics; the optional explanation stays with the case until the purge.
import { api } from './inbox-api.js';
import { element } from './inbox-dom.js';
import type { Labelled } from './inbox-types.js';

interface ClosingChoices {
  outcomes: Labelled[];
  partners: Array<{ id: string; name: string }>;
  domains: Labelled[];
}

/** What the close form sends (POST /api/inbox/cases/:caseId/close). */
export interface Closing {
  outcome: string;
  partnerId: string | null;
  improvedDomains: string[];
  note: string | null;
}

let choices: ClosingChoices | null = null;

/** The outcomes, partners and life domains, fetched once per page. */
export async function loadClosingChoices(): Promise<ClosingChoices> {
  choices ??= await api<ClosingChoices>('/api/inbox/closing-outcomes');
  return choices;
}

/** The close form; `onClose({ outcome, partnerId, improvedDomains, note })` returns true when the case closed. */
export function closeForm(onClose: (closing: Closing) => Promise<unknown>): HTMLFormElement {
  const { outcomes, partners, domains } = choices ?? { outcomes: [], partners: [], domains: [] };
  const outcome = element('select', { id: 'close-outcome', name: 'outcome', required: true }, [
    element('option', { value: '', text: 'Kies wat eruit kwam…' }),
    ...outcomes.map((choice) => element('option', { value: choice.id, text: choice.label })),
  ]);
  const partner = element('select', { id: 'close-partner', name: 'partner' }, [
    element('option', { value: '', text: 'Kies een partner…' }),
    ...partners.map((choice) => element('option', { value: choice.id, text: choice.name })),
  ]);
  const partnerRow = element('div', { className: 'close-partner', hidden: true }, [element('label', { for: 'close-partner', text: 'Doorverwezen naar' }), partner]);
  outcome.addEventListener('change', () => {
    partnerRow.hidden = outcome.value !== 'referred';
    partner.required = outcome.value === 'referred';
  });
  const domainBoxes = domains.map((domain) => element('input', { type: 'checkbox', id: `close-domain-${domain.id}`, value: domain.id }));
  const domainSet = element('fieldset', { className: 'close-domains' }, [
    element('legend', { text: 'Verbeterd op deze leefgebieden (optioneel)' }),
    ...domains.map((domain, index) => element('label', { className: 'inline', for: `close-domain-${domain.id}` }, [domainBoxes[index], document.createTextNode(` ${domain.label}`)])),
  ]);
  const note = element('input', { id: 'close-note', name: 'note', maxlength: '500', 'aria-describedby': 'close-note-hint' });
  const button = element('button', { type: 'submit', id: 'close-submit', text: 'Zaak sluiten' });
  return element('form', {
    className: 'close-case',
    onsubmit: async (event) => {
      event.preventDefault();
      if (button.disabled) return;
      button.disabled = true;
      await onClose({
        outcome: outcome.value,
        partnerId: outcome.value === 'referred' ? partner.value || null : null,
        improvedDomains: domainBoxes.filter((box) => box.checked).map((box) => box.value),
        note: note.value.trim() || null,
      });
      button.disabled = false;
    },
  }, [
    element('h4', { text: 'Zaak sluiten' }),
    element('label', { for: 'close-outcome', text: 'Uitkomst' }), outcome,
    partnerRow, domainSet,
    element('label', { for: 'close-note', text: 'Toelichting (optioneel)' }), note,
    element('p', { id: 'close-note-hint', className: 'hint', text: 'Blijft bij de zaak tot die wordt gewist. De statistiek bewaart alleen de keuzes hierboven.' }),
    button,
  ]);
}
