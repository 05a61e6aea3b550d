import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const heldOutFile = path.join(repositoryRoot, 'tests/corpus/held-out.jsonl');
export const developmentFile = path.resolve(repositoryRoot, '../shared/eval/dev.jsonl');
