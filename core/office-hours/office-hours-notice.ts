import type { ConversationLanguage } from '../taxonomy/index.js';
import { officeHoursTexts } from '../texts/office-hours-texts.js';
import { textsFor } from '../texts/texts-for.js';
import { availabilityAt, type OfficeHours } from './office-hours.js';

export interface OfficeHoursNotice {
  open: boolean;
  text: string;
}

/**
 * One honest line for the widget header: is someone at work now, and otherwise when. A worker who
 * has picked up this resident's case is there whatever the hours, so the team is never "gesloten"
 * to someone a worker is chatting with.
 */
export function officeHoursNotice(at: Date, hours: OfficeHours, language: ConversationLanguage, workerActive = false): OfficeHoursNotice {
  const texts = officeHoursTexts[language];
  if (workerActive) return { open: true, text: texts.workerHasQuestion };
  const availability = availabilityAt(at, hours);
  if (availability.open) return { open: true, text: texts.open(availability.responseHours) };
  if (availability.time === '??:??') return { open: false, text: texts.nobodyAtWork };
  return { open: false, text: texts.closedUntil(textsFor(language).moment(availability.dayOffset, availability.weekday, availability.time)) };
}
