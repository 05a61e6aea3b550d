import { randomFillSync } from 'node:crypto';

let lastMilliseconds = 0;
let sequence = 0;

/** Random bytes taken from a pool filled 4 KiB at a time: a call into the kernel per id was a visible share of a turn. */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
function randomPool(length: number): Uint8Array {
  if (poolOffset + length > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += length;
  return pool.subarray(poolOffset - length, poolOffset);
}

/**
 * A UUID version 7: time first, then a per-process sequence, then random bits. Sorting by id
 * keeps insertion order among rows written in the same millisecond (notes, audit entries).
 */
export function createId(): string {
  const now = Date.now();
  if (now > lastMilliseconds) {
    lastMilliseconds = now;
    const start = randomPool(2);
    sequence = ((start[0]! << 8) | start[1]!) & 0x3ff; // leave room to count up within a millisecond
  } else {
    sequence += 1;
    if (sequence > 0xfff) {
      // More than ~3000 ids in one millisecond: borrow the next millisecond rather than wrap.
      lastMilliseconds += 1;
      sequence = 0;
    }
  }
  const bytes = Buffer.from(randomPool(16));
  bytes.writeUIntBE(lastMilliseconds, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
