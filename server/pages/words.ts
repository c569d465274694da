import type { LanguageCode } from '../../src/i18n/index.js';
import type { Content } from './html.js';

/*
 * Every word of the server's own pages, one typed table per language: the visitor's cancel page
 * in every language the library speaks (Dutch is the source), the organiser's pages in Dutch and
 * English. Data never goes into a sentence here; pages show it beside the words, in `<bdi>`, so
 * no language has to bend a name to its grammar (Turkish case endings, Arabic word order).
 */

/** The cancel page, in the words of the person who signed up. */
export interface CancelWords {
  /** Labels of the event's facts. */
  when: string;
  where: string;
  /** Between the date and the time: "dinsdag 29 januari 2019, 16.00 – 19.00 uur". */
  dateTime: string;
  /** Heading above the registration's details. */
  registration: string;
  name: string;
  email: string;
  status: string;
  statuses: Record<'confirmed' | 'waitlisted' | 'cancelled', string>;
  ask: {
    title: string;
    lead: string;
    /** What cancelling does, for someone with a seat. */
    confirmed: string;
    /** What cancelling does, for someone on the waiting list. */
    waitlisted: string;
    button: string;
  };
  cancelled: { title: string; text: string };
  alreadyCancelled: { title: string; text: string };
  unknown: { title: string; text: string; todo: string };
}

const nlCancel: CancelWords = {
  when: 'Wanneer',
  where: 'Waar',
  dateTime: ', ',
  registration: 'Je aanmelding',
  name: 'Naam',
  email: 'E-mailadres',
  status: 'Status',
  statuses: { confirmed: 'Aangemeld', waitlisted: 'Op de wachtlijst', cancelled: 'Afgemeld' },
  ask: {
    title: 'Afmelden',
    lead: 'Kun je toch niet komen? Meld je dan hier af.',
    confirmed: 'Als je je afmeldt, gaat je plek naar iemand anders. Je krijgt daarna een e-mail ter bevestiging.',
    waitlisted: 'Je staat op de wachtlijst. Als je je afmeldt, gaat je naam van de wachtlijst af. Je krijgt daarna een e-mail ter bevestiging.',
    button: 'Afmelden',
  },
  cancelled: {
    title: 'Je bent afgemeld',
    text: 'Je plek gaat naar iemand anders. Je krijgt een e-mail waarin staat dat je bent afgemeld.',
  },
  alreadyCancelled: {
    title: 'Je was al afgemeld',
    text: 'Je hebt je eerder al afgemeld voor deze activiteit. Je hoeft niets meer te doen.',
  },
  unknown: {
    title: 'Deze link werkt niet',
    text: 'De link om je af te melden is niet geldig, of niet meer. Misschien is hij niet helemaal gekopieerd, of is je aanmelding verwijderd.',
    todo: 'Kopieer de hele link uit de e-mail en probeer het opnieuw. Lukt het dan nog niet? Neem contact op met de organisator van de activiteit. De gegevens staan in de e-mail over je aanmelding.',
  },
};

const enCancel: CancelWords = {
  when: 'When',
  where: 'Where',
  dateTime: ', ',
  registration: 'Your registration',
  name: 'Name',
  email: 'E-mail address',
  status: 'Status',
  statuses: { confirmed: 'Registered', waitlisted: 'On the waiting list', cancelled: 'Cancelled' },
  ask: {
    title: 'Cancel your registration',
    lead: 'Can you not come after all? Cancel your registration here.',
    confirmed: 'If you cancel, your place goes to someone else. You will get an e-mail to confirm it.',
    waitlisted: 'You are on the waiting list. If you cancel, your name comes off the waiting list. You will get an e-mail to confirm it.',
    button: 'Cancel my registration',
  },
  cancelled: {
    title: 'Your registration is cancelled',
    text: 'Your place goes to someone else. You will get an e-mail saying that you cancelled.',
  },
  alreadyCancelled: {
    title: 'You had already cancelled',
    text: 'You cancelled your registration for this event before. There is nothing more to do.',
  },
  unknown: {
    title: 'This link does not work',
    text: 'The link to cancel is not valid, or no longer valid. Perhaps it was not copied in full, or your registration was erased.',
    todo: 'Copy the whole link from the e-mail and try again. Still not working? Contact the organiser of the event. Their details are in the e-mail about your registration.',
  },
};

