import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const heldOutFile = path.join(repositoryRoot, 'tests/corpus/held-out.jsonl');
/** Written later, before any tuning, by someone who had not seen the misses of the first split. */
export const secondHeldOutFile = path.join(repositoryRoot, 'tests/corpus/held-out-2.jsonl');
/** Written before the third round of work and committed unchanged; weighted towards the weakest topics and unclear messages. */
export const thirdHeldOutFile = path.join(repositoryRoot, 'tests/corpus/held-out-3.jsonl');
/** A copy of the public sample (shared/eval/dev.jsonl of the project's reading material), kept in the repository. */
export const developmentFile = path.join(repositoryRoot, 'tests/corpus/shared-dev.jsonl');
