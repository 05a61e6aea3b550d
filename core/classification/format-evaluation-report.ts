import type { EvaluationReport } from './evaluation.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const column = (text: string, width: number) => text.padEnd(width);

/** A plain-text report for people, in the spirit of `rasa test nlu`. */
export function formatEvaluationReport(report: EvaluationReport, title = 'Evaluation'): string {
  const lines = [`${title}: ${report.messages} messages`, '', `${column('topic', 22)}precision  recall  f1     support`];
  for (const [topic, metric] of Object.entries(report.topics)) {
    lines.push(`${column(topic, 22)}${column(metric.precision.toFixed(2), 11)}${column(metric.recall.toFixed(2), 8)}${column(metric.f1.toFixed(2), 7)}${metric.support}`);
  }
  lines.push(
    '',
    `macro-F1             ${report.macroF1.toFixed(3)}`,
    `top-1 accuracy       ${percent(report.top1Accuracy)}`,
    `domain accuracy      ${percent(report.domainAccuracy)}`,
    `unclear              precision ${percent(report.unclear.precision)}, recall ${percent(report.unclear.recall)} (${report.unclear.support} gold)`,
    `crisis               recall ${percent(report.crisis.recall)} (${report.crisis.support} gold), false positives ${percent(report.crisis.falsePositiveRate)}, right id ${percent(report.crisis.idAccuracy)}`,
    `language accuracy    ${percent(report.languageAccuracy)}`,
    `speed                ${report.millisecondsPerMessage.toFixed(3)} ms per message`,
  );
  if (report.confusedPairs.length > 0) {
    lines.push('', 'most confused (gold → predicted):');
    for (const pair of report.confusedPairs) lines.push(`  ${pair.count}× ${pair.gold} → ${pair.predicted}`);
  }
  for (const text of report.crisis.missed) lines.push(`  crisis missed: ${text}`);
  for (const text of report.crisis.falseAlarms) lines.push(`  crisis false alarm: ${text}`);
  return lines.join('\n');
}
