import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { environmentSchema } from '../../bots/runtime/configuration.js';

/** The configuration page's tables must stay true: every variable the program reads has a row there. */
it('documents every environment variable in docs/operators/configuration.md', () => {
  const page = readFileSync('docs/operators/configuration.md', 'utf8');
  const documented = new Set([...page.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((match) => match[1]));
  const read = Object.keys(environmentSchema.shape);
  expect(read.length).toBeGreaterThan(40);
  expect(read.filter((variable) => !documented.has(variable))).toEqual([]);
});
