import type { MessageAuthor } from '../ports/message.js';
import type { ConversationLanguage } from '../taxonomy/index.js';

/**
 * The web widget's own words (bots/web/client/widget/), in the language a site sets with
 * `data-language`; B1, to be reviewed like the other texts. The conversation itself comes from the
 * server in the resident's language. Bundled into the browser script: plain data, no imports that run.
 */
export interface WidgetTexts {
  /** The header's title when the site sets none. */
  title: string;
  launcher: string;
  close: string;
  quickExit: string;
  quickExitLabel: string;
  /** Names the word that reaches a worker; it must be one of core/dialogue/commands.ts. */
  disclosure: string;
  moreInfo: string;
  lessInfo: string;
  privacy: string;
  log: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  quickReplies: string;
  typing: string;
  authors: Record<MessageAuthor, string>;
  offline: string;
  startFailed: string;
  sendFailed: string;
  newSession: string;
}

export const widgetTexts: Record<ConversationLanguage, WidgetTexts> = {
  nl: {
    title: 'Chat met het wijkteam',
    launcher: 'Chat met ons',
    close: 'Chat sluiten',
    quickExit: 'Snel weg',
    quickExitLabel: 'Snel weg: wist dit gesprek op dit apparaat en opent een andere website',
    disclosure: 'Je praat eerst met een digitale assistent, geen mens. Typ "mens" voor een sociaal werker.',
    moreInfo: 'Meer info',
    lessInfo: 'Minder info',
    privacy: 'Je hoeft je naam niet te geven. We gebruiken je berichten alleen om je te helpen.',
    log: 'Gesprek',
    inputLabel: 'Je bericht',
    placeholder: 'Typ je bericht…',
    send: 'Verstuur',
    quickReplies: 'Kies een antwoord',
    typing: 'De assistent schrijft…',
    authors: { resident: 'Jij', assistant: 'Assistent', worker: 'Sociaal werker', system: 'Melding' },
    offline: 'Geen verbinding. We proberen het opnieuw…',
    startFailed: 'De chat kon niet starten. Probeer het later opnieuw.',
    sendFailed: 'Je bericht is niet verstuurd. Probeer het opnieuw.',
    newSession: 'Dit gesprek bestaat niet meer (bijvoorbeeld omdat je vroeg om alles te wissen). We beginnen een nieuw gesprek voor je.',
  },
  en: {
    title: 'Chat with the neighbourhood team',
    launcher: 'Chat with us',
    close: 'Close chat',
    quickExit: 'Quick exit',
    quickExitLabel: 'Quick exit: erases this conversation on this device and opens another website',
    disclosure: 'You first talk with a digital assistant, not a person. Type "human" for a social worker.',
    moreInfo: 'More info',
    lessInfo: 'Less info',
    privacy: 'You do not need to give your name. We only use your messages to help you.',
    log: 'Conversation',
    inputLabel: 'Your message',
    placeholder: 'Type your message…',
    send: 'Send',
    quickReplies: 'Choose an answer',
    typing: 'The assistant is writing…',
    authors: { resident: 'You', assistant: 'Assistant', worker: 'Social worker', system: 'Notice' },
    offline: 'No connection. Trying again…',
    startFailed: 'The chat could not start. Please try again later.',
    sendFailed: 'Your message was not sent. Please try again.',
    newSession: 'This conversation no longer exists (for example because you asked to erase everything). We are starting a new one for you.',
  },
  tr: {
    title: 'Mahalle ekibiyle sohbet',
    launcher: 'Bize yaz',
    close: 'Sohbeti kapat',
    quickExit: 'Hızlı çıkış',
    quickExitLabel: 'Hızlı çıkış: bu sohbeti bu cihazdan siler ve başka bir web sitesi açar',
    disclosure: 'Önce bir insanla değil, dijital bir asistanla konuşuyorsun. Sosyal hizmet çalışanı için "insan" yaz.',
    moreInfo: 'Daha fazla bilgi',
    lessInfo: 'Daha az bilgi',
    privacy: 'Adını vermek zorunda değilsin. Mesajlarını sadece sana yardım etmek için kullanıyoruz.',
    log: 'Sohbet',
    inputLabel: 'Mesajın',
    placeholder: 'Mesajını yaz…',
    send: 'Gönder',
    quickReplies: 'Bir cevap seç',
    typing: 'Asistan yazıyor…',
    authors: { resident: 'Sen', assistant: 'Asistan', worker: 'Sosyal hizmet çalışanı', system: 'Bildirim' },
    offline: 'Bağlantı yok. Tekrar deniyoruz…',
    startFailed: 'Sohbet başlatılamadı. Lütfen daha sonra tekrar dene.',
    sendFailed: 'Mesajın gönderilemedi. Lütfen tekrar dene.',
    newSession: 'Bu sohbet artık yok (örneğin her şeyin silinmesini istediğin için). Senin için yeni bir sohbet başlatıyoruz.',
  },
  ar: {
    title: 'تحدث مع فريق الحي',
    launcher: 'تحدث معنا',
    close: 'إغلاق المحادثة',
    quickExit: 'خروج سريع',
    quickExitLabel: 'خروج سريع: يمسح هذه المحادثة من هذا الجهاز ويفتح موقعًا آخر',
    disclosure: 'أنت تتحدث أولًا مع مساعد رقمي، وليس مع إنسان. اكتب "إنسان" للتحدث مع أخصائي اجتماعي.',
    moreInfo: 'معلومات أكثر',
    lessInfo: 'معلومات أقل',
    privacy: 'لا تحتاج إلى ذكر اسمك. نستخدم رسائلك فقط لمساعدتك.',
    log: 'المحادثة',
    inputLabel: 'رسالتك',
    placeholder: 'اكتب رسالتك…',
    send: 'إرسال',
    quickReplies: 'اختر إجابة',
    typing: 'المساعد يكتب…',
    authors: { resident: 'أنت', assistant: 'المساعد', worker: 'أخصائي اجتماعي', system: 'تنبيه' },
    offline: 'لا يوجد اتصال. نحاول مرة أخرى…',
    startFailed: 'تعذر بدء المحادثة. حاول مرة أخرى لاحقًا.',
    sendFailed: 'لم يتم إرسال رسالتك. حاول مرة أخرى.',
    newSession: 'هذه المحادثة لم تعد موجودة (مثلًا لأنك طلبت مسح كل شيء). سنبدأ محادثة جديدة لك.',
  },
  pl: {
    title: 'Czat z zespołem dzielnicy',
    launcher: 'Napisz do nas',
    close: 'Zamknij czat',
    quickExit: 'Szybkie wyjście',
    quickExitLabel: 'Szybkie wyjście: usuwa tę rozmowę z tego urządzenia i otwiera inną stronę',
    disclosure: 'Najpierw rozmawiasz z cyfrowym asystentem, nie z człowiekiem. Napisz "człowiek", aby rozmawiać z pracownikiem socjalnym.',
    moreInfo: 'Więcej informacji',
    lessInfo: 'Mniej informacji',
    privacy: 'Nie musisz podawać swojego imienia. Używamy Twoich wiadomości tylko po to, aby Ci pomóc.',
    log: 'Rozmowa',
    inputLabel: 'Twoja wiadomość',
    placeholder: 'Napisz wiadomość…',
    send: 'Wyślij',
    quickReplies: 'Wybierz odpowiedź',
    typing: 'Asystent pisze…',
    authors: { resident: 'Ty', assistant: 'Asystent', worker: 'Pracownik socjalny', system: 'Komunikat' },
    offline: 'Brak połączenia. Próbujemy ponownie…',
    startFailed: 'Nie udało się uruchomić czatu. Spróbuj ponownie później.',
    sendFailed: 'Twoja wiadomość nie została wysłana. Spróbuj ponownie.',
    newSession: 'Ta rozmowa już nie istnieje (na przykład dlatego, że poprosiłeś/poprosiłaś o usunięcie wszystkiego). Zaczynamy dla Ciebie nową rozmowę.',
  },
  uk: {
    title: 'Чат із командою району',
    launcher: 'Напишіть нам',
    close: 'Закрити чат',
    quickExit: 'Швидкий вихід',
    quickExitLabel: 'Швидкий вихід: видаляє цю розмову з цього пристрою і відкриває інший сайт',
    disclosure: 'Спочатку ви говорите з цифровим асистентом, а не з людиною. Напишіть "людина", щоб говорити із соціальним працівником.',
    moreInfo: 'Більше інформації',
    lessInfo: 'Менше інформації',
    privacy: 'Вам не потрібно називати своє ім\'я. Ми використовуємо ваші повідомлення лише для того, щоб вам допомогти.',
    log: 'Розмова',
    inputLabel: 'Ваше повідомлення',
    placeholder: 'Напишіть повідомлення…',
    send: 'Надіслати',
    quickReplies: 'Виберіть відповідь',
    typing: 'Асистент пише…',
    authors: { resident: 'Ви', assistant: 'Асистент', worker: 'Соціальний працівник', system: 'Повідомлення' },
    offline: 'Немає з\'єднання. Пробуємо ще раз…',
    startFailed: 'Не вдалося запустити чат. Спробуйте пізніше.',
    sendFailed: 'Ваше повідомлення не надіслано. Спробуйте ще раз.',
    newSession: 'Цієї розмови більше немає (наприклад, бо ви попросили все видалити). Ми починаємо для вас нову розмову.',
  },
};
