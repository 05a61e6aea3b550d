// Lists what the safety check gets wrong on labelled files: missed crises, false crisis alarms and
// safety questions on messages without a crisis. With --lexicon-only the learned model is left out,
// to see what the phrasing families alone catch (the learned model knows the read files by heart).
//   npx tsx tests/bench/safety-misses.ts [--lexicon-only] [--concern] FILE.jsonl …
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readLabelledExamples } from '../../core/classification/labelled-example.js';
import { detectSafety } from '../../core/safety/safety-check.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'lexicon-only': { type: 'boolean', default: false }, concern: { type: 'boolean', default: false } },
});
const counts = { missed: 0, falseCrisis: 0, concern: 0, crises: 0, others: 0 };
for (const file of positionals) {
  for (const { text, crisis, lang } of readLabelledExamples(file)) {
    const signal = detectSafety(text, { learned: !values['lexicon-only'] });
    const where = `[${lang ?? '?'}] ${path.basename(file)}`;
    if (crisis) counts.crises += 1;
    else counts.others += 1;
    if (crisis && signal.tier === 'none') {
      counts.missed += 1;
      console.log(`MISSED ${crisis} ${where}: ${text}\n`);
    } else if (!crisis && signal.tier === 'crisis') {
      counts.falseCrisis += 1;
      console.log(`FALSE CRISIS ${signal.crisis} ${where}: ${text}\n`);
    } else if (!crisis && signal.tier === 'concern') {
      counts.concern += 1;
      if (values.concern) console.log(`CONCERN ${signal.concern} ${where}: ${text}\n`);
    }
  }
}
console.log(`missed ${counts.missed} of ${counts.crises} crises; false crisis ${counts.falseCrisis}, concern ${counts.concern} of ${counts.others} others`);
