// Messages per second of the offline classifier on one core: npx tsx tests/bench/classifier-bench.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const texts = readLabelledExamples(path.join(repositoryRoot, 'tests/corpus/held-out.jsonl')).map((example) => example.text);

const buildStarted = performance.now();
const classifier = createOfflineClassifier();
const buildMilliseconds = performance.now() - buildStarted;

// Warm up the JIT and the word caches the way a running service would be.
for (const text of texts) classifier.classify(text);

const rounds = 50;
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  // A suffix makes each message new, so caches of whole words help but no message is seen twice.
  for (const text of texts) classifier.classify(`${text} ${round}`);
}
const seconds = (performance.now() - started) / 1000;
const messages = rounds * texts.length;

const huge = 'ik heb een vraag over mijn huur en de buren '.repeat(25_000);
const hugeStarted = performance.now();
classifier.classify(huge);
const hugeMilliseconds = performance.now() - hugeStarted;

console.log(JSON.stringify({
  messages,
  messagesPerSecond: Math.round(messages / seconds),
  millisecondsPerMessage: Number(((seconds * 1000) / messages).toFixed(4)),
  buildMilliseconds: Math.round(buildMilliseconds),
  oneMegabyteMessageMilliseconds: Math.round(hugeMilliseconds),
}));
