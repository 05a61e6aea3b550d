import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLabelledExamples, type LabelledExample } from './labelled-example.js';

/** The labelled messages shipped with Inloop, learned from at start-up. */
export const defaultCorpusFiles = [
  fileURLToPath(new URL('./corpus/train.jsonl', import.meta.url)),
  // The blind and development files of 30 November once their figures were taken and their misses read.
  fileURLToPath(new URL('./corpus/read-blind.jsonl', import.meta.url)),
];

/** Reads every corpus file; a missing file is an error, because silently learning nothing is worse. */
export function loadCorpus(files: readonly string[]): LabelledExample[] {
  return files.flatMap((file) => {
    if (!existsSync(file)) throw new Error(`Corpus file not found: ${file}`);
    return readLabelledExamples(file);
  });
}
