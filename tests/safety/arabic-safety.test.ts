import { describe, expect, it } from 'vitest';
import { foldPattern, foldText } from '../../core/safety/fold-letters.js';
import { arabicSafetyLexicon } from '../../core/safety/lexicons/arabic-safety-lexicon.js';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';
import { dutchCrisisNumbers } from '../../core/texts/assistant-texts.js';
import { arabicSafetyTexts } from '../../core/texts/safety/arabic-safety-texts.js';

/*
 * Arabic as residents write it: Modern Standard Arabic, Levantine, Egyptian, Iraqi, Gulf and Moroccan
 * Darija, arabizi with digits ("ana bdi mout", "jozi biddrobni"), Dutch words mixed in, and the
 * everyday idioms that use the same words ("متت من الضحك", "الشغل قاتلني", "ضربني البرد").
 */
/** The tier the Arabic lexicon alone gives for its plain patterns (spellings, then figurative phrases blanked). */
function arabicTier(text: string): 'crisis' | 'concern' | 'none' {
  const compile = (patterns: readonly string[], flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map(foldPattern).join('|')})(?![\\p{L}\\p{N}])`, flags);
  const spellings = arabicSafetyLexicon.spellings ?? {};
  const read = foldText(text).split(' ').flatMap((word) => spellings[word]?.split(' ') ?? [word]).join(' ').replace(compile(arabicSafetyLexicon.figurative, 'gu'), ' ~ ');
  const ids = ['suicide', 'violence', 'emergency'] as const;
  if (ids.some((id) => compile(arabicSafetyLexicon.crisis[id]).test(read))) return 'crisis';
  return ids.some((id) => compile(arabicSafetyLexicon.concern[id]).test(read)) ? 'concern' : 'none';
}

describe('the safety check in Arabic', () => {
  it.each([
    // A wish to die, suicide named, plans and self-harm, in several dialects and in arabizi.
    ['بدي موت، ما عاد فيني', 'suicide'],
    ['أريد أن أموت', 'suicide'],
    ['ana bdi mout', 'suicide'],
    ['مش عايزة أعيش تاني', 'suicide'],
    ['ما بغيتش نعيش فهاد الدنيا', 'suicide'],
    ['رح انتحر الليلة', 'suicide'],
    ['bdi ente7er', 'suicide'],
    ['كل الناس رح يرتاحو لو مت', 'suicide'],
    ['جمعت حبوب كثير وخبيتها', 'suicide'],
    ['بدي ارمي حالي من البلكون', 'suicide'],
    ['عم جرّح حالي بالشفرة', 'suicide'],
    ['بدي نام وما اصحى', 'suicide'],
    ['غادي نقتل راسي', 'suicide'],
    // Violence at home, threats, forced marriage, a secret at night, locked in.
    ['زوجي يضربني كل يوم', 'violence'],
    ['mijn man يضربني', 'violence'],
    ['jozi biddrobni kol yom', 'violence'],
    ['راجلي كيضربني وكيسب فيا', 'violence'],
    ['بابا بيضرب ماما', 'violence'],
    ['زوجي هددني بالقتل', 'violence'],
    ['اخواني حلفو يقتلوني اذا عرفو', 'violence'],
    ['بدهم يزوجوني غصب عني', 'violence'],
    ['زوج امي بيجي لغرفتي بالليل', 'violence'],
    ['عمي بيلمسني وبيقول هاد سر بيناتنا', 'violence'],
    ['جوزي قافل علي الباب وما بيخليني اطلع من البيت', 'violence'],
    // Emergencies told as a story.
    ['ابوي وقع على الارض وما عم يتنفس', 'emergency'],
    ['امي فاقدة الوعي', 'emergency'],
    ['في حريق بالعمارة', 'emergency'],
    ['ريحة غاز قوية بالدرج', 'emergency'],
    ['جدتي وجها مايل وما بتقدر تحكي', 'emergency'],
    ['ابني بلع حبوب كتير', 'emergency'],
    ['جاري ما حدا شافه من اسبوع والبريد مكدس', 'emergency'],
    ['jari ma 3am yetnaffas', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
    if (!/mijn/.test(text)) expect(arabicTier(text)).toBe('crisis');
  });

  it.each([
    ['تعبت من الحياة', 'suicide'],
    ['انا عبء على عيلتي', 'suicide'],
    ['الله ياخدني وارتاح', 'suicide'],
    ['عطيت قطتي للجيران وكتبت رسالة، سامحوني', 'suicide'],
    ['بخاف ارجع عالبيت الليلة', 'violence'],
    ['قال ما تقولي لحدا', 'violence'],
    ['جوزي بيفتش تلفوني وبخاف منه لما يعصب', 'violence'],
    ['ما حدا شاف جارتي من ايام', 'emergency'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it('knows when the message is about someone else', () => {
    expect(detectSafety('صاحبتي قالت انها بدها تموت')).toMatchObject({ tier: 'crisis', crisis: 'suicide', bystander: true });
    expect(detectSafety('جاري ما حدا شافه من اسبوع والبريد مكدس').bystander).toBe(true);
    expect(detectSafety('زوجي يضربني كل يوم').bystander).toBe(false);
  });

  it.each([
    'متت من الضحك على الفيديو هههه',
    'الشغل قاتلني هالاسبوع',
    'تلفوني مات وما قدرت اتصل',
    'جوزي عمره ما ضربني الحمد لله',
    'عمري ما فكرت بالانتحار بس عندي ديون',
    'الولاد بيضربو بعض وهم بيلعبو بالحديقة',
    'ما بدي عيش بهالشقة، فيها رطوبة',
    'مش عايزه اعيش مع حماتي',
    'mabghitch n3ich f had l7ay',
    'الدكتور ضربني ابرة بكتفي',
    'ضربني البرد من امبارح',
    'رح تجيني جلطة من فاتورة الكهربا',
    'بموت فيكي يا بنتي',
    'بدي ادفع فاتورة الغاز',
    'اطفاية الحريق بالعمارة خربانة',
    'الاسعار نار بهولندا',
    'ما في امل مع البلدية',
    'قبل سنين ابوي كان يضربني، هلأ بدور على شغل',
    'ابوي الله يرحمه مات من سنتين',
    'ابني اخد الدوا كله مثل ما قال الدكتور',
    'ما بيردو علي من البلدية من اسبوع',
    'في فيلم عن الانتحار شفته امبارح',
    'الدخان كتير غالي هون',
    'عندي ديون كتير ومش عارف شو اعمل',
    'صاحب البيت بدو يطلعنا من البيت الشهر الجاي',
    'بدي انهي كل شي بالبلدية اليوم',
    'حطيت الدوا بعيد عن الولاد، مخبيته فوق',
    'بدي اشتري سكين مطبخ جديدة',
    'تمام انا نازل هلأ',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  it('asks rather than alarms when a parent "will kill" a child over grades', () => {
    expect(detectSafety('ماما رح تقتلني اذا شافت العلامات').tier).not.toBe('crisis');
  });

  it('reads risk and refusal inside a crisis conversation', () => {
    expect(mentionsRisk('بلعت الحبوب وانا لحالي')).toBe(true);
    expect(mentionsRisk('زوجي جاي عالبيت هلأ')).toBe(true);
    expect(mentionsRisk('شكرا')).toBe(false);
    expect(refusesToCall('ما بقدر اتصل، ما بحكي هولندي')).toBe(true);
    expect(refusesToCall('زوجي بالبيت وبيسمعني')).toBe(true);
    expect(refusesToCall('شكرا على المساعدة')).toBe(false);
  });

  it('writes out its spellings in folded letters, so the patterns can match them', () => {
    for (const [word, written] of Object.entries(arabicSafetyLexicon.spellings ?? {})) {
      expect(foldText(word), word).toBe(word);
      expect(foldText(written), word).toBe(written);
    }
  });

  it('answers in Arabic with the configured numbers, never a hard-coded one', () => {
    const numbers = { ...dutchCrisisNumbers, emergency: '911', suicidePrevention: '999', domesticViolence: '0800-1111' };
    expect(arabicSafetyTexts.crisis('suicide', numbers)).toContain('999');
    expect(arabicSafetyTexts.crisis('emergency', numbers)).toContain('911');
    expect(arabicSafetyTexts.crisis('violence', numbers)).toContain('0800-1111');
    for (const id of ['suicide', 'violence', 'emergency'] as const) {
      for (const text of [arabicSafetyTexts.crisis(id, numbers), arabicSafetyTexts.bystander(id, numbers), arabicSafetyTexts.urgent(id, numbers)]) {
        expect(text).not.toMatch(/(?<!\d)112(?!\d)/);
        expect(text).toContain('911');
        expect(text).toMatch(/[\u0600-\u06ff]/);
      }
      expect(arabicSafetyTexts.concernQuestion(id, numbers)).not.toMatch(/(?<!\d)112(?!\d)/);
      expect(arabicSafetyTexts.refusesToCall(id, numbers)).not.toMatch(/(?<!\d)112(?!\d)/);
    }
    expect(arabicSafetyTexts.moment(1, 2, '09:00')).toBe('غدا ابتداء من الساعة 09:00');
    expect(arabicSafetyTexts.handOffClosed({ dayOffset: 3, weekday: 1, time: '09:00' }, numbers)).toContain('الاثنين');
  });
});

describe('the widened Arabic families (new sentences, not the read misses)', () => {
  it.each([
    // Not wanting to wake up, sleeping and not waking, nothing left to live for.
    ['مش عايزة أصحى الصبح تاني خلاص', 'suicide'],
    ['ما بدي فيق بكرا، بدي خلص', 'suicide'],
    ['ma bghitch nfi9 ghedda', 'suicide'],
    ['ياريت لو نعست وما فقت', 'suicide'],
    ['bdi nam w ma 3ad fi2', 'suicide'],
    ['ما ضل عندي حدا عيش عشانه', 'suicide'],
    ['mab9itch bghit n3ich had l3icha', 'suicide'],
    // Cutting with a razor, now.
    ['كل ليلة بعوّر نفسي بالموس', 'suicide'],
    ['ana ba3awar nafsi kol yom', 'suicide'],
    ['عم شرّط ايدي بالشفرة', 'suicide'],
    // A child taken by an ex, locked in, an elderly parent's pension, pushed until she fell.
    ['جوزي القديم خد الولاد ومش هشوفهم تاني، تليفونه مقفول', 'violence'],
    ['أبو ولادي هرب بالولاد عالبلد', 'violence'],
    ['خطف بنتي من عند الحضانة', 'violence'],
    ['أخوي ماخذ معاش أمي وقافل عليها باب الغرفة', 'violence'],
    ['kaysed 3liya lbab w kaymchi', 'violence'],
    ['دفشني لحد ما وقعت على الدرج', 'violence'],
    ['ابوي حابس جدتي بغرفتها وماخذ تقاعدها', 'violence'],
    ['طليقتي خدت الولاد وسافرت من غير ما تقولي', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Nights at a bridge, what holds one back, someone else who does not want to wake up.
    ['تلات ليالي بطلع عالجسر وبضل واقف', 'suicide'],
    ['وقفت عند سكة القطار ساعتين امبارح', 'suicide'],
    ['مش عارف شو اللي ماسكني لهلق', 'suicide'],
    ['جوزي بيقول ما بدو يصحى تاني', 'suicide'],
    ['قررت انهي كل شي الليلة', 'suicide'],
    // Farewell and thanks with things given away, a future that stops.
    ['شكرا على كل شي، وزعت تيابي على ولاد خالتي', 'suicide'],
    ['choukran 3la kolchi, 3tit lbisklit l sa7bi, ghda mankounch hna', 'suicide'],
    ['سامحوني، بكرا ما رح كون هون', 'suicide'],
    // A child told not to tell, what he does when mother is away; a pension taken.
    ['عمو قالي ما تقولي لماما شو بيعمل معي لما تروح عالشغل', 'violence'],
    ['khali gal liya mat9olich l mama chno kaydir liya', 'violence'],
    ['ابنه بياخد كل راتب التقاعد تبع ابوه', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Hard negatives: negated, someone else long ago, everyday use of the same words.
    'ما بفكر انتحر أبداً، بس بدي شغل',
    'جوزي ما بيمد إيده علي بس بيصرف كل المصاري على القمار',
    'مبيمدش إيده عليا خالص، المشكلة الديون',
    'jozi ma kaydrebnich, walakin ma kaykhdemch',
    'لست في خطر، أريد معلومات عن دروس اللغة',
    'قرأت في الجريدة أن شاباً انتحر في المحطة قبل سنين، هل في نشاطات للشباب؟',
    'بكرا ذكرى وفاة صاحبي، بدي اروح عالمقبرة',
    'ما بدي اصحى بكير بكرا، في عطلة؟',
    'ابني مش عايز يصحى للمدرسة، كل يوم مشكلة',
    'طليقي أخد الولاد الويكند حسب الاتفاق',
    'وزعت الهدوم القديمة على الجيران، في مكان للتبرع؟',
    'بدي انهي كل شي بالبلدية اليوم',
    'Hayır intiharı düşünmüyorum, sadece bir psikolog arıyorum',
    'حابسة نفسي بالبيت من الاكتئاب، بدي نشاطات',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Arabic families widened after files m, n and o (new sentences, not the read misses)', () => {
  it.each([
    // Self-harm now, in Levantine and Darija arabizi: عم جرّح حالي, كنجرح يدي, with a razor.
    ['kanjre7 yeddi b moos kol lila w ma 7ada 3aref', 'suicide'],
    ['sarli jem3a bjre7 7ali bel shafra', 'suicide'],
    ['من شهر وانا عم جرّح حالي بالموس بالحمام', 'suicide'],
    // Banged against the wall or the floor; a blow as the answer to speaking or being late.
    ['abouya kol marra byerja3 byd2 mama bl 7et w n7na mnetkhabba', 'violence'],
    ['ابوي بيدق امي بالحيط لما يسكر', 'violence'],
    ['جوزي خبطني بالارض قدام الولاد', 'violence'],
    ['كل ما اقول لا بيضربني', 'violence'],
    ['لو تأخرت عن البيت يضرب', 'violence'],
    // A forced marriage in Darija arabizi ("bzz") and in Levantine ("غصبا عني").
    ['bghaw yzwjouni m3a weld 3mmi bzz, ana 15 3am', 'violence'],
    ['اهلي رح يزوجوني الصيف بالبلد غصبا عني وانا عمري ١٦', 'violence'],
    // A neighbour not seen for days, with the post piling up or a smell, days told first.
    ['جارتنا العجوزة صار لها اربع ايام ما طلعت، والبوسطة متكومة قدام الباب وفي ريحة', 'emergency'],
    ['من خمس ايام ما حدا شافه، والرسايل متراكمة وريحة غريبة بالدرج', 'emergency'],
    ['jarti chibania 4 iyam ma khrejtch, lbosta m3mra w ri7a khayba', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // A last message written, things given away and no longer needed, "you won't see me", a threat to kill in arabizi.
    ['كتبتلها اخر رسالة وسكرت التلفون', 'suicide'],
    ['l ps5 dyali 3titha l weld khti, ma b9atch 3ndi l7aja biha. mn ghda ma ghadich tchofoni', 'suicide'],
    ['سامحوني، بعد الليلة ما رح تشوفوني', 'suicide'],
    ['baba 9al liya ila mchiti m3ah ghadi n9tlek', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Hurting oneself denied with the hamza doubled; one's own head against the wall in despair; knocking on the wall.
    'ما عم فكر اأذي حالي، بس بدي حدا احكي معه',
    'لا تخافي، ما بفكر أوذي نفسي، بدي بس دروس لغة',
    'بدي اضرب راسي بالحيط من الاوراق تبع البلدية',
    'الجيران عم يدقوا عالحيط كل ليلة، في حدا يحكي معهم؟',
    'الولد لما يلعب يضرب الكورة بالحيط وبيزعج الجيران',
    // Long past and told as over; a stroke of last year; a last message to an office; discretion asked of the service.
    'قبل سبع سنين بالسجن ضربوني، هلق هاد انتهى والحمد لله، بدي معادلة شهادتي',
    'جوزي عنده جلطة من السنة الماضية وانا بعتني فيه، بدي مساعدة بالبيت',
    'بعتت اخر رسالة للبلدية وما ردو، شو اعمل؟',
    'بدي احكي مع حدا بدون ما حدا يعرف، في خدمة سرية؟ ما بدي فضيحة',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Arabic families widened after files q and u (new sentences, not the read misses)', () => {
  it.each([
    // A scald or burn that blisters or peels: boiling water, hot oil or tea spilled on a child.
    ['ابني انسكبت عليه المي المغلية، وطلعت فقاعات على صدره وهو بيصرخ', 'emergency'],
    ['بنتي تحرقت بالزيت السخون، الجلد ديالها تقشر', 'emergency'],
    ['الشاي الحار انقلب على ايد الصغير وصار فيها نفاطات', 'emergency'],
    // A fall from a balcony or window; a fall after which he no longer speaks.
    ['بنت الجيران وقعت من البلكونة، الطابق التالت، وما بتحكي', 'emergency'],
    ['benti ta7et mn chobbak w rasha fiha dam', 'emergency'],
    ['ابوي طاح بالحمام ومن ساعتها مش بيتكلم', 'emergency'],
    // Breathing barely after drinking or a fall.
    ['خالي شرب كتير وطاح، عم يتنفس بالكاد', 'emergency'],
    // Hitting told with the pronoun apart (learner Arabic) or in arabizi with the object as a word.
    ['زوجي كل يوم يضرب انا و الاطفال', 'violence'],
    ['abouya kol lila yodrob ommi', 'violence'],
    ['jozi bydrob binti 9dami', 'violence'],
    // Pills named, then "take them all".
    ['عندي علبة حبوب منومة، رح ابلعهم كلهم الليلة', 'suicide'],
    ['jebt dwa dyal baba, ghadi nakhedhom kolhom', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Not knowing why one is still alive; things given away and no longer needed; the tallest bridge asked about; "I won't bother you".
    ['ما بعرف ليش لسا عايش', 'suicide'],
    ['mish 3arfa lesh 3aysha', 'suicide'],
    ['عطيت لابتوبي لأخوي، ما رح احتاجه بعد', 'suicide'],
    ['ابوي من وفاة امي عم يوزع تيابه، وسألني عن أعلى جسر', 'suicide'],
    ['ما رح ازعجكم بعد اليوم، عطيت البسكليت لجاري', 'suicide'],
    // The door locked on us at night and the key hidden.
    ['جوزي صار يسكر الباب علينا بالليل ويخبي المفتاح', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // A lost match, bad grades, a series that "will kill me"; a war that is over; a school project.
    'الوداد ذبحنا البارح 😂 واش كاين نادي ديال الكرة للبنات؟',
    'bulletin dyali khayb, baba ghadi y9tlni 😂 fin kayn soutien scolaire?',
    'hadi serie ghadi t9tlni, kanchofha kol lila 😂',
    'قبل عشر سنين في الحرب ضربوني، هلق كلو انتهى والحمد لله',
    'عنا مشروع بالمدرسة عن الانتحار، بدي مصادر بالعربي',
    // An office that does not answer, pills forgotten or finished, iron pills, tea spilled on a table, a phone dropped.
    'الhuisarts ما بيرد من يومين، بدي موعد للتطعيم',
    'زوجتي بتنسى تاخد الدوا، عندها ضغط',
    'هل حبوب الحديد بتسبب امساك؟ أنا حامل',
    'انكب الشاي الحار على الطاولة وخرب الكمبيوتر',
    'طاح التلفون من الشباك وانكسر، وين بصلحه؟',
    'أخوي بيدخن حشيش وأمي بتبكي، في مكان للعلاج بالعربي؟',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the Arabic families added after the w1 training file (new sentences)', () => {
  it.each([
    // A baby who does not open its eyes, in Tunisian arabizi and in Levantine.
    ['bebe mte3i s5ana w ma y7allech 3iniha', 'emergency'],
    ['البيبي ما عم يفتح عيونه وحرارته عالية', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // A form that "will kill me", a fire seen in the news, a toddler who "kills me with his crying", debts that "strangle me".
    'الفورم تبع الـ gemeente رح تقتلني، مين بيساعدني؟',
    'شفت بالتلفزيون خبر عن حريق ببناية، بدي جهاز انذار',
    'بنتي رح تقتلني بالعياط كل ليلة، في نصايح للنوم؟',
    'الديون خنقتني، بدي مساعدة بالورق',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('the Arabic families added after the w2 to w4 training files (new sentences, not the read misses)', () => {
  it.each([
    // A child's "secret game" with an adult.
    ['ابني قال إن عمو بيلعب معه لعبة سرية بالليل', 'violence'],
    ['binti 2alet enno jaddo byel3ab ma3a le3be sirriye', 'violence'],
    // Taken to the home country and not coming back.
    ['أبوي قال رح ياخدوني عالمغرب بالعطلة وما رح ارجع هون', 'violence'],
    ['اخواني بدهم يسفروني على سوريا ومش رح ارجع', 'violence'],
    // Heard through the wall: something breaking, a child begging.
    ['sme3t 3end el jiran tekseer w sraakh', 'violence'],
    ['سمعت الولد عم يصرخ بس بابا بس بابا', 'violence'],
    // Saved pills in arabizi; a height and "today I decided".
    ['ana jama3t 7bob men el saydaliye kaza shahr', 'suicide'],
    ['kol lila kan7es rasi f sta7 dyal l3imara, daba 9arrert', 'suicide'],
    // Found fallen and unable to get up; a pregnant woman bleeding; arabizi chest pain, blue lips, many pills.
    ['لقيت امي طايحة بالمطبخ وما بتقدر توقف', 'emergency'],
    ['جدي واقع على الأرض من ساعات وما حدا عرف', 'emergency'],
    ['مرتي حامل بالشهر السادس وعم تنزف', 'emergency'],
    ['baba 3ando alam fi sadro w 3ar2an', 'emergency'],
    ['abouya 3ando waga3 fi sedro men sa3a', 'emergency'],
    ['el walad shfayfo zar2a w ma 3am yitnaffas mnih', 'emergency'],
    ['ukhti bal3at 7bob ktir min 3elbet mama', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // A leg without feeling; standing on the balcony at night thinking.
    ['ايد امي اليمين ما عم تحس فيها من الصبح', 'emergency'],
    ['كل ليلة بوقف عالبلكون وبفكر', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Not yet hit; a threat said laughing; dropping by an old father; work, messages "killing me"; a fire heard about; an old stroke.
    'زوجي بيصرخ كتير بس لم يضربني أبداً، بدي كورس تواصل',
    'صاحبي قال رح ينتحر اذا خسر فريقه، بس عم يضحك وهو عم يحكي',
    'فما حد يتعدى عليها كل نهار يشوف كان لاباس؟',
    'el drase 3am t2tolni, baddi mosa3ade bel homework',
    'el boss 3am y2tolni bel emails',
    'سمعت عن الحريق بالحي، كيف نتبرع؟',
    'بساعد خالتي اللي صارت معها جلطة، في مساعدة بالبيت؟',
    'ابوي كان يضربنا زمان، هسه الله يرحمه، بدي اسأل عن السكن',
  ])('no crisis: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Arabic after file t: a fire asked about as a possibility, a smoke detector, a wish to die told as the past', () => {
  it.each([
    'قريت بالاخبار عن حريق بلاهاي. شو لازم نعمل اذا صار حريق عنا؟ ما في كاشف دخان بالبيت',
    'بسوريا كنت بدي موت من القهر، هلق الحمد لله احسن بكتير. بدي اتطوع بالحي',
  ])('no signal from the lexicons: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
  it.each([
    ['في حريق بالمطبخ والدخان طالع من الباب', 'emergency'],
    ['بدي موت، ما عاد فيني كمل', 'suicide'],
  ])('still a crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });
});

describe('the Arabic families added after files x, y, z and za (new sentences, not the read misses)', () => {
  it.each([
    // Something taken at a party, then not waking, breathing slowly or the heart weak (script, Levantine, Darija and Egyptian arabizi).
    ['صاحبي خد حبوب كتير بالحفلة ومش بيصحى، نفسه بطيء', 'emergency'],
    ['sa7bi bala3 7obob f l7afla w ma kayfi9ch, nafaso bati2', 'emergency'],
    ['5ayti 5adet 7agat fel party w mesh bet2oum, 2albaha da3if', 'emergency'],
    ['رفيقي شرب كتير وما عم يصحى وقلبه ضعيف', 'emergency'],
    // Eyes open and no answer; fallen in the street and no answer.
    ['عيونه مفتوحين بس ما عم يرد علينا', 'emergency'],
    ['واحد وقع بالشارع وما عم يرد علينا', 'emergency'],
    ['wa7ed ta7 f chari3 w ma kayjawbch', 'emergency'],
    // "A secret between us" and a night visit to the child's room.
    ['خالي بيقلي هاد سر بيناتنا وبيجي على غرفتي بالليل لما الكل نايم', 'violence'],
    ['3ammo byo2ol da ser benna w byodkhol 2odti bel leil', 'violence'],
    ['khali kaygoul lia sir binatna w kayji l bit dyali f lil', 'violence'],
    // "Enough, you'll kill me" heard; a brother who will "wash the shame".
    ['سمعت جارتنا عم تصرخ بس رح تموتني وبعدين سكتت', 'violence'],
    ['sme3t jartna katgheyet kefaya hatmawetni', 'violence'],
    ['khouya gal ila rja3t l dar ghadi yghsel l3ar', 'violence'],
    ['ابن عمي قال رح يغسل عاره بدمي اذا ما رجعت', 'violence'],
    // Told in the past tense but with "a moment ago": still now.
    ['كان يضربني قبل شوي وهلق طلع من البيت', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Breathing slowly, told without more; screams and then a sudden silence.
    ['جدي نفسه بطيء كتير اليوم', 'emergency'],
    ['سمعت صراخ من الشقة اللي فوقنا وبعدين فجاه سكتت', 'violence'],
    ['الجيران كانو عم يصرخو وبعدين فجاه سكت كل شي', 'violence'],
    // Things given away and not knowing whether one will still be here.
    ['عطيت اللابتوب لاخوي وما بعرف اذا بعد اسبوع رح كون هون', 'suicide'],
    ['3tit l laptop dyali l khouya, ma n3ref wach ghadi nkoun hna ba3d simana', 'suicide'],
    // A threat said with Darija laughter (hhh): asked about rather than answered.
    ['khouya ghadi y9telni hhh 7it kharjt tobilto', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Not being home for an appointment; not getting up for school or before noon; a racing heart before an exam; no reply after a party.
    'ما بعرف اذا رح كون بالبيت بكرا للموعد',
    'مش عارف اذا هكون هنا الساعة ٣',
    'ابني مش بيقوم للمدرسة كل يوم مشكلة',
    'جوزي ما بيصحى غير الضهر',
    'قلبي بيدق بسرعة لما بخاف من الامتحان',
    'بعد الحفلة ما رد على رسايلي من امبارح',
    // Dying of laughter; waiting or tiredness that "kills" (Iraqi كتل); a film watched; past and over.
    'بس هتموتني من الضحك يا بنتي',
    'الانتظار كتلني، بدي اعرف شو صار بطلب اللجوء',
    'التعب كاتلني من الصبح',
    'chrikat lgaz ghadi t9telni b lfatoura dyal had chher',
    'شفنا فيلم فيه الزوج بيضرب مرته، وابني صار يسأل',
    'كنت ف واحد الوقت كنفكر نقتل راسي، دابا الحمد لله مزيان',
    'كان طليقي يهددني ويضربني بالبلد، هاد الشي خلص وهلق انا بامان',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('Arabic after files 2026-12-02 a to d: a goodbye "after today", a brother who will slaughter, tickets to send her back, gas smelt, a stroke, a fall (new sentences)', () => {
  it.each([
    ['ابن عمي قاللي اذا رجعتي عالبيت رح ادبحك', 'violence'],
    ['بيت جيراننا فيه ri7t lgaz bzaf w ma 7ad kayjaweb', 'emergency'],
    ['ابوي فجاه ما قادر يحكي ونص وجهه مايل', 'emergency'],
    ['ستي وقعت بالمطبخ من ساعتين وما بتقدر توقف', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['صاحبي قالي ما رح تشوفوني بعد اليوم، الساعة والمصاري لأختي', 'suicide'],
    ['الليله رايح عالجسر اللي جنب البيت', 'suicide'],
    ['عمي حجزلي تذكرة عشان يرجعني عالبلد غصب عني', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Seen again at work, tickets for a summer visit, a gas bill.
    'ما رح تشوفوني بكرا بالشغل لأني مريض',
    'حجزت تذاكر عشان نرجع نزور اهلي بالصيف',
    'fatoura dyal gaz ghalia bzaf had chher',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('a mother\'s "I will slaughter you" over homework is not answered as a crisis', () => {
    expect(detectSafety('ماما قالت اذا ما خلصت الواجب رح تدبحني', { learned: false }).tier).not.toBe('crisis');
  });
});

describe('Arabic after training files 2026-12-02 e to h: no longer wanting to wake (Darija), a secret about the bathroom, a stroke in arabizi, pills and "ending everything", giving things away with "if something happens to me", a threat with the papers kept (new sentences)', () => {
  it.each([
    ['mab9itch baghia nfi9 ghedda, kolchi 3yit mno', 'suicide'],
    ['جوز امي بيفوت عليي عالحمام وبيقلي هاد سرنا لا تقولي لماما', 'violence'],
    ['ابوي كلامه مش مفهوم، ايده اليمين تقيله وما بيقدر يرفعها', 'emergency'],
    ['khali fag2a kalamo mesh wade7 w wesho mayel', 'emergency'],
    ['عندي علبه دوا كامله وبفكر انهي كل شي بكرا', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['صار يعطي حاجاته لصحابه، وقلي اذا صارلي شي ما تزعلي', 'suicide'],
    ['ابوي كال اذا طلعتي من البيت راح تشوفين شسوي بيچ، والباسبورت عندهم', 'violence'],
    ['صرت افكر انهي كل شي', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it('asks about standing on a bridge looking at the water when nobody would notice', () => {
    const signal = detectSafety('كل ليله بوقف على الكوبري وبتطلع على الميه، وما حدا رح ينتبه اذا رحت', { learned: false });
    expect(signal.tier).not.toBe('none');
    expect(signal.tier === 'crisis' ? signal.crisis : signal.concern).toBe('suicide');
  });

  it.each([
    // Finishing all the work, an exam that "will kill me", an arm heavy from the gym, cough syrup and errands at the town hall, a neighbour who cannot read the Dutch letters.
    'بدي انهي كل الشغل اليوم قبل ما اسافر',
    'الامتحان ده حيموتني ههه',
    'ايدي تقيله من التمرين بالجيم امبارح',
    'اشتريت دوا للسعال وبفكر انهي كل شي بالبلديه قبل السفر',
    'جارنا ما يعرف يقرا هولندي. الرسايل من الضريبه متكدسه عنده',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 i to l (new sentences, not the read ones)', () => {
  it.each([
    ['kanfker nechreb l7boub dyali kamlin had lila', 'suicide'],
    ['بفكر اشرب الحبوب كلها مره وحده', 'suicide'],
    ['جدتي فمها معوج وايدها ما بتتحرك', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['خايفه من حالي الليله', 'suicide'],
    ['احسن لي اموت ولا ارجع لهناك', 'suicide'],
    ['nfadel nmout 9bal ma nrja3', 'suicide'],
    ['لقيت حبل مخبي تحت سرير ابني', 'suicide'],
    ['كل يوم بوقف على الجسر وبطالع عالمي', 'suicide'],
    ['سمعتها تصرخ حل عني الساعه تنين بالليل', 'violence'],
    ['اخوانها بدهم يرجعوها بالقوه عالبلد', 'violence'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it('"if I threw myself from the window I would rest" is not let pass', () => {
    expect(detectSafety('لو رميت حالي من الشباك برتاح', { learned: false }).tier).not.toBe('none');
  });

  it.each([
    // Not thinking of hurting oneself; treated last year and back at university; dying of laughter; a child who wants to play.
    'ما بفكر اذي حالي ابدا، بس بدي مساعده بالاوراق',
    'صاحبي كان بدو ينتحر العام الماضي بس هسع اتعالج ورجع للجامعه',
    'احسن لي اموت من الضحك على هالفيديو',
    'بنتي بتصرخ سيبني العب شوي',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});

describe('the families added after training files 2026-12-02 q to t (new sentences, not the read ones)', () => {
  it.each([
    ['bba ta7 f lkouzina w rasu kaysil mno dem bzaf', 'emergency'],
    ['الدم عم ينزل منه كتير من راسه بعد ما وقع', 'emergency'],
    ['بنتي شفايفها صارت زرقا وما عم تقدر تتنفس', 'emergency'],
    ['الولد ازرق حول الفم وعم يسعل', 'emergency'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['lwalidin dyali ghadi ykounou mzyanin bla biya', 'suicide'],
    ['بدي ارتاح للابد من كل هالشي', 'suicide'],
    ['جبت الحبوب من كذا صيدليه', 'suicide'],
    ['المنومات اللي اشتريتها الشهر هاد خبيتها تحت الفرشه', 'suicide'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // A parent and bad marks; separated and safe for years; recovered; Polish "dwa" as a number; blue from the cold.
    'baba ghadi yqtlni ila 3ref bli rsbt f limti7an dyal lpermis hhh',
    'ابوي رح يقتلني اذا عرف اني رسبت بالامتحان هههه',
    'جوزي السابق كان يهددني قبل ٤ سنين، هلق نحنا منفصلين وانا بامان',
    'قبل ٣ سنين كان عندي اكتئاب وفكرت بالانتحار، الحمد لله اتعافيت',
    'Od dwa lata mieszkam w Utrechcie, szukam kursu niderlandzkiego',
    'ايديه صارت زرقا من البرد برا',
    // "Since the days of the revolution" is a time of life, not days unseen.
    'من ايام الثوره ما بنام منيح، الدكتور عطاني حبوب للنوم',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });

  it('a husband who will kill her if she leaves is still a threat', () => {
    expect(detectSafety('rajli gal liya ghadi y9tlni ila mchit', { learned: false }).tier).toBe('crisis');
  });
});

describe('families from training files 2026-12-02 u to x (new wordings)', () => {
  it.each([
    ['بنتي عمرها سنة، حرارتها عالية وعم ترجف وعيونها طالعة لفوق', 'emergency'],
    ['ابني بيرتعش كله وعينيه مقلوبة، ما بيرد علينا', 'emergency'],
    ['وأسمع من بيت الجيران صراخ ولد صغير وصوت ضرب', 'violence'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['أخي كتب في رسالة أنه يريد أن ينام ولا يستيقظ', 'suicide'],
    ['صاحبتي بدها تنام وما تصحى', 'suicide'],
    ['كل يوم أمشي بالليل لسكة الحديد وأبقى واقف هناك', 'suicide'],
    ['امبارح استنيت الترين وكنت قريب كتير من السكة', 'suicide'],
    ['kansma3 jarti katghowt w wladha kaybkiw', 'violence'],
    ['عيون ابني طالعة فوق وما عم يحكي', 'emergency'],
  ])('concern: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    // Sleeping late and not getting up early; work by the railway; a hammer next door; children who shout and laugh.
    'بدي نام وما اصحى بكير بكرا، عندي عطلة',
    'أعمل في الليل بجانب سكة الحديد في المستودع',
    'أسمع صوت ضرب المطرقة من شقة الجيران كل صباح',
    'كنسمع الدراري كيغوتو وكيضحكو فالزنقة',
    'ما بعرف اذا رح ارجع على سوريا الصيف الجاي',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
