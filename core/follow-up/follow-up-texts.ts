import type { ConversationLanguage } from '../taxonomy/index.js';

/** What residents read about follow-up, per language (B1; translations to be reviewed like core/texts). */
export interface FollowUpTexts {
  /** The check-in a worker's menu suggests ("Hoe gaat het nu met …?"). */
  checkIn: (topic: string) => string;
  /** After a warm referral: who will contact them, and that they agreed to what is shared. */
  referred: (partner: string, worker: string) => string;
  /** {aanbod} when the social map has nothing for the case's topics. */
  noOffer: string;
}

const texts: Record<ConversationLanguage, FollowUpTexts> = {
  nl: {
    checkIn: (topic) => `Hoe gaat het nu met ${topic}? Je kunt hier gewoon antwoorden.`,
    referred: (partner, worker) => `${worker} heeft je doorverwezen naar ${partner}. Zij nemen contact met je op. Ze krijgen alleen wat jij goed vond om te delen.`,
    noOffer: 'een plek in de buurt waar je terecht kunt',
  },
  en: {
    checkIn: (topic) => `How are things now with ${topic}? You can simply reply here.`,
    referred: (partner, worker) => `${worker} has referred you to ${partner}. They will contact you. They only get what you agreed to share.`,
    noOffer: 'a place nearby where you can go',
  },
  tr: {
    checkIn: (topic) => `${topic} konusunda şimdi nasılsınız? Buradan cevap verebilirsiniz.`,
    referred: (partner, worker) => `${worker} sizi ${partner} kurumuna yönlendirdi. Sizinle iletişime geçecekler. Sadece paylaşmayı kabul ettiğiniz bilgileri alırlar.`,
    noOffer: 'yakınınızda gidebileceğiniz bir yer',
  },
  ar: {
    checkIn: (topic) => `كيف حالك الآن بخصوص ${topic}؟ يمكنك الرد هنا.`,
    referred: (partner, worker) => `قام ${worker} بتحويلك إلى ${partner}. سيتواصلون معك. يحصلون فقط على ما وافقت على مشاركته.`,
    noOffer: 'مكان قريب منك يمكنك الذهاب إليه',
  },
  pl: {
    checkIn: (topic) => `Jak teraz wygląda sprawa: ${topic}? Możesz po prostu odpowiedzieć tutaj.`,
    referred: (partner, worker) => `${worker} skierował(a) Cię do: ${partner}. Skontaktują się z Tobą. Dostaną tylko to, na co się zgodziłeś/zgodziłaś.`,
    noOffer: 'miejsce w pobliżu, do którego możesz pójść',
  },
  uk: {
    checkIn: (topic) => `Як зараз справи з темою: ${topic}? Ви можете просто відповісти тут.`,
    referred: (partner, worker) => `${worker} направив(ла) вас до: ${partner}. Вони зв'яжуться з вами. Вони отримають лише те, чим ви погодилися поділитися.`,
    noOffer: 'місце поблизу, куди ви можете звернутися',
  },
};

export function followUpTextsFor(language: string): FollowUpTexts {
  return texts[language as ConversationLanguage] ?? texts.nl;
}
