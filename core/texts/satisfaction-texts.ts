import type { ConversationLanguage } from '../taxonomy/index.js';

/** The one follow-up question after a case is closed (issue 17), per language; B1, to be reviewed like the other texts. */
export interface SatisfactionTexts {
  question: string;
  yes: string;
  partly: string;
  no: string;
  askScore: string;
  askComment: string;
  skip: string;
  thanks: string;
  stopped: string;
  /** Typed answers that mean yes, partly, no or skip (lower case, without punctuation); the button labels count too. */
  words: { yes: string[]; partly: string[]; no: string[]; skip: string[] };
}

const dutchWords = {
  yes: ['ja', 'jazeker', 'ja hoor', 'ja zeker', 'ja helemaal', 'yes', 'opgelost', 'helemaal'],
  partly: ['deels', 'een beetje', 'half', 'gedeeltelijk', 'beetje', 'deels opgelost', 'een deel'],
  no: ['nee', 'neen', 'nee hoor', 'niet', 'no', 'niet opgelost'],
  skip: ['overslaan', 'nee', 'sla over', 'skip', 'nee dank je', 'nee bedankt', 'geen', 'niets', 'nee dankje', 'liever niet'],
};

export const satisfactionTexts: Record<ConversationLanguage | 'nl-formal', SatisfactionTexts> = {
  nl: {
    question: 'Een tijdje geleden hebben we je vraag afgesloten. Is je vraag opgelost? Typ stop als je hier geen vragen over wilt.',
    yes: 'Ja', partly: 'Deels', no: 'Nee',
    askScore: 'Dank je. Welk cijfer geef je onze hulp, van 1 (slecht) tot 5 (heel goed)? Je mag dit overslaan.',
    askComment: 'Wil je nog iets zeggen over onze hulp? Typ het in één bericht. Of kies Overslaan.',
    skip: 'Overslaan',
    thanks: 'Dank je wel voor je antwoord. Heb je een nieuwe vraag? Typ die dan gewoon hier.',
    stopped: 'Oké, we vragen hier niets meer over.',
    words: dutchWords,
  },
  'nl-formal': {
    question: 'Enige tijd geleden hebben wij uw vraag afgesloten. Is uw vraag opgelost? Typ stop als u hier geen vragen over wilt.',
    yes: 'Ja', partly: 'Deels', no: 'Nee',
    askScore: 'Dank u. Welk cijfer geeft u onze hulp, van 1 (slecht) tot 5 (heel goed)? U mag dit overslaan.',
    askComment: 'Wilt u nog iets zeggen over onze hulp? Typt u het in één bericht. Of kiest u Overslaan.',
    skip: 'Overslaan',
    thanks: 'Hartelijk dank voor uw antwoord. Heeft u een nieuwe vraag? Typt u die dan gewoon hier.',
    stopped: 'Goed, wij vragen hier niets meer over.',
    words: dutchWords,
  },
  en: {
    question: 'We closed your question a while ago. Has your question been solved? Type stop if you do not want questions about this.',
    yes: 'Yes', partly: 'Partly', no: 'No',
    askScore: 'Thank you. What score do you give our help, from 1 (bad) to 5 (very good)? You may skip this.',
    askComment: 'Would you like to say anything else about our help? Type it in one message. Or choose Skip.',
    skip: 'Skip',
    thanks: 'Thank you for your answer. Do you have a new question? Just type it here.',
    stopped: 'Okay, we will not ask about this any more.',
    words: {
      yes: ['yes', 'yeah', 'yep', 'yes thanks', 'solved', 'ja'],
      partly: ['partly', 'a bit', 'a little', 'somewhat', 'partially', 'half'],
      no: ['no', 'nope', 'not really', 'not solved', 'nee'],
      skip: ['skip', 'no', 'no thanks', 'nothing', 'none', 'rather not', 'overslaan'],
    },
  },
  tr: {
    question: 'Sorunuzu bir süre önce kapattık. Sorununuz çözüldü mü? Bununla ilgili soru istemiyorsanız stop yazın.',
    yes: 'Evet', partly: 'Kısmen', no: 'Hayır',
    askScore: 'Teşekkürler. Yardımımıza 1 (kötü) ile 5 (çok iyi) arasında kaç puan verirsiniz? Bunu atlayabilirsiniz.',
    askComment: 'Yardımımız hakkında söylemek istediğiniz başka bir şey var mı? Tek bir mesajda yazın. Ya da Atla seçin.',
    skip: 'Atla',
    thanks: 'Cevabınız için teşekkür ederiz. Yeni bir sorunuz mu var? Buraya yazmanız yeterli.',
    stopped: 'Tamam, bununla ilgili artık soru sormayacağız.',
    words: {
      yes: ['evet', 'evet çözüldü', 'çözüldü', 'tabii'],
      partly: ['kısmen', 'biraz', 'yarı yarıya'],
      no: ['hayır', 'yok', 'çözülmedi'],
      skip: ['atla', 'hayır', 'geç', 'hayır teşekkürler', 'yok teşekkürler'],
    },
  },
  ar: {
    question: 'أغلقنا سؤالك منذ فترة. هل تم حل مشكلتك؟ اكتب stop إذا كنت لا تريد أسئلة عن هذا.',
    yes: 'نعم', partly: 'جزئيًا', no: 'لا',
    askScore: 'شكرًا. ما الدرجة التي تعطيها لمساعدتنا، من 1 (سيئة) إلى 5 (جيدة جدًا)؟ يمكنك تخطي هذا.',
    askComment: 'هل تريد أن تقول شيئًا آخر عن مساعدتنا؟ اكتبه في رسالة واحدة. أو اختر تخطي.',
    skip: 'تخطي',
    thanks: 'شكرًا على إجابتك. هل لديك سؤال جديد؟ اكتبه هنا فقط.',
    stopped: 'حسنًا، لن نسأل عن هذا بعد الآن.',
    words: {
      yes: ['نعم', 'ايوه', 'أيوه', 'اه', 'تم الحل'],
      partly: ['جزئيا', 'جزئيًا', 'نوعا ما', 'قليلا'],
      no: ['لا', 'كلا', 'لم تحل'],
      skip: ['تخطي', 'لا', 'لا شكرا', 'لا شكرًا'],
    },
  },
  pl: {
    question: 'Jakiś czas temu zamknęliśmy Twoje pytanie. Czy Twoja sprawa jest rozwiązana? Napisz stop, jeśli nie chcesz pytań na ten temat.',
    yes: 'Tak', partly: 'Częściowo', no: 'Nie',
    askScore: 'Dziękujemy. Jaką ocenę dajesz naszej pomocy, od 1 (źle) do 5 (bardzo dobrze)? Możesz to pominąć.',
    askComment: 'Czy chcesz jeszcze coś powiedzieć o naszej pomocy? Napisz to w jednej wiadomości. Albo wybierz Pomiń.',
    skip: 'Pomiń',
    thanks: 'Dziękujemy za odpowiedź. Masz nowe pytanie? Po prostu napisz je tutaj.',
    stopped: 'Dobrze, nie będziemy już o to pytać.',
    words: {
      yes: ['tak', 'tak rozwiązana', 'rozwiązana', 'jasne'],
      partly: ['częściowo', 'trochę', 'po części'],
      no: ['nie', 'nie rozwiązana', 'nierozwiązana'],
      skip: ['pomiń', 'nie', 'nie dziękuję', 'nic'],
    },
  },
  uk: {
    question: 'Деякий час тому ми закрили ваше питання. Чи вирішено ваше питання? Напишіть stop, якщо не хочете питань про це.',
    yes: 'Так', partly: 'Частково', no: 'Ні',
    askScore: 'Дякуємо. Яку оцінку ви даєте нашій допомозі, від 1 (погано) до 5 (дуже добре)? Можна пропустити.',
    askComment: 'Хочете ще щось сказати про нашу допомогу? Напишіть це одним повідомленням. Або виберіть Пропустити.',
    skip: 'Пропустити',
    thanks: 'Дякуємо за відповідь. Маєте нове питання? Просто напишіть його тут.',
    stopped: 'Добре, ми більше не питатимемо про це.',
    words: {
      yes: ['так', 'так вирішено', 'вирішено', 'да'],
      partly: ['частково', 'трохи', 'наполовину'],
      no: ['ні', 'не вирішено', 'нет'],
      skip: ['пропустити', 'ні', 'ні дякую', 'нічого'],
    },
  },
};

export function satisfactionTextsFor(language: string, formal = false): SatisfactionTexts {
  if (language === 'nl' && formal) return satisfactionTexts['nl-formal'];
  return satisfactionTexts[language as ConversationLanguage] ?? satisfactionTexts.nl;
}
