// commands: human=insan, bir insan, gerçek insan, görevli, sosyal hizmet çalışanı; stop=dur, durdur, bitir; forget=beni unut, verilerimi sil; restart=yeniden başla, baştan başla; help=yardım
import type { AssistantTexts } from './assistant-texts.js';

const weekdays = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];
const kindNames: Record<string, string> = {
  photo: 'fotoğrafları', voice: 'sesli mesajları', sticker: 'çıkartmaları', location: 'konumları',
  document: 'dosyaları', video: 'videoları', other: 'bu tür mesajları',
};

/**
 * Plain Turkish (B1), "sen" form. Dutch service names stay Dutch with a short explanation in
 * brackets; numbers and times as in Dutch ("09:00").
 */
export const turkishTexts: AssistantTexts = {
  welcome:
    'Merhaba! Ben mahalledeki sosyal ekibin (sociaal wijkteam) dijital asistanıyım. İnsan değilim. ' +
    'Sana birkaç soru soracağım. Sonra sorunu bir sosyal hizmet çalışanına ileteceğim. ' +
    'Mesajlarını sadece sana yardım etmek için saklıyoruz. Adını vermek zorunda değilsin. ' +
    "Hemen bir insanla konuşmak mı istiyorsun? 'insan' ya da 'mens' yaz.",
  welcomeBack: 'Yeniden yazman güzel. Ben dijital asistanım, insan değilim.',
  askOpen: 'Neler oluyor? Kendi kelimelerinle anlat.',
  askOpenAgain: 'Ne konuda yardım istediğini henüz tam anlamadım. Biraz daha anlatabilir misin?',
  chooseDomain: 'Sorunun konusu ne? En uygun olanı seç.',
  domainOptions: {
    'self-reliance': 'Para, mektuplar ya da ev',
    health: 'Sağlık ve iyi hissetmek',
    network: 'Aile, yalnızlık ya da birine bakmak',
    neighbourhood: 'Komşular ve mahalle',
    'growing-up': 'Çocuklar, iş ya da dil',
  },
  somethingElse: 'Başka bir şey',
  questions: {
    'deadline-money': 'Bir şeyin olacağı bir tarih var mı? Örneğin gazın ya da suyun kesilmesi, ya da evden çıkarılma?',
    debts: 'Yaklaşık kaç borcun var? Kime borçlusun?',
    'help-money': 'Para işlerinde zaten yardım alıyor musun? Örneğin bir bewindvoerder (paranı yöneten kişi) ya da schuldhulp (borç danışmanlığı)?',
    document: 'Hangi mektup ya da form ile ilgili? Kimden geldi?',
    'deadline-paperwork': 'Ne zamana kadar yapılması gerekiyor? Mektupta bir tarih var mı?',
    'help-paperwork': 'Mektuba seninle birlikte bakan biri oldu mu?',
    'living-situation': 'Şu an nerede yaşıyorsun? Kendi evin var mı, yoksa geçici olarak bir yerde mi kalıyorsun?',
    'deadline-housing': 'Belli bir tarihte evinden çıkman gerekiyor mu? Ya da başka bir tarih var mı?',
    landlord: 'Ev sahibiyle ya da konut şirketiyle (woningcorporatie) konuştun mu?',
    'legal-matter': 'Konu ne? Örneğin bir para cezası, işten çıkarılma, bir anlaşmazlık ya da bir dava?',
    'deadline-legal': 'Cevap vermen gereken bir tarih var mı?',
    'help-legal': 'Bir avukatla ya da Juridisch Loket (ücretsiz hukuki danışma) ile konuştun mu?',
    'work-situation': 'Şu an bir işin ya da sosyal yardımın (uitkering) var mı? Yoksa okula mı gidiyorsun?',
    'work-goal': 'Ne yapmak isterdin? Çalışmak, bir kurs ya da gününü dolduracak bir şey mi?',
    'work-limits': 'Bunu zorlaştıran bir şey var mı? Örneğin sağlığın ya da dil?',
    children: 'Hangi çocuğunla ilgili? Kaç yaşında?',
    'child-situation': 'Çocuğunda ne fark ediyorsun? Evde, okulda ya da arkadaşlarıyla?',
    'help-youth': 'Şimdiden yardım eden var mı? Örneğin okul ya da jeugdteam (çocuk ve gençlik ekibi)?',
    'language-level': 'Felemenkçen şu an nasıl? Okuma, yazma ve konuşma?',
    'integration-status': 'Uyum programını (inburgering) yapman gerekiyor mu? Şimdiden bir dil kursun var mı?',
    'language-need': 'Dile en çok ne için ihtiyacın var? İş, mektuplar ya da insanlarla tanışmak için mi?',
    'neighbour-issue': 'Komşularla ne oluyor? Bu ne zamandır devam ediyor?',
    'neighbour-contact': 'Bu konuyu komşularınla konuştun mu?',
    'neighbour-others': 'Başka komşular da bundan rahatsız mı?',
    'activity-interest': 'Ne yapmaktan hoşlanırsın? Ya da ne öğrenmek istersin?',
    'activity-moment': 'Ne zaman vaktin var? Gündüz mü, akşam mı?',
    'activity-idea': 'Mahalle için bir fikrin mi var? Biraz daha anlat.',
    'mental-complaints': 'Ne zamandır böyle hissediyorsun?',
    'mental-daily': 'Uyuyabiliyor, yemek yiyebiliyor ve günü geçirebiliyor musun?',
    'help-mental': 'Zaten yardım alıyor musun? Örneğin aile hekiminden (huisarts) ya da bir psikologdan?',
    'health-limits': 'Sağlığın yüzünden artık neler iyi gitmiyor?',
    'health-daily': 'Alışveriş, ev işleri ve bir yere gitmek konusunda durum nasıl?',
    'help-health': 'Zaten yardım alıyor musun? Örneğin evde bakım (thuiszorg) ya da bir yardımcı araç?',
    'ageing-daily': 'Neler artık eskisi kadar iyi gitmiyor?',
    'ageing-safety': 'Yalnız mı yaşıyorsun? Evde kendini güvende hissediyor musun?',
    'help-ageing': 'Yardıma gelen biri var mı? Örneğin ailen ya da evde bakım (thuiszorg)?',
    substance: 'Konu ne? Örneğin alkol, uyuşturucu ya da kumar?',
    'substance-who': 'Bu seninle mi ilgili, yoksa başka biriyle mi?',
    'help-addiction': 'Bunun için daha önce yardım aldın mı?',
    'contact-frequency': 'Başka insanlarla ne sıklıkla görüşüyorsun?',
    'loneliness-wish': 'Nasıl bir iletişim isterdin? Örneğin birlikte yemek yemek, yürüyüş yapmak ya da bir arkadaş (maatje)?',
    'loneliness-barrier': 'Dışarı çıkmanı zorlaştıran bir şey var mı?',
    'care-for': 'Kime bakıyorsun? Onun için neler yapıyorsun?',
    'care-load': 'Bakım ne kadar zamanını alıyor? Hâlâ baş edebiliyor musun?',
    'help-care': 'Şimdiden yardım alıyor musun? Örneğin respijtzorg (dinlenebilmen için geçici bakım) ya da evde bakım (thuiszorg)?',
    'relationship-situation': 'Kiminle iyi gitmiyor? Eşinle, eski eşinle ya da ailenden biriyle mi?',
    'relationship-children': 'İşin içinde çocuklar var mı?',
    'relationship-safety': 'Evde kendini güvende hissediyor musun?',
    'tried-network': 'Şimdiye kadar kendin neler denedin? Çevrende yardım edebilecek biri var mı?',
    tried: 'Şimdiye kadar kendin neler denedin?',
    network: 'Çevrende yardım edebilecek biri var mı? Örneğin ailen, arkadaşların ya da komşuların?',
    wish: 'Şu an sana en çok ne yardımcı olur?',
  },
  summary: (sentences) => `Kısaca özetliyorum. Doğru anladım mı?\n${sentences.join('\n')}`,
  summaryTopics: (labels) => `- Sorunun konusu: ${joinTurkish(labels.map((label) => label.toLocaleLowerCase('tr')))}`,
  summaryQuote: (words) => `- Şunu yazdın: "${words}"`,
  summaryDeadline: (deadline) => `- Bir tarih var: ${deadline}`,
  summaryUrgent: '- Acil, bu hafta içinde',
  summaryTried: (tried) => `- Bunu zaten yaptın: ${tried}`,
  summaryNetwork: (network) => `- Çevrende: ${network}`,
  summaryWish: (wish) => `- Sana en çok bu yardımcı olur: ${wish}`,
  summaryCorrection: (correction) => `- Şunu ekliyorsun: "${correction}"`,
  confirmYes: 'Evet, doğru',
  confirmNo: 'Hayır, düzeltmek istiyorum',
  askCorrection: 'Ne doğru değil, ya da ne eklemek istiyorsun? Kendi kelimelerinle yaz.',
  offer: (offer) =>
    `Bu da senin için uygun olabilir: ${offer.name}. Açıklama (Felemenkçe): ${offer.description} ` +
    `Nerede: ${offer.place}. Ne zaman: ${offer.hours}.${offer.link ? ` Daha fazla bilgi: ${offer.link}` : ''} ` +
    'Bu sadece bir öneri. Bir sosyal hizmet çalışanı sana her durumda yardım edecek.',
  askContact: 'Sosyal hizmet çalışanı seninle nasıl iletişime geçsin?',
  contactOptions: { chat: 'Burada, sohbette', phone: 'Beni arayın', visit: 'Evime gelin' },
  askPhone: 'Sosyal hizmet çalışanı hangi numarayı arayabilir? Bu soruyu atlayabilirsin de.',
  askAddress: 'Sosyal hizmet çalışanı seni nerede ziyaret edebilir? Bu soruyu atlayabilirsin de.',
  skip: 'Atla',
  askConsent: 'Bu özeti ve konuşmamızı bir sosyal hizmet çalışanıyla paylaşabilir miyim?',
  consentYes: 'Evet, paylaşabilirsin',
  consentNo: 'Hayır',
  noConsent:
    "Tamam, hiçbir şey paylaşmıyorum. Daha sonra istediğin zaman yardım isteyebilirsin: 'insan' yaz. " +
    "Mesajlarını şimdi sileyim mi? O zaman 'beni unut' yaz.",
  handedOff: (when) =>
    `Teşekkürler. Sorunu bir sosyal hizmet çalışanına ilettim. ${when} Buraya yazmaya devam edebilirsin.`,
  humanRequested: (when) =>
    `Seni bir sosyal hizmet çalışanına aktarıyorum. Şimdiye kadar yazdıklarını görecek. ${when} Buraya yazmaya devam edebilirsin.`,
  openNow: (hours) => `Şu an çalışan biri var. Genellikle ${hours} saat içinde cevap alırsın.`,
  openLater: (moment) => `Şu an mesai saatleri dışındayız. Bir sosyal hizmet çalışanı ${moment} cevap verecek.`,
  moment: (dayOffset, weekday, time) => {
    const from = fromTime(time);
    return dayOffset === 0 ? `bugün ${from}` : dayOffset === 1 ? `yarın ${from}` : `${weekdays[weekday]} günü ${from}`;
  },
  stillWaiting: 'Sorun bir sosyal hizmet çalışanında. Mesajını da ekledim.',
  addedForWorker: 'Teşekkürler, bunu ekledim.',
  stopped: (days) =>
    `Tamam, burada bırakıyoruz. Mesajların ${days} gün sonra silinecek. ` +
    "Hemen silinsin mi? O zaman 'beni unut' yaz. İstediğin zaman yeniden başlayabilirsin.",
  forgetConfirm: 'Burada yazdığın her şeyi sileyim mi? Bu geri alınamaz.',
  forgetYes: 'Evet, her şeyi sil',
  forgetNo: 'Hayır, silme',
  forgotten: 'Her şey silindi. İstediğin zaman yeniden başlayabilirsin.',
  forgetCancelled: 'Tamam, hiçbir şey silmiyorum. Devam edelim.',
  restarted: 'Yeniden başlayalım.',
  restartWhileHandedOff: 'Sorun zaten bir sosyal hizmet çalışanında. Buraya yazmaya devam et.',
  help:
    "Ben dijital bir asistanım, insan değilim. İstediğin zaman şunları yazabilirsin: " +
    "sosyal hizmet çalışanı için 'insan' (ya da 'mens'), baştan başlamak için 'yeniden başla', " +
    "durmak için 'dur' (ya da 'stop'), her şeyi silmek için 'beni unut' (ya da 'vergeet mij').",
  unknownCommand: "Bu komutu bilmiyorum. Neler yapabileceğini görmek için 'yardım' yaz ya da neler olduğunu anlat.",
  nonText: (kind) =>
    `Teşekkürler. Maalesef ${kindNames[kind] ?? kindNames.other} açamıyorum. Anlatmak istediğini birkaç kelimeyle yazabilir misin?`,
  empty: 'Hiç yazı gelmedi. Ne anlatmak istiyorsun?',
  tooLong: (kept) =>
    `Mesajın çok uzun. İlk ${kept} karakteri sakladım. Geri kalanını bir sosyal hizmet çalışanı daha sonra seninle konuşabilir.`,
  workerClaimed: (name) => `${name} bir sosyal hizmet çalışanı ve sorunu üstlendi. Artık bir insanla konuşuyorsun.`,
  caseClosed: 'Sosyal hizmet çalışanı dosyanı kapattı. İstediğin zaman buraya yeniden yazabilirsin.',
  somethingWentWrong:
    "Özür dilerim, bende bir sorun oldu. Lütfen bir dakika sonra tekrar dene. Tehlikede misin? 112'yi ara.",
};

