// Reads JSON lines with a `text` field from stdin and writes one classification per line, in order.
import { createInterface } from 'node:readline';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';

const classifier = createOfflineClassifier();
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
  const { language, topics, domain, unclear, crisis, urgency } = classifier.classify(text);
  process.stdout.write(`${JSON.stringify({ language, topics, domain, unclear, crisis, urgency })}\n`);
}
