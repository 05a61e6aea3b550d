// The coordinators' dashboard (docs/coordinators.md): the report of a period as tables with an SVG
// bar beside each number, the signal cards, and the municipality's CSV. Numbers under the minimum
// arrive as null from the server and show as "—"; nothing is counted here.
import type { CaseReport, CollectiveOfferCard, SignalCard } from '../../../../core/reports/case-report.js';
import type { ReportSection } from '../../../../core/reports/report-labels.js';
import { api, ApiError, messageOf, setCsrfToken } from './inbox-api.js';
import { byId, element } from './inbox-dom.js';
import { watchDashboard } from './dashboard-live.js';
import type { SignedIn } from './inbox-types.js';

/** GET /api/inbox/report?labels=1 (bots/web/report-routes.ts): the report with the Dutch name of every key. */
type DashboardReport = CaseReport & {
  labels: Record<ReportSection | 'intakeDropOff', Record<string, string>>;
  sectionTitles: Record<ReportSection, string>;
};

/** One row of a panel: the key, its Dutch label and the count (null: suppressed). */
type Row = [key: string, label: string, count: number | null];

const svgNamespace = 'http://www.w3.org/2000/svg';
const day = 24 * 60 * 60 * 1000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);
const shown = (value: number | string | null | undefined) => (value === null || value === undefined ? '—' : String(value));
const sections: ReportSection[] = ['byTopic', 'byDomain', 'byNeighbourhood', 'outcomes', 'referredTo', 'improvedDomains', 'byChannel', 'byLanguage'];

