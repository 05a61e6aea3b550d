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
