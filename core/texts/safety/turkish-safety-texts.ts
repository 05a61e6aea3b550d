import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'];

/*
 * Plain Turkish (B1), "sen". The services are Dutch, so each is named with a few words that say
 * what it is. A number is always followed by "numarasını ara" or stands after a colon, so that no
 * Turkish suffix has to fit a number the configuration may change; times likewise ("saat 09:00
 * itibarıyla").
 */
export const turkishSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Bunu bana yazdığın için teşekkür ederim. Bu yükü tek başına taşımak zorunda değilsin. ' +
        "Şimdi biriyle konuş: 113 Zelfmoordpreventie (Hollanda'daki intihar önleme hattı, İngilizce de konuşabilirsin). " +
        `Telefon: ${numbers.suicidePrevention} ya da ücretsiz ${numbers.suicidePreventionFree}. Yazışmak için: ${numbers.suicidePreventionChat}. ` +
        `Gece gündüz açıklar. Hayatın şu an tehlikedeyse hemen ${numbers.emergency} numarasını ara.`
      );
    }
    if (crisis === 'violence') {
      return (
        'Bunu yaşaman çok kötü. Bu senin suçun değil. ' +
        `Veilig Thuis'u ara (evde şiddet ve istismar için yardım hattı): ${numbers.domesticViolence}. Ücretsiz, gece gündüz açık ve adını söylemek zorunda değilsin. ` +
        `Şu an tehlikedeysen ${numbers.emergency} numarasını ara. Çocuk ya da gençsen De Kindertelefoon'u ara (çocuklar ve gençler için yardım hattı): ${numbers.childHelpline}.`
      );
    }
    return (
      `Hemen ${numbers.emergency} numarasını ara. Bu, ambulans, itfaiye ve polis için acil durum numarasıdır. ` +
      'Hatta kal ve sana söylediklerini yap.'
    );
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `O kişi için hemen ${numbers.emergency} numarasını ara. Nerede olduğunu ve ne gördüğünü söyle. Hatta kal.`;
    }
    if (crisis === 'suicide') {
      return (
        'Başka biri için endişelenmen çok iyi. 113 Zelfmoordpreventie (intihar önleme hattı) o kişinin çevresindeki insanlara da tavsiye verir: ' +
        `telefon ${numbers.suicidePrevention} ya da ücretsiz ${numbers.suicidePreventionFree}, yazışmak için ${numbers.suicidePreventionChat}. ` +
        `O kişi şu an tehlikedeyse ${numbers.emergency} numarasını ara.`
      );
    }
    return (
      "Endişeni söylemen çok iyi. Tavsiye için Veilig Thuis'u ara (evde şiddet ve istismar için yardım hattı): " +
      `${numbers.domesticViolence}, ücretsiz, gece gündüz. Komşu ya da akraba olarak da arayabilirsin ve adını söylemek zorunda değilsin. ` +
      `Şu an tehlike varsa ${numbers.emergency} numarasını ara.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Bu çok ciddi. Şimdi ${numbers.emergency} numarasını ara ya da ${numbers.suicidePrevention} numarasını ara ve hatta kal. ` +
        'Kullanmak istediğin şeyi uzağa koy ya da birine ver. Yanında başka insanların olduğu bir yere git.'
      );
    }
    if (crisis === 'violence') {
      return (
        `Bu çok ciddi. Şimdi ${numbers.emergency} numarasını ara. Güvenli bir şekilde dışarı çıkabilir misin? ` +
        'Komşuya ya da insanların olduğu bir yere git ve oradan ara.'
      );
    }
    return `Şimdi ${numbers.emergency} numarasını ara. Bekleme. Nerede olduğunu söyle ve hatta kal.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Aramak zorunda değilsin. 113 ile yazışarak da konuşabilirsin, gece gündüz: ${numbers.suicidePreventionChat}. ` +
        'Ya da güvendiğin birine şimdi bir mesaj gönder: "Yanıma gelebilir misin?"'
      );
    }
    if (crisis === 'violence') {
      return (
        `Aramak zorunda değilsin. Veilig Thuis ile internetten yazışabilirsin: ${numbers.domesticViolenceChat}. ` +
        `18 yaşından küçüksen De Kindertelefoon ile yazış: ${numbers.childHelplineChat}. Daha güvenliyse sonra telefonundaki geçmişi sil.`
      );
    }
    return (
      `Kendin arayamıyor musun? Yakınındaki birinden ${numbers.emergency} numarasını aramasını iste. ` +
      `Ya da ${numbers.emergency} numarasına SMS gönder, eğer bunun için önceden kayıt olduysan.`
    );
  },
  stayWithYou: [
    'Mesajını okudum ve dosyana kaydedildi. Ben dijital bir asistanım, insan değilim. Şimdi biriyle konuşmak ister misin? Yukarıdaki numaraları arayabilir ya da onlarla yazışabilirsin.',
    'Yazmaya devam ettiğin için teşekkür ederim. Yukarıdaki numaralar şimdi açık, gece gündüz. Burada yazdığın her şeyi bir sosyal çalışan okuyacak.',
    'Bununla yalnız değilsin. Yakınında, şimdi yanına gelmesini isteyebileceğin biri var mı?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'Sana doğrudan bir şey sormak istiyorum, çünkü çok zor bir dönemden geçiyor gibisin. Hayatına son vermeyi düşünüyor musun? ' +
        `113 ile her zaman konuşabilirsin: ücretsiz ${numbers.suicidePreventionFree} numarasını ara ya da ${numbers.suicidePreventionChat} üzerinden yazış.`
      );
    }
    if (concern === 'violence') {
      return (
        'Sana doğrudan bir şey sormak istiyorum. Şu an tehlikede misin, ya da biri sana veya başka birine zarar veriyor mu? ' +
        `Veilig Thuis (evde şiddet için yardım hattı) gece gündüz açık: ${numbers.domesticViolence}. Hemen tehlike varsa: ${numbers.emergency}.`
      );
    }
    return `Sana doğrudan bir şey sormak istiyorum. Şu an biri tehlikede mi, ya da hemen tıbbi yardım gerekiyor mu? O zaman ${numbers.emergency} numarasını ara.`;
  },
  concernYes: 'Evet',
  concernNo: 'Hayır',
  concernDeclined: 'Cevabın için teşekkür ederim. Bu değişirse, burada her zaman söyleyebilirsin. Devam edelim.',
  handOffOpen: 'Mesajını şimdi öncelikli olarak bir sosyal çalışana iletiyorum. En kısa sürede sana cevap verecek. Burada yazmaya devam edebilirsin.',
  handOffClosed: (opening, numbers) =>
    `Ekip şu an kapalı. Bir sosyal çalışan mesajını ${turkishSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)} öncelikli olarak okuyacak. ` +
    'O zamana kadar burada kimse mesajları okumuyor. Ama hemen biriyle konuşabilirsin: ' +
    `${numbers.suicidePrevention} (113 Zelfmoordpreventie, intihar önleme hattı), ${numbers.domesticViolence} (Veilig Thuis, evde şiddet için yardım hattı) ` +
    `ve ${numbers.emergency} (acil durum numarası).`,
  workerAlerted: 'Bu konuda sosyal çalışanına hemen haber verdim.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0
      ? `bugün saat ${time} itibarıyla`
      : dayOffset === 1
        ? `yarın saat ${time} itibarıyla`
        : `${weekdays[weekday]} günü saat ${time} itibarıyla`,
};
