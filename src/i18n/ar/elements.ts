import { plural } from '../helpers.js';
import type { Terms } from '../terms.js';

/*
 * Arabic (Modern Standard Arabic), addressing the reader politely in the
 * plural, as Dutch municipalities' translated letters do. Written right to
 * left. These element words, the form's words (./form.ts) and the problem
 * texts (./problems.ts) are chunks of their own, each fetched the first time
 * a page needs it in Arabic, so other pages never download them.
 *
 * Event data is mostly Dutch, in Latin script. Where it sits in a sentence the
 * elements isolate it (`<bdi>`); in the plain-text strings of this folder (error
 * messages, e-mail, problem texts) `isolate` does the same with Unicode's
 * first-strong isolate, so "Welke ronde?" keeps its question mark on its own
 * side and "06 12345678" is not turned around.
 *
 * Counted nouns follow Arabic grammar through Intl.PluralRules: 1 and 2 have
 * their own words, 3–10 take the plural ("3 مقاعد"), 11–99 the singular
 * accusative ("11 مقعدًا"), 100 and up the singular ("100 مقعد").
 */

/**
 * Wraps `text` in Unicode's first-strong isolate (U+2068 … U+2069), the plain-text counterpart of
 * `<bdi>`. Arabic's form words and problem texts import it from here: this chunk is always on the
 * page before they are.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

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

const elements: Terms = {
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
    openForm: 'افتح نموذج التسجيل',
    organizedBy: 'تنظيم',
    map: 'عرض على الخريطة',
    addToCalendar: 'إضافة إلى التقويم',
    icsFile: 'ملف تقويم (.ics)',
    googleCalendar: 'تقويم Google',
    outlookCalendar: 'تقويم Outlook.com',
    office365Calendar: 'تقويم Microsoft 365 (Outlook)',
    status: {
      cancelled: 'أُلغي هذا النشاط.',
      postponed: 'أُجّل هذا النشاط.',
      rescheduled: 'نُقل هذا النشاط إلى موعد جديد.',
      online: 'يُقام هذا النشاط عبر الإنترنت.',
    },
    past: 'انتهى هذا النشاط.',
    registerBy: ({ deadline, contact, email }) => [
      'يُرجى التسجيل',
      deadline ? ` قبل ${deadline}` : '',
      contact ? [' لدى ', contact] : '',
      email ? [' عبر البريد الإلكتروني ', email] : '',
      '.',
    ],
    contactBy: ({ contact, email }) => ['للتواصل: ', contact ?? '', email ? [contact ? ' عبر البريد الإلكتروني ' : '', email] : '', '.'],
    mailSubject: (name) => `تسجيل: ${isolate(name)}`,
    eventPage: 'مزيد من المعلومات والتسجيل',
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
    past: 'انتهى',
    stale: 'قد لا يكون العدد محدَّثًا',
  },
};

export default elements;
