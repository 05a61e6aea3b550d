// The coordinators' dashboard (docs/coordinators.md): the report of a period as tables with an SVG
// bar beside each number, the signal cards, and the municipality's CSV. Numbers under the minimum
// arrive as null from the server and show as "—"; nothing is counted here.
import { api, ApiError } from './inbox-api.js';
import { element } from './inbox-dom.js';

const byId = (id) => document.getElementById(id);
const svgNamespace = 'http://www.w3.org/2000/svg';
const day = 24 * 60 * 60 * 1000;
const isoDay = (at) => at.toISOString().slice(0, 10);
const shown = (value) => (value === null || value === undefined ? '—' : String(value));
const sections = ['byTopic', 'byDomain', 'byNeighbourhood', 'outcomes', 'referredTo', 'improvedDomains', 'byChannel', 'byLanguage'];

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Horizontal bars for the shown numbers; the table beside it carries the same numbers for everyone. */
function barChart(rows, title) {
  const visible = rows.filter(([, , count]) => count !== null);
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

function table(caption, heading, rows) {
  return element('table', {}, [
    element('caption', { text: caption }),
    element('thead', {}, [element('tr', {}, [element('th', { scope: 'col', text: heading }), element('th', { scope: 'col', text: 'Aantal' })])]),
    element('tbody', {}, rows.map(([, label, count]) => element('tr', {}, [element('th', { scope: 'row', text: label }), element('td', { className: 'count', text: shown(count) })]))),
  ]);
}

function panel(id, title, rows) {
  return element('section', { className: 'panel', 'aria-labelledby': `${id}-title` }, [
    element('h2', { id: `${id}-title`, text: title }),
    barChart(rows, title),
    table(`${title} (cijfers)`, title, rows),
  ]);
}

const minutesText = (minutes) => (minutes === null ? '—' : minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} uur`.replace('.', ','));

function signalCards(signals) {
  if (!signals.length) return [element('p', { text: 'Geen signalen: geen wijk en onderwerp ligt duidelijk boven het eigen niveau van de maanden ervoor.' })];
  return signals.map((signal, index) => element('article', { className: 'signal', 'aria-labelledby': `signal-${index}` }, [
    element('h3', { id: `signal-${index}`, text: `${signal.topicLabel} in ${signal.neighbourhood}` }),
    element('p', { text: signal.text }),
    signal.offers.length
      ? element('div', {}, [element('p', { text: 'Collectief aanbod op de sociale kaart:' }), element('ul', {}, signal.offers.map((offer) => element('li', { text: `${offer.name}, ${offer.place}, ${offer.hours}` })))])
      : element('p', { text: 'Geen passend collectief aanbod op de sociale kaart: misschien iets om samen met de wijk te starten.' }),
  ]));
}

function render(report) {
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
  ].map(([label, value]) => element('li', {}, [element('span', { className: 'number', text: value }), element('span', { text: label })])));
  const rowsOf = (section) => Object.entries(report[section]).map(([key, count]) => [key, report.labels[section][key] ?? key, count]);
  const weekly = report.weekly.map(({ week, count }) => [week, `week van ${new Date(week).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short' })}`, count]);
  byId('report').replaceChildren(
    figures,
    element('section', { 'aria-labelledby': 'signals-title' }, [element('h2', { id: 'signals-title', text: 'Signalen' }), element('div', { className: 'signals' }, signalCards(report.signals))]),
    element('div', { className: 'panels' }, [
      panel('weekly', 'Zaken per week', weekly),
      ...sections.map((section) => panel(section, report.sectionTitles[section], rowsOf(section))),
      // Where residents stop in the intake, after the idle time, without a case (docs/coordinators.md).
      panel('intake-drop-off', `Gestopt in de intake (${shown(report.intakeDropOff.stopped)} gesprekken, ${report.intakeDropOff.idleHours} uur stil)`,
        Object.entries(report.intakeDropOff.atStep).map(([key, count]) => [key, report.labels.intakeDropOff[key] ?? key, count])),
    ]),
  );
}

async function load() {
  const from = byId('period-from').value;
  const to = byId('period-to').value;
  const query = new URLSearchParams({ from, to });
  byId('csv-link').href = `/api/inbox/report.csv?${query}`;
  byId('dashboard-error').textContent = '';
  try {
    const report = await api(`/api/inbox/report?${query}&labels=1`);
    render(report);
    byId('dashboard-status').textContent = `Cijfers van ${report.period.from} tot en met ${report.period.to}.`;
  } catch (error) {
    byId('report').replaceChildren();
    if (error instanceof ApiError && error.status === 401) {
      byId('dashboard-error').replaceChildren('Je bent niet ingelogd. ', element('a', { href: '/inbox', text: 'Log in via de inbox' }), '.');
    } else {
      byId('dashboard-error').textContent = error instanceof ApiError && error.status === 403 ? 'Alleen coördinatoren zien het dashboard.' : error.message;
    }
  }
}

const today = new Date();
byId('period-to').value = isoDay(today);
byId('period-from').value = isoDay(new Date(today.getTime() - 29 * day));
byId('period').addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
void load();
