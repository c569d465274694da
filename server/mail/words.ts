/*
 * Every word of the server's e-mails, one table per language, each the same shape (MailWords).
 * Dutch is the source: plain, short sentences as a municipality writes them, addressing the reader
 * as "je", as the library's form does (src/i18n/nl/form.ts). English, Turkish (formal "siz") and
 * Arabic (the polite plural) follow the same rules as their tables in src/i18n/.
 *
 * Sentences with values are functions. Values that come from the event or the visitor arrive as
 * opaque `Part`s that the renderer places (escaped and isolated in HTML, isolated in Arabic plain
 * text), so no table ever escapes anything. Subjects are plain strings: the tables take the values
 * as text there, and the Arabic table isolates them itself, as src/i18n/ar/ does.
 *
 * Dates and times come in already formatted by src/data/time.ts in the event's time zone; each
 * language decides how to join them ("dinsdag 29 januari 2019, van 16.00 tot 19.00 uur").
 */
import { isolate } from '../../src/i18n/ar/elements.js';
import type { LanguageCode, Part } from '../../src/i18n/index.js';
import type { MailRegistration } from './types.js';

/**
 * When an event takes place, in formatted pieces: `date` alone for a day without a clock time,
 * `lastDate` when it ends on another day, `start` and `end` clock times (Dutch without "uur").
 */
export interface WhenParts {
  date: string;
  start?: string;
  end?: string;
  lastDate?: string;
}

/** What a person is in the organiser's eyes. */
type Status = MailRegistration['status'];

export interface MailWords {
  /** "Beste Fatima," */
  greeting: (name: Part) => Part[];
  /** The labels of the facts about the event and the registration. */
  facts: {
    what: string;
    when: string;
    where: string;
    /** The link to an online event or stream. */
    online: string;
    /** The event's own page. */
    moreInfo: string;
    /** Whose registration this is. */
    registeredAs: string;
    /** Before a venue that is not certain yet. */
    probableVenue: string;
  };
  /** When the event takes place. */
  when: (parts: WhenParts) => string;
  /** A moment: "maandag 28 januari 2019, 9.12 uur". */
  at: (date: string, time: string) => string;
  /** A person's name and e-mail address on one line. */
  nameAndEmail: (name: Part, email: Part) => Part[];
  /** Beside the `.ics` attachment. */
  calendar: string;
  /** How to cancel, above the cancel link. */
  cancel: {
    heading: string;
    /** For someone with a seat: it frees the seat. */
    confirmed: string;
    /** For someone on the waiting list: the next person moves up. */
    waitlisted: string;
    /** The cancel link's text in HTML (plain text shows the address itself). */
    link: string;
  };
  /** Whom to ask. */
  questions: {
    heading: string;
    contact: (parts: { contact?: Part; email?: Part }) => Part[];
    /** When the message's Reply-To is the event's contact. */
    reply: string;
  };
  confirmation: {
    subject: Record<'confirmed' | 'waitlisted', (eventName: string) => string>;
    heading: Record<'confirmed' | 'waitlisted', string>;
    intro: Record<'confirmed' | 'waitlisted', (eventName: Part) => Part[]>;
    /** Why the visitor gets this message (also under a promotion). */
    footer: (eventName: Part) => Part[];
  };
  promotion: {
    subject: (eventName: string) => string;
    heading: string;
    intro: (eventName: Part) => Part[];
  };
  cancelled: {
    subject: (eventName: string) => string;
    heading: string;
    intro: (eventName: Part) => Part[];
    /** For someone who cancelled by mistake. */
    again: string;
    footer: (eventName: Part) => Part[];
  };
  /** Words both organiser messages use. */
  organiser: {
    status: Record<Status, string>;
    /** Labels of what the visitor filled in. */
    fields: { name: string; email: string; organization: string; role: string; remarks: string; signedUpAt: string; status: string };
    /** A ticked or unticked checkbox. */
    yes: string;
    no: string;
    counts: {
      heading: string;
      confirmed: string;
      /** "12 van 40" */
      of: (confirmed: number, capacity: number) => string;
      remaining: string;
      waiting: string;
    };
    /** Above the link to the organiser's page. */
    allRegistrations: string;
    /** That link's text in HTML. */
    link: string;
    /** Why the organiser gets these messages, and how to change that: one per sign-up, or daily. */
    footer: Record<'each' | 'daily', (eventName: Part) => Part[]>;
  };
  notice: {
    subject: (personName: string, eventName: string, status: Status) => string;
    heading: string;
    intro: (personName: Part, eventName: Part, status: Status) => Part[];
    /** The message's Reply-To is the visitor. */
    reply: (personName: Part) => Part[];
  };
  digest: {
    subject: (eventName: string, signUps: number, cancellations: number) => string;
    heading: string;
    /** `since` is a formatted moment. */
    intro: (eventName: Part, since: string) => Part[];
    signUps: string;
    cancellations: string;
    none: string;
    /** One line of a list: name, e-mail address and, for a sign-up, where they stand. */
    item: (name: Part, email: Part, status?: string) => Part[];
  };
}

