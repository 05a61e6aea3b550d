import { describe, expect, it } from 'vitest';
import { foldPattern, foldText } from '../../core/safety/fold-letters.js';
import { turkishSafetyLexicon } from '../../core/safety/lexicons/turkish-safety-lexicon.js';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';
import { dutchCrisisNumbers } from '../../core/texts/assistant-texts.js';
import { turkishSafetyTexts } from '../../core/texts/safety/turkish-safety-texts.js';

/*
 * Turkish as residents write it: with and without ç ğ ı ö ş ü, chat spellings ("istiyom", "bni",
 * "oldurcem"), Dutch words mixed in ("mijn man beni dövüyor"), and the everyday idioms that use
 * the same words ("gülmekten öldüm", "canım sıkılıyor", "bu iş beni öldürüyor").
 */
/** The tier the Turkish lexicon alone gives, read as safety-check.ts reads it (spellings, then figurative phrases blanked). */
function turkishTier(text: string): 'crisis' | 'concern' | 'none' {
  const compile = (patterns: readonly string[], flags = 'u') => new RegExp(`(?:^| )(?:${patterns.map(foldPattern).join('|')})(?= |$)`, flags);
  const spellings = turkishSafetyLexicon.spellings ?? {};
  const read = foldText(text).split(' ').flatMap((word) => spellings[word]?.split(' ') ?? [word]).join(' ').replace(compile(turkishSafetyLexicon.figurative, 'gu'), ' ~ ');
  const ids = ['suicide', 'violence', 'emergency'] as const;
  if (ids.some((id) => compile(turkishSafetyLexicon.crisis[id]).test(read))) return 'crisis';
  return ids.some((id) => compile(turkishSafetyLexicon.concern[id]).test(read)) ? 'concern' : 'none';
}

