import type { ProblemText, Terms } from './terms.js';
import { plural } from './terms.js';

/*
 * Arabic (Modern Standard Arabic), addressing the reader politely in the
 * plural, as Dutch municipalities' translated letters do. Written right to
 * left. Fetched as a chunk of its own when a visitor reads Arabic, with the
 * form's words and the problem texts, so other pages never download it.
 *
 * Event data is mostly Dutch, in Latin script. Where it sits in a sentence the
 * elements isolate it (`<bdi>`); in the plain-text strings below (error
 * messages, e-mail, problem texts) `isolate` does the same with Unicode's
 * first-strong isolate, so "Welke ronde?" keeps its question mark on its own
 * side and "06 12345678" is not turned around.
 *
 * Counted nouns follow Arabic grammar through Intl.PluralRules: 1 and 2 have
 * their own words, 3–10 take the plural ("3 مقاعد"), 11–99 the singular
 * accusative ("11 مقعدًا"), 100 and up the singular ("100 مقعد").
 */

const isolate = (text: string) => `\u2068${text}\u2069`;
const shown = (value?: string) => (value === undefined ? '' : ` «${isolate(value)}»`);

const problem: ProblemText = ({ code, path, value, expected = '' }) => {
  const field = path ? `${isolate(path)}:` : 'البيانات:';
  switch (code) {
    case 'json':
      return `${field} ليس JSON صالحًا${value ? ` (${isolate(value)})` : ''}.`;
    case 'required':
      return `${field} مفقود أو فارغ.`;
    case 'type':
      return `${field}${shown(value)} ليس بالشكل الصحيح (المتوقع: ${isolate(expected)}).`;
    case 'date':
      return `${field}${shown(value)} ليس تاريخًا بصيغة ISO 8601 (مثل ${isolate('2019-01-29T16:00')}).`;
    case 'timeZone':
      return `${field}${shown(value)} ليس منطقة زمنية معروفة (مثل ${isolate('Europe/Amsterdam')}).`;
    case 'enum':
      return `${field}${shown(value)} قيمة غير مسموح بها (اختاروا من: ${isolate(expected)}).`;
    case 'url':
      return `${field}${shown(value)} ليس رابط http أو https.`;
    case 'jsonld':
      return `${field} لم يُعثر على Event من schema.org في JSON-LD.`;
    case 'fetch':
      return `${field} تعذّر التحميل${value ? ` (${isolate(value)})` : ''}.`;
    case 'missing':
      return 'لم تُعطَ بيانات النشاط (استخدموا الخاصية event، أو السمة event أو src، أو سكربت JSON-LD).';
  }
};

/** "بقي 3 مقاعد", "بقي 11 مقعدًا": seats left. */
const seatsLeft = (count: number, n: string) =>
  plural('ar', count, {
    zero: 'لم يبقَ أي مقعد',
    one: 'بقي مقعد واحد',
    two: 'بقي مقعدان',
    few: `بقي ${n} مقاعد`,
    many: `بقي ${n} مقعدًا`,
    other: `بقي ${n} مقعد`,
  });

