import type { FormTerms } from '../terms.js';

/** The registration form's words in Turkish; see ./elements.ts for the rules the sentences follow. */
const form: FormTerms = {
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
  maxLength: (_count, n) => `En fazla ${n} karakter.`,
  submit: 'Kaydol',
  submitWaitlist: 'Yedek listeye kaydol',
  honeypot: 'Bu alanı boş bırakın',
  mailIntro: 'Kayıt e-posta ile yapılır: Kaydol düğmesine bastığınızda e-posta programınız bilgilerinizle birlikte açılır.',
  full: 'Bu etkinliğin kontenjanı doldu.',
  fullWaitlist: 'Bu etkinliğin kontenjanı doldu. Yedek listeye kaydolabilirsiniz.',
  closed: 'Kayıtlar kapandı.',
  opensAt: (date) => `Kayıtlar ${date} tarihinde açılıyor.`,
  cancelled: 'Bu etkinlik iptal edildi. Kayıt yapılamaz.',
  past: 'Bu etkinlik sona erdi. Artık kayıt yapılamaz.',
};

export default form;
