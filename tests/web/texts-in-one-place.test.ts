import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const webFolder = fileURLToPath(new URL('../../bots/web/', import.meta.url));
// An answer written out where it is sent: { error: '…' }, message: '…', HttpProblem(4xx, '…'), requestText('…').
const inlineAnswer = /\b(?:error|message):\s*['`][A-Z]|HttpProblem\(\d+,\s*['`]|requestText\(\s*['`]/;
// The metrics answer the operator's scraper in English (docs/operators/metrics.md), not a resident or a worker.
const operatorOnly = new Set(['metrics-routes.ts']);

it('keeps every answer the web layer gives a resident or a worker in core/texts, none written inline in bots/web', () => {
  const inline = readdirSync(webFolder)
    .filter((name) => name.endsWith('.ts') && !operatorOnly.has(name))
    .flatMap((name) => readFileSync(join(webFolder, name), 'utf8').split('\n')
      .map((line, index) => ({ where: `bots/web/${name}:${index + 1}`, line: line.trim() }))
      .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && inlineAnswer.test(line)));
  expect(inline).toEqual([]);
});
