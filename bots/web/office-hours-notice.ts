import { availabilityAt, type OfficeHours } from '../../core/office-hours/office-hours.js';

const weekdays = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * One honest line for the widget header: is someone at work now, and otherwise when. A worker who
 * has picked up this resident's case is there whatever the hours, so the team is never "gesloten"
 * to someone a worker is chatting with.
 */
export function officeHoursNotice(at: Date, hours: OfficeHours, language: 'nl' | 'en', workerActive = false): { open: boolean; text: string } {
  if (workerActive) {
    return {
      open: true,
      text: language === 'en' ? 'A social worker has your question and reacts here.' : 'Een sociaal werker heeft je vraag en reageert hier.',
    };
  }
  const availability = availabilityAt(at, hours);
  if (availability.open) {
    return {
      open: true,
      text: language === 'en'
        ? `A social worker is at work now and usually reacts within ${availability.responseHours} hours.`
        : `Er is nu een sociaal werker aan het werk. Meestal krijg je binnen ${availability.responseHours} uur antwoord.`,
    };
  }
  if (availability.time === '??:??') {
    return { open: false, text: language === 'en' ? 'No social worker is at work at the moment.' : 'Er is nu geen sociaal werker aan het werk.' };
  }
  const day = availability.dayOffset === 0
    ? (language === 'en' ? 'today' : 'vandaag')
    : availability.dayOffset === 1 ? (language === 'en' ? 'tomorrow' : 'morgen') : weekdays[language][availability.weekday];
  return {
    open: false,
    text: language === 'en'
      ? `The team is closed now. A social worker reads your message from ${day} ${availability.time}.`
      : `Het team is nu gesloten. Een sociaal werker leest je bericht vanaf ${day} ${availability.time}.`,
  };
}
