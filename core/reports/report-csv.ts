import type { SocialMap } from '../social-map/social-map.js';
import type { CaseReport } from './case-report.js';
import { intakeStepLabel } from './intake-drop-off.js';
import { keyLabel, satisfactionLabels, sectionTitles, type ReportSection } from './report-labels.js';
import type { SatisfactionAnswer } from '../ports/follow-up-store.js';

/** A field as a spreadsheet reads it: quoted when it holds the separator, a quote or a line break. */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The report for the municipality as CSV, in Dutch: `onderdeel;categorie;aantal`, separated by
 * semicolons (a Dutch spreadsheet's default), with a byte order mark so Excel reads UTF-8. A
 * suppressed count is an empty field, never a number under the minimum.
 */
export function reportCsv(report: CaseReport, socialMap: SocialMap): string {
  const rows: Array<[string, string, number | null]> = [
    ['Periode', `${report.period.from} t/m ${report.period.to}`, null],
    ['Kleinste getoonde aantal', 'Aantallen onder dit getal zijn leeg gelaten', report.minimumCell],
    ['Totaal', 'Zaken geopend in de periode', report.total],
    ['Totaal', 'Waarvan crisis', report.crisis],
  ];
  for (const section of Object.keys(sectionTitles) as ReportSection[]) {
    for (const [key, count] of Object.entries(report[section])) rows.push([sectionTitles[section], keyLabel(section, key, socialMap), count]);
  }
  for (const { week, count } of report.weekly) rows.push(['Week', `week van ${week}`, count]);
  const { firstAnswer } = report.waiting;
  const waiting = [
    ['Opgepakt', report.waiting.pickedUp], ['Opgepakt binnen kantooruren', report.waiting.inOfficeHours], ['Opgepakt buiten kantooruren', report.waiting.outsideOfficeHours],
    ['Eerste antwoord', firstAnswer.all], ['Eerste antwoord binnen kantooruren', firstAnswer.inOfficeHours], ['Eerste antwoord buiten kantooruren', firstAnswer.outsideOfficeHours],
  ] as const;
  for (const [label, figure] of waiting) {
    rows.push(['Wachttijd', `${label}: aantal zaken`, figure.count]);
    rows.push(['Wachttijd', `${label}: mediaan in minuten`, figure.medianMinutes]);
  }
  const { satisfaction } = report;
  rows.push(['Tevredenheid', 'Vraag "Is je vraag opgelost?" beantwoord', satisfaction.answered]);
  for (const [key, count] of Object.entries(satisfaction.answers)) rows.push(['Tevredenheid', satisfactionLabels[key as SatisfactionAnswer] ?? key, count]);
  rows.push(['Tevredenheid', 'Cijfer 1-5 gegeven', satisfaction.scored]);
  rows.push(['Tevredenheid', 'Gemiddeld cijfer (1-5)', satisfaction.meanScore]);
  const { intakeDropOff } = report;
  rows.push(['Gestopt in de intake', `Gesprekken zonder zaak, ${intakeDropOff.idleHours} uur stil bij een vraag`, intakeDropOff.stopped]);
  for (const [key, count] of Object.entries(intakeDropOff.atStep)) rows.push(['Gestopt in de intake', intakeStepLabel(key), count]);
  rows.push(['Collectief aanbod', 'Gestart in de periode (vanuit een signaal)', report.collectiveOffersStarted]);
  for (const signal of report.signals) {
    rows.push(['Signaal', signal.text, signal.count]);
    const started = signal.collectiveOffer;
    if (started) rows.push(['Signaal', `Collectief aanbod gestart op ${started.startedAt.slice(0, 10)}: ${started.offer}`, null]);
  }
  const lines = [['onderdeel', 'categorie', 'aantal'], ...rows].map((row) => row.map(field).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