/** Formal address ("siz"), "yedek liste" and "yer" as the library's Turkish form says them. */
const trCancel: CancelWords = {
  when: 'Ne zaman',
  where: 'Nerede',
  dateTime: ', ',
  registration: 'Kaydınız',
  name: 'Ad soyad',
  email: 'E-posta adresi',
  status: 'Durum',
  statuses: { confirmed: 'Kayıtlı', waitlisted: 'Yedek listede', cancelled: 'İptal edildi' },
  ask: {
    title: 'Kaydınızı iptal edin',
    lead: 'Gelemeyecek misiniz? Kaydınızı buradan iptal edebilirsiniz.',
    confirmed: 'Kaydınızı iptal ederseniz yeriniz başka birine verilir. Ardından onay için bir e-posta alacaksınız.',
    waitlisted: 'Yedek listedesiniz. Kaydınızı iptal ederseniz adınız yedek listeden çıkarılır. Ardından onay için bir e-posta alacaksınız.',
    button: 'Kaydımı iptal et',
  },
  cancelled: {
    title: 'Kaydınız iptal edildi',
    text: 'Yeriniz başka birine verilecek. Kaydınızın iptal edildiğini bildiren bir e-posta alacaksınız.',
  },
  alreadyCancelled: {
    title: 'Kaydınız zaten iptal edilmişti',
    text: 'Bu etkinlik için kaydınızı daha önce iptal ettiniz. Başka bir şey yapmanıza gerek yok.',
  },
  unknown: {
    title: 'Bu bağlantı çalışmıyor',
    text: 'Kaydı iptal etme bağlantısı geçerli değil veya artık geçerli değil. Bağlantı eksik kopyalanmış ya da kaydınız silinmiş olabilir.',
    todo: 'E-postadaki bağlantının tamamını kopyalayıp yeniden deneyin. Yine olmazsa etkinliği düzenleyenlerle iletişime geçin. İletişim bilgileri, kaydınızla ilgili e-postada yer alıyor.',
  },
};

/** Polite plural, as the library's Arabic tables address the reader. */
const arCancel: CancelWords = {
  when: 'الموعد',
  where: 'المكان',
  dateTime: '، ',
  registration: 'تسجيلكم',
  name: 'الاسم',
  email: 'البريد الإلكتروني',
  status: 'الحالة',
  statuses: { confirmed: 'مسجَّل', waitlisted: 'على قائمة الانتظار', cancelled: 'ملغى' },
  ask: {
    title: 'إلغاء التسجيل',
    lead: 'ألا يمكنكم الحضور؟ يمكنكم إلغاء تسجيلكم هنا.',
    confirmed: 'إذا ألغيتم تسجيلكم، فسيذهب مقعدكم إلى شخص آخر. وستصلكم بعد ذلك رسالة بريد إلكتروني للتأكيد.',
    waitlisted: 'أنتم على قائمة الانتظار. إذا ألغيتم تسجيلكم، فسيُحذف اسمكم من قائمة الانتظار. وستصلكم بعد ذلك رسالة بريد إلكتروني للتأكيد.',
    button: 'إلغاء تسجيلي',
  },
  cancelled: {
    title: 'تم إلغاء تسجيلكم',
    text: 'سيذهب مقعدكم إلى شخص آخر. وستصلكم رسالة بريد إلكتروني تؤكد إلغاء تسجيلكم.',
  },
  alreadyCancelled: {
    title: 'سبق أن ألغيتم تسجيلكم',
    text: 'لقد ألغيتم تسجيلكم في هذا النشاط من قبل. لا حاجة إلى فعل أي شيء آخر.',
  },
  unknown: {
    title: 'هذا الرابط لا يعمل',
    text: 'رابط إلغاء التسجيل غير صالح أو لم يعد صالحًا. ربما لم يُنسخ كاملًا، أو حُذف تسجيلكم.',
    todo: 'انسخوا الرابط كاملًا من رسالة البريد الإلكتروني وحاولوا مرة أخرى. إذا لم ينجح ذلك، فتواصلوا مع منظّم النشاط. تجدون بيانات الاتصال في رسالة البريد الإلكتروني الخاصة بتسجيلكم.',
  },
};

