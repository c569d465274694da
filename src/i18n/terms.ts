import type { ClockStyle } from '../data/time.js';
import type { EventStatus, Problem } from '../data/types.js';

/** What a term function receives to name a problem with the event data. */
export type ProblemText = (problem: Problem) => string;

/**
 * Every word an element shows, in one language. Functions take numbers and
 * already-formatted values so each language controls its own word order.
 * Links and other markup come in as opaque `Part`s the function places.
 */
export interface Terms {
  /** The table's language: the locale used for Intl when the page asks for a language we lack. */
  lang: string;
  /** Dutch government style "16.00 uur"; undefined means Intl's own time format. */
  clock?: ClockStyle;

  notice: {
    /** Heading of the notice shown when an event cannot be shown. */
    title: string;
    /** Introduces the list of problems, addressed to the page's editor. */
    forEditor: string;
    problem: ProblemText;
  };

  announcement: {
    probableVenue: string;
    /** "bij Oke Nu en OSO in Overvecht Noord"; `hosts` is already a formatted list. */
    hostedBy: (hosts?: string, area?: string) => string;
    when: string;
    where: string;
    audience: string;
    program: string;
    registration: string;
    /** Label before the organisers' names. */
    organizedBy: string;
    status: Record<Exclude<EventStatus, 'scheduled'>, string>;
    /** "Aanmelden vóór 25 januari bij Jitske Tiemersma via <link>." */
    registerBy: (parts: { deadline?: string; contact?: string; email?: Part }) => Part[];
    /** Contact line once registration is closed: "Contact: Jitske Tiemersma via <link>." */
    contactBy: (parts: { contact?: string; email?: Part }) => Part[];
    /** Subject of the e-mail a visitor sends to register. */
    mailSubject: (eventName: string) => string;
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
  };
}

/** Anything a term may place in a sentence: text or a rendered link. */
export type Part = unknown;

/** Picks the plural form of `count` in `locale` through Intl.PluralRules. */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
