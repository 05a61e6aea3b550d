import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Arabic as residents of the Netherlands write it: Modern Standard Arabic, Moroccan Darija,
 * Syrian/Levantine, Iraqi and Egyptian, and arabizi (Latin letters with 2, 3, 7, 9), often with
 * Dutch words mixed in. Drawn from how people disclose to crisis lines: a wish to die said as a
 * wish, a prayer or a farewell, being a burden, pills saved, a bridge or a balcony, cutting the
 * arm; a husband, father or brother who hits, threatens, locks in, keeps the passport or the
 * pension; a secret at night; emergencies told as a story. Text is folded (fold-letters.ts: hamza
 * seats become alif, taa marbuta becomes haa, alif maqsura becomes yaa, vowel marks go), so the
 * patterns are written with folded letters where it matters. Arabic glues small words to the
 * next one (و and, ب with, ل to, ال the, ما not, and the dialect verb prefixes ب, بي, ك, كي, تي,
 * عم, رح, غادي, ح, ه), and the object to the verb (ضربني "he hit me"): stems are therefore
 * written with `\\p{L}{0,3}` before and an object suffix after, and arabizi is written out into
 * Arabic letters by `spellings` before these patterns run.
 */

/** Myself, himself, herself: نفسي (MSA), حالي (Levantine), روحي (Iraqi, Gulf), راسي (Darija). */
const selfOnly = '(?:نفسي|حالي|روحي|راسي|ذاتي|نفسه|حاله|روحه|راسه|نفسها|حالها|روحها|راسها|نفسو|حالو|روحو|راسو)';
/** The same, and "yourself": someone who is told to kill themselves. */
const self = '(?:نفسي|حالي|روحي|راسي|ذاتي|نفسه|حاله|روحه|راسه|نفسها|حالها|روحها|راسها|نفسو|حالو|روحو|راسو|نفسك|حالك|روحك|راسك)';
/** I want, I wish: اريد, بدي, ابغى, عايز, بغيت, نحب, ودي, اتمنى. */
const want =
  '(?:اريد|نريد|بدي|ابغي|ابغا|ابي|عايز|عايزه|عاوز|عاوزه|بغيت|باغي|باغيه|كنبغي|نبغي|تنبغي|نحب|حابب|حابه|ودي|نفسي|اتمني|بتمني|نتمني|كنتمني|تمنيت|ياريت|ريت|ردت|اردت|اود|رايد|رايده|محتاج|محتاجه)';
/** He or she wants, as told by a relative or friend. */
const wants = '(?:بدو|بدها|بده|يريد|تريد|بغا|بغات|باغي|باغيه|عايز|عايزه|حابب|حابه|يبي|تبي|يبغي|تبغي|ودو|ودها|نفسه|نفسها)';
/** To die as the verb after a wish; bare موت only after Levantine بدي (Egyptian موت alone means "very"). */
const die = '(?:ان |اني |لو |باش |حتى |ل)?(?:اموت|نموت|وموت|واموت)';
/** To live; "live here / with him / in this house" is about housing and is left out. */
const live = '(?:ان |اني |باش |حتى |ل)?(?:[انتي]?عيش|العيش|الحياه|احيا|عايش|عايشه|اكمل حياتي|نكمل حياتي)';
const livingPlace =
  '(?! (?:هون|هنا|هنايا|هناك|فيه|فيها|في|ف|مع|معه|معها|معاه|معو|عند|عندهم|جنب|تحت|زي|مثل|متل|كده|هيك|وحدي|لحالي|لوحدي|بوحدي|[بف](?:ال|هال|هاد|هادي|هاي|هذا|هذه|هاذ|بيت|دار|شقه|حي|بلد|هولندا)\\p{L}*|بيت|دار|حي|بلد|شقه|هولندا)(?!\\p{L}))';
/** Tablets and medicines, with the article or a possessive. */
const pills =
  '(?:[وفب]?(?:ال|لل)|[بل])?(?:حبوب|حبات|دوا(?! (?:lata|lat|razy|dni|tygodnie|tygodni|miesiace|miesiecy|godziny|godzin|minuty|dzieci|tysiace|etaty|pokoje|euro|zl|zlote|zlotych|temu|osoby|ostatnie|pierwsze|kolejne|tydzien|noce)(?![\\p{L}\\p{N}]))|دواء|ادويه|دوايات|اقراص|برشام|كينا|بنادول|باراسيتامول|ترامادول|فاليوم|زاناكس|منوم|منومات|مسكن|مسكنات|مهدي|مهدئ|مهدئات|ليريكا|انسولين)(?:ي|اتي|يا|ها|ه|و|هم)?';
/** A height, a railway, water: with the article or a preposition glued on. */
const height =
  '(?:ال|بال|فال|لل|عال|ل|ب|ف)?(?:جسر|كوبري|قنطره|سطح|سطوح|بلكون|بلكونه|شرفه|شباك|نافذه|عماره|بنايه|طابق|قطار|ترين|تران|مترو|ميترو|سكه|نهر|بحر|قناه|واد|ترعه|نيل|كميون|شاحنه|ترام)';
/** A weapon, with the article or "with" glued on. */
const weapon = '(?:ال|بال|ب)?(?:سكين|سكينه|سكاكين|موس|خنجر|ساطور|سلاح|مسدس|فرد|بندقيه|كلاشن|كلاشنكوف|شفره|جنوي|بونيا)';
/** Mother, sister, the children: who is hit when the writer tells it as a witness. */
const victim =
  '(?:امي|ماما|مامي|يما|يمه|اختي|اخواتي|خواتي|اخوي|اخي|خويا|ختي|ولادي|اولادي|عيالي|دراري|اطفالي|بنتي|بناتي|ابني|ولدي|مرتو|مرته|زوجته|مراتو|مراته|مرتي|مراتي|زوجتي|الاولاد|الولاد|الاطفال|العيال|البنات|ابنه|بنته|اولاده|ولاده|عياله|الدراري|ولادها|اطفالها|امنا|الصغار|البيبي|الطفل|الرضيع|جدتي|ستي|تيتا|جدي)';
/** Brothers, uncles, the family: who threaten a daughter or sister over honour. */
const family =
  '(?:اهلي|اخواني|اخوتي|خوتي|اخوي|خويا|اخي|عيلتي|عائلتي|العيله|العائله|عمي|عمامي|اعمامي|خالي|اهلها|اخوها|اخوانها|ابوها|عيلتها|عائلتها|اهله|الاهل)';
/** At night, when everyone sleeps. */
const night = '(?:بالليل|في الليل|فالليل|بليل|ليلا|الليل|كل ليله|نص الليل|بنص الليل|لما ينامو|لما الكل نايم|وقت ينامو|ماما نايمه|امي نايمه|ملي كينعسو|الكل نايم|(?:ملي|لما|وقت|كي) (?:كلشي|كولشي|الكل|كلهم|كل الناس) (?:ناعس|ناعسين|نايم|نايمين|نايمه|كينعس\\p{L}*|نامو|ينامو))';
/** "A secret between us", in script and arabizi (sir binatna, ser benna). */
const secret = '(?:سرنا|سرنا الصغير|(?:سر|sir|ser|sirr|serr) (?:بيننا|بيناتنا|بينا|ما بينا|بيني وبين\\p{L}*))';
/** My room, my bed. */
const room = '(?:ل|ع|عل|على |الى |في |ف |جوه )?(?:غرفتي|اوضتي|اودتي|سريري|فرشتي|تختي|بيت النوم|غرفه النوم|شمبرتي|الشمبره|غرفتها|اوضتها|سريرها|تختها|غرفته|الحمام|(?:ال)?بيت (?:ديالي|ديالها|النعاس|نعاسي|نومي))';
/** A part of the body where people cut. */
const limb = '(?:ب|على |ع |في |ف )?(?:ايد|يد|دراع|ذراع|رجل|فخد|فخذ|جلد|معصم|رسغ|بطن)(?:ي|يا|ه|ها|و|يه|ين|يني|يها)?';
/** Getting up from sleep: اصحى, افيق, استيقظ, نفيق, نوض (Darija), قوم. */
const wake = '(?:[انتي]?صح[يا]|[انتي]?فيق|استيقظ|[انت]?قوم|[ان]نوض)\\p{L}{0,2}';
/** Getting up early, for work or school: not a wish to die (the word ends first, so that "اصحى بكير" cannot match as "اصح"). */
const wakeFor = '(?!\\p{L})(?! (?:بكير|بدري|بكري|الصبح|الصباح|بالصباح|الفجر|مبكرا|باكرا|على بكير|ع بكير|عبكير|للشغل|للمدرسه|للخدمه|للجامعه|عالشغل|عالمدرسه|الساعه|من النوم|من السرير|من الفراش)(?!\\p{L}))';
/** Going to, standing at, staying: روح, وقف, اوكف (Iraqi), ضليت, قعدت. */
/** Ending everything (انهي كل شي), said with a thought or a decision before it ("بدي انهي كل شي بالبلدية" is errands). */
const endEverything = `و?(?:افكر|بفكر|نفكر|كنفكر|عم فكر|قررت|ناوي|ناويه) ${G(2)}(?:ان |اني |باش |ل)?(?:ا|ن|ب|رح ا|ح ا|ه|غادي ن)?نهي (?:كل (?:شي|شيء|اشي|حاجه|هذا|هاد|هيك)|كلشي|كولشي|الموضوع كله)(?! (?:بال|فال|في|عند|مع|قبل)\\p{L}*)`;
/** Signs of a stroke: speech not understood or thick, an arm or leg heavy or not moving, half the face dropped. */
const strokeSign =
  `(?:و?(?:فم|تم|بق|حنك)(?:ه|ها|و)? (?:معوج|عوج|اعوج|تعوج|مايل|معووج)\\p{L}{0,2}|و?(?:ايد|يد|دراع|ذراع|رجل)(?:ه|ها|و|يه|يها) ${G(2)}(?:ما|مش|مو) ?(?:كت|كي|بت|بي|ت|ي)?تحرك\\p{L}{0,2}|(?:كلام|حكي|لسان)(?:ه|ها|و)? ${G(1)}(?:مش|مو|ما|غير|موش|مب) ?(?:مفهوم|مفهومه|واضح|واضحه|مفهومش)|(?:كلام|لسان)(?:ه|ها|و) (?:ثقيل|تقيل|متلخبط|ملخبط|مخربط|معوج)|(?:ايد|يد|دراع|ذراع|رجل)(?:ه|ها|و|يه|يها) ${G(2)}(?:ثقيل|تقيل|ثقيله|تقيله|مشلول|مشلوله|ما بيتحرك|مش بيتحرك|ما تتحرك|مش بتتحرك|ما بتتحرك)|(?:ما|مش|مو) ${G(1)}(?:قادر|قادره|عارف|عارفه|بيقدر|بتقدر|يقدر|تقدر) ${G(1)}(?:ي|ت)?(?:رفع|حرك)(?:ه|ها|و)?|(?:نص|نصف|شق|جنب) (?:ال)?(?:وش|وجه|فم|تم|بق)\\p{L}{0,2} ${G(1)}(?:واقع|نازل|مايل|معوج|طايح|مرخي|ساقط))`;
const goStand = '\\p{L}{0,2}(?:روح|رحت|مشي|مشيت|طلع|طلعت|وقف|وقفت|وكف|وكفت|اوكف|ضل|ضليت|قعد|قعدت|بقيت|نبقي)\\p{L}{0,2}';
/** A former or present partner, a parent, who may take a child away. */
const taker = '(?:طليقي|طليقتي|زوجي السابق|جوزي السابق|جوزي القديم|ابو ولادي|ابو الولاد|ابو بنتي|ابو ابني|ابوهم|ابوها|ابوه|جوزي|زوجي|راجلي|جوزها|زوجها|راجلها|طليقها|ام الولاد|ام ولادي|امهم|اهله|اهل جوزي|حماتي|حماي)';
/** The child taken. */
const kids = '(?:بنتي|ابني|ولدي|ولادي|اولادي|الولاد|الاولاد|عيالي|العيال|دراري|الدراري|بنتنا|ابننا|ولدنا|ولادنا|الاطفال|اطفالي|طفلي|طفلتي|البنت|الولد|الطفل|الصغير|الصغيره|البنات|بناتي|ولادها|بنتها|ابنها)';
/** What makes taking a child an abduction: no permission, abroad, never again, unreachable. */
const abducted =
  '(?:من غير|بدون|بلا|دون|بلا ما) (?:اذن\\p{L}*|علمي|موافقتي|ما (?:اعرف|يقولي|يقول|يخبرني|يعلمني|نعرف|تقولي|تقلي|يقلي|تخبرني|تعلمني|يعلمني|يستاذن|تستاذن))|(?:رح |ح |ه |غادي |بدو |ناوي |قال )?(?:ي|بي|هي)?سافر\\p{L}{0,2} (?:بيها|بيه|بيهم|بها|به|بهم|معاه|معه)|(?:مش|ما|لن|ماعاد|ما عاد) (?:ه|رح |ح |غادي )?(?:ت|ن|ا)?(?:شوف|ري)(?:ها|ه|هم|يها|يه)|(?:تلفون|تليفون|تيليفون|موبايل|جوال|هاتف)(?:ه|ها|و) (?:مقفول|مسكر|مطفي|طافي|مغلق|مقفل)|(?:برا|بره|خارج) (?:البلد|هولندا)|(?:للبلد|عالبلد|لمصر|للمغرب|لسوريا|للعراق|لتركيا)';

/** Something hot spilled: oil, water, tea, soup, "hot" or "boiling". */
const hotLiquid = '(?:ال)?(?:دهن|زيت|مي|مويه|ميه|ماي|ماء|شاي|اتاي|قهوه|شوربه|حريره|حليب|طبيخ|مرق)(?: (?:ال)?(?:حار|حاره|سخن|سخنه|مغلي|مغليه|بيغلي|يغلي|فاير|فايره|ساخن|ساخنه|سخون|سخونه|حامي|حاميه))?';
/** Spilled on someone, knocked over. */
const spilled = '\\p{L}{0,2}(?:انكب|انسكب|اندلق|اتكب|اتدلق|تكب|كب|دلق|سكب|طاح|طاحت|وقع|وقعت|قلب|قلبت|انقلب|اتقلب|تقلب)\\p{L}{0,3}';
/** Signs of a deep burn: blisters, skin white, peeled or coming off (not redness alone). */
const burnSign = `(?:فقاع\\p{L}*|فقاقيع|نفاط\\p{L}*|بقابيق|بقبوق\\p{L}*|(?:ال)?جلد\\p{L}{0,2} ${G(2)}(?:ابيض|بيضا|مكشوط|مقشور|مسلوخ|انسلخ|تقشر|طالع|بيطلع|راح|وقع|ذايب|داب)|مكشوط|مسلوخ|انسلخ|انسلخت|تقشر|تقشرت)`;
/** Breathing with difficulty, barely. */
const breathesHard = '(?:ما |مش )?(?:بي|ي|عم ي|كي|ب|بت|ت|عم ت|كت)?تنفس\\p{L}{0,2} (?:بصعوبه|بالعافيه|بالكاد|بالزور|بالموت|ضعيف|متقطع|خفيف)';
/** Not waking or not getting up: ما بيصحى, مش بتصحى, ما كيفيقش, مش بيقوم (not for school, not "before noon"). */
const notWaking = `(?:ما|مش|مو|م|ماعاد|لسا ما|لسه مش)\\s?(?:بي|بت|كي|كت|عم ي|عم ت|ي|ت|هي|هت)?(?:صح[يا]|فيق|قوم|نوض)\\p{L}{0,2}${wakeFor}(?! (?:غير|الا|قبل|لحد|حتي|بسهوله|بدري)(?!\\p{L}))(?! (?:ب|بال)\\p{L}+)`;
/** Not answering or reacting when spoken to: ما كيجاوبش, مش بيرد, ما عم يتحرك (not the phone or messages). */
const notResponding = `(?:ما|مش|مو|م)\\s?(?:بي|بت|كي|كت|عم ي|عم ت|ي|ت)(?:رد|جاوب|تحرك)\\p{L}{0,2}(?! ${G(2)}(?:على |ع |عل |في |ف |ب)?(?:ال)?(?:تلفون|تليفون|موبايل|جوال|هاتف|مسج|رسايل|رسالتي|رسائلي|واتساب|ايميل|مكالم|اتصال)\\p{L}*)`;
/** Breathing slowly or weakly: نفسه بطيء, nafaso bati2. */
const slowBreath = `و?(?:ال)?نفس(?:ه|ها|و) ${G(2)}(?:بطي\\p{L}*|ضعيف|خفيف|متقطع|غريب|مش طبيعي|بالكاد)`;
/** The heart weak or racing: قلبها بيدق جامد, قلبه ضعيف. */
const wildHeart = `و?قلب(?:ه|ها|و) ${G(2)}(?:ضعيف|بطي\\p{L}*|(?:بي|ي|كي|عم ي)?(?:دق|خبط|ضرب)\\p{L}{0,2} ${G(1)}(?:جامد|قوي|سريع|بسرعه|بزاف|كتير|برشا|ضعيف|بطي\\p{L}*))`;
/** Something taken (pills, drugs, "stuff", a lot of drink), or a party: the context that makes not waking an overdose. */
const tookSomething = `(?:(?:خد|خدت|اخد|اخدت|اخذ|اخذت|خذ|خذت|بلع|بلعت|شرب|شربت|تعاطي|تعاطت|كلا|كلات|5ad|5adet|khad|khdat|akhad|bala3|shereb)\\p{L}{0,2} ${G(3)}(?:${pills}|حاجات|حاجه|شي|اشي|شيء|مخدرات|ممنوعات|كوكايين|حشيش|كحول|ويسكي|فودكا|xtc|mdma|ghb|coke|pills|drugs|7obob|7bob)|(?:شرب|شربت|سكر|سكرت)\\p{L}{0,2} (?:كتير|كثير|بزاف|برشا|هواي|ياسر|ktir|kteer|bzaf|barsha))`;
const party = '(?:ال|بال|في ال|ف)?(?:حفله|بارتي|سهره|فيستا|ديسكو|كونسير|feest|festival)';


/*
 * Round of 2 December (training files i to l): pills to be drunk all at once "to rest from everything"
 * (Darija arabizi), rather dying than being sent back with sleeping pills hidden (Tunisian), a rope
 * hidden and "I want to sleep and not get up" (Iraqi), "if I jumped I would rest" on a balcony and
 * afraid of oneself (Gulf), standing on a bridge every night looking at the water (Sudanese), a
 * woman screaming "let me go" at night (Tunisian), a daughter to be brought back by force and
 * "disciplined" (Sudanese), a mouth crooked and a hand that does not move (Darija arabizi).
 */
const round12A = {
  crisis: {
    suicide: [
      // Thinking of drinking or swallowing all the pills (kanfker nchrb l7bob kamlin).
      `(?:كنفكر|بفكر|افكر|نفكر|عم فكر|ناوي|ناويه|بدي|اريد|بغيت|قررت|حابب|حابه) ${G(2)}(?:ان |اني |باش |ل)?(?:ن|ا|ب)?(?:شرب|بلع|اخد|اخذ|خد|خود|تناول)\\p{L}{0,2} ${G(2)}${pills} ${G(3)}(?:كلهم|كلها|كاملين|كامله|كلو|كله|كلهن|جميعا|بمره|مره وحده|دفعه وحده)`,
    ],
  },
  concern: {
    suicide: [
      // Rather dying (than being sent back): نفضل نموت, افضل اموت.
      `(?:نفضل|افضل|بفضل|احسن لي|احسنلي) ${G(1)}(?:ان |اني )?(?:نموت|اموت|الموت|موت)(?! (?:من|م) (?:ال)?(?:ضحك|جوع|برد|حر|تعب|ملل|نوم|خجل))`,
      // Medicines hidden or put aside (dwe barcha mta3 nom mkhabih).
      `${pills} ${G(4)}(?:مخبي|مخبيه|مخبا|مخباه|مخبايه|خبيت\\p{L}*|مخفي\\p{L}*|مجمع\\p{L}*|جمعت\\p{L}*|مخزن\\p{L}*)(?! ${G(2)}(?:عن|من) (?:ال)?(?:اولاد|ولاد|اطفال|صغار|عيال|دراري|ولادي|اولادي|الاطفال|البيبي))`,
      // A rope hidden in the room or the bed.
      `حبل ${G(5)}(?:مخبي|مخبا|مخباي|مخبيه|مخفي|خباه|خباها|مدسوس|مدسوسه)\\p{L}*`,
      // "I want to sleep and not get up" (Iraqi اكعد).
      `(?:${want}|ي(?:ريد|كول|قول)) ${G(1)}(?:ان |اني )?(?:انام|نام|ينام) ${G(1)}(?:و)?(?:ما|لا|مش|وما) ?(?:ا|ن|ي)?(?:كعد|گعد)\\p{L}{0,2}${wakeFor}`,
      // "If I jumped I would rest" (لو نطيت ارتاح), afraid of oneself.
      `لو (?:ا|ن)?(?:نطيت|نط|قفزت|اقفز|نقفز|رميت (?:نفسي|حالي|روحي)|ارمي (?:نفسي|حالي|روحي)|طحت|طيرت (?:نفسي|حالي|روحي)) ${G(2)}(?:ا|ن|ب|رح ا)?رتاح`,
      `خايف\\p{L}* من (?:نفسي|حالي|روحي|راسي)`,
      // Standing on a bridge every night looking at the water (اقيف فوق الكبري واعاين للموية).
      `(?:اقيف|بقيف|نقيف|اقف|بوقف|واقف|واقفه|${goStand}) ${G(1)}(?:فوق|على|ع|عند|في)? ?(?:${height}|(?:ال)?كبري) ${G(5)}و?(?:ا|ن|ب|بت|كن)?(?:عاين|طالع|تطلع|شوف|نظر|بحلق|تفرج)\\p{L}{0,2} \\p{L}{0,3}(?:مويه|موي|ميه|مي|ماء|ميا|تحت|بحر|نهر|قطار|ترين)\\p{L}{0,2}`,
    ],
    violence: [
      // Screaming "let me go", "don't hit me" (tsayah 'sayebni').
      `(?:ت|بت|كت|عم ت)?(?:صيح|صرخ|صوت|غوت|عيط|زعق)\\p{L}{0,2} ${G(2)}(?:سيبني|سيبوني|اتركني|فكني|حل عني|لا تضربني|ما تضربنيش|حرام عليك|الحقوني|ساعدوني)(?! (?:العب|نلعب|انام|ننام|اروح|نروح|اكمل|نكمل|اشوف|نشوف|اتفرج|نتفرج|اكل|ناكل|اقعد|نقعد|اطلع|نطلع)(?!\\p{L}))`,
      // Yelling at his wife every night with things breaking.
      `(?:ي|بي|كي|عم ي)?(?:صيح|صرخ|زعق|غوت)\\p{L}{0,2} (?:على|عل|ع) ${victim} ${G(8)}(?:تكسير|تكسار|تكسر|كسير|ضرب|طرطقه|يبكيو|يبكو|بيبكو|تبكي|يعيطو)`,
      // Brought back by force, "disciplined" by the family (يجيبوها بالقوة ويأدبوها).
      `(?:ي|ب|بي|ح|ه|رح ي)?(?:جيب|اخد|اخذ|رجع|سفر|زوج|جوز|خطف|شيل)(?:وها|وه|وني|وك|ها|ني|وهم) بالقوه`, `و?(?:ي|بي|ب|ح|رح ي)?ادب(?:وها|وني|وك|وهم)`,
    ],
  },
};

/*
 * Round of 2 December (training files q to t): a fall with the head bleeding hard in Darija arabizi
 * (t7 f douche w rasso kayjri mno dem bzzaf); tired of this life and everything fine without me
 * (3yit mn had l7yat, kolchi ghadi ykon mzyan bla biya); resting forever; pills bought at several
 * pharmacies and hidden; a small child blue around the mouth; a parent's "will kill me if I fail the
 * exam" (figurative); separated for years and safe now, recovered (over and done). Polish "dwa lata"
 * is a number, not the arabizi "dwa" (medicine).
 */
const round13A = {
  spellings: {
    t7: 'طاح', ta7a: 'طاح', rasso: 'راسه', rasu: 'راسه', rasha: 'راسها', rassha: 'راسها', kayjri: 'كيجري', katjri: 'كتجري', kaysil: 'كيسيل', katsil: 'كتسيل',
    mno: 'منو', mnou: 'منو', menno: 'منو', mnha: 'منها', menha: 'منها', dem: 'دم', ddem: 'الدم', ddm: 'الدم', bzzaf: 'بزاف', bzaf: 'بزاف', bezzaf: 'بزاف', bezaf: 'بزاف',
    l7yat: 'الحياه', l7ayat: 'الحياه', l7ya: 'الحياه', l7aya: 'الحياه', ykon: 'يكون', ykoun: 'يكون', ykun: 'يكون', ykounou: 'يكونو', ykono: 'يكونو', ykonou: 'يكونو', ykounu: 'يكونو', mzyanin: 'مزيانين', mzyanine: 'مزيانين', lwalidin: 'الوالدين', walidin: 'والدين', lwalidine: 'الوالدين', bla: 'بلا', biya: 'بيا', bia: 'بيا',
    l7wayj: 'الحوايج', l7wayej: 'الحوايج', '7wayj': 'حوايج', dyali: 'ديالي', ktbt: 'كتبت', ktebt: 'كتبت', liha: 'ليها', lih: 'ليه', nmchi: 'نمشي', nmshi: 'نمشي',
    pont: 'قنطره', lpont: 'القنطره', tren: 'ترين', tran: 'ترين', ltren: 'الترين', ltran: 'الترين', ndir: 'ندير',
  },
  crisis: {
    emergency: [
      // Blood running or pouring from the head or the wound, a lot (rasso kayjri mno dem bzzaf, الدم كيسيل منو بزاف).
      `(?:ي|بي|كي|كت|ت|بت|عم ي|عم ت)?(?:جري|سيل|نزل|طلع|خرج|نز)\\p{L}{0,2} (?:منو|منه|منها|من راسه|من راسها)? ?(?:ال)?دم ${G(1)}(?:كثير|كتير|بزاف|برشا|هواي|ياسر|بكثره)`,
      `(?:ال)?دم (?:ي|بي|كي|كت|ت|بت|عم ي|عم ت)?(?:جري|سيل|نزل|طلع|خرج|نز)\\p{L}{0,2} (?:منو|منه|منها|من راسه|من راسها) ${G(1)}(?:كثير|كتير|بزاف|برشا|هواي|ياسر|بكثره)`,
      // Blue lips or a blue colour around the mouth (لونه صار أزرق حول الفم), not from the cold or a bruise.
      `(?:لون|وجه|وش|شفايف|شفاه|شفت|شفتي|شفه|بوز|فم|تم)\\p{L}{0,3} ${G(2)}(?:ازرق|زرق|زرقاء|زرقا|ازرقت|زرقه|ازرقاق)(?! (?:من|م) (?:ال)?(?:برد|ضرب|كدم|بوس))`,
      `(?:ازرق|زرق|ازرقت|ازرقاق) (?:حول|حوالين|دور|عند|على) (?:ال)?(?:فم|تم|شفايف|شفاه|بوز|شفت)\\p{L}{0,2}`,
    ],
  },
  concern: {
    suicide: [
      // Everyone fine without me (kolchi ghadi ykon mzyan bla biya, الكل مرتاح من غيري).
      `(?:كلشي|كولشي|الكل|كلهم|كلكم|الناس|عائلتي|عيلتي|اهلي|الدار|داري|ولادي|اولادي|الوالدين|والديا|والدي) ${G(3)}(?:مزيان|مزيانين|زين|زينين|خير|احسن|مرتاح\\p{L}*|هاني|هانيين|فرحان\\p{L}*) ${G(1)}(?:بلا بيا|بلا بي|بلاي|بدوني|من دوني|من غيري|بلاش بيا|بلا ما نكون)`,
      // Resting forever (ارتاح للأبد).
      `(?:ا|ن|ب|بن|كن)?رتاح ${G(1)}(?:للابد|الي الابد|لل ابد|نهائيا|للاخر|بشكل نهائي)`,
      // Pills bought at several pharmacies, or hidden away (خبأتها في الخزانة).
      `${pills} ${G(2)}(?:من )?(?:اكثر من|اكتر من|كذا|عده|عدة|كم|بزاف ديال|صيدليات) (?:صيدلي\\p{L}*|فارماسي\\p{L}*|فرمسي\\p{L}*|مختلفه)`,
      `${pills} ${G(6)}و?(?:خباتها|خبيتها|خبيتهم|خباتهم|خبيته|خباته|اخفيتها|اخفيتهم|خزنتها|خزنتهم|دسيتها|دسيتهم|خبعتها|خبعتهم)`,
    ],
  },
  figurative: [
    // A parent who "will kill me if I failed the exam, the driving test" (mmi ghadi t9tlni ila 3rfat bli sqtt f l'examen): marks, not a threat.
    `(?:[ty]9t[ae]?lni|[ty]qt[ae]?lni|[ty]9tlouni|[ty]qtlouni|[ty]9t[ae]?lna) ${G(6)}(?:sqtt|sqet|s9tt|s9et|sqat|s9at|rsbt|rsebt|rasabt|lexamen|examen|limti7an|imti7an|permis|lpermis|rijbewijs|nota|nqta|n9ta|lkarne|bulletin)`,
    `\\p{L}{0,4}قتل(?:ني|وني|تني) (?:اذا|لو|ازا|ان|ايلا|الا) ${G(6)}(?:سقطت|رسبت|النقط|نقطه|نقاط|البيرمي|بيرمي|الامتحان|امتحان)`,
  ],
  resolved: [
    // Separated for years, the children and I safe now (صرلنا ٣ سنين منفصلين وأنا والولاد بأمان); recovered (والحمد لله تعافيت).
    'منفصلين', 'مطلقين', 'متطلقين', `(?:انا|احنا|نحنا|نحن|وانا|واحنا) ${G(2)}(?:بامان|في امان|بالامان)`, `(?:تعافيت|اتعافيت|تعافيت منها|شفيت|اتشفيت|تشافيت)`,
  ],
};

/*
 * Round of 2 December (training files u to x), written as families: wanting to sleep and never
 * wake, in the MSA form too (تريد أن تنام ولا تستيقظ أبداً); going to the railway at night, waiting
 * for the train close by, not knowing whether one comes back; a fight heard next door, a scream
 * with children crying (kansm3 lmra katghowt w drari kaybkiw), and the sound of blows heard also
 * after و (وأسمع ... وصوت ضرب قوي), not a hammer or a drill; a small child's eyes rolled up, with
 * shaking or fever (عيونه طالعة فوق وبرجف). "Sleep and not get up early" no longer slips past the
 * early-waking exception by matching half a word.
 */
