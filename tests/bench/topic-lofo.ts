// Leave one read file out: does learning from the other read files help topics on the one left out?
//   npx tsx tests/bench/topic-lofo.ts
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateClassifier } from '../../core/classification/evaluation.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';

const folder = 'tests/corpus/training';
const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
const work = mkdtempSync(join(tmpdir(), 'lofo-'));
const base = createOfflineClassifier({ corpusFiles: ['core/classification/corpus/train.jsonl'] });
for (const left of files) {
  const others = files.filter((name) => name !== left).map((name) => readFileSync(`${folder}/${name}`, 'utf8').trim()).join('\n');
  writeFileSync(join(work, 'others.jsonl'), `${others}\n`);
  const withOthers = createOfflineClassifier({ corpusFiles: ['core/classification/corpus/train.jsonl', join(work, 'others.jsonl')] });
  const examples = readLabelledExamples(`${folder}/${left}`);
  const before = evaluateClassifier(base, examples);
  const after = evaluateClassifier(withOthers, examples);
  console.log(left.padEnd(36), `top-1 ${before.top1Accuracy} -> ${after.top1Accuracy}`, `domain ${before.domainAccuracy} -> ${after.domainAccuracy}`, `macro-F1 ${before.macroF1} -> ${after.macroF1}`);
}
