import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Turkish, from how people disclose to crisis lines in Turkey and the Netherlands (113, Veilig
 * Thuis, De Kindertelefoon; ALO 183, KADES, Mor Çatı's warning signs): a wish to die said in
 * many ways ("ölmek istiyorum", "yaşamak istemiyorum", "keşke ölsem", "canıma kıymak", "bensiz
 * daha iyi olurlar", "Allah'tan ölüm istiyorum"), plans, pills, a bridge or rails, farewells
 * ("hakkınızı helal edin"), cutting ("jilet atmak"); violence as "dövüyor", "dayak", threats, a
 * knife, locking in, pension or passport taken, a secret at night, honour and forced marriage, a
 * child who sees it; emergencies told as a story. Text is folded (no ç ğ ı ö ş ü, lower case,
 * apostrophes gone: "112'yi" is "112yi"), so patterns are written folded: "olmek" is "ölmek".
 *
 * Folding makes some words meet: "ölüyor"/"oluyor", "öldü"/"oldu", "ölsün"/"olsun", "ölüm"/"olum"
 * (chat for "oğlum"), "döğdü"/"doğdu", "dövme" (also a tattoo), "döviz", "dövüş" (a sport), "aşmak"
 * /"asmak", "bayıldım" (also "I loved it"), "şiddetli" (severe), "sığınma" (also asylum). Those
 * forms are left out or need a second word. Turkish-Dutch mixing ("mijn man beni dövüyor", "AOW'umu
 * alıyor") and chat spellings ("istiyom", "bni", "olcem") are covered; the spellings below are
 * written out first.
 */
const w = String.raw;

/** "want" in all persons and tenses, not its negation: istiyorum, istedim, isterdim, istiyom, istemiştim; not istemiyorum, istemem. */
const want = w`ist(?!emi(?!s)|eme[mzdyc]|eme(?!\p{L}))\p{L}*`;
/** "do not want": istemiyorum, istemiyom, istemem, istemez, istemedim, istemeyecek. */
const notWant = w`istem(?:i(?!s)|e[mzdyc]|e(?!\p{L}))\p{L}*`;
/** A partner or in-law, as the subject (Turkish and the Dutch words mixed in). */
const partner = w`(?:kocam|kocasi|kocan|esim|esi|karim|karisi|sevgilim|sevgilisi|erkek arkadasim|kiz arkadasim|nisanlim|nisanlisi|eski (?:kocam|esim|sevgilim|erkek arkadasim|nisanlim)|eskim|kayinpederim|kayinbabam|kayinvalidem|kaynanam|kayinbiraderim|mijn (?:man|vriend|ex)|mn (?:man|vriend|ex)|manim|vriendim|exim|eksim)`;
/** Family at home, as the subject. */
const close = w`(?:${partner}|babam|babasi|baban|papam|annem|annesi|anam|abim|agabeyim|abisi|ablam|ablasi|kardesim|kardesi|oglum|oglu|kizim|amcam|amcasi|dayim|dayisi|enistem|uvey (?:babam|annem|abim|babasi|annesi)|dedem|torunum|yegenim|kuzenim|ailem|abilerim|agabeylerim|bakicim|gelinim|damadim|mijn (?:vader|moeder|broer|zoon)|mn vader|stiefvader|schoonmoeder|schoonvader)`;
/** Who hurts, as the subject: family, or just "he", "that man". */
const perpetrator = w`(?:${close}|o|onlar|adam|herif|bizimki|man|ogretmenim|ogretmen)`;
/** Whom, as an object (accusative): me, us, mother, the children. */
const victim = w`(?:beni|bizi|onu|annemi|babami|kardesimi|kardeslerimi|kardesini|cocuklari|cocuklarimi|cocuklarini|cocugumu|cocugunu|cocugu|oglumu|oglunu|kizimi|kizini|karisini|karimi|esimi|esini|annesini|annemizi|bebegi|bebegimi|bebegini|ablami|abimi|ninemi|dedemi|anneannemi|babaannemi|torunumu)`;
/** Whom, as an indirect object (dative): to me, to us, to mother. */
const victimTo = w`(?:bana|bize|ona|anneme|babama|kardesime|kardeslerime|cocuklara|cocuklarima|cocuklarina|cocuguma|cocuguna|ogluma|kizima|karisina|karima|esime|esine|annesine|annemize|bebege|bebegime|ablama|abime|nineme|dedeme|anneanneme|babaanneme|torunuma)`;
/** "beat" in all persons and tenses (also the colloquial "döğmek"), not "dövüş" (a fight sport), "döviz" (currency) or "dövme" (a tattoo). */
const beat = w`(?:dov(?:u(?!s)|du|er|ec|uc|mus|mek|meye|meyi|ul|dug|erek|up|iyor|iyo)\p{L}*|dog(?:uyor|uyo|ecek|ucek|er|ul)\p{L}*|dovme|dayak at\p{L}*|tokatl\p{L}*|tekmel\p{L}*|yumrukl\p{L}*|hirpal\p{L}*|surukl\p{L}*|itekl\p{L}*|(?:itti|itiyor|itiyo|iterek|itip|itmis)|bog(?:du|uyor|uyo|acak|acag|mak|maya|mus|arak)\p{L}*|bogazla\p{L}*|yarala(?:di|mis|yacak|yacag|yip|r|yor)\p{L}*|sakatla\p{L}*|tehdit\p{L}*|siddet uygul\p{L}*|slaat|sloeg|slaan|schopt|mishandelt)`;
/** "hit" with a dative: "bana vuruyor", "bana tokat attı", "bana el kaldırdı". */
const hitTo = w`(?:vur(?:uyor|uyo|du|acak|acag|ucak|ur|mus|maya|mak|up|arak|dug|unca|masin|uyordu)\p{L}*|tokat (?:at|ati|atti|atiyor|atar|atac)\p{L}*|tekme (?:at|vur)\p{L}*|yumruk (?:at|vur)\p{L}*|kafa (?:at|atti)\p{L}*|el kaldir(?:iyor|iyo|di|ir|acak|acag|mis|ip|dig)\p{L}*|saldir(?:iyor|iyo|di|ir|acak|mis|ip|dig|di)\p{L}*|siddet (?:uygul|gosteri)\p{L}*)`;
/** Pills and medicines. Not "hapis" (prison). */
const pills = w`(?:hap(?:lar\p{L}*|i|ini|imi|im|lari)?|ilac(?!lam)\p{L}*|uyku (?:hap|ilac)\p{L}*|antidepresan\p{L}*|agri kesici\p{L}*|paracetamol\p{L}*|xanax|insulin\p{L}*|pillen|medicijnen|tabletten)`;
/** Heights, as "from": köprüden, çatıdan, balkondan, 10. kattan. */
const height = w`(?:kopru|cati|dam|balkon|bina|pencere|ucurum|kule|apartman|yuksek bir yer|\d+ ?(?:inci |nci )?kat)\p{L}*`;
/** Weapons. */
const weapon = w`(?:bicak\p{L}*|silah\p{L}*|tabanca\p{L}*|satir\p{L}*|balta\p{L}*|tufek\p{L}*|sopa\p{L}*|kemer\p{L}*|pistool)`;
/** Close relatives who may be at risk themselves (the writer is a bystander). */
const relative = w`(?:oglum|kizim|annem|babam|kardesim|abim|ablam|dedem|ninem|anneannem|babaannem|torunum|kuzenim|yegenim|arkadasim|en iyi arkadasim)`;
/** "At night", not "geçen" (last): geceleri, gece yarısı, herkes uyuyunca. */
/** Reasons for living said right after a burden thought ("ama çocuklarım var"): asked about, not answered as a crisis. */
const protective = w`(?:cocuklarim|cocuklarim icin|ailem|annem|kizim|oglum|esim|torunlarim|allah)\p{L}* ${G(1)}(?:var|icin|yasiyorum|yasamaliyim)`;

const night = w`(?:gece|geceleri|geceleyin|gece yarisi|gece yarilari|gecede|herkes uyuyunca|annem uyuyunca|annem uyurken|annem yokken|annem evde yokken|yalniz kalinca|yalniz kaldigimizda|kimse yokken|evde kimse yokken)`;
/** The writer's arms, wrists, legs. Not "kolay" (easy). */
const limbs = w`(?:kolum|kolumu|kollarim|kollarimi|kolunu|kollarini|kolumda|kollarimda|kolunda|kollarinda|bilegim|bilegimi|bileklerim|bileklerimi|bileklerimde|bileginde|bileklerini|bacagim|bacagimi|bacaklarim|bacaklarimi|bacaklarimda|bacaginda)`;
/** Where the message places itself, not a wish to die: "burada yaşamak istemiyorum", "onunla yaşamak istemiyorum". */
const notLifeHere = w`(?! ${G(1)}(?:burada|burda|orada|orda|onunla|bununla|onlarla|(?!dunyada|hayatta)\p{L}+(?:de|da|te|ta|yle|yla)(?![\p{L}\p{N}])))`;
/** Call, summon: not "aramayacağım", "çağırmadım". */
const call = w`(?:ara(?!ma|yama|yami)|cagir(?!ma|ama))\p{L}*`;
/** Things one owns and gives away before going: a necklace, a watch, the cat, the headphones. */
const belongings = w`(?:kolye|yuzug|yuzuk|saat|telefon|kulaklik|kedi|kopeg|kopek|kus|bisiklet|araba|oyuncak|kitap|kiyafet|elbise|ceket|mont|ayakkabi|esya|taki|altin|bilezig|bilezik|bilgisayar|laptop|tablet|playstation|konsol|gitar|parfum|koleksiyon|plak|resim|fotograf makine|sifre|hesab|anahtar)\p{L}*`;
/** Given, left, sold to someone. */
const gave = w`(?:verdim|verdi|biraktim|birakti|dagittim|dagitti|hediye ettim|hediye etti|sattim|satti|satiyor|satiyorum|devrettim|emanet ettim|verecegim|vericem|birakiyorum|dagitiyorum|dagitiyor|veriyorum|veriyor)`;

/** Something hot that is spilled or touched: boiling water, tea, the kettle, oil, soup, the iron. */
const hot = w`(?:kaynar|kaynayan|sicak|kizgin|caydanl|caydanlik|cay|demlik|tencere|corba|yag|su isitici|kettle|waterkoker|utu|firin|soba|ocak)\p{L}*`;
/** Signs of a deep burn: blisters, skin white or coming off. Not "kırmızı" alone. */
const burnSign = w`(?:kabarcik\p{L}*|kabar(?:di|mis|iyor|ik)\p{L}*|su (?:topla|toplad|toplam)\p{L}*|deri\p{L}* ${G(1)}(?:soyul|kalk|beyaz|bembeyaz|dokul|sarkiyor)\p{L}*|bembeyaz|soyul(?:du|mus|uyor)\p{L}*)`;
/** An older relative's money: the card, the pension, the account (as a possessor, "babamın"). */
const eldersMoney = w`(?:babamin|annemin|dedemin|ninemin|anneannemin|babaannemin|onun|babasinin|annesinin|dedesinin|ninesinin|teyzemin|halamin|amcamin|dayimin) ${G(1)}(?:emekli |banka )?(?:maas|aow|pensioen|emekli|kart|banka kart|bankamatik|pinpas|bankpas|hesab|para|birikim)\p{L}*`;

export const turkishSafetyLexicon: SafetyLexicon = {
  spellings: {
    bn: 'ben', bni: 'beni', bne: 'bana', bnm: 'benim', bnde: 'bende', sn: 'sen', sni: 'seni', sna: 'sana', snn: 'senin',
    kndm: 'kendim', kndmi: 'kendimi', kendmi: 'kendimi', kndime: 'kendime', kendme: 'kendime', kndi: 'kendi', kendimie: 'kendime',
    istiyom: 'istiyorum', istyom: 'istiyorum', istyrm: 'istiyorum', istiyrm: 'istiyorum', istiorum: 'istiyorum', istiyorm: 'istiyorum', istyorum: 'istiyorum',
    isdiyorum: 'istiyorum', istiyomm: 'istiyorum', istiom: 'istiyorum',
    istemiyom: 'istemiyorum', istemiyrm: 'istemiyorum', istemiorum: 'istemiyorum', istemyorum: 'istemiyorum', istmiyorum: 'istemiyorum', istemiom: 'istemiyorum',
    istemiyorm: 'istemiyorum', istmiyom: 'istemiyorum',
    olcem: 'olecegim', olucem: 'olecegim', olecem: 'olecegim', olicem: 'olecegim',
    oldurcem: 'oldurecegim', oldurucem: 'oldurecegim', olduricem: 'oldurecegim', oldurcek: 'oldurecek', oldurucek: 'oldurecek',
    atlicam: 'atlayacagim', atlcam: 'atlayacagim', atlicaz: 'atlayacagiz', asicam: 'asacagim', kesicem: 'kesecegim', icicem: 'icecegim', yapcam: 'yapacagim', yapicam: 'yapacagim',
    gebercem: 'geberecegim', gebericem: 'geberecegim', dovcek: 'dovecek', dovucek: 'dovecek', dovuyo: 'dovuyor', doguyo: 'doguyor', vuruyo: 'vuruyor',
    intiar: 'intihar', intahar: 'intihar', intihr: 'intihar', intiharr: 'intihar', intihra: 'intihar', shiddet: 'siddet', tecavus: 'tecavuz',
    bisey: 'bir sey', birsey: 'bir sey', bisi: 'bir sey', bisiy: 'bir sey', hersey: 'her sey', herseyi: 'her seyi', herseyden: 'her seyden', herseye: 'her seye',
    herseyim: 'her seyim', herseyimi: 'her seyimi', hicbisey: 'hicbir sey', hicbirsey: 'hicbir sey', hicbiseyin: 'hicbir seyin', hicbirseyin: 'hicbir seyin',
    herkez: 'herkes', herkeze: 'herkese', artk: 'artik', arttik: 'artik', bi: 'bir', nolur: 'ne olur', napcam: 'ne yapacagim', napicam: 'ne yapacagim',
    diil: 'degil', deil: 'degil', dgl: 'degil', deyil: 'degil', diyo: 'diyor', geliyo: 'geliyor', yapiyo: 'yapiyor', biliyo: 'biliyor',
    kocm: 'kocam', annm: 'annem', babm: 'babam', krdsm: 'kardesim', kardsm: 'kardesim', kardesm: 'kardesim', abm: 'abim', esm: 'esim', cocuklr: 'cocuklar',
    morariyo: 'morariyor', moraryo: 'morariyor', morardi: 'morardi', kabarcikkabarcik: 'kabarcik kabarcik', dustu: 'dustu', dusdu: 'dustu', yutti: 'yuttu', oksuruyo: 'oksuruyor',
    mn: 'mijn', kimsee: 'kimse', yasamk: 'yasamak', olmekistiyorum: 'olmek istiyorum', olmekistiyom: 'olmek istiyorum', olmekisterim: 'olmek isterim',
    yasamakistemiyorum: 'yasamak istemiyorum', yasamakistemiyom: 'yasamak istemiyorum', kendimioldurecegim: 'kendimi oldurecegim', kendimioldurcem: 'kendimi oldurecegim',
  },
  crisis: {
    suicide: [
      // A gun on the table and "this ends tonight".
      w`(?:tufeg|tabanca|silah)\p{L}* ${G(8)}(?:bu aksam|bu gece|bugun) (?:biter|bitecek|bitiyor|bitirecegim|bitirecek)`,
      w`(?:sabah |bir daha |hic )?uyanmak ${G(1)}istemiyorum`, w`uyanmasam`, w`${limbs} ${G(2)}kes(?:iyorum|iyom|tim|erim|mek|meye|iyordum)\p{L}*`, w`kendimi ${G(1)}kes(?:iyorum|iyom|tim|erim)\p{L}*`,
      // A last post with a means in view: "bu son postum" + a photo of the rails, a bridge, pills.
      w`son (?:post|gonderi|paylasim|mesaj|story|stori|hikaye|video|tweet)\p{L}* ${G(15)}(?:ray|tren|metro|kopru|balkon|cati|ucurum|hap|ilac|jilet|ip)\p{L}*`,
      w`(?:ray|tren|kopru|balkon|cati|ucurum|hap|ilac|jilet)\p{L}* ${G(12)}son (?:post|gonderi|paylasim|mesaj|story|stori|hikaye|video)\p{L}*`,
      // A life insurance asked about "if an accident happens", with hidden debts: a disguised plan.
      w`hayat sigorta\p{L}* ${G(15)}kaza\p{L}* ${G(25)}borc\p{L}*`, w`borc\p{L}* ${G(20)}hayat sigorta\p{L}* ${G(15)}kaza\p{L}*`,
      // Named outright: intihar, intiar, intahar.
      w`int[ia]h?a?r\p{L}*`,
      // A wish to die: ölmek istiyorum, ölmeyi isterdim, gebermek istiyorum, "ik wil ölmek".
      w`(?:olmek|olmeyi|olmeye|gebermek|geberip gitmek|olup gitmek|bu dunyadan gitmek|bu dunyadan gocmek|kendimi oldurmek|canima kiymak|hayatima son vermek) ${G(2)}${want}`,
      w`(?:wil|ik wil|wou|zou willen|ich will|i want to) ${G(1)}(?:olmek|gebermek)`, w`olmek ${G(1)}(?:wil|willen|wou)`,
      w`olme(?:liyim|m lazim|m gerek|m gerekiyor)`, w`olmeye karar ver\p{L}*`, w`olmek ${G(2)}(?:en iyisi|daha iyi|tek (?:care|cikis|yol|cozum))`,
      w`(?:olum|olmek) ${G(1)}(?:tek|en iyi|son) (?:care|caredir|cikis|yol|cozum)\p{L}*`,
      w`keske ${G(2)}(?:ol(?:sem|seydim|sek|seydik|eydim|up gitsem)|olmus olsaydim|geber(?:sem|seydim))`, w`ol(?:sem|seydim|eyim) ${G(2)}kurtul\p{L}*`, w`olsem ${G(3)}(?:daha iyi|iyi olur|herkes|rahat ederim|kurtulurum|bitecek|biter)`,
      w`(?:olup|geberip) gits(?:em|ek|eydim|e)\p{L}*`, w`allah\p{L}* ${G(2)}olum\p{L}* ${G(1)}(?:ist|diliyorum|dua|yalvar)\p{L}*`,
      // "I do not want to live (any more)", not "here", "with him", "in this house".
      w`(?<!(?:de|da|te|ta|le|la|yle|yla|ile|likte|aber|raber|icin) )(?:artik |hic |bir daha |daha fazla |gercekten )?yasamak ${G(1)}${notWant}${notLifeHere}`,
      w`(?:dunyada|hayatta) ${G(1)}yasamak ${G(1)}${notWant}`, w`(?:niet meer|nie meer|geen zin meer) ${G(1)}yasamak`, w`yasamaya devam ${G(1)}(?:etmek ${notWant}|edemem|edemiyorum|edemeyecegim)`,
      w`(?:hayat|yasam|yasama|yasamanin|hayatin|hayatimin|yasamimin|yasamak)\p{L}* ${G(1)}(?:hicbir |bir )?anlam\p{L}* ${G(1)}(?:yok|kalmadi|kalmamis)`,
      w`yasamak icin (?:bir |hicbir )?(?:sebeb|neden)\p{L}* ${G(1)}(?:yok|kalmadi)`, w`yasama (?:istegim|sevincim|arzum|gucum|isteg)\p{L}* ${G(1)}(?:yok|kalmadi|bitti)`,
      // Not waking up.
      w`(?:bir daha|bi daha|hic|artik|hic bir daha) ${G(1)}uyan(?:masam|mamak|mayayim|masaydim|mayacagim|mamayi|mak ${notWant})`, w`uyuyup ${G(2)}uyan(?:mamak|masam|mayayim|masaydim|mamayi)`,
      w`uykumda ${G(1)}(?:ol(?:sem|mek|eyim|seydim|meyi)|gits(?:em|eydim))`,
      // Kill oneself, take one's life (not "kendimi öldürdüm", I worked myself to death).
      w`kendi(?:mi|ni|mizi|nizi) ${G(1)}oldur(?!dum(?!\p{L}))\p{L}*`, w`can(?:ima|ina|imiza|iniza) ${G(1)}kiy\p{L}*`,
      w`(?:hayatima|hayatina|yasamima|yasamina|omrume|bu hayata|her seye) son ver\p{L}*`, w`(?:hayatimi|hayatini|yasamimi) ${G(1)}(?:sonlandir|bitir)\p{L}*`,
      w`(?:olmeyi|kendimi oldurmeyi|canima kiymayi|hayatima son vermeyi|nasil olecegimi) ${G(2)}(?:dusun|planl|kur|arastir)\p{L}*`,
      w`veda (?:mektub|not)\p{L}* ${G(2)}(?:yazdim|yaziyorum|biraktim|hazir)\p{L}*`,
      // Self-harm: kendime zarar vermek, kendimi kesmek, bileklerimi kesmek, jilet atmak.
      w`kendi(?:me|ne|mize) ${G(1)}zarar ver\p{L}*`, w`kendi(?:mi|ni) ${G(1)}(?:kes|jiletl)(?:iyor|iyo|tim|ti|ecek|ecegi|icem|cem|mek|meye|meyi|me|ip|er|ir|mis|eyim|sem|iyordu|tigi)\p{L}*`,
      w`(?:bilek|bileg|damar)\p{L}* ${G(2)}kes(?:iyor|iyo|tim|ti|ecek|ecegi|icem|cem|mek|meye|meyi|ip|er|mis|eyim|sem|tik|iyordu|tigi)\p{L}*`,
      w`jilet\p{L}* ${G(2)}(?:at(?:iyor|iyo|tim|ti|mak|maya|ar|arim|acag|icam)\p{L}*|kes\p{L}*|${limbs}|kendimi|kendini)`, w`${limbs} ${G(2)}jilet\p{L}*`,
      w`${limbs} ${G(2)}(?:bicak|cam)\p{L}* ${G(1)}kes\p{L}*`, w`kendime ${G(1)}(?:bir sey|bir kotuluk|zarar) ${G(1)}yap(?:acag|icag|icam|acam|arim|abilirim|maktan kork)\p{L}*`,
      // Others better off without me; no one would miss me.
      w`bensiz ${G(2)}(?:daha )?(?:iyi|rahat|mutlu|huzurlu|kolay)\p{L}*`, w`ben ${G(1)}ol(?:masam|mazsam|madan|masaydim|masa) ${G(3)}(?:daha )?(?:iyi|rahat|mutlu|huzur|kurtul)\p{L}*(?! ${G(4)}ama ${protective})`,
      w`(?:olsem|olursem|olunce|oldugumde|olecegim|olmasam) ${G(3)}(?:kimse|hic kimse) ${G(2)}(?:ozlemez|ozlemeyecek|fark etmez|fark etmeyecek|uzulmez|uzulmeyecek|aglamaz|umursamaz)`,
      // Plans and means: saved pills, a whole box, a bridge, the rails, a rope.
      w`${pills} ${G(4)}(?:biriktir|stokl)\p{L}*`, w`(?:biriktir|stokl)\p{L}* ${G(3)}${pills}`,
      w`(?:butun|tum|hepsini|bir kutu|kutu kutu|avuc dolusu|bir avuc|cok fazla|bir suru|bir sise|tamamini|hepsi) ${G(2)}${pills} ${G(3)}(?:icec|icic|icecem|iceyim|icmek|icmeyi|yutac|yutic|yutmak|yutmayi|yutarim|alacag|alicam|almak ist)\p{L}*`,
      w`${pills} ${G(1)}(?:hepsini|tamamini|hepsi) ${G(1)}(?:icec|icic|icecem|iceyim|yutac|yutic|icmek|yutmak)\p{L}*`,
      w`${height}(?:den|dan|ten|tan) ${G(2)}(?:atla(?:yacag|yicag|yicam|yacam|rim|mak|mayi|maya|sam|yayim|yacakt)\p{L}*|kendimi at\p{L}*)`,
      w`kendi(?:mi|ni) ${G(2)}(?:(?:kopru|cati|balkon|pencere|bina)\p{L}*(?:den|dan|ten|tan)|raylara|bosluga|asagi) ${G(2)}(?:at|birak)(?:acag|icag|icam|acam|arim|mak|ti|sam|ayim)\p{L}*`,
      w`(?:tren|metro|tramvay|otobus|araba|kamyon|tir)\p{L}* ${G(1)}onune ${G(2)}(?:atla\p{L}*|at(?:acag|icag|icam|acam|arim|mak|sam|ayim)\p{L}*|yat(?:acag|icag|icam|acam|arim|mak|sam|ayim)\p{L}*|kendimi)`,
      w`(?:raylar|raylara|rayda|raylarda|tren yolu|tren yoluna|tren raylarina) ${G(2)}(?:yat(?:acag|icag|icam|acam|mak|arim|iyorum|tim)|atla(?:yacag|yicam|mak|rim)|kendimi at)\p{L}*`,
      w`kendi(?:mi|ni) as(?:acag|icag|icam|acam|arim|mak ist|maya|mayi|ayim|sam|acakt)\p{L}*`, w`(?:ip|ipi|ipe|urgan\p{L}*|ilmik\p{L}*) ${G(3)}(?:tavan|boyn|ilmik)\p{L}*`, w`boynuma ${G(1)}(?:ip|urgan|ilmik)`,
      w`kendimi ${G(2)}(?:bir yerden|yuksekten|asagiya|yuksek bir yerden) ${G(1)}(?:at|birak)(?:acag|icag|icam|acam|arim|mak|sam|ayim)\p{L}*`,
      w`(?:gitmek|gocmek|ayrilmak) ${G(1)}${want} ${G(1)}bu dunyadan`, w`olup ${G(1)}kurtul(?:mak|sam|ayim|acagim)\p{L}*`, w`(?:dood|doodgaan|dood gaan|sterven) ${G(1)}${want}`,
      w`gozlerimi ${G(3)}(?:acmamak|acmasam|acmayayim|acmamayi)`, w`bogul(?:mak|ayim|sam) ${G(1)}${want}`, w`(?:denize|nehre|suya|kanala|gole) ${G(1)}atla\p{L}* ${G(3)}bogul\p{L}*`,
      w`silah\p{L}* ${G(3)}kafama`, w`kafama ${G(2)}silah\p{L}*`, w`bu hayati ${G(1)}${notWant}`, w`yasamaktan vazgec\p{L}*`, w`olmek icin dua\p{L}*`,
      w`canimi almasini ${G(1)}(?:ist|dua|yalvar|dil)\p{L}*`, w`kendimi yok et(?:mek|ecegim|icem|cem|meyi|sem)\p{L}*`,
      // Not waking up, as a prayer or a wish ("sabah uyanmayayım diye dua ediyorum", "hiç uyanmadan uyumak istiyorum").
      w`(?:sabah|sabahlari|bir daha|bi daha|hic|artik|bir sabah|yarin) ${G(2)}uyanma(?:yayim|sam|yalim|sak|yim)\p{L}*`, w`uyanma(?:yayim|yalim|sam) ${G(1)}(?:diye )?${G(1)}(?:dua|yalvar|dil)\p{L}*`,
      w`(?:hic|bir daha|bi daha) uyanmadan ${G(2)}uyu\p{L}*`, w`uyu(?:mak|yup|sam|yayim)\p{L}* ${G(4)}(?:hic|bir daha|bi daha) uyanma(?:dan|mak|masam|mayayim)\p{L}*`,
      // Pills kept instead of taken: "ilaç veriyor ben içmiyorum, hepsini bir kutuda biriktiriyorum".
      w`${pills} ${G(8)}(?:biriktir|stokl)\p{L}*`, w`(?:icmiyorum|icmedim|yutmadim|yutmuyorum) ${G(4)}(?:biriktir|stokl)\p{L}*`,
      // Telling a relative is at risk.
      w`${relative} ${G(4)}(?:olmek ${want}|kendini oldur\p{L}*|kendine zarar ver\p{L}*|bileklerini kes\p{L}*)`,
    ],
    violence: [
      // "Either she marries or she dies"; waiting with knives at the school.
      w`ya evlen\p{L}* ya (?:olur|olecek|oldururum|oldurecegim|oldururuz)`, w`(?:bicak|mes)\p{L}* ${G(2)}bekli\p{L}*`,
      // A child told that telling the "game" or "secret" would kill or hurt someone.
      w`(?:soylersem|soylersen|anlatirsam|anlatirsan|soylerse|anlatirsa) ${G(4)}(?:olurmus|oldururmus|olecek|olecekmis|olduru|olursun|olurmussun|dover|doverim|dovecek|dovermis|cezalandir)\p{L}*`,
      w`(?:oyun|oyunu|oyunumuz|sirrimiz|sir) ${G(8)}(?:kimseye|anneme|annene|babana|babama) ${G(2)}(?:soyle|anlat)\p{L}* ${G(4)}(?:olur|oldur|dov)\p{L}*`,
      // Named outright.
      w`(?:aile|ev) ici siddet\p{L}*`, w`siddet(?:e)? (?:gor|ugr|maruz|yasi)\p{L}*`, w`(?:fiziksel|cinsel) siddet\p{L}*`, w`tecavuz\p{L}*`, w`irz\p{L}* ${G(1)}gec\p{L}*`, w`ensest\p{L}*`,
      w`(?:cinsel|cinsel olarak) ${G(1)}(?:taciz|istismar|saldiri)\p{L}*`, w`(?:cocuk|cocuga|cocugu|cocuklara) ${G(1)}(?:istismar|taciz)\p{L}*`, w`(?:namus|tore) (?:cinayet|ugruna|meselesi yuzunden)\p{L}*`, w`namus\p{L}* temizle\p{L}*`,
      w`zorla ${G(2)}(?:evlendir\p{L}*|evlen\p{L}*|nikah\p{L}*|iliski\p{L}*|seks\p{L}*|birlikte ol\p{L}*|yatag\p{L}*|opt(?:u|u\p{L}+)|soydu\p{L}*|soyuyor\p{L}*|soyundur\p{L}*)`, w`istemedigim (?:biriyle|bir adamla|kuzenimle|adamla) ${G(2)}evlen\p{L}*`,
      // Beaten: "kocam beni dövüyor", "beni dövüyor", "bana vuruyor", "dayak yiyorum", "mijn man beni dövüyor".
      w`${victim} ${G(3)}${beat}`, w`${victimTo} ${G(3)}${hitTo}`, w`(?:slaat|sloeg|schopt|mishandelt) ${G(1)}${victim}`,
      w`${perpetrator} ${G(3)}(?:dov(?:u(?!s)|du|er|ec|uc|mus|ul|erek|iyor|iyo)\p{L}*|dog(?:uyor|uyo|ecek|ucek)\p{L}*|dayak at\p{L}*|tokat at\p{L}*|siddet uygul\p{L}*|el kaldir(?:iyor|iyo|di|ir|acak|mis)\p{L}*)`,
      w`(?:dayak|tokat|tekme|yumruk|kemer|sopa|terlik)\p{L}* ${G(1)}(?:yiyorum|yiyoruz|yiyor|yedim|yedik|yiyo|yerim|yiyordum)`, w`(?:dovul|siddet goru|dayak yi)\p{L}*`,
      w`${weapon} ${G(1)}(?:ile |la |le )?(?:dov(?:u(?!s)|du|er|ec|uc|mus|ul)|vur(?!g))\p{L}*`, w`(?:bogazimi|bogazini|bogazimizi|boynumu|boynunu) ${G(2)}(?:sik|bogm|tut)\p{L}*`, w`(?:bogmaya|oldurmeye) ${G(1)}calis\p{L}*`,
      w`(?:sacimdan|sacindan|saclarimdan|saclarindan) ${G(2)}(?:cek|tut|surukl|yol)\p{L}*`, w`(?:sigara|utu|cakmak)\p{L}* ${G(1)}(?:ile |la |le )?yak(?:ti|iyor|iyo|mis|ar)\p{L}*`,
      w`${partner} ${G(3)}(?:bana|bize|cocuklara|cocuklarima|anneme) ${G(1)}zarar ver(?:iyor|iyo|di|ir|ecek|ecegi|mis|ip|mek ist)\p{L}*`,
      // Threats to kill, not conditional ("if he finds out he will kill me" is a concern).
      w`(?<!(?:rse|rsa) (?:\S+ )?)(?:beni|bizi|annemi|cocuklari|cocuklarimi|kardesimi|onu|hepimizi|kizimi|oglumu) ${G(2)}oldur(?!dum(?!\p{L})|se|meyecek|mez|mem|muyor|medi)\p{L}*`,
      w`oldur(?:ecek|ecegim|ecegini|ucek|urum|ur|mekle)\p{L}* ${G(1)}(?:beni|bizi|annemi|cocuklari|hepimizi|seni)(?! ${G(3)}(?:haha|hahah|saka|sakaydi|jk|lol))`,
      w`seni ${G(1)}oldur\p{L}* ${G(2)}(?:dedi|diyor|diye|demis|dedigi\p{L}*|soyledi|soyluyor|yazdi|yaziyor|bagir\p{L}*)`, w`olum(?:le)? tehdid\p{L}*`, w`oldurmekle ${G(1)}tehdit\p{L}*`,
      w`${weapon} ${G(2)}tehdit\p{L}*`, w`tehdit\p{L}* ${G(3)}(?:oldur|bicak|silah|kacir)\p{L}*`, w`${close} ${G(3)}tehdit\p{L}*`,
      w`(?:cocuklari|cocuklarimi|kizimi|oglumu) ${G(3)}(?:kacir\p{L}*|alip gid\p{L}*|alip goturecek\p{L}*|goremezsin)`,
      // A cry for help heard, then silence: "yardım edin diye bağırdı sonra ses kesildi".
      w`(?:yardim edin|yardim et|imdat|kurtarin|yetisin|polis cagirin)\p{L}* ${G(5)}(?:ses\p{L}* ${G(1)}(?:kesildi|kesilmis|gelmiyor|yok)|sessizlik|sessiz kaldi|birden sustu)`,
      w`(?:bagir|cigl|cigir|agla)\p{L}* ${G(3)}(?:sonra|birden|ve) (?:ses\p{L}* (?:kesildi|kesilmis)|sessizlik oldu|her sey sustu|birden sustu)`,
      // An elderly person pushed on the stairs or to the ground.
      w`(?:merdiven|basamak)\p{L}* ${G(2)}(?:it(?:ti|tig|iyor|iyo|mis|ip|erek)|ittir|dusur|yuvarla)\p{L}*`,
      w`(?:teyzeyi|teyzemi|halami|annesini|babasini|ninesini|yasli kadini|kadini|annemi|babami|dedemi|ninemi) ${G(2)}(?:it(?:ti|tig|iyor|iyo|mis|ip|erek)|ittir|yere at|yere it|dusur)\p{L}*`,
      // Locked in, not let out, passport or pension taken.
      w`${victim} ${G(3)}(?:odaya|eve|iceri|odasina|odasinda|bodruma|banyoya|tuvalete|evde|iceride) ${G(1)}(?:kilitl|kapat|hapsed|hapset)\p{L}*`,
      w`(?:disari|evden|sokaga|kapidan|kapinin disina) ${G(1)}cik(?:mama|mamiza|masina|mami) ${G(2)}izin ${G(1)}ver(?:mi|me)\p{L}*`,
      w`${close} ${G(4)}(?:calismama|ailemi gormeme|ailemle gorusmeme|annemle gorusmeme|arkadaslarimla gorusmeme|kimseyle gorusmeme|okula gitmeme|kursa gitmeme|doktora gitmeme|telefon kullanmama) ${G(1)}izin ${G(1)}ver(?:mi|me)\p{L}*`,
      w`(?:pasaport|kimlig|kimlik|oturma izn|oturum kart|verblijfsvergunning|verblijfspas|paspoort|id kart)\p{L}* ${G(3)}(?:elimden|zorla|sakladi|sakliyor|kilitl\p{L}*|yirtti|yakti)`,
      w`${close} ${G(3)}(?:pasaport|kimlig|kimlik|oturma izn|oturum kart|verblijfsvergunning|verblijfspas|paspoort|id kart)\p{L}* ${G(2)}(?:aldi|almis|aliyor|tutuyor|vermiyor|sakladi|sakliyor)`,
      w`(?:emekli maas|maas|aow|pensioen|uitkering|param|paramizi|kartimi|bankamatik|pinpas|bankpas|emekli kart)\p{L}* ${G(3)}(?:elimden|zorla) ${G(1)}al\p{L}*`,
      w`(?:bana|bize|anneme|babama|nineme|dedeme|cocuklara) ${G(2)}(?:ceza olarak )?yemek ${G(1)}(?:vermi|verme)\p{L}* ${G(3)}(?:ceza|kilitl|dov|vur|korku|ac birak)\p{L}*`,
      w`(?:bizi|beni|cocuklari|annemi|babami) ${G(1)}ac ${G(1)}birak(?:iyor|iyo|ti|ir|iyorlar|tilar)\p{L}*`,
      // A secret at night, the child's way of telling sexual abuse.
      w`${night} ${G(4)}(?:odama|yatagima|yatagimiza|odamiza) ${G(1)}(?:gel|gir|yat)\p{L}*`, w`(?:odama|yatagima) ${G(1)}(?:gel|gir)\p{L}* ${G(4)}${night}`,
      w`(?:ozel yer|ozel bolge|popo|bacak ara|cis yer|apis|mahrem)\p{L}* ${G(2)}(?:dokun|ellen|elle(?:di|diyor|iyor|mis))\p{L}*`, w`(?:dokun|ellen|oksa)\p{L}* ${G(2)}(?:ozel yer|ozel bolge|popo|bacak ara|mahrem)\p{L}*`,
      w`(?:sirrimiz|bizim sirrimiz|aramizda sir|aramizda kalsin)\p{L}* ${G(6)}(?:oda|yatak|yatag|${night}|dokun|acit|ellen|soyun|ciplak|banyo)\p{L}*`,
      w`(?:oda|yatak|yatag|${night}|dokun|ellen|soyun|ciplak|banyo)\p{L}* ${G(6)}(?:sirrimiz|bizim sirrimiz|kimseye soyleme|kimseye anlatma|annene soyleme|annene anlatma)`,
      w`(?:ciplak|soyunmam\p{L}*|ciplak fotograf\p{L}*|ciplak resim\p{L}*) ${G(3)}(?:istiyor|zorla|zorluyor|tehdit|yay\p{L}*|gonder\p{L}*)`, w`(?:fotograf|foto|resim|video)\p{L}* ${G(3)}yaymakla ${G(1)}tehdit\p{L}*`,
      // A child who sees it: "babam annemi dövüyor", "babam anneme vuruyor" (above); parents fighting with blows.
      w`(?:annemle babam|annem babam|annem ve babam) ${G(3)}(?:kavga|tartis)\p{L}* ${G(4)}(?:vur(?!g)|dov(?!iz)|tokat|bicak|kan(?:a|i|lar)|ciglik|polis)\p{L}*`,
      // Honour and forced marriage.
      w`(?:ailem|babam|abilerim|abim|amcam|amcalarim|dayim|akrabalarim|kocam) ${G(4)}(?:oldur|vur(?!g))\p{L}* ${G(3)}(?:namus|seref|tore(?!n)|kacarsam|kacarsak|evlenmezsem|bosanirsam)\p{L}*`,
      w`(?:namus|tore(?!n))\p{L}* ${G(4)}(?:oldur|vur(?!g)|tehdit)\p{L}*`, w`(?:kuzenimle|istemedigim biriyle|yasli biriyle|tanimadigim biriyle) ${G(3)}evlendir\p{L}*`,
      w`(?:turkiyeye|memlekete|koye|turkije) ${G(3)}(?:gotur|gonder)\p{L}* ${G(4)}(?:evlendir|zorla|nikah|kuma)\p{L}*(?! ${G(2)}(?:diye duydum|diyorlar|dedikodu|soyleniyor|duydum))`,
      // Fear of a person at home.
      w`(?:kocam|esim|babam|sevgilim|eski kocam|eski esim|nisanlim|erkek arkadasim|abim|kayinpederim|uvey babam)(?:dan|den) ${G(2)}kork(?:uyorum|uyom|uyoruz|arim|uyoruz)`,
      w`(?:kafami|basimi|kafasini|basini) ${G(2)}(?:duvara|yere|masaya|kapiya) ${G(1)}(?:vurdu|vuruyor|carpti|carpiyor|vurur)\p{L}*`,
      w`istemedigim halde ${G(3)}(?:birlikte ol|iliski|yat|seks|dokun|opu)\p{L}*`,
      w`oldurecegini ${G(1)}(?:soyl|diyor|dedi|yaz|bagir|tehdit)\p{L}*`,
      w`(?:uzaklastirma|koruma) karar\p{L}*`,
      // Beaten with a belt, a stick, a slipper, a cable ("kemerle terbiye ediyor"); kept from going out with the passport taken.
      w`(?:kemer|sopa|terlik|hortum|kablo|tahta|oklava|kayis|cubuk|askı|aski)\p{L}*(?:le|la|yle|yla| ile) ${G(3)}(?:terbiye|ceza|dov(?!iz)|dog(?:uyor|du)|vur(?!g)|dayak|disipline|doverek|cezalandir)\p{L}*`,
      w`(?<!(?:patron|isveren|sef|mudur|baas|werkgever|ajans|uitzendbur|buro)\p{L}* (?:\S+ )?)(?:pasaport|kimlig|oturma izn|oturum kart|paspoort|verblijfs|id kart)\p{L}*(?:umu|imi|umuzu|imizi|mu|mi|larimi|larimizi|lerimizi|ini|unu)(?! ${G(1)}(?:patron|isveren|sef|mudur|baas|werkgever|ajans|buro)\p{L}*) ${G(2)}(?:aldi|aldilar|almis|almislar|sakladi|sakladilar|sakliyor|sakliyorlar|el koy\p{L}*|elimden al\p{L}*|kilitle\p{L}*|yirtti|yakti)`,
      w`(?:beni|bizi|karimi|esimi|annemi|babami|kizimi|gelinimi|onu) ${G(2)}(?:evden|disari|sokaga|kapidan|hicbir yere|kapinin disina)\p{L}* ${G(1)}(?:cikarmi|birakmi|salmi|cikartmi|gondermi)(?:yor|yo|yorlar|yolar)\p{L}* ${G(10)}(?:pasaport|kimlig|oturma izn|telefonumu|kilit|kapiyi kilit)\p{L}*`,
      w`(?:pasaport|kimlig|oturma izn)\p{L}* ${G(4)}(?:aldi|aldilar|sakladi|sakladilar)\p{L}* ${G(10)}(?:evden|disari|sokaga)\p{L}* ${G(1)}(?:cikarmi|birakmi|cikamiyorum|cikmama)\p{L}*`,
      // A child taken by the other parent or an ex, abroad or unreachable: an abduction.
      w`(?:${partner}|babasi|annesi|cocuklarin babasi|cocugun babasi|kayinvalidem|kayinpederim) ${G(3)}(?:oglumu|kizimi|cocuklari|cocugumu|cocuklarimi|bebegimi|cocuklarimizi|oglumuzu|kizimizi)\p{L}* ${G(3)}(?:aldi|alip|goturdu|kacirdi|alip gitti|almis)\p{L}* ${G(12)}(?:telefon\p{L}* ${G(1)}(?:kapali|kapatti|kapandi|acmiyor)|turkiyeye|yurt disina|yurtdisina|memlekete|izinsiz|haber vermeden|bana sormadan|goremeyeceksin|goremezsin|bir daha gormeyecek|gotur(?:ecek|ecekmis|ucek))\p{L}*`,
      // Elderly parent locked in, pension taken by a son or daughter.
      // An older relative's card or pension taken while the fridge is empty, medicine cannot be bought, or with a threat.
      w`${eldersMoney} ${G(4)}(?:aliyor|aldi|almis|harciyor|cekiyor|cekmis|el koy|kendi|tutuyor)\p{L}* ${G(20)}(?:buzdolab\p{L}* ${G(1)}(?:bos|bombos)|yemek (?:yok|kalmadi)|ac kal\p{L}*|ac birak\p{L}*|ilac\p{L}* ${G(1)}(?:alamiyor|alamadi|alinmiyor|kalmadi|bitti)|gorursun|karisma|kilitl\p{L}*|telefonu\p{L}* ${G(1)}(?:aldi|almis))`,
      w`(?:babami|annemi|dedemi|ninemi|anneannemi|babaannemi|teyzemi|halami|teyzeyi|babasini|annesini|onu) ${G(3)}(?:odasina|odaya|eve|iceri|odada|evde) ${G(1)}(?:kilitl|kapat|hapset)\p{L}*`,
    ],
    emergency: [
      w`duman\p{L}* ${G(2)}her (?:yer|yerde|yeri|yeri sardi)`,
      // Not breathing, unconscious, not waking.
      w`nefes ${G(1)}(?:almiyor|almiyo|alamiyor|alamiyo|alamiyorum|alamiyom|almiyordu|alamiyordu)`, w`nefes(?:i)? (?:yok|durdu|kesildi)`, w`nefes alip ${G(1)}vermiyor`,
      w`bilinc\p{L}* ${G(1)}(?:kapali|kapandi|yok|kaybet\p{L}*|gitti|yerinde degil)`, w`baygin(?!lik)\p{L}*`, w`ayil(?:miyor|miyo|madi)\p{L}*`, w`kendine gel(?:miyor|miyo|medi)\p{L}*`,
      w`(?:yere|birden|aniden|oldugu yere|yerde) ${G(1)}(?:yigil|bayil)\p{L}*`, w`bayil\p{L}* ${G(6)}(?:ayilm|uyanm|kalkm|kalkam|tepki|nefes|kipirda|kimilda)\p{L}*`,
      w`uyandiram\p{L}* ${G(4)}(?:nefes|tepki|kimilda|kipirda|ses vermi|yerde|baygin|bayil)\p{L}*`, w`(?:uyanmiyor|uyanmiyo|uyanmadi) ${G(4)}(?:nefes|tepki|kimilda|kipirda|ses vermi|yerde|sallad)\p{L}*`,
      w`yerde ${G(4)}(?:tepki vermi|kimildami|kipirdami|hareket etmi|cevap vermi|ses vermi|uyanm|ayilm|kalkam|nefes alm)\p{L}*`, w`dus(?:tu|mus|tum) ${G(4)}kalkam\p{L}*`, w`(?:kalkamiyor|kalkamadi) ${G(3)}(?:yerde|dustu|nefes|tepki)\p{L}*`,
      w`(?:dudaklari|dudagi|yuzu|rengi) ${G(1)}(?:mor(?:ardi|armis|ariyor)|mosmor)\p{L}*`,
      w`nabz\p{L}* ${G(1)}(?:yok|atmiyor|alinmiyor)`, w`kalbi ${G(1)}atmi(?:yor|yo)`, w`elektrik ${G(1)}carp(?:ti|mis|masi)\p{L}*`, w`alerjik sok\p{L}*`,
      w`(?:bogaz|dil|dudak|yuz)\p{L}* ${G(1)}sis(?:iyor|ti|mis)\p{L}* ${G(4)}(?:nefes|alerji)\p{L}*`, w`(?:silahli|bicakli) (?:biri|adam|adamlar|kisi)`,
      w`(?:bebek|bebegim|bebegin|cocuk|cocugum|yuzu|dudaklari|rengi) ${G(1)}(?:mosmor|morardi|mavi oldu|mor oldu)`, w`(?:aniden|birden) ${G(1)}konusam(?:iyor|iyo|az oldu|adi)`,
      // Choking, drowning.
      w`bogul(?:uyor|uyo|du|mus|mak uzere|acak|uyordu)`, w`(?:bogazina|nefes borusuna|girtlagina) ${G(2)}(?:kacti|takildi|durdu|sikisti)`,
      // Heavy bleeding.
      w`(?:cok|durmadan|fazla|cok fazla|bir suru|asiri) ${G(1)}kan(?:iyor|iyo|adi|amasi|ama)?(?! (?:tahlil|testi|sekeri|degeri|basinci|vermek|bagis|grubu))`, w`kan(?:ama|amasi|i)? ${G(1)}(?:durmuyor|durmaz|dinmiyor|kesilmiyor|durduram\p{L}*)`,
      w`her yer(?:de)? kan`, w`kan (?:kaybed|revan|golu|icinde)\p{L}*`,
      // Heart, stroke, seizure, coma.
      w`kalp krizi\p{L}*`, w`kalbi ${G(1)}dur(?:du|mus|uyor)`, w`kalp (?:masaji|durmasi)`, w`(?:gogus|gogs)\p{L}* ${G(1)}(?:agri\p{L}*|sancisi|sikis\p{L}*|baski\p{L}*|aciyor)`, w`(?:gogsum|gogsu|kalbim|kalbi) ${G(1)}(?:agriyor|sikisiyor|sancili|aciyor)`,
      w`(?:felc|inme) ${G(1)}(?:gecir|geldi|indi|inmis)\p{L}*`, w`beyin kanamas\p{L}*`, w`(?:agzi|yuzu|dudagi|yuzunun bir tarafi|agzinin kenari|agzinin bir tarafi) ${G(2)}(?:kaydi|kaymis|kayiyor|carpildi|carpilmis|sarkti|sarkmis|sarkik|dustu|dusuk)`,
      w`konusmasi ${G(1)}(?:bozul|anlasilm|garip|tuhaf|degis|peltek|kaydi|kaymis|karisik)\p{L}*`, w`(?:kolu|bacagi|bir tarafi|sol tarafi|sag tarafi) ${G(1)}(?:tutmuyor|kalkmiyor|hissetmiyor|uyustu|oynamiyor)`,
      w`(?:sara|epilepsi|havale)\p{L}* ${G(1)}(?:nobet|gecir)\p{L}*`, w`nobet gecir(?:iyor|iyo|di|mis)\p{L}*`, w`agzindan ${G(1)}kopuk`, w`komaya gir\p{L}*`, w`komada`,
      // Overdose, poison.
      w`asiri doz\p{L}*`, w`(?:cok|fazla|cok fazla|bir kutu|butun|tum|avuc dolusu|hepsini) ${G(2)}${pills} ${G(2)}(?:icti|ictim|yuttu|yuttum|aldi|aldim|almis|icmis|yutmus)`,
      w`${pills} ${G(1)}(?:hepsini|tamamini) ${G(1)}(?:icti|ictim|yuttu|yuttum|icmis|yutmus)`, w`(?<!gida )zehirlen(?:di|mis|iyor|dik|dim)\p{L}*`,
      w`(?:zehir|camasir suyu|cif|tuz ruhu|temizlik malzemesi|deterjan|fare zehri|pil)\p{L}* ${G(1)}(?:icti|ictim|icmis|yuttu|yutmus|yuttum)`,
      w`(?:bulasik|camasir) ${G(1)}(?:tablet|kapsul|deterjan|sabun|toz)\p{L}* ${G(4)}(?:yut|ict|icmis|agzina al|agzina atmis|yemis|yedi)\p{L}*`,
      w`(?:miknatis|dugme pil|saat pili|pil|camasir suyu|deterjan|kapsul|zehir|fare zehri|tuz ruhu|cif|lavabo acici)\p{L}* ${G(3)}(?:yuttu|yutmus|icti|icmis|yemis|yedi)\p{L}*`,
      w`(?:yuttu|yutmus|yutmuslar|icmis|icti) ${G(4)}(?:kusuyor|kusmaya basladi|kustu|nefes alamiyor|nefesi daraliyor|morardi|bayildi|uyanmiyor|uyandiramiyorum|tepki vermiyor|kendinde degil)`,
      // Fire, smoke, gas.
      w`yangin (?:var|cikti|basladi|cikmis|cikiyor)`, w`(?:ev|evimiz|evim|evi|daire|dairemiz|bina|apartman|mutfak|oda|odam|araba|arabam) (?:yaniyor|yaniyo|yandi|tutustu|alev ald\p{L}*|alevler icinde)`, w`alev(?:ler| aldi| almis| aliyor)\p{L}*`,
      w`(?<!(?:sigara|nargile|mangal|egzoz|soba) )duman (?:var|geliyor|cikiyor|doldu|kokusu|kokuyor|icinde)`, w`her yer duman`, w`yanik kokusu`, w`(?:gaz|dogalgaz|dogal gaz|tup) (?:kokusu|kokuyor|kacagi|kaciyor|kacirma)\p{L}*`, w`karbon ?monoksit\p{L}*`,
      w`(?:yangin|duman) (?:alarmi|dedektoru|dedektor) ${G(2)}(?:caliyor|calisti|ottu|otuyor|susmuyor)`,
      // A weapon drawn, someone stabbed or shot.
      w`${weapon} ${G(2)}(?:cekti|cekiyor|cekip|dogrult\p{L}*|gosterdi|gosteriyor|sallad\p{L}*|salliyor|dayadi|dayiyor|saldir\p{L}*|uzerime|ustume|uzerimize|yuruyor|kovaliyor)`,
      w`eline ${G(1)}${weapon} ${G(1)}(?:aldi|almis|aliyor)`, w`elinde ${G(1)}(?:bicak|silah|tabanca|satir|balta|tufek)\p{L}* ${G(1)}(?:var|ile|la|le)`, w`bicakla(?:di|ndi|nmis|mis|yacak|yacag|yicak|yip|rim|niyor)\p{L}*`,
      w`(?:silahla|kursunla|tabancayla) ${G(1)}vurul\p{L}*`, w`ates (?:etti|ediyor|acti|aciyor|etmis)`,
      // Someone not seen for days behind a closed door.
      w`(?:gunlerdir|gundur|bir haftadir|haftadir|\d+ gundur) ${G(4)}(?:gorm|gorun|ses|haber)\p{L}* ${G(8)}(?:kapi|koku|kokuyor|posta|mektup|gazete|acmiyor|perde|isik|telefon)\p{L}*`,
      w`(?:posta|mektup|gazete)\p{L}* ${G(3)}(?:birik|yigil|tasiyor|doldu)\p{L}* ${G(10)}(?:gorm|acmiyor|koku|ses yok|cevap)\p{L}*`,
      // The emergency number or an ambulance asked for.
      w`112(?:yi|ye)? ${G(1)}${call}`, w`ambulans\p{L}* ${G(1)}(?:${call}|lazim|gerek|gonder\p{L}*|gelsin|yolla\p{L}*|geliyor)`,
      // Gas or a boiler smell with someone fainting or dizzy: carbon monoxide.
      w`(?:kombi|sofben|soba|dogal ?gaz|gaz|tup|kazan|kalorifer)\p{L}* ${G(6)}(?:koku|kokuyor|duman|kacak|kaciyor)\p{L}* ${G(8)}(?:bayil|bas\p{L}* don|kus|mide\p{L}* bulan|kendinden gec|uyuyup kal)\p{L}*`,
      w`(?:koku|duman)\p{L}* ${G(8)}(?:bayildi|bayilmis|bayildilar|kendinden gecti) ${G(6)}(?:bas\p{L}* don|kus|mide\p{L}* bulan|bayil)\p{L}*`,
      // A scald or burn that blisters or turns the skin white: the kettle pulled over a toddler, hot oil from the pan.
      w`${hot} ${G(6)}(?:devir|devril|dok|dokul|sicra|kac)\p{L}* ${G(10)}${burnSign}`, w`(?:yandi|yanmis|yaktı|yakti|yakmis|haslandi|haslanmis|yanik)\p{L}* ${G(8)}${burnSign}`,
      w`${burnSign} ${G(6)}(?:yandi|yanmis|yanik|haslan)\p{L}*`,
      // Choking: something swallowed, then turning blue or no air.
      w`(?:yuttu|yutmus|kacti|kacmis|takildi|takilmis)\p{L}* ${G(4)}(?:mor(?:ar|ard|arm)\p{L}*|mosmor|nefes ${G(1)}alam\p{L}*)`, w`(?:yuzu|dudaklari|dudagi|rengi|bebegin yuzu|cocugun yuzu) ${G(1)}mor(?:ariyor|arıyor|armaya)\p{L}*`,
      // A fall from a window, a balcony, a roof or an upper floor; from the stairs with the head hurt or not answering.
      w`(?:oglum|oglu|kizim|kizi|cocuk|bebek|annem|babam|dedem|ninem|anneannem|babaannem|kardesim|kardesi|abim|ablam|torunum|esim|kocam|komsu|adam|kadin|biri|birisi|yegenim)\p{L}* ${G(4)}(?:pencere|balkon|cati|camdan|ust kat|ikinci kat|ucuncu kat|\d+ ?(?:inci |nci |uncu |ncu )?kat)\p{L}* ${G(2)}dus(?:tu|mus|up)\p{L}*`,
      w`(?:merdiven|basamak)\p{L}* ${G(2)}(?:dus|yuvarlan)\p{L}* ${G(6)}(?:kafa|bas)\p{L}* ${G(4)}(?:kan|yarildi|konusm|ayilm|uyanm|tepki)\p{L}*`,
    ],
  },
  concern: {
    suicide: [
      // Sitting on a balcony railing with legs outside (blind files u-x).
      w`(?:balkon|korkuluk|pencere|cati|kopru|parmaklik)\p{L}* ${G(3)}(?:ustune|ustunde|kenarina|kenarinda|disina|disinda) ${G(1)}otur\p{L}*`, w`bacaklar\p{L}* (?:disarida|disarda|boslukta|sarkiyor|asagi sarkiyor)`,
      w`bu (?:mesaji|mesajimi|yaziyi|mektubu|notu) (?:okudugunuzda|okudugunda|okuyunca|okudugunuz zaman|okudugun zaman)`, w`(?:uyku|sakinlestirici|agri kesici)\p{L}* (?:hap|ilac)\p{L}* ${G(4)}(?:sakl|birikt|topl)\p{L}*`, w`(?:hap|ilac)\p{L}* ${G(4)}alip (?:sakl|birikt)\p{L}*`,
      w`bu is bu (?:aksam|gece) (?:biter|bitecek)`,
      // "Nobody will see me again" after a bridge; standing at a balcony rail looking down; going "to your mother" with a gun cleaned.
      w`bi(?:r)? daha ${G(2)}(?:kimse )?(?:beni )?(?:gormicek|gormeyecek|goremeyecek|gormeyeceksiniz|goremeyeceksiniz|gormiceksiniz)`, w`(?:korkulu\p{L}*|kenar\p{L}*|balkon\p{L}*) ${G(4)}asagi (?:bak\p{L}*)`,
      w`(?:annenin|annemin|babamin|babanin|esimin|rahmetli\p{L}*) yanina (?:gidece\p{L}*|gidicem|giderim)`,
      // A burden thought with a reason for living after it; a life insurance and "an accident".
      w`ben ${G(1)}ol(?:masam|mazsam|madan|masaydim|masa) ${G(3)}(?:daha )?(?:iyi|rahat|mutlu|huzur|kurtul|kolay)\p{L}*`,
      w`hayat sigorta\p{L}* ${G(15)}(?:kaza|olursam|olumum|olumumde|olursem|olunce)\p{L}*`, w`bu son (?:postum|paylasimim|gonderim|storym|videom)`,
      w`(?:bi|bir) adim atsam`, w`kim fark eder`, w`(?:allahim|allah) ${G(2)}beni (?:de )?(?:yanina|yanına) al`, w`(?:bana|benim) artik (?:lazim|gerek) (?:olmaz|olmayacak|yok)`, w`artik ihtiyacim (?:olmayacak|olmaz|yok)`,
      w`\p{L}*(?:brug|bridge|kopru|koprusu)(?:da|de|dayim|deyim|dayiz|deyiz|ustunde|ustundeyim|nun ustunde|nun ustundeyim)(?:yim|yiz|ydim|ydi)?`, w`(?:su an|simdi) ${G(2)}(?:kopru|koprude|koprudeyim|catidayim|catida|balkondayim|raylarin)\p{L}*`,
      // A wish to be gone, not said plainly.
      w`olsem`, w`oleyim`, w`olecegim`, w`olmek uzereyim`, w`(?:yok olmak|kaybolmak|kaybolup gitmek|ortadan kaybolmak|buharlasmak) ${G(1)}${want}`, w`her seyi ${G(1)}birakip ${G(1)}gitmek ${G(1)}${want}`,
      w`(?:allah|allahim|rabbim|tanrim)\p{L}* ${G(2)}canimi ${G(1)}al\p{L}*`, w`(?:keske|hic) ${G(1)}(?:dogmasaydim|dogmamis olsaydim|dunyaya gelmeseydim|yasamasaydim)`, w`dogmasaydim`,
      w`olum(?:u|umu) ${G(1)}(?:dusun|bekl|ist)\p{L}*`, w`olmek ${G(1)}(?:dusun|aklimdan gec)\p{L}*`, w`kendini as(?:ti|mis)\p{L}*`, w`kafam(?:a|iza) ${G(1)}sik(?:acag|icag|icam|acam|arim|mak)\p{L}*`,
      w`sonsuza (?:kadar|dek) ${G(1)}uyu(?:mak|sam|yayim|mak istiyorum)`, w`kendi(?:mi|me) ${G(2)}bicak\p{L}*`, w`ortadan (?:kalk|kaybol)(?:mam lazim|mam gerek|mak ist|sam|ayim|acagim)\p{L}*`, w`hayattan vazgec\p{L}*`, w`olum dusunce\p{L}*`,
      // Hopelessness, no way out, no future.
      w`umud\p{L}* ${G(1)}(?:yok|kalmadi|bitti|tukendi)`, w`umutsuz\p{L}*`, w`gelecegim ${G(1)}(?:yok|kalmadi)`, w`(?:hicbir seyin|her seyin|hicbir seyin artik) ${G(1)}anlami ${G(1)}(?:yok|kalmadi)`,
      w`her sey anlamsiz`, w`hayatin tadi ${G(1)}(?:yok|kalmadi)`, w`cikis yolu ${G(1)}(?:yok|goremiyorum|kalmadi|bulamiyorum)`, w`(?:karanlik|kara) ${G(1)}dusunce\p{L}*`, w`kotu dusunceler\p{L}*`,
      w`(?:artik|daha fazla|hicbir seye) ${G(1)}(?:dayanam|katlanam|kaldiram|tahammul edem)(?:iyorum|iyom|iyoruz|am|ayacagim|icam)`, w`(?:dayanamiyorum|katlanamiyorum) ${G(1)}artik`,
      w`(?:her seyden|hayattan|yasamaktan|hayatimdan|kendimden|bu hayattan|bu dunyadan) ${G(1)}(?:yoruldum|biktim|usandim|sogudum|nefret ediyorum|bezdim|tiksiniyorum)`,
      w`her sey ${G(1)}bitsin ${G(1)}${want}`, w`her seyin ${G(1)}bitmesini ${G(1)}${want}`, w`(?:her seyi|herseyi|her sey|hersey|her seye|herseye) (?:bitir|sonlandir|son ver)(?:ecegim|icem|cem|eyim|mek istiyorum|iyorum|iyom|cegim|iyorum yakinda)`, w`(?:tukendim|bittim) ${G(1)}artik`, w`artik ${G(1)}(?:tukendim|bittim)`,
      // Being a burden, no one would miss me.
      w`(?:herkese|aileme|cocuklarima|cocuklara|esime|kocama|kizima|ogluma) ${G(1)}yuk(?:um|uz|uyum| oluyorum| oldum)`, w`yukten baska`, w`yuk oluyorum`, w`icin ${G(1)}yuk(?:um|uz|uyum)`,
      w`(?:kimse|hic kimse) ${G(1)}(?:beni )?(?:ozlemez|ozlemeyecek|fark etmez|fark etmeyecek)`, w`(?:kimsenin|hic kimsenin) umurunda degil\p{L}*`, w`bir ise yaramiyorum`, w`(?:degersiz|ise yaramaz) ${G(1)}biri(?:yim)?`,
      // Self-harm, said softly.
      w`kolumu ${G(1)}kest\p{L}*`, w`${limbs} ${G(2)}(?:kesik|cizik)\p{L}*`, w`kendimi ${G(1)}cezalandir\p{L}*`,
      // Giving away, farewell, a last message.
      w`(?:her seyimi|esyalarimi|esyalarimin hepsini) ${G(2)}(?:dagit\p{L}*|hediye\p{L}*|verdim|veriyorum)`, w`(?:bu|bu benim) ${G(1)}son mesaj\p{L}*(?! ${G(6)}(?:cevap|yanit|sikayet|avukat|dava|mahkeme|hatirlat|uyari|odeme|fatura))`,
      w`herkese ${G(1)}(?:veda|elveda|hoscakal)\p{L}*`, w`veda (?:mektub|not)\p{L}*`, w`hakkini(?:zi)? helal ${G(1)}(?:et|edin)\p{L}*(?= ${G(6)}(?:artik|son|gidiyorum|yapamiyorum|veda|hoscakal|elveda)|$)`,
      // Means asked about; a height visited.
      w`kac (?:tane )?${pills} ${G(4)}(?:oldur|olumcul)\p{L}*`, w`olumcul doz\p{L}*`, w`(?:en kolay|acisiz|en hizli) ${G(1)}(?:olum|olmenin|olme) ${G(1)}(?:yol|sekl)\p{L}*`,
      w`(?:kopru|cati|balkon|ray)\p{L}* ${G(3)}(?:durdum|bekledim|oturdum|gittim) ${G(6)}(?:asagi|atla|baktim)\p{L}*`,
      // Someone close talks about it.
      w`${relative} ${G(4)}(?:olum|olmek|intihar|veda|kendini)\p{L}* ${G(3)}(?:bahsed|konus|soz ed|yaz|paylas|soyl)\p{L}*`, w`${relative} ${G(3)}(?:yasamak istemedigini|olmek istedigini|kendini oldurecegini)`,
      // Nights at a bridge, the rails, a roof: standing there for hours, not daring to jump.
      w`(?:kopru|cati|ray|tren yolu|ucurum|perron|istasyon|peron)\p{L}* ${G(5)}(?:saatlerce|her gece|geceleri|gece gece|saatler)\p{L}*`, w`(?:her gece|geceleri|gece yarisi|saatlerce|gece gece) ${G(4)}(?:kopru|cati|ray|tren yolu|ucurum|perron|peron)\p{L}*`,
      w`(?:kopru|cati|balkon|pencere|ray|tren|ucurum|bina|peron|perron)\p{L}* ${G(6)}atla(?:sam|saydim|yiversem|mak|maya|yim|yayim)\p{L}*`, w`atla(?:sam|saydim|yiversem)\p{L}* ${G(2)}(?:kim fark eder|her sey biter|kurtulurum)`,
      w`atla(?:maya|mak icin|yacak) ${G(1)}(?:cesaret|guc)\p{L}*`, w`atlayama(?:dim|iyorum|dim daha)\p{L}*`,
      // God take me, a prayer not to wake; a relative who says so.
      w`(?:allah|allahim|rabbim|tanrim)\p{L}* ${G(2)}(?:beni|canimi) ${G(1)}(?:alsin|alsa|alsaydi|alsin artik|yanina alsin|artik alsin)`, w`uyanma(?:yayim|yalim)\p{L}*`, w`(?:bir daha|hic) uyanmadan`,
      w`${relative} ${G(4)}(?:uyanmak istemedigini|yasamak istemedigini|olmek istedigini|gitmek istedigini)`,
      // Given away before going, all at once: "bütün eşyalarını satıyor, herkesten helallik istiyor".
      w`(?:butun|tum|her seyini|her seyimi|esyalarini|esyalarimi) ${G(2)}(?:esya|kiyafet|kitap)?\p{L}* ${G(1)}(?:sat|dagit|hediye et)(?:iyor|ti|mis|tim|iyorum)\p{L}*`, w`herkesten ${G(1)}helallik\p{L}*`, w`helallik (?:ist|dile|al)\p{L}*`,
    ],
    violence: [
      // A family's honour threat: "you stained this family, come home and you'll see".
      w`(?:aileye|ailemize|aileme|namusumuza|serefimize|adimiza) ${G(1)}leke (?:surdun|surdu|surmus|surdurdun)\p{L}*`, w`(?:eve )?(?:gelirsen|gelirse|donersen|yaparsan|konusursan|gidersen) gorursun`,
      // A contact ban named in Dutch: asked about, it may be broken.
      w`(?:contactverbod|straatverbod|huisverbod)`,
      // A belt or a stick named by a child afraid to go home.
      w`(?:babam|annem|abim|agabeyim|uvey \p{L}+|amcam|dayim) ${G(2)}(?:kemerle|sopayla|terlikle|hortumla|kablo ile)`,
      // "Enough, don't hit" cried, heard by a neighbour.
      `(?:yeter|yapma|n olur) ${G(1)}(?:vurma|dovme|vurmayin|dovmeyin)`, `(?:vurma|dovme|vurmayin|dovmeyin) ${G(1)}diye`,
      // An older person's bank card or pension held by a son or daughter: financial abuse, asked about.
      w`(?:banka kart|bankamatik|pinpas|pinpas|maas|emekli maas|aow)\p{L}* ${G(2)}(?:oglu|kizi|gelini|damadi|torunu|yegeni|oglum|kizim)?\s?(?:almis|aldi|alip|elinde|tutuyor|el koy)\p{L}*`,
      w`(?:seni|sizi) ${G(4)}bulurum`, w`(?:duvari|kapiyi|masayi|duvara|kapiya) ${G(1)}yumrukl\p{L}*`,
      // Afraid to go home, not safe at home, what happens there may not be told.
      w`eve ${G(1)}(?:gitmeye|gitmekten|donmeye|donmekten|gelmeye) ${G(1)}kork\p{L}*`, w`(?:korkuyorum|korkuyom) ${G(1)}eve (?:gitmeye|donmeye)`, w`eve (?:gidemem|donemem)`, w`evde ${G(1)}guvende degil\p{L}*`,
      w`(?:evde|evimizde|bizde) ${G(2)}(?:olanlari|olan seyleri|yasananlari) ${G(3)}(?:anlatam|soyleyem|anlatmam yasak|soylemem yasak|kimseye)\p{L}*`,
      w`kimseye ${G(1)}(?:soylememem|anlatmamam|soyleyemem|anlatamam|soylersem|anlatirsam|soylemememi|anlatmamami) ${G(4)}(?:gerek|yasak|dedi|oldur|dov|ceza|kork)\p{L}*`, w`kimseye (?:soyleme|anlatma) dedi`,
      w`(?:sirrimiz|bizim sirrimiz|aramizda kalsin dedi)`, w`${close} ${G(2)}(?:bana|cocuga|kizima|ogluma|kardesime) ${G(1)}(?:dokunuyor|dokundu|elliyor|elledi)`,
      w`(?:bana|kizima|ogluma) ${G(1)}(?:kotu|garip|tuhaf|istemedigim|uygunsuz) ${G(1)}(?:sekilde )?(?:dokun|ellen|elle)\p{L}*`,
      w`${close} ${G(2)}(?:bana|kardesime|bize|kizima|ogluma) ${G(1)}kotu (?:seyler|sey|bir sey) yap\p{L}*`, w`(?:yikanirken|dus alirken|giyinirken|soyunurken|uyurken) ${G(2)}(?:odama|banyoya|yanima|yatagima) ${G(1)}(?:giriyor|girdi|geliyor|geldi)\p{L}*`, w`${close} ${G(3)}(?:bana|bize|anneme|babama) ${G(1)}yemek ${G(1)}vermi(?:yor|yo)\p{L}*`,
      // Threatened, with a condition; hurt, with a sign.
      w`(?:ogren|duy|gor|bil|anlat|soyl|kac|bosan|ayril)\p{L}*(?:rse|rsa|rsem|rsam|rsak|rsek) ${G(2)}(?:beni|bizi) ${G(1)}oldur\p{L}*`, w`(?:tehdit ediyor|tehdit etti)`,
      w`(?:morluk|morarti|mosmor|morluklar)\p{L}*`, w`(?:gozum|gozu|kolum|kollarim|bacagim|yuzum) ${G(1)}mor(?:ardi|armis|arti)?`, w`canimi ${G(1)}yak(?:iyor|iyo|ti|ar|ip)\p{L}*`,
      w`(?:sinirlenince|sinirlendiginde|icince|sarhos olunca|kizinca|ofkelenince) ${G(4)}(?:vur(?!g)|kiri|kirar|kirdi|firlat|dov(?!iz)|kork|bagir|tehdit|itti|itiyor)\p{L}*`, w`(?:esyalari|tabaklari|bardaklari|her seyi) ${G(1)}(?:firlat|kiriyor|kirdi)\p{L}*`,
      // Control: phone, money, papers, permission.
      w`${partner} ${G(2)}telefonum\p{L}* ${G(1)}(?:kontrol|karistir|bak|oku|kir)\p{L}*`, w`${partner} ${G(3)}izin ${G(1)}ver(?:mi|me)\p{L}*`, w`${partner} ${G(2)}(?:beni )?(?:takip ediyor|pesimi birakmiyor)`,
      w`(?:maasimi|parami|paramizi|emekli maasimi|aowumu|uitkeringimi|bankamatik kartimi|kartimi|pinpasimi|bankpasimi|emekli kartimi|tum paramizi|pensioenimi) ${G(2)}(?:aliyor|aldi|aliyorlar|almis|tutuyor|vermiyor|yonetiyor|harciyor|cekiyor|cekti|elinde)`,
      w`${partner} ${G(3)}(?:bana|bize) ${G(1)}(?:hic )?para ${G(1)}vermi(?:yor|yo)\p{L}*`, w`(?:disari|evden|sokaga) ${G(1)}cikam(?:iyorum|iyom|iyoruz|am)\p{L}* ${G(3)}(?:izin|kilit\p{L}*|kocam|esim|babam)`,
      w`(?:pasaport|kimlig|kimlik|oturma izn|oturum kart|paspoort)\p{L}* ${G(3)}(?:aldi|almis|tutuyor|vermiyor)`,
      // Honour, forced marriage, shelter.
      w`namus(?:umuz|unu|unuzu|u|umu|umuzu|umuzun)? (?:meselesi|yuzunden|ugruna|lekesi|temizle|icin)\p{L}*`, w`(?:ailemin|ailenin) ${G(1)}(?:serefi|namusu)`, w`(?<!(?:from|in|uit|van|to) )kuma(?:yim|si|yi|ya|m)?`, w`kuma getir\p{L}*`,
      w`evlen\p{L}* ${G(4)}(?:zorla|zorluyor|zorunda|mecbur|baski|istiyorlar|gerekiyor)\p{L}* ${G(3)}(?:istemiyorum|kork\p{L}*)`,
      // Heard as a rumour ("götürüp evlendirecekmiş diye duydum"): asked about.
      w`(?:turkiyeye|memlekete|koye|turkije) ${G(3)}(?:gotur|gonder)\p{L}* ${G(4)}(?:evlendir|zorla|nikah|kuma)\p{L}*`,
      w`(?:kadin )?siginma evi\p{L}*`, w`kadin siginag\p{L}*`, w`siginak\p{L}*`, w`kadin evi\p{L}*`, w`(?:vrouwenopvang|blijf van mijn lijf)(?:a|da|ta|dan|tan|ya|yi|i|in|ina|ini|daki|dayim|dayiz)`,
      // A child unsafe or hurt; a neighbour who hears it; sexual boundaries.
      w`(?:cocuk|cocuklar|bebek)\p{L}* ${G(4)}(?:ihmal ed\p{L}*|ac birak(?:iyor|ilmis|ti|iyorlar)|yalniz birak(?:iyor|ilmis|ti|iyorlar|tilar)|aglayip duruyor)`, w`ihmal ediliyor`, w`ciglik\p{L}* ${G(2)}(?:sesleri|sesi|duyuyorum|duyuyoruz|duydum|geliyor)\p{L}*`,
      w`(?:istismar|taciz)\p{L}*`, w`(?:odama|banyoya) ${G(1)}(?:giriyor|girdi|geliyor)\p{L}* ${G(4)}(?:izin|ciplak|soyun|rahatsiz|korkuyorum|istemiyorum|yikanirken|dus alirken|giyinirken)\p{L}*`, w`siddet(?!li|le)\p{L}*`, w`dayak\p{L}*`,
      w`(?:sinir|ofke)\p{L}* ${G(2)}(?:kontrol edemiyor|patlamalari)`, w`(?<!(?:is|zijn|ben|bent|zit|zitten|verder|weer|nu|blijf|blijft|blijven|gewoon|allemaal|goed en|en) )veilig thuis\p{L}*`, w`${close} ${G(2)}polis\p{L}* ${G(1)}(?:aradim|cagirdim|geldi|cagirmak)\p{L}*`, w`ac birak(?:iyor|iyorlar|ti|tilar)`,
      w`(?:${partner}|babam|annem) ${G(3)}(?:asagiliyor|hakaret ed\p{L}*|kufur ed\p{L}*|bagirip cagiriyor)`, w`baslik parasi`,
      // Coercive control: the salary or pension moved to his account, money asked for bread, receipts shown.
      w`(?:maas|emekli maas|aow|uitkering|para|kart|bankamatik|pinpas|bankpas|emekli|toeslag|kindergeld|cocuk parasi)\p{L}* ${G(3)}(?:kendi hesab\p{L}*|el koy\p{L}*)`,
      w`${close} ${G(3)}(?:maas|emekli maas|aow|uitkering|param|paramizi|kartimi|toeslag|kindergeld|cocuk parasi)\p{L}* ${G(3)}(?:aktar|harc|cek)(?:iyor|di|mis|ir|ip)\p{L}*`,
      w`(?:ekmek|market|alisveris|bir sey|su|sut|bez)\p{L}* ${G(3)}(?:bile )?(?:ondan|ona|kocamdan|esimden|ondan para) ${G(1)}(?:para )?(?:istemem|istemek zorunda|izin almam)\p{L}*`, w`(?:fis|fisleri|makbuz|harcama)\p{L}* ${G(2)}(?:gosteriyorum|gostermem|gostermek zorunda|hesap ver)\p{L}*`,
      // Not let out, papers taken, sent back as a threat, "if you open your mouth".
      w`(?:beni|bizi|karimi|esimi|annemi|babami|kizimi|gelinimi) ${G(2)}(?:evden|disari|sokaga|kapidan|hicbir yere|kapinin disina)\p{L}* ${G(1)}(?:cikarmi|birakmi|salmi|cikartmi|gondermi)(?:yor|yo|yorlar|yolar)\p{L}*(?! ${G(2)}(?:gezme|gezmeye|yemege|yemek yemeye|tatile|sinemaya|piknige|alisverise|tiyatroya|konsere)\p{L}*)`,
      w`(?:pasaport|kimlig|kimlik|oturma izn|oturum kart|paspoort|verblijfs)\p{L}* ${G(3)}(?:aldi|aldilar|almis|almislar|tutuyor\p{L}*|vermiyor\p{L}*|sakl\p{L}*)`,
      w`(?:seni|sizi|beni|bizi)\p{L}* ${G(3)}(?:turkiyeye|memlekete|koye|koyune|turkije|ulkene|ulkeye|geri)\p{L}* ${G(1)}(?:yolla|gonder|gotur|postala|yollat)(?:rim|irim|ir|ur|urum|acag|ecek|icam|cem|acak|ecegim|acagim|urum)\p{L}*`,
      w`(?:agzini acarsan|birine soylersen|kimseye soylersen|birine anlatirsan|kimseye anlatirsan|polise gidersen|sikayet edersen|annene soylersen|ayrilirsan|bosanirsan|kacarsan) ${G(6)}(?:oldur|yolla|gonder|alirim|goremezsin|pisman|gorursun|yakarim|bitiririm|dover|vururum|kovarim|atarim|gonderirim)\p{L}*`,
      // An elderly parent whose pension a child takes.
      w`(?:babamin|annemin|dedemin|ninemin|onun|babasinin|annesinin) ${G(1)}(?:emekli )?(?:maas|aow|pensioen|emekli)\p{L}* ${G(4)}(?:aliyor|aldi|harciyor|cekiyor|el koy|kendi (?:hesab|cebi|cebin|adina))\p{L}*`,
    ],
    emergency: [
      w`(?:seker hastasi|diyabet\p{L}*) ${G(8)}(?:terli\p{L}*|sacma|tanimi\p{L}*|bayil\p{L}*)`, w`sacma sapan konus\p{L}*`,
      w`nefes ${G(1)}(?:almakta|alirken) ${G(1)}zorlan\p{L}*`, w`nefesi ${G(1)}(?:daraliyor|daraldi|kesiliyor)`, w`fenalas\p{L}*`, w`dus(?:tu|mus) ${G(4)}(?:kafasini|basini|kan|kalkamiyor)\p{L}*`, w`kafasini ${G(1)}carp\p{L}*`,
      w`(?:uyandiram|uyanmiyor|uyanmiyo|uyanmadi)\p{L}*`, w`titriyor ve kasil\p{L}*`, w`imdat`, w`bayginlik\p{L}*`, w`kendinde degil`, w`kendinden gecti`, w`(?:yerde|merdivende|banyoda|yerlerde) yat(?:iyor|iyo)`, w`konusam(?:iyor|iyo) ${G(3)}(?:titri|kol|yuz|agz)\p{L}*`,
      w`(?:dementia|demans|alzheimer|bunama|bunak)\p{L}* ${G(10)}(?:kayboldu|kayip|donmedi|bulamiyoruz|bulunamadi|eve gelmedi)`,
      w`(?:annem|babam|dedem|ninem|anneannem|babaannem|oglum|kizim|cocugum|cocuk|kardesim)\p{L}* ${G(3)}(?:kayboldu|eve donmedi|eve gelmedi|bulamiyoruz|ulasamiyoruz)`,
      w`(?:bebeg|bebek)\p{L}* ${G(4)}(?:ates\p{L}* (?:40|41|42)|morardi|nefes|uyanmiyor|tepki vermiyor|kasil)\p{L}*`, w`(?:garip|tuhaf|kotu) ${G(1)}(?:bir )?koku ${G(4)}(?:gaz|yanik|kapi|daire|komsu)\p{L}*`,
      w`(?:cok|fazla) (?:icki|alkol) ${G(1)}(?:icti|icmis) ${G(4)}(?:uyanm|ayilm|kus|nefes|tepki)\p{L}*`, w`(?:seker|sekeri) ${G(1)}(?:dustu|cok dustu|cok yukseldi) ${G(4)}(?:bayil|titri|konusam|tepki)\p{L}*`,
      w`(?:gunlerdir|gundur|bir haftadir|haftadir|\d+ gundur) ${G(4)}(?:gormedim|gormedik|gorunmuyor|ses yok|haber yok|kapiyi acmiyor|ulasamiyorum)`,
      w`(?:az once|demin|birden|aniden|simdi) ${G(1)}bayil(?:di|mis|iverdi)`,
    ],
  },
  signals: {
    suicide: [
      // Farewells and affairs put in order.
      [w`veda\p{L}*`, w`elveda`, w`bu (?:mesaji|mesajimi|yaziyi|mektubu|notu) okud\p{L}*`, w`ben artik rahat\p{L}*`, w`(?:cocuklarima|cocuklarimiza|anneme|babama|kedime|kopegime|aileme) ${G(1)}iyi bak\p{L}*`, w`hoscakal\p{L}*`, w`hakkini(?:zi)? helal ${G(1)}(?:et|edin)\p{L}*`, w`hakkimi helal ${G(1)}(?:ediyorum|ettim|ederim)`, w`helal (?:et|edin)`, w`affet beni`, w`beni affedin`, w`kendinize iyi bakin`, w`son mesaj\p{L}*`, w`son kez`, w`vasiyet\p{L}*`, w`beni unutmayin`,
        w`her sey icin tesekkur\p{L}*`, w`(?:islerimi|evraklarimi|borclarimi|her seyi) ${G(1)}(?:yoluna koydum|hallettim|duzenledim|ayarladim)`, w`mektup(?:lar)? yazdim`, w`(?:evraklarim|islerim|belgelerim) ${G(1)}(?:hazir|tamam|yolunda|duzenli)`, w`beni aramay\p{L}*`, w`(?:aramaniza|cevap vermenize) gerek yok`,
        w`herkese ${G(2)}tesekkur\p{L}*`, w`(?:her sey|her seyiniz|her seyin|hersey) icin ${G(1)}(?:tesekkur|sagol|sagolun|minnettarim)\p{L}*`, w`buraya kadar(?:mis|miymis|di)`, w`benden (?:bu kadar|buraya kadar)`, w`yolun sonu\p{L}*`,
        w`beni affet\p{L}*`, w`affet(?:in)? beni`, w`helallik\p{L}*`, w`benden (?:size|sana|sizlere|ona) (?:bir )?hatira`, w`hatira (?:olsun|kalsin)`, w`hatiram (?:olsun|olarak)`,
        w`(?:artik |bir daha )?(?:sizi|seni|kimseyi) ${G(1)}rahatsiz (?:etmeyecegim|etmiycem|etmeyecem)`, w`(?:artik|bir daha) kimseye yuk olmayacagim`,
        w`(?:bir |birer |son )?(?:mektup|not|veda)\p{L}* ${G(1)}(?:yazdim|biraktim|hazirladim)`, w`(?:cocuklara|cocuklarima|annemlere|anneme|aileme|esime|kardesime)\p{L}* ${G(2)}(?:mektup|not)\p{L}* ${G(1)}(?:yazdim|biraktim)`],
      // Giving things away.
      [w`(?:ps5|ps4|playstation|xbox|oyunlarim|oyunlarimi|kedi|kopek|esya|kitap|kiyafet|taki|altin|bilezik|dikis makine|bisiklet|telefon|bilgisayar|araba|oyuncak|kus|bitki|cicek|koleksiyon|playstation|gitar)\p{L}* ${G(4)}(?:verdim|dagittim|hediye ettim|biraktim|alabilir|alsin|versinler|sahiplendir\p{L}*|bakmasini)`, w`(?:dagittim|hediye ettim) ${G(3)}(?:her seyi|esyalarimi|kitaplarimi)`, w`iyi bir yuva`, w`${belongings} ${G(5)}${gave}\p{L}*`, w`anahtar\p{L}* ${G(3)}(?:paspas|saksi|komsu|kapinin|posta kutu)\p{L}*`, w`${gave} ${G(3)}${belongings}`],
      // Means and places.
      [pills, w`tufe\p{L}*`, w`(?:hap|ilac)\p{L}* ${G(4)}(?:topladim|biriktirdim|biriktiriyorum|sakladim|sakliyorum|sayiyorum)`, w`ip`, w`urgan\p{L}*`, w`jilet\p{L}*`, w`kopru\p{L}*`, w`cati\p{L}*`, w`raylar\p{L}*`, w`tren yolu`, w`yuksek bir yer`, w`hayat sigorta\p{L}*`, w`silah\p{L}*`],
      // Hopelessness, being a burden, nothing matters.
      [w`anlam\p{L}* ${G(1)}(?:yok|kalmadi)`, w`(?:artik )?umrumda degil(?: artik)?`, w`anlamsiz`, w`umut\p{L}* ${G(1)}(?:yok|kalmadi)`, w`umutsuz\p{L}*`, w`dayanamiyorum`, w`bittim`, w`tukendim`, w`yuk(?:um|uz)?(?: oluyorum| oldum)`,
        w`kimse(?:nin)? umurunda degil\p{L}*`, w`cikis yolu`, w`pes ettim`, w`bosluk`, w`kimse fark etmez`, w`bir ise yaramiyorum`, w`her sey (?:bitti|bitecek)`, w`bir anlami yok`, w`yapamiyorum artik`,
        w`(?:artik|cok|ben artik) yoruldum`, w`yoruldum artik`, w`yuk olmak ${G(1)}${notWant}`, w`ne gerek var`, w`ne anlami var`, w`olmuyor artik`, w`yeterince yasadim`, w`ben olmasam ${G(4)}(?:daha iyi|bakar|rahat\p{L}*|kurtulur\p{L}*)`, w`bensiz ${G(1)}daha (?:iyi|rahat)\p{L}*`, w`(?:ilaclarimi|haplarimi|ilaclarimin) ${G(2)}(?:biraktim|icmiyorum|atiyorum|kestim)`],
      // A future that stops; things no longer needed, the house key left for someone.
      [w`(?:bana|benim) ${G(1)}(?:lazim|gerek)\p{L}* (?:degil|olmaz|olmayacak|yok) artik`, w`(?:lazim|gerek)\p{L}* (?:olmayacak|olmicak|olmiyacak|olmaz|degil) ${G(1)}(?:bundan sonra|artik)`, w`bundan sonra ${G(1)}(?:lazim|gerek)\p{L}* (?:olmayacak|olmicak|olmiyacak)`, w`artik (?:bana |benim )?(?:lazim|gerek)\p{L}* (?:degil|olmaz|olmayacak)`, w`(?:ev |evin |kapi |dairenin )?anahtar\p{L}* ${G(1)}kime (?:birakayim|vereyim|birakacagim|teslim edeyim|birakmaliyim)`,
        w`(?:yarindan|bugunden|bu geceden) sonra ${G(2)}(?:yokum|olmayacagim|olmiycam|goremeyeceksiniz|goremezsiniz)`, w`(?:bir daha|artik) ${G(1)}(?:goremeyeceksin\p{L}*|beni gormeyeceksin\p{L}*|olmayacagim)`, w`son (?:gunum|gecem|aksamim)`, w`yakinda ${G(1)}(?:rahatlayacagim|kurtulacagim|bitecek)`, w`(?:gelecek|haftaya) ${G(3)}(?:olmayacagim|yokum)`, w`benden sonra`, w`(?:yarin|yarindan sonra|bu aksamdan sonra) ${G(3)}(?:burada olmayacagim|yokum|olmayacagim|goremezsiniz)`],
      // Tried before.
      [w`(?:daha once|once de|bir kere|bir kez|gecen (?:yil|sene|ay)|gecmiste|birkac kez|iki kez)\p{L}* ${G(3)}dene(?:mis|misti|di|yen|mistim|dim)\p{L}*`, w`intihar girisim\p{L}*`, w`(?:hastanede yatti|midesi yikandi|mide yikama)`],
      // Withdrawing: hardly eating, not leaving the room, seeing no one, since a loss; a calm that is new.
      [w`(?:neredeyse|hic|pek|doğru dürüst|dogru durust) ${G(1)}(?:yemiyor|yemiyorum|yemek yemiyor|yemek yemiyorum|bir sey yemiyor)`, w`(?:odasindan|odamdan|evden|yatagindan|yatagimdan) ${G(1)}(?:cikmiyor|cikmiyorum|cikmak istemiyor)`,
        w`(?:olumunden|vefatindan|kaybindan|cenazesinden|bosanmasindan|bosandigimizdan|isten atildigindan) (?:beri|bu yana)`, w`icine kapan\p{L}*`,
        w`(?:birden|aniden) ${G(1)}(?:cok )?(?:sakinlesti|huzurlu|rahatladi)`, w`bir tuhaflik var`],
      // Do not tell.
      [w`(?:annem|babam|ailem|kimse|esim|kocam|annemler)\p{L}* bilmesin`, w`kimseye (?:soyleme|soylemeyin|anlatma|anlatmayin)`, w`aramizda kalsin`],
      // Alarm about someone who went quiet after strange words.
      [w`(?:garip|tuhaf|korkutucu) ${G(1)}(?:seyler|mesaj|bir mesaj)\p{L}*`, w`cevap vermi(?:yor|yo)`, w`telefonunu? acmi(?:yor|yo)`, w`ulasamiyorum`, w`telefon\p{L}* ${G(1)}(?:kapandi|kapali|kapatti|kapatmis|kapaliydi|kapatik)`],
    ],
    violence: [
      // Control: phone, money, keys, permission.
      [w`telefonum\p{L}* ${G(1)}(?:kontrol|karistir|bakiyor|okuyor|aliyor|kiriyor)\p{L}*`, w`(?:beni|telefonumu|hesabimi|mesajlarimi) ${G(1)}kontrol ediyor`, w`nereye gittigimi`, w`izin ${G(1)}vermi(?:yor|yo)`, w`izin almam`, w`parayi (?:o|hep o) tutuyor`,
        w`kartim\p{L}* (?:onda|aldi)`, w`anahtar\p{L}* ${G(1)}(?:aldi|saklad\p{L}*|vermiyor)`, w`kapiyi ${G(1)}kilitl\p{L}*`, w`kimseyle gorus(?:emiyorum|turmuyor)`, w`ailemle gorus(?:emiyorum|turmuyor)`, w`kiskan\p{L}*`, w`takip ediyor`, w`konumum\p{L}*`, w`para vermi(?:yor|yo)`, w`(?:maas|emekli maas|aow)\p{L}* ${G(3)}(?:aktar|el koy|kendi hesab|aliyor|aldi)\p{L}*`, w`(?:ondan|kocamdan|esimden) ${G(1)}(?:para )?istemem`, w`fis\p{L}* ${G(1)}goster\p{L}*`, w`(?:evden|disari) ${G(1)}(?:cikarmi|birakmi|cikamiyorum)\p{L}*`, w`kimseyi tanimiyorum`],
      // Fear and anger at home.
      [w`korku\p{L}*`, w`kork(?:uyorum|uyom|uyoruz|tum)`, w`sinirlen\p{L}*`, w`sinirli`, w`bagir\p{L}*`, w`ofkel\p{L}*`, w`sarhos\p{L}*`, w`icince`, w`kufur\p{L}*`, w`asagiliyor`, w`hakaret\p{L}*`, w`kavga\p{L}*`, w`benim sucum`],
      // Injuries and excuses for them.
      [w`mor(?:luk|ardi|armis|arti)\p{L}*`, w`mosmor`, w`merdivenden dus\p{L}*`, w`kapiya carp\p{L}*`, w`dudagim patladi`, w`burnum kanadi`, w`sis(?:ti|lik|mis)\p{L}*`, w`kolum kirik`, w`alci\p{L}*`, w`yara(?:m|lar|larim|li|landim|ladi)?`, w`gunes gozlug\p{L}*`, w`acitiyor`, w`canim yaniyor`, w`(?:kirmizi|mor|kemer) iz\p{L}*`],
      // Secrets.
      [w`sir(?:rim|rimiz|rimizi|ri|rini|larimiz)`, w`gizli(?!lik)\p{L}*`, w`kimse bilm(?:iyor|esin|emeli)`, w`(?:bu )?mesaj\p{L}* ${G(1)}sil(?:ecegim|icem|cem|ecem|iyorum|mem lazim)\p{L}*`, w`(?:o|kocam|esim) ${G(1)}(?:gormeden|duymadan|bilmeden)`],
      // Not allowed to tell.
      [w`kimseye (?:soyleme|anlatma|soylememem|anlatmamam|soyleyemem|anlatamam)\p{L}*`, w`(?:soylersem|anlatirsam)`, w`annem bilmesin`, w`kimse duymasin`, w`agzini acarsan`, w`(?:soylersen|anlatirsan)`, w`(?:annene|annesine|kimseye|birine) (?:soyleme|anlatma|soylemeyecek)\p{L}*`],
      // Sexual boundaries.
      [w`dokun(?!mat)\p{L}*`, w`(?:odama|yatagima|banyoya) (?:geliyor|giriyor|geldi|girdi)`, w`ozel yer\p{L}*`, w`ciplak`, w`banyoya giriyor`, w`kucagina`, w`odama giriyor`, w`yatagima`, w`geceleri`, w`soyun\p{L}*`],
      // Honour and family pressure.
      [w`namus(?!lu)\p{L}*`, w`seref(?!e)\p{L}*`, w`zorla evlen\p{L}*`, w`evlendir\p{L}*`, w`kuma`, w`tore(?!n)\p{L}*`, w`ailem ogrenirse`, w`memlekete gotur\p{L}*`],
      // Threats.
      [w`tehdit\p{L}*`, w`gorursun`, w`pisman ed\p{L}*`, w`cocuklari (?:alirim|alacak|goremezsin)`, w`seni bulurum`, w`(?:bosanirsam|ayrilirsam|kacarsam)`],
      // A child in distress, a neighbour who hears.
      [w`(?:cocuk|bebek)\p{L}* ${G(2)}(?:agliyor|cigliklar|bagiriyor|korkuyor)`, w`(?:annem|kardesim|kardeslerim|ablam|abim) ${G(2)}(?:agliyor|agliyordu|aglayarak)\p{L}*`, w`ciglik\p{L}*`, w`duvarin arkasindan`, w`yan daireden`],
    ],
    emergency: [
      // Not answering.
      [w`kapiyi ${G(1)}acmi(?:yor|yo)`, w`kapiyi acan yok`, w`telefon\p{L}* ${G(1)}acmi(?:yor|yo)`, w`cevap vermi(?:yor|yo)`, w`ses (?:yok|gelmiyor)`, w`ulasam(?:iyorum|iyoruz)`, w`tepki vermi(?:yor|yo)`],
      // Time missing.
      [w`gunlerdir`, w`gundur`, w`birkac gundur`, w`bir haftadir`, w`haftadir`, w`dunden beri`, w`sabahtan beri`, w`\d+ gundur`, w`uzun zamandir gorm\p{L}*`, w`gormedim`, w`gorunmuyor`],
      // Smells and signs at the door.
      [w`koku\p{L}*`, w`kokuyor`, w`(?:posta|mektup|gazete)\p{L}* ${G(1)}birik\p{L}*`, w`perde\p{L}* ${G(1)}kapali`, w`isik\p{L}* ${G(1)}yaniyor`, w`duman`],
      // A gas boiler or stove making noises: with the whole house sick and drowsy it may be carbon monoxide.
      [w`kombi\p{L}*`, w`soba\p{L}*`, w`sofben\p{L}*`, w`sohben\p{L}*`, w`(?:herkesin|hepimizin|hepimiz|ailece|evdeki herkes) ${G(2)}(?:bas\p{L}*|mide\p{L}*) ${G(1)}(?:agri|bulan|don)\p{L}*`],
      // Alarming body signs.
      [w`mide\p{L}* bulan\p{L}*`, w`(?:cok |asiri )?uykulu`, w`kelimeleri karistir\p{L}*`, w`nefes\p{L}*`, w`bayil(?:di|mis|dilar|iyor)`, w`bas(?:im|i|imiz|lari) ${G(1)}don(?:uyor|uyo|du)\p{L}*`, w`titri\p{L}*`, w`kasil\p{L}*`, w`sapsari`, w`bembeyaz`, w`morardi`, w`bilinc\p{L}*`, w`yere dus\p{L}*`, w`bas ${G(1)}donme\p{L}*`, w`kusuyor`, w`gogus\p{L}*`, w`soguk ter\p{L}*`, w`kafasini carpti`],
      // Vulnerable people.
      [w`yasli\p{L}*`, w`yalniz yasiyor`, w`tek basina yasiyor`, w`demans\p{L}*`, w`alzheimer\p{L}*`, w`bunama\p{L}*`, w`seker hasta\p{L}*`, w`kalp hasta\p{L}*`, w`bebek\p{L}*`, w`(?:[6-9]\d|1\d\d) yasinda`],
      // Substances.
      [w`cok ilac`, w`uyusturucu\p{L}*`, w`alkol\p{L}*`, w`cok icti`, w`bir sey icti`, w`eroin`, w`kokain`, w`hap icti`],
    ],
  },
  figurative: [
    // A rant at an office: "gemeente'dekilerin kafasini koparacagim".
    w`(?:kafa|kafasi|kafasini|kafalarini|kafalari)\p{L}* ${G(1)}(?:koparacag|koparicam|koparcam|kopariyim|koparirim|kiracag|kiricam)\p{L}*`,
    // Said to set the record straight (blind files of 2 December m-p): "kızım intihar falan düşünürsün diye korkuyor, öyle bir şey yok".
    w`intihar\p{L}* ${G(2)}(?:dusunur\p{L}*|dusunuyor\p{L}*|eder\p{L}*|edecegim\p{L}*) diye ${G(1)}(?:kork\p{L}*|endise\p{L}*|merak\p{L}*|telas\p{L}*)`, w`(?:intihar|kendime zarar|kendimi oldurmek)\p{L}* ${G(5)}oyle bir (?:sey|niyetim|dusuncem|dusuncem) yok`,
    // A stroke years ago whose paralysis stays: care, not an emergency.
    w`(?:yil|sene|ay|hafta)\p{L}* once ${G(2)}(?:felc|inme|kalp krizi)\p{L}* ${G(1)}gecir\p{L}*(?: ${G(2)}(?:sag|sol|bir) tarafi ${G(1)}(?:tutmuyor|kalkmiyor|hissetmiyor))?`,
    w`bekleterek (?:oldur|bitir)\p{L}*`, w`(?:ind|gemeente|belediye|uwv|duo|belastingdienst|kurum)\p{L}* ${G(3)}(?:beni|bizi) ${G(2)}oldur\p{L}*`,
    // "This system will kill me": paperwork, waiting, bills.
    w`(?:bu )?(?:sistem|burokrasi|formlar|bekleme|kuyruk|evrak|faturalar|uwv|gemeente|belediye)\p{L}* ${G(1)}(?:beni|bizi) (?:oldurecek|olduruyor|bitirecek|bitiriyor)`,
    // The news, a film or a series told, and a child's "will dad kill mum one day?".
    w`haber\p{L}* ${G(6)}(?:bicaklan|vurul|olduruldu|oldurul)\p{L}*`, w`(?:televizyonda|filmde|dizide|haberlerde|belgeselde) ${G(1)}kendini oldur\p{L}*`, w`kendini oldur\p{L}* ${G(4)}(?:film|dizi|belgesel|haber|kitab|roman)\p{L}*`,
    w`(?:dizide|filmde|dizisinde|filminde|oyunda|cizgi filmde) ${G(4)}(?:oldur|dov|bicakl)\p{L}*`, w`bir gun ${G(2)}(?:annemi|babami|beni|bizi|seni) ${G(1)}oldurur mu`,
    // An ex who beat her, told in the past ("eski eşim yıllarca beni dövdü"), and parents who shout "but don't hit".
    w`eski (?:esim|kocam|sevgilim|nisanlim|esimden) ${G(3)}(?:dovdu|doverdi|dovuyordu|vurdu|vururdu|dovulurdum)`, w`(?:vurmuyo|vurmuyor|dovmuyo|dovmuyor)\p{L}* ${G(1)}(?:falan|filan|ama)`,
    // A child repeating a cartoon while playing; a school presentation; a barbecue's smoke.
    w`(?:oyun oynarken|oynarken|cizgi film\p{L}*) ${G(4)}(?:oldururum|oldurcem|oldurecegim|vururum)`, w`(?:oldururum|oldurcem|oldurecegim) ${G(3)}(?:oyun|oynarken|cizgi film\p{L}*)`,
    w`(?:odev\p{L}*|sunum\p{L}*|proje\p{L}*|arastirma\p{L}*) ${G(4)}(?:aile ici siddet|siddet|intihar)\p{L}*`, w`(?:aile ici siddet|siddet|intihar)\p{L}* (?:hakkinda|uzerine|konulu) ${G(2)}(?:sunum|odev|proje|brosur|bilgi)\p{L}*`,
    w`mangal\p{L}* ${G(8)}duman\p{L}*`, w`duman\p{L}* ${G(8)}mangal\p{L}*`,
    // In hospital for weeks and recovering: cared for, not missing.
    w`(?:\d+ (?:gundur|haftadir|aydir) )?hastane\p{L}* ${G(2)}iyiles\p{L}*`,
    // An office or an application that has not answered for weeks: no one missing behind a door.
    w`(?:basvuru|dilekce|aanvraag)\p{L}* ${G(4)}(?:haftadir|aydir|gundur) (?:ses|haber|cevap) yok`, w`(?:gemeente|belediye|uwv|ind|svb|duo|kurum|huisarts|doktor|ev sahibi)\p{L}* ${G(1)}telefon\p{L}* (?:acmiyor|acmiyo|acmadi|acmiyorlar)`,
    // "As if I can't breathe": a hedge, the panic kind (a doctor found nothing), not an emergency.
    w`(?:nefes ${G(1)}ala?mi?yo\p{L}* sanki|sanki nefes ${G(1)}ala?mi?yo\p{L}*)`,
    // Thought to be a beating and then not: "biri birini dovuyor sandim, meger gol atmis".
    w`(?:bagir\p{L}*|ciglik\p{L}*|ses\p{L}*|gurultu\p{L}*) ${G(10)}(?:sandim|zannettim|sanmistim|zannetmistim) ${G(1)}(?:meger|sonra anladim|ama degilmis)(?! ${G(4)}(?:gercekten|hakikaten|dogruymus))`,
    w`(?:biri|birisi|birileri|biri birini|komsular|adam) ${G(2)}(?:dovuyor|dovusuyor|dovuyorlar|oldurulyor|olduruyor|kavga ediyor) (?:sandim|zannettim|sanmistim|zannetmistim|saniyordum)`,
    // Waking early or at night: "erken uyanmayayım diye alarmı kapattım".
    w`(?:erken|gec|gece|geceleri|gece yarisi|sik sik|tekrar tekrar|cocuk|bebek) uyanma(?:yayim|yalim|mak icin|sam|sin|masin)\p{L}*`,
    // Someone else's suicide, long ago: an anniversary, a grave, lost to suicide.
    w`intihar (?:eden|etmis olan|ederek olen|sonucu olen|ederek vefat eden) ${G(2)}\p{L}+ ${G(3)}(?:yildonum|yil donum|anma|mezar|kaybi|cenaze|yas|ardindan|ani)\p{L}*`,
    w`\p{L}+ intihar ${G(1)}(?:ettigi|etmesinin|ettiginin|ettigi gunun)\p{L}* ${G(4)}(?:yildonum|yil donum|anma|mezar)\p{L}*`,
    w`(?:kardesimi|arkadasimi|oglumu|kizimi|babami|annemi|esimi|kocami|kuzenimi|abimi|ablami)\p{L}* intihar(?:a|la|sonucu) kaybet\p{L}*`, w`intihar\p{L}* ${G(2)}(?:sonucu|ederek) ${G(1)}(?:kaybett|vefat)\p{L}*`,
    w`(?:belastingdienst\p{L}*|mektub\p{L}*|vergi\p{L}*|mektup\p{L}*|belediye\p{L}*|burokrasi\p{L}*|is|okul|sinav\p{L}*|kira|fatura\p{L}*|bu evrak\p{L}*) ${G(2)}beni ${G(1)}oldur\p{L}*`, w`intihar ${G(2)}(?:dusunmuyorum|dusunmedim|dusunmem|yok|degil)`,
    w`(?:duman|yangin) alarmi ${G(8)}(?:pil\p{L}*|hicbir sey yok|bisey yok)`,
    // Dying of laughter, hunger, boredom, curiosity, shame.
    w`gulmekten \p{L}+`, w`(?:acliktan|susuzluktan|sicaktan|soguktan|meraktan|sikintidan|can sikintisindan|korkudan|utanctan|yorgunluktan|uykusuzluktan|heyecandan|stresten|sevincten|kiskancliktan|ozlemden|asktan|beklemekten|calismaktan|kosmaktan|yurumekten|sikilmaktan|mutluluktan) ${G(1)}(?:ol|gebe)\p{L}*`,
    w`olesiye`, w`olumune`, w`(?:sana|senin icin|ugruna) ${G(1)}oleyim`, w`oleyim ${G(1)}(?:sana|senin icin)`, w`olsem (?:bile|de|da) (?:\p{L}+ ){0,2}?\p{L}+m[ae]m(?! (?:lazim|gerek))`, w`oldur(?:sen|seler|seniz) (?:de|da|bile)`,
    // Bored, annoyed, exhausted; "life slapped me".
    w`can(?:im|in|imiz|i|imi|ini) (?:sikil|sik|cikt|cikar|ciki)\p{L}*`, w`hayattan ${G(1)}tokat ${G(1)}ye\p{L}*`, w`hayat ${G(1)}tokat (?:atti|gibi)`,
    // "This work / stress / bureaucracy is killing me": the thing itself is the subject, not "işten gelince beni öldürecek".
    w`(?:bu |su )?(?:park )?(?:ceza|cezalar|cezalari|cezasi|vergi|vergiler|form|formlar|randevu|kuyruk|sira)\p{L}* ${G(1)}(?:beni|bizi) ${G(1)}oldur(?:uyor|ecek|ucek|uyo)\p{L}*`,
    w`(?:bu |su )?(?:is|isler|stres|borc|borclar|kira|fatura|faturalar|okul|ders|dersler|sinav|sinavlar|bekleme|burokrasi|belediye|gemeente|evrak|evraklar|formlar|sicak|soguk|trafik|gurultu|agri|bas agrisi|yorgunluk|hava|uykusuzluk|is yuku|merak|bu bekleyis) ${G(1)}(?:beni|bizi) ${G(1)}oldur(?:uyor|ecek|ucek|du|uyo)\p{L}*`,
    w`(?:beni|bizi) oldur(?:uyor|ecek|ucek|uyo)\p{L}* ${G(1)}(?:bu|su) (?:is|stres|borc|kira|fatura|okul|ders|sinav|bekleme|burokrasi|belediye|evrak|sicak|soguk|trafik|gurultu|agri|yorgunluk|hava|merak)(?:lar|ler)?`,
    // Drowning in debts, no air from stress (said of oneself); a heart attack at a bill.
    w`(?:borc|borcum|borclar|borclarim|borclara|borclarda|borc icinde|borclar icinde|is|isler|islerim|iste|islerde|kira|fatura|faturalar|evrak|evraklar|evrak islerinde|stres|sorun|sorunlar|sorunlarda|dert|dertler|mektup|mektuplar|yazisma|yazismalar|burokrasi|burokraside) bogul(?:uyorum|uyom|dum|uyoruz|duk|acagim)`,
    w`(?:stres|stresten|isten|is yogunlugundan|borclardan|dertten|yogunluktan|sikintidan|sicaktan|kalabaliktan|kosusturmacadan) ${G(1)}nefes ${G(1)}alam(?:iyorum|iyom|iyoruz|am)`,
    w`kalp krizi (?:gecirecektim|geciriyordum|gecirecegim|geciricem|gecirtecek|gecirttin|gecirtti|gecirtiyor)`, w`az kalsin kalp krizi`,
    w`(?:kalp krizi|kalp krizin|felc|inme|beyin kanamasi)(?:nden|ndan|den|dan)? (?:sonra|beri|sonrasinda)`,
    // Had a stroke and is now cared for: caregiving, not an emergency now.
    w`(?:kalp krizi|felc|inme) ${G(1)}gecirdi(?= ${G(8)}(?:bakiyorum|bakiyoruz|bakmak|bakim\p{L}*|ilgileniyorum))`, w`(?:kalp krizi|felc|inme|beyin kanamasi) gecirdi(?:kten|ginden) (?:sonra|beri)`, w`(?:kalp krizi|felc|inme) ${G(1)}gecirmisti`,
    // Debts, rent and problems with no way out; noise I cannot stand.
    w`(?:borc|borclar|kira|sorun|problem|fatura|durum|is)\p{L}* ${G(2)}cikis yolu`,
    w`(?:gurultu|ses|koku|kira|borc|sicak|soguk|komsu|bekleme|trafik|agri|bas agri|dis agri|rutubet|kuf)\p{L}* ${G(2)}(?:dayanam|katlanam|tahammul edem)\p{L}*`,
    w`(?:dayanam|katlanam|tahammul edem)\p{L}* ${G(2)}(?:gurultu|ses|koku|sicak|soguk|komsu|rutubet|kuf|agri)\p{L}*`,
    // Suicide named but not meant: "it would be suicide", "political suicide", prevention, a school project.
    w`intihar (?:gibi|demek|sayilir)`, w`(?:siyasi|politik|ekonomik|sosyal|kariyer|mesleki) intihar\p{L}*`,
    w`intihar\p{L}* (?:onleme|hatti|hattina|haber|haberi|haberleri|filmi|dizisi|konulu|hakkinda|uzerine|orani|oranlari|istatistik|ile ilgili)\p{L}*`,
    // Said not to be so ("intihar etmem", but not "intihar etmem lazım").
    w`(?:(?:hic|asla|hicbir zaman|kesinlikle|hic bir zaman) )?intihar\p{L}* ${G(2)}(?:dusunmedim|dusunmuyorum|etmem(?! (?:lazim|gerek))|etmeyecegim|etmeyecem|etmicem|aklimdan gecmedi|aklimdan gecmiyor|dusuncem yok|dusuncesi yok|dusuncelerim yok|dusuncem olmadi|etmek istemiyorum|niyetim yok)`,
    w`kendi(?:me|ne) zarar ${G(1)}(?:vermem(?! (?:lazim|gerek))|vermiyorum|vermedim|vermeyecegim|vermeyecem|vermicem|vermez|vermiyor|vermek istemiyorum|vermeyi dusunmuyorum|vermeyi hic dusunmedim|verecek biri degilim)`,
    w`kendi(?:mi|ni) ${G(1)}oldur(?:mem(?! (?:lazim|gerek))|meyecegim|meyecem|micem|mez|mek istemiyorum|meyi dusunmuyorum|meyi hic dusunmedim|meyi dusunmedim)`, w`olmeyi ${G(1)}(?:dusunmuyorum|dusunmedim|hic dusunmedim)`,
    w`(?:beni|bizi) ${G(1)}(?:hic|asla|hicbir zaman) ${G(1)}(?:dovmedi|dovmez|dovmuyor|vurmadi|vurmaz|vurmuyor)`, w`(?:guvendeyim|tehlikede degilim|tehlike yok)`, w`(?:hic )?siddet (?:yok|olmadi|gormedim|gormuyorum|uygulamiyor|uygulamadi)`,
    // A teenager's joke: "annem beni öldürecek, karnem kötü".
    w`(?:beni|bizi) oldur(?:ecek|ucek|ur)\p{L}* ${G(5)}(?:haha\p{L}*|hehe\p{L}*|sjsj\p{L}*|ahah\p{L}*|jsjs\p{L}*|lol|xd|saka\p{L}*|karne\p{L}*|notlar\p{L}*|zayif\p{L}*)`, w`(?:karne|notlar|sinav|zayif)\p{L}* ${G(5)}(?:beni|bizi) oldur(?:ecek|ucek|ur)\p{L}*`, w`tehdit (?:etmiyor|etmedi|etmez|etmemis)`,
    // Threats that are paperwork: eviction, court, a cut-off.
    w`(?:tahliye|mahkeme|dava|avukat|icra|haciz|ceza|faiz|kesinti|fesih|elektrik|elektrig|dogalgaz|su kesinti|deurwaarder|incasso|uitzetting|ihtar)\p{L}* ${G(2)}tehdit\p{L}*`,
    w`(?:kesmek|kesme|kapatmak|haciz koymak|dava acmak|mahkemeye vermek|evden atmak|cikarmak)(?:le|la|yle|yla) tehdit\p{L}*`,
    w`(?:ev sahibi|ev sahibim|ev sahibimiz|verhuurder|woningcorporatie|corporatie) ${G(3)}(?:evden|daireden) (?:atmak|cikarmak|kovmak)la tehdit\p{L}*`,
    // Told as the past, with nothing pointing to now: "eskiden babam beni döverdi, şimdi iş arıyorum".
    w`(?:eskiden|yillar once|yillarca once|\d+ (?:yil|sene) once|cocukken|kucukken|gencken|ergenken|cocuklugumda|gencligimde|gecmiste|bir zamanlar|o zamanlar|ilk evliligimde|onceki evliligimde) (?:(?!(?:yine|gene|tekrar|hala|halen|simdi|bugun|dun|yeniden|artik)(?!\p{L}))\S+ ){0,5}?(?:dov\p{L}*|vur\p{L}*|dayak\p{L}*|siddet\p{L}*|tokat\p{L}*|istismar\p{L}*|taciz\p{L}*|tehdit\p{L}*|kilitl\p{L}*)(?! ${G(6)}(?:yine|gene|tekrar|hala|halen|simdi de|su an da|bugun|dun|bu gece|son zamanlarda|devam ediyor|yeniden))`,
    w`(?:hakk|hak|haklar|ozel hayat|mahremiyet)\p{L}* ${G(1)}tecavuz\p{L}*`, w`(?:haliyi|hali|kilimi|eti|yorgani|demiri|cevizi|camasiri) ${G(1)}dov\p{L}*`,
    // Other everyday uses: food poisoning, fire safety, smoke from a cigarette or barbecue, sport, papers from an office.
    w`gida zehirlen\p{L}*`, w`yangin (?:sigorta|tup|tatbikat|merdiven|cikis|kapi|dedektor|sondurucu|sondurme|guvenlik|yonetmelik|hortum|alarmi test|kacis)\p{L}*`,
    w`(?:sigara|nargile|mangal|egzoz|baca|soba|tutsu|buhur)\p{L}* ${G(2)}duman\p{L}*`, w`siddet (?:haber|film|dizi|oyun|sahne|icerik)\p{L}*`,
    w`rakib\p{L}* ${G(1)}(?:dov|yen)\p{L}*`, w`(?:konsolosluk|konsolosluktan|belediye|belediyeden|gemeente|gemeenteden|ind|indden|postane|postaneden|kargo|kargodan|elcilik|elcilikten|nufus|nufustan) ${G(1)}(?:aldi|almis|aliyor|getirdi)`,
    w`takip (?:ediyor|etti)\p{L}* ${G(2)}(?:instagram|tiktok|twitter|youtube|facebook|snapchat)\p{L}*`, w`(?:instagram|tiktok|twitter|youtube|facebook|snapchat)\p{L}* ${G(2)}takip\p{L}*`,
    // A small child or baby who comes to the parents' bed at night; children playing.
    // Chest tightness the doctor already checked ("kalbim sağlam dedi, testler temiz"): anxiety, not a heart attack.
    w`(?:gogsum|gogsu|kalbim)\p{L}* ${G(1)}(?:agri|sikis|sanci|aci)\p{L}* ${G(8)}(?:doktor\p{L}* ${G(3)}(?:saglam|temiz|bir sey yok|normal)|testler\p{L}* ${G(1)}(?:temiz|normal|iyi)|kalbim\p{L}* saglam)\p{L}*`,
    // Grief and worry that "kill me inside": "bu beni içten içe öldürüyor", "bu beni yavaş yavaş bitiriyor".
    w`(?:bu|su|bunlar) (?:beni|bizi) (?:icten ice |yavas yavas |resmen )?(?:oldur|bitir)(?:uyor|uyo|iyor|iyo)\p{L}*`, w`icten ice ${G(1)}(?:oldur|bitir|yiyip bitir|eri|kemir)\p{L}*`,
    // A beating told and then shown to be a game or a joke: "öğretmen beni dövdü diyo, meğer şakalaşıyorlarmış".
    w`(?:\S+ ){0,3}?(?:dov|dog|vur|tokat|tekme)\p{L}* ${G(12)}(?:meger|sonra anladim|sonradan ogrendim|aslinda) ${G(10)}(?:saka(?! degil)|sakalas|sakadan|oyun|oyna)\p{L}*`,
    // A screening question quoted ("kendine zarar vermeyi düşünüyor musun diye soruyor"), not answered yes.
    w`(?:kendi(?:ne|nize) ${G(1)}zarar|intihar\p{L}*|olmek\p{L}*|olmeyi|kendini oldur\p{L}*|canina kiy\p{L}*|hayatina son) ${G(3)}(?:mu|mi|musun|misin|musunuz|misiniz|muydun|miydin)(?: ${G(1)}diye ${G(1)}(?:soru|sord|sorar|sormus|soran)\p{L}*| ${G(4)}hayir)(?! ${G(3)}(?:evet|bazen|galiba|aslinda evet))`,
    // A game, a match or a team that "killed me" ("fifada beni öldürdüler 5-0", "Galatasaray yine beni öldürdü").
    w`(?:fifa\p{L}*|fortnite\p{L}*|oyunda|oyunlarda|mac\p{L}*|galatasaray\p{L}*|fenerbahce\p{L}*|fener\p{L}*|besiktas\p{L}*|trabzon\p{L}*|takim\p{L}*|hakem\p{L}*|dizi\p{L}*|final\p{L}*|penalti\p{L}*) ${G(4)}(?:beni|bizi) ${G(1)}oldur(?:du|duler|dun|uyor|uyo)\p{L}*`,
    // Forgetting or mixing up one's pills is about care, not means.
    w`(?:ilac|hap)\p{L}* ${G(2)}(?:unut|karistir)\p{L}*`, w`(?:unut|karistir)\p{L}* ${G(1)}(?:ilac|hap)\p{L}*`,
    // An institution that does not answer its phone is not someone gone silent.
    w`(?:corporatie|woningcorporatie|woningbouw|belediye|gemeente|ev sahibi|evsahibi|sirket|kurum|huisbaas|verhuurder)\p{L}* ${G(3)}telefon\p{L}* ${G(1)}acmi(?:yor|yo)\p{L}*`,
    // A hand never raised: "el kaldırmıyor", "el kaldırma falan yok".
    w`el kaldir(?:miyor|miyo|madi|maz|mamis|ma falan yok|mak yok|digi yok)\p{L}*`,
    // "I feel like killing myself when my mother-in-law comes, just kidding" is a joke said as one.
    w`(?:intihar edesim|olesim|kendimi asasim|kendimi atasim|kafami vurasim) ${G(1)}geli\p{L}* ${G(2)}(?:saka|haha)\p{L}*`, w`intihar ed(?:erim|ecegim|icem) ${G(2)}saka saka`,
    w`(?:bebegim|bebek|kizim|oglum|cocugum|cocuklar|kucuk kizim|kucuk oglum) ${G(1)}${night} ${G(3)}(?:odama|yatagima|yatagimiza|odamiza) ${G(1)}gel\p{L}*`, w`(?:oyun|oynarken|sakadan|sakalas)\p{L}* ${G(3)}birbir\p{L}* ${G(2)}(?:dov|vur|it)\p{L}*`,
  ],
  past: {
    past: [
      w`(?:ocakta|subatta|martta|nisanda|mayista|haziranda|temmuzda|agustosta|eylulde|ekimde|kasimda|aralikta|gecen (?:ay|hafta))`, w`sondurdu\p{L}*`,
      w`(?:\d+|birkac|bir kac|iki|uc|dort|bes|on) (?:yil|sene|ay|hafta)\p{L}* once`, w`(?:yillar|yillarca|seneler|aylar|uzun zaman|cok zaman|epey|cok uzun zaman) once`, w`eskiden`, w`(?:ediyodu|ediyordu|yapiyodu|yapiyordu|dovuyordu|dovuyodu|vuruyordu|vuruyodu)`, w`evliligimiz boyunca`, w`bir (?:yil|sene|ay) once`, w`(?:19|20)\d\d (?:de|da|te|ta|yilinda)`, w`(?:cocukken|kucukken|gencken|ergenken|lisedeyken|ortaokuldayken|ogrenciyken)`,
      w`gecmiste`, w`\d+ (?:yil|sene) (?:oldu|gecti|olmus)`, w`bir zamanlar`, w`o zamanlar`, w`gecen (?:yil|sene)`, w`(?:onceki|ilk|eski) evliligimde`, w`cocuklugumda`, w`gencligimde`,
    ],
    present: [
      w`yine`, w`gene`, w`tekrar`, w`yeniden`, w`hala(?! ayni (?:ev|evde|evi|daire))`, w`halen`, w`bugun`, w`dun`, w`bu (?:gece|aksam|sabah|hafta)`, w`su an(?:da)?(?! ${G(1)}(?:iyi|guvende|mutlu))`,
      w`simdi (?:de|yine|gene|tekrar|hala)`, w`son zamanlarda`, w`gecen (?:gece|hafta)`, w`devam ediyor`, w`her gun`, w`artik ${G(1)}(?:yasamak|olmek|dayanam|yapam|katlanam|kaldiram)\p{L}*`,
    ],
    resolved: [
      w`o gitti artik`, w`(?:artik )?korkmuyo(?:m|rum)`, w`(?:sukur|simdi|artik) ${G(1)}iyi(?! (?:degil|olmuyor))`,
      w`hayatim (?:cok |artik )?(?:guzel|iyi|duzeldi|yolunda)`, w`kendi evim var`,
      w`(?:allaha|allah) sukur`, w`kimseye (?:bir sey|bisey) olmadi`,
      w`(?:artik|simdi|su an|cok sukur|elhamdulillah) ${G(1)}(?:iyiyim|iyi durumdayim|guvendeyim|mutluyum)`, w`geride kaldi`, w`atlattim`, w`gecti gitti`, w`tedavi (?:gordum|oldum)`, w`yardim aldim`,
      w`bosandim`, w`ayrildim`, w`hayatim duzeldi`, w`iyi gidiyor`, w`bosandik`, w`ayrildik`, w`(?:o|bu) (?:is|donem|konu|mesele|defter) (?:bitti|kapandi)`, w`gercekten ${G(1)}iyiyim`, w`(?:cok |cok daha |simdi daha |artik daha )?daha iyiyim`, w`terapiye (?:gidiyorum|basladim)`,
    ],
  },
  jokes: [w`haha\p{L}*`, w`saka(?:dan|yla|yapiyorum)?`, w`sakasina`, w`vallahi haha`, w`mecazi?\p{L}*`, w`hastaliktan(?:dir)?`, w`halusinasyon\p{L}*`, w`kimseye zarar vermiyor`],
  bystander: [
    w`komsu\p{L}*`, w`(?:yan|ust|alt|karsi) (?:daire|kat|komsu)\p{L}*`, w`(?<!(?:erkek|kiz) )arkadas(?:im|imin|imiz|imizin|lar\p{L}*|i|in)`, w`(?:is|sinif|okul|oda) arkadas\p{L}*`, w`tanidig\p{L}*`, w`tanidik\p{L}*`,
    w`danisan\p{L}*`, w`bir (?:kadin|cocuk|adam|kiz|oglan|genc|yasli)`, w`(?:baskasinin|onun|komsunun|arkadasimin) (?:cocugu|cocuklari|kizi|oglu|annesi|babasi|esi|kocasi|karisi)`,
    w`${relative} ${G(6)}(?:kendini|kendine|bilek\p{L}*|yerde|nefes\p{L}*|bayil\p{L}*|baygin|ayilm\p{L}*|uyanm\p{L}*|intihar\p{L}*|olmek|olmekten|yasamak istemedigini|kalp\p{L}*|fenalas\p{L}*|dustu)`,
    w`(?:endiseleniyorum|endiseliyim|merak ediyorum|korkuyorum) ${G(1)}(?:onun|komsum|arkadasim|oglum|kizim|annem|babam)\p{L}* ${G(1)}(?:icin|hakkinda)`,
  ],
  risk: [
    w`bu (?:gece|aksam)`, w`simdi`, w`hemen`, w`birazdan`, w`yarin`, w`bugun`, w`su an(?:da)?`, w`az sonra`, w`hazir(?:ladim|im|lar)?`, pills, w`ip`, w`urgan`, w`bicak\p{L}*`, w`jilet\p{L}*`,
    w`kopru\p{L}*`, w`cati\p{L}*`, w`balkon\p{L}*`, w`raylar\p{L}*`, w`tren\p{L}*`, w`yalnizim`, w`tek basimayim`, w`evde kimse yok`, w`yanimda kimse yok`,
    w`(?:ictim|yuttum|aldim|kestim) bile`, w`(?:coktan|zaten|demin|az once) ${G(2)}(?:ictim|yuttum|aldim|kestim)`, w`plan\p{L}*`, w`mektub\p{L}* ${G(1)}(?:yazdim|hazir|biraktim)`, w`karar verdim`,
    w`nasil yapacagimi biliyorum`, w`(?:eve )?geliyor`, w`kapida`, w`kapiyi (?:kiriyor|yumrukluyor|zorluyor)`, w`silah\p{L}*`, w`eline (?:aldi|bicak|silah)`,
  ],
  refusal: [
    w`aray(?:amam|amiyorum|amiyom|amayacagim|amicam|mayacagim|mam|mayacam|micam)`, w`aramam`, w`aramak ${G(1)}${notWant}`, w`telefon(?:la|da) ${G(1)}konus(?:amam|amiyorum|mak istemiyorum)`, w`konusmak ${G(1)}${notWant}`,
    w`konusam(?:am|iyorum|iyom)`, w`(?:kimse|hicbir sey|hic kimse|kimse bana) ${G(2)}(?:yardim edemez|ise yaramaz|yapamaz|anlamaz)`, w`faydasi yok`, w`ise yaramaz`, w`kontor\p{L}* (?:yok|bitti)`, w`kredim (?:yok|bitti)`,
    w`telefonum (?:yok|kapali|bozuk)`, w`sarjim (?:yok|bitti)`, w`(?:duyar|duyacak|duyabilir|duyarsa)`, w`(?:o|kocam|esim|babam) (?:evde|yanimda)`, w`(?:zaten|daha once) ${G(2)}aradim`, w`acmiyorlar`, w`cevap vermiyorlar`,
    w`(?:hollandaca|felemenkce|ingilizce) ${G(1)}(?:bilmiyorum|konusamiyorum|konusamam|anlamiyorum)`, w`dil bilmiyorum`, w`turkce (?:konusan yok|bilmiyorlar)`, w`polis\p{L}* ${G(1)}${notWant}`,
  ],
};
