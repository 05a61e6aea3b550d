import { describe, expect, it } from 'vitest';
import { createId } from '../../prisma/store/create-id.js';

describe('createId', () => {
  it('writes a lowercase hyphenated UUID version 7, the format of the ids already stored', () => {
    expect(createId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carries the time of writing in its first 48 bits', () => {
    const before = Date.now();
    const id = createId();
    const after = Date.now();
    const milliseconds = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(milliseconds).toBeGreaterThanOrEqual(before);
    expect(milliseconds).toBeLessThanOrEqual(after);
  });

  it('sorts in the order written, also for many ids within one millisecond, and never repeats', () => {
    const ids = Array.from({ length: 5_000 }, () => createId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
