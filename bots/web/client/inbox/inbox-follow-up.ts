// Canned replies, snooze, check-ins and warm referrals on the case card (docs/workers/desk.md
// "Canned replies, follow-up and warm referrals"). Every write goes through the inbox API; the server checks it again.
import { api, messageOf } from './inbox-api.js';
import { element } from './inbox-dom.js';
import type { CaseView, Report } from './inbox-types.js';

/** A canned reply for a case: placeholders filled, in the case's language. */
interface CaseCannedReply {
  id: string;
  title: string;
  text: string;
  language: string;
}

/** A canned reply as the coordinators edit it: a text per language, placeholders kept. */
interface CannedReply {
  id: string;
  title: string;
  texts: Partial<Record<string, string>>;
}

/** A datetime-local value as an ISO moment in this browser's time zone. */
const isoOf = (value: string): string | null => (value ? new Date(value).toISOString() : null);

function status(id: string): HTMLParagraphElement {
  return element('p', { id, className: 'follow-up-status', role: 'status' });
}

/**
 * The "Standaardantwoord" menu above the reply box: each canned reply, placeholders filled, in the
 * case's language; choosing one puts it in the reply field to read and change before sending.
 */
export function cannedReplyMenu(caseId: string, replyFieldId: string, report: Report): HTMLDivElement {
  const select = element('select', { id: 'canned-reply', 'aria-describedby': 'canned-reply-hint' }, [element('option', { value: '', text: 'Kies een standaardantwoord…' })]);
  let replies: CaseCannedReply[] = [];
  select.addEventListener('focus', () => void load(), { once: true });
  async function load() {
    try {
      replies = (await api<{ replies: CaseCannedReply[] }>(`/api/inbox/cases/${caseId}/canned-replies`)).replies;
      select.replaceChildren(select.options[0], ...replies.map((reply) => element('option', { value: reply.id, text: reply.title })));
    } catch (error) {
      report(messageOf(error));
    }
  }
  select.addEventListener('change', () => {
    const chosen = replies.find((reply) => reply.id === select.value);
    const field = document.getElementById(replyFieldId) as HTMLTextAreaElement | null;
    if (!chosen || !field) return;
    field.value = chosen.text;
    field.setAttribute('lang', chosen.language);
    field.setAttribute('dir', chosen.language === 'ar' ? 'rtl' : 'auto');
    field.focus();
    select.value = '';
  });
  void load();
  return element('div', { className: 'canned-replies' }, [
    element('label', { for: 'canned-reply', text: 'Standaardantwoord' }), select,
    element('p', { id: 'canned-reply-hint', className: 'hint', text: 'Zet de tekst in het berichtveld, in de taal van de inwoner. Lees hem na voor je verstuurt.' }),
  ]);
}

