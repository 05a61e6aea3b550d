import type { LanguageCode } from '../taxonomy/index.js';

/**
 * A short fixed message for languages the assistant does not hold a conversation in
 * (INTAKE.md: at least Arabic, Turkish, Polish, Ukrainian): it is not a person, a worker will help,
 * and 112 in danger. The conversation is then handed to a worker at once.
 */
export const otherLanguageTexts: Partial<Record<LanguageCode, string>> = {
  ar: 'شكرًا على رسالتك. أنا مساعد رقمي ولست إنسانًا. سيساعدك أحد العاملين الاجتماعيين قريبًا. يمكنك الاستمرار في الكتابة هنا. في حالة الخطر: اتصل بالرقم 112.',
  tr: 'Mesajın için teşekkürler. Ben dijital bir asistanım, insan değilim. Bir sosyal hizmet çalışanı sana yakında yardım edecek. Buraya yazmaya devam edebilirsin. Tehlikedeysen 112\'yi ara.',
  pl: 'Dziękuję za wiadomość. Jestem asystentem cyfrowym, nie człowiekiem. Wkrótce pomoże Ci pracownik socjalny. Możesz dalej pisać tutaj. W razie zagrożenia zadzwoń pod numer 112.',
  uk: 'Дякую за повідомлення. Я цифровий помічник, а не людина. Незабаром вам допоможе соціальний працівник. Ви можете й далі писати тут. У разі небезпеки телефонуйте 112.',
};
