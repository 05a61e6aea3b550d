import { availabilityAt, type OfficeHours } from '../office-hours/office-hours.js';
import { queuePositionTexts } from '../texts/queue-position-texts.js';
import { textsFor } from '../texts/texts-for.js';
import type { DialogueState } from './dialogue-state.js';

/**
 * The resident's place in their role's queue in their own language: how many cases wait before
 * theirs and, when the team is closed, from when it reads again (left out where the reply beside
 * it already says so: `mentionOpening` false). An estimate, never a promise.
 */
export function queuePosition(state: Pick<DialogueState, 'language' | 'formal'>, ahead: number, now: Date, officeHours: OfficeHours, mentionOpening = true): string {
  const formal = state.language === 'nl' && (state.formal ?? false);
  const availability = availabilityAt(now, officeHours);
  const closedUntil = availability.open || !mentionOpening ? null : textsFor(state.language, formal).moment(availability.dayOffset, availability.weekday, availability.time);
  return queuePositionTexts[formal ? 'nl-formal' : state.language](Math.max(0, ahead), closedUntil);
}
