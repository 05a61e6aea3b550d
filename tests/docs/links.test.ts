import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLink, filesUnder, headingTexts, linkTargets, repositoryRoot } from './markdown-links.js';

const markdownFiles = [
  ...['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((file) => existsSync(path.join(repositoryRoot, file))),
  ...filesUnder('docs', (file) => file.endsWith('.md')),
  ...filesUnder('tests', (file) => file.endsWith('.md')),
];
const codeFolders = ['core', 'bots', 'tests', 'prompts', 'config', 'prisma', '.ci'];
// This folder's own files hold the patterns below as examples, not as references.
const codeFiles = codeFolders.flatMap((folder) =>
  filesUnder(folder, (file) => /\.(ts|js|mjs|json|txt|html|css|prisma|sh)$/.test(file) && !file.startsWith(path.join('tests', 'docs'))));

/** `docs/x.md`, `tests/corpus/README.md`, `INTAKE.md`: a Markdown file named by its path from the repository root. */
const markdownPath = /(?<![\w/.-])((?:[\w-]+\/)*[\w.-]+\.md)\b/g;
/** `docs/x.md "Heading"` or `docs/x.md, "Heading"`: a section of that file. */
const sectionReference = /(?<![\w/.-])((?:[\w-]+\/)*[\w.-]+\.md),?\s+"([^"]+)"/g;

function missingSection(file: string, section: string): boolean {
  const wanted = section.toLowerCase();
  return !headingTexts(file).some((heading) => heading.toLowerCase().startsWith(wanted));
}

describe('the documentation', () => {
  it('has the front door and the audiences', () => {
    for (const file of ['README.md', 'docs/README.md', 'docs/residents/intake.md', 'docs/developers/architecture.md', 'docs/operators/configuration.md', 'docs/figures.md']) {
      expect(existsSync(path.join(repositoryRoot, file)), file).toBe(true);
    }
  });

  it('links only to files and headings that exist', () => {
    const broken = markdownFiles.flatMap((file) => linkTargets(file).flatMap((target) => {
      const reason = brokenLink(file, target);
      return reason ? [`${file}: ${reason}`] : [];
    }));
    expect(broken).toEqual([]);
  });

  it('names only docs pages that exist when it mentions one without a link', () => {
    const missing = markdownFiles.flatMap((file) => [...readFileSync(path.join(repositoryRoot, file), 'utf8').matchAll(/(?<![\w/.-])(docs\/[\w/.-]+\.md)\b/g)]
      .filter((match) => !existsSync(path.join(repositoryRoot, match[1])))
      .map((match) => `${file}: ${match[1]}`));
    expect(missing).toEqual([]);
  });
});

describe('references to the documentation in code and tests', () => {
  it('scans the code', () => {
    expect(codeFiles.length).toBeGreaterThan(100);
    expect(codeFiles).toContain(path.join('core', 'worker-desk.ts'));
  });

  it('name Markdown files that exist in the repository', () => {
    const missing = codeFiles.flatMap((file) => [...readFileSync(path.join(repositoryRoot, file), 'utf8').matchAll(markdownPath)]
      .filter((match) => !existsSync(path.join(repositoryRoot, match[1])))
      .map((match) => `${file}: ${match[1]}`));
    expect(missing).toEqual([]);
  });

  it('name sections that exist in those files', () => {
    const missing = codeFiles.flatMap((file) => [...readFileSync(path.join(repositoryRoot, file), 'utf8').matchAll(sectionReference)]
      .filter((match) => existsSync(path.join(repositoryRoot, match[1])) && missingSection(match[1], match[2]))
      .map((match) => `${file}: ${match[1]} "${match[2]}"`));
    expect(missing).toEqual([]);
  });

  it('do not point into the README for what lives in docs/', () => {
    const readmeSections = codeFiles.flatMap((file) => [...readFileSync(path.join(repositoryRoot, file), 'utf8').matchAll(/\bREADME(?:'s)?,? "([^"]+)"/g)]
      .filter((match) => missingSection('README.md', match[1]))
      .map((match) => `${file}: README "${match[1]}"`));
    expect(readmeSections).toEqual([]);
  });
});