describe('the safety check in Turkish', () => {
  it.each([
    // A wish to die, said plainly, in many styles.
    ['Artık yaşamak istemiyorum', 'suicide'],
    ['artik yasamak istemiyorum hicbir seyin anlami yok', 'suicide'],
    ['ölmek istiyorum ya', 'suicide'],
    ['bn olmek istiyom artik dayanamiyorum', 'suicide'],
    ['keşke ölsem de kurtulsam', 'suicide'],
    ['keske uyusam ve bir daha uyanmasam', 'suicide'],
    ['Kendimi öldürmeyi düşünüyorum', 'suicide'],
    ['kndmi oldurcem bu gece', 'suicide'],
    ['intiar edicem', 'suicide'],
    ['canıma kıymak istiyorum', 'suicide'],
    ['hayatima son vericem', 'suicide'],
    ['Allah\'tan ölüm diliyorum', 'suicide'],
    ['yaşamanın bir anlamı yok', 'suicide'],
    ['bensiz herkes daha mutlu olur', 'suicide'],
    ['ben olmasam herkes daha rahat eder', 'suicide'],
    ['uyku haplarını biriktiriyorum', 'suicide'],
    ['bütün ilaçlarımı içeceğim', 'suicide'],
    ['köprüden atlayacağım', 'suicide'],
    ['kendimi trenin önüne atacağım', 'suicide'],
    ['jilet atıyorum kollarıma', 'suicide'],
    ['kendime zarar veriyorum', 'suicide'],
    ['ik wil ölmek, ik kan niet meer', 'suicide'],
    ['kızım ölmek istediğini söylüyor', 'suicide'],
    ['kendimi öldürsem mi diye düşünüyorum', 'suicide'],
    ['gözlerimi kapatıp bir daha açmamak istiyorum', 'suicide'],
    ['dood gaan istiyorum', 'suicide'],
    ['yaşamak istemiyorum bu dünyada', 'suicide'],
    // Violence at home, a child who sees it, control, sexual abuse told as a secret, honour.
    ['kocam beni dövüyor', 'violence'],
    ['kocam bni dövüyo', 'violence'],
    ['esim beni doviyor', 'violence'],
    ['mijn man beni dövüyor', 'violence'],
    ['mn man döğüyor', 'violence'],
    ['babam annemi dövüyor her akşam', 'violence'],
    ['babam bize kemerle vuruyor', 'violence'],
    ['annem beni terlikle dövüyor', 'violence'],
    ['dayak yiyorum', 'violence'],
    ['boğazımı sıktı', 'violence'],
    ['evde şiddet görüyorum', 'violence'],
    ['kocam beni öldüreceğini söylüyor', 'violence'],
    ['beni eve kilitliyor ve dışarı çıkmama izin vermiyor', 'violence'],
    ['kocam pasaportumu elimden aldı', 'violence'],
    ['oğlum emekli maaşımı zorla alıyor', 'violence'],
    ['amcam geceleri odama geliyor ve bunun bizim sırrımız olduğunu söylüyor', 'violence'],
    ['üvey babam gece yatağıma giriyor', 'violence'],
    ['ailem beni zorla evlendirmek istiyor', 'violence'],
    ['abim namus yüzünden beni öldürmekle tehdit ediyor', 'violence'],
    ['kocamdan çok korkuyorum', 'violence'],
    ['eski kocam beni takip ediyor ve öldüreceğini söylüyor', 'violence'],
    ['eşim istemediğim halde benimle birlikte oluyor', 'violence'],
    ['gelinim annemi aç bırakıyor', 'violence'],
    ['komşu kadın her gece dövülüyor, çığlıklarını duyuyorum', 'violence'],
    // Emergencies, told as a story.
    ['annem nefes almıyor', 'emergency'],
    ['dedem bayıldı ve ayılmıyor', 'emergency'],
    ['babam yerde yatıyor tepki vermiyor', 'emergency'],
    ['babam düştü kalkamıyor', 'emergency'],
    ['bebek boğuluyor', 'emergency'],
    ['kanama durmuyor', 'emergency'],
    ['babam kalp krizi geçiriyor', 'emergency'],
    ['annemin ağzı kaydı, konuşması bozuldu', 'emergency'],
    ['oğlum çok fazla hap içti', 'emergency'],
    ['cocuk camasir suyu icti', 'emergency'],
    ['mutfakta yangın var', 'emergency'],
    ['gaz kokuyor merdivende', 'emergency'],
    ['elinde bıçak var bize saldırıyor', 'emergency'],
    ['arı soktu, boğazı şişiyor, nefes alamıyor', 'emergency'],
    ['nabzı yok', 'emergency'],
    ['komşumu bir haftadır görmedim, posta birikti, kötü koku var', 'emergency'],
    // Near a figurative phrase, but meant: the idiom must not swallow them.
    ['kocam işten gelince beni öldürecek', 'violence'],
    ['intihar etmem lazım', 'suicide'],
    ['intihar etmeyi düşünmüyorum ama artık yaşamak istemiyorum', 'suicide'],
    ['eskiden kocam beni dövüyordu, hâlâ dövüyor', 'violence'],
    ['oğlumun babası gece odama geliyor', 'violence'],
    ['kocam polise söylersem beni öldürmekle tehdit ediyor', 'violence'],
    ['İstanbulda kızım suda boğuldu', 'emergency'],
    ['ÖLMEK İSTİYORUM', 'suicide'],
    ['olmekistiyorum', 'suicide'],
    ['babam slaat annemi', 'violence'],
    ['artık bu hayatı istemiyorum', 'suicide'],
    ['kendimi yok etmek istiyorum', 'suicide'],
    ['bebeğim mosmor oldu', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['artık dayanamıyorum', 'suicide'],
    ['umudum kalmadı hiç', 'suicide'],
    ['herkese yük oluyorum', 'suicide'],
    ['kimse beni özlemez', 'suicide'],
    ['yok olmak istiyorum', 'suicide'],
    ['keşke hiç doğmasaydım', 'suicide'],
    ['Allahım canımı al artık', 'suicide'],
    ['kollarımda kesikler var', 'suicide'],
    ['kaç tane uyku hapı öldürür', 'suicide'],
    ['kedimi komşuya verdim, evraklarımı düzenledim, hakkınızı helal edin', 'suicide'],
    ['eve gitmeye korkuyorum', 'violence'],
    ['evde güvende değilim', 'violence'],
    ['evde olanları kimseye anlatamam', 'violence'],
    ['babam öğrenirse beni öldürür', 'violence'],
    ['vücudumda morluklar var', 'violence'],
    ['kocam kıskanç, telefonumu kontrol ediyor, sinirlenince çok korkuyorum', 'violence'],
    ['yan daireden çığlık sesleri geliyor', 'violence'],
    ['amcam bana garip şekilde dokunuyor', 'violence'],
    ['oğlum AOW\'umu alıyor', 'violence'],
    ['babam nefes almakta zorlanıyor', 'emergency'],
    ['annem birden fenalaştı', 'emergency'],
    ['alzheimer olan annem kayboldu', 'emergency'],
    ['yaşlı komşumun perdeleri günlerdir kapalı', 'emergency'],
    ['her şey benim yüzümden, ortadan kalkmam lazım', 'suicide'],
    ['babam bana kötü şeyler yapıyor', 'violence'],
    ['üvey babam ben yıkanırken banyoya giriyor', 'violence'],
    ['evde bağırışlar oluyor ve annem ağlıyor, korkuyorum', 'violence'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Figurative: the same words for everyday things.
    'gülmekten öldüm bu videoya', 'canım sıkılıyor, hafta sonu ne yapsam', 'açlıktan ölüyorum, yemek ne zaman', 'bu iş beni öldürüyor', 'bu bürokrasi beni öldürüyor',
    'telefonum öldü, şarj aleti lazım', 'borç içinde boğuluyorum', 'nefes alacak vaktim yok, üç işte çalışıyorum', 'ölsem de bu parayı ödeyemem',
    'kalp krizi geçirecektim fatura gelince', 'annem beni öldürecek, karnem kötü geldi haha',
    // Negated and told as the past.
    'kendime zarar vermem, merak etme', 'eskiden babam beni döverdi, şimdi iş arıyorum',
    'Kocamla aramız iyi değil ama şiddet yok, sadece tartışıyoruz', 'babam geçen yıl kalp krizi geçirmişti, şimdi iyi',
    // Where one does not want to live is about housing.
    'Hollanda\'da yaşamak istemiyorum, Türkiye\'ye dönmek istiyorum', 'bu evde yaşamak istemiyorum, rutubet var', 'Bu mahallede yaşamak istemiyorum, çok tehlikeli',
    // Threats that are paperwork; words that fold into others.
    'kira borcum var, ev sahibi tahliye ile tehdit ediyor', 'Deurwaarder eşyalarıma haciz koymakla tehdit ediyor', 'borçlardan çıkış yolu göremiyorum',
    'dövme yaptırmak istiyorum', 'döviz kuru çok yükseldi', 'oğlum 2010da doğdu', 'kızım dövüş sporu yapıyor', 'şiddetli bel ağrım var, fizyoterapi lazım',
    'hapishanedeki kardeşim için ziyaret', 'kendimi bu yıl aştım, çok başarılıyım', 'kendimi dışarı attım biraz hava aldım', 'olum bekle biraz geliyorum',
    'geçen hafta annem yanıma geldi', 'evde ışık yanıyor ama elektrik sayacı çalışmıyor', 'komşunun mangal dumanı balkona geliyor', 'gaz faturası çok yüksek',
    'çocuklar oyun oynarken birbirini dövüyor', 'ilaçlarımı buzdolabında saklıyorum', 'bu gürültüye artık dayanamıyorum',
    // Everyday help questions.
    'kiramı ödeyemiyorum ne yapmam lazım', 'borçlarım çok, çaresizim', 'yaşlı annemin ilaçları çok pahalı', 'size yük olmak istemem ama yardıma ihtiyacım var',
    'sığınma başvurum ne oldu', 'evden çıkmamız gerekiyor, ev sahibi bizi evden atacak', 'Belastingdienst\'ten mektup geldi, anlamadım', 'Oğlum okulda zorlanıyor',
    'Bu şekilde devam edemem, borçlar büyüyor', 'Kızım düştü kolu kırıldı, alçıya aldılar, sigorta öder mi', 'Babamın ölümünden sonra annem yalnız kaldı',
    'Mijn man werkt veel, ben evde çocuklarla yalnızım', 'belediye mailime tepki vermiyor',
    'Kardeşim tekvandoda rakibini dövdü, madalya aldı', 'Kocam pasaportumu konsolosluktan aldı, şimdi bende', 'Bebeğim gece yatağımıza geliyor',
    'Sigara içerken balkonda duman çıkıyor', 'Televizyonda şiddet haberleri çok fazla', 'Namusum için çalışıyorum, dürüst insanım', 'Bıçakla ekmek keserken elimi kestim, dikiş gerekir mi',
    'Çamaşır ipi balkonda koptu', 'İptal etmek istiyorum randevumu', 'Tren yolu yanında oturuyoruz, çok gürültü var', 'Burada yaşamak istemiyorum artık, taşınmak istiyorum',
    'Kimseye yük olmak istemiyorum, kendi işimi kendim yapıyorum', 'Ölmeden önce Mekke\'ye gitmek istiyorum', 'Topa vurdu gol attı oğlum', 'Şerefe! Doğum günün kutlu olsun',
  ])('none: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  /*
   * "intihar" is also arabizi for انتحار, and every lexicon reads every message: the Arabic
   * lexicon's arabizi pattern can flag these Turkish sentences, which the Turkish lexicon reads as
   * negated or as a school subject. Here the Turkish reading alone is checked.
   */
  it.each([
    'intihar etmeyi hiç düşünmedim, sadece işsizim', 'Ben asla intihar etmem, sadece yorgunum', 'İntihar önleme hakkında bir sunum hazırlıyorum',
    'Kızımın ödevi intihar konulu bir kitap hakkında', 'Bu havada dağa çıkmak intihar gibi',
  ])('none in the Turkish reading: %s', (text) => {
    expect(turkishTier(text)).toBe('none');
  });

  it('marks a message about someone else, and not one about oneself', () => {
    expect(detectSafety('komşum günlerdir kapıyı açmıyor, kötü bir koku var, posta birikti, günlerdir görmedim').bystander).toBe(true);
    expect(detectSafety('arkadaşım kendine zarar veriyor').bystander).toBe(true);
    expect(detectSafety('yan daireden çığlık sesleri geliyor, bir kadın ağlıyor')).toMatchObject({ tier: 'concern', bystander: true });
    expect(detectSafety('kocam beni dövüyor').bystander).toBe(false);
    expect(detectSafety('erkek arkadaşım beni dövüyor').bystander).toBe(false);
  });

  it('reads a plan, means, a time or being alone, and a refusal to call', () => {
    expect(mentionsRisk('hapları hazırladım, bu gece')).toBe(true);
    expect(mentionsRisk('evde kimse yok, yalnızım')).toBe(true);
    expect(mentionsRisk('köprünün üstündeyim')).toBe(true);
    expect(mentionsRisk('ilaçları zaten içtim')).toBe(true);
    expect(mentionsRisk('kocam eve geliyor')).toBe(true);
    expect(mentionsRisk('teşekkür ederim')).toBe(false);
    expect(refusesToCall('arayamam, kocam duyar')).toBe(true);
    expect(refusesToCall('aramak istemiyorum')).toBe(true);
    expect(refusesToCall('Hollandaca bilmiyorum, telefonla konuşamam')).toBe(true);
    expect(refusesToCall('kimse bana yardım edemez')).toBe(true);
    expect(refusesToCall('tamam, şimdi arıyorum')).toBe(false);
  });

  it('answers in Turkish with the configured numbers, never a hard-coded one', () => {
    const numbers = { ...dutchCrisisNumbers, emergency: '911', suicidePrevention: '999', domesticViolence: '0800-1111' };
    expect(turkishSafetyTexts.crisis('suicide', numbers)).toContain('999');
    expect(turkishSafetyTexts.crisis('emergency', numbers)).toContain('911');
    expect(turkishSafetyTexts.crisis('violence', numbers)).toContain('0800-1111');
    for (const id of ['suicide', 'violence', 'emergency'] as const) {
      for (const text of [turkishSafetyTexts.crisis(id, numbers), turkishSafetyTexts.bystander(id, numbers), turkishSafetyTexts.urgent(id, numbers)]) {
        expect(text).not.toMatch(/\b112\b/);
        expect(text).toContain('911');
      }
      expect(turkishSafetyTexts.concernQuestion(id, numbers)).not.toMatch(/\b112\b/);
      expect(turkishSafetyTexts.refusesToCall(id, numbers)).not.toMatch(/\b112\b/);
    }
    expect(turkishSafetyTexts.moment(1, 2, '09:00')).toBe('yarın saat 09:00 itibarıyla');
    expect(turkishSafetyTexts.handOffClosed({ dayOffset: 3, weekday: 1, time: '09:00' }, numbers)).toContain('Pazartesi');
  });
});

describe('the widened Turkish families (new sentences, not the read misses)', () => {
  it.each([
    // Not waking up, as a prayer or a wish; pills kept instead of taken.
    ['her gece bir daha uyanmayayım diye dua ediyorum', 'suicide'],
    ['sabah hiç uyanmasam keşke', 'suicide'],
    ['hic uyanmadan uyumak istiyorum', 'suicide'],
    ['doktorun ilaçlarını içmiyorum, hepsini çekmecede biriktiriyorum', 'suicide'],
    // A belt used to "discipline", an elderly parent locked in, a passport taken.
    ['babam kardeşimi kemerle cezalandırıyor', 'violence'],
    ['amcam bizi sopayla terbiye ediyor', 'violence'],
    ['abim babamı odasına kilitliyor, maaşını da alıyor', 'violence'],
    ['kocam pasaportumu sakladı, kapıyı kilitliyor', 'violence'],
    ['kaynanam kimliğimi aldı, dışarı çıkmama izin yok', 'violence'],
    ['eski kocam oğlumu okuldan aldı, telefonu kapalı, Türkiye\'ye götürecekmiş', 'violence'],
    // Gas with someone fainting.
    ['şofbenden gaz kokusu geliyor, annem bayıldı', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Farewell and thanks, belongings given away, a letter left, the key under the mat, tried before, a phone off.
    ['herkese teşekkürler, saatimi yeğenime bıraktım', 'suicide'],
    ['benden bu kadar. gitarımı en yakın arkadaşıma verdim', 'suicide'],
    ['artık yoruldum, kitaplarımı ve laptopumu dağıttım', 'suicide'],
    ['kimseye yük olmak istemiyorum, çocuklara birer not bıraktım', 'suicide'],
    ['anahtarı saksının altına koydum, beni affedin', 'suicide'],
    ['ablam daha önce denemişti, şimdi telefonu kapalı', 'suicide'],
    ['dayım herkesten helallik istiyor', 'suicide'],
    ['Allah beni alsın artık', 'suicide'],
    ['her gece köprünün üstünde bekliyorum saatlerce', 'suicide'],
    ['istasyonda dikilip atlamaya cesaretim yok diye düşünüyorum', 'suicide'],
    ['dayım annene anlatma diyor, odama geliyor', 'violence'],
    // Coercive control, not let out, sent back, "if you tell".
    ['kocam maaşımı kendi hesabına geçiriyor, el koydu', 'violence'],
    ['süt almak için bile kocamdan para istemem lazım, fişleri gösteriyorum', 'violence'],
    ['eşim beni evden dışarı bırakmıyor', 'violence'],
    ['seni köyüne geri yollarım diyor', 'violence'],
    ['birine söylersen seni memlekete geri gönderirim dedi', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Hard negatives: negated, someone else long ago, everyday uses.
    'Hayır intiharı hiç düşünmüyorum, sadece iş arıyorum',
    'kendime bir şey yapmam, merak etmeyin, sadece konuşmak istiyorum',
    'Babamın intihar ettiği günün yıldönümü yarın, 20 yıl oldu, iyiyim',
    'intihar eden komşumun anma töreni var, nereye çiçek gönderebilirim',
    'Kocam beni dışarı çıkarmıyor hiç gezmeye, sıkıldım',
    'pasaportumu belediyeden aldım, randevu lazım',
    'maaşımı bankaya aktarıyorlar ayın 25inde',
    'kardeşime eski telefonumu verdim, yenisini aldım',
    'Arabamı sattım çünkü park pahalı',
    'herkese teşekkür ederim yardımınız için',
    'ilaçlarımı buzdolabında saklıyorum',
    'sabah erken uyanmayayım diye alarmı kapattım',
    'köprüden geçiyorum her gün işe giderken',
    'bu dersi atlasam ne olur',
    'kocam oğlumu okuldan aldı, parka gittiler',
  ])('none: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Turkish families widened after files m, n and o (new sentences, not the read misses)', () => {
  it.each([
    // Belongings given away with "I don't need it any more", the house key left for someone, "ending everything" now.
    ['esim vefat etti. saatimi ve yuzugumu torunuma verdim, bana gerek yok artik', 'suicide'],
    ['kitaplarimi arkadasima biraktim, evin anahtarini kime birakayim bilmiyorum', 'suicide'],
    ['haftaya herseyi bitiriyorum, kimse bilmesin', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // A child who swallowed a dishwasher or laundry capsule, a magnet, something, and now vomits or cannot breathe.
    ['kizim camasir makinesi kapsulunu agzina atmis, simdi kusuyor', 'emergency'],
    ['torunum miknatis yutmus, karnim agriyor diyor', 'emergency'],
    ['oglum bir sey yutmus galiba nefes alamiyor', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Shouting thought to be a beating and then not; baby clothes given away; a mother who forgets her pill;
    // a gambling brother who says he is fine; Dutch "veilig thuis" meaning safe at home.
    'ust kattan ciglik sesi geldi, biri dovuluyor sandim ama meger cocuklar oyun oynuyormus',
    'bebek kiyafetlerini komsuya verdim, buyudu artik. ikinci el esya nerede satilir?',
    'annem ilacini yuttu mu bilmiyorum, unutkan oldu, evde bakim var mi',
    'dayim kumar bagimlisi, dedemin emekli ikramiyesini de kaybetti, kendisi iyi oldugunu soyluyor',
    'oma vergeet soms haar pillen maar ze is verder veilig thuis, wat voor hulp is er?',
  ])('none: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Turkish families widened after files q and u (new sentences, not the read misses)', () => {
  it.each([
    // A scald or burn that blisters or whitens the skin: hot water, tea or oil spilled on a child, the iron touched.
    ['kizimin uzerine kaynar su dokuldu, gogsu su topladi, cok agliyor', 'emergency'],
    ['Oğlum sıcak çayı üstüne döktü, bacağında kabarcıklar çıktı', 'emergency'],
    ['tavadaki kızgın yağ kızımın eline sıçradı, derisi bembeyaz oldu', 'emergency'],
    ['bebek ütüye dokundu eli yandı, kabardı', 'emergency'],
    // Choking: something swallowed, then the lips or face turning blue.
    ['torunum fıstık yuttu, dudakları morarıyor', 'emergency'],
    ['bebek boncuk yutmus, rengi morardi', 'emergency'],
    // A fall from a balcony or window; from the stairs with the head bleeding.
    ['kızım balkondan düştü, 2. kat, kıpırdamıyor', 'emergency'],
    ['yegenim 3. kattan camdan dusmus, ambulans geliyor mu bilmiyorum', 'emergency'],
    ['dedem merdivenden yuvarlandı, kafası kanıyor ve konuşmuyor', 'emergency'],
    // An older relative locked in, or her card or pension taken while the fridge is empty or medicine cannot be bought.
    ['babaannemi amcam evde kilitli tutuyor, telefonunu da aldı', 'violence'],
    ['ablam annemin emekli maaşını alıyor, annemin buzdolabı bomboş, ilaçlarını alamıyor', 'violence'],
    ['kardeşim dedemin banka kartını almış, ilaç alınmıyor, karışma diyor', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Belongings handed out as keepsakes, with a farewell or a withdrawal after a loss.
    ['babam annemin ölümünden beri odasından çıkmıyor, saatini bana verdi', 'suicide'],
    ['kardeşim kolyesini bana verdi, "benden sana hatıra" dedi', 'suicide'],
    ['abim gitarını arkadaşına bıraktı, artık sizi rahatsız etmeyeceğim diye yazdı', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Grief that "kills me inside", a beating that was a game, a screening question answered no, a match lost.
    'babamın hastalığı beni içten içe bitiriyor, bakım evi arıyoruz',
    'bu beni yavaş yavaş öldürüyor, kira her ay artıyor',
    'kızım ağabeyi beni dövdü diye ağladı, meğer oyun oynuyorlarmış',
    'doktor her seferinde intihar etmeyi düşünüyor musun diye soruyor, hayır diyorum',
    'fenerbahçe beni öldürdü yine 😂 maç bileti nereden alınır',
    // Pills forgotten, a utility's threat, a past told as over, a small burn, a flowerpot that fell.
    'annem ilaçlarını karıştırıyor, 80 yaşında, evde bakım lazım',
    'elektrik şirketi elektriği kesmekle tehdit ediyor, faturayı ödeyemedim',
    'Eskiden kocam bana el kaldırırdı ama boşandık, o dönem bitti',
    'kaynar suyla çay demledim, elim biraz kızardı',
    'Balkondan düşen saksı arabaya çarptı, sigorta öder mi',
    'annem gün boyu kimseyle konuşmuyor, yalnız yaşıyor, Türkçe kahve grubu var mı',
  ])('none: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Turkish guards added after the w1 training file (new sentences)', () => {
  it.each([
    // Fines that "will kill me", chest tightness a doctor already checked, a rumoured marriage asked about rather than answered.
    'bu vergi formları beni öldürecek, kim yardım eder',
    'göğsüm ağrıyor ama doktor kalbim sağlam dedi, sadece stres',
    'Kaynanam gelirse intihar ederim şaka şaka, misafir odası lazım',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });

  it('asks about a forced marriage heard as a rumour', () => {
    expect(detectSafety('kuzenimi memlekete götürüp evlendireceklermiş diye duydum, 15 yaşında', { learned: false })).toMatchObject({ tier: 'concern', concern: 'violence' });
  });
});

describe('the Turkish families added after the w2 to w4 training files (new sentences, not the read misses)', () => {
  it.each([
    // A last post with a means in view; a life insurance, "an accident" and hidden debts.
    ['kuzenim facebooka son paylasimim diye yazmis, koprunun fotografi var', 'suicide'],
    ['Bu son mesajım, balkondayım, hoşça kalın', 'suicide'],
    ['hayat sigortam kaza olursa ödüyor mu? borçlarım çok, kimse bilmiyor', 'suicide'],
    // A cry for help, then silence.
    ['üst katta kadın imdat diye bağırdı, sonra ses kesildi', 'violence'],
    ['komsuda cocuk agladi ve birden sustu, adam bagiriyordu, yardim edin dedi sonra sessizlik', 'violence'],
    // An elderly person locked in or pushed.
    ['dayım halamı odaya kilitliyor, yemek vermiyor', 'violence'],
    ['oğlu annesini merdivenden itti, kadın ağlıyor', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // A burden thought with a reason for living; a bank card held by a son.
    ['ben olmasam her şey daha kolay olurdu, ama kızım var', 'suicide'],
    ['dedemin banka kartını oğlu almış, parası yok', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // An employer keeping the passport; a hedged breathlessness; an office that does not answer.
    'Şefim pasaportumu aldı, geri vermiyor, hakkım ne?',
    'sanki nefes alamıyorum gibi oluyor stresten, doktor temiz dedi',
    'UWV başvurusu yaptım 6 haftadır cevap yok, belediye telefonu açmıyor',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Turkish after files s and v: a stroke of the past and a person cared for now, violence a few years ago', () => {
  it.each([
    'Annem felç geçirdi, ona ben bakıyorum ve işten izin alamıyorum. PGB nasıl başvurulur?',
    'Birkaç yıl önce eşim bana şiddet uyguluyordu, boşandım ve şimdi çok iyiyim. İş arıyorum.',
    'Geçen yıl intihar etmeyi bile düşündüm ama artık terapiye gidiyorum ve çok daha iyiyim.',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
  it.each([
    ['babam şu an felç geçiriyor galiba, ağzı kaydı, konuşamıyor', 'emergency'],
    ['eşim bana yine şiddet uyguluyor, çocuklar da evde', 'violence'],
  ])('still a crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
});

describe('Turkish after files x, y, z and za: "yeter vurma" heard from a neighbour', () => {
  it('a woman crying "don\'t hit" heard downstairs is asked about', () => {
    expect(detectSafety('Yan dairede bir kadın "yapma vurma" diye bağırıyor, çocuk da ağlıyor', { learned: false })).toMatchObject({ tier: 'concern', concern: 'violence' });
  });
});

describe('Turkish after the t3 training file: pills gathered and counted by a worn-out carer', () => {
  it('old pills kept in a box and "if I were not there they would care better" is asked about', () => {
    expect(detectSafety('Babamın eski ilaçlarını bir kutuda topladım, her akşam sayıyorum. Ben olmasam belediye ona bakar.', { learned: false }).tier).not.toBe('none');
  });
  it('pills counted alone are no signal', () => {
    expect(detectSafety('Annemin haplarını sayıyorum, eczane eksik vermiş, kime sorayım?', { learned: false }).tier).toBe('none');
  });
});

describe('Turkish after the t4 training file: a child playing, a school presentation, barbecue smoke', () => {
  it.each([
    'Kızım oynarken kardeşine "seni öldürürüm" diyor, çizgi filmden duymuş, ne yapayım?',
    'İntihar hakkında sunum hazırlıyorum, Türkçe bilgi var mı?',
    'Komşu mangaldan gelen duman yüzünden şikayet ediyor, balkonda mangal yasak mı?',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Turkish after the 2 December files a-d: a bridge and "nobody will see me again", a rail looked over, a belt, a farewell with bracelets', () => {
  it.each([
    'bu gece köprüye gidiyorum, bir daha beni kimse görmeyecek',
    'Gece balkonda korkuluğa yaslanıp aşağı bakıyorum, kimse bilmiyor',
    'Komşunun oğlu babam kemerle diye ağladı, eve gitmek istemiyor',
    'Bileziklerimi gelinime bıraktım, herkese hakkımı helal ediyorum, artık kimseye yük olmayacağım',
  ])('at least asked: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('none');
  });
  it.each([
    'Eski kocam yıllar önce beni döverdi, şimdi boşandık ve iyiyim. Sosyal konut için başvuru nasıl?',
    'Annemle babam bağırıyor ama vurmuyorlar falan, sadece ders çalışamıyorum',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Turkish after the 2 December files e-h and the long stories', () => {
  it('a child told that telling the secret would make mother die is a crisis', () => {
    expect(detectSafety('Kızım dedi ki dayısı anlatırsam annem ölecekmiş demiş, her hafta oraya gidiyor', { learned: false })).toMatchObject({ tier: 'crisis', crisis: 'violence' });
  });
  it.each([
    'Televizyonda kendini öldüren bir öğretmenin belgeseli vardı, oğlum çok etkilendi',
    'Haberlerde bir kadının bıçaklandığını okuduk, bizim mahallede gençler için bir yer var mı?',
    'Bu bürokrasi beni öldürecek, üç aydır bekliyorum',
    'Babam hep beni öldürür derdi ama mecazi tabii, sadece kızardı',
    'Söylersem olur mu diye sordum, öğretmen tamam dedi',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Turkish after the 2 December files i-l', () => {
  it.each([
    ['Abim silahını çıkardı, bu gece bitecek dedi', 'suicide'],
    ['Dayısı ya evlenecek ya ölecek diyor, yarın geliyor', 'violence'],
    ['Salonda duman her yeri sardı, babam içerde', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
  it.each([
    'Belediye beni bekleterek öldürüyor, altı aydır cevap yok',
    'Eski kocam beni dövüyordu, o gitti artık, korkmuyorum. Ev arıyorum',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Turkish after the 2 December files m-p', () => {
  it.each([
    ['bu mesajı okuduğunda ben çoktan gitmiş olacağım, kedime iyi bak', 'suicide'],
    ['gizlice uyku ilaçlarını biriktiriyorum, 30 tane oldu', 'suicide'],
    ['bisikletimi kardeşime verdim, bundan sonra bana lazım olmayacak', 'suicide'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Oğlum intihar falan düşünürüm diye endişeleniyor, öyle bir şey yok, sadece yalnızım',
    'Babam üç yıl önce felç geçirdi, sol tarafı tutmuyor, evde bakım arıyoruz',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});
describe('Turkish after the 2 December files q-t', () => {
  it.each([
    ['sabahtan beri hepimizin başı ağrıyor, kombi tıkırdıyor, babam da çok uykulu', 'emergency'],
    ['amcam telefonda ailemize leke sürdün dedi, memlekete dönersen görürsün', 'violence'],
  ])('at least asked: %s', (text, id) => {
    const signal = detectSafety(text, { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe(id);
  });
  it.each([
    'Geçen hafta annem kalp krizi geçirdi, hastanede kaldı, çok şükür şimdi iyi. Bakım izni alabilir miyim?',
    'ev sahibi haftalardır telefonu açmıyor, kalorifer bozuk, ne yapabilirim',
    'Hello, I moved here from Kumasi last year and I would like to volunteer',
  ])('no question: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
describe('Turkish after the 2 December files u-x', () => {
  it('a boy sitting on a balcony railing with his legs outside is asked about', () => {
    const signal = detectSafety('Yan binadaki çocuk balkonun korkuluğunun üstüne oturmuş, bacakları boşlukta sarkıyor', { learned: false });
    expect(signal.tier).not.toBe('none');
  });
});
