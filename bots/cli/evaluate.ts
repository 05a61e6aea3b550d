// npm run eval -- FILE.jsonl [FILE.jsonl …] [--json] [--min-top1 0.85] [--min-macro-f1 0.8] [--min-domain 0.9]
//   [--min-crisis-recall 1] [--min-safety-recall 1] [--max-crisis-fpr 0.02] [--max-concern-rate 0.1] [--min-language 0.95]
// With OPENAI_API_KEY set, the language model reads along: the report says so, shows the offline
// figures next to it, and the thresholds apply to the figures with the model.
import { parseArgs } from 'node:util';
import { evaluateCases, evaluateClassifier, type EvaluationReport } from '../../core/classification/evaluation.js';
import { thresholdFailures, type EvaluationThresholds } from '../../core/classification/evaluation-thresholds.js';
import { formatEvaluationReport } from '../../core/classification/format-evaluation-report.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import { createModelClassifier } from '../../core/language-model/model-classifier.js';
import { commandLineModel } from '../language-model/command-line-model.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'min-top1': { type: 'string' },
    'min-macro-f1': { type: 'string' },
    'min-domain': { type: 'string' },
    'min-crisis-recall': { type: 'string' },
    'min-safety-recall': { type: 'string' },
    'max-crisis-fpr': { type: 'string' },
    'max-concern-rate': { type: 'string' },
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

if (positionals.length === 0) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl [FILE.jsonl …] [--json] [--min-top1 N] [--min-macro-f1 N] [--min-domain N] [--min-crisis-recall N] [--min-safety-recall N] [--max-crisis-fpr N] [--max-concern-rate N] [--min-language N]\n');
  process.exit(2);
}

const thresholds: EvaluationThresholds = {
  minTop1: threshold('min-top1'),
  minMacroF1: threshold('min-macro-f1'),
  minDomain: threshold('min-domain'),
  minCrisisRecall: threshold('min-crisis-recall'),
  minSafetyRecall: threshold('min-safety-recall'),
  maxCrisisFpr: threshold('max-crisis-fpr'),
  maxConcernRate: threshold('max-concern-rate'),
  minLanguage: threshold('min-language'),
};
// Several files are measured together, as one set (the figures of several blind files at once).
const file = positionals.join(' + ');
const examples = positionals.flatMap((path) => readLabelledExamples(path));
const offlineClassifier = createOfflineClassifier();
const offlineReport = evaluateClassifier(offlineClassifier, examples);
const model = commandLineModel();

/** The same examples with the model on top of the offline classifier, one at a time as in a conversation. */
async function evaluateWithModel(): Promise<{ report: EvaluationReport; answered: number }> {
  const classifier = createModelClassifier(offlineClassifier, model!);
  let answered = 0;
  const cases = [];
  const started = performance.now();
  for (const [index, example] of examples.entries()) {
    const { classification, source } = await classifier.classify(example.text, `eval-${index + 1}`);
    if (source === 'model') answered += 1;
    cases.push({ example, predicted: classification });
  }
  return { report: evaluateCases(cases, examples.length === 0 ? 0 : (performance.now() - started) / examples.length), answered };
}

const withModel = model ? await evaluateWithModel() : null;
const report = withModel?.report ?? offlineReport;
const failures = thresholdFailures(report, thresholds);
const languageModel = model && withModel ? { description: model.description, answered: withModel.answered, fellBack: examples.length - withModel.answered } : null;

if (values.json) {
  process.stdout.write(`${JSON.stringify({ file, ...report, failures, languageModel, ...(languageModel ? { offline: offlineReport } : {}) })}\n`);
} else if (languageModel) {
  process.stdout.write(`Language model: ${languageModel.description}, on top of the offline classifier\n`);
  process.stdout.write(`It answered ${languageModel.answered} of ${examples.length} messages; ${languageModel.fellBack} fell back to offline (crisis messages are never sent).\n\n`);
  process.stdout.write(`${formatEvaluationReport(report, `${file} with the language model`)}\n\n`);
  process.stdout.write(`${formatEvaluationReport(offlineReport, `${file} offline only (for comparison)`)}\n`);
  for (const failure of failures) process.stdout.write(`FAILED: ${failure}\n`);
} else {
  process.stdout.write(`Offline classifier only (set OPENAI_API_KEY to compare with a language model)\n`);
  process.stdout.write(`${formatEvaluationReport(report, file)}\n`);
  for (const failure of failures) process.stdout.write(`FAILED: ${failure}\n`);
}
process.exitCode = failures.length > 0 ? 1 : 0;
