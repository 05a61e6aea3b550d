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
    `safety               crisis-or-concern recall ${percent(report.safety.recall)} (${report.safety.support} gold), concern on ${percent(report.safety.concernRate)} of ${report.safety.negatives} without a crisis`,
    `language accuracy    ${percent(report.languageAccuracy)}`,
    `speed                ${report.millisecondsPerMessage.toFixed(3)} ms per message`,
  );
  lines.push('', `${column('language', 10)}${column('messages', 10)}${column('top-1', 8)}${column('domain', 8)}${column('language', 10)}${column('safety recall', 15)}${column('crisis FPR', 12)}concern`);
  for (const [language, figures] of Object.entries(report.byLanguage)) {
    lines.push(
      `${column(language, 10)}${column(String(figures.messages), 10)}${column(figures.top1Accuracy.toFixed(2), 8)}${column(figures.domainAccuracy.toFixed(2), 8)}${column(figures.languageAccuracy.toFixed(2), 10)}` +
        `${column(`${figures.safetyRecall.toFixed(2)} of ${figures.crisisSupport}`, 15)}${column(figures.crisisFalsePositiveRate.toFixed(3), 12)}${figures.concernRate.toFixed(3)}`,
    );
  }
  if (report.confusedPairs.length > 0) {
    lines.push('', 'most confused (gold → predicted):');
    for (const pair of report.confusedPairs) lines.push(`  ${pair.count}× ${pair.gold} → ${pair.predicted}`);
  }
  for (const text of report.safety.missed) lines.push(`  crisis missed (no crisis, no concern): ${text}`);
  for (const text of report.crisis.falseAlarms) lines.push(`  crisis false alarm: ${text}`);
  return lines.join('\n');
}