/** Eyes rolled up or fixed (عيونه طالعة لفوق, عينيها مقلوبة, شاخصة). */
const eyesRolled = `و?(?:ال)?(?:عيون|عين|عينين|عينيه|عيني)\\p{L}{0,2} ${G(1)}(?:طالع\\p{L}{0,2} (?:ل|لل)?(?:فوق|فوگ)|مقلوب\\p{L}*|شاخص\\p{L}*|راح\\p{L}{0,2} (?:ل|لل)?فوق)`;
/** Shaking, a fit, a high fever. */
const shakingFever = '(?:و?(?:ي|بي|ب|كي|عم ي|ت|بت|كت|عم ت)?(?:رجف|رتجف|رتعش|نتفض)\\p{L}{0,2}|رعشه|تشنج\\p{L}*|سخن (?:شديد|كتير|بزاف|كثير)|حراره\\p{L}{0,2} (?:عاليه|مرتفعه|\\d+)|حمي)';
/** Hearing, as a neighbour: اسمع, بسمع, كنسمع, سامع. */
const hear = 'و?(?:اسمع|بسمع|كنسمع|نسمع|عم اسمع|سامع|سامعه|سمعت|سمعنا|كنسمعو|نسمعو|سمعو)';
const round14A = {
  spellings: {
    kansm3: 'كنسمع', kanesma3: 'كنسمع', kansma3: 'كنسمع', kansmaa: 'كنسمع', katghowt: 'كتغوت', katghawt: 'كتغوت', katghout: 'كتغوت', katghwt: 'كتغوت',
    kaybkiw: 'كيبكيو', kaybkio: 'كيبكيو', kaybkiou: 'كيبكيو', katbki: 'كتبكي', kaybki: 'كيبكي', kayt3arko: 'كيتعاركو', kayt3arkou: 'كيتعاركو', kayt3arkoo: 'كيتعاركو',
    lmra: 'المرا', drari: 'الدراري', ddrari: 'الدراري', l7it: 'الحيط', l7ayt: 'الحيط', kaydrbha: 'كيضربها', kayderbha: 'كيضربها', kaydrebha: 'كيضربها', tdrb: 'ضرب', darb: 'ضرب',
  },
  crisis: {
    emergency: [
      // Eyes rolled up with shaking or a high fever: a fit.
      `${eyesRolled} ${G(8)}${shakingFever}`, `${shakingFever} ${G(8)}${eyesRolled}`,
    ],
  },
  concern: {
    suicide: [
      // Wanting to sleep and never wake (ما بدي اصحى، تريد أن تنام ولا تستيقظ), not "and not get up early".
      `(?:${want}|${wants}|قالت|قال|كتبت|كتب) ${G(1)}(?:ان |اني |باش |ل)?(?:انام|تنام|ينام|نام|ننام|نعس|ننعس) ${G(1)}و?(?:لا|ما|مش|لن|بدون ما)\\s?(?:ا|ت|ي|ن)?(?:ستيقظ|صحي|صحا|فيق|قوم|نوض)\\p{L}{0,2}${wakeFor}`,
      // Going to the railway at night and standing there; waiting for the train, close.
      `(?:اذهب|بروح|اروح|نمشي|كنمشي|بمشي|${goStand}) ${G(2)}(?:في الليل|بالليل|فالليل|ليلا|كل ليله|وحدي|لحالي) ${G(1)}(?:الي|ل|لل|عند|جنب|ع)? ?(?:ال)?(?:سكه|سكك|قضبان|خط) (?:ال)?(?:قطار|حديد|ترين|مترو)`,
      `(?:انتظرت|استنيت|انتظر|استني|نستنا|تسنيت) (?:ال)?(?:قطار|ترين|مترو) ${G(3)}(?:قريب|قريبا|قريبه|جنب|على السكه|عالسكه|فوق السكه)`,
    ],
    violence: [
      // A fight heard next door: a scream with children crying (kansm3 lmra katghowt w drari kaybkiw).
      `${hear} ${G(6)}(?:صراخ|صريخ|تصرخ|بتصرخ|يصرخ|بيصرخ|كتغوت|تغوت|كيغوت|تصيح|بتصيح|كتصيح|تزعق) ${G(10)}(?:يبكي|بيبكي|يبكو|بيبكو|كيبكيو|يبكيو|تبكي|بتبكي|كتبكي|يعيطو|بيعيطو|كيعيطو|ضرب|تكسير)`,
    ],
  },
  /** Not knowing whether one comes back next time (لا أعرف إن كنت سأرجع). */
  future: `(?:لا|ما|مش|م) ?(?:اعرف|بعرف|ادري|بدري|عارف|عارفه|نعرف|كنعرف) (?:ان كنت|اذا|ازا|لو|واش|هل) ${G(1)}(?:سا|س|رح ا|ح ا|ه ا|غادي ن|راح ا)?(?:رجع|ارجع|نرجع)\\p{L}{0,2}(?: ${G(1)}(?:المره|مره|بعد))?`,
};

