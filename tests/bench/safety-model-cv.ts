// Cross-validation of the learned concern model on the files that were read (never on blind files):
//   npx tsx tests/bench/safety-model-cv.ts [--threshold 0.5] [--epochs 12]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { learnConcern, defaultLearnedConcernOptions, type SafetyExample } from '../../core/safety/learned-concern.js';
import { detectSafety } from '../../core/safety/safety-check.js';

const { values } = parseArgs({ options: { threshold: { type: 'string' }, epochs: { type: 'string' }, rate: { type: 'string' }, folds: { type: 'string' } } });
const files = ['core/classification/corpus/train.jsonl', ...readdirSync('tests/corpus/training').map((name) => `tests/corpus/training/${name}`)];
const examples: Array<SafetyExample & { file: string }> = files.flatMap((file) =>
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; crisis: SafetyExample['crisis'] };
    return { text: row.text, crisis: row.crisis ?? null, file };
  }),
);
const options = { ...defaultLearnedConcernOptions, ...(values.epochs ? { epochs: Number(values.epochs) } : {}), ...(values.rate ? { learningRate: Number(values.rate) } : {}) };
const thresholds = values.threshold ? [Number(values.threshold)] : [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
// Leave one file out: the figure is how the model does on a file it never saw, as a new resident's words are.
const byFile = new Map<string, number[][]>();
for (const file of files) {
  const train = examples.filter((example) => example.file !== file);
  const test = examples.filter((example) => example.file === file);
  const model = learnConcern(train, options);
  byFile.set(file, test.map((example) => { const s = model.scores(example.text); return [Math.max(s.suicide, s.violence, s.emergency)]; }));
}
for (const threshold of thresholds) {
  let gold = 0, caughtLexicon = 0, caughtBoth = 0, negatives = 0, concernLexicon = 0, concernBoth = 0;
  for (const file of files) {
    const test = examples.filter((example) => example.file === file);
    const scores = byFile.get(file)!;
    test.forEach((example, index) => {
      const lexicon = detectSafety(example.text, { learned: false }).tier;
      const learned = scores[index]![0]! >= threshold;
      if (example.crisis) {
        gold += 1;
        if (lexicon !== 'none') caughtLexicon += 1;
        if (lexicon !== 'none' || learned) caughtBoth += 1;
      } else {
        negatives += 1;
        if (lexicon === 'concern') concernLexicon += 1;
        if (lexicon === 'concern' || (lexicon === 'none' && learned)) concernBoth += 1;
      }
    });
  }
  console.log(JSON.stringify({ threshold, gold, lexiconRecall: +(caughtLexicon / gold).toFixed(3), withModelRecall: +(caughtBoth / gold).toFixed(3), negatives, lexiconConcernRate: +(concernLexicon / negatives).toFixed(3), withModelConcernRate: +(concernBoth / negatives).toFixed(3) }));
}
// Per file, at the lowest threshold asked: how much the model adds where the lexicons were not tuned.
const threshold = thresholds[0]!;
for (const file of files) {
  const test = examples.filter((example) => example.file === file);
  const scores = byFile.get(file)!;
  let gold = 0, lexicon = 0, both = 0, negatives = 0, concerns = 0;
  test.forEach((example, index) => {
    const tier = detectSafety(example.text, { learned: false }).tier;
    const learned = scores[index]![0]! >= threshold;
    if (example.crisis) { gold += 1; if (tier !== 'none') lexicon += 1; if (tier !== 'none' || learned) both += 1; }
    else { negatives += 1; if (tier === 'concern' || (tier === 'none' && learned)) concerns += 1; }
  });
  console.log(file.padEnd(48), `lexicon ${lexicon}/${gold}`, `with model ${both}/${gold}`, `concern ${concerns}/${negatives}`);
}