/** The cancel page's words in every language the library speaks; a language added there without its line here fails the type check. */
export const CANCEL_WORDS: Record<LanguageCode, CancelWords> = { nl: nlCancel, en: enCancel, tr: trCancel, ar: arCancel };

/** Messages after an action (POST, then 303 to a page with `?done=<code>`): only these, never text from the query. */
export type Done = 'signed-in' | 'signed-out' | 'expired' | 'resent' | 'not-resent' | 'promoted' | 'full' | 'not-waiting' | 'erased';

export const DONE: readonly Done[] = ['signed-in', 'signed-out', 'expired', 'resent', 'not-resent', 'promoted', 'full', 'not-waiting', 'erased'];

/** The organiser's pages. */
export interface OrganiserWords {
  /** The header's name for the whole area. */
  site: string;
  skip: string;
  /** Label of the header's navigation. */
  navigation: string;
  overviewLink: string;
  signOut: string;
  /** Before the title of a page that reports a mistake, so it is heard first. */
  errorPrefix: string;
  done: Record<Done, string>;
  signIn: {
    title: string;
    intro: string;
    token: string;
    tokenHelp: string;
    button: string;
    wrong: string;
  };
  /** Without ADMIN_TOKEN: `variable` and `command` are code the page sets apart. */
  off: { title: string; text: (variable: Content, command: Content) => Content[] };
  blocked: { title: string; text: (minutes: number) => string };
  notFound: { title: string; text: string };
  /** A form from elsewhere, or one whose session has ended (CSRF). */
  forbidden: { title: string; text: string };
  badRequest: { title: string; text: string };
  methodNotAllowed: { title: string; text: string };
  failed: { title: string; text: string };
  back: string;
  counts: { capacity: string; confirmed: string; waiting: string; remaining: string; unlimited: string };
  overview: { title: string; caption: string; event: string; date: string; none: string };
  event: {
    seats: string;
    download: string;
    caption: (count: number) => string;
    /** Label of the table's scrolling region on narrow screens. */
    scroll: string;
    none: string;
    name: string;
    email: string;
    organization: string;
    role: string;
    remarks: string;
    registeredAt: string;
    status: string;
    actions: string;
    yes: string;
    no: string;
    statuses: Record<'confirmed' | 'waitlisted' | 'cancelled', string>;
    /** Each action's visible words; the person's name follows, for screen readers, after `forPerson`. */
    resend: string;
    promote: string;
    erase: string;
    forPerson: string;
  };
  erase: { title: string; question: string; warning: string; confirm: string; cancel: string };
}

