import { uuidv7 } from 'uuidv7';

/**
 * A UUID version 7 from the uuidv7 package: time first, then a counter within the millisecond,
 * then random bits, as a lowercase hyphenated string like every id stored before. Sorting by id
 * keeps insertion order among rows written in the same millisecond (notes, audit entries).
 */
export function createId(): string {
  return uuidv7();
}
