import type { ProblemText, Terms } from './terms.js';

/*
 * Turkish, formal address ("siz"). Fetched as a chunk of its own when a
 * visitor reads Turkish, with the form's words and the problem texts, so other
 * pages never download it.
 *
 * Turkish attaches case endings to nouns, and the right ending of a name
 * depends on how it sounds ("Utrecht'te", "Overvecht'e"): no sentence here
 * puts an ending on event data. Data stands before a postposition ("… ile",
 * "… ev sahipliğinde"), after a colon, or before a noun that takes the ending
 * ("… etkinliğine", "… tarihinden önce", "… semtinde").
 *
 * Turkish nouns stay singular after a number ("1 yer", "12 yer"), so one
 * form serves every count and no sentence needs Intl.PluralRules.
 */

const shown = (value?: string) => (value === undefined ? '' : ` "${value}"`);

const problem: ProblemText = ({ code, path, value, expected }) => {
  const field = path ? `${path}:` : 'Veriler:';
  switch (code) {
    case 'json':
      return `${field} geçerli bir JSON değil${value ? ` (${value})` : ''}.`;
    case 'required':
      return `${field} eksik veya boş.`;
    case 'type':
      return `${field}${shown(value)} yanlış biçimde (beklenen: ${expected}).`;
    case 'date':
      return `${field}${shown(value)} ISO 8601 biçiminde bir tarih değil (örneğin 2019-01-29T16:00).`;
    case 'timeZone':
      return `${field}${shown(value)} bilinen bir saat dilimi değil (örneğin Europe/Amsterdam).`;
    case 'enum':
      return `${field}${shown(value)} izin verilen bir değer değil (şunlardan birini seçin: ${expected}).`;
    case 'url':
      return `${field}${shown(value)} bir http veya https bağlantısı değil.`;
    case 'jsonld':
      return `${field} JSON-LD içinde schema.org Event bulunamadı.`;
    case 'fetch':
      return `${field} yüklenemedi${value ? ` (${value})` : ''}.`;
    case 'missing':
      return 'Etkinlik verisi verilmedi (event özelliğini, event veya src niteliğini ya da bir JSON-LD betiğini kullanın).';
  }
};

export const terms: Terms = {
  lang: 'tr',
  problem,

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
    organizedBy: 'Düzenleyen',
    map: 'Haritada göster',
    addToCalendar: 'Takviminize ekleyin',
    icsFile: 'Takvim dosyası (.ics)',
    googleCalendar: 'Google Takvim',
    outlookCalendar: 'Outlook takvimi',
    status: {
      cancelled: 'Bu etkinlik iptal edildi.',
      postponed: 'Bu etkinlik ertelendi.',
      rescheduled: 'Bu etkinlik yeni bir tarihe taşındı.',
      online: 'Bu etkinlik çevrim içi yapılacak.',
    },
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
    stale: 'güncel olmayabilir',
  },

  form: {
    label: (name) => `Kayıt formu: ${name}`,
    waitlistLabel: (name) => `Yedek liste kaydı: ${name}`,
    optional: '(isteğe bağlı)',
    name: 'Ad soyad',
    email: 'E-posta adresi',
    organization: 'Kuruluş veya girişim',
    role: 'Katılım sıfatınız',
    remarks: 'Notlar',
    consent: 'Bilgilerimin bu kayıt için kullanılmasına izin veriyorum.',
    privacy: (link) => ['Bilgilerinizi nasıl kullandığımızı ', link, ' okuyabilirsiniz.'],
    privacyLink: 'gizlilik bildirimimizde',
    choose: 'Bir seçenek belirleyin',
    submit: 'Kaydol',
    submitWaitlist: 'Yedek listeye kaydol',
    submitting: 'Kaydınız yapılıyor…',
    retry: 'Tekrar deneyin',
    honeypot: 'Bu alanı boş bırakın',
    problem: 'Bir sorun var',
    errorPrefix: 'Hata:',
    errors: {
      nameRequired: 'Adınızı ve soyadınızı yazın',
      emailRequired: 'E-posta adresinizi yazın',
      emailInvalid: 'Geçerli bir e-posta adresi yazın, örneğin ad@ornek.nl',
      consentRequired: 'Kaydolmak için izin verin',
      required: (label) => `“${label}” alanını doldurun`,
      choose: (label) => `“${label}” için bir seçenek belirleyin`,
      check: (label) => `“${label}” kutusunu işaretleyin`,
      tooLong: (label, max) => `“${label}” en fazla ${max} karakter olabilir`,
      number: (label) => `“${label}” alanına bir sayı yazın`,
      tel: (label) => `“${label}” alanına geçerli bir telefon numarası yazın, örneğin 06 12345678`,
    },
    mailIntro: 'Kayıt e-posta ile yapılır: Kaydol düğmesine bastığınızda e-posta programınız bilgilerinizle birlikte açılır.',
    mailOpened: (link) => [
      'E-posta programınız kaydınızla birlikte açıldı. Kaydolmak için bu e-postayı gönderin. Hiçbir şey açılmadı mı? O zaman ',
      link,
      ' adresine yazın.',
    ],
    mailGreeting: (name) => `${name} etkinliğine kaydolmak istiyorum.`,
    sending: 'Kaydınız gönderiliyor…',
    confirmedHeading: 'Kaydınız tamamlandı',
    waitlistedHeading: 'Yedek listedesiniz',
    confirmed: (name) => [name, ' etkinliği için kaydınızı aldık.'],
    waitlisted: (name) => [name, ' etkinliğinin kontenjanı dolu. Yedek listedesiniz: yer açılırsa size haber vereceğiz.'],
    questions: ({ contact, email }) => ['Sorularınız mı var? ', contact ? [contact, ' ile'] : 'Bizimle', ' iletişime geçin', email ? [': ', email] : '', '.'],
    failedHeading: 'Kaydınız gönderilemedi',
    failedNetwork: 'Sunucuyla bağlantı kurulamadı.',
    failedTimeout: 'Sunucu zamanında yanıt vermedi.',
    failed: 'Gönderirken bir sorun oluştu.',
    busy: (seconds) =>
      seconds ? `Şu anda yoğunluk çok fazla. ${seconds} saniye sonra tekrar deneyin.` : 'Şu anda yoğunluk çok fazla. Biraz sonra tekrar deneyin.',
    kept: 'Doldurduğunuz bilgiler formda duruyor.',
    mailFallback: (link) => ['Olmuyor mu? O zaman e-posta ile kaydolun: ', link, '.'],
    full: 'Bu etkinliğin kontenjanı doldu.',
    fullWaitlist: 'Bu etkinliğin kontenjanı doldu. Yedek listeye kaydolabilirsiniz.',
    closed: 'Kayıtlar kapandı.',
    opensAt: (date) => `Kayıtlar ${date} tarihinde açılıyor.`,
    cancelled: 'Bu etkinlik iptal edildi. Kayıt yapılamaz.',
  },
};
