// Collects the read blind and development files (tests/corpus/training) as extra labelled messages
// the classifier and the learned safety model learn from at start-up: core/classification/corpus/read-blind.jsonl.
//   npx tsx tests/bench/build-topic-corpus.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const folder = 'tests/corpus/training';
const lines = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort().flatMap((name) =>
  readFileSync(`${folder}/${name}`, 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; topics?: string[]; crisis?: string | null; lang?: string };
    return JSON.stringify({ text: row.text, topics: row.topics ?? [], crisis: row.crisis ?? null, lang: row.lang ?? 'nl' });
  }),
);
writeFileSync('core/classification/corpus/read-blind.jsonl', `${lines.join('\n')}\n`);
console.log(`${lines.length} examples`);