/** The setting that decides how often organisers hear about sign-ups (server/config.ts). */
const SETTING = 'ORGANISER_NOTICES';

const nl: MailWords = {
  greeting: (name) => ['Beste ', name, ','],
  facts: {
    what: 'Wat',
    when: 'Wanneer',
    where: 'Waar',
    online: 'Online',
    moreInfo: 'Meer informatie',
    registeredAs: 'Op naam van',
    probableVenue: 'Waarschijnlijke locatie',
  },
  when: ({ date, start, end, lastDate }) => {
    if (start === undefined) return lastDate ? `van ${date} tot en met ${lastDate}` : date;
    if (lastDate) return `van ${date} ${start} uur tot ${lastDate} ${end} uur`;
    return end === undefined ? `${date}, ${start} uur` : `${date}, van ${start} tot ${end} uur`;
  },
  at: (date, time) => `${date}, ${time} uur`,
  nameAndEmail: (name, email) => [name, ', ', email],
  calendar: 'In de bijlage staat de activiteit als agendabestand (.ics). Open het bestand om de activiteit in je agenda te zetten.',
  cancel: {
    heading: 'Kun je niet komen?',
    confirmed: 'Meld je dan af met de link hieronder. Dan is je plek vrij voor iemand anders.',
    waitlisted: 'Wil je niet meer op de wachtlijst staan? Meld je dan af met de link hieronder. Dan is de volgende op de wachtlijst eerder aan de beurt.',
    link: 'Afmelden',
  },
  questions: {
    heading: 'Vragen?',
    contact: ({ contact, email }) => ['Neem contact op', contact ? [' met ', contact] : '', email ? [' via ', email] : '', '.'],
    reply: 'Je kunt ook antwoorden op deze e-mail.',
  },
  confirmation: {
    subject: {
      confirmed: (name) => `Je bent aangemeld voor ${name}`,
      waitlisted: (name) => `Je staat op de wachtlijst voor ${name}`,
    },
    heading: { confirmed: 'Je bent aangemeld', waitlisted: 'Je staat op de wachtlijst' },
    intro: {
      confirmed: (name) => ['Je bent aangemeld voor ', name, '. Er is een plek voor je.'],
      waitlisted: (name) => [
        name,
        ' is vol. Je staat op de wachtlijst. Je hebt dus nog geen plek. Komt er een plek vrij? Dan krijg je van ons een e-mail.',
      ],
    },
    footer: (name) => ['Je krijgt deze e-mail omdat je je hebt aangemeld voor ', name, '.'],
  },
  promotion: {
    subject: (name) => `Er is een plek voor je bij ${name}`,
    heading: 'Er is een plek voor je',
    intro: (name) => ['Er is een plek vrijgekomen bij ', name, '. Je stond op de wachtlijst. Nu ben je aangemeld en heb je een plek.'],
  },
  cancelled: {
    subject: (name) => `Je bent afgemeld voor ${name}`,
    heading: 'Je bent afgemeld',
    intro: (name) => ['Je afmelding voor ', name, ' is gelukt. Je plek is nu vrij voor iemand anders.'],
    again: 'Heb je je per ongeluk afgemeld? Meld je dan opnieuw aan, of neem contact op met de organisatie.',
    footer: (name) => ['Je krijgt deze e-mail omdat je je hebt afgemeld voor ', name, '.'],
  },
  organiser: {
    status: { confirmed: 'Aangemeld', waitlisted: 'Op de wachtlijst', cancelled: 'Afgemeld' },
    fields: {
      name: 'Naam',
      email: 'E-mailadres',
      organization: 'Organisatie',
      role: 'Komt als',
      remarks: 'Opmerkingen',
      signedUpAt: 'Aangemeld op',
      status: 'Status',
    },
    yes: 'Ja',
    no: 'Nee',
    counts: {
      heading: 'Plekken',
      confirmed: 'Aangemeld',
      of: (confirmed, capacity) => `${confirmed} van ${capacity}`,
      remaining: 'Nog vrij',
      waiting: 'Op de wachtlijst',
    },
    allRegistrations: 'Alle aanmeldingen zie je op de pagina voor organisatoren:',
    link: 'Bekijk de aanmeldingen',
    footer: {
      each: (name) => [
        'Je krijgt deze e-mail omdat je e-mailadres bij ',
        name,
        ` staat als contact voor aanmeldingen. Je krijgt een e-mail bij elke aanmelding. Liever één overzicht per dag, of geen e-mail? Vraag de beheerder van de aanmeldserver om de instelling ${SETTING} te veranderen.`,
      ],
      daily: (name) => [
        'Je krijgt deze e-mail omdat je e-mailadres bij ',
        name,
        ` staat als contact voor aanmeldingen. Je krijgt één keer per dag een overzicht. Liever een e-mail bij elke aanmelding, of geen e-mail? Vraag de beheerder van de aanmeldserver om de instelling ${SETTING} te veranderen.`,
      ],
    },
  },
  notice: {
    subject: (person, name, status) =>
      status === 'waitlisted' ? `Nieuwe aanmelding op de wachtlijst voor ${name}: ${person}` : `Nieuwe aanmelding voor ${name}: ${person}`,
    heading: 'Nieuwe aanmelding',
    intro: (person, name, status) =>
      status === 'waitlisted'
        ? [person, ' heeft zich aangemeld voor ', name, '. De activiteit is vol, dus ', person, ' staat op de wachtlijst.']
        : [person, ' heeft zich aangemeld voor ', name, '.'],
    reply: (person) => ['Als je op deze e-mail antwoordt, gaat je antwoord naar ', person, '.'],
  },
  digest: {
    subject: (name, signUps, cancellations) => `Aanmeldingen voor ${name}: ${signUps} nieuw, ${cancellations} afgemeld`,
    heading: 'Overzicht van de aanmeldingen',
    intro: (name, since) => ['Dit is er veranderd bij ', name, ` sinds ${since}.`],
    signUps: 'Nieuwe aanmeldingen',
    cancellations: 'Afmeldingen',
    none: 'Er zijn geen nieuwe aanmeldingen en geen afmeldingen.',
    item: (name, email, status) => [name, ', ', email, status ? `: ${status.toLowerCase()}` : ''],
  },
};

