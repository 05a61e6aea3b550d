// Leave one read file out: how do topics do on a file the classifier never learned from?
//   npx tsx tests/bench/topic-lofo.ts [pattern]     (e.g. 2026-12-01 for the files read last)
// Compares the vocabulary with the learned lexicon alone ("lexicon") with the shipped classifier,
// which adds the learned topic models ("with models"); both learn from train.jsonl and the other read files.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateClassifier } from '../../core/classification/evaluation.js';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';

const folder = 'tests/corpus/training';
const pattern = new RegExp(process.argv[2] ?? '.');
const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl') && pattern.test(name)).sort();
const allFiles = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));
const work = mkdtempSync(join(tmpdir(), 'lofo-'));
const totals = { messages: 0, lexiconTop1: 0, modelsTop1: 0, lexiconDomain: 0, modelsDomain: 0, modelsMacroF1: 0, modelsTopics: 0 };
for (const left of files) {
  const others = allFiles.filter((name) => name !== left).map((name) => readFileSync(`${folder}/${name}`, 'utf8').trim()).join('\n');
  writeFileSync(join(work, 'others.jsonl'), `${others}\n`);
  const corpusFiles = ['core/classification/corpus/train.jsonl', join(work, 'others.jsonl')];
  const examples = readLabelledExamples(`${folder}/${left}`);
  const lexicon = evaluateClassifier(createOfflineClassifier({ corpusFiles, learnedTopicWeight: 0 }), examples);
  const classifier = createOfflineClassifier({ corpusFiles });
  const models = evaluateClassifier(classifier, examples);
  totals.modelsMacroF1 += models.macroF1 * examples.length;
  for (const example of examples) totals.modelsTopics += classifier.classify(example.text).topics.length;
  totals.messages += examples.length;
  totals.lexiconTop1 += lexicon.top1Accuracy * examples.length;
  totals.modelsTop1 += models.top1Accuracy * examples.length;
  totals.lexiconDomain += lexicon.domainAccuracy * examples.length;
  totals.modelsDomain += models.domainAccuracy * examples.length;
  console.log(left.padEnd(34), `top-1 lexicon ${lexicon.top1Accuracy.toFixed(3)} with models ${models.top1Accuracy.toFixed(3)}`, `domain ${lexicon.domainAccuracy.toFixed(3)} -> ${models.domainAccuracy.toFixed(3)}`);
}
const share = (value: number) => (value / totals.messages).toFixed(3);
console.log(`all ${totals.messages} messages: top-1 lexicon ${share(totals.lexiconTop1)} with models ${share(totals.modelsTop1)}, domain ${share(totals.lexiconDomain)} -> ${share(totals.modelsDomain)}`);
// Macro-F1 averaged over the files (each file's own, weighted by its size) and topics named per message: too many second topics lower both.
console.log(`with models: macro-F1 ${share(totals.modelsMacroF1)} (mean of the files'), ${share(totals.modelsTopics)} topics per message`);
