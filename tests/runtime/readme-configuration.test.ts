import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { environmentSchema } from '../../bots/runtime/configuration.js';

/** The README's configuration table must stay true: every variable the program reads is in it. */
it('documents every environment variable in the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const documented = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((match) => match[1]));
  const read = Object.keys(environmentSchema.shape);
  expect(read.filter((variable) => !documented.has(variable))).toEqual([]);
});
