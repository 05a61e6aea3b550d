import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldPattern, foldText } from '../../core/safety/fold-letters.js';
import { createLiteralFinder } from '../../core/safety/literal-finder.js';
import { requiredLiterals } from '../../core/safety/required-literals.js';
import { safetyLexicons } from '../../core/safety/lexicons/safety-lexicons.js';
import { repositoryRoot } from '../classification/repository-paths.js';

describe('the literal gate in front of the safety patterns', () => {
  it('finds the literals a pattern cannot match without', () => {
    expect(requiredLiterals('zelfmoord\\p{L}*')).toEqual(['zelfmoord']);
    expect(requiredLiterals('(?:wil|wilde) (?:\\S+ ){0,3}?(?:dood|sterven)')).toEqual(['dood', 'sterven']);
    expect(requiredLiterals('\\p{L}*mondhoek')).toEqual(['mondhoek']);
    expect(requiredLiterals('(?<!drug )abuse')).toEqual(['abuse']);
    // Nothing certain: optional parts, classes, or literals too short to filter anything.
    expect(requiredLiterals('(?:\\S+ )?x')).toBeNull();
    expect(requiredLiterals('(?:zelfmoord)?\\S+')).toBeNull();
    expect(requiredLiterals('(?:ik|je) ben')).toEqual([' ben']); // the space before it belongs to the match
    expect(requiredLiterals('(?:ik|je)')).toBeNull();
  });

  it('finds every literal that occurs, overlapping ones too', () => {
    const finder = createLiteralFinder(['he', 'she', 'his', 'hers']);
    expect([...finder.find('ushers')].sort()).toEqual([0, 1, 3]);
    expect([...finder.find('nothing here')].sort()).toEqual([0]);
  });

  it('never skips a pattern that would match: each pattern of every lexicon, on real messages', () => {
    const texts = ['core/classification/corpus/train.jsonl', 'tests/corpus/training/2026-11-30-d1.jsonl', 'tests/corpus/training/2026-11-30-safety-nl-en.jsonl']
      .flatMap((file) => readFileSync(path.join(repositoryRoot, file), 'utf8').split('\n').filter(Boolean).map((line) => foldText((JSON.parse(line) as { text: string }).text)))
      .filter((_, index) => index % 2 === 0);
    let checked = 0;
    for (const lexicon of safetyLexicons) {
      const groups = [lexicon.figurative, lexicon.bystander, lexicon.risk, lexicon.refusal, ...Object.values(lexicon.crisis), ...Object.values(lexicon.concern), ...Object.values(lexicon.signals ?? {}).flat()];
      for (const pattern of groups.flat().map(foldPattern)) {
        const literals = requiredLiterals(pattern);
        if (literals === null) continue;
        const regex = new RegExp(`(?:^| )(?:${pattern})(?= |$)`, 'u');
        for (const text of texts) {
          if (regex.test(text)) {
            checked += 1;
            expect(literals.some((literal) => text.includes(literal)), `${pattern} matched "${text}" without any of ${literals.join(', ')}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});
