import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const dayHours = z.tuple([time, time]).nullable();

export const officeHoursSchema = z.object({
  timeZone: z.string().default('Europe/Amsterdam'),
  /** Sunday first, as Date.getDay(); null is closed. */
  days: z.array(dayHours).length(7),
  /** Honest typical reaction time during office hours. */
  responseHours: z.number().int().positive().default(4),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;

export const defaultOfficeHours: OfficeHours = {
  timeZone: 'Europe/Amsterdam',
  days: [null, ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], ['09:00', '17:00'], null],
  responseHours: 4,
};

export type Availability = { open: true; responseHours: number } | { open: false; dayOffset: number; weekday: number; time: string };

/** Building a DateTimeFormat is the expensive part (it runs on many turns): one per time zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

function localParts(at: Date, timeZone: string): { weekday: number; minutes: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '0';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** Whether a worker is at work now, and otherwise when the next office day starts. */
export function availabilityAt(at: Date, hours: OfficeHours): Availability {
  const { weekday, minutes } = localParts(at, hours.timeZone);
  const today = hours.days[weekday];
  if (today && minutes >= toMinutes(today[0]) && minutes < toMinutes(today[1])) return { open: true, responseHours: hours.responseHours };
  for (let dayOffset = 0; dayOffset < 8; dayOffset += 1) {
    const day = (weekday + dayOffset) % 7;
    const opening = hours.days[day];
    if (!opening) continue;
    if (dayOffset === 0 && minutes >= toMinutes(opening[0])) continue;
    return { open: false, dayOffset, weekday: day, time: opening[0] };
  }
  // No office day at all: be honest that nobody reacts at a known time.
  return { open: false, dayOffset: 7, weekday, time: '??:??' };
}
