import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CrisisId } from '../taxonomy/index.js';
import { parseLabelledExamples } from '../classification/labelled-example.js';
import { learnConcern, type LearnedConcern, type SafetyExample } from './learned-concern.js';

/** The labelled messages the classifier learns from too: its training file and the read blind and development files. */
const exampleFiles = [
  fileURLToPath(new URL('../classification/corpus/read-blind.jsonl', import.meta.url)),
  fileURLToPath(new URL('../classification/corpus/train.jsonl', import.meta.url)),
];

let learned: LearnedConcern | null = null;

function readExamples(file: string): SafetyExample[] {
  return parseLabelledExamples(readFileSync(file, 'utf8'), file).map(({ text, crisis, lang }) => ({ text, crisis, lang }));
}

/** Learned once per process, on first use (about half a second), from the shipped examples. */
export function defaultLearnedConcern(): LearnedConcern {
  learned ??= learnConcern(exampleFiles.flatMap(readExamples));
  return learned;
}