const nlOrganiser: OrganiserWords = {
  site: 'Aanmeldingen beheren',
  skip: 'Naar de inhoud',
  navigation: 'Organisator',
  overviewLink: 'Alle activiteiten',
  signOut: 'Uitloggen',
  errorPrefix: 'Fout: ',
  done: {
    'signed-in': 'Je bent ingelogd.',
    'signed-out': 'Je bent uitgelogd.',
    expired: 'Je sessie is verlopen. Log opnieuw in.',
    resent: 'De e-mail is opnieuw verstuurd, met een nieuwe afmeldlink.',
    'not-resent': 'Er is geen e-mail verstuurd: deze aanmelding is afgemeld of bestaat niet meer.',
    promoted: 'De persoon heeft nu een plek en krijgt daarover een e-mail.',
    full: 'Er is geen plek vrij. Niemand is van de wachtlijst gehaald.',
    'not-waiting': 'Deze persoon staat niet (meer) op de wachtlijst.',
    erased: 'De aanmelding is verwijderd, met alle gegevens.',
  },
  signIn: {
    title: 'Inloggen als organisator',
    intro: 'Log in met de beheersleutel van deze server om de aanmeldingen te bekijken en te beheren.',
    token: 'Beheersleutel',
    tokenHelp: 'De waarde van ADMIN_TOKEN. Vraag hem aan wie de server beheert.',
    button: 'Inloggen',
    wrong: 'Deze beheersleutel klopt niet. Controleer hem en probeer het opnieuw.',
  },
  off: {
    title: 'Beheer staat uit',
    text: (variable, command) => [
      'Deze server heeft geen beheersleutel, dus niemand kan de aanmeldingen hier bekijken. Zet de omgevingsvariabele ',
      variable,
      ' op een lange willekeurige waarde (bijvoorbeeld de uitvoer van ',
      command,
      ') en start de server opnieuw.',
    ],
  },
  blocked: {
    title: 'Te veel mislukte pogingen',
    text: (minutes) => `Er is te vaak een verkeerde beheersleutel ingevuld vanaf dit adres. Probeer het over ${minutes === 1 ? '1 minuut' : `${minutes} minuten`} opnieuw.`,
  },
  notFound: { title: 'Niet gevonden', text: 'Deze pagina, activiteit of aanmelding bestaat niet (meer).' },
  forbidden: {
    title: 'Dit formulier is niet geaccepteerd',
    text: 'Het formulier is verlopen of komt niet van deze site. Er is niets veranderd. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
  },
  badRequest: { title: 'Dit formulier kon niet worden gelezen', text: 'Er is niets veranderd. Ga terug en probeer het opnieuw.' },
  methodNotAllowed: { title: 'Dat kan hier niet', text: 'Deze pagina kan alleen worden bekeken of met een formulier worden verstuurd.' },
  failed: { title: 'Er ging iets mis', text: 'Er is een fout opgetreden op de server. Probeer het over een paar minuten opnieuw.' },
  back: 'Terug naar alle activiteiten',
  counts: { capacity: 'Plekken', confirmed: 'Aangemeld', waiting: 'Wachtlijst', remaining: 'Vrij', unlimited: 'onbeperkt' },
  overview: { title: 'Activiteiten', caption: 'Activiteiten met hun aanmeldingen', event: 'Activiteit', date: 'Datum', none: 'Er zijn geen activiteiten.' },
  event: {
    seats: 'Plekken',
    download: 'Alle aanmeldingen downloaden (CSV)',
    caption: (count) => (count === 1 ? '1 aanmelding' : `${count} aanmeldingen`),
    scroll: 'Aanmeldingen (schuift opzij op een smal scherm)',
    none: 'Er zijn nog geen aanmeldingen.',
    name: 'Naam',
    email: 'E-mailadres',
    organization: 'Organisatie',
    role: 'Rol',
    remarks: 'Opmerkingen',
    registeredAt: 'Aangemeld op',
    status: 'Status',
    actions: 'Acties',
    yes: 'Ja',
    no: 'Nee',
    statuses: { confirmed: 'Aangemeld', waitlisted: 'Wachtlijst', cancelled: 'Afgemeld' },
    resend: 'E-mail opnieuw sturen',
    promote: 'Plek geven',
    erase: 'Verwijderen',
    forPerson: ': ',
  },
  erase: {
    title: 'Aanmelding verwijderen',
    question: 'Wil je deze aanmelding verwijderen?',
    warning: 'Alle gegevens van deze persoon worden dan voorgoed gewist. Dat kan niet ongedaan worden gemaakt. Had de persoon een plek, dan gaat die naar wie het langst op de wachtlijst staat.',
    confirm: 'Ja, verwijderen',
    cancel: 'Nee, terug naar de activiteit',
  },
};