function svg(tag: string, attributes: Record<string, string | number> = {}, text?: string): SVGElement {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Horizontal bars for the shown numbers; the table beside it carries the same numbers for everyone. */
function barChart(rows: Row[], title: string): SVGElement {
  const visible = rows.filter((row): row is [string, string, number] => row[2] !== null);
  const maximum = Math.max(1, ...visible.map(([, , count]) => count));
  const rowHeight = 24;
  const chart = svg('svg', { viewBox: `0 0 340 ${Math.max(1, visible.length) * rowHeight + 4}`, role: 'img', 'aria-label': `${title}: ${visible.map(([, label, count]) => `${label} ${count}`).join(', ') || 'geen getoonde aantallen'}` });
  visible.forEach(([, label, count], index) => {
    const y = index * rowHeight + 2;
    chart.append(svg('text', { class: 'label', x: 0, y: y + 16 }, label.length > 18 ? `${label.slice(0, 17)}…` : label));
    chart.append(svg('rect', { class: 'bar', x: 145, y: y + 4, height: 16, width: Math.max(2, (count / maximum) * 155) }));
    chart.append(svg('text', { class: 'value', x: 306, y: y + 16 }, String(count)));
  });
  return chart;
}

function table(caption: string, heading: string, rows: Row[]): HTMLTableElement {
  return element('table', {}, [
    element('caption', { text: caption }),
    element('thead', {}, [element('tr', {}, [element('th', { scope: 'col', text: heading }), element('th', { scope: 'col', text: 'Aantal' })])]),
    element('tbody', {}, rows.map(([, label, count]) => element('tr', {}, [element('th', { scope: 'row', text: label }), element('td', { className: 'count', text: shown(count) })]))),
  ]);
}

function panel(id: string, title: string, rows: Row[]): HTMLElement {
  return element('section', { className: 'panel', 'aria-labelledby': `${id}-title` }, [
    element('h2', { id: `${id}-title`, text: title }),
    barChart(rows, title),
    table(`${title} (cijfers)`, title, rows),
  ]);
}

const minutesText = (minutes: number | null) => (minutes === null ? '—' : minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} uur`.replace('.', ','));

const startedText = (started: CollectiveOfferCard) =>
  `Gestart op ${new Date(started.startedAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} door ${started.startedBy ?? 'een collega'}: ${started.offer}`;

/**
 * "Start collectief aanbod" (docs/coordinators.md "Signals"): the button opens a choice of the card's
 * offers or a new one in the coordinator's words; once recorded, the card says who started what when.
 */
function collectiveOfferPart(signal: SignalCard, index: number): HTMLElement {
  const part = element('div', { className: 'collective-offer' });
  if (signal.collectiveOffer) {
    part.append(element('p', { className: 'started', text: startedText(signal.collectiveOffer) }));
    return part;
  }
  const name = `offer-${index}`;
  const newText = element('input', { type: 'text', id: `${name}-new`, maxlength: 200, autocomplete: 'off' });
  const choices = signal.offers.map((offer, choice) => element('div', { className: 'choice' }, [
    element('input', { type: 'radio', name, id: `${name}-${choice}`, value: offer.name }),
    element('label', { for: `${name}-${choice}`, text: offer.name }),
  ]));
  const newChoice = element('input', { type: 'radio', name, id: `${name}-other`, value: '' });
  const problem = element('p', { className: 'error', role: 'alert' });
  const form = element('form', { hidden: true }, [
    element('fieldset', {}, [
      element('legend', { text: 'Welk aanbod start je?' }),
      ...choices,
      // Without offers on the map, the coordinator's own words are the only choice.
      signal.offers.length ? element('div', { className: 'choice' }, [newChoice, element('label', { for: `${name}-other`, text: 'Een nieuw aanbod' })]) : null,
      element('label', { for: `${name}-new`, text: 'Nieuw aanbod' }),
      newText,
    ]),
    problem,
    element('button', { type: 'submit', text: 'Vastleggen' }),
    element('button', { type: 'button', className: 'secondary', text: 'Annuleren', onclick: () => showForm(false) }),
  ]);
  const open = element('button', { type: 'button', text: 'Start collectief aanbod', onclick: () => showForm(true) });
  function showForm(shown: boolean) {
    form.hidden = !shown;
    open.hidden = shown;
    if (shown) (form.querySelector<HTMLInputElement>('input') ?? newText).focus();
    else open.focus();
  }
  // Typing a new offer chooses it.
  newText.addEventListener('input', () => {
    newChoice.checked = true;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    const offer = chosen && chosen !== newChoice ? chosen.value : newText.value.trim();
    problem.textContent = '';
    try {
      const { collectiveOffer } = await api<{ collectiveOffer: CollectiveOfferCard }>('/api/inbox/signals/collective-offer', {
        method: 'POST', body: { neighbourhood: signal.neighbourhood, topic: signal.topic, offer },
      });
      const started = element('p', { className: 'started', tabindex: -1, text: startedText(collectiveOffer) });
      part.replaceChildren(started);
      started.focus();
      byId('dashboard-status').textContent = `Collectief aanbod vastgelegd voor ${signal.topicLabel.toLocaleLowerCase('nl')} in ${signal.neighbourhood}.`;
    } catch (error) {
      problem.textContent = messageOf(error);
    }
  });
  part.append(open, form);
  return part;
}

function signalCards(signals: CaseReport['signals']): HTMLElement[] {
  if (!signals.length) return [element('p', { text: 'Geen signalen: geen wijk en onderwerp ligt duidelijk boven het eigen niveau van de maanden ervoor.' })];
  return signals.map((signal, index) => element('article', { className: 'signal', 'aria-labelledby': `signal-${index}` }, [
    element('h3', { id: `signal-${index}`, text: `${signal.topicLabel} in ${signal.neighbourhood}` }),
    element('p', { text: signal.text }),
    signal.offers.length
      ? element('div', {}, [element('p', { text: 'Collectief aanbod op de sociale kaart:' }), element('ul', {}, signal.offers.map((offer) => element('li', { text: `${offer.name}, ${offer.place}, ${offer.hours}` })))])
      : element('p', { text: 'Geen passend collectief aanbod op de sociale kaart: misschien iets om samen met de wijk te starten.' }),
    collectiveOfferPart(signal, index),
  ]));
}

function render(report: DashboardReport): void {
  byId('minimum-cell').textContent = String(report.minimumCell);
  const waiting = report.waiting;
  const figures = element('ul', { className: 'figures', 'aria-label': 'Kerncijfers' }, [
    ['Zaken geopend', shown(report.total)],
    ['Waarvan crisis', shown(report.crisis)],
    ['Opgepakt na (mediaan)', minutesText(waiting.pickedUp.medianMinutes)],
    ['Opgepakt binnen kantooruren', minutesText(waiting.inOfficeHours.medianMinutes)],
    ['Opgepakt buiten kantooruren', minutesText(waiting.outsideOfficeHours.medianMinutes)],
    // The first message of a worker to the resident, not only the pick-up.
    ['Eerste antwoord na (mediaan)', minutesText(waiting.firstAnswer.all.medianMinutes)],
    ['Eerste antwoord binnen kantooruren', minutesText(waiting.firstAnswer.inOfficeHours.medianMinutes)],
    ['Eerste antwoord buiten kantooruren', minutesText(waiting.firstAnswer.outsideOfficeHours.medianMinutes)],
    // The follow-up question after closing (docs/coordinators.md "Follow-up and satisfaction").
    ['Vraag opgelost', shown(report.satisfaction.answers.yes)],
    ['Deels opgelost', shown(report.satisfaction.answers.partly)],
    ['Niet opgelost', shown(report.satisfaction.answers.no)],
    ['Gemiddeld cijfer (1-5)', report.satisfaction.meanScore === null ? '—' : report.satisfaction.meanScore.toLocaleString('nl-NL')],
    // Started from a signal card in the period (docs/coordinators.md "Signals").
    ['Collectief aanbod gestart', shown(report.collectiveOffersStarted)],
  ].map(([label, value]) => element('li', {}, [element('span', { className: 'number', text: value }), element('span', { text: label })])));
  const rowsOf = (section: ReportSection): Row[] => Object.entries(report[section]).map(([key, count]) => [key, report.labels[section][key] ?? key, count]);
  const weekly = report.weekly.map(({ week, count }): Row => [week, `week van ${new Date(week).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short' })}`, count]);
  byId('report').replaceChildren(
    figures,
    element('section', { 'aria-labelledby': 'signals-title' }, [element('h2', { id: 'signals-title', text: 'Signalen' }), element('div', { className: 'signals' }, signalCards(report.signals))]),
    element('div', { className: 'panels' }, [
      panel('weekly', 'Zaken per week', weekly),
      ...sections.map((section) => panel(section, report.sectionTitles[section], rowsOf(section))),
      // Where residents stop in the intake, after the idle time, without a case (docs/coordinators.md).
      panel('intake-drop-off', `Gestopt in de intake (${shown(report.intakeDropOff.stopped)} gesprekken, ${report.intakeDropOff.idleHours} uur stil)`,
        Object.entries(report.intakeDropOff.atStep).map(([key, count]): Row => [key, report.labels.intakeDropOff[key] ?? key, count])),
    ]),
  );
}

/** The period on screen, as last shown: a live refresh reads it again, whatever is half typed in the fields. */
let shownQuery: URLSearchParams | null = null;
let live = false;

async function load(): Promise<void> {
  const from = byId<HTMLInputElement>('period-from').value;
  const to = byId<HTMLInputElement>('period-to').value;
  const query = new URLSearchParams({ from, to });
  byId<HTMLAnchorElement>('csv-link').href = `/api/inbox/report.csv?${query}`;
  byId('dashboard-error').textContent = '';
  try {
    // The CSRF token for "Start collectief aanbod", from the session the inbox signed in.
    setCsrfToken((await api<SignedIn>('/api/inbox/me')).csrfToken);
    const report = await api<DashboardReport>(`/api/inbox/report?${query}&labels=1`);
    render(report);
    shownQuery = query;
    byId('dashboard-status').textContent = `Cijfers van ${report.period.from} tot en met ${report.period.to}.`;
    if (!live) {
      // Only a coordinator who sees the figures listens for changes (docs/coordinators.md "Live figures").
      live = true;
      watchDashboard({
        refresh: async () => {
          if (shownQuery) render(await api<DashboardReport>(`/api/inbox/report?${shownQuery}&labels=1`));
        },
        // A redraw would close an open "Start collectief aanbod" form or take the keyboard focus away.
        busy: () => Boolean(document.querySelector('#report form:not([hidden])')) || byId('report').contains(document.activeElement),
        announce: (text) => (byId('dashboard-status').textContent = text),
      });
    }
  } catch (error) {
    byId('report').replaceChildren();
    if (error instanceof ApiError && error.status === 401) {
      byId('dashboard-error').replaceChildren('Je bent niet ingelogd. ', element('a', { href: '/inbox', text: 'Log in via de inbox' }), '.');
    } else {
      byId('dashboard-error').textContent = error instanceof ApiError && error.status === 403 ? 'Alleen coördinatoren zien het dashboard.' : messageOf(error);
    }
  }
}

const today = new Date();
byId<HTMLInputElement>('period-to').value = isoDay(today);
byId<HTMLInputElement>('period-from').value = isoDay(new Date(today.getTime() - 29 * day));
byId('period').addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
void load();
