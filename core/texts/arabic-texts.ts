// commands: human=إنسان, انسان, شخص حقيقي, موظف, أخصائي اجتماعي; stop=توقف, قف, إيقاف; forget=انسني, احذف بياناتي; restart=من جديد, ابدأ من جديد, ابدا من جديد; help=مساعدة
import type { AssistantTexts } from './assistant-texts.js';

const weekdays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const kindNames: Record<string, string> = {
  photo: 'الصور', voice: 'الرسائل الصوتية', sticker: 'الملصقات', location: 'المواقع',
  document: 'الملفات', video: 'الفيديوهات', other: 'هذا النوع من الرسائل',
};

/**
 * Simple Modern Standard Arabic (B1), no vowel marks. Sentences addressed to the resident are
 * written so that they read the same for a man and a woman where Arabic allows it (verbal nouns,
 * "يمكنك", past tense). Dutch service names stay Dutch with a short explanation in brackets;
 * numbers and times as in Dutch ("09:00").
 */
export const arabicTexts: AssistantTexts = {
  welcome:
    'مرحبا! أنا المساعد الرقمي لفريق العمل الاجتماعي في الحي (sociaal wijkteam). أنا لست إنسانا. ' +
    'سأطرح عليك بعض الأسئلة. بعد ذلك أنقل سؤالك إلى أخصائي اجتماعي. ' +
    'نحتفظ برسائلك فقط لمساعدتك. لا داعي لذكر اسمك. ' +
    'للتحدث مع إنسان فورا، يمكنك كتابة «إنسان» أو «mens».',
  welcomeBack: 'يسعدنا أن نسمع منك مرة أخرى. أنا المساعد الرقمي، ولست إنسانا.',
  askOpen: 'ما الذي يحدث معك؟ يمكنك الكتابة بكلماتك الخاصة.',
  askOpenAgain: 'لم أفهم بعد بشكل جيد ما هي المساعدة المطلوبة. هل يمكنك إخباري بالمزيد؟',
  chooseDomain: 'ما موضوع سؤالك؟ يمكنك اختيار الأنسب.',
  domainOptions: {
    'self-reliance': 'المال أو الرسائل أو السكن',
    health: 'الصحة والشعور بالراحة',
    network: 'العائلة أو الوحدة أو رعاية شخص ما',
    neighbourhood: 'الجيران والحي',
    'growing-up': 'الأطفال أو العمل أو اللغة',
  },
  somethingElse: 'شيء آخر',
  questions: {
    'deadline-money': 'هل هناك تاريخ سيحدث فيه شيء ما؟ مثلا قطع الغاز أو الماء، أو الإخلاء من البيت؟',
    debts: 'كم دينا عليك تقريبا؟ ولمن؟',
    'help-money': 'هل لديك مساعدة في الأمور المالية؟ مثلا bewindvoerder (شخص يدير أموالك) أو schuldhulp (مساعدة في الديون)؟',
    document: 'ما هي الرسالة أو الاستمارة؟ ومن أرسلها؟',
    'deadline-paperwork': 'متى يجب أن يكون الأمر جاهزا؟ هل يوجد تاريخ في الرسالة؟',
    'help-paperwork': 'هل نظر أحد معك في الرسالة؟',
    'living-situation': 'أين مكان سكنك الآن؟ هل لديك بيت خاص بك، أم أن إقامتك مؤقتة في مكان ما؟',
    'deadline-housing': 'هل يجب عليك مغادرة بيتك في تاريخ معين؟ أو هل هناك تاريخ آخر؟',
    landlord: 'هل تواصلت مع المالك أو مع شركة الإسكان (woningcorporatie)؟',
    'legal-matter': 'ما الموضوع؟ مثلا غرامة، أو فصل من العمل، أو خلاف، أو قضية في المحكمة؟',
    'deadline-legal': 'هل هناك تاريخ يجب عليك الرد قبله؟',
    'help-legal': 'هل تحدثت مع محام أو مع Juridisch Loket (استشارة قانونية مجانية)؟',
    'work-situation': 'هل لديك عمل أو إعانة (uitkering) الآن، أم أنك في المدرسة؟',
    'work-goal': 'ما الذي يهمك أكثر: عمل، أو دورة تعليمية، أو نشاط يملأ يومك؟',
    'work-limits': 'هل هناك شيء يجعل الأمر صعبا؟ مثلا صحتك أو اللغة؟',
    children: 'عن أي طفل يتعلق الأمر، وكم عمره؟',
    'child-situation': 'ما الذي لاحظته على طفلك؟ في البيت، أو في المدرسة، أو مع أصدقائه؟',
    'help-youth': 'هل هناك مساعدة بالفعل، مثلا من المدرسة أو من jeugdteam (فريق الأطفال والشباب)؟',
    'language-level': 'كيف مستواك في اللغة الهولندية الآن؟ في القراءة والكتابة والكلام؟',
    'integration-status': 'هل عليك إكمال برنامج الاندماج (inburgering)؟ هل بدأت دورة لغة؟',
    'language-need': 'في أي مجال تهمك اللغة أكثر: العمل، أو الرسائل، أو التعرف على الناس؟',
    'neighbour-issue': 'ماذا يحدث مع الجيران؟ ومنذ متى؟',
    'neighbour-contact': 'هل تحدثت مع جيرانك عن ذلك؟',
    'neighbour-others': 'هل يزعج ذلك جيرانا آخرين أيضا؟',
    'activity-interest': 'ما هي هواياتك؟ أو ماذا يهمك تعلمه؟',
    'activity-moment': 'متى يكون لديك وقت؟ في النهار أم في المساء؟',
    'activity-idea': 'هل لديك فكرة للحي؟ يسعدني أن أعرف المزيد عنها.',
    'mental-complaints': 'منذ متى وأنت على هذه الحال؟',
    'mental-daily': 'هل يمكنك النوم والأكل وقضاء يومك بشكل عادي؟',
    'help-mental': 'هل لديك مساعدة بالفعل، مثلا من طبيب العائلة (huisarts) أو من أخصائي نفسي؟',
    'health-limits': 'ما الذي أصبح صعبا عليك بسبب صحتك؟',
    'health-daily': 'كيف تسير أمور التسوق وأعمال البيت والتنقل؟',
    'help-health': 'هل لديك مساعدة بالفعل، مثلا رعاية منزلية (thuiszorg) أو أداة مساعدة؟',
    'ageing-daily': 'ما الذي لم يعد يسير جيدا كما في السابق؟',
    'ageing-safety': 'هل يعيش معك أحد؟ هل لديك شعور بالأمان في بيتك؟',
    'help-ageing': 'هل يأتي أحد للمساعدة بالفعل، مثلا العائلة أو الرعاية المنزلية (thuiszorg)؟',
    substance: 'ما الموضوع؟ مثلا الكحول أو المخدرات أو القمار؟',
    'substance-who': 'هل الأمر يخصك أنت، أم يخص شخصا آخر؟',
    'help-addiction': 'هل حصلت على مساعدة لهذا من قبل؟',
    'contact-frequency': 'ما مدى تواصلك مع أشخاص آخرين؟ كم مرة تقريبا؟',
    'loneliness-wish': 'أي نوع من التواصل يسعدك؟ مثلا تناول الطعام مع آخرين، أو المشي، أو رفيق (maatje)؟',
    'loneliness-barrier': 'هل هناك شيء يجعل الخروج من البيت صعبا عليك؟',
    'care-for': 'من هو الشخص الذي يحتاج إلى رعايتك؟ وماذا تشمل هذه الرعاية؟',
    'care-load': 'كم من الوقت تأخذ الرعاية؟ هل ما زال الأمر ممكنا بالنسبة لك؟',
    'help-care': 'هل لديك مساعدة بالفعل، مثلا respijtzorg (رعاية مؤقتة تتيح لك الراحة) أو رعاية منزلية (thuiszorg)؟',
    'relationship-situation': 'مع من لا تسير الأمور جيدا؟ شريك حياتك، أو شريكك السابق، أو شخص من عائلتك؟',
    'relationship-children': 'هل يوجد أطفال في هذا الوضع؟',
    'relationship-safety': 'هل أنت بأمان في البيت؟',
    'tried-network': 'ماذا جربت بنفسك حتى الآن؟ وهل يوجد شخص حولك يمكنه المساعدة؟',
    tried: 'ماذا جربت بنفسك حتى الآن؟',
    network: 'هل يوجد شخص حولك يمكنه المساعدة؟ مثلا العائلة أو الأصدقاء أو الجيران؟',
    wish: 'ما الذي قد يساعدك أكثر الآن؟',
  },
  summary: (sentences) => `سألخص ما فهمته. هل هذا صحيح؟\n${sentences.join('\n')}`,
  summaryTopics: (labels) => `- سؤالك عن: ${joinArabic(labels)}`,
  summaryQuote: (words) => `- كتبت: «${words}»`,
  summaryDeadline: (deadline) => `- هناك تاريخ: ${deadline}`,
  summaryUrgent: '- الأمر عاجل، هذا الأسبوع',
  summaryTried: (tried) => `- قمت بهذا بالفعل: ${tried}`,
  summaryNetwork: (network) => `- من حولك: ${network}`,
  summaryWish: (wish) => `- هذا ما قد يساعدك أكثر: ${wish}`,
  summaryCorrection: (correction) => `- إضافتك: «${correction}»`,
  confirmYes: 'نعم، هذا صحيح',
  confirmNo: 'لا، أريد تعديل شيء',
  askCorrection: 'ما الذي ليس صحيحا، أو ما الذي يجب إضافته؟ يمكنك الكتابة بكلماتك الخاصة.',
  offer: (offer) =>
    `قد يناسبك هذا أيضا: ${offer.name}. الوصف (باللغة الهولندية): ${offer.description} ` +
    `المكان: ${offer.place}. الوقت: ${offer.hours}.${offer.link ? ` معلومات أكثر: ${offer.link}` : ''} ` +
    'هذا مجرد اقتراح. سيساعدك أخصائي اجتماعي في كل الأحوال.',
  askContact: 'ما الطريقة المناسبة لك ليتواصل معك الأخصائي الاجتماعي؟',
  contactOptions: { chat: 'هنا في المحادثة', phone: 'مكالمة هاتفية', visit: 'زيارة في البيت' },
  askPhone: 'ما هو الرقم الذي يمكن للأخصائي الاجتماعي الاتصال بك عليه؟ يمكنك أيضا تخطي هذا السؤال.',
  askAddress: 'أين يمكن للأخصائي الاجتماعي زيارتك؟ يمكنك أيضا تخطي هذا السؤال.',
  skip: 'تخطي',
  askConsent: 'هل يمكنني مشاركة هذا الملخص ومحادثتنا مع أخصائي اجتماعي؟',
  consentYes: 'نعم، لا مانع',
  consentNo: 'لا',
  noConsent:
    'حسنا، لن أشارك أي شيء. يمكنك طلب المساعدة لاحقا في أي وقت بكتابة «إنسان». ' +
    'لحذف رسائلك الآن، يمكنك كتابة «انسني».',
  handedOff: (when) => `شكرا. نقلت سؤالك إلى أخصائي اجتماعي. ${when} يمكنك مواصلة الكتابة هنا.`,
  humanRequested: (when) =>
    `سأنقلك إلى أخصائي اجتماعي. سيرى ما كتبته حتى الآن. ${when} يمكنك مواصلة الكتابة هنا.`,
  openNow: (hours) => `هناك من يعمل الآن. عادة يصلك الرد خلال ${count(hours, hourForms)}.`,
  openLater: (moment) => `نحن الآن خارج أوقات العمل. سيرد عليك أخصائي اجتماعي ${moment}.`,
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0
      ? `اليوم ابتداء من الساعة ${time}`
      : dayOffset === 1
        ? `غدا ابتداء من الساعة ${time}`
        : `يوم ${weekdays[weekday]} ابتداء من الساعة ${time}`,
  stillWaiting: 'سؤالك الآن عند أخصائي اجتماعي. أضفت رسالتك إليه.',
  addedForWorker: 'شكرا، أضفت هذا.',
  stopped: (days) =>
    `حسنا، سنتوقف. سيتم حذف رسائلك بعد ${count(days, dayForms)}. ` +
    'لحذفها الآن، يمكنك كتابة «انسني». يمكنك البدء من جديد في أي وقت.',
  forgetConfirm: 'هل أحذف كل ما كتبته هنا؟ لا يمكن التراجع عن ذلك.',
  forgetYes: 'نعم، احذف كل شيء',
  forgetNo: 'لا، لا تحذف',
  forgotten: 'تم حذف كل شيء. يمكنك البدء من جديد في أي وقت.',
  forgetCancelled: 'حسنا، لن أحذف أي شيء. لنكمل.',
  restarted: 'لنبدأ من جديد.',
  restartWhileHandedOff: 'سؤالك موجود بالفعل عند أخصائي اجتماعي. يمكنك مواصلة الكتابة هنا.',
  help:
    'أنا مساعد رقمي، ولست إنسانا. يمكنك دائما كتابة: «إنسان» (أو «mens») للتحدث مع أخصائي اجتماعي، ' +
    '«من جديد» للبدء من جديد، «توقف» (أو «stop») للتوقف، «انسني» (أو «vergeet mij») لحذف كل شيء.',
  unknownCommand: 'لا أعرف هذا الأمر. يمكنك كتابة «مساعدة» لمعرفة الأوامر، أو إخباري بما يحدث معك.',
  nonText: (kind) =>
    `شكرا. للأسف لا أستطيع فتح ${kindNames[kind] ?? kindNames.other}. هل يمكنك كتابة رسالتك في كلمات قليلة؟`,
  empty: 'لم يصلني أي نص. هل يمكنك كتابة رسالتك مرة أخرى؟',
  tooLong: (kept) =>
    `رسالتك طويلة جدا. احتفظت بأول ${count(kept, characterForms)}. يمكن للأخصائي الاجتماعي الحديث معك عن الباقي لاحقا.`,
  workerClaimed: (name) => `سؤالك الآن عند ${name} من فريق العمل الاجتماعي. من الآن، المحادثة مع إنسان وليس مع المساعد الرقمي.`,
  caseClosed: 'أغلق الأخصائي الاجتماعي ملف سؤالك. يمكنك الكتابة هنا من جديد في أي وقت.',
  somethingWentWrong: 'عذرا، حدث خطأ من جهتي. يرجى المحاولة مرة أخرى بعد دقيقة. هل أنت في خطر؟ اتصل بالرقم 112.',
};

function joinArabic(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;
}

/** The counted noun after a number: 1 and 2 in words, 3–10 plural, 11–99 singular accusative, else singular. */
interface CountForms { one: string; two: string; plural: string; accusative: string; singular: string }
const hourForms: CountForms = { one: 'ساعة واحدة', two: 'ساعتين', plural: 'ساعات', accusative: 'ساعة', singular: 'ساعة' };
const dayForms: CountForms = { one: 'يوم واحد', two: 'يومين', plural: 'أيام', accusative: 'يوما', singular: 'يوم' };
const characterForms: CountForms = { one: 'حرف واحد', two: 'حرفين', plural: 'أحرف', accusative: 'حرفا', singular: 'حرف' };

function count(value: number, forms: CountForms): string {
  if (value === 1) return forms.one;
  if (value === 2) return forms.two;
  const rest = value % 100;
  if (rest >= 3 && rest <= 10) return `${value} ${forms.plural}`;
  if (rest >= 11 && rest <= 99) return `${value} ${forms.accusative}`;
  return `${value} ${forms.singular}`;
}