/** Snooze, check-in and referral for the worker who has the case. */
export function followUpActions(view: CaseView, { report, refresh }: { report: Report; refresh?: () => Promise<unknown> }): HTMLDivElement {
  const run = (statusNode: HTMLElement, action: () => Promise<unknown>, done: string) => async (event: Event) => {
    event.preventDefault();
    report('');
    try {
      await action();
      statusNode.textContent = done;
      await refresh?.();
    } catch (error) {
      report(messageOf(error));
    }
  };

  const snoozeStatus = status('snooze-status');
  const snoozeUntil = element('input', { id: 'snooze-until', type: 'datetime-local' });
  const snoozeReply = element('input', { id: 'snooze-reply', type: 'checkbox' });
  const snoozed = view.snoozedUntil || view.snoozedUntilReply;
  const snoozeForm = element('form', {
    className: 'follow-up', onsubmit: run(snoozeStatus, () => api(`/api/inbox/cases/${view.id}/snooze`, { method: 'POST', body: { until: isoOf(snoozeUntil.value), untilReply: snoozeReply.checked } }), 'Zaak sluimert. Je krijgt een herinnering als hij terugkomt.'),
  }, [
    element('h4', { text: 'Sluimeren' }),
    ...(snoozed ? [element('p', { className: 'hint', text: `Sluimert${view.snoozedUntil ? ` tot ${new Date(view.snoozedUntil).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' })}` : ''}${view.snoozedUntilReply ? ' tot de inwoner reageert' : ''}.` })] : []),
    element('label', { for: 'snooze-until', text: 'Tot (datum en tijd)' }), snoozeUntil,
    element('label', { className: 'inline' }, [snoozeReply, ' Of tot de inwoner reageert']),
    element('button', { type: 'submit', id: 'snooze-submit', className: 'secondary', text: 'Sluimeren' }), snoozeStatus,
  ]);

  const checkInStatus = status('check-in-status');
  const checkInAt = element('input', { id: 'check-in-at', type: 'datetime-local', required: true });
  const checkInText = element('textarea', { id: 'check-in-text', rows: 2, placeholder: 'Leeg: "Hoe gaat het nu met …?" in de taal van de inwoner' });
  const checkInForm = element('form', {
    className: 'follow-up', onsubmit: run(checkInStatus, () => api(`/api/inbox/cases/${view.id}/check-ins`, { method: 'POST', body: { sendAt: isoOf(checkInAt.value), text: checkInText.value } }), 'Check-in ingepland.'),
  }, [
    element('h4', { text: 'Check-in inplannen' }),
    element('label', { for: 'check-in-at', text: 'Versturen op' }), checkInAt,
    element('label', { for: 'check-in-text', text: 'Bericht (mag leeg)' }), checkInText,
    element('button', { type: 'submit', id: 'check-in-submit', className: 'secondary', text: 'Inplannen' }), checkInStatus,
  ]);

  const referralStatus = status('referral-status');
  const partner = element('select', { id: 'referral-partner', required: true });
  const shared = element('textarea', { id: 'referral-shared', rows: 2, required: true });
  const asked = element('input', { id: 'referral-asked', type: 'checkbox' });
  const given = element('input', { id: 'referral-given', type: 'checkbox' });
  api<{ partners: Array<{ id: string; name: string }> }>('/api/inbox/referral-partners').then(({ partners }) => {
    partner.replaceChildren(...partners.map((item) => element('option', { value: item.id, text: item.name })));
  }).catch((error) => report(error.message));
  const referralForm = element('form', {
    className: 'follow-up',
    onsubmit: run(referralStatus, () => api(`/api/inbox/cases/${view.id}/referrals`, {
      method: 'POST', body: { partnerId: partner.value, shared: shared.value, consentAsked: asked.checked, consentGiven: given.checked },
    }), 'Doorverwezen. De inwoner hoort wie contact opneemt.'),
  }, [
    element('h4', { text: 'Warm doorverwijzen' }),
    element('label', { for: 'referral-partner', text: 'Naar' }), partner,
    element('label', { for: 'referral-shared', text: 'Wat deel je (met toestemming)' }), shared,
    element('label', { className: 'inline' }, [asked, ' Ik heb de inwoner om toestemming gevraagd']),
    element('label', { className: 'inline' }, [given, ' De inwoner gaf toestemming voor wat ik deel']),
    element('button', { type: 'submit', id: 'referral-submit', className: 'secondary', text: 'Doorverwijzen' }), referralStatus,
  ]);
  return element('div', { className: 'follow-up-actions' }, [snoozeForm, checkInForm, referralForm]);
}

/** The coordinators' editor: a title and a text per language, placeholders {worker}, {openingstijden}, {aanbod}. */
export function cannedReplyManager(report: Report): HTMLDetailsElement {
  const languages = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
  const list = element('ul', { className: 'canned-reply-list' });
  const title = element('input', { id: 'canned-title', required: true, maxlength: 80 });
  const fields: Record<string, HTMLTextAreaElement> = Object.fromEntries(languages.map((language) => [language, element('textarea', { id: `canned-text-${language}`, rows: 2, lang: language, dir: language === 'ar' ? 'rtl' : 'auto', required: language === 'nl' })]));
  const managerStatus = status('canned-manager-status');
  let editing: string | null = null;
  async function load(): Promise<void> {
    const { replies } = await api<{ replies: CannedReply[] }>('/api/inbox/canned-replies');
    list.replaceChildren(...replies.map((reply) => element('li', {}, [
      element('span', { text: reply.title }),
      element('button', { type: 'button', className: 'secondary', text: 'Bewerken', onclick: () => {
        editing = reply.id;
        title.value = reply.title;
        for (const language of languages) fields[language].value = reply.texts[language] ?? '';
        title.focus();
      } }),
      element('button', { type: 'button', className: 'secondary', text: 'Verwijderen', onclick: async () => {
        try {
          await api(`/api/inbox/canned-replies/${reply.id}`, { method: 'DELETE' });
          managerStatus.textContent = 'Verwijderd.';
          await load();
        } catch (error) {
          report(messageOf(error));
        }
      } }),
    ])));
  }
  const form: HTMLFormElement = element('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      const texts = Object.fromEntries(languages.map((language) => [language, fields[language].value]));
      try {
        await api(editing ? `/api/inbox/canned-replies/${editing}` : '/api/inbox/canned-replies', { method: editing ? 'PUT' : 'POST', body: { title: title.value, texts } });
        managerStatus.textContent = 'Opgeslagen.';
        editing = null;
        form.reset();
        await load();
      } catch (error) {
        report(messageOf(error));
      }
    },
  }, [
    element('label', { for: 'canned-title', text: 'Titel' }), title,
    ...languages.flatMap((language) => [element('label', { for: `canned-text-${language}`, text: `Tekst (${language})` }), fields[language]]),
    element('p', { className: 'hint', text: 'Kort en in eenvoudige taal (B1). Invullers: {worker} (je voornaam), {openingstijden}, {aanbod} (uit de sociale kaart).' }),
    element('button', { type: 'submit', id: 'canned-save', text: 'Opslaan' }), managerStatus,
  ]);
  const box = element('details', { id: 'canned-manager', className: 'canned-manager' }, [element('summary', { text: 'Standaardantwoorden beheren' }), list, form]);
  box.addEventListener('toggle', () => { if (box.open) load().catch((error) => report(error.message)); });
  return box;
}