const en: MailWords = {
  greeting: (name) => ['Hello ', name, ','],
  facts: {
    what: 'What',
    when: 'When',
    where: 'Where',
    online: 'Online',
    moreInfo: 'More information',
    registeredAs: 'Registered as',
    probableVenue: 'Probable venue',
  },
  when: ({ date, start, end, lastDate }) => {
    if (start === undefined) return lastDate ? `from ${date} to ${lastDate}` : date;
    if (lastDate) return `from ${date}, ${start} to ${lastDate}, ${end}`;
    return end === undefined ? `${date}, ${start}` : `${date}, from ${start} to ${end}`;
  },
  at: (date, time) => `${date}, ${time}`,
  nameAndEmail: (name, email) => [name, ', ', email],
  calendar: 'The event is attached as a calendar file (.ics). Open it to put the event in your calendar.',
  cancel: {
    heading: 'Can’t come?',
    confirmed: 'Then please cancel with the link below. Your seat then goes to someone else.',
    waitlisted: 'No longer want to be on the waiting list? Then cancel with the link below, so the next person on the list moves up sooner.',
    link: 'Cancel my registration',
  },
  questions: {
    heading: 'Questions?',
    contact: ({ contact, email }) => ['Please contact ', contact ?? 'us', email ? [' at ', email] : '', '.'],
    reply: 'You can also reply to this e-mail.',
  },
  confirmation: {
    subject: {
      confirmed: (name) => `You are registered for ${name}`,
      waitlisted: (name) => `You are on the waiting list for ${name}`,
    },
    heading: { confirmed: 'You are registered', waitlisted: 'You are on the waiting list' },
    intro: {
      confirmed: (name) => ['You are registered for ', name, '. There is a seat for you.'],
      waitlisted: (name) => [
        name,
        ' is full. You are on the waiting list, so you do not have a seat yet. If a seat becomes free, we will e-mail you.',
      ],
    },
    footer: (name) => ['You receive this e-mail because you registered for ', name, '.'],
  },
  promotion: {
    subject: (name) => `A seat is free for you at ${name}`,
    heading: 'There is a seat for you',
    intro: (name) => ['A seat has become free at ', name, '. You were on the waiting list. Now you are registered and have a seat.'],
  },
  cancelled: {
    subject: (name) => `Your registration for ${name} is cancelled`,
    heading: 'Your registration is cancelled',
    intro: (name) => ['Your registration for ', name, ' is cancelled. Your seat is now free for someone else.'],
    again: 'Cancelled by mistake? Then register again, or contact the organisers.',
    footer: (name) => ['You receive this e-mail because you cancelled your registration for ', name, '.'],
  },
  organiser: {
    status: { confirmed: 'Registered', waitlisted: 'On the waiting list', cancelled: 'Cancelled' },
    fields: {
      name: 'Name',
      email: 'E-mail address',
      organization: 'Organisation',
      role: 'Comes as',
      remarks: 'Remarks',
      signedUpAt: 'Registered on',
      status: 'Status',
    },
    yes: 'Yes',
    no: 'No',
    counts: {
      heading: 'Seats',
      confirmed: 'Registered',
      of: (confirmed, capacity) => `${confirmed} of ${capacity}`,
      remaining: 'Still free',
      waiting: 'On the waiting list',
    },
    allRegistrations: 'See every registration on the organisers’ page:',
    link: 'See the registrations',
    footer: {
      each: (name) => [
        'You receive this e-mail because your address is the contact for registrations for ',
        name,
        `. You get an e-mail for every registration. Would you rather have one summary a day, or no e-mail? Ask the administrator of the registration server to change the ${SETTING} setting.`,
      ],
      daily: (name) => [
        'You receive this e-mail because your address is the contact for registrations for ',
        name,
        `. You get one summary a day. Would you rather have an e-mail for every registration, or no e-mail? Ask the administrator of the registration server to change the ${SETTING} setting.`,
      ],
    },
  },
  notice: {
    subject: (person, name, status) =>
      status === 'waitlisted' ? `New registration on the waiting list for ${name}: ${person}` : `New registration for ${name}: ${person}`,
    heading: 'New registration',
    intro: (person, name, status) =>
      status === 'waitlisted'
        ? [person, ' registered for ', name, '. The event is full, so ', person, ' is on the waiting list.']
        : [person, ' registered for ', name, '.'],
    reply: (person) => ['If you reply to this e-mail, your answer goes to ', person, '.'],
  },
  digest: {
    subject: (name, signUps, cancellations) => `Registrations for ${name}: ${signUps} new, ${cancellations} cancelled`,
    heading: 'Summary of registrations',
    intro: (name, since) => ['What changed for ', name, ` since ${since}.`],
    signUps: 'New registrations',
    cancellations: 'Cancellations',
    none: 'There are no new registrations and no cancellations.',
    item: (name, email, status) => [name, ', ', email, status ? `: ${status.toLowerCase()}` : ''],
  },
};

