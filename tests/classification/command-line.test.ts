import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heldOutFile, repositoryRoot } from './repository-paths.js';

function run(script: string, args: string[], input = '') {
  return spawnSync('npx', ['tsx', script, ...args], { cwd: repositoryRoot, input, encoding: 'utf8', timeout: 180_000 }); // each process learns the classifier at start-up: slow on a busy machine
}

describe('classify command', () => {
  it('answers each JSON line with one JSON line, in order, and nothing else', () => {
    const input = ['{"text":"ik heb schulden"}', '{"text":"hoi"}', '{"text":"ik wil niet meer leven"}', '{"text":"My neighbours are noisy"}', '{"text":"het heeft allemaal geen nut meer"}'].join('\n');
    const result = run('bots/cli/classify.ts', [], `${input}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ language: 'nl', domain: 'self-reliance', unclear: false, crisis: null, safety: 'none', concern: null });
    expect(lines[0].topics[0].id).toBe('money');
    expect(lines[1]).toMatchObject({ topics: [], domain: null, unclear: true, crisis: null });
    expect(lines[2]).toMatchObject({ crisis: 'suicide', safety: 'crisis', concern: null });
    expect(lines[4]).toMatchObject({ crisis: null, safety: 'concern', concern: 'suicide' });
    expect(lines[3]).toMatchObject({ language: 'en', domain: 'neighbourhood' });
  }, 360_000);
});

describe('eval command', () => {
  it('exits non-zero below a threshold and zero above it', () => {
    const failing = run('bots/cli/evaluate.ts', [heldOutFile, '--json', '--min-top1', '0.999']);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).failures[0]).toContain('top-1 accuracy');
    const passing = run('bots/cli/evaluate.ts', [heldOutFile, '--min-safety-recall', '1', '--max-crisis-fpr', '0.02', '--max-concern-rate', '0.1']);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain('macro-F1');
  }, 360_000);
});