/** Commas only: topic labels often hold "ve" themselves ("para ve borçlar, iş"). */
function joinTurkish(items: string[]): string {
  return items.join(', ');
}

/**
 * "saat 09:00'dan itibaren": the ablative suffix follows the last number as it is spoken
 * (dokuz-dan, on-dan, sekiz-den, üç-ten, kırk-tan; with minutes: otuz-dan, kırk beş-ten).
 */
function fromTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return `saat ${time} itibarıyla`;
  const minutes = Number(match[2]);
  const spoken = minutes === 0 ? Number(match[1]) : minutes;
  return `saat ${time}'${ablative(spoken)} itibaren`;
}

function ablative(value: number): string {
  const units = value % 10;
  const tens = Math.floor(value / 10) % 10;
  // Suffix after the last spoken word: 1 bir, 2 iki, 3 üç, 4 dört, 5 beş, 6 altı, 7 yedi, 8 sekiz, 9 dokuz;
  // 10 on, 20 yirmi, 30 otuz, 40 kırk, 50 elli; 0 sıfır.
  const byUnit = ['', 'den', 'den', 'ten', 'ten', 'ten', 'dan', 'den', 'den', 'dan'];
  const byTens = ['dan', 'dan', 'den', 'dan', 'tan', 'den'];
  return units !== 0 ? byUnit[units] : byTens[tens] ?? 'dan';
}
