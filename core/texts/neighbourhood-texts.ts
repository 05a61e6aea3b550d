import type { ConversationLanguage } from '../taxonomy/index.js';

/** The optional "where" question (issue 17), per language; B1, to be reviewed like the other texts. */
export interface NeighbourhoodTexts {
  /** Asked once after the summary is confirmed; `names` says whether wijken are offered as buttons. */
  ask(names: boolean, postcodes: boolean): string;
  /** An answer that is neither a wijk nor postcode digits: asked once more, then the intake goes on. */
  notRecognised(names: boolean, postcodes: boolean): string;
}

type Choice = { both: string; names: string; postcodes: string };
const pick = (choice: Choice) => (names: boolean, postcodes: boolean) => (names && postcodes ? choice.both : names ? choice.names : choice.postcodes);

const texts = (ask: Choice, again: Choice): NeighbourhoodTexts => ({ ask: pick(ask), notRecognised: pick(again) });

export const neighbourhoodTexts: Record<ConversationLanguage | 'nl-formal', NeighbourhoodTexts> = {
  nl: texts(
    {
      both: 'In welke wijk woon je? Kies je wijk, of typ alleen de 4 cijfers van je postcode. Geen straat of huisnummer. Zo zien we wat er in de buurt speelt. Je mag dit overslaan.',
      names: 'In welke wijk woon je? Kies je wijk. Zo zien we wat er in de buurt speelt. Je mag dit overslaan.',
      postcodes: 'Wat zijn de 4 cijfers van je postcode? Geen letters, straat of huisnummer. Zo zien we wat er in de buurt speelt. Je mag dit overslaan.',
    },
    {
      both: 'Die wijk ken ik niet. Kies een wijk of typ alleen de 4 cijfers van je postcode. Of kies Overslaan.',
      names: 'Die wijk ken ik niet. Kies een wijk uit de lijst, of kies Overslaan.',
      postcodes: 'Typ alleen de 4 cijfers van je postcode, bijvoorbeeld 1234. Of kies Overslaan.',
    },
  ),
  'nl-formal': texts(
    {
      both: 'In welke wijk woont u? Kies uw wijk, of typ alleen de 4 cijfers van uw postcode. Geen straat of huisnummer. Zo zien we wat er in de buurt speelt. U mag dit overslaan.',
      names: 'In welke wijk woont u? Kies uw wijk. Zo zien we wat er in de buurt speelt. U mag dit overslaan.',
      postcodes: 'Wat zijn de 4 cijfers van uw postcode? Geen letters, straat of huisnummer. Zo zien we wat er in de buurt speelt. U mag dit overslaan.',
    },
    {
      both: 'Die wijk ken ik niet. Kies een wijk of typ alleen de 4 cijfers van uw postcode. Of kies Overslaan.',
      names: 'Die wijk ken ik niet. Kies een wijk uit de lijst, of kies Overslaan.',
      postcodes: 'Typ alleen de 4 cijfers van uw postcode, bijvoorbeeld 1234. Of kies Overslaan.',
    },
  ),
  en: texts(
    {
      both: 'Which neighbourhood do you live in? Choose it, or type only the 4 digits of your postcode. No street or house number. This shows us what is going on nearby. You can skip this.',
      names: 'Which neighbourhood do you live in? Choose it from the list. This shows us what is going on nearby. You can skip this.',
      postcodes: 'What are the 4 digits of your postcode? No letters, street or house number. This shows us what is going on nearby. You can skip this.',
    },
    {
      both: 'I do not know that neighbourhood. Choose one, or type only the 4 digits of your postcode. Or choose Skip.',
      names: 'I do not know that neighbourhood. Choose one from the list, or choose Skip.',
      postcodes: 'Type only the 4 digits of your postcode, for example 1234. Or choose Skip.',
    },
  ),
  tr: texts(
    {
      both: 'Hangi mahallede oturuyorsunuz? Mahallenizi seçin veya sadece posta kodunuzun 4 rakamını yazın. Sokak veya ev numarası yazmayın. Böylece mahallede neler olduğunu görürüz. Bu soruyu atlayabilirsiniz.',
      names: 'Hangi mahallede oturuyorsunuz? Mahallenizi seçin. Böylece mahallede neler olduğunu görürüz. Bu soruyu atlayabilirsiniz.',
      postcodes: 'Posta kodunuzun 4 rakamı nedir? Harf, sokak veya ev numarası yazmayın. Böylece mahallede neler olduğunu görürüz. Bu soruyu atlayabilirsiniz.',
    },
    {
      both: 'Bu mahalleyi tanımıyorum. Bir mahalle seçin veya sadece posta kodunuzun 4 rakamını yazın. Ya da Atla\'yı seçin.',
      names: 'Bu mahalleyi tanımıyorum. Listeden bir mahalle seçin ya da Atla\'yı seçin.',
      postcodes: 'Sadece posta kodunuzun 4 rakamını yazın, örneğin 1234. Ya da Atla\'yı seçin.',
    },
  ),
  ar: texts(
    {
      both: 'في أي حي تسكن؟ اختر الحي، أو اكتب فقط الأرقام الأربعة من الرمز البريدي. لا تكتب الشارع أو رقم البيت. هكذا نرى ما يحدث في الحي. يمكنك تخطي هذا السؤال.',
      names: 'في أي حي تسكن؟ اختر الحي من القائمة. هكذا نرى ما يحدث في الحي. يمكنك تخطي هذا السؤال.',
      postcodes: 'ما هي الأرقام الأربعة من رمزك البريدي؟ بدون حروف أو شارع أو رقم بيت. هكذا نرى ما يحدث في الحي. يمكنك تخطي هذا السؤال.',
    },
    {
      both: 'لا أعرف هذا الحي. اختر حيًا، أو اكتب فقط الأرقام الأربعة من الرمز البريدي. أو اختر تخطي.',
      names: 'لا أعرف هذا الحي. اختر حيًا من القائمة، أو اختر تخطي.',
      postcodes: 'اكتب فقط الأرقام الأربعة من رمزك البريدي، مثلًا 1234. أو اختر تخطي.',
    },
  ),
  pl: texts(
    {
      both: 'W której dzielnicy mieszkasz? Wybierz dzielnicę albo wpisz tylko 4 cyfry kodu pocztowego. Bez ulicy i numeru domu. Dzięki temu widzimy, co dzieje się w okolicy. Możesz to pominąć.',
      names: 'W której dzielnicy mieszkasz? Wybierz dzielnicę z listy. Dzięki temu widzimy, co dzieje się w okolicy. Możesz to pominąć.',
      postcodes: 'Jakie są 4 cyfry twojego kodu pocztowego? Bez liter, ulicy i numeru domu. Dzięki temu widzimy, co dzieje się w okolicy. Możesz to pominąć.',
    },
    {
      both: 'Nie znam tej dzielnicy. Wybierz dzielnicę albo wpisz tylko 4 cyfry kodu pocztowego. Albo wybierz Pomiń.',
      names: 'Nie znam tej dzielnicy. Wybierz dzielnicę z listy albo wybierz Pomiń.',
      postcodes: 'Wpisz tylko 4 cyfry kodu pocztowego, na przykład 1234. Albo wybierz Pomiń.',
    },
  ),
  uk: texts(
    {
      both: 'У якому районі ви живете? Виберіть район або напишіть лише 4 цифри поштового індексу. Без вулиці та номера будинку. Так ми бачимо, що відбувається поруч. Ви можете це пропустити.',
      names: 'У якому районі ви живете? Виберіть район зі списку. Так ми бачимо, що відбувається поруч. Ви можете це пропустити.',
      postcodes: 'Які 4 цифри вашого поштового індексу? Без літер, вулиці та номера будинку. Так ми бачимо, що відбувається поруч. Ви можете це пропустити.',
    },
    {
      both: 'Я не знаю цього району. Виберіть район або напишіть лише 4 цифри поштового індексу. Або виберіть Пропустити.',
      names: 'Я не знаю цього району. Виберіть район зі списку або виберіть Пропустити.',
      postcodes: 'Напишіть лише 4 цифри поштового індексу, наприклад 1234. Або виберіть Пропустити.',
    },
  ),
};
