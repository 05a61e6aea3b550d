import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, repositoryRoot } from './markdown-links.js';
import { outsidePathUses } from './outside-paths.js';

/** A clone without the project's reading material beside it must pass `npm test`: nothing reads above the repository. */
const sourceFiles = [
  ...['core', 'bots', 'tests', 'prisma', 'scripts'].flatMap((folder) => filesUnder(folder, (file) => /\.(ts|mts|js|mjs|cjs)$/.test(file))),
  ...filesUnder('.', (file) => !file.includes('/') && /\.(ts|mjs|js)$/.test(file)),
].map((file) => file.split(path.sep).join('/'));

/** The reading folder beside the project, spelled in parts so that this file itself names no path outside the repository. */
const besideProject = ['..', 'shared'].join('/');

describe('the check for paths outside the repository', () => {
  it('catches how the public sample used to be read, and other ways up', () => {
    expect(outsidePathUses('tests/classification/repository-paths.ts', `export const developmentFile = path.resolve(repositoryRoot, '${besideProject}/eval/dev.jsonl');`)).toHaveLength(2);
    expect(outsidePathUses('tests/classification/a.test.ts', "readFileSync(join(process.cwd(), '..', 'shared', 'eval', 'dev.jsonl'))")).toHaveLength(1);
    expect(outsidePathUses('tests/a/b.ts', "const up = path.resolve(import.meta.dirname, '../../..', 'notes');")).toHaveLength(1);
    expect(outsidePathUses('tests/a/b.ts', "const up = new URL('../../../notes/x.md', import.meta.url);")).toHaveLength(1);
    expect(outsidePathUses('tests/a/b.ts', "import { x } from '../../../elsewhere/x.js';")).toHaveLength(1);
    expect(outsidePathUses('tests/a/b.ts', "const x = await import('../../../elsewhere/x.js');")).toHaveLength(1);
    expect(outsidePathUses('bots/a.ts', "readFileSync('/work/shared/design/INTAKE.md')")).toHaveLength(1);
  });

  it('lets a file reach anything inside the repository', () => {
    expect(outsidePathUses('bots/language-model/prompt-files.ts', "join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts')")).toEqual([]);
    expect(outsidePathUses('tests/classification/repository-paths.ts', "path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')")).toEqual([]);
    expect(outsidePathUses('tests/a/b.ts', "import { x } from '../../core/x.js'; join(process.cwd(), 'tests', 'corpus'); join(tmpdir(), '..');")).toEqual([]);
    // Words in comments are not reads.
    expect(outsidePathUses('tests/a/b.ts', `// a copy of ${besideProject}/eval/dev.jsonl\nconst a = 1;`)).toEqual([]);
  });
});

describe('the repository', () => {
  it('scans its code, tests and scripts', () => {
    expect(sourceFiles.length).toBeGreaterThan(200);
    expect(sourceFiles).toEqual(expect.arrayContaining(['tests/classification/repository-paths.ts', 'bots/main.ts', 'vitest.config.ts']));
  });

  it('reads and imports nothing outside itself', () => {
    const uses = sourceFiles.flatMap((file) => outsidePathUses(file, readFileSync(path.join(repositoryRoot, file), 'utf8')));
    expect(uses).toEqual([]);
  });

  it('carries its own evaluation files', () => {
    for (const file of ['tests/corpus/shared-dev.jsonl', 'tests/corpus/held-out.jsonl', 'core/classification/corpus/train.jsonl']) {
      expect(readFileSync(path.join(repositoryRoot, file), 'utf8').split('\n').filter(Boolean).length, file).toBeGreaterThan(50);
    }
  });
});
