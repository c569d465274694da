import type { AnswerTerms } from '../terms.js';

/** The registration form's words for what follows a visitor's action, in Turkish; see ./elements.ts for the rules the sentences follow. */
const answers: AnswerTerms = {
  retry: 'Tekrar deneyin',
  problem: 'Bir sorun var',
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
  mailGreeting: (name) => `${name} etkinliğine kaydolmak istiyorum.`,
  confirmedHeading: 'Kaydınız tamamlandı',
  waitlistedHeading: 'Yedek listedesiniz',
  confirmed: (name) => [name, ' etkinliği için kaydınızı aldık.'],
  waitlisted: (name) => [name, ' etkinliğinin kontenjanı dolu. Yedek listedesiniz: yer açılırsa size haber vereceğiz.'],
  registeredAs: (name, email) => [name, ' adına, ', email, '.'],
  emailFollows: 'E-posta ile bir onay alacaksınız.',
  noEmail: 'E-posta ile onay gönderilmeyecek.',
  questions: ({ contact, email }) => ['Sorularınız mı var? ', contact ? [contact, ' ile'] : 'Bizimle', ' iletişime geçin', email ? [': ', email] : '', '.'],
  failedHeading: 'Kaydınız gönderilemedi',
  failedNetwork: 'Sunucuyla bağlantı kurulamadı.',
  failedTimeout: 'Sunucu zamanında yanıt vermedi.',
  failed: 'Gönderirken bir sorun oluştu.',
  rejected: 'Kaydınız kabul edilmedi. Bilgilerinizi kontrol edip yeniden deneyin veya düzenleyenlerle iletişime geçin.',
  busy: (seconds) =>
    seconds ? `Şu anda yoğunluk çok fazla. ${seconds} saniye sonra tekrar deneyin.` : 'Şu anda yoğunluk çok fazla. Biraz sonra tekrar deneyin.',
  kept: 'Doldurduğunuz bilgiler formda duruyor.',
  mailFallback: (link) => ['Olmuyor mu? O zaman e-posta ile kaydolun: ', link, '.'],
  submitting: 'Kaydınız yapılıyor…',
  errorPrefix: 'Hata:',
  mailOpened: (link) => [
    'E-posta programınız kaydınızla birlikte açıldı. Kaydolmak için bu e-postayı gönderin. Hiçbir şey açılmadı mı? O zaman ',
    link,
    ' adresine yazın.',
  ],
  sending: 'Kaydınız gönderiliyor…',
};

export default answers;
