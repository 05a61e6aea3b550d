import { describe, expect, it } from 'vitest';
import { learnConcern, defaultLearnedConcernOptions, type SafetyExample } from '../../core/safety/learned-concern.js';

// Invented words keep the test about the model, not about any language's vocabulary.
const filler = (count: number, seed: string) => Array.from({ length: count }, (_, index) => `${seed}${index % 7}`).join(' ');
const examples: SafetyExample[] = [
  ...Array.from({ length: 12 }, (_, index): SafetyExample => ({ text: `zorvak telmit ${filler(3, `p${index}`)}`, crisis: 'suicide' })),
  ...Array.from({ length: 12 }, (_, index): SafetyExample => ({ text: `zorvak ${filler(4, `a${index}`)}`, crisis: null })),
  ...Array.from({ length: 12 }, (_, index): SafetyExample => ({ text: `telmit ${filler(4, `b${index}`)}`, crisis: null })),
  ...Array.from({ length: 24 }, (_, index): SafetyExample => ({ text: filler(6, `n${index}`), crisis: null })),
];

describe('the learned concern model', () => {
  const model = learnConcern(examples);
  const threshold = defaultLearnedConcernOptions.threshold;

  it('is the same model every time it learns the same examples', () => {
    expect(learnConcern(examples).scores('zorvak telmit quux')).toEqual(model.scores('zorvak telmit quux'));
  });

  it('asks about what it learned as a crisis, and not about everyday words', () => {
    expect(model.concernIn('zorvak telmit quux')?.concern).toBe('suicide');
    expect(model.concernIn(filler(6, 'other'))).toBeNull();
  });

  it('scores a long story by its strongest window, not by the whole story', () => {
    // The opening window holds the learned phrase; the rest is words learned from messages without a crisis.
    const opening = `zorvak telmit ${filler(38, 'story')}`;
    const rest = Array.from({ length: 10 }, (_, index) => filler(6, `n${index}`)).join(' ');
    const story = `${opening} ${rest}`;
    expect(story.split(' ').length).toBeGreaterThan(80);
    expect(model.scores(story).suicide).toBe(model.scores(opening).suicide);
    expect(model.concernIn(story)?.concern).toBe('suicide');
  });
});