/*
 * Turkish attaches case endings to nouns by how they sound, so no sentence puts one on event data
 * or a name: data stands before a noun that takes the ending ("… etkinliğine", "… kişisine"),
 * before a postposition, or after a colon (src/i18n/tr/elements.ts).
 */
const tr: MailWords = {
  greeting: (name) => ['Merhaba ', name, ','],
  facts: {
    what: 'Etkinlik',
    when: 'Ne zaman',
    where: 'Nerede',
    online: 'Çevrim içi',
    moreInfo: 'Daha fazla bilgi',
    registeredAs: 'Kayıt sahibi',
    probableVenue: 'Muhtemel yer',
  },
  when: ({ date, start, end, lastDate }) => {
    if (start === undefined) return lastDate ? `${date} – ${lastDate}` : date;
    if (lastDate) return `${date} ${start} – ${lastDate} ${end}`;
    return end === undefined ? `${date}, ${start}` : `${date}, ${start}–${end}`;
  },
  at: (date, time) => `${date}, ${time}`,
  nameAndEmail: (name, email) => [name, ', ', email],
  calendar: 'Etkinlik ekte bir takvim dosyası (.ics) olarak yer alıyor. Etkinliği takviminize eklemek için dosyayı açın.',
  cancel: {
    heading: 'Gelemeyecek misiniz?',
    confirmed: 'O zaman lütfen aşağıdaki bağlantıyla kaydınızı iptal edin. Böylece yeriniz başka birine açılır.',
    waitlisted: 'Artık yedek listede kalmak istemiyor musunuz? O zaman aşağıdaki bağlantıyla kaydınızı iptal edin. Böylece listedeki bir sonraki kişinin sırası daha önce gelir.',
    link: 'Kaydımı iptal et',
  },
  questions: {
    heading: 'Sorularınız mı var?',
    contact: ({ contact, email }) => [contact ? [contact, ' ile'] : 'Bizimle', ' iletişime geçin', email ? [': ', email] : '', '.'],
    reply: 'Bu e-postayı yanıtlayarak da ulaşabilirsiniz.',
  },
  confirmation: {
    subject: {
      confirmed: (name) => `Kaydınız tamamlandı: ${name}`,
      waitlisted: (name) => `Yedek listedesiniz: ${name}`,
    },
    heading: { confirmed: 'Kaydınız tamamlandı', waitlisted: 'Yedek listedesiniz' },
    intro: {
      confirmed: (name) => [name, ' etkinliğine kaydınız tamamlandı. Sizin için bir yer ayrıldı.'],
      waitlisted: (name) => [
        name,
        ' etkinliğinin kontenjanı dolu. Yedek listedesiniz; yani henüz bir yeriniz yok. Bir yer açılırsa size e-posta ile haber vereceğiz.',
      ],
    },
    footer: (name) => ['Bu e-postayı ', name, ' etkinliğine kaydolduğunuz için alıyorsunuz.'],
  },
  promotion: {
    subject: (name) => `Size bir yer açıldı: ${name}`,
    heading: 'Size bir yer açıldı',
    intro: (name) => [name, ' etkinliğinde bir yer boşaldı. Yedek listedeydiniz; artık kaydınız tamamlandı ve sizin için bir yer ayrıldı.'],
  },
  cancelled: {
    subject: (name) => `Kaydınız iptal edildi: ${name}`,
    heading: 'Kaydınız iptal edildi',
    intro: (name) => [name, ' etkinliği için kaydınız iptal edildi. Yeriniz artık başka biri için boş.'],
    again: 'Yanlışlıkla mı iptal ettiniz? O zaman yeniden kaydolun veya düzenleyenlerle iletişime geçin.',
    footer: (name) => ['Bu e-postayı ', name, ' etkinliği için kaydınızı iptal ettiğiniz için alıyorsunuz.'],
  },
  organiser: {
    status: { confirmed: 'Kayıtlı', waitlisted: 'Yedek listede', cancelled: 'İptal etti' },
    fields: {
      name: 'Ad soyad',
      email: 'E-posta adresi',
      organization: 'Kuruluş',
      role: 'Katılım sıfatı',
      remarks: 'Notlar',
      signedUpAt: 'Kayıt zamanı',
      status: 'Durum',
    },
    yes: 'Evet',
    no: 'Hayır',
    counts: {
      heading: 'Yerler',
      confirmed: 'Kayıtlı',
      of: (confirmed, capacity) => `${confirmed} / ${capacity}`,
      remaining: 'Boş yer',
      waiting: 'Yedek listede',
    },
    allRegistrations: 'Tüm kayıtları düzenleyenler sayfasında görebilirsiniz:',
    link: 'Kayıtları görüntüle',
    footer: {
      each: (name) => [
        'Bu e-postayı, adresiniz ',
        name,
        ` etkinliğinin kayıtları için iletişim adresi olduğu için alıyorsunuz. Her yeni kayıtta bir e-posta gönderilir. Günde bir özet almak veya hiç e-posta almamak isterseniz kayıt sunucusunun yöneticisinden ${SETTING} ayarını değiştirmesini isteyin.`,
      ],
      daily: (name) => [
        'Bu e-postayı, adresiniz ',
        name,
        ` etkinliğinin kayıtları için iletişim adresi olduğu için alıyorsunuz. Günde bir özet gönderilir. Her kayıtta bir e-posta almak veya hiç e-posta almamak isterseniz kayıt sunucusunun yöneticisinden ${SETTING} ayarını değiştirmesini isteyin.`,
      ],
    },
  },
  notice: {
    subject: (person, name, status) => (status === 'waitlisted' ? `Yedek listeye yeni kayıt: ${person} (${name})` : `Yeni kayıt: ${person} (${name})`),
    heading: 'Yeni kayıt',
    intro: (person, name, status) =>
      status === 'waitlisted'
        ? [name, ' etkinliğinin kontenjanı dolu. Yeni kayıt yedek listeye alındı: ', person, '.']
        : [name, ' etkinliğine yeni bir kayıt var: ', person, '.'],
    reply: (person) => ['Bu e-postayı yanıtlarsanız yanıtınız doğrudan ', person, ' kişisine gider.'],
  },
  digest: {
    subject: (name, signUps, cancellations) => `Kayıtlar (${name}): ${signUps} yeni, ${cancellations} iptal`,
    heading: 'Kayıtların özeti',
    intro: (name, since) => [`${since} tarihinden bu yana `, name, ' etkinliğindeki değişiklikler.'],
    signUps: 'Yeni kayıtlar',
    cancellations: 'İptaller',
    none: 'Yeni kayıt veya iptal yok.',
    item: (name, email, status) => [name, ', ', email, status ? `: ${status}` : ''],
  },
};

