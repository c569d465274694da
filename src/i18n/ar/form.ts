import { plural } from '../helpers.js';
import type { FormTerms } from '../terms.js';

/** The registration form's words in Arabic; see ./elements.ts for the address, the isolates around data and the plurals. */
const form: FormTerms = {
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
  maxLength: (count, n) =>
    plural('ar', count, { one: 'الحد الأقصى حرف واحد.', two: 'الحد الأقصى حرفان.', few: `الحد الأقصى ${n} أحرف.`, many: `الحد الأقصى ${n} حرفًا.`, other: `الحد الأقصى ${n} حرف.` }),
  submit: 'تسجيل',
  submitWaitlist: 'التسجيل في قائمة الانتظار',
  honeypot: 'اتركوا هذه الخانة فارغة',
  mailIntro: 'يتم التسجيل عبر البريد الإلكتروني: عند الضغط على «تسجيل» يُفتح برنامج بريدكم الإلكتروني وفيه بياناتكم.',
  full: 'اكتمل العدد في هذا النشاط.',
  fullWaitlist: 'اكتمل العدد في هذا النشاط. يمكنكم التسجيل في قائمة الانتظار.',
  closed: 'التسجيل مغلق.',
  opensAt: (date) => `يبدأ التسجيل في ${date}.`,
  cancelled: 'أُلغي هذا النشاط. لا يمكن التسجيل.',
  past: 'انتهى هذا النشاط. لم يعد التسجيل ممكنًا.',
};

export default form;
