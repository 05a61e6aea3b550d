import { z } from 'zod';
import { requestText, tooLongText } from './web-errors.js';

/** A case in the path. */
export const caseParams = z.object({ caseId: z.string() });

/** Words a person must write (not only spaces), at most `maximum` characters (413 past that). */
export function requiredText(maximum: number, emptyText: string) {
  const empty = requestText(emptyText);
  return z.string({ error: empty }).refine((text) => text.trim().length > 0, empty).max(maximum, tooLongText);
}
