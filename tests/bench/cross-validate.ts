// Five-fold cross-validation of the offline classifier on its own training file:
//   npx tsx tests/bench/cross-validate.ts [--folds 5] [--held-out] [--minimum-score 1.5] [--secondary-share 0.35]
// Each fold's messages are classified by a classifier that learned its lexicon from the other
// folds only. The vocabulary files are shared by all folds (they were written by people who had
// read the training file), so the figures are optimistic; they are for comparing changes to the
// mechanism, not for reporting. With --held-out it also prints the aggregate figures of the
// held-out files (never their sentences). --minimum-score and --secondary-share try other ranking
// options (topic-ranking.ts) without editing the code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCorpusFiles } from '../../core/classification/corpus.js';
import { evaluateCases, evaluateClassifier, type EvaluationCase, type EvaluationReport } from '../../core/classification/evaluation.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import type { RankingOptions } from '../../core/classification/topic-ranking.js';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    'held-out': { type: 'boolean', default: false },
    'minimum-score': { type: 'string' },
    'secondary-share': { type: 'string' },
  },
});
const folds = Number(values.folds);
const ranking: Partial<RankingOptions> = {
  ...(values['minimum-score'] === undefined ? {} : { minimumScore: Number(values['minimum-score']) }),
  ...(values['secondary-share'] === undefined ? {} : { secondaryShare: Number(values['secondary-share']) }),
};
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examples = defaultCorpusFiles.flatMap((file) => readLabelledExamples(file));

/** Aggregate figures only: a report without its sentences. */
function summary(report: EvaluationReport) {
  const weakest = Object.entries(report.topics).sort((left, right) => left[1].f1 - right[1].f1).slice(0, 4).map(([topic, metric]) => `${topic} ${metric.f1}`);
  return {
    messages: report.messages,
    top1: report.top1Accuracy,
    macroF1: report.macroF1,
    domain: report.domainAccuracy,
    crisisRecall: report.crisis.recall,
    crisisFpr: report.crisis.falsePositiveRate,
    language: report.languageAccuracy,
    unclear: `${report.unclear.precision} / ${report.unclear.recall}`,
    weakest: weakest.join(', '),
  };
}

const directory = mkdtempSync(path.join(tmpdir(), 'inloop-cv-'));
try {
  const cases: EvaluationCase[] = [];
  for (let fold = 0; fold < folds; fold++) {
    // Every folds-th message, so each fold has the file's mix of topics and languages.
    const training = examples.filter((_, index) => index % folds !== fold);
    const testing = examples.filter((_, index) => index % folds === fold);
    const file = path.join(directory, `fold-${fold}.jsonl`);
    writeFileSync(file, training.map((example) => JSON.stringify(example)).join('\n'));
    const classifier = createOfflineClassifier({ corpusFiles: [file], ranking });
    for (const example of testing) cases.push({ example, predicted: classifier.classify(example.text) });
  }
  console.log(JSON.stringify({ crossValidation: `${folds}-fold on ${examples.length} training messages`, ...summary(evaluateCases(cases)) }));
} finally {
  rmSync(directory, { recursive: true, force: true });
}

if (values['held-out']) {
  const classifier = createOfflineClassifier({ ranking });
  for (const name of ['held-out.jsonl', 'held-out-2.jsonl', 'held-out-3.jsonl']) {
    const report = evaluateClassifier(classifier, readLabelledExamples(path.join(repositoryRoot, 'tests/corpus', name)));
    console.log(JSON.stringify({ file: name, ...summary(report) }));
  }
}
