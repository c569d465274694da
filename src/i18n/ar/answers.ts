import { plural } from '../helpers.js';
import { isolate } from './elements.js';
import type { AnswerTerms } from '../terms.js';

/** The registration form's words for what follows a visitor's action, in Arabic; see ./elements.ts for the address, the isolates around data and the plurals. */
const answers: AnswerTerms = {
  retry: 'إعادة المحاولة',
  problem: 'هناك مشكلة',
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
  mailGreeting: (name) => `أودّ التسجيل في ${isolate(name)}.`,
  confirmedHeading: 'تم تسجيلكم',
  waitlistedHeading: 'أنتم على قائمة الانتظار',
  confirmed: (name) => ['استلمنا طلب تسجيلكم في ', name, '.'],
  waitlisted: (name) => ['اكتمل العدد في ', name, '. أنتم على قائمة الانتظار: سنُعلمكم عندما يتوفر مقعد.'],
  registeredAs: (name, email) => ['باسم ', name, '، ', email, '.'],
  emailFollows: 'ستصلكم رسالة تأكيد بالبريد الإلكتروني.',
  noEmail: 'لن تُرسل رسالة تأكيد بالبريد الإلكتروني.',
  questions: ({ contact, email }) => ['لديكم أسئلة؟ تواصلوا ', contact ? ['مع ', contact] : 'معنا', email ? [' عبر البريد الإلكتروني ', email] : '', '.'],
  failedHeading: 'لم يُرسَل طلب تسجيلكم',
  failedNetwork: 'لا يوجد اتصال بالخادم.',
  failedTimeout: 'لم يستجب الخادم في الوقت المحدد.',
  failed: 'حدث خطأ أثناء الإرسال.',
  rejected: 'لم يُقبل تسجيلك. تحقّق من بياناتك وحاول مرة أخرى، أو تواصل مع المنظّمين.',
  busy: (seconds) =>
    `هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد ${
      seconds
        ? plural('ar', seconds, { one: 'ثانية واحدة', two: 'ثانيتين', few: `${seconds} ثوانٍ`, many: `${seconds} ثانية`, other: `${seconds} ثانية` })
        : 'قليل'
    }.`,
  kept: 'ما أدخلتموه لا يزال في النموذج.',
  mailFallback: (link) => ['لم ينجح ذلك؟ سجّلوا إذن عبر البريد الإلكتروني: ', link, '.'],
  submitting: 'جارٍ التسجيل…',
  errorPrefix: 'خطأ:',
  mailOpened: (link) => [
    'فُتح برنامج بريدكم الإلكتروني وفيه طلب تسجيلكم. أرسلوا هذه الرسالة لإتمام التسجيل. لم يُفتح شيء؟ أرسلوا إذن رسالة إلى ',
    link,
    '.',
  ],
  sending: 'جارٍ إرسال طلب تسجيلكم…',
};

export default answers;
