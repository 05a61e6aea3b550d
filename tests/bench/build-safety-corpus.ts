// Collects the labelled messages the learned concern model is trained on (only files that were read:
// tests/corpus/training), as {"text","crisis"} lines in core/safety/corpus/safety-examples.jsonl.
//   npx tsx tests/bench/build-safety-corpus.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const folder = 'tests/corpus/training';
const lines = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort().flatMap((name) =>
  readFileSync(`${folder}/${name}`, 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; crisis?: string | null };
    return JSON.stringify({ text: row.text, crisis: row.crisis ?? null });
  }),
);
writeFileSync('core/safety/corpus/safety-examples.jsonl', `${lines.join('\n')}\n`);
console.log(`${lines.length} examples`);
