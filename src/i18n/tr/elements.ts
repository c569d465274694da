import type { Terms } from '../terms.js';

/*
 * Turkish, formal address ("siz"). These element words, the form's words
 * (./form.ts) and the problem texts (./problems.ts) are chunks of their own,
 * each fetched the first time a page needs it in Turkish, so other pages
 * never download them.
 *
 * Turkish attaches case endings to nouns, and the right ending of a name
 * depends on how it sounds ("Utrecht'te", "Overvecht'e"): no sentence in this
 * folder puts an ending on event data. Data stands before a postposition ("… ile",
 * "… ev sahipliğinde"), after a colon, or before a noun that takes the ending
 * ("… etkinliğine", "… tarihinden önce", "… semtinde").
 *
 * Turkish nouns stay singular after a number ("1 yer", "12 yer"), so one
 * form serves every count and no sentence needs Intl.PluralRules.
 */

const elements: Terms = {
  lang: 'tr',

  notice: {
    title: 'Bu etkinlik gösterilemedi',
    forEditor: 'Bu sayfanın yöneticisi için:',
  },

  announcement: {
    probableVenue: 'Muhtemel yer',
    hostedBy: (hosts, area) => [hosts ? [hosts, ' ev sahipliğinde'] : '', hosts && area ? ', ' : '', area ? [area, ' semtinde'] : ''],
    when: 'Ne zaman',
    dateTime: ', ',
    where: 'Nerede',
    audience: 'Kimler için',
    program: 'Program',
    registration: 'Kayıt',
    openForm: 'Kayıt formunu açın',
    organizedBy: 'Düzenleyen',
    map: 'Haritada göster',
    addToCalendar: 'Takviminize ekleyin',
    icsFile: 'Takvim dosyası (.ics)',
    googleCalendar: 'Google Takvim',
    outlookCalendar: 'Outlook.com takvimi',
    office365Calendar: 'Microsoft 365 takvimi (Outlook)',
    status: {
      cancelled: 'Bu etkinlik iptal edildi.',
      postponed: 'Bu etkinlik ertelendi.',
      rescheduled: 'Bu etkinlik yeni bir tarihe taşındı.',
      online: 'Bu etkinlik çevrim içi yapılacak.',
    },
    past: 'Bu etkinlik sona erdi.',
    registerBy: ({ deadline, contact, email }) => [
      'Kaydolmak için',
      deadline ? ` ${deadline} tarihinden önce` : '',
      contact ? [' ', contact, ' ile'] : '',
      ' iletişime geçin',
      email ? [': ', email] : '',
      '.',
    ],
    contactBy: ({ contact, email }) => ['İletişim: ', contact ?? '', email ? [contact ? ', e-posta: ' : '', email] : '', '.'],
    mailSubject: (name) => `Kayıt: ${name}`,
    eventPage: 'Daha fazla bilgi ve kayıt',
  },

  agenda: {
    speakers: 'Konuşmacılar',
  },

  seats: {
    open: (_count, n) => `${n} yer kaldı`,
    capacity: (_count, n) => `Kontenjan: ${n} kişi`,
    openUnknown: 'Kayıtlar açık',
    few: (_count, n) => `Neredeyse doldu: son ${n} yer`,
    full: 'Kontenjan doldu',
    waitlist: 'Kontenjan doldu — yedek liste açık',
    closed: 'Kayıtlar kapandı',
    limited: 'Sınırlı kontenjan',
    cancelled: 'İptal edildi',
    past: 'Sona erdi',
    stale: 'güncel olmayabilir',
  },
};

export default elements;