/*
 * Arabic addresses the reader politely in the plural and isolates Latin-script data in its
 * subjects (U+2068 … U+2069); in the message body the renderer isolates every value.
 */
const ar: MailWords = {
  greeting: (name) => ['مرحبًا ', name, '،'],
  facts: {
    what: 'النشاط',
    when: 'الموعد',
    where: 'المكان',
    online: 'عبر الإنترنت',
    moreInfo: 'لمزيد من المعلومات',
    registeredAs: 'باسم',
    probableVenue: 'الموقع المرجّح',
  },
  when: ({ date, start, end, lastDate }) => {
    if (start === undefined) return lastDate ? `من ${date} إلى ${lastDate}` : date;
    if (lastDate) return `من ${date} الساعة ${start} إلى ${lastDate} الساعة ${end}`;
    return end === undefined ? `${date}، الساعة ${start}` : `${date}، من الساعة ${start} إلى الساعة ${end}`;
  },
  at: (date, time) => `${date}، الساعة ${time}`,
  nameAndEmail: (name, email) => [name, '، ', email],
  calendar: 'النشاط مرفق بهذه الرسالة كملف تقويم (.ics). افتحوا الملف لإضافة النشاط إلى تقويمكم.',
  cancel: {
    heading: 'لا تستطيعون الحضور؟',
    confirmed: 'يُرجى إذن إلغاء تسجيلكم عبر الرابط أدناه، فيصبح مقعدكم متاحًا لشخص آخر.',
    waitlisted: 'لا تريدون البقاء على قائمة الانتظار؟ ألغوا إذن تسجيلكم عبر الرابط أدناه، فيأتي دور الشخص التالي في القائمة أسرع.',
    link: 'إلغاء تسجيلي',
  },
  questions: {
    heading: 'لديكم أسئلة؟',
    contact: ({ contact, email }) => ['تواصلوا ', contact ? ['مع ', contact] : 'معنا', email ? [' عبر البريد الإلكتروني ', email] : '', '.'],
    reply: 'يمكنكم أيضًا الرد على هذه الرسالة.',
  },
  confirmation: {
    subject: {
      confirmed: (name) => `تم تسجيلكم في ${isolate(name)}`,
      waitlisted: (name) => `أنتم على قائمة الانتظار في ${isolate(name)}`,
    },
    heading: { confirmed: 'تم تسجيلكم', waitlisted: 'أنتم على قائمة الانتظار' },
    intro: {
      confirmed: (name) => ['تم تسجيلكم في ', name, '. لكم مقعد محجوز.'],
      waitlisted: (name) => [
        'اكتمل العدد في ',
        name,
        '. أنتم على قائمة الانتظار، أي ليس لكم مقعد بعد. إذا توفّر مقعد، سنُعلمكم بالبريد الإلكتروني.',
      ],
    },
    footer: (name) => ['تصلكم هذه الرسالة لأنكم سجّلتم في ', name, '.'],
  },
  promotion: {
    subject: (name) => `توفّر لكم مقعد في ${isolate(name)}`,
    heading: 'توفّر لكم مقعد',
    intro: (name) => ['توفّر مقعد في ', name, '. كنتم على قائمة الانتظار، والآن تم تسجيلكم ولكم مقعد محجوز.'],
  },
  cancelled: {
    subject: (name) => `تم إلغاء تسجيلكم في ${isolate(name)}`,
    heading: 'تم إلغاء تسجيلكم',
    intro: (name) => ['تم إلغاء تسجيلكم في ', name, '. أصبح مقعدكم متاحًا لشخص آخر.'],
    again: 'هل ألغيتم التسجيل عن طريق الخطأ؟ سجّلوا إذن من جديد، أو تواصلوا مع المنظّمين.',
    footer: (name) => ['تصلكم هذه الرسالة لأنكم ألغيتم تسجيلكم في ', name, '.'],
  },
  organiser: {
    status: { confirmed: 'مسجَّل', waitlisted: 'على قائمة الانتظار', cancelled: 'ألغى التسجيل' },
    fields: {
      name: 'الاسم',
      email: 'البريد الإلكتروني',
      organization: 'المنظمة',
      role: 'الصفة',
      remarks: 'ملاحظات',
      signedUpAt: 'وقت التسجيل',
      status: 'الحالة',
    },
    yes: 'نعم',
    no: 'لا',
    counts: {
      heading: 'المقاعد',
      confirmed: 'المسجَّلون',
      of: (confirmed, capacity) => `${confirmed} من ${capacity}`,
      remaining: 'المقاعد المتاحة',
      waiting: 'على قائمة الانتظار',
    },
    allRegistrations: 'تجدون جميع التسجيلات في صفحة المنظّمين:',
    link: 'عرض التسجيلات',
    footer: {
      each: (name) => [
        'تصلكم هذه الرسالة لأن عنوان بريدكم الإلكتروني هو عنوان التواصل للتسجيل في ',
        name,
        `. تصلكم رسالة عند كل تسجيل جديد. هل تفضّلون ملخّصًا واحدًا في اليوم، أو عدم تلقّي الرسائل؟ اطلبوا من مسؤول خادم التسجيل تغيير الإعداد ${isolate(SETTING)}.`,
      ],
      daily: (name) => [
        'تصلكم هذه الرسالة لأن عنوان بريدكم الإلكتروني هو عنوان التواصل للتسجيل في ',
        name,
        `. يصلكم ملخّص واحد في اليوم. هل تفضّلون رسالة عند كل تسجيل، أو عدم تلقّي الرسائل؟ اطلبوا من مسؤول خادم التسجيل تغيير الإعداد ${isolate(SETTING)}.`,
      ],
    },
  },
  notice: {
    subject: (person, name, status) =>
      status === 'waitlisted'
        ? `تسجيل جديد في قائمة انتظار ${isolate(name)}: ${isolate(person)}`
        : `تسجيل جديد في ${isolate(name)}: ${isolate(person)}`,
    heading: 'تسجيل جديد',
    intro: (person, name, status) =>
      status === 'waitlisted'
        ? ['وصل تسجيل جديد من ', person, ' في ', name, '. اكتمل العدد، فأُضيف هذا التسجيل إلى قائمة الانتظار.']
        : ['وصل تسجيل جديد من ', person, ' في ', name, '.'],
    reply: (person) => ['إذا رددتم على هذه الرسالة، يصل ردّكم إلى ', person, '.'],
  },
  digest: {
    subject: (name, signUps, cancellations) => `التسجيلات في ${isolate(name)}: جديدة ${signUps}، ملغاة ${cancellations}`,
    heading: 'ملخّص التسجيلات',
    intro: (name, since) => ['ما تغيّر في ', name, ` منذ ${since}.`],
    signUps: 'تسجيلات جديدة',
    cancellations: 'إلغاءات',
    none: 'لا توجد تسجيلات جديدة ولا إلغاءات.',
    item: (name, email, status) => [name, '، ', email, status ? `: ${status}` : ''],
  },
};

/** A language added to the library without its table here fails the type check. */
export const MAIL_WORDS: Record<LanguageCode, MailWords> = { nl, en, tr, ar };
