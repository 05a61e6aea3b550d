import { describe, expect, it } from 'vitest';
import { casePriorityOf } from '../../core/roles/case-priority.js';

describe('the queue rank of a case', () => {
  it('puts a crisis first, urgent next, the rest last', () => {
    expect(casePriorityOf({ urgency: 'crisis', crisis: 'suicide' })).toBe(0);
    expect(casePriorityOf({ urgency: 'urgent', crisis: null })).toBe(1);
    expect(casePriorityOf({ urgency: 'normal', crisis: null })).toBe(2);
  });

  it('counts a crisis id even when the urgency says less, and a crisis urgency without an id', () => {
    expect(casePriorityOf({ urgency: 'normal', crisis: 'violence' })).toBe(0);
    expect(casePriorityOf({ urgency: 'urgent', crisis: 'emergency' })).toBe(0);
    expect(casePriorityOf({ urgency: 'crisis', crisis: null })).toBe(0);
  });

  it('orders a queue by rank and keeps the order of arrival within a rank', () => {
    const queue = [
      { name: 'first normal', urgency: 'normal', crisis: null },
      { name: 'urgent', urgency: 'urgent', crisis: null },
      { name: 'second normal', urgency: 'normal', crisis: null },
      { name: 'crisis by id', urgency: 'normal', crisis: 'suicide' },
    ] as const;
    const ordered = [...queue].sort((left, right) => casePriorityOf(left) - casePriorityOf(right));
    expect(ordered.map((entry) => entry.name)).toEqual(['crisis by id', 'urgent', 'first normal', 'second normal']);
  });
});