export const arabicSafetyLexicon: SafetyLexicon = {
  spellings: {
    ...round13A.spellings, ...round14A.spellings,
    // Round of 2 December: Darija, Tunisian arabizi.
    tay7at: 'طايحه', katjawbnich: 'كتجاوبش', katjawbnish: 'كتجاوبش', katt7rkch: 'كتتحركش', katt7arrakch: 'كتتحركش', fmha: 'فمها', fomha: 'فمها', m3wj: 'معوج', m3awj: 'معوج', m3ouj: 'معوج', yedha: 'يدها', ydha: 'يدها', lisra: 'اليسري',
    nesta7mel: 'نستحمل', nfadhel: 'نفضل', nfadel: 'نفضل', dwe: 'دوا', barcha: 'برشا', mkhabih: 'مخبيه', mkhabi: 'مخبي', mkhabya: 'مخبيه', nom: 'نوم', mta3: 'متاع',
    kanfker: 'كنفكر', kanfkar: 'كنفكر', nchrb: 'نشرب', nechreb: 'نشرب', nchreb: 'نشرب', l7bob: 'الحبوب', l7boub: 'الحبوب', kamlin: 'كاملين', kamlen: 'كاملين', bach: 'باش', nrta7: 'نرتاح', nerta7: 'نرتاح', dok: 'دوك',
    ysayah: 'يصيح', ysaye7: 'يصيح', tsayah: 'تصيح', tsaye7: 'تصيح', sayebni: 'سيبني', sayabni: 'سيبني', sibni: 'سيبني', khallini: 'خليني', nesma3: 'نسمع', nasma3: 'نسمع', kasrat: 'تكسير', sghar: 'الصغار', yebkiw: 'يبكيو', mratou: 'مرتو',
    // Arabizi (Latin letters, 2 = hamza or qaf, 3 = ain, 5 = kha, 7 = ha, 9 = qaf or sad) into Arabic letters.
    ma: 'ما', mesh: 'مش', mish: 'مش', msh: 'مش', mush: 'مش', mosh: 'مش', mch: 'مش', mich: 'مش', mo: 'مو', la: 'لا', laa: 'لا', mafi: 'ما في', mafish: 'مفيش', mfish: 'مفيش', mafeesh: 'مفيش',
    ana: 'انا', ena: 'انا', ani: 'انا', bdi: 'بدي', badi: 'بدي', baddi: 'بدي', biddi: 'بدي', bidi: 'بدي', bedi: 'بدي', bde: 'بدي', bade: 'بدي', bddi: 'بدي', bdy: 'بدي',
    mabdi: 'ما بدي', mabde: 'ما بدي', mabadi: 'ما بدي', bado: 'بدو', baddo: 'بدو', biddo: 'بدو', bdo: 'بدو', bada: 'بدها', badha: 'بدها', bidha: 'بدها',
    '3ayez': 'عايز', '3ayz': 'عايز', '3aiz': 'عايز', '3awez': 'عايز', '3awz': 'عايز', '3ayza': 'عايزه', '3ayzah': 'عايزه', '3awza': 'عايزه', '3aiza': 'عايزه',
    bghit: 'بغيت', bghite: 'بغيت', bghyt: 'بغيت', mabghitch: 'ما بغيتش', mabghitsh: 'ما بغيتش', mabghich: 'ما بغيتش', bghitch: 'بغيتش', bghitsh: 'بغيتش',
    abghi: 'ابغي', abgha: 'ابغي', ab8a: 'ابغي', abi: 'ابي', areed: 'اريد', arid: 'اريد', ureed: 'اريد', nefsi: 'نفسي', nfsi: 'نفسي', nafsi: 'نفسي', n7eb: 'نحب', n7ib: 'نحب',
    ra7: 'رح', raa7: 'رح', rah: 'رح', ghadi: 'غادي', gadi: 'غادي', '3am': 'عم', lazem: 'لازم', khalas: 'خلاص', '5alas': 'خلاص', '5las': 'خلاص', '3ad': 'عاد', fiyi: 'فيني', fini: 'فيني', fi: 'في', amal: 'امل',
    mout: 'موت', mut: 'موت', moot: 'موت', mot: 'موت', mawt: 'موت', amout: 'اموت', amoot: 'اموت', amut: 'اموت', amot: 'اموت', nmout: 'نموت', nmoot: 'نموت', nmot: 'نموت', nmut: 'نموت',
    bmout: 'بموت', bmoot: 'بموت', elmout: 'الموت', elmot: 'الموت', lmout: 'الموت', lmot: 'الموت', elmawt: 'الموت',
    '3ish': 'عيش', '3eesh': 'عيش', '3ich': 'عيش', '3eish': 'عيش', a3ish: 'اعيش', a3eesh: 'اعيش', a3ich: 'اعيش', a3eish: 'اعيش', n3ich: 'نعيش', n3ish: 'نعيش', na3ich: 'نعيش', n3ech: 'نعيش',
    '7ayati': 'حياتي', hayati: 'حياتي', '7yati': 'حياتي', hyati: 'حياتي', l7aya: 'الحياه', el7aya: 'الحياه', el7ayat: 'الحياه', l7ayat: 'الحياه', elhaya: 'الحياه', men: 'من', mn: 'من', min: 'من',
    dunya: 'الدنيا', denya: 'الدنيا', donya: 'الدنيا', eddenya: 'الدنيا', eddonya: 'الدنيا', ddenya: 'الدنيا', ta3ban: 'تعبان', ta3bana: 'تعبانه', t3bt: 'تعبت', ta3abt: 'تعبت', t3ebt: 'تعبت',
    '7ali': 'حالي', hali: 'حالي', '7aly': 'حالي', rasi: 'راسي', rassi: 'راسي', ra2si: 'راسي', rasy: 'راسي', rou7i: 'روحي', ro7i: 'روحي', roohi: 'روحي', rohi: 'روحي',
    a2tol: 'اقتل', aqtol: 'اقتل', a9tol: 'اقتل', a2tel: 'اقتل', a9tel: 'اقتل', n9tel: 'نقتل', nqtel: 'نقتل', n2tol: 'نقتل', nektel: 'نقتل', b2tol: 'بقتل', ba2tol: 'بقتل', anhi: 'انهي',
    '7boub': 'حبوب', '7bob': 'حبوب', '7bub': 'حبوب', hboub: 'حبوب', dwa: 'دوا', dawa: 'دوا', '7ari2': 'حريق', hari2: 'حريق', '7ariq': 'حريق', is3af: 'اسعاف', es3af: 'اسعاف',
    jalta: 'جلطه', jalte: 'جلطه', jalti: 'جلطه', sa3douni: 'ساعدوني', sa3dooni: 'ساعدوني', el7a2ouni: 'الحقوني', l7a2ouni: 'الحقوني', el7aqouni: 'الحقوني',
    zawji: 'زوجي', zouji: 'زوجي', zoji: 'زوجي', jozi: 'جوزي', gozi: 'جوزي', jouzi: 'جوزي', gouzi: 'جوزي', rajli: 'راجلي', rajeli: 'راجلي', ra2li: 'راجلي',
    ommi: 'امي', oumi: 'امي', yumma: 'يما', yemma: 'يما', abouya: 'ابوي', abuya: 'ابوي', abouy: 'ابوي', akhoya: 'اخوي', a5oya: 'اخوي', khouya: 'خويا', '5ouya': 'خويا',
    okhti: 'اختي', ukhti: 'اختي', o5ti: 'اختي', khti: 'ختي', ibni: 'ابني', ebni: 'ابني', weldi: 'ولدي', wldi: 'ولدي', binti: 'بنتي', benti: 'بنتي', jarti: 'جارتي', jari: 'جاري', jiran: 'الجيران', ljiran: 'الجيران',
    khayfe: 'خايفه', khayfa: 'خايفه', '5ayfe': 'خايفه', '5ayfa': 'خايفه', khayef: 'خايف', '5ayef': 'خايف', menno: 'منه', minno: 'منه', erja3: 'ارجع', arja3: 'ارجع', nrja3: 'نرجع',
    '3al': 'علي', beit: 'بيت', bet: 'بيت', bait: 'بيت', '3albeit': 'عالبيت', '3lbeit': 'عالبيت',
    elbeit: 'البيت', lbeit: 'البيت', lbet: 'البيت', daba: 'دابا', dba: 'دابا', halla2: 'هلا', hala2: 'هلا', halaq: 'هلا', delwa2ti: 'دلوقتي', dilwa2ti: 'دلوقتي', dlw2ty: 'دلوقتي',
    f: 'ف', fe: 'في', had: 'هاد', hadi: 'هادي', hna: 'هنا', hena: 'هنا', hon: 'هون', houn: 'هون', m3a: 'مع', ma3: 'مع', m3ah: 'معه', ma3o: 'معه', m3ak: 'معك',
    elleila: 'الليله', llila: 'الليله', elleile: 'الليله', lleila: 'الليله', lyoum: 'اليوم', elyom: 'اليوم', elyoum: 'اليوم',
    // Darija, Egyptian and Levantine arabizi for farewells, giving away, waking, cutting, a secret told to a child.
    mabqitch: 'ما بقيتش', mab9itch: 'ما بقيتش', mabqitsh: 'ما بقيتش', mab9itsh: 'ما بقيتش', mab9ach: 'ما بقاش', '3yit': 'عييت', '3yite': 'عييت', '3iyit': 'عييت', lyouma: 'اليوم', lyoma: 'اليوم', nsali: 'نسالي', chi: 'شي', shi: 'شي',
    kolchi: 'كلشي', kolshi: 'كلشي', koulchi: 'كلشي', kulshi: 'كلشي', kollshi: 'كلشي', choukran: 'شكرا', chokran: 'شكرا', shukran: 'شكرا', shokran: 'شكرا', choukrane: 'شكرا', '3la': 'علي', '3ala': 'علي', '3lla': 'علي',
    '3tit': 'عطيت', '3tyt': 'عطيت', '3tet': 'عطيت', a3tet: 'اعطيت', a3tayt: 'اعطيت', a3tait: 'اعطيت', a3tit: 'اعطيت', waza3t: 'وزعت', wazza3t: 'وزعت', farra2t: 'فرقت',
    tomobil: 'طوموبيل', tomobile: 'طوموبيل', tonobil: 'طوموبيل', toumobil: 'طوموبيل', tomobila: 'طوموبيل', bisklit: 'بسكليت', lbisklit: 'البسكليت', bichklit: 'بسكليت', aghradi: 'اغراضي', ghradi: 'اغراضي', aghrade: 'اغراضي', '7wayji': 'حوايجي',
    ghedda: 'غدا', ghda: 'غدا', ghadda: 'غدا', ghedwa: 'غدوه', maghadich: 'ما غاديش', maghadish: 'ما غاديش', ghadich: 'غاديش', nkoun: 'نكون', nkon: 'نكون', akoun: 'اكون', nqoul: 'نقول', n9oul: 'نقول', ngoul: 'نقول', lkom: 'لكم', likom: 'لكم',
    '3ata': 'عطا', '3tah': 'عطاه', '3tat': 'عطات', sa3to: 'ساعته', sa3tou: 'ساعته', tilifouno: 'تلفونه', tlifouno: 'تلفونه', wlad: 'ولاد', lwlad: 'الولاد', yakol: 'ياكل', takol: 'تاكل', bghach: 'بغاش', bghatch: 'بغاتش', bukra: 'بكرا', bokra: 'بكرا', bukara: 'بكرا', bakir: 'بكير', bkir: 'بكير', bakkir: 'بكير', mankounch: 'ما نكونش', mankonch: 'ما نكونش', makanch: 'ماكانش', w: 'و', nam: 'نام', fi2: 'فيق', nfi2: 'نفيق', fi9: 'فيق', nfi9: 'نفيق', nfaye9: 'نفيق', nfiq: 'نفيق', nfe9: 'نفيق', afi2: 'افيق', as7a: 'اصحي', as7o: 'اصحي', ma3adsh: 'ماعادش',
    a3awar: 'اعور', ba3awar: 'بعور', n3awar: 'نعور', '3awart': 'عورت', a3awwar: 'اعور', ba3awwar: 'بعور', ba2et: 'بقيت', ba2it: 'بقيت', bel: 'بال', bil: 'بال', moos: 'موس', mous: 'موس', mouss: 'موس', lmoos: 'الموس', elmoos: 'الموس',
    shafra: 'شفره', chafra: 'شفره', chefra: 'شفره', shefra: 'شفره', ajra7: 'اجرح', bajra7: 'بجرح', ajre7: 'اجرح', nejra7: 'نجرح', njre7: 'نجرح', jra7t: 'جرحت', jara7t: 'جرحت', '3ashan': 'عشان', '3shan': 'عشان', a7es: 'احس', '7aga': 'حاجه', mama: 'ماما', mat3rafsh: 'ما تعرفش',
    khalti: 'خالتي', '5alti': 'خالتي', galt: 'قالت', '9alt': 'قالت', qalt: 'قالت', gal: 'قال', '9al': 'قال', qal: 'قال', liya: 'ليا', lia: 'ليا', lya: 'ليا', leya: 'ليا',
    mat9olich: 'ما تقوليش', mat9oulich: 'ما تقوليش', matgoulich: 'ما تقوليش', matgolich: 'ما تقوليش', matqolich: 'ما تقوليش', matqoulich: 'ما تقوليش', mat2olish: 'ما تقوليش', mat2oulish: 'ما تقوليش', mat9olch: 'ما تقولش', matgolch: 'ما تقولش', mat2olsh: 'ما تقولش',
    chno: 'شنو', chnou: 'شنو', achno: 'شنو', chnu: 'شنو', kaydir: 'كيدير', kaydirli: 'كيدير لي', rajlha: 'راجلها', rajelha: 'راجلها', mli: 'ملي', katmchi: 'كتمشي', lkhdma: 'الخدمه', lkhedma: 'الخدمه', wach: 'واش',
    kaysed: 'كيسد', kaysad: 'كيسد', '3liya': 'عليا', '3lia': 'عليا', '3laya': 'عليا', lbab: 'الباب', elbab: 'الباب', sarot: 'ساروت', sarout: 'ساروت', kaydi: 'كيدي', tilifoun: 'تلفون', tilifon: 'تلفون', tlifoun: 'تلفون', telefon: 'تلفون', telefoun: 'تلفون', tilifouni: 'تلفوني',
    dfa3ni: 'دفعني', dfe3ni: 'دفعني', dafa3ni: 'دفعني', '7ta': 'حتي', hta: 'حتي', tahit: 'طحت', t7it: 'طحت', sa7bti: 'صاحبتي', sa7beti: 'صاحبتي', ekhti: 'اختي', kaykhlini: 'كيخليني', nkhaf: 'نخاف',
    // Levantine self-harm (عم جرح حالي بالموس), a father who bangs the mother against the wall, a child told not to tell.
    jare7: 'جرح', jre7: 'جرح', jar7: 'جرح', bjre7: 'بجرح', bjare7: 'بجرح', bejra7: 'بجرح', kanjra7: 'كنجرح', kanjre7: 'كنجرح', mus: 'موس', bl: 'بال', yeddi: 'يدي', yedi: 'يدي', yddi: 'يدي', dra3i: 'دراعي', dra3y: 'دراعي', rjli: 'رجلي', rejli: 'رجلي',
    byd2: 'بيدق', bid2: 'بيدق', bido2: 'بيدق', byed2: 'بيدق', '7et': 'حيط', '7eet': 'حيط', '7ait': 'حيط', l7et: 'الحيط', sakran: 'سكران', sakra: 'سكرانه', sakrane: 'سكرانه',
    t7ki: 'تحكي', t7ke: 'تحكي', '7ada': 'حدا', la7ada: 'لحدا', btl2ol: 'بتقول', bt2ol: 'بتقول', baba: 'بابا',
    // Darija: a neighbour not seen for days, the post piling up, a bad smell; things given away, "you won't see me"; a forced marriage.
    khrejch: 'خرجش', khrejsh: 'خرجش', khrejtch: 'خرجتش', khrjatch: 'خرجاتش', khrjat: 'خرجات', khraj: 'خرج', khrej: 'خرج', iyam: 'ايام', ayam: 'ايام', lbosta: 'البوسطه', bosta: 'بوسطه', ri7a: 'ريحه', ri7t: 'ريحه', r7a: 'ريحه',
    '5ayba': 'خايبه', khayba: 'خايبه', chibani: 'شيباني', chibania: 'شيبانيه', m3mra: 'معمره', m3amra: 'معمره', kayna: 'كاينه',
    '3titom': 'عطيتهم', '3tithom': 'عطيتهم', '3titha': 'عطيتها', '3tito': 'عطيته', tchofoni: 'تشوفوني', tchoufouni: 'تشوفوني', tchofouni: 'تشوفوني', tchofni: 'تشوفني',
    b9atch: 'بقاتش', b9at: 'بقات', '3ndi': 'عندي', '3andi': 'عندي', l7aja: 'الحاجه', '7aja': 'حاجه', bihom: 'بيهم', l: 'ل',
    yzwjoha: 'يزوجوها', yzwjouha: 'يزوجوها', yzawjoha: 'يزوجوها', yzawjouha: 'يزوجوها', yzwjoni: 'يزوجوني', yzwjouni: 'يزوجوني', yzawjouni: 'يزوجوني', zawjouni: 'زوجوني', zawjouha: 'زوجوها',
    zz: 'بالزز', bzz: 'بالزز', bzez: 'بالزز',
    // Darija "no longer wanting" (mabqitch baghi nfi9), a child's "our secret, don't tell mama" about the bathroom, an Egyptian stroke told in arabizi (wesho mayel, kalamo mesh mafhoom, dra3o ta2il).
    baghi: 'باغي', baghy: 'باغي', baghia: 'باغيه', baghya: 'باغيه', nnod: 'ننوض', nnoud: 'ننوض',
    sirrna: 'سرنا', sirna: 'سرنا', serrna: 'سرنا', serna: 'سرنا', sirrena: 'سرنا', sirrana: 'سرنا', t2ouli: 'تقولي', t2oli: 'تقولي', t2ooli: 'تقولي', t9ouli: 'تقولي', t9oli: 'تقولي', tgouli: 'تقولي', tgoli: 'تقولي', t2oulo: 'تقولو', t2olo: 'تقولو',
    '7ammam': 'الحمام', '7amam': 'الحمام', l7ammam: 'الحمام', el7ammam: 'الحمام', l7amam: 'الحمام', hammam: 'الحمام', lhammam: 'الحمام', '7mam': 'الحمام', l7mam: 'الحمام',
    wesho: 'وشه', wishu: 'وشه', wisho: 'وشه', wshou: 'وشه', wsho: 'وشه', wesha: 'وشها', wishha: 'وشها', wesh: 'وش', wish: 'وش', bo2o: 'بقه', bo2ha: 'بقها', bo2: 'بق', famo: 'فمه', tummo: 'تمه',
    mayel: 'مايل', mayil: 'مايل', ma2el: 'مايل', mayla: 'مايله', mayle: 'مايله', ma2la: 'مايله', kalamo: 'كلامه', kalamu: 'كلامه', kalamha: 'كلامها', kalam: 'كلام', mafhoom: 'مفهوم', mafhum: 'مفهوم', mafhoum: 'مفهوم', mafhooma: 'مفهومه', wade7: 'واضح', wa4e7: 'واضح',
    ta2il: 'تقيل', t2il: 'تقيل', te2il: 'تقيل', ti2il: 'تقيل', t9il: 'تقيل', tqil: 'تقيل', ta2ila: 'تقيله', t2ila: 'تقيله', t9ila: 'تقيله', dra3o: 'دراعه', dra3ou: 'دراعه', dra3ha: 'دراعها', eido: 'ايده', ido: 'ايده', '2ido': 'ايده', eidha: 'ايدها', idha: 'ايدها',
    fag2a: 'فجاه', fa2a: 'فجاه', faj2a: 'فجاه', fajatan: 'فجاه', fag2atan: 'فجاه', yerfa3o: 'يرفعه', yerfa3ha: 'يرفعها', yharrko: 'يحركه', y7arrako: 'يحركه',
    // Iraqi: كال for قال, اكدر for اقدر, باچر for tomorrow; "you'll see what I do to you" (شسوي بيچ).
    'كال': 'قال', 'يكول': 'يقول', 'اكدر': 'اقدر', 'نكدر': 'نقدر', 'يكدر': 'يقدر', 'باچر': 'باكر', 'بيچ': 'بيك', 'بيج': 'بيك', 'الچ': 'الك',
    // Tunisian and Darija arabizi: not knowing why one lives, taking them all tonight, a fall from the window, a father who hits mother, farewells.
    '3aref': 'عارف', '3arif': 'عارف', '3arfa': 'عارفه', '3arfe': 'عارفه', '3lash': 'علاش', '3lach': 'علاش', '3lech': 'علاش', '3lesh': 'علاش', lesh: 'ليش', leish: 'ليش', lech: 'ليش', leh: 'ليه',
    '3ayesh': 'عايش', '3aysh': 'عايش', '3ayech': 'عايش', '3aych': 'عايش', '3aysha': 'عايشه', '3ayesha': 'عايشه', '3aycha': 'عايشه', nfakar: 'نفكر', nfakkar: 'نفكر', nfaker: 'نفكر', nfkr: 'نفكر',
    nakhedhom: 'ناخدهم', nakhdhom: 'ناخدهم', nakhodhom: 'ناخدهم', nakhouhom: 'ناخدهم', nakhdhm: 'ناخدهم', nakhodhum: 'ناخدهم', nakhedhum: 'ناخدهم', nchrbhom: 'نشربهم', nebla3hom: 'نبلعهم', nbl3hom: 'نبلعهم',
    kolhom: 'كلهم', kollhom: 'كلهم', kulhum: 'كلهم', kolhoum: 'كلهم', kolha: 'كلها', lila: 'ليله', lilla: 'ليله', chfra: 'شفره', chfira: 'شفره', chafra2: 'شفره', dra3: 'دراع', dam: 'دم', ddam: 'الدم', eddam: 'الدم',
    yw9f: 'يوقف', yw9ef: 'يوقف', ywqf: 'يوقف', ywa9ef: 'يوقف', yo9f: 'يوقف', ywgf: 'يوقف', kan9te3: 'كنقطع', kanqte3: 'كنقطع', kan9ta3: 'كنقطع', ta7: 'طاح', ta7et: 'طاحت', t7at: 'طاحت', ta7at: 'طاحت',
    shobbak: 'شباك', chobbak: 'شباك', shebbak: 'شباك', chebbak: 'شباك', sheback: 'شباك', shobak: 'شباك', chorfa: 'شرفه', balkon: 'بلكون', balcon: 'بلكون', rasa: 'راسه', rasou: 'راسه', raso: 'راسه', rasha: 'راسها', fih: 'فيه', fiha: 'فيها',
    yetkalam: 'يتكلم', yetkallem: 'يتكلم', yatkalam: 'يتكلم', yetkalem: 'يتكلم', yitkallam: 'يتكلم', yhder: 'يهضر', yhdar: 'يهضر', sam7oni: 'سامحوني', sam7ouni: 'سامحوني', sam7oun: 'سامحوني', smah7oli: 'سامحوني', sama7ni: 'سامحني',
    bebe: 'بيبي', mrakhi: 'مرخي', mrakh: 'مرخي', s5ana: 'سخانه', skhana: 'سخانه', y7allech: 'يحلش', y7elch: 'يحلش', y7allch: 'يحلش', yfta7ch: 'يفتحش', yfte7ch: 'يفتحش', '3inih': 'عينيه', '3ineh': 'عينيه', '3iniha': 'عينيها', '3youno': 'عيونه',
    '3ateet': 'عطيت', '3atit': 'عطيت', '3teet': 'عطيت', nsalem: 'نسلم', nsallem: 'نسلم', nsalam: 'نسلم', nwada3: 'نودع', nwade3: 'نودع', kol: 'كل', koll: 'كل', '7ad': 'حد', '7add': 'حد',
    yedrab: 'يضرب', yodrob: 'يضرب', yidrab: 'يضرب', ydrab: 'يضرب', yedreb: 'يضرب', ydreb: 'يضرب', yedrob: 'يضرب', byedrab: 'بيضرب', bydrob: 'بيضرب', biddrob: 'بيضرب', bidrob: 'بيضرب', yeshrab: 'يشرب', yechrab: 'يشرب', yichrab: 'يشرب',
    // Negations glued to the verb in Arabic letters.
    'مابدي': 'ما بدي', 'مابغيتش': 'ما بغيتش', 'مبغيتش': 'ما بغيتش', 'ماريد': 'ما اريد', 'مااريد': 'ما اريد', 'ماعدت': 'ما عدت', 'مابقيتش': 'ما بقيتش', 'مافي': 'ما في',
    'مابيتنفس': 'ما بيتنفس', 'مابيرد': 'ما بيرد', 'مابيفتح': 'ما بيفتح', 'مايخلينيش': 'ما يخلينيش', 'مابيخليني': 'ما بيخليني', 'مكيخلينيش': 'ما كيخلينيش', 'ماكيخلينيش': 'ما كيخلينيش',
    'وما': 'و ما', 'ومش': 'و مش', 'ومو': 'و مو', 'ولا': 'و لا', 'وماعاد': 'و ما عاد', 'ومابدي': 'و ما بدي', 'ومابقدر': 'و ما بقدر', 'وماحدا': 'و ما حدا', 'ومابيخليني': 'و ما بيخليني',
    'مابي': 'ما ابي', 'مابغي': 'ما ابغي', 'مابغيت': 'ما بغيت', 'ماابي': 'ما ابي',
    'ماعندي': 'ما عندي', 'ماعنديش': 'ما عنديش', 'ماحدا': 'ما حدا', 'محدا': 'ما حدا', 'ماحد': 'ما حد', 'مابقدر': 'ما بقدر',
    // Egyptian, Darija and Levantine arabizi for a friend who took something and does not wake, answer or breathe well, or whose heart beats weak or wild.
    '5adet': 'خدت', '5adit': 'خدت', khadet: 'خدت', khdat: 'خدت', '5adat': 'خدت', '5dat': 'خدت', '7agat': 'حاجات', '7agaat': 'حاجات', '7ajat': 'حاجات', hagat: 'حاجات', keteer: 'كتير', kiteer: 'كتير', awy: 'اوي', awi: 'اوي', party: 'حفله', parti: 'حفله', '7afla': 'حفله', '7afle': 'حفله', '7fla': 'حفله', '7afleh': 'حفله', mokhadarat: 'مخدرات', m5adarat: 'مخدرات', mkhadrat: 'مخدرات',
    btes7a: 'بتصحي', bites7a: 'بتصحي', btis7a: 'بتصحي', bites7: 'بتصحي', byes7a: 'بيصحي', bis7a: 'بيصحي', byis7a: 'بيصحي', bies7a: 'بيصحي', bey2oum: 'بيقوم', bi2oum: 'بيقوم', biy2oum: 'بيقوم', by2oum: 'بيقوم', bye2oum: 'بيقوم', bi2um: 'بيقوم', bet2oum: 'بتقوم', bti2oum: 'بتقوم', bt2oum: 'بتقوم',
    kayfi9ch: 'كيفيقش', kayfiqch: 'كيفيقش', kayfi9sh: 'كيفيقش', kayfaye9ch: 'كيفيقش', katfi9ch: 'كتفيقش', katfiqch: 'كتفيقش', byfi2: 'بيفيق', bifi2: 'بيفيق', byefi2: 'بيفيق', btfi2: 'بتفيق', bitfi2: 'بتفيق', tfi2: 'تفيق', yfi2: 'يفيق', tes7a: 'تصحي', yes7a: 'يصحي', tis7a: 'تصحي', yis7a: 'يصحي', kaynodch: 'كينوضش', kaynoudch: 'كينوضش', katnodch: 'كتنوضش', katnoudch: 'كتنوضش',
    biyerod: 'بيرد', byerod: 'بيرد', byrod: 'بيرد', biyrod: 'بيرد', beyrod: 'بيرد', byred: 'بيرد', bired: 'بيرد', btrod: 'بترد', bterod: 'بترد', bitrod: 'بترد', kayjawbch: 'كيجاوبش', kayjawebch: 'كيجاوبش', kayjaweb: 'كيجاوب', katjawbch: 'كتجاوبش', katjawebch: 'كتجاوبش', kayredch: 'كيردش', katredch: 'كتردش',
    kaytnafsch: 'كيتنفسش', kaytnafesch: 'كيتنفسش', kaytneffesch: 'كيتنفسش', kaytnefsch: 'كيتنفسش', katnafsch: 'كتتنفسش', kattnafsch: 'كتتنفسش', nafaso: 'نفسه', nafasou: 'نفسه', nafasu: 'نفسه', nafasha: 'نفسها', bati2: 'بطيء', ba6i2: 'بطيء', bate2: 'بطيء', batee2: 'بطيء', btee2: 'بطيء', ba6ee2: 'بطيء',
    '2albaha': 'قلبها', '2albha': 'قلبها', qalbha: 'قلبها', '9albha': 'قلبها', galbha: 'قلبها', albaha: 'قلبها', '2albo': 'قلبه', '2albu': 'قلبه', qalbo: 'قلبه', '9albo': 'قلبه', galbo: 'قلبه', albo: 'قلبه', bydo2: 'بيدق', bidu2: 'بيدق', da3if: 'ضعيف', da3eef: 'ضعيف', d3if: 'ضعيف', da3ef: 'ضعيف', gamed: 'جامد', gamid: 'جامد',
    '3eneh': 'عينيه', '3enih': 'عينيه', '3eno': 'عينيه', '3eneha': 'عينيها', '3enha': 'عينيها', maftou7a: 'مفتوحه', maftu7a: 'مفتوحه', maftoo7a: 'مفتوحه', maftou7in: 'مفتوحه', m7loulin: 'محلولين', m7lolin: 'محلولين', bet3ara2: 'بتعرق', bit3ara2: 'بتعرق', bye3ra2: 'بيعرق', chari3: 'شارع', chare3: 'شارع', shari3: 'شارع', share3: 'شارع', sa7bi: 'صاحبي', sa7bety: 'صاحبتي', jartna: 'جارتنا', jarna: 'جارنا', jaretna: 'جارتنا',
    // An adult who says "a secret between us" and comes into the child's room at night (Darija bit = room).
    binatna: 'بيناتنا', binatn: 'بيناتنا', benatna: 'بيناتنا', binetna: 'بيناتنا', benna: 'بيننا', binna: 'بيننا', beinna: 'بيننا', bentna: 'بيننا', kaydkhol: 'كيدخل', kaydkhel: 'كيدخل', kayd5ol: 'كيدخل', kaydekhl: 'كيدخل', byodkhol: 'بيدخل', byod5ol: 'بيدخل', bidkhol: 'بيدخل', biyodkhol: 'بيدخل', beyod5ol: 'بيدخل', yodkhol: 'يدخل', yedkhol: 'يدخل', yed5ol: 'يدخل', yod5ol: 'يدخل',
    byeji: 'بيجي', biji: 'بيجي', byiji: 'بيجي', beyegi: 'بيجي', biyigi: 'بيجي', byegi: 'بيجي', kayji: 'كيجي', kayjini: 'كيجيني', bit: 'بيت', dyali: 'ديالي', dyal: 'ديال', ghorfti: 'غرفتي', ghorfeti: 'غرفتي', ghorfiti: 'غرفتي', ghurfti: 'غرفتي', '2odti': 'اوضتي', odti: 'اوضتي', '2oudti': 'اوضتي', oudti: 'اوضتي', '2odty': 'اوضتي', sriri: 'سريري', takhti: 'تختي', ta5ti: 'تختي',
    lil: 'الليل', llil: 'الليل', leil: 'الليل', lail: 'الليل', layl: 'الليل', bellel: 'بالليل', belleil: 'بالليل', bellil: 'بالليل', billeil: 'بالليل', bellail: 'بالليل', belil: 'بالليل', na3s: 'ناعس', na3sin: 'ناعسين', nay3s: 'ناعس', nayem: 'نايم', nayma: 'نايمه', naymin: 'نايمين', naymeen: 'نايمين',
    // Screams through the wall, "enough, you'll kill me"; a brother who will "wash the shame".
    kefaya: 'كفايه', kfaya: 'كفايه', kifaya: 'كفايه', kafaya: 'كفايه', bikaffi: 'بكفي', bkaffi: 'بكفي', hatmawetni: 'هتموتني', hatmawwetni: 'هتموتني', '7atmawetni': 'هتموتني', hatmawatni: 'هتموتني', tmawetni: 'تموتني', tmawwetni: 'تموتني',
    yghsel: 'يغسل', yeghsel: 'يغسل', yghasel: 'يغسل', yghsl: 'يغسل', ighsel: 'يغسل', nghsel: 'نغسل', ghasl: 'غسل', ghasel: 'غسل', '3ar': 'عار', l3ar: 'العار', el3ar: 'العار', '3aro': 'عاره', '3arna': 'عارنا', charaf: 'شرف', sharaf: 'شرف', chrf: 'شرف', lcharaf: 'الشرف', elsharaf: 'الشرف',
    // Iraqi and Persian letters: گال (qal), چان (kan).
    'گال': 'قال', 'گالت': 'قالت', 'گالي': 'قالي', 'گلي': 'قلي', 'يگول': 'يقول', 'اگول': 'اقول', 'چان': 'كان', 'چانت': 'كانت', 'اگدر': 'اقدر', 'يگدر': 'يقدر', 'الچبير': 'الكبير', 'چبير': 'كبير',
    // Giving away one's things, "I don't know if I'll still be here in a week", nobody understands.
    wazze3: 'وزع', wazza3: 'وزع', waza3: 'وزع', wazee3: 'وزع', bwazze3: 'بوزع', bwazza3: 'بوزع', ghraadi: 'غراضي', gharadi: 'غراضي', ghraade: 'غراضي', ghrade: 'غراضي', ba3ref: 'بعرف', ba3rif: 'بعرف', n3ref: 'نعرف', n3rf: 'نعرف', na3ref: 'نعرف', simana: 'سيمانه', smana: 'سيمانه', b3ref: 'بعرف', ba3rf: 'بعرف', b3rf: 'بعرف', jem3a: 'جمعه', jim3a: 'جمعه', jum3a: 'جمعه', jom3a: 'جمعه', koun: 'كون', bkoun: 'بكون', bkun: 'بكون', hakoun: 'هكون', '7akoun': 'هكون', aslan: 'اصلا', asln: 'اصلا', byefham: 'بيفهم', bifham: 'بيفهم', byfham: 'بيفهم', biyefham: 'بيفهم', byefhamni: 'بيفهمني', kayfhamni: 'كيفهمني',
    // Darija told as the past and resolved: kont f wa7ed lwe9t ..., daba l7amdulillah ana mzyana.
    kont: 'كنت', kunt: 'كنت', knt: 'كنت', kent: 'كنت', wa7ed: 'واحد', wa7d: 'واحد', lwe9t: 'الوقت', lwa9t: 'الوقت', lwaqt: 'الوقت', lwe2t: 'الوقت', lwa2t: 'الوقت', elwa2t: 'الوقت', l7amdulillah: 'الحمد لله', l7amdolillah: 'الحمد لله', l7amdullah: 'الحمد لله', l7amdolah: 'الحمد لله', l7amdoulilah: 'الحمد لله', l7amdulilah: 'الحمد لله', hamdulillah: 'الحمد لله', hamdullah: 'الحمد لله', el7amdulillah: 'الحمد لله', el7amdolillah: 'الحمد لله', mzyana: 'مزيانه', mezyana: 'مزيانه', mzyan: 'مزيان', mezyan: 'مزيان', bikhir: 'بخير', bkhir: 'بخير', b5ir: 'بخير', labas: 'لاباس', lbas: 'لاباس',
  },
  crisis: {
    suicide: [
      ...round12A.crisis.suicide,
      // Pills saved up, in arabizi (gama3t 7obob, 5abbet dwa); a height at night and "today I decided".
      `(?:gama3|gam3|gma3|jama3|jma3|jamma3|gamma3|lammeit|lammet|5abbe|khabbe|5abei|khabei|mkhabbi|m5abbi|5abey|khabey)\\p{L}* ${G(4)}(?:7obob|7bob|7boob|7ubub|7bub|7ubob|7abbat|pills|dawa|dwa|adwya|adwiya|حبوب|الحبوب|دوا|الدوا|ادويه)`,
      `(?:balcon|balkon|balcony|blakon|sta7|s6a7|staa7|bridge|pont|jisr|tab9a|طابق|بلكون|بلكونه|شرفه|سطح|جسر)\\p{L}* ${G(14)}(?:9arrert|9arrart|9rrt|9arert|9arart|qarrart|qararet|2arrart|2arrarat|garrart|قررت|قررتها|حسمت)`,
      `(?:لم اعد|ما عدت|ما بدي|مابدي|لا اريد|ما بغيت) ${G(1)}(?:اريد |بدي )?(?:ان )?(?:استيقظ|اصحى|اصحي|افيق|نفيق)${wakeFor}`,
      `(?:7bob|حبوب) ${G(6)}jamma3\\p{L}*`, `jamma3\\p{L}* ${G(2)}(?:7bob|حبوب)`,
      `(?:جمع|اجمع|بجمع|عم جمع|عم اجمع|جمعت|خبي|خبيت|مخبي|مخبيه|بخبي) ${G(3)}(?:حبوب|حبات|الحبوب|دوا|الدوا|دواء|ادويه)`, `(?:ghadi|bghit|baghi|bdi|bde|rah|ana) ${G(1)}n?mo?ut\\p{L}{0,2}`,
      // Pills bought or kept, and the thought of ending everything (tonight): اشتريت حبوب كثيرة ... افكر ان انهي كل شي الليله.
      `${pills} ${G(20)}${endEverything}`, `${endEverything} ${G(12)}${pills}`,
      // Named outright: انتحار in every form, arabizi ente7ar / intihar; killing or finishing oneself.
      '\\p{L}*نتحا?ر\\p{L}*', '\\p{L}{0,3}nt[aei]?7[aei]?r\\p{L}{0,3}', '\\p{L}{0,3}nt[aei]h[aei]r\\p{L}{0,3}',
      `\\p{L}{0,3}قتل\\p{L}{0,3} ${G(1)}${self}`, `\\p{L}{0,3}خلص\\p{L}{0,3} (?:على|ع|عل) ${selfOnly}`, `\\p{L}{0,2}موت\\p{L}{0,2} ${selfOnly}(?! ${G(2)}(?:من|م|ب|بال|في)\\s?(?:ال)?(?:ضحك|شغل|تعب|دراسه|رياضه|جيم))`, `\\p{L}{0,3}خلص\\p{L}{0,3} من (?:حيات\\p{L}*|عمري|الحياه|هالحياه|الدنيا|هالدنيا|${selfOnly})`,
      `(?:[اينبت]|بن|بت|كن)?نهي ${G(1)}(?:حيات\\p{L}*|عمري|${selfOnly})`, `(?:انهاء|انهيت|نهيت) ${G(1)}(?:حيات\\p{L}*|عمري)`, '[نت]?سالي حيات\\p{L}*', '(?:حدا|حد) لحيات\\p{L}*',
      // A wish to die or not to live.
      `${want} ${G(1)}${die}`, '(?:بدي|ودي|ابي|بغيت|اريد|اتمني|بتمني) (?:ان )?موت', `${want} (?:ال|لل)موت`, `${wants} ${G(1)}(?:ان |انه |انها )?[يت]موت`,
      `(?:ليتني|ياريتني|ريتني|ياليتني|ياريت لو|ليت) ${G(1)}(?:مت|ميت|ميته|متت|موت|اموت)`,
      `و?(?:ما|مش|مو|مب|لا|لم|لن|ماعاد|عاد ما|ما عدت|لم اعد|بطلت|ما بقيت|ما بقيتش|مبقتش|مبقيتش|ماعدتش|ماني) ${G(1)}${want}\\p{L}{0,2} ${G(1)}${live}${livingPlace}`,
      `(?:ما|مش|مو|لا|لم|ماعاد|بطلت) ${G(1)}${want}\\p{L}{0,2} ${G(1)}${live} (?:في|ف|ب|على|ع)\\s?(?:هاد |هاي |هذه |هذا |هال|ال|هاد ال)?(?:دنيا|عالم|حياه|ارض)`,
      `(?:ما|مش|مو|لا|ما في|مافي|مفيش|ماكاين|ما عندي|ماعنديش|معنديش|ليس لدي|مالي|ماعندي) ${G(1)}(?:سبب|دافع|علاش) ${G(1)}(?:ل|لا|عشان|باش|حتى|كي)?\\s?(?:[انتي]?عيش|اعيش|نعيش|العيش|الحياه|اكمل|احيا|نكمل)\\p{L}{0,2}`,
      `(?:ال)?حيا(?:ه|تي) ${G(2)}(?:ما|مال|مش|مو|لا|بلا|بدون|ملهاش|مالهاش|مالها|ماعادش|فاقده) ${G(1)}(?:معني|طعم|قيمه|لزوم|فايده|داعي)`,
      `(?:انام|ننعس|ننام|نرقد|ارقد|${want} (?:ان )?(?:نام|نعس)) ${G(2)}(?:و )?(?:ما|لا|مش|م|ماعاد|وما|ولا|وم)\\s?(?:[انتي]?صح[يا]\\p{L}*|[انتي]?فيق\\p{L}*|استيقظ\\p{L}*|اقوم|نقوم|اصحي|نفيق)${wakeFor}`,
      `(?:ال)?موت (?:ارحم|احسن|افضل|اهون|اريح)\\p{L}* ${G(1)}(?:لي|ليا|ليي|الي|من (?:هيك |هاي |هذه |هاد |هذي )?(?:ال)?(?:حيا|عيش|دنيا)\\p{L}*|من (?:هال|هاذ ال)(?:حيا|عيش|دنيا)\\p{L}*)`,
      // Being a burden: better off without me.
      `(?:احسن|افضل|حسن|ارتاح|يرتاح|يرتاحو|يرتاحوا|ترتاح|يرتاحون|مرتاحين)\\p{L}{0,2} ${G(3)}(?:بدوني|من دوني|بلاي|بلا بيا|من غير ما اكون|لو مت|لو متت|اذا مت|لو ما كنت|لو ماكنت|لو اختفيت|اذا اختفيت|بعد موتي|بموتي)`,
      // Farewells.
      `(?:اخر|اخير) (?:رساله|مسج|رسايل|كلام|كلمات|مره)\\p{L}{0,2} ${G(1)}(?:مني|ليكم|لكم|ليك|الك|ليكي|تسمعو|تشوفو|تشوفوني|تسمعوني|تقروها|تقروا)`, 'وداعا (?:للابد|يا دنيا|ايتها الحياه|للجميع|يا عالم|يا حياه)',
      // Pills saved or swallowed, poison (hidden from the children is safe keeping, not a plan).
      `(?:جمعت|جمعتهم|جمعتها|نجمع|بجمع|اجمع|كنجمع|مجمع|مجمعه|مجمعها|خبيت|خبيتهم|خبيتها|نخبي|بخبي|مخبي|مخبيه|مخبا|مخباه|حوشت|محوش|محوشه|مدخر|مدخره|ادخرت) ${G(3)}${pills}(?! ${G(3)}(?:عن|من) (?:ال)?(?:ولاد|اولاد|اطفال|عيال|دراري|صغار|بيبي))`,
      `${pills} ${G(3)}(?:جمعتها|جمعتهم|مجمعه|مجمعها|مخبيه|مخباه|خبيتها|خبيتهم|حوشتها|مدخره|مخبيتها|مخبيهم)`,
      // Pills named, then "take them all (tonight) and that's it": nfakar nakhedhom kolhom el lila w 5alas.
      `${pills} ${G(10)}(?:ا|ن|ب|بن|كن|ر|رح ا|رح ن|غادي ن)?(?:خد|خذ|اخد|اخذ|بلع|شرب|اكل|كل)(?:هم|ها|هن|هملي) ${G(1)}(?:كلهم|كلها|كلهن|جميعا|جميعها|مره وحده|دفعه وحده|بمره)`,
      `(?:ابلع|نبلع|بنبلع|ببلع|اشرب|نشرب|بشرب|ناكل|اخذ|اخد|ناخد|اتناول)\\p{L}{0,3} ${G(2)}(?:كل|علبه|شريط|شرايط|كومه|بزاف د|برشا|هواي|كثير من|كتير من|ياسر|عشرين|خمسين|باكو|باكيت|كميه)\\s?(?:كامله |كلها |بحالها )?(?:من )?${pills}`,
      `(?:ابلع|نبلع|ببلع)\\p{L}{0,3} ${G(1)}${pills} ${G(1)}(?:كلها|كله|كلهم|بزاف|برشا|كثير|كتير|هواي)`,
      `(?:ابلع|نبلع|اشرب|ناخد|اخذ|اخد|اتناول)\\p{L}{0,3} ${G(1)}${pills} ${G(2)}(?:دفعه وحده|بمره وحده|بضربه وحده|كلهم مع بعض|كلها مع بعض)`,
      `(?:اشرب|نشرب|بشرب|ابلع|نبلع|ناكل|اخذ|اخد)\\p{L}{0,3} ${G(2)}(?:ال)?(?:سم|سموم|مبيد|مبيدات|سم الفيران|سم فيران|دوا الفار|دوا الفيران|دواء الفيران|سم الفار|كلور|جافيل|ماء جافيل|ماء النار)`,
      // A height, a train, a rope, the veins.
      `\\p{L}{0,3}(?:رمي|رما|لوح|طيح|قذف)\\p{L}{0,3} ${self} ${G(2)}(?:من|قدام|تحت|امام|قبال|ع|على|في|ف|فوق)?\\s?${G(1)}${height}`,
      `(?:نط|نطيت|انط|بنط|نطت|ينط|تنط|قفز|قفزت|اقفز|نقفز|بقفز|يقفز|تقفز|نقز|نقزت) ${G(1)}(?:من|قدام|تحت|امام|ع|على|فوق|مالفوق)\\s?${G(1)}(?:ال|بال|فال|لل|عال)?(?:جسر|كوبري|قنطره|سطح|بلكون|بلكونه|شرفه|شباك|نافذه|عماره|بنايه|طابق|قطار|ترين|مترو|سكه)`,
      `(?:ارمي|نرمي|انط|نلوح|انام|نحط|احط|اقفز|نقفز|ارقد|نرقد)\\p{L}{0,3} ${G(2)}(?:تحت|قدام|امام|قبال) ${G(1)}(?:ال)?(?:قطار|ترين|تران|مترو|ميترو|ترام|شاحنه|كميون)`,
      `\\p{L}{0,3}شنق\\p{L}{0,3} ${self}`, '\\p{L}{0,2}(?:نشنق|تشنق)\\p{L}{0,2}', `حبل\\p{L}{0,2} ${G(2)}(?:مشنقه|رقبت\\p{L}*|السقف|اتشنق|انشنق)`,
      `\\p{L}{0,3}(?:قطع|قص|شرط|جرح)\\p{L}{0,3} ${G(1)}(?:عروق\\p{L}*|شريان\\p{L}*|شراين\\p{L}*|شرايين\\p{L}*|وريد\\p{L}*|اوردت\\p{L}*|معصم\\p{L}*|رسغ\\p{L}*)`,
      // Self-harm as the present or a habit (a past form is a concern).
      `(?:[ابنيتك]|بن|بت|كن|كت|تن|بي|عم ا|عم ن|عم )(?:جرح|اذي|وذي|شرط|حرق)\\p{L}{0,2} ${selfOnly}`, `(?:[ابنيتك]|بن|بت|كن|كت|تن|عم ا|عم ن|عم )(?:جرح|شرط|شطب)\\p{L}{0,2} ${limb}`, '(?:ايذاء|اذيه|اذي|جرح) ال(?:نفس|ذات)',
      `(?:ال|بال|ب)?(?:شفره|شفرات|موس|كتر|قزازه|زجاج) ${G(3)}${limb}`,
      // Not wanting to wake up (any dialect, "not again"), not "early" or "for work"; sleeping and not waking as a wish.
      `(?:ما|مش|مو|لا|م|مانيش|ماني|لم اعد|ما عدت|ما عاد|ماعاد|ماعادش|ما بقيتش|مابقيتش|مبقتش) ${G(1)}${want}\\p{L}{0,2} ${G(1)}(?:ان |اني |باش |ل)?${wake}${wakeFor}`,
      `(?:لو|اذا|ازا|ياريت|ريت|ليت|ياريتني|ليتني|نفسي|بتمني|اتمني|كنتمني) ${G(1)}(?:نمت|انام|ننعس|نعست|نام|رقدت|ارقد|نرقد|نعس) ${G(3)}(?:و ?)?(?:ما|لا|مش|م|ولا|وما)\\s?(?:فقت|فقتش|صحيت|صحيتش|قمت|قمتش|استيقظت|اصحي|افيق|نفيق|نوضت|فيقت|صحاش|فقش)`,
      `(?:${want}|لو|ياريت|ريت|نفسي) ${G(1)}(?:ان )?(?:نام|نعس|انام|ننعس|نمت|ارقد) ${G(2)}(?:و ?)?(?:ما|لا|مش|م) (?:عاد|عدت|بقا|بقيت|رح|ح|ه|عاد ا|عاد ن)\\s?${wake}`,
      `(?:ما|مش|مو|لا|م|مانيش|ماني) ${G(1)}${want}\\p{L}{0,2} ${G(1)}(?:ان |اني |باش |ل)?${wake} ${G(2)}(?:تاني|ابدا|للابد|مره تانيه|مره ثانيه|مره اخري|بعد اليوم|من جديد|خلاص|نهائيا|عمري)`,
      // Nothing left to live for.
      `(?:ما|مش|مو|لا|لم|ماعاد|ما عاد|مابقاش) ${G(1)}(?:بقي|بقا|ضل|ظل|عاد|في|فيه|عندي|بقالي|ضللي|يوجد|يبق|كاين) ${G(2)}(?:شي|شيء|اشي|حاجه|سبب|احد|حدا|حد|حدن|واحد|حتي حاجه) ${G(1)}(?:[انتي]?عيش|العيش) ${G(1)}(?:لاجله|لاجلو|لاجلها|عشانه|عشانو|علشانه|من اجله|من اجل|له|الو|ليه|لاجل|علشان|عليه|عليها|بيه|عليه)`,
      // Cutting or hurting oneself now, with a razor or a blade (Egyptian عور, Levantine خربش, Darija شرط).
      `(?:[ابنيتك]|بن|بت|كن|كت|تن|بي|عم ا|عم ن|عم )(?:عور|عوور|خربش|شطب|خدش)\\p{L}{0,2} ${selfOnly}`,
      `\\p{L}{0,3}(?:جرح|عور|شرط|شطب|خدش|خربش|اذي|وذي)\\p{L}{0,3} ${G(2)}(?:${selfOnly}|${limb}) ${G(2)}(?:بال|ب|بال )?\\s?(?:ال)?(?:شفره|شفرات|موس|امواس|كتر|مشرط|جيليت|شفرت)\\p{L}{0,2}`,
    ],
    violence: [
      // Will kill me if I go to the police or tell anyone (رح يقتلني اذا رحت عالشرطة): the condition is the threat, not an excuse.
      `\\p{L}{0,4}قتل(?:ني|ك|كي|ها|نا|وني) (?:اذا|لو|ازا|ان) ${G(3)}(?:رحت|رحتي|روحت|حكيت|حكيتي|قلت|قلتي|خبرت|اشتكيت|تركته|تركتيه|هربت|اتصلت|بلغت|طلبت الطلاق)\\p{L}{0,2} ${G(2)}(?:ع|على|عل|لل|ل)?\\s?(?:ال)?(?:شرطه|بوليس|بوليسيه|حدا|حد|احد|اهلي|اهلك)(?!\\p{L})`,
      // A child's "secret game" with an adult (لعبة سرية, le3be sirriye).
      `(?:لعب|يلعب|بيلعب|كيلعب|نلعب|بنلعب|لعبه|العاب)\\p{L}{0,3} ${G(3)}(?:سريه|بالسر|سر بيناتنا|سر بيننا|سرنا)`, `(?:le3b|l3b|lo3b|la3b|lu3b)\\p{L}* ${G(2)}(?:sirri|sirri|serri|sri|sirr|bsirr|bel sir)\\p{L}*`,
      // Taken to the home country and not coming back (summer "holiday" for a marriage or as punishment).
      `(?:ياخدوني|ياخذوني|ياخدني|ياخذني|تاخدني|تاخذني|تاخدوني|ياخدوها|ياخذوها|تاخدها|يسفروني|يسفرني|يسفروها|يرجعوني|يرجعني|يبعتوني|يبعتني|يودوني|يوديني|ينزلوني|يخدوني|يدوني|يدوها|هيسفروني|بيسفروني)\\p{L}{0,2} ${G(3)}(?:ع|عال|على |ل|لل|الى |الي )?(?:البلد|بلد|بلدنا|بلادنا|البلاد|سوريا|المغرب|العراق|مصر|الصومال|لبنان|فلسطين|الجزاير|تونس|اليمن|السودان|تركيا|الاردن)\\p{L}{0,2} ${G(6)}(?:و ?)?(?:ما|مش|مو|لا|لن|م) (?:رح |راح |ح |ه |عاد |بعود )?(?:ارجع|رجع|اعود|نرجع|ترجع|ارجعش|نرجعش|ترجعش|يرجعوني|يرجعوها)\\p{L}{0,2}`,
      // Heard through the wall: things breaking, a child begging "stop, dad" (arabizi and script).
      `(?:sme3t|sm3t|smi3t|sma3t|sme3na|sm3na|sam3a|sam3in|bisma3|basma3|kansma3|nsma3|smaa3t|bsme3)\\p{L}* ${G(6)}(?:darb|dareb|tekseer|taksir|tksir|yetkasar|ytkasar|btetkasar|tetkasar|istighatha|ilha2ouni|el7a2ouni|l7a9ouni|help)\\p{L}*`,
      `(?:bas|bass|khalas|5alas|bikaffi|bkaffi|بس|خلص|خلاص|بكفي|يكفي) (?:ya )?(?:baba|papa|baba|بابا|يابا|يا بابا|ابي) ${G(2)}(?:bas|bass|khalas|5alas|bikaffi|بس|خلص|خلاص|بكفي|يكفي) (?:ya )?(?:baba|papa|بابا|يابا|يا بابا|ابي)`,
      `(?:اسمع|سمعت|بسمع|نسمع|سامع|سامعه|سمعنا) ${G(6)}(?:عم |كي|بي)?\\p{L}{0,2}تكسر\\p{L}{0,2} ${G(8)}(?:يصرخ|بيصرخ|تصرخ|بتصرخ|صراخ|يعيط|بيعيط|تبكي|بتبكي|يبكي|بيبكي)`,
      // A child taken by the other parent or an ex, with no permission, abroad, or unreachable: an abduction.
      `${taker} ${G(3)}\\p{L}{0,2}(?:اخد|اخذ|خد|خذ|شد|هرب|سافر|طلع|دا|ادا|اخدت|اخذت|هربت|سافرت|داها|داه|داهم|شافر)\\p{L}{0,3} ${G(2)}${kids} ${G(12)}(?:${abducted})`,
      `${taker} ${G(3)}\\p{L}{0,2}(?:هرب|سافر|طلع|شافر)\\p{L}{0,3} (?:ب|مع)\\s?${kids}`, `\\p{L}{0,2}خطف\\p{L}{0,3} ${G(2)}${kids}`, `${kids} ${G(2)}(?:انخطف|انخطفت|مخطوف|مخطوفه|اتخطف|اتخطفت|تخطف|تخطفت)`,
      // Locked in (Darija سد), an elderly or other relative held in a room, pushed until one falls.
      `و?(?:حابس|حابسه|حابسين|حابسينه|حابسينها|قافل|قافله|ساكر|مسكر) ${G(1)}(?:${victim}|ابوي|امي|ابوه|امه|ابوها|امها|جدي|جدتي|ستي|مرته|مراته|زوجته|اختي|اخته|اخوي|اخوه|ابويا) ${G(1)}(?:ب|في|ف|جوا|داخل|جوه)\\s?(?:ال)?(?:غرف|اوض|بيت|دار|حمام|شقه|قبو)\\p{L}*`,
      `(?:كي|كن|كت|ت|ي|ن|بي|بت|عم ي|عم ت)?(?:سد|قفل|سكر|غلق|بند)\\p{L}{0,2} (?:علي|عليا|علينا|عليها|عليه|عليهم|عليي|عليو) (?:ال)?(?:باب|بيت|دار|غرفه|اوضه)\\p{L}{0,2}`,
      `\\p{L}{0,3}(?:دفع|دفش|زق|دز|لوح|رما|رمي)(?:ني|ها|تني|وني|نا|ه|هم) ${G(3)}(?:حتي|لحد ما|و|ف|لين)\\s?(?:طحت|وقعت|سقطت|طاحت|وقعت|طاح|وقع|انكسر\\p{L}*|انجرحت|تعورت|اتعورت|ضربت راسي|خبطت راسي)`,
      `kaydreb\\p{L}*`, `(?:drebha|drebni|dreboh|kaydrebni)`, `b (?:samta|ssamta|sem6a)`,
      `(?:لا|ما) (?:تحكي|تقول|تخبر|تحكيش) ${G(1)}(?:لاهلك|لامك|لابوك|لحدا|لاحد|لماما|لبابا|(?:لا|ل) (?:حدا|حد|احد|ماما|بابا))`,
      `(?:دفش|دفع|زق|خبط|ضرب|شحط) ${G(1)}(?:ماما|امي|مامتي|امه|امها)`,
      // Banged against the wall, the floor, a door: بيدق ماما بالحيط, خبطها عالارض (not "my head against the wall" in despair, not knocking on it).
      `\\p{L}{0,3}(?:دق|خبط|دفش|دفع|زق|لطش|ضرب|رمي|رما|لزق)\\p{L}{0,2} ${victim} ${G(1)}(?:ب|بال|فال|بال |في |ف |ع |على |عال|على ال)\\s?(?:حيط|حيطه|الحيط|حائط|الحائط|جدار|الجدار|ارض|الارض|خزانه|الخزانه|درج|الدرج)`,
      `\\p{L}{0,3}(?:دق|خبط|دفش|دفع|زق|رمي|رما|لزق)(?:ها|ني|تني|وني|وها|ونا|نا|هم) ${G(1)}(?:ب|بال|فال|بال |في |ف |ع |على |عال|على ال)\\s?(?:حيط|حيطه|الحيط|حائط|الحائط|جدار|الجدار|ارض|الارض|خزانه|الخزانه|درج|الدرج)`,
      // A blow as the answer to speaking, refusing, being late: اذا اتكلم يضرب, كل ما اقول لا بيضربني.
      `(?:اذا|لو|ازا|كل ما|كلما|لما|لمن|ملي|كي) (?:[انت]\\p{L}{2,7}|قلت|حكيت|رفضت|تاخرت|رديت|طلعت) ${G(2)}(?:هو )?(?:ي|بي|كي|ه|هي|رح ي)ضرب(?:ني|نا|ها|هم|و)?(?! (?:ال|بال|كوره|طابه|جرس|تلفون|رقم|مثل)\\p{L}*)`,
      // He hits me, her, the children: the verb carries the object (بيضربني, كيضربني, ضربتني).
      '\\p{L}{0,3}(?:ضرب|لطش|صفع|كفخ)(?:ني|نا|ها|هم|كم|وني|وها|ونا|تني|تنا|تها|نيش|هاش|ناش|و|وه)', '\\p{L}{0,3}(?:لطم|رفس|لبط|سلخ)(?:ني|نا|تني|تنا|وني|ونا|نيش)',
      '(?:ي|بي|ت|بت)طق(?:ني|نا|ها|وني)', '(?:ي|بي|كي|عم ي|دايما ي|هو ي|هو )ضرب (?:انا|اني|احنا|نحن|ياني|ولادي|الاطفال|الاولاد)', '\\p{L}{0,3}كتل(?:ني|نا|ها|وني|وها|تني)', `\\p{L}{0,2}مد\\p{L}{0,2} (?:ايده|يده|ايدو|ايديه|ايدها|يدها) (?:علي|عليا|علينا|عليها|عليي|على (?:ولادي|بنتي|ابني|امي|اختي))`, `\\p{L}{0,3}ضرب\\p{L}{0,2} ${G(1)}${victim}`,
      '(?:y|by|bi|b|ky|kay|tay|ka|ta|t|n|bt|bit|ye|yi|bye|biy|byi|kat|tat|tan|kan)d{1,2}[aeiou]?r[aeiou]?b(?:ni|na|ha|ny|ne|hom|o|ou|ouni|oni|uni)',
      'd[ao]r[ao]?b(?:ni|tni|atni|etni|ouni|oni|ha|hom|itni|ny)', '(?:y|by|bi|ky|kay|ka|ta|t|bt|ye|yi|bye|hay|7ay|ghay)(?:q|2|9|k|g)t[aeiou]?l(?:ni|na|ha|ny|ek|ik|kom|hom)',
      '(?:انضربت|انضرب|اتضربت|اتضرب|تضربت|ينضرب|تنضرب|بنضرب|بتنضرب|كنتضرب|كيتضرب|كتضرب|انضربنا|اتضربنا)', `(?:تعرض|اتعرض|بتعرض|نتعرض|كنتعرض)\\p{L}{0,3} ${G(1)}(?:لل|ال|ل)?(?:ضرب|عنف|تعنيف|اغتصاب|تحرش|اعتداء|خنق|ابتزاز)\\p{L}*`,
      '(?:ال)?عنف (?:ال)?(?:اسري|منزلي|زوجي|جنسي|عائلي|ضد المراه)', '\\p{L}*غتصب\\p{L}*', '\\p{L}{0,3}تحرش\\p{L}{0,3} (?:بي|بيا|فيا|فيني|ببنتي|بابني|بولدي|باختي|بها|فيها|بيها|بولادي|بينا|ب(?:ال)?(?:بنت|ولد|طفل)\\p{L}*)',
      `(?:اعتدي|اعتدا|اعتداء|يعتدي|بيعتدي|كيتعدي|كيتعدا|تيتعدا|يتعدي|يتعدا|بيتعدي)\\p{L}{0,3} ${G(1)}(?:علي|عليا|علينا|عليها|عليه|عليي|على (?:بنتي|ابني|ولدي|اختي|اخوي|امي|ولادي)|جنسيا|جنسي)`,
      // Threats to kill, with a weapon, over honour (a threat "if you ..." from a parent is a concern).
      `\\p{L}{0,4}قتل(?:ني|نا|ها|كم|هم|وني|وها|ونا|نيش|ك|كي)(?! ${G(3)}(?:اذا|لو|ان|ازا|الا|كان|الضحك|ضحك))`,
      `\\p{L}{0,3}هدد\\p{L}{0,3} ${G(3)}(?:ب|بال)?(?:قتل|ذبح|دبح|سكين|موس|سلاح|مسدس|حرق|ضرب|موت|اذي|خطف|يقتل|يذبح|يحرق|يضرب|يموت|يكسر|ياذي|يوذي|يخطف|يدبح)\\p{L}*`,
      `${family} ${G(3)}(?:ر|رح |راح |ح |ه |غادي |غا |سوف |س)?\\p{L}{0,3}(?:قتل|ذبح|دبح)(?:ني|ها|وني|وها|ونا|نا)`,
      `(?:شرف|شرفي|شرفها|شرفنا|عار|العار|فضيحه|الفضيحه) ${G(5)}(?:\\p{L}{0,3}(?:قتل|ذبح|دبح)\\p{L}*|موت|الموت|دم|دمها|دمي|غسل)`, '(?:غسل|غسيل) (?:ال)?عار', 'جريم\\p{L}{0,2} (?:ال)?شرف',
      // "Wash the shame" in any person or tense (راح يغسل العار بيده, yghsel l3ar), honour cleaned with blood or a hand.
      `\\p{L}{0,3}(?:غسل|غسيل)\\p{L}{0,2} ${G(1)}(?:ال)?عار\\p{L}{0,2}`, `\\p{L}{0,3}(?:مسح|نظف|غسل)\\p{L}{0,2} (?:ال)?(?:عار|شرف)\\p{L}{0,2} ${G(3)}(?:ب|بال)\\s?(?:دم|ايد|يد|سلاح|سكين)\\p{L}{0,3}`,
      // Heard through the wall: "enough, you'll kill me" (كفاية هتموتني, بس رح تموتني).
      `(?:كفايه|كفايا|كفا|بس|بسك|خلاص|بكفي|يكفي|حرام عليك|ارحمني|ارحمنا|اتركني|سيبني|بالله عليك|kefaya|bas|bass|baraka)\\s?${G(2)}(?:رح |راح |ح |ه |غادي |غا |بدك |عايز )?(?:ت|ه|هت|حت|بت)?(?:موت|قتل|ذبح|دبح|كتل|خنق)(?:ني|نا|يني|ينا)`,
      // Forced marriage.
      '(?:زواج|جواز|زواجي)\\s?(?:قسري|بالغصب|بالقوه|غصب|بالاكراه|اجباري|بالاجبار)', `(?:اجبر|يجبر|بيجبر|كيجبر|جبروني|جبرني|جبروها|غصب)\\p{L}{0,3} ${G(3)}(?:على |ع )?(?:ال)?(?:زواج|جواز|اتزوج|نتزوج|اتجوز|زواجي)\\p{L}*`,
      `\\p{L}{0,3}(?:زوج|جوز)(?:وني|وها|ونا|ني|ها) ${G(6)}(?:غصب|غصبا|بالغصب|بالقوه|رغما|بزز|بالزز|بالسيف|بالاجبار|(?:بدون|بلا|من غير) (?:رضاي|رضاها|موافقتي|موافقتها|ما (?:ت|ن|ا)?(?:بغي|حب|رضي|وافق)\\p{L}*))`,
      // Locked in, not let out, the passport hidden.
      `(?:\\p{L}{0,3}(?:قفل|سكر|غلق)\\p{L}{0,3}|و?قافل|و?قافله|و?مقفل|و?مقفله|و?ساكر|و?ساكره|و?غالق) ${G(2)}(?:علي|عليا|علينا|عليها|عليي|عليه|عليو|عليهم)(?! (?:بالليل|في الليل|فالليل|كل ليله|بليل)) ${G(2)}(?:ال|بال)?(?:باب|بيت|غرفه|اوضه|دار|شقه|مفتاح|حمام)`,
      `\\p{L}{0,3}(?:قفل|سكر|غلق)\\p{L}{0,3} (?:ال)?باب (?:علي|عليا|علينا|عليها|عليي)(?! (?:بالليل|في الليل|فالليل|كل ليله|بليل))`, '\\p{L}{0,3}حبس(?:ني|نا|ها|وني|وها|ونا)', 'و?حابس(?:ني|نا|ها|يني|هم|ينه|ينها)', `و?حابس(?:ه|و) (?:ب|في|ف|جوا)\\s?(?:ال)?(?:غرف|اوض|حمام|قبو)\\p{L}*`,
      `(?:محبوس|مسجون)\\p{L}{0,2} ${G(1)}(?:في|ف|ب|جوا|داخل)\\s?(?:ال)?(?:بيت|غرفه|اوضه|دار|شقه|حمام)`,
      `(?:ما|مش|مو|لا|م|ماعاد) ${G(1)}\\p{L}{0,3}(?:خلي|سيب|سمح|خلا)\\p{L}{0,4} ${G(2)}(?:[انت]?طلع|[انت]?خرج|[انت]?نزل|[انت]?روح|[انت]?مشي)\\p{L}{0,2} ${G(1)}(?:(?:من )?(?:ال|بال)?(?:بيت|دار|شقه)|برا|بره|لبرا|لبره|للشارع|الشارع|لحالي|لوحدي|بوحدي|بلاه|بدونه|من غيره|بلا بيه)`,
      `(?:خبا|خبي|خبيت|مخبي|مخبا|مخبيه|مخباه|خبالي|خباه|خبات|حاجز|حاجزه|حاجزين|حاجزلي) ${G(2)}(?:ال)?(?:جواز|باسبور|باسبورت|اقام|بطاق|كارت|هويت|لاكارط|paspoort)\\p{L}*`,
      `(?:جواز|باسبور|باسبورت|اقام|بطاق|هويت)\\p{L}{0,3} ${G(2)}(?:و)?(?:خباه|خباها|خبيته|خبيتها|خباهم|مخبيه|مخبيها|مخباه|حاجزه|حاجزها|حاجزهم)`,
      // A secret at night: he comes to my room, touches me, says it is our secret.
      `(?:يجي|بيجي|كيجي|يدخل|بيدخل|كيدخل|بيفوت|يفوت|اجا|دخل|يجيني|بيجيني|جاني|فات|بيتسلل|يتسلل)\\p{L}{0,2} ${G(3)}${room} ${G(4)}${night}`,
      `(?:يجي|بيجي|كيجي|يدخل|بيدخل|كيدخل|بيفوت|يفوت|اجا|دخل|يجيني|بيجيني|جاني|فات|بيتسلل|يتسلل)\\p{L}{0,2} ${G(3)}${night} ${G(3)}${room}`,
      `${night} ${G(3)}(?:يجي|بيجي|كيجي|يدخل|بيدخل|كيدخل|بيفوت|يفوت|اجا|دخل|يجيني|بيجيني|جاني|فات|بيتسلل|يتسلل)\\p{L}{0,2} ${G(2)}${room}`,
      `\\p{L}{0,3}(?:لمس|حسس|تحسس|قيس)(?:ني|ها|لي|نا|هالي) ${G(3)}(?:في|ب|على|ع|من|بين)?\\s?(?:جسمي|جسدي|صدري|صدرها|اماكن|مناطق|اعضائي|عضوي|مؤخرتي|طيزي|بزازي|تحت|تيابي|ثيابي|هدومي|حوايجي|فخادي|فخدي|بين رجلي)`,
      `${secret} ${G(8)}(?:${night}|${room}|\\p{L}{0,3}لمس\\p{L}*|\\p{L}{0,3}حسس\\p{L}*|بيوجعني|يوجعني|جسمي|تيابي|ثيابي|هدومي)`,
      `(?:\\p{L}{0,3}لمس\\p{L}*|\\p{L}{0,3}حسس\\p{L}*|${room}|${night}) ${G(8)}(?:${secret}|هاد سر|هذا سر|هادا سر|هاي سر)`,
      // Witnessed: the child or the neighbour hears it (also after و: وأسمع ... وصوت ضرب); not a hammer or a drill.
      `${hear} ${G(6)}(?:و?صوت |و?اصوات )?(?:(?:ضرب|الضرب)(?! (?:ال)?(?:مطرقه|شاكوش|مسامير|حفر|دريل|طبل|طبول|كوره)(?!\\p{L}))|تكسير|يضرب|تنضرب|ينضرب|بيضرب|كيضرب|يستنجد|تستنجد|يستغيث|تستغيث|استغاثه|النجده|الحقوني|تطلب (?:النجده|المساعده)|يطلب (?:النجده|المساعده))`,
      // A brother's or father's threat to slaughter, told with a telling verb (هدبحك, ndb7ek): not a mother's "I'll kill you" over homework.
      `و?(?:قال|قالي|قاللي|قالها|قلي|بيقول|بيقولي|بيقولها|هددني|هددها|كيقولي|قال ليا|قالت|gal|galli|9ali|2ali|ali|hadedni) ${G(8)}(?:ه|ح|حا|رح |راح |غادي |ن|ا|ب)?(?:دبح|ذبح)(?:ك|كي|ج)(?!\\p{L})`,
      `(?:قال|قالي|قاللي|قلي|بيقول|بيقولي|هددني|كيقولي|gal|galli|9ali|2ali|ali|hadedni) ${G(8)}(?:ha|7a|ra7 |ghadi |n|a)?(?:db7|dba7|dbe7|dbah|dbh|deb7)(?:ek|ik|k)(?!\\p{L})`,
    ],
    emergency: [
      ...round13A.crisis.emergency, ...round14A.crisis.emergency,
      // Round of m-p: a child who swallowed something (a Lego piece) and no longer breathes well or whose face went blue (bla3 ... ma b9ach kaytnfs, wjhou wlla zre9).
      `(?:bla3|bl3|bal3|bela3|bel3|ble3|blaa3|بلع|بلعت|بلعو)\\p{L}{0,3} ${G(10)}(?:(?:ما|مش|ma) ?(?:b9a|b9ach|bqa|bqach|ba9a|ba9ach|بقا|بقاش|بقي|عاد) ${G(1)}(?:kay|ki|ka|كي|كا|ي|بي)?(?:tnfs|tnaffes|tneffes|tnafas|tnefes|تنفس)\\p{L}*|(?:zre9|zr9|zer9|zra9|zar9|zar9a|zr9a|ازرق|زرق|زرقا)\\p{L}*)`,
      `(?:wjh|wjeh|wejh|wej|وجه|وش)\\p{L}{0,3} ${G(2)}(?:zre9|zr9|zer9|zra9|zar9|ازرق|زرق|زرقا|ازرقاق)\\p{L}*`,
      // Found fallen and unable to get up (since the morning, for hours), in script and arabizi.
      `(?:لقيت|لقيته|لقيتها|لقيناه|لقيناها|لاقيته|لاقيتها|وجدته|وجدتها|لقاه|لقاها|لقيتو|l9it|l9itou|l9itha|lgito|lgitah|la2eito|la2eto|l2eito|l2ito)\\p{L}{0,2} ${G(2)}(?:طايح|طايحه|واقع|واقعه|مرمي|مرميه|ملقي|ملقيه|ممدد|ممدده|مسطح|مسطوح|مغمي|مغشي|tay7|tay7a|ta7i|wa23|wa2e3|wa23a|marmi|mrmi|m7add|mgmi)\\p{L}{0,2}`,
      `(?:طايح|طايحه|واقع|واقعه|ممدد|ممدده|مرمي|مرميه)\\p{L}{0,2} ${G(8)}(?:من الصبح|من الصباح|من امبارح|من البارح|من ساعات|من ساعه|من الفجر|من الليل|من يومين|من الظهر|ساعات)`,
      // A pregnant woman bleeding; bleeding "a lot" in any verb form.
      `(?:حامل|حبلي|حبلانه|حبلا|hamel|7amel|7amla|7bla)\\p{L}{0,2} ${G(10)}(?:نزف|نزيف|تنزف|بتنزف|كتنزف|نازفه|tenzef|btenzef|nazif|nazaf)\\p{L}{0,3}`,
      `(?:نزفت|نزفو|نزفتي|نزفانه|نازفه) ${G(2)}(?:كثير|كتير|بزاف|برشا|هواي|ياسر|جامد|قوي|شديد)`,
      // Arabizi: chest pain, blue lips or face, breath short, many pills swallowed.
      `(?:wja3|wj3|waja3|waga3|wag3|wje3|ewja3|wji3|alam|al2am|nghza|ta9l|t9al|daght|dagh6)\\p{L}{0,2} ${G(1)}(?:f |fi |b |bi |3la |3al |fel |fl |في |ف |ب |على )?(?:el |l)?(?:sadr|sder|sdr|sidr|sedr|sadir|sdar)\\p{L}{0,3}`,
      `(?:shfaif|shfayf|shafayef|shafayif|shfayef|shfaf|shfa|wjh|wijh|wejh|wje|wajh|lon|loon|lono|lonha|lounou)\\p{L}{0,3} ${G(2)}(?:zrug|zrag|zarga|zar2a|zar2|azra2|zar9a|zer9a|zr9a|zarqa|azraq|zur9|zer2a|zr2a|mzarg|mzrg|blue)\\p{L}{0,2}`,
      `nafas\\p{L}{0,2} ${G(1)}(?:ba6ee2|ba6i2|ba6ei2|bate2|بطي\\p{L}*|dayg|dayi2|da2e2|da2i2|d9i9|dai9|m9ta3|ma9tou3|ma2tou3|wa9ef|wa2ef|w9ef)`,
      `(?:akhath|akhad|akhd|akhadh|khad|5ad|5ath|khda|kha4|a5ad|a5ath|a5d|bala3|bla3|bal3|bl3|shereb|shrb|shirib|shrab)\\p{L}{0,2} ${G(1)}(?:7obob|7bob|7boob|7ubub|7bub|7ubob|7abbat|pills|dawa|dwa|adwya|adwiya|حبوب|الحبوب|دوا|الدوا|ادويه) ${G(1)}(?:wayed|wajed|wayid|kteer|ktir|kter|bzaf|barsha|hwaya|kitir|kthir|yaser|ya?sir)`,
      `(?:akhath|akhad|akhd|khad|5ad|5ath|khda|a5ad|a5ath|bala3|bla3|bal3|bl3|shereb|shrb)\\p{L}{0,2} ${G(1)}(?:wayed|wajed|kteer|ktir|bzaf|barsha|hwaya|kthir|3elba|3ilba|3lbet|shreet|shrit) (?:men |min |mn )?(?:el |l)?(?:7obob|7bob|7boob|7ubub|7bub|7ubob|7abbat|pills|dawa|dwa|adwya|adwiya|حبوب|الحبوب|دوا|الدوا|ادويه)`,
      `(?:اكل|بلع|شرب|اكلت|بلعت|شربت) ${G(2)}(?:حبوب|حبات|دوا(?! (?:lata|lat|razy|dni|tygodnie|tygodni|miesiace|miesiecy|godziny|godzin|minuty|dzieci|tysiace|etaty|pokoje|euro|zl|zlote|zlotych|temu|osoby|ostatnie|pierwsze|kolejne|tydzien|noce)(?![\\p{L}\\p{N}]))|دواء|ادويه)`, `(?:لا|ما) ${G(1)}(?:يفتح|تفتح|عم يفتح|عم تفتح) ${G(1)}(?:عينيه|عيونه|عينيها|عيونها)`,
      `(?:ما|مش|مو) ${G(2)}[يت]فيق`, 
      `(?:ما|مش|مو|لا|مانو) ${G(2)}(?:يقدر |قادر |قادره |عم يقدر |عم تقدر )?[يت]تنفس`, `(?:وجهه|وجها|وجهها|شفايفه|شفايفها|لونه) ${G(2)}(?:يزرق|ازرق|زرقا|زرق)`, `بلع ${G(3)}(?:شي|شيء|بطاريه|حبوب|دوا|مغناطيس|قطعه)`,
      `(?:ma|ما) ?kayfi9(?:ch)?`, `(?:ما|مش|مو) (?:كي|كت)فيق(?:ش)?${wakeFor}(?! (?:غير|الا|قبل|حتي|بسهوله)(?!\\p{L}))`, `(?:ما|مش|مو|م) ${G(1)}(?:ي|ت|بي|كي|بت|كت)?(?:فتح|حل)(?:ش)? ${G(1)}(?:عين|عيون)(?:يه|ه|و|يها|ها|يا|ين)`, `khda ${G(1)}bzaf ${G(2)}(?:pills|dwa|7bob|l7bob)`,
      // Something taken or a party, then not waking, not answering, breathing slowly or the heart wild (sa7bety 5adet 7obob ... mesh btes7a, 2albaha bydo2 gamed);
      // not waking with slow breath or a weak heart; eyes open but no answer; a fall in the street and no answer.
      `${tookSomething} ${G(14)}(?:${notWaking}|${notResponding}|${slowBreath}|${wildHeart})`, `${party} ${G(14)}(?:${notWaking}|${slowBreath}|${wildHeart})`, `(?:${notWaking}) ${G(8)}(?:${slowBreath}|${wildHeart}|${notResponding})`, `(?:${slowBreath}|${wildHeart}) ${G(8)}(?:${notWaking})`,
      `(?:عين|عيون)(?:يه|يها|ه|ها|و|يا|ين|ينه|ينها|اه) ${G(1)}(?:مفتوح|مفتوحه|مفتحه|مفتحين|مفتوحين|محلول|محلوله|محلولين) ${G(3)}${notResponding}`,
      `(?:وقع|وقعت|طاح|طاحت|سقط|سقطت|اغمي|انغمي|غمي|تسخف|تسخفات)\\p{L}{0,2} (?!(?:ب|في |ف )?\\s?(?:ال)?(?:مشكل|ورط|حب|فخ|غلط|دين|ديون)\\p{L}*)(?!(?:ال)?(?:تلفون|تليفون|موبايل|جوال|سيستم|موقع|نت|انترنت|واي فاي)\\p{L}{0,2} )${G(12)}${notResponding}`,
      // Unconscious, not breathing, choking.
      `(?:فاقد|فاقده|فقد|فقدت|فاقدين|غايب|غايبه|غاب|غابت|غائب|غائبه) ${G(1)}(?:ال)?وعي\\p{L}{0,2}`, `\\p{L}{0,2}(?:غمي|غما|غشي) ${G(1)}(?:علي\\p{L}{0,2})`, '(?:سخفات|تسخفات|تسخف|مسخوف|مسخوفه)',
      `و?(?:ما|مش|مو|لا|م|ماعاد|لم يعد|لم تعد|ماعادش|مابقاش|مبقاش|ma|mish|mesh|mush|mo|la) ${G(1)}(?:عم |بي|كي|ب|ي|ت|بت|كت|عم ي|عم ت)?\\p{L}{0,2}تنفس\\p{L}{0,3}`, 'ما?(?:بي|كي|بت|كت|عمي)تنفس\\p{L}{0,3}',
      `(?:ال)?نفس(?:ه|ها|و) (?:وقف|مقطوع|انقطع|واقف|وقفت)`, `(?:وقف|توقف|بطل|بطلت|حبس)\\p{L}{0,2} ${G(1)}(?:عن )?\\p{L}{0,2}تنفس\\p{L}{0,3}`,
      '(?:عم ي|عم ت|بي|بت|كي|كت|ي|ت|راح ي|ا)ختنق\\p{L}{0,3}', `(?:علق|علقت|عالق|عالقه|واقف|واقفه|محشور|محشوره|انحشر|مسدود)\\p{L}{0,2} ${G(3)}(?:ال|ب|في|ف|بال|فال)?(?:زور|حلق|بلعوم|زلعوم|حنجر|مجري)\\p{L}{0,3}`,
      `(?:ما|مش|مو|لا|ma|mish|mesh|mush|mo|la) ${G(1)}\\p{L}{0,4}tn[ae]f+[aei]?s\\p{L}*`,
      // Heavy bleeding.
      `(?:نزيف|ينزف|بينزف|تنزف|بتنزف|نزف|نازف|نازفه|كينزف|كتنزف) ${G(2)}(?:كثير|كتير|بزاف|برشا|هواي|ياسر|جامد|قوي|شديد|حاد|ما بيوقف|ما وقف|مش بيوقف|ما يوقف|ما بيقف|مابغاش يحبس|ما حبسش)`,
      `(?:ال)?دم ${G(2)}(?:ما|مش|مو|لا)\\s?(?:بي|عم |ي|كي|ب)?(?:وقف|يوقف|قف|حبس|يحبس|يتوقف|بيوقف|كيحبس)\\p{L}{0,2}`, `دم (?:كثير|كتير|بزاف|بكثره|برشا|هواي|في كل مكان|بكل مكان|كل مكان)`,
      // Heart and stroke.
      '(?:جلطه|جلطات|ذبحه صدري\\p{L}*|نوب\\p{L}{0,2} قلبي\\p{L}*|ازم\\p{L}{0,2} قلبي\\p{L}*|سكت\\p{L}{0,2} (?:قلبي|دماغي)\\p{L}*|نزيف (?:دماغي|في الدماغ|بالدماغ)|توقف (?:ال)?قلب|قلب(?:ه|ها|و) وقف)',
      `(?:وجع|الم|ضغط|نغزه|ثقل|عصره|وخز)(?:ي|ه|ها|و)? ${G(1)}(?:في |ف |على |ع )?(?:[بفل]|بال|فال|ال|في ال)?صدر(?:ي|ه|ها|و|ك)?`,
      `(?:فم|تم|بوق|وجه|وش|حنك|شفايف|بوز)(?:ه|ها|و|ي|ك)?(?:ا)? ${G(2)}(?:مايل|مايله|معوج|معوجه|عوج|تعوج|اعوج|مائل|مرخي|مرخيه)`,
      `(?:ما|مش|مو|لا|م|ماعاد|مابقاش) ${G(1)}(?:قادر|قادره|بيقدر|بتقدر|يقدر|تقدر|كيقدر|كتقدر|قدر|قدرت) ${G(1)}(?:ي|ت|ا|ن)?حرك\\p{L}{0,3} ${G(1)}(?:ايد|يد|رجل|دراع|ذراع|نص|جنب|وجه|شق|جهه)\\p{L}{0,3}`,
      `(?:تشنج|صرع|نوبه)\\p{L}{0,3} ${G(6)}(?:ما|مش|مو|وما|ومش|م)\\s?(?:بي|عم ي|كي|ي|بت|عم ت|ت)?(?:رد|فيق|صحي|صحا|جاوب|حس|تنفس)\\p{L}{0,3}`,
      // Overdose or poison already taken (the wish to take them is under suicide).
      `(?:بلع|بلعت|بلعو|اخد|اخدت|اخذت|خذيت|خديت|شرب|شربت|شربو|كليت|اكل|اكلت|تناول|تناولت)\\p{L}{0,3} ${G(2)}(?:كل|علبه|شريط|شرايط|كومه|بزاف د|برشا|هواي|كثير من|كتير من|ياسر|عشرين|خمسين|باكو|باكيت|كميه)\\s?(?:كامله |كلها |بحالها )?(?:من )?${pills}`,
      `(?:بلع|بلعت|بلعو)\\p{L}{0,3} ${G(1)}${pills} ${G(1)}(?:كلها|كله|كلهم|بزاف|برشا|كثير|كتير|هواي|دفعه وحده|بمره وحده)`, `(?:اخد|اخدت|اخذت|شرب|شربت|شربو|تناول|تناولت) ${G(1)}${pills} ${G(1)}(?:بزاف|برشا|هواي|دفعه وحده|بمره وحده)`,
      `(?:شرب|شربت|شربو|بلع|بلعت|بلعو|اكل|اكلت|كليت|اخد|اخدت|اخذت)\\p{L}{0,3} ${G(2)}(?:ال)?(?:سم|سموم|مبيد|مبيدات|سم الفيران|سم فيران|دوا الفار|دوا الفيران|دواء الفيران|سم الفار|كلور|جافيل|ماء جافيل|ماء النار|منظف|منظفات|ديتول)`,
      'جرع\\p{L}{0,2} (?:زايد|زائد|زياده|مفرط|قاتل|كبير)\\p{L}{0,2}', '(?:اوفر ?دوز|اوفردوس)',
      // Fire, smoke, gas.
      '\\p{L}{0,3}حريق\\p{L}{0,2}', `(?:ولعت|ولع|اشتعلت|اشتعل|شبت|شعلات|تشعلات|تشعلت|اندلعت|اندلع|والعه|شاعله|شابه) ${G(2)}(?:ال)?(?:نار|نيران|عافيه|حريق|لهب)`,
      `(?:ال)?(?:نار|نيران) ${G(1)}(?:ولعت|شبت|شعلات|والعه|شاعله|مولعه|قايمه|(?:في|ف|ب|بال|فال|عند) ?(?:ال)?(?:بيت|دار|مطبخ|كوزينه|شقه|عماره|بنايه|جيران))`, '(?:ال)?عافيه (?:شعلات|شاعله|كتشعل|تشعلات)',
      `(?:ال)?(?:بيت|دار|شقه|مطبخ|كوزينه|عماره|بنايه|غرفه|اوضه|سياره|طوموبيل)(?:ي|نا|ها|ه|و|كم)? ${G(1)}(?:عم |كي|كت|بي|بت)?(?:يحترق|تحترق|احترق|احترقت|كيتحرق|كتحرق|يتحرق|تتحرق|ولع|ولعت|مولع|مولعه|شاعل|شاعله|كتشعل|كيشعل|شعلات)`,
      `(?:ال)?(?:دخان|دخنه) ${G(3)}(?:كثيف|اسود|طالع|طالعه|يطلع|بيطلع|عم يطلع|كيخرج|معبي|معبيه|في كل|بكل|من الشقه|من البيت|من المطبخ|من الباب|من الشباك|من تحت|من الدار|من عند)`,
      `(?:ريحه|ريحت|رائحه) ${G(1)}(?:ال)?غاز`,
      // A scald or burn that blisters or turns the skin white: hot oil from the pan, the kettle pulled over.
      `${spilled} ${G(3)}${hotLiquid} ${G(12)}${burnSign}`, `${hotLiquid} ${G(3)}${spilled} ${G(12)}${burnSign}`,
      `(?:انحرق|انحرقت|احترق|احترقت|اتحرق|اتحرقت|تحرق|تحرقت|تحرقات|محروق|محروقه|حروق|حرق)\\p{L}{0,3} ${G(10)}${burnSign}`,
      // A fall from a window, a balcony, a roof; any fall with the head bleeding or the child not speaking.
      `(?:وقع|وقعت|طاح|طاحت|سقط|سقطت)\\p{L}{0,2} (?!(?:ال)?(?:تلفون|تليفون|موبايل|جوال|صحن|كاس|غسيل|مزهريه|اصيص|حجر|كوره|طابه|مفتاح|مفاتيح|كتاب|شنطه|لعبه)\\p{L}{0,2} )${G(1)}(?:من|م|مال|مل)\\s?(?:ال |l |el )?(?:ال)?(?:شباك|شبابيك|بلكون|بلكونه|بالكون|شرفه|نافذه|سطح|طابق|الطابق)\\p{L}{0,2}`,
      `(?:وقع|وقعت|طاح|طاحت|سقط|سقطت)\\p{L}{0,2} ${G(12)}(?:راس(?:ه|ها|و) ${G(2)}(?:دم|بينزف|ينزف|مفتوح|مفلوق|مفجوج)|و?(?:مش|ما|مو) (?:بي|عم ي|كي|ي|بت|عم ت|كت|ت)?(?:تكلم|حكي|هضر|نطق|فيق|صحي|صحا)\\p{L}{0,2})`,
      // Breathing with difficulty after drinking, swallowing or falling; with the eyes closed.
      `(?:شرب|بلع|وقع|طاح|سقط|اغمي|غمي|دايخ)\\p{L}{0,3} ${G(10)}${breathesHard}`, `${breathesHard} ${G(6)}(?:عيون|عين|عيني)\\p{L}{0,3} (?:مقفول|مغمض|مسكر|مسدود|مغمض)\\p{L}{0,2}`, `(?:تسرب|تسريب|يتسرب|بيتسرب|كيتسرب) ${G(1)}(?:ال)?غاز`,
      // A weapon out, someone stabbed or shot.
      `(?:معه|معاه|معو|معها|معاها|حامل|حامله|شاهر|ماسك|هجم|هجملي|جاني|لحقني|بيهدد|يهدد|هددني|هدد|طلع(?:لي)? (?:علي|عليا|علينا|عليها)) ${G(3)}${weapon}`,
      '\\p{L}{0,3}طعن(?:ني|ها|وه|وها|وني)', '(?:انطعن|انطعنت|مطعون|مطعونه)', `طعن\\p{L}{0,3} ب(?:ال)?(?:سكين|موس|خنجر)`, `(?:اطلق|طلق|ضرب)\\p{L}{0,3} ${G(1)}(?:ال)?(?:نار|رصاص)`,
      // Someone not seen for days, with the post or a smell at the door; an ambulance asked for.
      `(?:ما|مش|مو|لم|محد|ما حدا|ماحد|محدش|ولا حد|حتى حد ما) ${G(2)}(?:شاف|شفت|شفنا|شفته|شفتها|شفتو|شايف|شايفه|شايفين|راه|رايت|ريت|شوفت|نشوف)\\p{L}{0,4} ${G(4)}(?:ايام|يومين|اسبوع|اسبوعين|جمعه|سيمانه|فتره|مده) ${G(10)}(?:[وف]?(?:ال)?(?:ريح|رائح|بريد|بوسطه|رسايل|صندوق|جرايد|ستاير|ضو)|ما بيرد|ما يرد|ما بيفتح|ما يفتح|ما حدا بيفتح|ما كيحلش|ما كيجاوبش|مش بيفتح|مش بيرد)\\p{L}{0,3}`,
      `(?:ايام|يومين|اسبوع|اسبوعين|جمعه|سيمانه|تيام) ${G(2)}(?:ما|مش|مو|لم|محدش|ما حدا|محد)\\s?(?:شاف|شفنا|شفناه|شفناها|طلع|خرج|نزل|فتح|بان|ظهر|حدا شافه|حد شافه)\\p{L}{0,3} ${G(12)}(?:[وف]?(?:ال)?(?:ريح|رائح|بريد|بوسط|رسايل|صندوق|جرايد|دبان|ذباب))\\p{L}{0,3}`,
      `(?:ما|مش|مو|لم)\\s?(?:طلع|خرج|نزل|بان|ظهر)\\p{L}{0,3} ${G(3)}(?:من )?(?:\\p{N}+ |تلات |ثلاث |اربع |خمس |كم )?(?:ايام|يومين|اسبوع|اسبوعين|جمعه|سيمانه|تيام) ${G(12)}(?:[وف]?(?:ال)?(?:ريح|رائح|بريد|بوسط|رسايل|صندوق|جرايد|دبان|ذباب))\\p{L}{0,3}`,
      `(?:اتصل|اطلب|اطلبو|اتصلو|اتصلي|جيبو|جيب|بعتو|ابعتو|كلمو|عيطو|عيطي|عيط|نعيط|بدنا|نحتاج|محتاجين|محتاج|احتاج|محتاجه|لازمنا|خاصنا|خاصني|بغينا)\\p{L}{0,2} ${G(2)}(?:ب|ل|لل|على |ع|عل|ال|بال)?(?:اسعاف|امبولانس|امبيلانس|لانبيلانص|لمبيلانص|سياره اسعاف|ambulance|ambu|112)`,
      // Two signs of a stroke, or one that came suddenly (fag2a kalamo mesh mafhoom, ايده تقيله وكلامه مش واضح).
      `${strokeSign} ${G(12)}${strokeSign}`, `(?:فجاه|فجاءه|فجءه|بشكل مفاجئ|علي غفله|فجاءتا) ${G(8)}${strokeSign}`,
      // Half the face dropped or crooked: a stroke.
      `(?:نص|نصف|شق|جنب) (?:ال)?(?:وش|وجه|وج|ويه|فم|تم|بوق|حنك)\\p{L}{0,2} ${G(1)}(?:واقع|واقعه|وقع|نازل|نازله|نزل|مايل|مايله|مال|معوج|معوجه|اعوج|عوج|طايح|طاح|مرخي|ساقط|سقط|مشلول|تعوج|متعوج|ملوي|ميال)`,
      // Gas smelt, in arabizi too (ri7a dyal gaz).
      `(?:ريحه|ريحت|رائحه|ri7a|ri7t|riha|re7a|ri7et|ri7et) ${G(2)}(?:ال)?(?:غاز|gaz|ghaz|gas|lgaz|elgaz)`,
      // Fallen and unable to get up since the morning or for hours.
      `(?:سقط|سقطت|وقع|وقعت|طاح|طاحت|اتكعبل|اتزحلق)\\p{L}{0,2} ${G(4)}(?:منذ|من) (?:ال)?(?:صباح|صبح|ساعات|ساعتين|امبارح|البارحه|امس|ليل)\\p{L}{0,2} ${G(2)}(?:و ?)?(?:لا|ما|مش|مو|م)\\s?(?:يستطيع|تستطيع|يقدر|تقدر|بيقدر|بتقدر|قادر|قادره|عم يقدر|عم تقدر|كيقدر|كتقدر|يقدرش|تقدرش)\\p{L}{0,2} ${G(1)}(?:النهوض|ينهض|تنهض|يقوم|تقوم|يوقف|توقف|ينوض|تنوض|الوقوف|القيام)`,
    ],
  },
  concern: {
    suicide: [
      ...round12A.concern.suicide,
      ...round13A.concern.suicide, ...round14A.concern.suicide,
      // Ending everything, thought of or decided, without a means named.
      endEverything,
      // "After me" in arabizi (who looks after the cat after me); standing on the balcony at night, thinking.
      `(?:men|min|mn) ba3d?(?:y|i)(?![\\p{L}\\p{N}])`,
      `(?:w9ef|wa9ef|wagef|wa2ef|waqef|wa9fa|wa2fe|وقف|واقف|واقفه|بوقف|نوقف)\\p{L}{0,2} ${G(2)}(?:f |fi |3la |ع |في |ف |على |بال|عال)?(?:el |l)?(?:ال)?(?:balcon|balkon|balcony|sta7|بلكون|بلكونه|شرفه|سطح)\\p{L}* ${G(2)}(?:w |و ?)?(?:nfekker|kanfekker|bfakker|nfakar|nfaker|نفكر|بفكر|افكر|كنفكر|انفكر)`,
      `اسف ${G(1)}(?:على|عن) كل (?:شي|شيء)`, `احبكم (?:جميعا|كلكم|كتير)`, 'سامحوني', 'ادعوا لي', `بعت ${G(1)}كل (?:اغراضي|اشيائي|غراضي)`, 'من بعدي', `اعطيت ${G(3)}مفتاح`, `(?:لا|ما) ${G(1)}تخبروا ${G(1)}(?:ابنتي|بنتي|ابني|اهلي|امي)`,
      `(?:كتبت|كتبتلو|كتبتلها|كتبتلهم|بعتت|بعت|بعثت|ارسلت|رسلت|تركت|خليت|سجلت)\\p{L}{0,3} ${G(3)}(?:اخر|اخير) (?:رساله|رسايل|مسج|كلام|كلمات|كلمه|فويس)(?! ${G(6)}(?:ل|لل|ال|عال|لل)?(?:محامي|بلديه|شركه|مدير|مدرسه|gemeente|ind|duo|uwv)\\p{L}{0,2})`,
      `a7san ${G(2)}(?:iza|law|ila) (?:ma|ما) fi2\\p{L}*`,
      // "I don't know why I'm (still) alive": mish 3aref 3lash 3ayesh, ما بعرف ليش عايش, لا أعرف لماذا أعيش.
      `(?:ما|مش|مو|لا|م|مانيش) ${G(1)}(?:عارف|عارفه|بعرف|اعرف|نعرف|ادري|بدري|ندري|كنعرف|عرفت|فاهم|فاهمه) ${G(1)}(?:ليش|علاش|ليه|لماذا|لشو|علاه|لويش|لاش) ${G(1)}(?:انا )?(?:لسا |لسه |باقي |مازال |بعدني )?(?:عايش|عايشه|اعيش|نعيش|بعيش|كنعيش|عم عيش|موجود|موجوده|حي|حيه)(?!\\p{L})`, `(?:ma|ما) fi2et (?:mn|من) el nom`,
      `mab9ach ${G(1)}kayhm\\p{L}*`, `(?:ghadi|bghit) nmchi ${G(3)}(?:station|tren|train|pont|9antra|lbhar|l7ayt)`, `(?:اذا|لو) (?:توفيت|مت|موت|رحت) ${G(6)}(?:مين|من) ${G(2)}(?:يعتني|سيعتني|رح يهتم|يهتم|يربي|ياخذ|بياخد)`,
      `(?:kay3ti|3ta|3tani|3tah|kayfar9) ${G(2)}(?:l7wayj|7wayjo|7wayj|playstation|kolchi)`,
      // "I can't anymore", tired of life, no hope, everything black.
      `(?:ما ?عاد|ما ?عدت|ما ?بقيت|ما ?بقيتش|مبقتش|مبقيتش|ماعادش|لم اعد|ما عاد في|مابقاش) ${G(1)}(?:فيني|فيا|قادر|قادره|اقدر|نقدر|بقدر|قدره|طاقه|حيل|جهد)(?: ${G(1)}(?:ا|ن)?(?:تحمل|كمل|عيش|صبر|قاوم|ستحمل)\\p{L}{0,3}|(?= (?:خلاص|والله|يا رب|يارب|ساعدوني|ساعدني|تعبت|انا|اعيش|نعيش)(?!\\p{L}))|$)`,
      `(?:تعبت|تعبانه|تعبان|مليت|زهقت|قرفت|كرهت|عييت|عيات|سئمت|ضجرت|كرهانه|كرهان)\\p{L}{0,2} ${G(1)}(?:من )?(?:ال|هال|هاد ال|هاي ال)?(?:حياه|حياتي|دنيا|عيشه|كل شي|كلشي|كولشي|نفسي|حالي|روحي|وجودي|عمري)(?!\\p{L})`,
      `(?:ما في|مافي|مفيش|ماكاين|ماكاينش|لا|فقدت|ضاع|بلا|بدون|فاقد|فاقده|فقدنا|ما عندي|ماعنديش) ${G(1)}(?:ال)?امل(?= (?:خلاص|ابدا|بحياتي|بالحياه|في الحياه|بشي|في شي|لي|الي|ليا|بعد|فيني|في نفسي|بالمستقبل|في المستقبل|بالدنيا|بالعيش)(?!\\p{L})|$)`,
      '(?:يايس|يايسه|يائسه|مكتئب جدا|مكتئبه جدا)', `(?:يأس|ياس) ${G(1)}(?:من الحياه|من كل شي|تام|كامل)`,
      `(?:ما|مافي|ما في|مفيش|لا|ما عاد في|ماعاد) ${G(1)}(?:شي|حاجه|اشي) ${G(1)}(?:له|الو|الها|لها|ليه|عندو|عندها)?\\s?(?:معني|قيمه|طعم)`,
      `(?:كل شي|كلشي|كولشي|الدنيا|الحياه|حياتي|كل حاجه|الدنيا كلها) ${G(2)}(?:اسود|اسوده|سودا|سوداء|مظلم|مظلمه|ظلام|بلا معني|بدون معني|ضلمه|كحله)`,
      `(?:ال)?موت (?:ارحم|احسن|افضل|اهون|اريح)`, `(?:ليتني|ياريتني|ريتني|ياليتني|يا ريت|ياريت) ${G(2)}(?:ما|لم|مش)\\s?(?:انولدت|اتولدت|ولدت|تولدت|خلقت|انخلقت|جيت)`,
      '(?:ياريت|ياريتها|ليت) (?:امي|ماما) ما (?:جابتني|خلفتني|ولدتني)',
      // A burden, nobody would miss me, wanting to disappear, God take me.
      `(?:انا|اني|صرت|صايره|صاير|حاسس|حاسه|حاس|بحس|كنحس|اشعر|بشعر|مجرد) ${G(2)}(?:عب[ءئا]|عبئا|عاله)`, `(?:ثقل|تقل|ثقيل|تقيل|ثقيله|تقيله) (?:على|ع|عل)\\s?(?:الكل|كل|الجميع|عيلتي|اهلي|ولادي|اولادي|الناس|جوزي|زوجي|راجلي|هم|يهم|يكم)`,
      `(?:ما ?حدا|محدش|محد|ماحد|حتى حد|لا احد|ولا حد|ما حد|حتا واحد|حتى واحد) ${G(3)}(?:يفتقدني|بيفتقدني|يفتقدوني|بيفتقدوني|يشتاقلي|بيشتاقلي|هيفتكرني|يتوحشني|يحس بغيابي|يلاحظ غيابي|ينتبه لغيابي|يزعل علي|يزعل عليا|يبكي علي|يعيط علي|يعيط عليا|هيزعل عليا|هيفرق معاه)`,
      `(?:بدي|اريد|ابغي|بغيت|نفسي|اتمني|ودي|عايز|عايزه|حابب|حابه|نحب) ${G(1)}(?:اختفي|نختفي|اغيب|نغيب للابد|انام للابد|ارتاح للابد|ارتاح من كل شي|ارتاح من هالحياه|ارتاح من الدنيا|اروح عند ربي|اروح لربي|نمشي من هاد الدنيا|امشي من الدنيا|اطلع من هالدنيا|اطلع من الدنيا|اترك الدنيا|اترك هالدنيا|اغادر (?:هذه |هذا )?(?:ال)?(?:دنيا|عالم|حياه))`,
      `(?:الحق|نلحق) ${G(1)}(?:امي|ابوي|ماما|بابا|زوجي|ابني|بنتي|جوزي) ${G(3)}(?:الله يرحم\\p{L}*|المرحوم\\p{L}*|الي مات|اللي ماتت|اللي مات|الي ماتت)`,
      `(?:الله|يا رب|يارب|ربي|اللهم|ان شاء الله|انشالله) ${G(1)}(?:ياخدني|ياخذني|تاخدني|تاخذني|خذني|خدني|ياخد روحي|ياخذ روحي|اقبض روحي|يقبض روحي|تقبض روحي|خذ روحي|خد روحي|يميتني|امتني|موتني|يموتني|يريحني من هالدنيا|يفكني من هالدنيا|ياخد امانته|ياخذ امانته|خذ امانتك|خد امانتك)`,
      // Thoughts of death, farewells, giving everything away, hiding the cuts.
      `(?:افكر|بفكر|كنفكر|نفكر|فكرت|افكاري|تفكيري|كنخمم|نخمم|خممت|بفكر كتير|دايما بفكر) ${G(2)}(?:ب|في|ف|بال|فال|عن|على)\\s?(?:ال)?(?:موت|اني اموت|اموت|نموت|نهايتي|انهي|اختفي)`, '(?:افكار|تفكير) (?:سودا|سوداء|سوده|مظلمه|موت|الموت|غريبه عن الموت)',
      `(?:كتبت|كتبتلكم|كاتب|كاتبه|حضرت|جهزت)\\p{L}{0,2} ${G(1)}(?:وصيتي|الوصيه|وصيه|رساله وداع|رساله الوداع|رسايل وداع)`, '(?:سامحوني|سامحيني|سامحني) (?:على|ع|عل)?\\s?(?:كل شي|كلشي|كولشي|كل حاجه|كلشي درتو)',
      `(?:انتبهو|ديرو بالكم|خلي بالك|دير بالك|انتبه|اهتمو|اهتم|خليكم|ديري بالك)\\p{L}{0,2} ${G(1)}(?:على|ع|عل|من|ب)\\s?\\p{L}+ ${G(3)}(?:من بعدي|بعدي|بعد ما اروح|لما اروح|بعد ما امشي|لما امشي|اذا صار لي شي|اذا صارلي شي|ملي نمشي)`,
      `(?:عطيت|اعطيت|اديت|وزعت|تبرعت ب|بديت اوزع|عم وزع|فرقت|بوزع)\\p{L}{0,2} ${G(2)}(?:كل )?(?:اغراضي|غراضي|حوايجي|اشيائي|حاجاتي|ملابسي|تيابي|هدومي|كل شي عندي|كلشي عندي|ذهبي|دهبي|كل شي عندي)`,
      `(?:بلعت|بلعتهم|بلعتها|ابتلعت) ${G(1)}${pills}`,
      `(?:جرحت|اذيت|شرطت|حرقت|جرحتو|شرطتو)\\p{L}{0,2} ${selfOnly}`, '(?:ايذاء|اذيه) نفسي', `(?:اخبي|بخبي|نخبي|مخبي|مخبيه|بلبس كم طويل|كم طويل)\\p{L}{0,2} ${G(3)}(?:جروح|الجروح|جرح|اثار|الاثار|علامات|العلامات|ندب|الندوب)`,
      `${want} ${G(1)}(?:انهي|ننهي|اخلص|نخلص|انهيها|نسالي) ${G(1)}(?:كل شي|كلشي|كولشي|كل حاجه|كلشي)(?= (?:خلاص|وارتاح|ونرتاح|وخلاص|للابد|سامحوني)(?!\\p{L})|$)`,
      // Places, methods looked up, someone else who talks of death.
      `(?:وقفت|كنت واقف|كنت واقفه|رحت|مشيت|قعدت|طلعت)\\p{L}{0,2} ${G(2)}(?:على|ع|عل|فوق|جنب|عند)\\s?${height} ${G(6)}(?:وفكرت|افكر|نط|انط|ارمي|قفز|اقفز|لتحت|للتحت|بصيت لتحت|شفت لتحت)`,
      `(?:كم|قداش|شحال|اديش|قديش|كام) ${G(1)}(?:حبه|حبات|حبوب|قرص|اقراص|دوا|جرعه)\\p{L}{0,2} ${G(6)}(?:تقتل|يقتل|قاتل|قاتله|بتموت|تموت|يموت|للموت|مميت|مميته|تكفي)`, '(?:جرعه قاتله|جرعه مميته)',
      `(?:اسرع|اسهل|احسن|افضل) (?:طريقه|وسيله) ${G(3)}(?:للموت|اموت|نموت|بدون الم|بلا وجع|من غير الم|بدون وجع)`,
      `(?:بيحكي|بتحكي|يحكي|تحكي|حكي|حكت|بيقول|بتقول|قال|قالت|كيقول|كتقول|كيهضر|كتهضر|بيكتب|بتكتب|كتب|كتبت|نشر|نشرت|بينشر) ${G(3)}(?:عن |على |ع )?(?:ال)?(?:موت|الوداع|وداعا|انه بدو يموت|انها بدها تموت|انه رح يموت|انها رح تموت|انه بغا يموت|انها بغات تموت)`,
      // Going to a bridge, a roof, the rails for nights, standing there for hours; not knowing what holds one back.
      `${goStand} ${G(3)}${height} ${G(8)}(?:ساعه|ساعات|ساعتين|كل ليله|ليالي|طول الليل|بالليل|نص الليل|لتحت|للتحت|عالمي|للمي|ابص لتحت|اطل)`,
      `(?:ليالي|ليلتين|كل ليله|كل يوم|كل مره|بالليل|نص الليل|\\p{N}+ ليالي|كم ليله) ${G(4)}${goStand} ${G(3)}${height}`,
      `(?:ما|مش|مو|م|لا) ${G(1)}(?:ادري|اعرف|بعرف|عارف|عارفه|نعرف|كنعرفش|ندري|بدري|عرفت) ${G(1)}(?:شنو|شو|ايش|اش|واش|ايه|شي|شيء|مين|اللي|الي|شنهو|شنوه|شلون)\\s?(?:ال|الي |اللي )?(?:ي|بي|كي|قاعد ي|عم ي|لسه ب|لسا)?(?:وقف|منع|مسك|خلي|رد|مانع|ماسك|موقف|مخلي|راد)(?:ني|نيش)`,
      // Someone else who no longer wants to wake up or to live (a teen who will not get up for school is left out).
      `(?:ما|مش|مو|لا|م|ماعاد) ${G(1)}${wants} ${G(1)}(?:ي|ت)(?:صحي|صحا|فيق|قوم|نوض)\\p{L}{0,2}${wakeFor}`,
      // Ending everything, thought of or decided (not "everything with my husband").
      `(?:افكر|بفكر|كنفكر|نفكر|فكرت|قررت|ناوي|ناويه|نويت|حاسس اني|حاسه اني) ${G(2)}(?:ان |اني |باش |ب)?(?:انهي|ننهي|اخلص|نخلص|نسالي|انهيها|اسالي) ${G(1)}(?:كل (?:شي|شيء|حاجه)|كلشي|كولشي|حياتي|هالشي|هاد الشي|هذا الشي|هادشي|عمري)(?! (?:مع|بيني|بينا|بيننا|معه|معاه|معو|ديال|تبع|في|ف|عند|قبل|ب\\p{L}+)(?!\\p{L}))`,
      `(?:عطيت|اعطيت|اديت|وزعت|فرقت|بعت)\\p{L}{0,2} ${G(1)}(?:كل )?(?:اغراضي|غراضي|حوايجي|اشيائي|حاجاتي|ملابسي|تيابي|هدومي)`,
      // "You won't see me again after today" (Egyptian, Levantine, Darija, arabizi): a farewell, asked about.
      `(?:مش|ما|مو|لن|مارح|ما رح|ماغادي|ما غادي|ماعاد|ماعادش) ${G(1)}(?:ه|ح|رح |راح |غادي |بت|ت|ب)?(?:تشوفوني|شوفوني|تشوفني|شوفني|تشوفونيش|تشوفنيش)\\p{L}{0,2} ${G(2)}(?:بعد|من) (?:النهارده|اليوم|الليله|بكرا|بكره|هاليوم|داليوم|دابا)`,
      `(?:mesh|msh|mush|ma|mch|mich) ${G(1)}(?:hat|ha|7at|7a|ra7 t|ghadi t|bt|t)(?:shofoni|shoufouni|choufouni|chofoni|shufuni|shoofooni)\\p{L}{0,2} ${G(2)}(?:ba3d|men|mn) (?:ennaharda|lnaharda|elnaharda|elyom|lyoum|lyouma|lyom|bokra)`,
      // Tomorrow or tonight going to the railway, a bridge or a roof.
      `(?:بكرا|بكره|الليله|اليوم|غدوه|غدا|دابا|هلق|بعد شوي) ${G(3)}(?:رايح|رايحه|رح روح|راح روح|ح روح|غادي نمشي|ماشي|ماشيه|بروح|هروح) ${G(1)}(?:علي |ع |عال|لل|ل|الى |لعند )?(?:ال)?(?:سكه|سكك|قطار|ترين|تران|جسر|كوبري|قنطره|سطح)`,
    ],
    violence: [
      ...round12A.concern.violence, ...round14A.concern.violence,
      // "I'll kill you" said by a parent or brother in arabizi ("ila rfdti ghadi n9tlek"): a threat, asked about.
      '(?:غادي|رح|ghan|gha|7a|ha|ح|ه) n(?:q|2|9|k|g)t[aeiou]?l(?:ek|ik|ha|kom|hom)', `(?:اذا|لو|ازا|ila|ida|iza) ${G(3)}(?:غادي|رح|راح|ح|ه)\\s?(?:ن|ا)قتل(?:ك|كي|ها|كم)`,
      `(?:لا|ما) (?:ت)?(?:خبر|قول|حكي)\\p{L}* ${G(1)}(?:احدا|احد|حدا|لحدا|لاحد|اهلك|لاهلك|امك|لامك|ابوك|لابوك|ماما|بابا)`,
      // Not "cannot read Dutch. The letters ...": a language before the letters is reading, not control.
      `(?:يقرا|بيقرا|يقرأ) (?!(?:هولندي|هولنديه|بالهولندي|عربي|بالعربي|انجليزي|انكليزي|لغه|اللغه|الهولندي|الهولنديه) )${G(1)}(?:كل )?(?:الرسائل|رسائلي|مسجاتي)`, `(?:لا|ما) (?:يسمح|بيسمح|بيخليني|يخليني) ${G(1)}(?:لي )?(?:ان )?(?:اشوف|ارى|اطلع|اخرج)`, `الا باذن\\p{L}*`, `(?:يكسر|بيكسر) ${G(1)}(?:الاشياء|الاغراض|الصحون)`, `رسائل ${G(2)}(?:في|ب)الليل`,
      `(?:بيكسر|يكسر|عم يكسر|كسر) ${G(1)}(?:اغراض|الاغراض|الصحون|البيت|الغراض)`,
      // The door locked on us at night and the key hidden: asked about, not answered as being locked in.
      `\\p{L}{0,3}(?:قفل|سكر|غلق)\\p{L}{0,3} (?:ال)?باب (?:علي|عليا|علينا|عليها|عليي)`, `(?:ي|بي|كي|عم ي)?(?:خبي|خبا|خب)\\p{L}{0,2} (?:ال)?(?:مفتاح|مفاتيح)`,
      // Afraid of him, afraid to go home, things at home that may not be told.
      `(?:بخاف|خايف|خايفه|كنخاف|نخاف|اخاف|خيفانه|خايفين|مرعوب|مرعوبه|مرعوبين) ${G(3)}(?:ارجع|نرجع|روح|اروح|ادخل|ندخل|نمشي)\\s?(?:ل|على|ع|عل|الى)?\\s?(?:ال)?(?:بيت|دار|داري|بيتي|بيتنا|دارنا)`,
      `(?:بخاف|خايف|خايفه|كنخاف|نخاف|اخاف|مرعوب|مرعوبه) ${G(1)}(?:من )?(?:زوجي|جوزي|راجلي|ابوي|بابا|اخوي|خويا|ابني|ولدي|زوج امي|مرت ابوي|حماي|حماتي|طليقي|خطيبي)`,
      `(?:بالبيت|فالدار|في البيت|بالدار|عندنا|بدارنا|ببيتنا) ${G(3)}(?:بيصير|تصير|يصير|كيوقع|كيوقعو|تحصل|بتحصل|بيحصل|يحدث|تحدث|صاير|صارت|كتوقع) ${G(2)}(?:اشيا|اشياء|شغلات|حاجات|امور|شي|حوايج) ${G(6)}(?:ما|مش|لا|ممنوع|بخاف|مقدرش|سر)`,
      `(?:ممنوع|ما لازم|مش لازم|ما بقدر|مقدرش|منقدرش|ما اقدر|ما نقدر|بخاف|خايف|خايفه) ${G(1)}(?:احكي|نحكي|قول|اقول|نقول|اخبر|نعاود|احكيلكم|اقلكم|نقولكم) ${G(3)}(?:شو|ايش|اش|واش|ايه|اللي|الي|لي|عن|على)\\s?${G(1)}(?:بيصير|صاير|كيوقع|بيحصل|يصير|يحصل|بالبيت|فالدار|في البيت|بيعمل|يعمل|كيدير|بيسوي|يسوي|سوي|عمل)`,
      secret,
      `(?:قال|قالي|قلي|بيقلي|بيقول|يقول|كيقول|كيقولي|قاللي|يقولي|قالتلي|قالت) ${G(2)}(?:ما|لا|ماتقول|ماتحكي|متقوليش|متقولش)\\s?${G(1)}(?:تقول|تحكي|تخبر|تقولي|تحكيلي|تقوليش|تحكيش|تقولش|تعاود)\\p{L}{0,3} ${G(2)}(?:لحدا|لاحد|لحد|لماما|لامك|لامي|لاي حد|لاي احد|لحتى حد|لمامتك|لبابا|لابوك|لحتا واحد|لحتى واحد|لاي واحد)`,
      // Bruises and the excuses for them; anger, strangling, pushing.
      `(?:كدمات|كدمه|زرقه|زرقات|بقع زرق|علامات زرق|اثار ضرب|علامات ضرب|اثار الضرب|علامات الضرب)(?: ${G(4)}(?:جسم|وجه|ايد|رقبت|ضهر|ظهر|عين)\\p{L}{0,3})?`,
      `(?:قلت|بقول|بقولهم|قولت|كنقول|قلتلهم|بقلهم|قلتلها|قلتله) ${G(3)}(?:وقعت|طحت|انصدمت|خبطت|تخبطت|ضربت راسي|وقعت من الدرج|وقعت عالدرج)`,
      `(?:زوجي|جوزي|راجلي|ابوي|بابا|اخوي|خويا|ابني|هو|زوج امي|طليقي) ${G(3)}(?:لما|لمن|اذا|وقت|ملي|كي)?\\s?(?:ي|بي|كي)?(?:عصب|يعصب|بيعصب|كيتعصب|يتعصب|يسكر|بيسكر|سكران|معصب|يتنرفز|بيتنرفز|يغضب|بيغضب|بيتجنن) ${G(6)}(?:بيكسر|يكسر|كيكسر|كسر|بيرمي|يرمي|بيصرخ|يصرخ|يزعق|بيزعق|بخاف|خايفه|خايف|بيهجم|يهجم|يدفش|بيدفش|يزق|بيزق|بيشدني|يشدني|شعري)`,
      '\\p{L}{0,3}(?:خنق|دفش|زق|عنف)(?:ني|نا|ها|تني|وني)', `(?:شد|مسك)\\p{L}{0,3} ${G(2)}(?:من )?(?:شعري|شعرها|رقبتي|رقبتها)`, '(?:بيعنفني|يعنفني|معنفه|معنف|تعنيف)',
      // Control: phone, money, pension, food, going out; stalking and threats.
      `(?:بيفتش|يفتش|كيفتش|فتش|بيقرا|يقرا|كيقرا|بيراقب|يراقب|كيراقب|ماسك|اخد|اخذ|خد|خذ|كسر|كسرلي|بيكسر|حاجز)\\p{L}{0,3} ${G(2)}(?:تلفوني|تليفوني|موبايلي|جوالي|هاتفي|رسايلي|رسائلي|واتسابي|تيليفوني|بورطابلي)`,
      '(?:بيراقبني|يراقبني|كيراقبني|بيلاحقني|يلاحقني|بيطاردني|يطاردني|كيتبعني فين ما مشيت)',
      // A child told by an adult not to tell her mother (or anyone) what he does to her.
      `(?:ما|لا|م)\\s?(?:ت)?(?:قول|حكي|خبر|عاود|قل)\\p{L}{0,4} ${G(1)}(?:ل|لل|ل )?\\s?(?:ماما|امك|مامتك|مامك|امي|بابا|ابوك|حدا|احد|حد|اهلك|لحد|لحدا|المعلمه|الاستاذه) ${G(4)}(?:شو|شنو|اش|واش|ايش|ايه|اللي|الي|لي|عن)\\s?${G(1)}(?:بي|كي|ي|قاعد ي|عم ي|ك|بت|كت|ت)?(?:عمل|دير|سوي|صير|حصل|وقع|جي|دخل)\\p{L}{0,3}`,
      `(?:شو|شنو|اش|ايش|ايه|اللي|الي|واش)\\s?(?:بي|كي|ي|عم ي|قاعد ي)?(?:عمل|دير|سوي)\\p{L}{0,2} ${G(1)}(?:لي|ليا|ليي|فيا|فيي|فيني|بيا|معي|معايا|فيها|ليها|لها|بيها) ${G(6)}(?:ملي|لما|لمن|وقت|كي|اول ما|بس)\\s?(?:ماما|امي|مامتي|امها|مامتها|خالتي|مرته|مراته)?\\s?(?:كتمشي|تمشي|تروح|بتروح|تطلع|بتطلع|تخرج|بتخرج|مش موجوده|تكون برا|نايمه|تنام|بالشغل|في الشغل)`,
      // The pension or salary of an elderly parent taken by a son or daughter.
      `(?:ياخد|ياخذ|بياخد|بياخذ|اخد|اخذ|كياخد|كيدي|بيسحب|يسحب|بيصرف|يصرف|ماسك|حاجز|ماخد|واخد|ماخذ|واخذ|اخدها|اخده)\\p{L}{0,2} ${G(2)}(?:كل )?(?:ال)?(?:راتب|معاش|تقاعد|فلوس|مصاري)\\p{L}{0,3} ${G(3)}(?:ابوي|امي|ابويا|يما|ابوه|امه|ابوها|امها|جدي|جدتي|ستي|مالته|مالتها|ديالو|ديالها|تبعه|تبعها|حقه|حقها)`,
      `(?:بياخد|ياخد|ياخذ|بياخذ|كياخد|اخد|اخذ|بيسحب|يسحب|سحب|كيشد|بيصرف|يصرف|صرف|ماسك|ماخد|ماخذ|واخد|واخذ|بيتحكم ب|يتحكم ب|متحكم ب)\\p{L}{0,3} ${G(2)}(?:كل )?(?:معاشي|تقاعدي|راتبي|فلوسي|مصاري|مصرياتي|نقودي|دراهمي|فلوس امي|معاش امي|معاش ابوي|تقاعد ابوي|تقاعد امي|بطاقتي|كارتي|معاشها|معاشه|تقاعدها|تقاعده|فلوسها|بطاقتها|راتبها|مصاريها|aow|pensioen|(?:ال)?(?:راتب|معاش|تقاعد|مصروف) (?:ال)?(?:تقاعد|معاش|شهري|مالت\\p{L}*|تبع\\p{L}*|ديال\\p{L}*|حق\\p{L}*|(?:ا|ت)?ب(?:و|ي)\\p{L}*))`,
      `(?:ما|مش|مو|لا|م) ${G(1)}(?:بي|كي|ي|ت|بت)?(?:عطيني|عطيها|طعمني|طعمها|وكلني|وكلها|يعطيني|يطعمني|يعطيها|يطعمها|بيعطيني|بيطعمني|بيطعموها|بيعطوها|يعطوها|يعطوني|يطعموني|كيعطيني|كيوكلني) ${G(1)}(?:اكل|ماكل|طعام|الاكل|مصروف|فلوس|مصاري|دوا|الدوا|دوائي|دواها)`,
      '(?:مجوعني|بيجوعني|يجوعنا|بيجوعونا|مجوعينها|بيجوعوها|مجوعينا)',
      `(?:ما|مش|مو|لا|م) ${G(1)}(?:بي|كي|ي|ت|بت)?(?:خليني|خلينا|خليها|سيبني|سبني|سمحلي|يخليني|يخلينا|يسيبني|يسمحلي|بيخليني|بيسمحلي|كيخليني|كيخلينيش|يخلينيش|سيبنيش|بيسبني)\\p{L}{0,2} ${G(2)}(?:اطلع|نطلع|اخرج|نخرج|انزل|ننزل|اشتغل|نخدم|اخدم|ادرس|نقرا|اتعلم|اتصل|نتصل|احكي مع|اشوف|نشوف|ازور|نزور|اكلم|نكلم|اروح عند|اروح لعند)`,
      '\\p{L}{0,3}هدد(?:ني|نا|ها|وني|تني)', '(?:ابتزاز|يبتزني|بيبتزني|كيبتزني|ابتزني)',
      `(?:قال|بيقول|يقول|كيقول|حلف|بيحلف|هدد|بيهدد|يهدد|كيهدد|قالي|قلي|بيقلي|قاللي)\\p{L}{0,3} ${G(6)}(?:ياخد|ياخذ|رح ياخد|هياخد|غادي ياخد|يحرمني من|يخطف|يسفرني|يبعتني|يرحلني|يرجعني|يلغي|يسحب|يقطع) ${G(2)}(?:الولاد|الاولاد|الاطفال|اطفالي|ولادي|اولادي|عيالي|الدراري|بنتي|ابني|اقامتي|الاقامه|اوراقي|وراقي|الباسبور|جوازي|للبلد|عالبلد|لبلدي|على البلد)`,
      `(?:صور|صوري|فيديو|فيديوهات|تصاور|تصاويري)\\p{L}{0,2} ${G(4)}(?:ينشر|ينشرها|بينشر|ينزل|يبعت|يبعتها|يفضحني|يفضح|يهدد|بيهدد|يبتز|بيبتزني|يبتزني)`,
      `\\p{L}{0,2}(?:قتل|ذبح|دبح)(?:ني|ها|نا|وني|وها) ${G(3)}(?:اذا|لو|ان|ازا|الا)`, '\\p{L}{0,3}(?:ذبح|دبح)(?:ني|ها|نا|وني|وها)',
      // Honour, a marriage arranged against her will, touching that is not wanted.
      `(?:شرف|شرفي|شرفها|شرف العيله|شرف العائله|العار|فضيحه|الفضيحه|سمعه العيله|سمعتي|سمعتها) ${G(6)}(?:اخواني|اخوي|ابوي|عيلتي|عائلتي|اهلي|العيله|عمي|ولاد عمي|اخوها|ابوها|اهلها)`,
      `(?:اخواني|اخوي|ابوي|عيلتي|عائلتي|اهلي|العيله|عمي|اخوها|ابوها|اهلها) ${G(6)}(?:شرف|شرفي|شرفها|شرف العيله|العار|فضيحه|الفضيحه|سمعه العيله|سمعتي|سمعتها)`,
      `(?:بدهم|بدن|بغاو|عايزين|يريدون|يبغون|رح|غادي) ${G(1)}(?:يزوجوني|يجوزوني|يزوجوها|يجوزوها|نتزوج|اتزوج|تتزوج|اتجوز|يخطبوني|يخطبوها) ${G(4)}(?:ابن عمي|ولد عمي|ابن خالي|ولد خالي|واحد ما بعرفه|واحد ما بحبه|ما بدي|مش عايزه|مابغيتش|ما اريد|بالبلد|فالبلد|في البلد|وانا صغيره|رغم اني)`,
      `\\p{L}{0,3}(?:لمس|حسس|تحسس)(?:ني|ها|نا)(?! ${G(1)}(?:كلام|كلامك|الموضوع|بكلامه|هالكلام|قلبي))`, `(?:يحضني|بيحضني|يبوسني|بيبوسني|كيبوسني|كيعنقني) ${G(3)}(?:غصب|بالغصب|وانا ما بدي|وانا مش عايزه|بطريقه)`,
      `(?:بيخليني|خلاني|يخليني|كيخليني|بيطلب مني|طلب مني|بيجبرني|يجبرني) ${G(2)}(?:اشلح|اقلع|نحيد|احيد|اخلع|اتعرى|اتصور|نتصور|ابعتله صور|ابعثله صور|اشوف صور|نشوف تصاور|اشوف فيديوهات)`,
      // A child or a neighbour in distress, heard through the wall.
      `(?:اسمع|سمعت|بسمع|نسمع|كنسمع|سامع|سامعه|سمعنا|نسمعو|كنسمعو|سمعو) ${G(6)}(?:صراخ|صريخ|صياح|عياط|بكا|بكاء|تبكي|يبكي|تعيط|يعيط|تصرخ|يصرخ|تصيح|يصيح|خبط|تكسير|زعيق|تزعق|يزعق)`,
      // Screams heard, then a sudden silence: asked about.
      `(?:اسمع|سمع|بسمع|نسمع|كنسمع|سامع|سامعه|سمعنا)\\p{L}{0,3} ${G(10)}(?:صراخ|صريخ|صويت|صياح|تصرخ|بتصرخ|يصرخ|بيصرخ|تصيح|تغوت|كتغوت|تستنجد|تستغيث|موتني|قتلني)\\p{L}{0,2} ${G(14)}(?:وبعدين|وبعدها|بعدين|بعدها|وفجاه|فجاه|وبعد شوي|ومن بعد|من بعد|ومن بعدها)\\s?(?:سكت|سكتت|سكتو|هدي|هديت|صمت|انقطع|انقطعت|ولا صوت|مفيش صوت|ما في صوت|ماكاين صوت|حتي صوت)\\p{L}{0,3}`,
      `(?:الجيران|جيرانا|جيراننا|جارتنا|جارنا|جارتي|جاري|(?:ال)?شقه (?:اللي|الي|لي) (?:جنبنا|جنبي|فوقنا|تحتنا)|ورا (?:ال)?حيط)\\p{L}{0,2} ${G(6)}(?:صراخ|صريخ|صياح|يصرخو|بيصرخو|تصرخ|بتصرخ|يصرخ|بيصرخ|كيغوتو|كتغوت|تستنجد)\\p{L}{0,2} ${G(14)}(?:وبعدين|وبعدها|بعدين|بعدها|وفجاه|فجاه|وبعد شوي|ومن بعد|من بعد|ومن بعدها)\\s?(?:سكت|سكتت|سكتو|صمت|انقطع|انقطعت|ولا صوت|مفيش صوت|ما في صوت|ماكاين صوت|حتي صوت)\\p{L}{0,3}`,
      `(?:ولاد|اولاد|اطفال|ابن|بنت|طفل|الطفل|الولد|البنت)\\p{L}{0,2} ${G(2)}(?:الجيران|جيرانا|جيراننا|الجار|جارتي|جاري|جارتنا|جارنا) ${G(6)}(?:لحالهم|لوحدهم|بدون اكل|بلا اكل|جوعانين|جوعان|بيعيط|بيبكي|بيصرخ|بيعيطو|بيبكو|يصرخو|وسخين|بالبرد|بالشارع بالليل|علامات|كدمات|زرقه)`,
      // Tickets booked to send her back against her will.
      `(?:حاجز|حجز|حجزلي|حجزولي|حاجزين|حجزو|قاطع|قطع|قطعلي|قاطعلي|شرا|شري|اشتري)\\p{L}{0,2} ${G(1)}(?:تذاكر|تذكره|تيكت|تيكيت|بيليه|بيليات)\\p{L}{0,2} ${G(4)}\\p{L}{0,4}(?:رجع|سفر|رحل|بعت|رد|جوز)(?:ني|ها|نا|وني|وها)`,
    ],
    emergency: [
      // Not waking or getting up, breathing slowly, told without more (mesh bey2oum, nafaso bati2): asked about.
      notWaking, slowBreath, eyesRolled,
      // A leg, an arm or one side without feeling (after a stroke, a fall): asked about.
      `(?:رجل|ايد|يد|دراع|ذراع|نص|جنب|وجه|شق)\\p{L}{0,4} ${G(3)}(?:ما|مش|مو|لا|م)\\s?(?:ي|بي|ت|بت|كي|كت|عم ي|عم ت)?(?:حس|حاس|حاسس|حاسه)\\p{L}{0,3}`,
      `(?:ma|ما) shefto ${G(1)}(?:men|min|من) ${G(1)}(?:iyyam|ayyam|yom|jem3a)`, `ri7a ghariba`, 'dabban', `(?:لم|ما) ${G(1)}(?:نشوفه|شفناه|اشوفه|شفته) ${G(1)}(?:من|منذ) ${G(1)}(?:ايام|اسبوع|\\d+)`, `(?:لا|ما) (?:يرد|بيرد|ترد|بترد) ${G(2)}(?:الهاتف|التلفون|الجوال|الموبايل)`,
      `(?:واقع|واقعه|طايح|طايحه|مرمي|مرميه|ممدد|ممدده)\\s?(?:على|ع|عل|في|ف|فال|بال)\\s?(?:ال)?(?:ارض|الارض|بلاط)`, `(?:وقع|وقعت|طاح|طاحت|سقط|سقطت)\\p{L}{0,2} ${G(4)}(?:ما|مش|مو|م)\\s?(?:قدر|بيقدر|قادر|قادره|كيقدر|يقدر|قدرت)\\s?${G(1)}(?:ي|ت|ن|ا)?(?:قوم|وقف|نهض|تحرك)\\p{L}{0,2}`,
      `(?:وقع|وقعت|طاح|طاحت|سقط|سقطت)\\p{L}{0,2} ${G(4)}(?:على )?و?(?:راسه|راسها|راسو|دم|الدم|بينزف|نزيف)`, `(?:كيسيل|كتسيل|يسيل|بيسيل|سايل|سايله|بينزل|نازل|طالع) ${G(1)}(?:ب|من )?(?:ال)?دم`, `ضيق\\p{L}{0,2} ${G(1)}(?:ال)?(?:تنفس|نفس)`,
      `(?:ريحه|ريحت|رائحه)\\s?${G(1)}(?:غريبه|كريهه|وحشه|خايبه|عفنه|بشعه|ميته|موت|جثه|حريق|دخان|شياط|احتراق|حرق|بنزين|خانزه)`, `(?:في|فيه|كاين|شايف|شايفه|طالع|بشم|شميت|شامم) ${G(1)}(?:ال)?(?:دخان|دخنه)`,
      `(?:ما|مش|مو|لم|محد|ما حدا|ماحد|محدش|ولا حد|حتى حد ما) ${G(2)}(?:شاف|شفت|شفنا|شفته|شفتها|شفتو|شايف|شايفه|شايفين|راه|رايت|ريت|شوفت|نشوف)\\p{L}{0,4} ${G(4)}(?:ايام|يومين|اسبوع|اسبوعين|جمعه|سيمانه)`,
      `(?:ما|مش|مو|م)\\s?(?:بي|عم ي|كي|ي|بت|ت)?(?:رد|فتح|جاوب|حل)(?:ش)? ${G(1)}(?:من|منذ|صارلو|صارلها|هادي|بقالو|بقالها)\\s?${G(1)}(?:ايام|يومين|اسبوع|امبارح|البارحه|مبارح)`,
      `(?:البيبي|الطفل|الرضيع|الولد|بنتي|ابني|ولدي|الصغير|الصغيره|بيبي)\\p{L}{0,2} ${G(4)}(?:ازرق|ازرقت|زرق|لونه ازرق|مش بيرد|ما بيرد|ما عم يرد|بيتشنج|يتشنج|تشنج|رخو|مرخي|ما بيتحرك|ما عم يتحرك|ما يتحرك|ما كيتحركش|حرارته عاليه|سخن كتير)`,
      `(?:ما|مش|مو|م)\\s?(?:بي|بت|كي|كت|عم ي|عم ت|ي|ت)?(?:قدر|قادر|قادره)\\p{L}{0,2} ${G(1)}(?:ي|ت)?(?:حكي|تكلم|هضر|نطق)\\p{L}{0,2}(?= ${G(3)}(?:فجاه|فجأه|من شوي|من ساعه|فجأة|بالمره|خالص))`,
      '(?:نوبه صرع|تشنجات|بيتشنج|عم يتشنج|كيتشنج|يتشنج|تتشنج|بتتشنج)', breathesHard, '(?:نزيف|ينزف|بينزف|تنزف|بتنزف|نازف|كينزف)',
      `(?:زهايمر|الزهايمر|خرف|خرفان|خرفانه|ذاكرته|ذاكرتها) ${G(12)}(?:ضاع|ضايع|ضايعه|ضاعت|مفقود|مفقوده|اختفي|اختفت|ما رجع|ما رجعت|ما رجعش|ما رجعتش|مش لاقيينه|مش لاقيينها|ما لقيناه|ما لقيناها|مالقيناهش)`,
      `(?:مفقود|مفقوده|ضايع|ضايعه|اختفي|اختفت) ${G(3)}(?:من|منذ|صارلو|صارلها)\\s?${G(1)}(?:امبارح|الصبح|ساعات|ساعه|ساعتين|يوم|يومين|البارحه)`,
      '(?:الحقوني|الحقونا|النجده|اغيثوني|انقذوني|ساعدوني بسرعه|بسرعه ساعدوني|عتقوني|عتقونا)', `(?:بلع|بلعت|بلعو)\\p{L}{0,2} ${G(1)}(?:بطاري\\p{L}*|مغناطيس|قطعه|لعبه|حجر|عمله|فرنك|مسمار|دبوس|بيله|زر)`,
      // Suddenly unable to speak, an arm without feeling; fallen and unable to get up.
      `فجاه ${G(2)}(?:مش|ما|مو|م)\\s?(?:عارف|عارفه|قادر|قادره|بيقدر|بتقدر|كيقدر|كتقدر|يقدر|تقدر|بيعرف|بتعرف) ${G(1)}(?:ي|ت)?(?:تكلم|حكي|هضر|نطق|يتكلم|يحكي)\\p{L}{0,2}`,
      `(?:ايد|يد|دراع|ذراع|رجل)\\p{L}{0,2} ${G(2)}(?:مش|ما|مو) (?:حاسس|حاسه|حاس|يحس|بيحس|كيحس|تحس|بتحس) ${G(1)}(?:بيها|فيها|بها|بيه|فيه)`,
      `(?:سقط|سقطت|وقع|وقعت|طاح|طاحت|اتكعبل|اتزحلق)\\p{L}{0,2} ${G(8)}(?:و ?)?(?:لا|ما|مش|مو|م)\\s?(?:يستطيع|تستطيع|يقدر|تقدر|بيقدر|بتقدر|قادر|قادره|عم يقدر|عم تقدر|كيقدر|كتقدر|يقدرش|تقدرش)\\p{L}{0,2} ${G(1)}(?:النهوض|ينهض|تنهض|يقوم|تقوم|يوقف|توقف|ينوض|تنوض|الوقوف|القيام)`,
    ],
  },
  signals: {
    suicide: [
      // Farewells and affairs put in order.
      [// "If something happens to me, don't be sad (with me)": ماما اذا صار لي شي لا تزعلي مني.
        `(?:اذا|ازا|لو|ان|iza|eza) (?:صار|صارلي|حصل|حصلي|جرا|جرالي|صابني|صار معي|حصل معي) ${G(1)}(?:لي |ليا |معي |معايا )?(?:شي|شيء|اشي|حاجه|مكروه) ${G(3)}(?:لا|ما|متزعل\\p{L}*|ماتزعل\\p{L}*)\\s?(?:ت)?(?:زعل|حزن|بكي|عيط|زعلي|زعلو|حزني|بكو)\\p{L}*`,
        'سامحوني', 'سامحيني', 'ادعولي', 'ادعيلي', 'وصيتي', 'الوصيه', 'شكرا (?:على|ع|عل|لكل|لكم على) (?:كل شي|كلشي|كولشي|كل حاجه)', 'كنت (?:احسن|اعز) (?:ام|اب|اخ|اخت|صديق|صاحب|صاحبه)', 'اخر (?:رساله|مسج)',
        'ما (?:تدورو|تدوروش|تدورش|تبحثو) (?:علي|عليا|عني)', 'لا (?:تبحثو|تدورو) عني', 'رتبت (?:اموري|كل شي|كلشي|اوراقي)', 'خلصت (?:كل )?(?:اموري|ديوني)', 'ديرو بالكم', 'انتبهو على', 'الله معكم', 'وداعا', 'بودعكم', 'الله يسامحني', 'ما (?:تتصلو|تتصلوش|تتصلش) (?:بعد|بعدين)',
        `شكرا ${G(2)}(?:علي|ع|عل|لكل|ل)\\s?(?:كل (?:شي|شيء|حاجه)|كلشي|كولشي|كل اللي (?:عملتو|عملتوه|درتو|سويتو))`, '(?:سامحني|سامحيني|سامحوني|اعذروني|اعذرني|اعذريني|حللوني|سمحولي|سمحيلي)', '(?:بخاطركم|مع السلامه للابد|الله معاكم|الله يحفظكم)',
        '(?:بحبكم|احبكم|نبغيكم|كنبغيكم|بموت فيكم|نحبكم) (?:كلكم|بزاف|كتير|جميعا|ياسر|برشا)', '(?:نحب|بدي|حابب|حابه|ابغي|اريد|حبيت) (?:نسلم|اسلم|نودع|اودع|سلم) (?:علي|على|ع) (?:كل|الكل|الجميع)', `(?:رسال|جواب|جوابات|رسايل|مكتوب)\\p{L}{0,3} ${G(1)}(?:ل|لل)\\s?(?:ولاد|اولاد|بنات|عيال|اهل|ام|اب|زوج|مرت)\\p{L}{0,3}`],
      // Giving things away, and no longer needing them.
      [`\\p{L}{0,2}(?:وزع|فرق|عطي|اعطي|هدي)\\p{L}{0,3} ${G(1)}(?:ال)?(?:اغراض|غراض|حاجات|اشياء|حوايج)\\p{L}{0,3}`, `(?:playstation|ps4|ps5|laptop|jacket|vespa|scooter|بلايستيشن|لابتوب|جاكيت|سكوتر|بسكليت|طوموبيل|ساعتي|تلفوني|موبايلي)\\p{L}{0,3} ${G(6)}(?:عطيت|اعطيت|عطيتهم|عطيتها|عطيته|عطيتو|اديت|وزعت|خليت|تركت|بعت)\\p{L}{0,3}`,
        `(?:ما|مش|م)\\s?(?:بقات|بقاتش|بقا|بقاش|عاد|عادش|عدت)\\s?${G(1)}(?:ال)?(?:حاجه|لازم|لزوم) (?:بيهم|بيها|بيه|فيهم|بهم|بها|فيها|ليهم|الهم)`, `(?:ما|مش) ${G(1)}(?:عاد|رح|ح|ه|غادي)\\s?(?:احتاج|نحتاج|يلزمني|يلزموني)(?:هم|ها|ه|و)`,
        `(?:عطيت|اعطيت|اديت|وزعت|تبرعت|بعت|هديت|تركت|خليت|عطيتها|عطيته|عطيتو|حطيت)\\p{L}{0,3} ${G(4)}(?:playstation|ps4|ps5|laptop|iphone|bike|قطتي|القطه|قطه|بسينه|كلبي|الكلب|عصافيري|اغراض|غراض|حوايج|ملابس|ثياب|تياب|هدوم|ذهب|دهب|خواتم|لابتوب|كتب|العاب|مفاتيح|بلايستيشن|بسكليت|دراجه)\\p{L}{0,3}`,
        `(?:قطتي|القطه|كلبي|الكلب|عصافيري|اغراضي|غراضي|حوايجي|ملابسي|تيابي|هدومي|ذهبي|دهبي|لابتوبي|مفاتيحي|بسكليتي|دراجتي) ${G(4)}(?:للجيران|لجارتي|لجاري|لصاحبي|لصاحبتي|لاختي|لاخوي|لغيري|عند الجيران|عند جارتي)`,
        `\\p{L}{0,2}(?:عطي|عطا|ادي|اعطي|وزع|فرق|هدي|تبرع|عطات|ادت|اعطت)\\p{L}{0,3} ${G(4)}(?:ال)?(?:هدوم|ملابس|تياب|ثياب|حوايج|اغراض|غراض|ساعت|ساعتي|ساعته|ساعتها|دهب|ذهب|خاتم|خواتم|سلسل|مجوهرات|طوموبيل|سياره|سيارت|عربيه|عربيت|موتور|بسكليت|دراجه|دراجت|تلفون|تليفون|موبايل|لابتوب|بلايستيشن|كتب|العاب|قطه|قطت|كلب|عصافير|مفاتيح|سجاده|مصحف)\\p{L}{0,3}`],
      // Means and places.
      [// Looking down at the water from a bridge for a long time (بقف ابص على الميه).
        `(?:ابص|ببص|بطلع|اطلع|بتطلع|ناظر|انظر|بتفرج|اتفرج|نشوف|شايف|شايفه) ${G(2)}(?:على|ع|عل|في|ف|لل|ل)\\s?(?:ال)?(?:ميه|مايه|ماي|مي|نهر|بحر|قناه|تحت)(?!\\p{L})`,
        pills, 'حبل', 'شفره', 'شفرات', 'موس', 'جسر', 'كوبري', '(?:اعلي|اطول|اعلا) (?:مبني|بنايه|عماره|برج|جسر|كوبري|سطح|مكان)', 'سكه (?:ال)?حديد', 'قطار', 'ترين', 'سطح', 'بلكون\\p{L}{0,2}', 'سم', 'مبيد', 'تامين (?:على )?(?:ال)?حياه', 'جرعه'],
      // Hopelessness, being a burden, no one.
      ['ما في امل', 'مافي امل', 'فقدت (?:ال)?امل', 'ما عاد فيني', 'ما عدت اقدر', 'مابقيتش قادر', 'مبقتش قادر', 'تعبت من كل شي', 'تعبت من (?:ال)?حيا(?:ه|تي)', 'مليت من (?:ال)?حيا(?:ه|تي)', 'زهقت من حياتي', 'كرهت (?:حياتي|نفسي|حالي|روحي)',
        // Nobody would notice or miss me if I went (محدش هياخد باله لو مشيت).
        `(?:محدش|ما حدا|ما حد|محد|ماحد|لا احد|ولا حد|حتي حد|ما في حدا|مافي حدا) ${G(1)}(?:ه|ح|رح |راح |غادي |بي|سي|ي|هي|حي|رح ي|راح ي)?(?:اخد|ياخد|ياخذ|لاحظ|يلاحظ|ينتبه|انتبه|حس|يحس|يفتقد|يفتقدني|يشتاق|يشتاقلي|يسال|يدور|يعرف|يحس)\\p{L}{0,4} ${G(2)}(?:لو|اذا|ازا|ان|كان|بغيابي|لغيابي|اني)(?!\\p{L})`,
        'عب[ءئ]\\p{L}{0,2}', 'عاله', 'ما (?:حدا|حد) (?:بيحبني|يحبني)', 'ما (?:حدا|حد) (?:بيفهمني|يفهمني|بيفهم|فاهمني|كيفهمني|فاهم)', 'محدش (?:فاهمني|بيفهمني|فاهم)', 'محدش بيحبني', 'ما عندي حدا', 'ماعنديش حتى حد', 'وحيد', 'وحيده', 'فاشل', 'فاشله', 'ما الي لزوم', 'ماليش لازمه', 'ما عاد يهمني', 'ما بقا يهمني', 'ما عاد في شي', 'الدنيا سودا', 'ما في فايده', 'مفيش فايده', 'يايس', 'مخنوق', 'مخنوقه'],
      // Someone who went silent after strange words.
      ['ما (?:بيرد|عم يرد|بيردش|كيجاوبش|بترد|عم ترد)', 'مش (?:بيرد|بترد)', '(?:قافل|مسكر|مطفي|طافي) (?:تلفونه|تلفونها|موبايله|موبايلها|جواله|جوالها)', 'تلفون(?:ه|ها|و) (?:مسكر|مقفول|مطفي|طافي)', 'اختفي', 'اختفت', 'مختفي', 'مختفيه',
        'كلام غريب', 'رساله غريبه', 'مسج غريب', 'ساكن لحاله', 'ساكنه لحالها', 'عايش لوحده', 'عايشه لوحدها', 'بيبحث عن',
        `(?:تلفون|تليفون|تيليفون|موبايل|جوال|هاتف)(?:ه|ها|و) ${G(1)}(?:مسكر|مقفول|مطفي|طافي|مغلق|مقفل|مش بيجمع|ما بيرن)`, `(?:قفل|سكر|طفي|طفا|اغلق)\\p{L}{0,2} (?:تلفون|تليفون|موبايل|جوال|هاتف)(?:ه|ها|و)`],
      // A future that stops.
      [round14A.future, // Not knowing whether one will still be here in a week ("ma ba3ref iza ba3d jem3a ra7 koun hon"), not at home or at work for an appointment.
        `(?:ما|مش|م|مو)\\s?(?:بعرف|بعرفش|عارف|عارفه|نعرف|كنعرفش|ادري|بدري|اعرف|عارفش) ${G(1)}(?:اذا|ازا|iza|eza|ida|ila|لو|واش|ان كان|هل) ${G(5)}(?:رح |راح |ح |ه |غادي |غا |سوف )?(?:كون|اكون|نكون|هكون|بكون|كنكون|ابقي|نبقي|اضل|بضل|رح ضل)(?: ${G(1)}(?:هون|هنا|هنايا|هنا اصلا|موجود|موجوده|عايش|عايشه|حي|بالدنيا|معكم|معاكم))(?! ${G(2)}(?:بالبيت|فالدار|في البيت|بالدار|بالشغل|فالخدمه|بالمدرسه|للموعد|عالموعد|بالموعد|وقت|الساعه|لما يجي|لما يجو|للاستلام|للتسليم)(?!\\p{L}))`,
        `(?:الليله|هالليله|اليوم) ${G(1)}(?:سا|س|رح ا|راح ا|ح ا|ه ا|ب|غادي ن|راح ن)?(?:ارتاح|نرتاح)(?! ${G(2)}(?:من (?:ال)?(?:شغل|دوام|خدمه)|شوي|بالبيت|في البيت))`, 'ما (?:رح|راح|ح) (?:تشوفوني|تشوفني|تشوفيني|تسمعو مني|اكون موجود|اكون هون|اكون هنا|احتاج)', 'مش (?:هتشوفوني|هتشوفني|هتشوفيني|هكون موجود)', 'ما ?غاديش تشوفوني', `(?:الليله|هالليله|بعد الليله|اليوم) ${G(1)}(?:خلاص|اخر ليله|اخر يوم|النهايه)(?! (?:الشغل|المدرسه|الدوام|الامتحان|الامتحانات|العطله|رمضان))`,
        `(?:ما|مش|لن|مغاديش|ما غاديش|ماغاديش) ${G(1)}(?:رح |ح |ه |غادي )?(?:تشوفوني|تشوفني|تشوفيني|تروني|تلقاوني|تلاقوني)(?: ${G(2)}(?:تاني|بعد|مره تانيه|ابدا|للابد|ف|في))?`, 'للمره الاخيره', 'ما عاد (?:رح )?احتاج',
        `بعد (?:بكرا|بكره|اليوم|الليله) ${G(1)}(?:ما|مش|لن) ${G(1)}(?:اكون|تشوفوني)`, `(?:الاسبوع|الشهر|السنه) ${G(1)}(?:الجاي|الجايه|القادم|القادمه) ${G(3)}(?:ما|مش|لن) ${G(1)}(?:اكون|موجود)`,
        `(?:غدا|بكرا|بكره|غدوه|من بكره|من غدا|الليله|بعد الليله) ${G(2)}(?:ما|مش|لن|ما غاديش|مانيش|ماغاديش)\\s?(?:غادي |رح |ح |ه )?(?:نكون|اكون|هكون|كون|تلقاوني|تلاقوني|تشوفوني|ابقي|نبقي)(?:ش)?`, `(?:ما|مش) ?(?:غاديش|رح|ح|ه|راح)? ?(?:نكون|اكون|هكون|كون|تلقاوني)(?:ش)? (?:هنا|هون|موجود|موجوده|معاكم|معكم|بيناتكم|بينكم) ${G(2)}(?:غدا|بكرا|بكره|غدوه|الليله|بعد اليوم)`,
        `(?:اليوم|الليله|دابا|هلق|هلا|الحين) ${G(2)}(?:غادي|رح|راح|ح|ه)\\s?(?:نسالي|نخلص|ننهي|انهي|اخلص|اسالي) ${G(1)}(?:هاد|هادشي|هذا|هاي|هيك|هالشي|كلشي)`, 'من بعدي', 'بعد ما اروح', 'بعد موتي',
        // Things one will not need any more; "I won't bother you again".
        `(?:لن|ما|مش|مو|مب) ${G(1)}(?:رح |ح |ه |غادي |عاد )?(?:ي|ا|ن|ت)حتاج(?:ها|ه|هم|و|هن)(?: ${G(1)}(?:قريبا|بعد|بعد الان|بعدين|تاني|ابدا))?`, `(?:ما|مش|لن) (?:رح |ح |ه |غادي |عاد )?(?:ازعجكم|ازعجك|نزعجكم|اتعبكم|نتعبكم|اثقل عليكم|اكون عبء)`],
      // Tried before.
      [`(?:حاول|حاولت|جرب|جربت)\\p{L}{0,2} ${G(2)}(?:قبل|من قبل|مره|مرتين|قبل هيك|قبل كده|السنه الماضيه|قبل سنه)`, '(?:محاوله|محاولات) (?:سابقه|انتحار|قبل)', 'مره تانيه (?:حاول|حاولت)'],
      // Withdrawing: not eating, seeing nobody, tired of it all.
      [`(?:ما|مش) ${G(1)}(?:عم |بي|كي)?(?:باكل|اكل|ناكل|ياكل|تاكل|بنام|بيوكل|كياكل)\\p{L}{0,2} ${G(3)}(?:ايام|يومين|اسبوع|\\p{N}+ ايام|من زمان)`, `(?:بطل|بطلت|وقف|وقفت|ما بقاش) ${G(1)}(?:ياكل|تاكل|اكل|ناكل|ماكل|الاكل|يطلع|تطلع)`, `(?:ما|مش) ${G(1)}(?:بغا|بغاش|بدو|بدها|عايز|عايزه|بيرضي|رضي|بغات|بغاتش|بيقبل|يبي)\\p{L}{0,2} ${G(1)}(?:ياكل|تاكل|يشرب|تشرب)`,
        `(?:ما|مش) ${G(1)}${want} ${G(1)}(?:شوف|اشوف|نشوف|احكي مع|اكلم|نهضر مع) (?:حدا|حد|احد|حتي حد|الناس|حتي واحد)`, '(?:عييت|تعبت|مليت|زهقت|فشلت) (?:خلاص|من كلشي|بزاف|من كل شي|من الدنيا)', 'عييت', 'خلاص (?:عييت|تعبت|ما بقيتش|ماعادش)'],
    ],
    violence: [
      // Control: phone, money, papers, permission.
      [// An old mother's pension money taken each month, the house shut on her (kayakhod lha flous dyal l pension, ysedd 3liha lbit).
        `(?:kayakhod|kayakhed|kaykhod|kay5od|yakhod|ya5od|khda|5da|khod|كياخد|بياخد|ياخد|ياخذ|خدا|اخد|اخذ)\\p{L}{0,3} ${G(2)}(?:flous|flouss|fulus|floos|فلوس|الفلوس|مصاري|المصاري) ${G(3)}(?:pension\\p{L}*|pensioen|retraite|تقاعد\\p{L}*|معاش\\p{L}*|المعاش|بنسيون|البنسيون|aow)`,
        `(?:ysedd|ysed|yesedd|ysadd|kaysedd|يسد|كيسد|بيسكر|يسكر|يقفل|بيقفل|سد|سكر|قفل) (?:3liha|3lih|3liya|3lia|عليها|عليه|عليا|علي) (?:lbit|lbab|el bab|el bit|ddar|الباب|البيت|الدار)`,
        // Papers with them, not being able to leave the house (جوازي وبطاقتي عندهم وما اكدر اطلع من البيت).
        `و?(?:ال)?(?:باسبور|باسبورت|جواز|اقامه|اقامتي|بطاقتي|بطاقه|هويتي|paspoort)\\p{L}{0,3} ${G(2)}(?:عندهم|عندها|عدهم|عدها|معاهم|معهم|معها|ماخذينه|واخدينه|حاجزينه)`,
        `(?:ما|مش|م|لا)\\s?(?:اقدر|بقدر|نقدر|قادر|قادره|يخلوني|بيخلوني|يخلونا) ${G(1)}(?:اطلع|اخرج|نخرج|نطلع|اروح|روح) ${G(1)}(?:من )?(?:ال)?(?:بيت|دار|شقه|برا|بره)`,
        '(?:بيفتش|يفتش|كيفتش|بيشوف|يشوف|كيشوف|بيقرا|يقرا|كيقرا) (?:تلفوني|موبايلي|جوالي|رسايلي|تيليفوني|واتسابي)', 'بيراقبني', 'يراقبني', 'بيتحكم', 'يتحكم', 'متحكم', 'كيتحكم',
        '(?:ما|مش|م) (?:بيخليني|يخليني|بيسمحلي|يسمحلي|كيخليني|كيخلينيش|يخلينيش|بيسبني|يسبني)', 'لازم (?:استاذن|اطلب (?:منه|الاذن))', 'بدون اذنه', 'من غير (?:اذنه|ما يعرف)', '(?:ما|مش|م) (?:بيعطيني|يعطيني|كيعطيني) (?:مصروف|فلوس|مصاري)',
        'المفتاح معه', 'المفاتيح معه', `(?:ال)?(?:باسبور|باسبورت|جواز|اقامه|اقامتي|بطاقتي|هويتي|paspoort)\\p{L}{0,3} ${G(2)}(?:عندو|عنده|معاه|معه|معو|ماسكه|ماسكو|حاجزه|حاجزو|ماخده|واخده|ماخذه)`, `(?:ياخد|ياخذ|بياخد|اخد|اخذ|كياخد|كيدي|دا|خد|خدا|كيشد)\\p{L}{0,2} ${G(2)}(?:كل )?(?:ال)?(?:راتب|معاش|تقاعد|فلوس|مصاري|بطاق|كارت|تلفون|تليفون|موبايل|جواز|باسبور)\\p{L}{0,3}`, '(?:كيخليني|بيخليني|يخليني|خلاني) (?:نخاف|اخاف|خايف|خايفه)', '(?:الباسبور|جوازي|جواز السفر|الاقامه|بطاقتي|الكارت) (?:معه|عنده|عندو|معاه)', 'موقعي', 'لوكيشن', 'باسورد', 'كلمه السر', '(?:ماخد|بياخد|ياخد) (?:فلوسي|راتبي|معاشي)'],
      // Fear and anger at home.
      ['(?:بخاف|خايفه|خايف|كنخاف|نخاف) (?:منه|منو|منها)', 'مرعوبه', 'مرعوب', '(?:بيعصب|يعصب|معصب|عصبي|كيتعصب|بيتنرفز|بيغضب|يغضب)', 'بيكسر', 'يكسر', 'بيسب', 'بيشتم', 'يشتم', 'سكران', 'بخاف ارجع', 'خايفه على ولادي', 'خايف على ولادي'],
      // Injuries and excuses.
      ['zr9a', 'zr9at', 'zer9a', 'zar9a', 'zra9', 'kdamat', 'كدمات', 'كدمه', 'زرقه', 'زرقات', '(?:علامات|اثار) (?:ضرب|زرق)', 'عيني (?:زرقا|وارمه|منفوخه)', 'وارم', 'وارمه', 'منفوخ', 'جروح', 'مجروح', 'مجروحه', 'مكسور', 'مكسوره', 'نظاره شمسيه', 'وقعت (?:عن|من|على|ع) ?(?:ال)?درج', '(?:تخبطت|خبطت) (?:بالباب|في الباب)'],
      // Secrets and not being allowed to tell.
      ['سر', 'سرنا', 'اسرار', '(?<!(?:نحكي|احكي|نتكلم|اتكلم|فيه|فيها|معكم|معكن|معك|بدون|من غير) )ما حدا (?:لازم|بيعرف|يعرف)', 'محدش يعرف', 'ما حد يعرف', 'ما بقدر احكي', 'ما اقدر اقول', 'مقدرش نقول', 'ممنوع (?:احكي|اقول)', 'اذا (?:حكيت|قلت|خبرت)', '(?:بخاف|خايفه|خايف) احكي', '(?<!(?:نحكي|احكي|نتكلم|اتكلم|فيه|فيها|معكم|معكن|معك) )بدون ما (?:يعرف|حدا يعرف)', 'بدون اسم',
        `(?:ما|لا|م)\\s?(?:ت)?(?:قول|حكي|خبر|عاود)\\p{L}{0,4} (?:ل|لل|ل )?\\s?(?:ماما|امك|مامتك|بابا|ابوك|حدا|حد|اهلك)`, '(?:ماما|امي) (?:ما|مش|م)\\s?(?:بتعرف|تعرف|تعرفش|عارفه|كتعرفش)', 'بالسر', 'بالخفيه', 'من وراه'],
      // Sexual boundaries.
      ['بالليل', 'فالليل', 'في الليل', 'غرفتي', 'اوضتي', 'سريري', 'تختي', 'يلمسني', 'بيلمسني', 'لمسني', 'يحضني', 'يبوسني', 'جسمي', 'عريان', 'عريانه', 'صور', 'الحمام', 'بتحمم', 'بستحم', 'كلام (?:وسخ|قبيح)', 'حضنه',
        `(?:شو|شنو|اش|ايش|ايه|اللي|الي|واش)\\s?(?:بي|كي|ي|عم ي|قاعد ي)?(?:عمل|دير|سوي)\\p{L}{0,2} (?:لي|ليا|ليي|فيا|فيي|فيني|بيا|معي|معايا)`, `(?:ملي|لما|لمن|وقت|كي|اول ما)\\s?(?:ماما|امي|مامتي|مراته|مرته|خالتي)?\\s?(?:كتمشي|تمشي|تروح|بتروح|تطلع|بتطلع|تخرج|بتخرج|مش موجوده|تكون برا|بالشغل) ${G(1)}(?:ال|لل|ل)?(?:خدمه|شغل|سوق|عمل)?`],
      // Honour and family pressure.
      // ("No scandal, please" asked of the service is discretion, not honour: ما بدي فضيحه.)
      ['شرف', 'شرفي', 'شرفنا', 'شرفها', 'شرفه', 'شرفكم', 'عار', 'العار', '(?<!(?:بدي|بدنا|عايزه|عايز|ابغي|بغيت|اريد|نريد|بدون|بلا|من غير|خايفه من|خايف من) )فضيحه', 'سمعتي', 'يزوجوني', 'يجوزوني', 'ابن عمي', 'ولد عمي', 'ابن خالي', 'العيله (?:بتقرر|قررت|قرر)', 'اخواني', 'يرجعوني (?:للبلد|عالبلد)', 'يسفروني', 'عذريه'],
      // Threats.
      [// "You will see what I do to you": راح تشوفين شسوي بيك, هتشوفي هعمل فيكي ايه.
        `(?:رح|راح|ح|ه|غادي|حت|هت)\\s?(?:ت)?(?:شوف|شوفي|شوفين|شوفو|شوفون)\\p{L}{0,2} (?:شسوي|شو بعمل|شو رح اعمل|شو رح سوي|ايش اسوي|اش غادي ندير|اش نديرلك|شنو اسوي|شنو راح اسوي|هعمل ايه|حعمل ايه|ايه هعمل|ايه اللي هعمله|شو بسوي|شو بعملك)\\p{L}{0,3}`,
        'هددني', 'يهددني', 'بيهددني', 'كيهددني', 'تهديد', 'تهديدات', 'قال (?:انه )?(?:رح|راح|ح|غادي)', 'حلف', 'بيحلف', 'اذا (?:تركته|طلقت|طلبت الطلاق|هربت|اشتكيت|حكيت|خبرت)', 'ياخد (?:الولاد|ولادي|الاولاد)', 'يحرمني من', 'يسفرني', 'يرجعني للبلد',
        'يلغي (?:اقامتي|الاقامه)', 'اقامتي (?:مربوطه|متعلقه) (?:فيه|بيه|به)', 'رح تندمي', 'رح تندم', 'غادي تندمي'],
      // A child in distress, a neighbour who hears.
      ['(?:بيعيط|بيبكي|بيصرخ|عم يعيط|عم يبكي|عم يصرخ|بتعيط|بتبكي|بتصرخ|كيبكي|كيغوت|كتغوت)', 'صراخ', 'صريخ', 'عياط', 'صوت (?:ضرب|خبط|تكسير)', 'خبط (?:على|ع) (?:ال)?(?:حيط|باب)', 'من ورا (?:ال)?حيط', 'عند الجيران'],
    ],
    emergency: [
      ['ما (?:بيفتح|عم يفتح|فتح|بتفتح|يفتح) (?:ال)?باب', 'ما (?:حدا|حد) (?:بيفتح|فتح|رد|بيرد|يرد|يفتح)', `(?:ما|مش|م)\\s?(?:طلع|خرج|نزل|بان|ظهر)(?:ش)?(?: من (?:بيته|بيتها|داره|دارها|الدار|البيت|شقته|شقتها))?`, 'محدش (?:بيفتح|فتح|رد)', 'تلفون(?:ه|ها|و) (?:مسكر|مقفول|مطفي|طافي)', 'ما (?:كيحلش|كتحلش|كيجاوبش|كتجاوبش)', 'ما عم (?:يرد|ترد)', 'ما (?:بيرد|بترد)', 'مش (?:بيرد|بترد)'],
      [// "Since the days of the war" (من أيام الحرب) is a time of life, not days unseen.
        'من (?:ايام(?! (?:ال|زمان|زمن)\\p{L}*)|يومين|اسبوع|امبارح|البارحه|مبارح)', '(?:من )?(?:\\p{N}+|تلات|ثلاث|ثلاثه|تلاته|اربع|اربعه|خمس|كم|عده) (?:ايام|تيام|اسابيع)', 'صار(?:لو|لها|لي|لنا) (?:ايام|يومين|اسبوع|كم يوم)', 'بقال(?:و|ها) (?:ايام|يومين|اسبوع)', 'هادي (?:ايام|يومين|سيمانه|جمعه)', 'منذ (?:ايام|يومين|اسبوع)', 'طول الليل', 'من الصبح'],
      ['ريحه (?:غريبه|كريهه|وحشه|بشعه|خايبه|عفنه|قويه|خانزه|منتنه|زفره)', `[وف]?(?:ال)?(?:بريد|بوسطه|رسايل|جرايد) (?:متراكم|متراكمه|متكوم|متكومه|مكوم|مكومه|متكدس|مكدس|معمر|معمره|عامر|عامره|مليان|مليانه)`, 'دخان', 'غاز', 'بريد (?:متراكم|متكدس|مكدس|مليان)', 'رسايل (?:متراكمه|متكدسه|مكدسه|برا الباب|على الباب|عالباب|قدام الباب)', 'صندوق (?:ال)?(?:بريد|رسايل|بوسطه) (?:مليان|معبي|معبا)', 'جرايد (?:قدام|على|ع) (?:ال)?باب', 'الستاير (?:مسكره|مسدله)', 'النور (?:شاعل|مولع|والع)', 'الضو (?:شاعل|مولع)'],
      ['ازرق', 'ازرقت', 'ما (?:بيتحرك|عم يتحرك|كيتحركش)', 'مش بيتحرك', 'يرجف', 'بيرجف', 'ترجف', 'بترجف', 'تشنج', 'صرع', 'مصفر', 'مصفره', 'عرقان', 'عرقانه', 'دايخ', 'دايخه', 'دوخه', 'وقع', 'وقعت', 'طاح', 'طاحت', 'دم', 'بيستفرغ', 'يستفرغ', 'تستفرغ', 'سخن', 'حرارته', 'حرارتها',
        '(?:ما|مش) (?:بيحكي|عم يحكي)', 'كلامه (?:ثقيل|غريب|مش مفهوم)', 'وجع (?:ب|في )?(?:ال)?صدر', 'ضيق (?:ب|في )?(?:ال)?(?:نفس|تنفس)'],
      ['كبير(?:ه)? (?:في|ب|بال)\\s?(?:ال)?(?:سن|عمر)', '(?:ال)?(?:عجوز|عجوزه|مسن|مسنه|ختيار|ختياره|شيباني|شيبانيه)', 'عمر(?:ه|ها|و) [6789]\\d', '(?:عمر(?:ه|ها|و)|عنده|عندها) [٦٧٨٩6789][٠-٩0-9](?: (?:سنه|عام|سنين))?', '(?:عايش|عايشه|ساكن|ساكنه) (?:لحال|لوحد|بوحد)\\p{L}*', 'سكري', 'مريض(?:ه)? (?:ب)?(?:ال)?قلب', 'زهايمر', 'خرف', 'رضيع', 'بيبي', 'البيبي', 'طفل صغير', 'حامل', 'كرسي متحرك'],
      // Not the times or the prescription of a medicine (ينسى مواعيد الدواء): forgetting them is no substance taken.
      [`(?<!(?:مواعيد|موعد|ميعاد|وقت|اوقات|وصفه|روشته|روشيته) )${pills}`, 'شرب كثير', 'سكران', 'سكرانه', 'مخدرات', 'حشيش', 'كوكايين', 'هيروين', 'جرعه', 'كحول', 'ويسكي', 'بيره', 'كبتاغون', 'xtc', 'ghb'],
    ],
  },
  figurative: [
    ...round13A.figurative,
    // Longing, boredom or homesickness "killed me" (قتلني الحنين لأهلي): a feeling, not a blow.
    // "Will kill me if I don't bring the bread, the charger back, if they learn my marks" and "kills me with the money": errands, marks and prices.
    `\\p{L}{0,4}قتل(?:ني|وني|نا|ك|كي) (?:اذا|لو|ازا|ان) ${G(6)}(?:ال)?(?:خبز|عيش|شاحن|شارجر|علامه|علامات|علاماتي|درجات|درجاتي|رياضيات|بالرياضيات|امتحان|نتيجه|ريموت|سماعات|سماعاتي)(?!\\p{L})`,
    `\\p{L}{0,4}قتل(?:ني|نا|تني) (?:ب|بال)(?:فلوس|مصاري|اسعار|غلاء|ايجار|فواتير)`,
    `(?:[ty]9t[ae]?lni|[ty]qt[ae]?lni|[ty]9tlouni) ${G(6)}(?:lkhobz|khobz|lkhubz|chargeur|charger|nota|notes|examen|brieven|lbrieven|lwra9|lwara9|papiers|factures)`, `(?:lgemeente|gemeente|lbaladiya|lwra9|lbrieven|brieven|nederlands|examen)\\p{L}* ${G(3)}(?:ghadi |gha |rah )?[ty]9t[ae]?lni`,
    // "I'll kill you" shouted at a game (Fortnite, the PlayStation).
    `(?:فورتنايت|fortnite|البلي ستيشن|بلي ستيشن|بلايستيشن|البلايستيشن|playstation|minecraft|roblox|fifa)\\p{L}* ${G(6)}\\S*(?:قتل|qtl|9tl|9tel|qtel)\\S*`,
    // "I don't want him to live this fear": a wish for a child, not about oneself.
    `(?:ما|مش|مو) (?:بدي|بدنا|اريد|بغيت|ابغي|ابي|عايز|عايزه|حابب|حابه) (?:ياه|اياه|ياها|اياها|ياهم|اياهم|ولادي|اولادي|ابني|بنتي) (?:ي|ت|ن)?عيش\\p{L}{0,2}`,
    // Series, stories or a school project about suicide: a topic.
    `(?:قصص|قصه|مسلسل\\p{L}*|فيلم|افلام|فيديو\\p{L}*|كتاب|مقال|برنامج|محاضره|ورشه|مشروع|بحث) ${G(2)}(?:عن|حول|بخصوص) (?:ال)?انتحار`,
    `\\p{L}{0,2}قتل(?:ني|تني|نا|تنا) (?:ال)?(?:حنين|شوق|اشتياق|ملل|زهق|فضول|غربه|وحده|وحشه|برد|حر|جوع|عطش|ضحك|انتظار)(?!\\p{L})`,
    // "I am not thinking of hurting myself" (مش مفكر اأذي حالي ولا شي).
    `(?:مش|مو|ما|ماني|مانيش|مب|لست) (?:مفكر|مفكره|بفكر|عم فكر|ناوي|ناويه|كنفكر|نفكر|افكر) ${G(1)}(?:ان |اني |باش |ل)?\\p{L}{0,2}(?:اذي|اذى|قتل|نتحر|ضر)\\p{L}{0,2}(?: ${selfOnly})?`,
    // The Dutch language, an exam or homework "will kill me" (الهولندي ده حيكتلني).
    `(?:ال)?(?:هولندي|هولنديه|لغه|اللغه|امتحان|امتحانات|الامتحان|الامتحانات|المدرسه|الواجب|الواجبات|الدراسه|النحو|القواعد)\\p{L}{0,2} ${G(2)}(?:ح|ه|رح |راح |بي|عم |غادي )?(?:يكتل|يقتل|تقتل|تكتل|يموت|تموت|يجنن|تجنن)(?:ني|نا)`,
    // Darija: the bureaucracy or the papers 'will kill me'.
    `(?:bureaucrac\\p{L}*|biro9rati\\p{L}*|lwra9|lwara9|l7okoma|lbaladiya|gemeente|belasting\\p{L}*|l5edma|lkhedma|l9raya|lmadrasa|sta3jil) ${G(2)}(?:ghadi |gha |bghat |bgha )?(?:t9tlni|y9tlni|t9telni|y9telni)`,
    // Messages or questions that "kill me" (el landlord 3am yi2tolni bel rasayel); a relative's stroke that is the reason for care, not now.
    `\\p{L}{0,3}(?:2|q|9|k|g)t[aeiou]?l(?:ni|na|ny) (?:bel|bl|b|bi|bil|men|mn|fi|f) ?(?:el |l ?)?(?:rasayel|rasa2el|risayel|messages|msgs|as2ile|as2ele|kalam|7aki|mashakel|fawater|fatura|fatoura|factura|talabat|dawshe|ta3ab|shighel|shoghl|mawa3id)`,
    `(?:landlord|verhuurder|huisbaas|boss|baas|manager|chef|modir|mudir|mo2ajjer)\\p{L}* ${G(2)}(?:y|yi|bi|by|t|bt|ka|ky|kay)?(?:2|q|9|k|g)t[aeiou]?l(?:ni|na|ny)`,
    `\\p{L}{0,3}قتل(?:ني|نا) (?:بال|ب)(?:رسايل|رسائل|مسجات|اسئله|حكي|كلام|طلبات|فواتير|مواعيد|شغل)`,
    `(?:اللي|يلي|الي|التي|الذي|لي) (?:صارت|صار|جاتها|جاته|اجتها|اجته|عندها|عنده|عملت|عمل|اصيبت|اصيب|كانت|كان|صابتها|صابته) ${G(1)}(?:معها|معه|معو|عندها|عنده|الها|الو|لها|له)?\\s?(?:جلطه|سكته|جلطات)(?! (?:هلق|هلا|الان|هسه|هسا|دلوقتي|توا|دابا|الحين|قبل شوي|من شوي|اليوم|الليله|حالا|مبارح|امبارح|البارحه))`,
    // "Not yet hit me" (لم يضربني حتى الآن): fear of a blow to come is asked about, not a blow told.
    'لم (?:ي|ت)(?:ضرب|صفع|لطم|رفس)(?:ني|نا|ها|هم)',
    // Tunisian/Libyan "يتعدّى عليه" is to drop by him, not to assault him.
    `(?:فما|فماش|ما فما|كان فما|مافما|فيه|ثمه|ثمة) (?:حد|حدا|شكون|واحد|حدش) (?:ي|ن|ت)تعد[يا] (?:عليه|عليها|علينا|عليا|عليهم|عليو)`,
    // Work, study, debts "killing me" in arabizi (el shighel 3am y2tolni).
    `(?:el |l |al )?(?:shighel|shighl|shoghl|shogl|shughl|shughul|shegl|shoghol|5edma|khedma|khidma|dars|drase|dirase|ta3ab|dyoun|duyun|fawater|ghorbe|ghurba|imti7an\\p{L}*|exam\\p{L}*|werk|school) ${G(1)}(?:3am |ra7 |ha |gha |ghadi )?(?:y|bi|by|t|bt|ka|ky|kay)?(?:2|q|9|k|g)t[aeiou]?l(?:ni|na|ny)`,
    // A fire heard about (سمعتوا عن الحريق): news, not a fire now.
    `(?:سمعت|سمعتو|سمعتوا|سمعتم|سمعتي|شفتو|شفتوا|قريتو|قريت|قرات)\\p{L}{0,2} (?:عن|بال|ب) ?(?:ال)?حريق\\p{L}{0,2}`,
    // A hand never raised ("ما بيمد ايده علي", "مبيمدش ايده"), a blow denied with the negation glued on ("مبيضربنيش").
    `(?:ما|مش|مو|م|عمره ما|عمرو ما|عمرها ما|ابدا ما|ولا مره|ماعمره)\\s?${G(1)}\\p{L}{0,2}مد\\p{L}{0,3} (?:ايده|يده|ايدو|ايديه|يدو|ايدها|يدها) (?:علي|عليا|علينا|عليها|عليي|عليه|على \\p{L}+)`, `ما?(?:بي|كي|بت|كت|ي|ت)(?:ضرب|لطش|صفع|مد)\\p{L}{0,3}ش`,
    `(?:ما|مش|مو|machi|mashi|3omro|omro) ${G(1)}(?:y|by|bi|b|ky|kay|ka|ta|tay|t|n|bt|bit|ye|yi|kat|tat|kan)?d{1,2}[aeiou]?r[aeiou]?b\\p{L}*`,
    // Someone else's death in the news or long ago: read, heard, an anniversary.
    `(?:قرات|قريت|سمعت|شفت|شاهدت|تابعت|نشر|نشرت|نشرو|كتبو|ذكرت|قالو|اعلنت)\\p{L}{0,2} ${G(6)}(?:شاب|شابا|شابه|رجل|رجلا|امراه|سيده|بنت|ولد|طالب|طالبه|واحد|وحده|شخص|شخصا|مراهق|مراهقه|جار|جاره|لاجئ|لاجئه|لاجي|لاجئا|ام|اب|ممثل|مغني|لاعب)\\p{L}{0,2} ${G(3)}(?:انهي|انهت|انتحر|انتحرت|قتل نفسه|قتلت نفسها|رمي نفسه|رمت نفسها|شنق نفسه|شنقت نفسها|مات|ماتت)\\p{L}{0,2}(?: (?:حياته|حياتها|انتحارا))?`,
    `(?:ذكري|سنويه|الذكري السنويه|ذكرى)\\p{L}{0,2} ${G(4)}(?:انتحار|وفاه|موت|رحيل)\\p{L}{0,3}`,
    // Turkish "intihar" with a Turkish verb or case is read by the Turkish lexicon, not as arabizi.
    `\\p{L}{0,2}intihar\\p{L}{0,3} ${G(2)}(?:dusun\\p{L}*|et\\p{L}*|ed\\p{L}*|girisim\\p{L}*|haber\\p{L}*|hakkinda|uzerine|sonucu|olan|konu\\p{L}*|onleme\\p{L}*|hatti\\p{L}*)`, `(?:hayir|asla|hic|kesinlikle|yok) ${G(1)}intihar\\p{L}*`,
    `(?:الفاتوره|الفواتير|الكهربا|الكهرباء|الاجار|الشغل|المدرسه) ${G(2)}(?:رح |راح |س|ح )?[يت]?قتلني`,
    `(?:سا|س|رح |راح )?اقتل\\p{L}* ${G(4)}(?:امزح|بمزح|بهزر|نمزح|مزح)`, `(?:السكري|السكر|الضغط|التدخين|الاكل|الشغل|الدراسه|الامتحانات) ${G(1)}(?:س|رح |راح )?[يت]?قتلني`,
    `ضرب(?:ني|تني|ه|ها) ${G(1)}(?:البرد|الشمس|الزكام|الكريب|الرشح)`, `[يت]?هدد\\p{L}* ${G(2)}(?:انه |انو |بانه )?(?:رح |راح |سوف |ح )?(?:يشتكي|يبلغ|يتصل|يطلعني|يطردني|يرفع)`,
    // Turkish writes 'intihar' too: its negated and school uses are not an arabizi statement.
    `intihar ${G(2)}(?:falan |filan )?(?:dusunmuyorum|dusunmedim|dusunmem|etmem|etmeyi|etmeyecegim|onleme\\p{L}*|hakkinda)`,
    // Dying of laughter, hunger, boredom; "I die for you" is love; a phone or a battery that died.
    `\\p{L}{0,3}(?:موت|ميت|ميته|مت|متت|قتل|فطس|فطست|طق|طقيت)\\p{L}{0,3} (?:من |م )?(?:ال|بال|فال|مال|ب|ف)?(?:ضحك|جوع|تعب|برد|حر|شوق|ملل|زهق|نوم|نعاس|عطش|فضول|غيره|سخانه|صهد|فرح|فرحه)\\p{L}{0,2}`,
    `\\p{L}{0,3}موت\\p{L}{0,2} (?:فيك|فيكي|فيكم|فيها|فيه|فيهم|عليك|عليكي|عليكم|عليها|عليه|عليهم)`,
    `(?:تلفون|تليفون|موبايل|جوال|هاتف|بطاري|شحن|لابتوب|كمبيوتر|بورطابل|النت|الواي فاي|الانترنت)\\p{L}{0,3} ${G(1)}(?:مات|ماتت|ميت|ميته|طافي|فاصل|خربان)`,
    // Work, debts, the heat "kill me"; killing time, germs; suicide attacks in the news.
    `(?:ال|هال|هاد ال|هاي ال|هذا ال|هذه ال)?(?:شغل|عمل|خدمه|ديون|فواتير|دراسه|مدرسه|بيروقراطيه|بلديه|امتحانات|امتحان|حر|برد|روتين|انتظار|اوراق|ورق|ضرايب|ضرائب|كرا|ايجار|غلا|زحمه|مواصلات|صداع|وجع|شوق|ملل|ضغط|غربه|ولاد|اولاد|ind|لم الشمل|اقامه|معامله|طابور)\\p{L}{0,2} ${G(2)}(?:رح |راح |ح |ه |غادي |بدها |بدو )?\\p{L}{0,3}(?:قتل|قاتل|كتل|كاتل|موت|ذبح|ذابح|دبح|دابح|جنن|مجنن|هلك|مهلك)\\p{L}{0,4}`,
    `\\p{L}{0,3}(?:قتل|قاتل|كتل|كاتل|موت|ذبح|ذابح|دبح|دابح|هلك|مهلك)\\p{L}{0,4} (?:ال|هال)?(?:شغل|خدمه|ديون|فواتير|دراسه|امتحانات|حر|برد|روتين|انتظار|صداع|وجع|شوق|ملل|ضغط|غربه|ولاد|اولاد)`,
    `\\p{L}{0,3}قتل\\p{L}{0,3} ${self} ${G(1)}(?:ب|في|ف|من|عال)\\s?(?:ال)?(?:شغل|دراسه|رياضه|جيم|تمرين|مذاكره|تنظيف|خدمه|قرايه|ضحك|اكل)`, 'قتل (?:ال)?وقت',
    `\\p{L}{0,3}قتل\\p{L}{0,2} (?:ال)?(?:جراثيم|بكتيريا|حشرات|صراصير|فيروسات|ناموس|بق|قمل)`, `(?:ال)?(?:فيلم|مسلسل|فيديو|برنامج|كتاب|مقال|خبر|اخبار|درس|محاضره|بحث|حلقه|بوست|وثائقي)\\p{L}{0,2} ${G(2)}(?:عن|حول|على|فيه|فيها|فيو) (?:ال)?(?:انتحار|عنف|اغتصاب|تحرش)\\p{L}*`,
    // A series or film in which someone hits or kills (مسلسل فيه الزوج بيضرب مرته): what was watched, not what happens at home.
    `(?:ال)?(?:فيلم|مسلسل|فيديو|حلقه|وثائقي|كرتون|لعبه)\\p{L}{0,2} ${G(2)}(?:عن|فيه|فيها|فيو|كان فيه|كان فيها) ${G(3)}(?:ي|بي|كي|ت|بت|كت)?(?:ضرب|قتل|عنف|خنق|ينتحر|انتحر)(?:ها|ه|هم|و|ت)?`, `(?:هجوم|تفجير|عمليه|حزام|عمليات|تفجيرات|هجمات)\\p{L}{0,2} انتحاري\\p{L}{0,2}`,
    // Hit by the cold, the sun, an injection, a ball; children who fight while playing.
    '\\p{L}{0,3}ضرب\\p{L}{0,3} (?:ال)?(?:برد|شمس|هوا|زكام|رشح|كورونا|فيروس|حنين|شوق|نعس|ابره|ابر|حقنه|فاكسين|لقاح|مصل|تلفون|مسج|رنه|موعد|كوره|طابه|بالون|جرس|زمور|كلاكس|بوري|عرض الحيط|عرض الحائط|مثل|رقم|ارقام|بصمه)',
    `(?:الولاد|الاولاد|الاطفال|العيال|الدراري|الصغار|ولادي|اولادي|اخواتي|البزوره) ${G(2)}\\p{L}{0,3}(?:ضرب|تضارب|اتضارب|تخانق|تعارك|تدابز|دابز)\\p{L}{0,3} (?:بعض|بعضهم|مع بعض)(?! ${G(4)}(?:دم|بينزف|مستشفي|سكين|موس))`,
    // Said not to be so: he never hit me, I never thought of suicide, I don't want to die.
    `(?<!(?:كل|بعد|قبل|اول|زي|مثل|متل|حسب|من|عند|وقت|كيف|بس|لو) )(?:ما|مش|مو|عمره ما|عمرو ما|عمرها ما|ابدا ما|ولا مره|ما عمره|ماعمره|عمري ما|ما عمري) ${G(1)}\\p{L}{0,3}(?:ضرب|لطش|صفع|لطم)\\p{L}{0,4}`,
    'لا (?:ي|ت)ضرب(?:ني|نا|ها)', `(?:ما|مش|مو|عمره ما|عمرو ما|ابدا ما) ${G(1)}مد (?:ايده|يده|ايدو) (?:علي|عليا|علينا|عليها)`,
    `(?<!(?:كل|بعد|قبل) )(?:عمري ما|ما عمري|ما|مش|مو|لا|لم|ابدا ما|ولا مره|ماعمري) ${G(1)}(?:فكرت|افكر|بفكر|كنفكر|نفكر|خطر|فكر)\\p{L}{0,3} ${G(1)}(?:ب|في|ف|بال|فال|على|ع)?\\s?(?:ال)?(?:انتحار|انتحر|ا?(?:اذي|اوذي|وذي) (?:نفسي|حالي|روحي|راسي)|اذيه نفسي|ايذاء نفسي|اقتل نفسي|اقتل حالي|انهي حياتي|موت)`,
    `(?:ما|مش|مو|لا|لن|عمري ما|ابدا ما|مستحيل) ${G(1)}(?:رح |راح |ح |ه |غادي |غا |بدي |ناوي |نويت )?(?:انتحر|نتحر|اقتل (?:نفسي|حالي|روحي|راسي)|نقتل (?:نفسي|راسي)|اذي (?:نفسي|حالي)|اوذي (?:نفسي|حالي)|اعمل شي بحالي|اعمل شي بنفسي|ندير شي فراسي)`,
    `(?:ما|مش|مو|ما عندي|ماعندي|معنديش|بدون|لا يوجد|ما في|مافي) ${G(1)}(?:افكار|تفكير|نيه)\\s?(?:انتحاري\\p{L}*|ب(?:ال)?انتحار|انتحار|اني انتحر|اذي نفسي)`,
    `(?:ما|مش|مو|لا) ${G(1)}${want}\\p{L}{0,2} (?:ان |اني )?(?:اموت|نموت|موت)(?! (?:بس|لكن|ولكن))`,
    `(?:مش|ما|مو|م) ${G(1)}(?:قادر|قادره|بقدر|نقدر)\\s?(?:ا|ن)تنفس ${G(1)}(?:من|م)\\s?(?:ال|هال)?(?:ضغط|شغل|ديون|هم|زحمه|مشاكل|توتر|ستريس|قهر|حر|ريحه|غبره)`,
    // Told as long past, with nothing pointing to now.
    `(?:لما كنت صغير|لما كنت صغيره|وانا صغير|وانا صغيره|في طفولتي|بطفولتي|ملي كنت صغير|ملي كنت صغيره|قبل سنين|قبل سنوات|لما كنت طفل|لما كنت طفله) ${G(5)}\\p{L}{0,3}ضرب\\p{L}{0,4}(?! ${G(5)}(?:لسا|لسه|مازال|ما زال|باقي|لحد|حتي الان|هلا كمان|هلق كمان|رجع|عاود|من جديد|دابا))`,
    // A form, papers or the tax office that "will kill me"; a fire seen in the news.
    `(?:استماره|الاستماره|استمارات|فورم|الفورم|formulier|معامله|المعامله|اوراق|الاوراق|ورق|الورق|رسايل|الرسايل|البلديه|الضرايب|belastingdienst|gemeente)\\p{L}{0,2} ${G(5)}(?:رح |راح |ح |ه |غادي |بدها |بدو )?\\p{L}{0,3}(?:قتل|ذبح|دبح|جنن)(?:ني|نا)`,
    `(?:اخبار|الاخبار|بالاخبار|خبر|الخبر|تلفزيون|التلفزيون|بالتلفزيون|فيسبوك|نشره|النشره|الجريده)\\p{L}{0,2} ${G(3)}(?:عن )?\\p{L}{0,3}حريق\\p{L}{0,2}`,
    // A toddler who "kills me with his crying"; debts that "strangle me".
    `\\p{L}{0,3}(?:قتل|ذبح|دبح)(?:ني|نا) ${G(1)}(?:ب|بال)\\s?(?:عياط|بكا|صراخ|صياح|زن|نق|اسئله|ضحك)\\p{L}*`, `(?:ال)?(?:ديون|فواتير|هم|غربه|شغل|ضغط|كرا|ايجار)\\p{L}{0,2} ${G(1)}\\p{L}{0,2}خنق(?:ني|تني|تنا|نا)`,
    // Teen hyperbole: bad grades, a series, a lost match "will kill me"; a threat with a condition and a laugh.
    `(?:cijfers|rapport|notes|نقط|نقاط|النقط|النقاط|علامات|العلامات|علاماتي|الشهاده|كارني|karne|bulletin|نتايج|نتائج|النتيجه|toets|toetsen|examen|امتحان|الامتحان|exam)\\p{L}* ${G(8)}(?:ghadi |gha |rah |ra7 |7a |ha |رح |راح |غادي |ح |ه )?\\p{L}{0,4}(?:qtl|9tl|2tl|ktl|qetl|9etl|ذبح|دبح|قتل)(?:ni|na|ني|نا)`,
    `(?:اذا|لو|ازا|ila|ida|iza|ila ma|law) ${G(10)}\\p{L}{0,4}(?:ذبح|دبح|قتل|qtl|9tl|2tl)(?:ني|نا|ni|na) haha\\p{L}*`,
    `(?:serie|series|film|فيلم|مسلسل|الفيلم|المسلسل|game|لعبه|netflix|انمي|anime)\\p{L}* ${G(8)}(?:ghadi |gha |rah |ra7 |رح |غادي )?\\p{L}{0,4}(?:qtl|9tl|2tl|ktl|قتل)(?:ni|na|ني|نا)`,
    `(?:ماتش|الماتش|مباراه|المباراه|الاهلي|الزمالك|الهلال|النصر|الاتحاد|الوداد|الرجاء|الترجي|برشلونه|الريال|ريال|الفريق|فريق|المنتخب|بارسا|ليفربول)\\p{L}{0,2} ${G(3)}\\p{L}{0,2}(?:دبح|ذبح|ضرب|قتل|كسح|بهدل|سحق|غلب)(?:نا|ونا|ني|وني)`,
    // A school project or a video about suicide; an office that does not answer the phone; iron or vitamin pills; forgotten or finished pills.
    `(?:project|projet|werkstuk|presentatie|spreekbeurt|opdracht|مشروع|بحث|عرض|فيديو|video)\\p{L}* ${G(6)}\\p{L}{0,3}(?:nt[aei]?h[aei]r|nt[aei]?7[aei]?r|نتحار)\\p{L}*`,
    `(?:\\p{L}*huisarts\\p{L}*|gemeente|dokter|(?:ال)?(?:دكتور|دكتوره|طبيب|طبيبه|عياده|بلديه|حكيم|مكتب|شركه)) ${G(2)}(?:ما|مش|مو|م)\\s?(?:بيرد|بترد|يرد|ترد|عم يرد|عم ترد|رد|ردو|ردت|بيردو|كيجاوب|جاوب)\\p{L}{0,2}`,
    '(?:حبوب|حبه|اقراص|كبسولات) (?:ال)?(?:حديد|فيتامين|فيتامينات|منع (?:ال)?حمل|كالسيوم|اوميغا|فوليك)',
    `و?(?:تنسي|بتنسي|ينسي|بينسي|نسيت|نسي|نست|كتنسا|كينسا|كتنسي)\\p{L}{0,2} ${G(2)}${pills}`, `${pills} ${G(1)}(?:خلص|خلصت|خلصو|كملت|كمل|سالا|سالات)`,
    // Fire safety, a stroke "I will get" from a bill, an old stroke or fire.
    `(?:ا?طفايه|مطفاه|مخرج|انذار|جرس|كاشف|حساس|تامين|رجال|سلم|باب|تمرين|تدريب|ضد)\\p{L}{0,2} (?:ال)?(?:حريق|دخان)\\p{L}{0,2}`,
    // A fire asked about as a possibility (اذا صار حريق): a question, not a fire now.
    `(?:اذا|لو|ازا|في حال|كان) (?:\\S+ )?(?:صار|صارت|شب|شبت|حصل|حصلت|وقع|ولع|كان)\\p{L}{0,2} (?:ال)?حريق\\p{L}{0,2}`,
    `(?:رح|راح|ح|ه|كانت رح|كنت رح|قربت|كاد|كادت|شوي و|بدها|بدو|غادي|جابتلي|جابلي|هتجيلي|حتجيني|بتجيني|رح تجيني)\\s?${G(1)}(?:جلطه|سكته)`,
    `(?:جلطه|سكته|ذبحه صدريه|نوبه قلبيه|ازمه قلبيه) ${G(3)}(?:ال)?(?:سنه|سنتين|سنين|سنوات|زمان|ماضي|شهور|اشهر|عام|شهر)(?: (?:الماضي|الماضيه|اللي فاتت|اللي فات|الي فات|الفايت|الفايته))?`, `(?:بعد|من بعد|بسبب|من وقت) (?:ال|ما جاته |ما جاتها )?(?:جلطه|سكته|نوبه قلبيه|حريق)`,
  ],
  past: {
    past: ['الاسبوع الماضي', `(?:السنه|العام|الشهر) (?:الفاتت|اللي فاتت|الي فاتت|الماضيه|الماضي|اللي راحت|اللي فات)`, `(?:كنت|كنا) (?:بدي|بدنا|ابي|اريد|ودي|بغيت|عايز|عايزه|حابب|حابه) ${G(1)}(?:ان )?(?:موت|اموت|انتحر)`, `(?:كان|جان|كانت|جانت) ${G(3)}زمان`, 'الشهر الماضي', 'من زمان', 'من (?:\\S+ )?(?:سنين|سنوات)', 'قبل (?:\\d+ )?(?:سنين|سنوات|سنه|سنتين|شهور|اشهر|شهرين|زمان)', 'قبل (?:\\S+ ){1,2}(?:سنين|سنوات|سنه|عام|اعوام)', 'لما كنت (?:صغير|صغيره|طفل|طفله|ولد|بنت|بالبلد|في البلد|\\d+)', 'وانا (?:صغير|صغيره)', 'ملي كنت (?:صغير|صغيره)', '(?:في|ب)طفولتي', 'في الماضي', 'بالماضي', 'زمان لما', 'زمان (?:في|ب|كان|كانو|كنت|كنا|ايام)', '(?:في |ايام |وقت |خلال |زمن )?(?:ال|بال|فال)حرب', 'السنه الماضيه', 'العام الماضي', 'السنه اللي فاتت',
      // At one time (Darija "f wa7ed lwe9t"), a period of one's life; "كان ... يضربني" (used to hit me), not "كان عم يضربني" (was hitting me).
      `(?:ف|في|ب)\\s?واحد (?:ال)?(?:وقت|فتره|مرحله)`, `(?:فواحد|بواحد) (?:ال)?(?:وقت|فتره|مرحله)`, `(?:في|ب|ف)\\s?(?:ال)?وقت من (?:ال)?(?:اوقات|حياتي|عمري)`, `(?:في|ب|ف) (?:فتره|مرحله) (?:من (?:حياتي|عمري|الفترات)|كنت)`, `مرت (?:علي|عليا|عليي) فتره`,
      `(?:كان|كانت|جان|جانت|كانو|كانوا) (?:(?!عم |قاعد |هلق |هلا |الحين |هسه |دابا )\\S+ ){0,3}?(?:ي|بي|كي|ت|بت|كت)(?:ضرب|عنف|هدد|لطش|اذي|حبس|قفل|كتل|جرح|شرط)\\p{L}{0,3}`],
    present: ['و?لسا', 'و?لسه', 'و?لساتو', 'و?مازال', 'و?ما زال', 'و?مازالت', 'و?لا يزال', 'و?لا زال', 'و?(?:باقي (?:كي|كت|كن|ي|ت)\\p{L}+)', 'و?(?:لحد (?:هلا|هلق|الان|اليوم|دلوقتي|هسه|دابا|الحين))', 'و?(?:حتي (?:الان|اليوم|هلا))', 'و?(?:(?:هلا|هلق|دلوقتي|دابا|الحين|هسه|الان|حاليا) (?:كمان|برضو|بعد|ايضا|رجع|رجعت))',
      'و?(?:رجع (?:ي|بي|كي)\\p{L}+)', 'و?(?:رجعت (?:ت|بت|كت)\\p{L}+)', 'و?عاود', 'و?من جديد', 'و?(?:مره (?:ثانيه|تانيه|اخري))', 'و?امبارح', 'و?البارحه', 'و?مبارح', 'و?الليله', 'و?اليوم', 'و?هالاسبوع', 'و?هاد الاسبوع', 'و?هذا الاسبوع', 'و?كل يوم', 'و?كل ليله', 'قبل شوي', 'من شوي', 'قبل ساعه', 'من ساعه'],
    resolved: [...round13A.resolved, 'مطلقه', `(?:اتعالج|تعالج|تعافي|اتعافي|تعافت|اتعافت|اتعالجت) ${G(1)}و?(?:رجع|رجعت) \\p{L}{0,2}(?:شغل|جامع|مدرس|دراس|حيات)\\p{L}*`, `و?(?:هسي|هسع|هسا|توا) ${G(1)}(?:اتعالج|تعالج|تعافي|اتعافي|منيح|كويس|بخير|زين|احسن)\\p{L}*`, 'مطلق', 'طلقت', 'اطلقت', 'اتطلقت', `(?:اعيش|عايشه|عايش|نعيش|وعايشه|واعيش) ${G(3)}(?:ب|في |بكل )?(?:سلام|امان|هدوء|راحه)`, 'متوفي', 'متوفيه', 'الله يرحمه', 'الله يرحمها', `و?(?:الحمد ?لله|هلا|هلق|دلوقتي|دابا|الحين|هسه|الان) ${G(2)}(?:منيح|منيحه|كويس|كويسه|بخير|مليح|مليحه|زين|زينه|تمام|احسن|لاباس|مرتاح|مرتاحه|بامان|في امان|مزيان|مزيانه)`, 'صار (?:ورايا|وراي|ورائي)', `(?:هذا|هاد|هادا|هاي|هذه|هادشي|كل هذا|كل هاد|كلو|كله|القصه|الموضوع) ${G(1)}(?:انتهي|انتهت|خلص|خلصت|مضي|فات|ولي|راح)(?! \\p{L}*(?:رجع|عاد))`, 'ورايا', 'تجاوزت(?:ه|ها)?', 'تخطيت(?:ه|ها)?', 'انفصلت', 'انفصلنا', 'ما حدا تاذي', 'ما حدا اتاذي', 'محدا تاذي', 'تطلقت', `خلصت ${G(1)}(?:القصه|قصه|الموضوع)`, 'اطلقت', 'هربت منه', 'تعالجت', '(?:اخدت|خذيت|اخذت) مساعده'],
  },
  jokes: ['haha\\p{L}*', 'ههه\\p{L}*', 'hh', 'hhh\\p{L}*', 'بمزح', 'امزح', 'بهزر', 'كنت بمزح', 'mzah',
    // Said laughing ("بس عم يضحك وهو عم يحكي"): a threat told as a laugh is asked about.
    '(?:عم |كان |وهو |وهي )?(?:يضحك|يمزح|يهزر|تضحك|تمزح|بيضحك|بيمزح|بتضحك) (?:وهو|وهي|لما|وقت ما) (?:عم |كان )?\\p{L}{0,3}(?:حكي|قول|قال|تكلم|حكا)\\p{L}{0,2}'],
  bystander: [
    '(?:[ولب]|ال)?(?:جار|جاري|جارتي|جارنا|جارتنا|جاره|جيران|جيراني|جيرانا|جيراننا)', 'الجيران',
    '(?:ابن|بنت|ولد|ولاد|اولاد|اطفال|طفل|مرت|زوج|جوز|مرا) (?:ال)?(?:جيران|جار|جاره|جارتي|جاري|جارنا|صاحبتي|صاحبي|صديقتي|صديقي|زميلي|زميلتي|اختي|اخوي|اخي|خالتي|عمتي|عمي|خالي|بنتي)',
    '(?:صديقتي|صاحبتي|صديقه لي|صديق لي|واحد صاحبي|وحده صاحبتي|وحده من صاحباتي|واحد من اصحابي|رفيقي|رفيقتي|زميلي|زميلتي|زميل|زميله|واحد بالشغل|وحده بالشغل)',
    '(?:واحد|وحده|ولد|بنت|طفل|طفله|شب|صبيه|مره|رجل|راجل) (?:ب|في|ف|من)\\s?(?:ال)?(?:صف|صفي|مدرسه|مدرستي|حي|حارتنا|حارتي|حاره|شارع|شارعنا|عمارتنا|بنايه|بنايتنا|شغل|شغلي|جامع|مسجد|فصل)',
    '(?:ابني|بنتي|ولدي|اخوي|اخي|اختي|امي|ابوي|جدي|جدتي|ستي|تيتا|خالي|عمي|خالتي|عمتي) (?:بدو|بدها|بيقول|بتقول|قال|قالت|بيحكي|بتحكي|كيقول|كتقول|يقول|تقول|يحكي|تحكي|كتب|كتبت|بيكتب|بتكتب|عم يحكي|عم تحكي|كيهضر|كتهضر|بغا|بغات|حاول|حاولت|بيجرح|بتجرح|جرح|جرحت|بلع|بلعت|شرب|شربت|وقع|وقعت|طاح|طاحت|واقع|واقعه|طايح|طايحه|فاقد|فاقده|مغمي|عنده|عندها)',
    `(?:اختي|بنتي|امي|صاحبتي|صديقتي|جارتي|خالتي|عمتي) ${G(2)}(?:جوزها|زوجها|راجلها|طليقها|ابوها|اخوها)`,
    '(?:خايف|خايفه|قلقان|قلقانه|قلقانين|خايفين|بخاف|كنخاف|مهموم|مشغول بالي|بالي مشغول)\\s?(?:على|ع|عل)\\s?(?:ه|ها|يه|يها|ابني|بنتي|ولدي|اختي|اخوي|امي|ابوي|صاحبي|صاحبتي|صديقي|صديقتي|جاري|جارتي|جيراني|ولادها|ولاده|اولادها|اولاده)',
  ],
  risk: [
    '(?:ال|هال|هاد ال|هاي ال)ليله', 'هلا', 'هلق', 'هسه', 'هسا', 'الحين', 'الان', 'دلوقتي', 'دابا', 'توا', 'بعد شوي', 'بعد شويه', 'اليوم', 'بكرا', 'بكره', 'غدا', 'غدوه', 'فورا', 'حالا',
    pills, 'حبل', 'شفره', 'موس', 'سكين', 'سم', 'مبيد', 'كلور', 'غاز', '(?:ال)?(?:جسر|سطح|بلكون|بلكونه|قطار|ترين|سكه|نهر|بحر|شباك)', weapon,
    `(?:بلعت|اخدت|اخذت|شربت|خذيت|خديت|تناولت|جرحت|شرطت|قطعت|اشتريت|شريت|جبت|جهزت)\\p{L}{0,3} ${G(2)}(?:${pills}|حبل|سم|شفره|موس|سكين|كلور|مبيد|عروق\\p{L}*|شراي\\p{L}*|ايدي|يدي)`, 'خلاص (?:اخدت|بلعت|شربت|عملتها|درتها|سويتها)',
    `(?:انا|راني|كاين|اني) ${G(2)}(?:لحالي|لوحدي|بوحدي|بروحي|على الجسر|عالجسر|عالسطح|على السطح|فوق السطح|بالبلكون|عالبلكون|جنب السكه|عند السكه|جنب البحر|عند النهر|جنب النهر|بالسياره|في السياره)`,
    'ما (?:في|فيه) (?:حدا|حد) (?:بالبيت|معي|عندي|جنبي)', 'ماكاين حتي حد', 'ما حدا معي', 'محدش معايا', 'لحالي', 'لوحدي', 'بوحدي', 'بروحي',
    'قررت', '(?:رح|راح|ح|ه|غادي) (?:اعملها|اسويها|نديرها|اعمله|اسويه|اعملو)', 'جهزت كل شي', 'كتبت (?:ال)?(?:رساله|وصيه|وصيتي)', '(?:بعرف|عارف|عارفه|كنعرف) (?:كيف|وين|فين|شلون)', '(?:حان|اجا|جا) (?:ال)?وقت', '(?:هاي|هذه|هادي) (?:ال)?نهايه',
    `(?:هو|هي|زوجي|جوزي|راجلي|ابوي|اخوي|طليقي) ${G(2)}(?:جاي|جايه|راجع|راجعه|وصل|وصلت|قرب|بالبيت|فالدار|في البيت|قدام الباب|على الباب|برا الباب|تحت البيت|تحت العماره)`,
    `(?:معه|معاه|معو|ماسك|حامل|جاب|جايب)\\p{L}{0,2} ${G(2)}${weapon}`, `(?:عم |بي|كي)?(?:يدق|يخبط|يكسر|يدفش|دقدق)\\p{L}{0,2} ${G(1)}(?:على |ع )?(?:ال)?باب`, 'واقف (?:قدام|على|ع|برا) (?:ال)?باب',
  ],
  refusal: [
    `(?:ما|مش|مو|م|لا|لن|مستحيل|ماغاديش|ما غاديش) ${G(2)}(?:ب|ا|ن|ح|ه|بت|غادي ن)?(?:تصل|اتصل|نتصل|نعيط|اعيط|احكي|نحكي|اتكلم|نتكلم|اكلم|نكلم|ادق|اضرب تلفون)\\p{L}{0,3}`,
    `(?:ما|مش|م)\\s?(?:بعرف|بعرفش|كنعرفش|نعرفش|بحكي|بتكلم|كنهضر|بفهم|كنفهم|بعرف احكي|بعرف اتكلم) ${G(1)}(?:ال)?(?:هولندي|هولنديه|هولاندي|نيرلندي|انجليزي|انكليزي|لغه|اللغه الهولنديه)`,
    `(?:ما|مش|م|ما في|مافي|ماعندي|ما عندي|معنديش|ماعنديش) ${G(1)}(?:رصيد|شحن|تلفون|موبايل|جوال|كريدي|باقه|بطاريه)`,
    `(?:ما|مش|م)\\s?(?:حدا|حد|احد|في حدا|في حد|حتي حد|حتا واحد) ${G(1)}(?:بيقدر|يقدر|رح يقدر|هيقدر|يستطيع|كيقدر|غادي يقدر|قادر) ${G(1)}(?:يساعد|يعاون|يفيد|يعمل|يسوي|يدير)\\p{L}{0,3}`,
    `(?:محدش|محد|ماحد|ولا حد|لا احد) ${G(2)}(?:يقدر|هيقدر|يستطيع|بيقدر) ${G(1)}(?:يساعد|يعاون|يفيد)\\p{L}{0,3}`, 'ما (?:في|فيه|فيش) فايده (?:من )?(?:ال)?(?:اتصال|حكي|تلفون)',
    `(?:هو|هي|زوجي|جوزي|راجلي|ابوي) ${G(2)}(?:بالبيت|فالدار|في البيت|جنبي|حدي|معي|قاعد جنبي|هون|هنا|بيسمع|بيسمعني|يسمعني|كيسمعني|سامعني)`, '(?:بيسمعني|يسمعني|كيسمعني|رح يسمعني)',
    `(?:بخاف|خايف|خايفه|كنخاف|نخاف) ${G(2)}(?:من )?(?:ال)?(?:شرطه|بوليس|اقامتي|اقامه|يسفروني|يرحلوني|ياخدو الولاد|ياخدو ولادي|ياخدو اولادي|jeugdzorg)`,
    '(?:اتصلت|حكيت معهم|كلمتهم) (?:قبل|من قبل|قبل هيك)', 'جربت', 'حاولت اتصل', 'ما ردو', 'ما حدا رد', 'محدش رد', 'ما جاوبوني', 'ماجاوبونيش', 'حطوني على الانتظار',
  ],
};