export const terms: Terms = {
  lang: 'ar',
  dir: 'rtl',
  /*
   * Latin digits and a 24-hour clock, whatever the page's tag: Intl gives Arabic-Indic digits
   * for plain "ar" in some engines and Latin in others, and Arabic speakers in the Netherlands
   * (most with roots in Morocco, where Latin digits are the norm) read the Latin digits of Dutch
   * addresses, postcodes and phone numbers every day. One set of digits on the whole page, and
   * "16:00–19:00" as the invitation writes it.
   */
  intlLocale: (tag) => new Intl.Locale(tag, { numberingSystem: 'latn', hourCycle: 'h23' }).toString(),
  problem,

  notice: {
    title: 'تعذّر عرض هذا النشاط',
    forEditor: 'إلى المسؤول عن هذه الصفحة:',
  },

  announcement: {
    probableVenue: 'الموقع المرجّح',
    hostedBy: (hosts, area) => [hosts ? ['باستضافة ', hosts] : '', hosts && area ? ' ' : '', area ? ['في حي ', area] : ''],
    when: 'الموعد',
    dateTime: '، ',
    where: 'المكان',
    audience: 'لمن هذا النشاط',
    program: 'البرنامج',
    registration: 'التسجيل',
    organizedBy: 'تنظيم',
    map: 'عرض على الخريطة',
    addToCalendar: 'إضافة إلى التقويم',
    icsFile: 'ملف تقويم (.ics)',
    googleCalendar: 'تقويم Google',
    outlookCalendar: 'تقويم Outlook',
    status: {
      cancelled: 'أُلغي هذا النشاط.',
      postponed: 'أُجّل هذا النشاط.',
      rescheduled: 'نُقل هذا النشاط إلى موعد جديد.',
      online: 'يُقام هذا النشاط عبر الإنترنت.',
    },
    registerBy: ({ deadline, contact, email }) => [
      'يُرجى التسجيل',
      deadline ? ` قبل ${deadline}` : '',
      contact ? [' لدى ', contact] : '',
      email ? [' عبر البريد الإلكتروني ', email] : '',
      '.',
    ],
    contactBy: ({ contact, email }) => ['للتواصل: ', contact ?? '', email ? [contact ? ' عبر البريد الإلكتروني ' : '', email] : '', '.'],
    mailSubject: (name) => `تسجيل: ${isolate(name)}`,
  },

  agenda: {
    speakers: 'المتحدثون',
  },

  seats: {
    open: seatsLeft,
    capacity: (count, n) =>
      plural('ar', count, { zero: 'لا توجد مقاعد', one: 'مقعد واحد', two: 'مقعدان', few: `${n} مقاعد`, many: `${n} مقعدًا`, other: `${n} مقعد` }),
    openUnknown: 'التسجيل مفتوح',
    few: (count, n) => `العدد شبه مكتمل: ${seatsLeft(count, n)}`,
    full: 'العدد مكتمل',
    waitlist: 'العدد مكتمل — قائمة الانتظار مفتوحة',
    closed: 'التسجيل مغلق',
    limited: 'عدد المقاعد محدود',
    cancelled: 'ملغى',
    stale: 'قد لا يكون العدد محدَّثًا',
  },

  form: {
    label: (name) => `التسجيل في ${name}`,
    waitlistLabel: (name) => `التسجيل في قائمة انتظار ${name}`,
    optional: '(اختياري)',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    organization: 'المنظمة أو المبادرة',
    role: 'أحضر بصفتي',
    remarks: 'ملاحظات',
    consent: 'أوافق على استخدام بياناتي لغرض هذا التسجيل.',
    privacy: (link) => ['اطّلعوا على كيفية تعاملنا مع بياناتكم في ', link, '.'],
    privacyLink: 'بيان الخصوصية',
    choose: 'يُرجى الاختيار',
    submit: 'تسجيل',
    submitWaitlist: 'التسجيل في قائمة الانتظار',
    submitting: 'جارٍ التسجيل…',
    retry: 'إعادة المحاولة',
    honeypot: 'اتركوا هذه الخانة فارغة',
    problem: 'هناك مشكلة',
    errorPrefix: 'خطأ:',
    errors: {
      nameRequired: 'يُرجى إدخال اسمكم',
      emailRequired: 'يُرجى إدخال عنوان بريدكم الإلكتروني',
      emailInvalid: `يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل ${isolate('naam@voorbeeld.nl')}`,
      consentRequired: 'يُرجى إعطاء موافقتكم للتسجيل',
      required: (label) => `يُرجى ملء خانة «${isolate(label)}»`,
      choose: (label) => `يُرجى اختيار إجابة في «${isolate(label)}»`,
      check: (label) => `يُرجى تحديد خانة «${isolate(label)}»`,
      tooLong: (label, max) =>
        `يجب ألّا يزيد طول «${isolate(label)}» على ${plural('ar', max, { few: `${max} أحرف`, many: `${max} حرفًا`, other: `${max} حرف` })}`,
      number: (label) => `يُرجى إدخال رقم في «${isolate(label)}»`,
      tel: (label) => `يُرجى إدخال رقم هاتف صحيح في «${isolate(label)}»، مثل ${isolate('06 12345678')}`,
    },
    mailIntro: 'يتم التسجيل عبر البريد الإلكتروني: عند الضغط على «تسجيل» يُفتح برنامج بريدكم الإلكتروني وفيه بياناتكم.',
    mailOpened: (link) => [
      'فُتح برنامج بريدكم الإلكتروني وفيه طلب تسجيلكم. أرسلوا هذه الرسالة لإتمام التسجيل. لم يُفتح شيء؟ أرسلوا إذن رسالة إلى ',
      link,
      '.',
    ],
    mailGreeting: (name) => `أودّ التسجيل في ${isolate(name)}.`,
    sending: 'جارٍ إرسال طلب تسجيلكم…',
    confirmedHeading: 'تم تسجيلكم',
    waitlistedHeading: 'أنتم على قائمة الانتظار',
    confirmed: (name) => ['استلمنا طلب تسجيلكم في ', name, '.'],
    waitlisted: (name) => ['اكتمل العدد في ', name, '. أنتم على قائمة الانتظار: سنُعلمكم عندما يتوفر مقعد.'],
    questions: ({ contact, email }) => ['لديكم أسئلة؟ تواصلوا ', contact ? ['مع ', contact] : 'معنا', email ? [' عبر البريد الإلكتروني ', email] : '', '.'],
    failedHeading: 'لم يُرسَل طلب تسجيلكم',
    failedNetwork: 'لا يوجد اتصال بالخادم.',
    failedTimeout: 'لم يستجب الخادم في الوقت المحدد.',
    failed: 'حدث خطأ أثناء الإرسال.',
    busy: (seconds) =>
      `هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد ${
        seconds
          ? plural('ar', seconds, { one: 'ثانية واحدة', two: 'ثانيتين', few: `${seconds} ثوانٍ`, many: `${seconds} ثانية`, other: `${seconds} ثانية` })
          : 'قليل'
      }.`,
    kept: 'ما أدخلتموه لا يزال في النموذج.',
    mailFallback: (link) => ['لم ينجح ذلك؟ سجّلوا إذن عبر البريد الإلكتروني: ', link, '.'],
    full: 'اكتمل العدد في هذا النشاط.',
    fullWaitlist: 'اكتمل العدد في هذا النشاط. يمكنكم التسجيل في قائمة الانتظار.',
    closed: 'التسجيل مغلق.',
    opensAt: (date) => `يبدأ التسجيل في ${date}.`,
    cancelled: 'أُلغي هذا النشاط. لا يمكن التسجيل.',
  },
};
