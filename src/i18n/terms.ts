import type { ClockStyle } from '../data/time.js';
import type { EventStatus, Problem, ProblemCode } from '../data/types.js';

/*
 * The shape of every language's tables, one type per namespace (src/i18n/languages.ts):
 * `elements` (Terms), `form` (FormTerms), `answers` (AnswerTerms) and `problems`
 * (ProblemTexts). Every language's folder has one module per namespace, typed by these.
 */

/**
 * Every word an element shows, in one language (the `elements` namespace). Functions take
 * numbers and already-formatted values so each language controls its own word order.
 * Links, and event data isolated for bidirectional text (`<bdi>`), come in as
 * opaque `Part`s the function places.
 */
export interface Terms {
  /** The table's language: the locale used for Intl when the page asks for a language we lack. */
  lang: string;
  /** `rtl` for a language written right to left (Arabic); left to right when absent. */
  dir?: 'rtl';
  /** Dutch government style "16.00 uur"; undefined means Intl's own time format. */
  clock?: ClockStyle;
  /** Turns the page's tag into the locale for Intl, when the language fixes some of its conventions (Arabic: Latin digits). */
  intlLocale?: (tag: string) => string;

  notice: {
    /** Heading of the notice shown when an event cannot be shown. */
    title: string;
    /** Introduces the list of problems, addressed to the page's editor. */
    forEditor: string;
  };

  announcement: {
    probableVenue: string;
    /** "bij Oke Nu en OSO in Overvecht Noord"; `hosts` is already a formatted list. */
    hostedBy: (hosts?: Part, area?: Part) => Part[];
    when: string;
    /** Between the date and the time: "dinsdag 29 januari 2019, 16.00 – 19.00 uur". */
    dateTime: string;
    where: string;
    audience: string;
    program: string;
    registration: string;
    /** The button that opens a form that starts folded (docs/announcement.md, "A form that starts folded"). */
    openForm: string;
    /** Label before the organisers' names. */
    organizedBy: string;
    /** Link to a map search for the address. */
    map: string;
    addToCalendar: string;
    icsFile: string;
    googleCalendar: string;
    /** Outlook on the web for personal accounts (outlook.live.com). */
    outlookCalendar: string;
    /** Outlook on the web for work and school accounts (Microsoft 365, outlook.office.com). */
    office365Calendar: string;
    status: Record<Exclude<EventStatus, 'scheduled'>, string>;
    /** Status line of an event that is over: "Deze activiteit is geweest." */
    past: string;
    /** "Aanmelden vóór 25 januari bij Jitske Tiemersma via <link>." */
    registerBy: (parts: { deadline?: string; contact?: Part; email?: Part }) => Part[];
    /** Contact line once registration is closed: "Contact: Jitske Tiemersma via <link>." */
    contactBy: (parts: { contact?: Part; email?: Part }) => Part[];
    /** Subject of the e-mail a visitor sends to register. */
    mailSubject: (eventName: string) => string;
    /** The readable snippet's link to the event's own page (`url`), where a visitor can register too. */
    eventPage: string;
  };

  agenda: {
    /** Label before the list of speakers of a programme item. */
    speakers: string;
  };

  seats: {
    /** Seats left, e.g. "Nog 12 plekken vrij"; `formatted` is `count` through Intl.NumberFormat. */
    open: (count: number, formatted: string) => string;
    /** Total seats when the number left is unknown: "40 plekken". */
    capacity: (count: number, formatted: string) => string;
    /** Open, with no number known. */
    openUnknown: string;
    few: (count: number, formatted: string) => string;
    full: string;
    waitlist: string;
    closed: string;
    limited: string;
    cancelled: string;
    /** The event is over: "Geweest". */
    past: string;
    /** After the badge text when live counts could not be refreshed for a while. */
    stale: string;
  };
}

/**
 * The words of the registration form, in one language (the `form` namespace): what the form shows
 * before a visitor acts. Apart from `Terms` because only pages with a form on
 * them fetch them, beside the form's own code; what follows a visitor's action is in `AnswerTerms`.
 */
export interface FormTerms {
  /** Accessible name of the form. */
  label: (eventName: string) => string;
  waitlistLabel: (eventName: string) => string;
  /** After the label of an optional field; no asterisks anywhere. */
  optional: string;
  name: string;
  email: string;
  organization: string;
  role: string;
  remarks: string;
  consent: string;
  /** "Read how we handle your data in the <privacy statement>." */
  privacy: (link: Part) => Part[];
  privacyLink: string;
  /** Empty first option of a select. */
  choose: string;
  /**
   * Under the label of a question whose length limit the event's data sets (`maxLength`), so the
   * visitor knows it before typing: "Maximaal 20 tekens."; `formatted` is `count` through Intl.NumberFormat.
   */
  maxLength: (count: number, formatted: string) => string;
  submit: string;
  submitWaitlist: string;
  /** Label of the honeypot field, for the rare person who sees it (CSS off). */
  honeypot: string;
  /** Tells up front that registering opens the visitor's mail program. */
  mailIntro: string;
  full: string;
  fullWaitlist: string;
  closed: string;
  opensAt: (date: string) => string;
  cancelled: string;
  /** Instead of the form once the event is over. */
  past: string;
}

/**
 * The registration form's words for what follows a visitor's action (the `answers` namespace):
 * the errors of validation, the error summary, sending, the confirmation and the failure, the mail
 * program's turn, and the e-mail's greeting. They come with the code that runs once a visitor acts (the form's `actions` chunk),
 * so a page where nobody signs up never fetches them.
 */
export interface AnswerTerms {
  retry: string;
  /** Heading of the error summary. */
  problem: string;
  errors: {
    nameRequired: string;
    emailRequired: string;
    emailInvalid: string;
    consentRequired: string;
    required: (label: string) => string;
    choose: (label: string) => string;
    check: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    number: (label: string) => string;
    tel: (label: string) => string;
  };
  /** First line of the registration e-mail. */
  mailGreeting: (eventName: string) => string;
  confirmedHeading: string;
  waitlistedHeading: string;
  confirmed: (eventName: Part) => Part[];
  waitlisted: (eventName: Part) => Part[];
  /** Repeats who was registered: the name and e-mail address as typed. */
  registeredAs: (name: Part, email: Part) => Part[];
  /** The endpoint said a confirmation e-mail follows (`emailSent: true`). */
  emailFollows: string;
  /** The endpoint said no confirmation e-mail follows (`emailSent: false`). */
  noEmail: string;
  questions: (parts: { contact?: Part; email?: Part }) => Part[];
  failedHeading: string;
  failedNetwork: string;
  failedTimeout: string;
  failed: string;
  /** In the error summary when the endpoint refused the registration (400/422) without saying why. */
  rejected: string;
  busy: (seconds?: number) => string;
  /** Reassurance after every failure: nothing typed is lost. */
  kept: string;
  mailFallback: (link: Part) => Part[];
  /** The button's text while the registration is sent. */
  submitting: string;
  /** Before each inline error, for screen readers: "Fout:". */
  errorPrefix: string;
  /** The mail program opened with the registration (a form with only an e-mail address). */
  mailOpened: (link: Part) => Part[];
  sending: string;
}

/** Anything a term may place in a sentence: text, a rendered link, isolated event data. */
export type Part = unknown;

/** Says one problem with event data, for the page's editor; `path` is the field, `value` what the editor wrote, `expected` what fits. */
export type ProblemText = (problem: Problem) => string;

/**
 * The texts naming problems in event data, one per problem code (the `problems` namespace).
 * Only pages showing a problem fetch them.
 */
export type ProblemTexts = Record<ProblemCode, ProblemText>;