const enOrganiser: OrganiserWords = {
  site: 'Manage registrations',
  skip: 'Skip to content',
  navigation: 'Organiser',
  overviewLink: 'All events',
  signOut: 'Sign out',
  errorPrefix: 'Error: ',
  done: {
    'signed-in': 'You are signed in.',
    'signed-out': 'You are signed out.',
    expired: 'Your session has ended. Please sign in again.',
    resent: 'The e-mail was sent again, with a new link to cancel.',
    'not-resent': 'No e-mail was sent: this registration was cancelled or no longer exists.',
    promoted: 'The person now has a place and gets an e-mail saying so.',
    full: 'No place is free. Nobody was moved up from the waiting list.',
    'not-waiting': 'This person is not (or no longer) on the waiting list.',
    erased: 'The registration was erased, with all its data.',
  },
  signIn: {
    title: 'Sign in as organiser',
    intro: 'Sign in with this server’s admin token to see and manage registrations.',
    token: 'Admin token',
    tokenHelp: 'The value of ADMIN_TOKEN. Ask whoever runs the server.',
    button: 'Sign in',
    wrong: 'This admin token is not right. Check it and try again.',
  },
  off: {
    title: 'Organiser access is off',
    text: (variable, command) => [
      'This server has no admin token, so nobody can see registrations here. Set the environment variable ',
      variable,
      ' to a long random value (for example the output of ',
      command,
      ') and start the server again.',
    ],
  },
  blocked: {
    title: 'Too many failed attempts',
    text: (minutes) => `A wrong admin token was entered too often from this address. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
  },
  notFound: { title: 'Not found', text: 'This page, event or registration does not exist (any more).' },
  forbidden: {
    title: 'This form was not accepted',
    text: 'The form has expired or does not come from this site. Nothing was changed. Go back, reload the page and try again.',
  },
  badRequest: { title: 'This form could not be read', text: 'Nothing was changed. Go back and try again.' },
  methodNotAllowed: { title: 'Not possible here', text: 'This page can only be viewed or sent with a form.' },
  failed: { title: 'Something went wrong', text: 'The server ran into an error. Try again in a few minutes.' },
  back: 'Back to all events',
  counts: { capacity: 'Places', confirmed: 'Registered', waiting: 'Waiting list', remaining: 'Free', unlimited: 'unlimited' },
  overview: { title: 'Events', caption: 'Events and their registrations', event: 'Event', date: 'Date', none: 'There are no events.' },
  event: {
    seats: 'Places',
    download: 'Download all registrations (CSV)',
    caption: (count) => (count === 1 ? '1 registration' : `${count} registrations`),
    scroll: 'Registrations (scrolls sideways on a narrow screen)',
    none: 'There are no registrations yet.',
    name: 'Name',
    email: 'E-mail address',
    organization: 'Organisation',
    role: 'Role',
    remarks: 'Remarks',
    registeredAt: 'Registered on',
    status: 'Status',
    actions: 'Actions',
    yes: 'Yes',
    no: 'No',
    statuses: { confirmed: 'Registered', waitlisted: 'Waiting list', cancelled: 'Cancelled' },
    resend: 'Send e-mail again',
    promote: 'Move up',
    erase: 'Erase',
    forPerson: ': ',
  },
  erase: {
    title: 'Erase registration',
    question: 'Do you want to erase this registration?',
    warning: 'All of this person’s data is then deleted for good. This cannot be undone. If the person had a place, it goes to whoever has waited longest.',
    confirm: 'Yes, erase',
    cancel: 'No, back to the event',
  },
};

/** The organiser's languages. */
export type OrganiserLanguage = 'nl' | 'en';

export const ORGANISER_WORDS: Record<OrganiserLanguage, OrganiserWords> = { nl: nlOrganiser, en: enOrganiser };
