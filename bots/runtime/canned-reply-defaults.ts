import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../../core/errors.js';
import { cannedReplyDefaultsSchema, type CannedReplyDefaults } from '../../core/follow-up/canned-reply-text.js';

/** Shipped with the code, not per deployment: coordinators change them in the inbox once seeded. */
const shippedDefaults = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'config', 'canned-replies.json');

/** The canned replies seeded when the organisation has none yet (core/follow-up/follow-up-actions.ts). */
export function readCannedReplyDefaults(path = shippedDefaults): CannedReplyDefaults {
  try {
    return cannedReplyDefaultsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ConfigurationError(`canned replies: cannot read ${path} (${(error as Error).message})`, { cause: error });
  }
}
