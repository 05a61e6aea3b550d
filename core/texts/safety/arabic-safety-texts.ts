import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/*
 * Simple Modern Standard Arabic (B1), no vowel marks, as in arabic-texts.ts. Sentences read the
 * same for a man and a woman where Arabic allows it: "يمكنك", "يرجى" and verbal nouns instead of
 * commands that have a masculine and a feminine form. The services are Dutch: each keeps its Dutch
 * name, with a few words in brackets that say what it is. A number always stands after "الرقم" or
 * after a colon, so that no Arabic letter is glued to a number the configuration may change.
 */
export const arabicSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'شكرا لأنك أخبرتني بهذا. لا داعي لحمل هذا وحدك. ' +
        'يمكنك التحدث الآن مع شخص من 113 Zelfmoordpreventie (خط هولندي للوقاية من الانتحار، ويمكن التحدث معهم بالإنجليزية أيضا). ' +
        `الاتصال على الرقم ${numbers.suicidePrevention} أو مجانا على الرقم ${numbers.suicidePreventionFree}، أو المحادثة الكتابية (chat) على: ${numbers.suicidePreventionChat}. ` +
        `الخدمة متاحة ليلا ونهارا. إذا كانت حياتك في خطر الآن، يرجى الاتصال فورا على الرقم ${numbers.emergency}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'يؤسفني جدا ما يحدث لك. هذا ليس ذنبك. ' +
        `يمكنك الاتصال بـ Veilig Thuis (مساعدة في العنف داخل البيت وفي إساءة معاملة الأطفال وكبار السن) على الرقم ${numbers.domesticViolence}. ` +
        'الاتصال مجاني، ليلا ونهارا، ولا داعي لذكر اسمك. Veilig Thuis ليست الشرطة. ' +
        `إذا كنت في خطر الآن، يرجى الاتصال على الرقم ${numbers.emergency}. ` +
        `للأطفال والشباب: De Kindertelefoon (خط هاتفي للأطفال والشباب) على الرقم ${numbers.childHelpline}.`
      );
    }
    return (
      `يرجى الاتصال الآن على الرقم ${numbers.emergency}. هذا رقم الطوارئ للإسعاف والإطفاء والشرطة، ويمكن التحدث معهم بالإنجليزية أيضا. ` +
      'يرجى البقاء على الخط وتنفيذ ما يقولونه.'
    );
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `يرجى الاتصال الآن على الرقم ${numbers.emergency} من أجل هذا الشخص، مع ذكر المكان وما تراه. يرجى البقاء على الخط.`;
    }
    if (crisis === 'suicide') {
      return (
        'من الجيد اهتمامك بهذا الشخص. يقدم 113 Zelfmoordpreventie (خط هولندي للوقاية من الانتحار) النصيحة أيضا لمن يقلق على شخص آخر: ' +
        `الاتصال على الرقم ${numbers.suicidePrevention} أو مجانا على الرقم ${numbers.suicidePreventionFree}، أو المحادثة الكتابية على: ${numbers.suicidePreventionChat}. ` +
        `إذا كان هذا الشخص في خطر الآن، يرجى الاتصال على الرقم ${numbers.emergency}.`
      );
    }
    return (
      'من الجيد طلب المساعدة في هذا. ' +
      `يمكنك الاتصال بـ Veilig Thuis (مساعدة في العنف داخل البيت) للحصول على نصيحة، على الرقم ${numbers.domesticViolence}، مجانا وليلا ونهارا. ` +
      'لا داعي لذكر اسمك، وهذا ممكن أيضا للجيران والأقارب. ' +
      `إذا كان أحد في خطر الآن، يرجى الاتصال على الرقم ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `هذا أمر خطير. يرجى الاتصال الآن على الرقم ${numbers.emergency}، أو على الرقم ${numbers.suicidePrevention} والبقاء على الخط. ` +
        'من المهم إبعاد ما تريد استخدامه، أو إعطاؤه لشخص آخر، والذهاب إلى مكان فيه ناس.'
      );
    }
    if (crisis === 'violence') {
      return (
        `هذا أمر خطير. يرجى الاتصال الآن على الرقم ${numbers.emergency}. ` +
        'إذا أمكن الخروج بأمان: الذهاب إلى الجيران أو إلى مكان فيه ناس، والاتصال من هناك.'
      );
    }
    return `يرجى الاتصال الآن على الرقم ${numbers.emergency}، بدون انتظار، مع ذكر المكان والبقاء على الخط.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `لا داعي للاتصال. يمكنك المحادثة الكتابية مع 113، ليلا ونهارا، على: ${numbers.suicidePreventionChat}. الكتابة بالإنجليزية ممكنة أيضا. ` +
        'أو يمكنك إرسال رسالة الآن إلى شخص تثق به: «هل يمكنك أن تأتي إلي؟»'
      );
    }
    if (crisis === 'violence') {
      return (
        `لا داعي للاتصال. يمكنك المحادثة الكتابية مع Veilig Thuis على: ${numbers.domesticViolenceChat}. Veilig Thuis ليست الشرطة. ` +
        `إذا كان عمرك أقل من 18 سنة: المحادثة الكتابية مع De Kindertelefoon على: ${numbers.childHelplineChat}. ` +
        'بعد ذلك يمكنك مسح سجل المحادثة إذا كان ذلك أكثر أمانا.'
      );
    }
    return `إذا كان الاتصال صعبا عليك، يمكنك أن تطلب من شخص قريب منك الاتصال على الرقم ${numbers.emergency}. يمكن التحدث معهم بالإنجليزية أيضا.`;
  },
  stayWithYou: [
    'رسالتك محفوظة مع طلبك للأخصائي الاجتماعي. أنا مساعد رقمي، ولست إنسانا. للتحدث مع شخص الآن: الأرقام المذكورة أعلاه متاحة للاتصال أو للمحادثة الكتابية.',
    'شكرا لأنك ما زلت تكتب. الأرقام المذكورة أعلاه متاحة الآن، ليلا ونهارا. سيقرأ الأخصائي الاجتماعي كل ما تكتبه هنا.',
    'لست وحدك في هذا. هل يوجد شخص قريب منك يمكنك أن تطلب منه أن يأتي إليك الآن؟',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'أريد أن أسألك سؤالا مباشرا، لأن وضعك يبدو صعبا. هل تفكر في إنهاء حياتك؟ ' +
        `يمكنك دائما التحدث مع 113: الاتصال مجانا على الرقم ${numbers.suicidePreventionFree} أو المحادثة الكتابية على: ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'أريد أن أسألك سؤالا مباشرا. هل أنت في خطر الآن، أو هل يؤذيك أحد أو يؤذي شخصا آخر؟ ' +
        `Veilig Thuis (مساعدة في العنف داخل البيت) متاحة ليلا ونهارا على الرقم ${numbers.domesticViolence}. في حالة الخطر الآن: ${numbers.emergency}.`
      );
    }
    return `أريد أن أسألك سؤالا مباشرا. هل يوجد شخص في خطر الآن، أو هل يحتاج أحد إلى مساعدة طبية الآن؟ في هذه الحالة يرجى الاتصال على الرقم ${numbers.emergency}.`;
  },
  concernYes: 'نعم',
  concernNo: 'لا',
  concernDeclined: 'شكرا على إجابتك. إذا تغير ذلك، يمكنك قوله هنا في أي وقت. لنكمل.',
  handOffOpen:
    'أنا مساعد رقمي، ولست إنسانا. أنقل رسالتك الآن إلى أخصائي اجتماعي، بأولوية. سيرد عليك في أقرب وقت ممكن. يمكنك الاستمرار في الكتابة هنا.',
  handOffClosed: (opening, numbers) =>
    `أنا مساعد رقمي، ولست إنسانا. الفريق مغلق الآن. سيقرأ أخصائي اجتماعي رسالتك ${arabicSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}، بأولوية. ` +
    'حتى ذلك الوقت لا أحد يقرأ الرسائل هنا. لكن يمكنك التحدث مع شخص الآن: ' +
    `113 Zelfmoordpreventie (الرقم ${numbers.suicidePrevention})، وVeilig Thuis (الرقم ${numbers.domesticViolence})، ورقم الطوارئ ${numbers.emergency}.`,
  workerAlerted: 'أبلغت الأخصائي الاجتماعي المسؤول عنك بهذا فورا.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0
      ? `اليوم ابتداء من الساعة ${time}`
      : dayOffset === 1
        ? `غدا ابتداء من الساعة ${time}`
        : `يوم ${weekdays[weekday]} ابتداء من الساعة ${time}`,
};
