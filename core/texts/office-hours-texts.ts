import type { ConversationLanguage } from '../taxonomy/index.js';

/**
 * The widget header's office-hours line (core/office-hours/office-hours-notice.ts), per language;
 * B1, to be reviewed like the other texts. The next opening moment in words comes from the
 * language's `moment` (textsFor), as in the intake's own "we read it from …".
 */
export interface OfficeHoursTexts {
  /** A worker has picked up this resident's case: there, whatever the hours. */
  workerHasQuestion: string;
  open(responseHours: number): string;
  /** Closed, and no office day in the week. */
  nobodyAtWork: string;
  closedUntil(moment: string): string;
}

/** Polish and Ukrainian after "within": one hour is singular, any other number the plural genitive. */
const oneHour = (hours: number) => hours % 10 === 1 && hours % 100 !== 11;

export const officeHoursTexts: Record<ConversationLanguage, OfficeHoursTexts> = {
  nl: {
    workerHasQuestion: 'Een sociaal werker heeft je vraag en reageert hier.',
    open: (hours) => `Er is nu een sociaal werker aan het werk. Meestal krijg je binnen ${hours} uur antwoord.`,
    nobodyAtWork: 'Er is nu geen sociaal werker aan het werk.',
    closedUntil: (moment) => `Het team is nu gesloten. Een sociaal werker leest je bericht ${moment}.`,
  },
  en: {
    workerHasQuestion: 'A social worker has your question and reacts here.',
    open: (hours) => `A social worker is at work now and usually reacts within ${hours} ${hours === 1 ? 'hour' : 'hours'}.`,
    nobodyAtWork: 'No social worker is at work at the moment.',
    closedUntil: (moment) => `The team is closed now. A social worker reads your message ${moment}.`,
  },
  tr: {
    workerHasQuestion: 'Sorun bir sosyal hizmet çalışanında. Cevabı burada gelecek.',
    open: (hours) => `Şu anda bir sosyal hizmet çalışanı görevde. Genellikle ${hours} saat içinde cevap alırsın.`,
    nobodyAtWork: 'Şu anda görevde sosyal hizmet çalışanı yok.',
    closedUntil: (moment) => `Ekip şu anda kapalı. Bir sosyal hizmet çalışanı mesajını ${moment} okuyacak.`,
  },
  ar: {
    workerHasQuestion: 'سؤالك الآن عند أخصائي اجتماعي، وسيرد عليك هنا.',
    open: (hours) => `يوجد الآن أخصائي اجتماعي في العمل. عادةً تحصل على رد خلال ${hours} ${hours >= 3 && hours <= 10 ? 'ساعات' : 'ساعة'}.`,
    nobodyAtWork: 'لا يوجد أخصائي اجتماعي في العمل الآن.',
    closedUntil: (moment) => `الفريق مغلق الآن. سيقرأ أخصائي اجتماعي رسالتك ${moment}.`,
  },
  pl: {
    workerHasQuestion: 'Twoim pytaniem zajmuje się pracownik socjalny. Odpowie tutaj.',
    open: (hours) => `Teraz pracuje pracownik socjalny. Zwykle odpowiadamy w ciągu ${hours} ${hours === 1 ? 'godziny' : 'godzin'}.`,
    nobodyAtWork: 'Teraz nie pracuje żaden pracownik socjalny.',
    closedUntil: (moment) => `Zespół jest teraz nieczynny. Pracownik socjalny przeczyta Twoją wiadomość ${moment}.`,
  },
  uk: {
    workerHasQuestion: 'Вашим питанням займається соціальний працівник. Відповідь буде тут.',
    open: (hours) => `Зараз працює соціальний працівник. Зазвичай ми відповідаємо протягом ${hours} ${oneHour(hours) ? 'години' : 'годин'}.`,
    nobodyAtWork: 'Зараз жоден соціальний працівник не працює.',
    closedUntil: (moment) => `Команда зараз не працює. Соціальний працівник прочитає ваше повідомлення ${moment}.`,
  },
};
