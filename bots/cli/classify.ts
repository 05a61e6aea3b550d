// Reads JSON lines with a `text` field from stdin and writes one classification per line, in order.
// With OPENAI_API_KEY set the language model reads along (docs/operators/language-model.md) and each line says
// its "source": "model", or "offline" when the model failed or was not asked (a crisis).
import { createInterface } from 'node:readline';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import { createModelClassifier } from '../../core/language-model/model-classifier.js';
import { commandLineModel } from '../language-model/command-line-model.js';
import type { Classification } from '../../core/classification/classification.js';

/** The JSON-lines contract: `safety` is the tier, `crisis` only set at crisis, `concern` the crisis the safety question is about. */
function answer({ language, topics, domain, unclear, crisis, urgency, safety }: Classification) {
  return { language, topics, domain, unclear, crisis, safety: safety.tier, concern: safety.concern, urgency };
}

const classifier = createOfflineClassifier();
const model = commandLineModel();
const modelClassifier = model ? createModelClassifier(classifier, model) : null;
if (model) process.stderr.write(`language model: ${model.description}\n`);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;

for await (const line of lines) {
  lineNumber += 1;
  if (line.trim() === '') continue;
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown }).text;
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') {
    // Keep stdout pure JSON lines: the problem goes to stderr and the output stays in step.
    process.stderr.write(`line ${lineNumber}: expected a JSON object with a "text" string\n`);
    process.stdout.write(`${JSON.stringify({ error: 'expected a JSON object with a "text" string' })}\n`);
    process.exitCode = 1;
    continue;
  }
  if (modelClassifier) {
    const { classification, source } = await modelClassifier.classify(text, `classify-${lineNumber}`);
    process.stdout.write(`${JSON.stringify({ ...answer(classification), source })}\n`);
    continue;
  }
  process.stdout.write(`${JSON.stringify(answer(classifier.classify(text)))}\n`);
}
