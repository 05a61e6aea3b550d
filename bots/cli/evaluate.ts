// npm run eval -- FILE.jsonl [--json] [--min-top1 0.85] [--min-macro-f1 0.8] [--min-domain 0.9]
//   [--min-crisis-recall 1] [--max-crisis-fpr 0.02] [--min-language 0.95]
import { parseArgs } from 'node:util';
import { evaluateClassifier } from '../../core/classification/evaluation.js';
import { thresholdFailures, type EvaluationThresholds } from '../../core/classification/evaluation-thresholds.js';
import { formatEvaluationReport } from '../../core/classification/format-evaluation-report.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'min-top1': { type: 'string' },
    'min-macro-f1': { type: 'string' },
    'min-domain': { type: 'string' },
    'min-crisis-recall': { type: 'string' },
    'max-crisis-fpr': { type: 'string' },
    'min-language': { type: 'string' },
  },
});

function threshold(name: string): number | undefined {
  const raw = values[name as keyof typeof values];
  if (raw === undefined || typeof raw !== 'string') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    process.stderr.write(`--${name} needs a number, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}

if (positionals.length !== 1) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl [--json] [--min-top1 N] [--min-macro-f1 N] [--min-domain N] [--min-crisis-recall N] [--max-crisis-fpr N] [--min-language N]\n');
  process.exit(2);
}

const thresholds: EvaluationThresholds = {
  minTop1: threshold('min-top1'),
  minMacroF1: threshold('min-macro-f1'),
  minDomain: threshold('min-domain'),
  minCrisisRecall: threshold('min-crisis-recall'),
  maxCrisisFpr: threshold('max-crisis-fpr'),
  minLanguage: threshold('min-language'),
};
const file = positionals[0];
const report = evaluateClassifier(createOfflineClassifier(), readLabelledExamples(file));
const failures = thresholdFailures(report, thresholds);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ file, ...report, failures })}\n`);
} else {
  process.stdout.write(`${formatEvaluationReport(report, file)}\n`);
  for (const failure of failures) process.stdout.write(`FAILED: ${failure}\n`);
}
process.exitCode = failures.length > 0 ? 1 : 0;
