/*
 * Turns a Mail (what the outbox wants said) into an OutgoingMessage (what the transport sends):
 * subject, plain text and HTML from one list of blocks, so the two parts always say the same.
 *
 * Words come from ./words.ts in the reader's language: the visitor's own for visitor messages,
 * the event's for the organiser's. Dates and times come from the library's src/data/time.ts in
 * the event's time zone, never the server's; the calendar file is the library's toIcs.
 *
 * Everything from the event or the visitor is a `Value`: escaped (and isolated in `<bdi>`) in
 * HTML, isolated in Arabic plain text, and made one line in a subject.
 */
import { icsFileName, toIcs, webLink } from '../../src/data/calendar.js';
import { placeParts } from '../../src/data/describe.js';
import { eventInstant, eventTimeZone, formatDate, formatTime, localDateKey, parseIso, type ClockStyle } from '../../src/data/time.js';
import type { EventData } from '../../src/data/types.js';
import arElements, { isolate } from '../../src/i18n/ar/elements.js';
import enElements from '../../src/i18n/en/elements.js';
import type { LanguageCode, Part, Terms } from '../../src/i18n/index.js';
import { languageCode, ownLanguage } from '../../src/i18n/languages.js';
import nlElements from '../../src/i18n/nl/elements.js';
import trElements from '../../src/i18n/tr/elements.js';
import { ANSWER, formFields } from '../../src/submit/fields.js';
import { termsFor } from '../language.js';
import type { Mail, MailCounts, MailRegistration, OutgoingMessage } from './types.js';
import { MAIL_WORDS, type MailWords, type WhenParts } from './words.js';

/** The library's element tables give each language its direction, Intl locale and clock style. */
const ELEMENTS: Record<LanguageCode, Terms> = { nl: nlElements, en: enElements, tr: trElements, ar: arElements };

/**
 * The message for `mail`, from `options.from`, with `options.messageId` as its Message-ID.
 * Throws when an organiser message has nobody to go to (the event names no contact address).
 */
export function renderMail(mail: Mail, options: { from: string; messageId: string }): OutgoingMessage {
  const written = write(mail);
  const { language, blocks } = written;
  return {
    from: options.from,
    to: written.to,
    ...(written.replyTo ? { replyTo: written.replyTo } : {}),
    subject: written.subject,
    text: plainText(blocks, language),
    html: html(blocks, language, written.subject),
    messageId: options.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
    ...(written.attachments?.length ? { attachments: written.attachments } : {}),
  };
}

/** A message before it is put into text and HTML. */
interface Written {
  language: Language;
  to: string;
  replyTo?: string;
  subject: string;
  blocks: Block[];
  attachments?: OutgoingMessage['attachments'];
}

/** What one language needs to write a message: its words, and how it writes dates. */
interface Language {
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  words: MailWords;
  /** For Intl: Arabic with Latin digits and a 24-hour clock, as the library's elements write it. */
  locale: string;
  clock?: ClockStyle;
  /** The programme's heading in the calendar file. */
  programLabel: string;
}

function language(tag: string | undefined): Language {
  const lang = languageCode(tag);
  const elements = ELEMENTS[lang];
  return {
    lang,
    dir: elements.dir ?? 'ltr',
    words: MAIL_WORDS[lang],
    locale: elements.intlLocale?.(elements.lang) ?? elements.lang,
    clock: elements.clock,
    programLabel: elements.announcement.program,
  };
}

/** Data from the event or the visitor, never taken for markup. */
class Value {
  constructor(readonly text: string) {}
}

/** A link: plain text shows its address (a mailto link its e-mail address), HTML its label. */
class Link {
  constructor(
    readonly href: string,
    readonly label: Part,
  ) {}
}

type Block =
  | { kind: 'heading'; level: 1 | 2; parts: Part }
  | { kind: 'paragraph'; parts: Part }
  /** Label and value pairs: the event's facts, a person's answers, the counts. */
  | { kind: 'facts'; rows: [label: Part, value: Part][] }
  | { kind: 'list'; items: Part[] }
  | { kind: 'link'; link: Link }
  /** Why the reader gets this message. */
  | { kind: 'footer'; parts: Part };

function write(mail: Mail): Written {
  switch (mail.kind) {
    case 'confirmation':
    case 'promotion':
      return seatMessage(mail);
    case 'cancelled':
      return cancelledMessage(mail);
    case 'organiser-notice':
      return noticeMessage(mail);
    case 'organiser-digest':
      return digestMessage(mail);
  }
}

/** Confirmed, on the waiting list, or moved up from it: what, when, where, and how to cancel. */
function seatMessage(mail: Extract<Mail, { kind: 'confirmation' | 'promotion' }>): Written {
  const { event, registration } = mail;
  const language = languageOf(registration);
  const { words } = language;
  const name = new Value(event.name);
  const state = mail.kind === 'promotion' || registration.status !== 'waitlisted' ? 'confirmed' : 'waitlisted';
  const [subject, heading, intro] =
    mail.kind === 'promotion'
      ? [words.promotion.subject(oneLine(event.name)), words.promotion.heading, words.promotion.intro(name)]
      : [words.confirmation.subject[state](oneLine(event.name)), words.confirmation.heading[state], words.confirmation.intro[state](name)];
  const contact = contactOf(event);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, parts: heading },
    { kind: 'paragraph', parts: words.greeting(new Value(registration.name)) },
    { kind: 'paragraph', parts: intro },
    { kind: 'facts', rows: [...eventFacts(event, language), [words.facts.registeredAs, words.nameAndEmail(new Value(registration.name), new Value(registration.email))]] },
  ];
  // A seat is worth a place in the calendar; a place on the waiting list is not a seat yet.
  if (state === 'confirmed') blocks.push({ kind: 'paragraph', parts: words.calendar });
  blocks.push(
    { kind: 'heading', level: 2, parts: words.cancel.heading },
    { kind: 'paragraph', parts: words.cancel[state] },
    { kind: 'link', link: new Link(mail.cancelUrl, words.cancel.link) },
    ...questions(contact, words),
    { kind: 'footer', parts: words.confirmation.footer(name) },
  );
  return {
    language,
    to: registration.email,
    replyTo: contact.email,
    subject,
    blocks,
    attachments: state === 'confirmed' ? [calendarFile(event, language)] : undefined,
  };
}

function cancelledMessage(mail: Extract<Mail, { kind: 'cancelled' }>): Written {
  const { event, registration } = mail;
  const language = languageOf(registration);
  const { words } = language;
  const name = new Value(event.name);
  const contact = contactOf(event);
  const [what, when] = eventFacts(event, language);
  return {
    language,
    to: registration.email,
    replyTo: contact.email,
    subject: words.cancelled.subject(oneLine(event.name)),
    blocks: [
      { kind: 'heading', level: 1, parts: words.cancelled.heading },
      { kind: 'paragraph', parts: words.greeting(new Value(registration.name)) },
      { kind: 'paragraph', parts: words.cancelled.intro(name) },
      { kind: 'facts', rows: [what, when] },
      { kind: 'paragraph', parts: words.cancelled.again },
      ...questions(contact, words),
      { kind: 'footer', parts: words.cancelled.footer(name) },
    ],
  };
}

function noticeMessage(mail: Extract<Mail, { kind: 'organiser-notice' }>): Written {
  const { event, registration } = mail;
  const language = organiserLanguage(event);
  const { words } = language;
  const person = new Value(registration.name);
  const fields = words.organiser.fields;
  const optional = (label: string, value: string | null): [Part, Part][] => (value ? [[label, new Value(value)]] : []);
  return {
    language,
    to: organiserAddress(event, mail.kind),
    replyTo: registration.email,
    subject: words.notice.subject(oneLine(registration.name), oneLine(event.name), registration.status),
    blocks: [
      { kind: 'heading', level: 1, parts: words.notice.heading },
      { kind: 'paragraph', parts: words.notice.intro(person, new Value(event.name), registration.status) },
      {
        kind: 'facts',
        rows: [
          [fields.name, person],
          [fields.email, mailLink(registration.email)],
          ...optional(fields.organization, registration.organization),
          ...optional(fields.role, registration.role),
          ...optional(fields.remarks, registration.remarks),
          ...answerRows(event, registration, language),
          [fields.status, words.organiser.status[registration.status]],
          [fields.signedUpAt, moment(event, registration.createdAt, language)],
        ],
      },
      ...countBlocks(event, mail.counts, words),
      ...organiserLink(mail.organiserUrl, words),
      { kind: 'paragraph', parts: words.notice.reply(person) },
      { kind: 'footer', parts: words.organiser.footer.each(new Value(event.name)) },
    ],
  };
}

function digestMessage(mail: Extract<Mail, { kind: 'organiser-digest' }>): Written {
  const { event } = mail;
  const language = organiserLanguage(event);
  const { words } = language;
  const signUps = mail.registrations.filter((registration) => registration.status !== 'cancelled');
  const cancellations = mail.registrations.filter((registration) => registration.status === 'cancelled');
  const item = (registration: MailRegistration, status?: string) =>
    words.digest.item(new Value(registration.name), new Value(registration.email), status);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, parts: words.digest.heading },
    { kind: 'paragraph', parts: words.digest.intro(new Value(event.name), moment(event, mail.since, language)) },
  ];
  if (!signUps.length && !cancellations.length) blocks.push({ kind: 'paragraph', parts: words.digest.none });
  if (signUps.length) {
    blocks.push(
      { kind: 'heading', level: 2, parts: `${words.digest.signUps} (${signUps.length})` },
      { kind: 'list', items: signUps.map((registration) => item(registration, words.organiser.status[registration.status])) },
    );
  }
  if (cancellations.length) {
    blocks.push(
      { kind: 'heading', level: 2, parts: `${words.digest.cancellations} (${cancellations.length})` },
      { kind: 'list', items: cancellations.map((registration) => item(registration)) },
    );
  }
  blocks.push(
    ...countBlocks(event, mail.counts, words),
    ...organiserLink(mail.organiserUrl, words),
    { kind: 'footer', parts: words.organiser.footer.daily(new Value(event.name)) },
  );
  return {
    language,
    to: organiserAddress(event, mail.kind),
    subject: words.digest.subject(oneLine(event.name), signUps.length, cancellations.length),
    blocks,
  };
}

/** The visitor's language: the one they signed up in. */
const languageOf = (registration: MailRegistration) => language(registration.locale);

/**
 * The organiser's language: the event's own (`inLanguage`, as schema.org names it) when the library
 * speaks it, else Dutch. EventData has no such field yet; an event file may carry it all the same.
 */
function organiserLanguage(event: EventData): Language {
  const inLanguage = (event as EventData & { inLanguage?: unknown }).inLanguage;
  return language(typeof inLanguage === 'string' ? (ownLanguage(inLanguage) ?? 'nl') : 'nl');
}

/** Who answers a visitor's questions: the registration's contact, else the first organiser with an address. */
function contactOf(event: EventData): { name?: string; email?: string } {
  const { registration = {}, organizers = [] } = event;
  const organizer = organizers.find((candidate) => candidate.email);
  const email = registration.email ?? organizer?.email;
  const name = registration.contact ?? (email ? organizers.find((candidate) => candidate.email === email)?.name : undefined);
  return { name, email };
}

function organiserAddress(event: EventData, kind: Mail['kind']): string {
  const { email } = contactOf(event);
  if (!email) throw new Error(`cannot send the ${kind} of event "${event.id ?? event.name}": it names no contact address (registration.email)`);
  return email;
}

/** "Vragen? Neem contact op met … via …", and that a reply reaches them. */
function questions(contact: { name?: string; email?: string }, words: MailWords): Block[] {
  if (!contact.name && !contact.email) return [];
  const parts = words.questions.contact({
    contact: contact.name === undefined ? undefined : new Value(contact.name),
    email: contact.email === undefined ? undefined : mailLink(contact.email),
  });
  return [
    { kind: 'heading', level: 2, parts: words.questions.heading },
    { kind: 'paragraph', parts: contact.email ? [parts, ' ', words.questions.reply] : parts },
  ];
}

/** What, when, where, and the links to take part online or read more. */
function eventFacts(event: EventData, language: Language): [Part, Part][] {
  const { facts } = language.words;
  const rows: [Part, Part][] = [
    [facts.what, new Value(event.name)],
    [facts.when, language.words.when(whenParts(event, language))],
  ];
  const place = placeParts(event.location).join(', ');
  if (place) rows.push([facts.where, event.location?.tentative ? [facts.probableVenue, ': ', new Value(place)] : new Value(place)]);
  const online = webLink(event.location?.url) ?? (event.status === 'online' ? webLink(event.url) : undefined);
  if (online) rows.push([facts.online, new Link(online, new Value(online))]);
  const page = webLink(event.url);
  if (page && page !== online) rows.push([facts.moreInfo, new Link(page, new Value(page))]);
  return rows;
}

/** The event's dates and clock times in its own time zone, in the reader's language. */
function whenParts(event: EventData, language: Language): WhenParts {
  const timeZone = eventTimeZone(event);
  const start = eventInstant(event, event.startDate)!;
  const date = (instant: number) => formatDate(instant, language.locale, timeZone);
  const time = (instant: number) => clockTime(instant, timeZone, language);
  const endIsDay = parseIso(event.endDate ?? '')?.hasTime === false;
  const end = eventInstant(event, event.endDate);
  const laterDay = end !== undefined && localDateKey(end, timeZone) > localDateKey(start, timeZone);
  if (parseIso(event.startDate)?.hasTime === false) return { date: date(start), lastDate: laterDay ? date(end!) : undefined };
  // A timed start with a day alone as its end (a typo, mostly) says only when it starts.
  if (end === undefined || end <= start || endIsDay) return { date: date(start), start: time(start) };
  return laterDay ? { date: date(start), start: time(start), lastDate: date(end), end: time(end) } : { date: date(start), start: time(start), end: time(end) };
}

/** A clock time without the suffix ("16.00"), which the language's sentence places once. */
const clockTime = (instant: number, timeZone: string, language: Language) =>
  formatTime(instant, language.locale, timeZone, language.clock && { ...language.clock, suffix: '' });

/** A moment in the event's time zone: "maandag 28 januari 2019, 9.12 uur". */
function moment(event: EventData, at: Date, language: Language): string {
  const timeZone = eventTimeZone(event);
  return language.words.at(formatDate(at.getTime(), language.locale, timeZone), clockTime(at.getTime(), timeZone, language));
}

/**
 * The visitor's answers to the event's own questions, labelled as the form asked them (the
 * library's formFields, in the reader's language), choices by their labels.
 */
function answerRows(event: EventData, registration: MailRegistration, language: Language): [Part, Part][] {
  const { words, lang, locale } = language;
  const questions = formFields(event, termsFor(lang).form, lang).filter((field) => field.id.startsWith(ANSWER));
  const rows: [Part, Part][] = [];
  const asked = new Set<string>();
  for (const field of questions) {
    const key = field.id.slice(ANSWER.length);
    asked.add(key);
    const answer = registration.answers[key];
    if (answer === undefined || answer === '' || (Array.isArray(answer) && !answer.length)) continue;
    const label = (value: string) => field.options?.find((option) => option.value === value)?.label ?? value;
    const shown =
      typeof answer === 'boolean'
        ? answer ? words.organiser.yes : words.organiser.no
        : new Value(Array.isArray(answer) ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(answer.map(label)) : label(answer));
    rows.push([new Value(field.label), shown]);
  }
  // An answer to a question the event no longer asks is still the visitor's: shown by its key.
  for (const [key, answer] of Object.entries(registration.answers)) {
    if (asked.has(key)) continue;
    rows.push([new Value(key), typeof answer === 'boolean' ? (answer ? words.organiser.yes : words.organiser.no) : new Value([answer].flat().join(', '))]);
  }
  return rows;
}

function countBlocks(event: EventData, counts: MailCounts, words: MailWords): Block[] {
  const { counts: labels } = words.organiser;
  const rows: [Part, Part][] = [[labels.confirmed, counts.capacity === undefined ? String(counts.confirmed) : labels.of(counts.confirmed, counts.capacity)]];
  if (counts.remaining !== undefined) rows.push([labels.remaining, String(counts.remaining)]);
  if (counts.waiting || event.registration?.waitlist) rows.push([labels.waiting, String(counts.waiting)]);
  return [
    { kind: 'heading', level: 2, parts: labels.heading },
    { kind: 'facts', rows },
  ];
}

function organiserLink(url: string, words: MailWords): Block[] {
  return [
    { kind: 'paragraph', parts: words.organiser.allRegistrations },
    { kind: 'link', link: new Link(url, words.organiser.link) },
  ];
}

/** The event as an `.ics` file, its content type naming the file's METHOD as RFC 6047 asks. */
function calendarFile(event: EventData, language: Language): NonNullable<OutgoingMessage['attachments']>[number] {
  const content = toIcs(event, { now: Date.now(), programLabel: language.programLabel });
  const method = /^METHOD:(\S+)\r?$/m.exec(content)?.[1];
  return {
    filename: icsFileName(event),
    content,
    contentType: `text/calendar; charset=utf-8${method ? `; method=${method}` : ''}`,
  };
}

const mailLink = (address: string) => new Link(`mailto:${address}`, new Value(address));

/** For a subject line: no line breaks or control characters, runs of space as one. */
const oneLine = (text: string) => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

// Plain text

function plainText(blocks: Block[], language: Language): string {
  const text = (parts: Part): string => {
    if (parts instanceof Value) return language.dir === 'rtl' ? isolate(parts.text) : parts.text;
    if (parts instanceof Link) return parts.href.startsWith('mailto:') ? text(parts.label) : parts.href;
    if (Array.isArray(parts)) return parts.map(text).join('');
    return parts == null || parts === false ? '' : String(parts);
  };
  // A value of several lines (remarks) stays readable under its label.
  const indented = (value: string) => value.replace(/\r?\n/g, '\n  ');
  const block = (block: Block): string => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return text(block.parts);
      case 'facts':
        return block.rows.map(([label, value]) => `${text(label)}: ${indented(text(value))}`).join('\n');
      case 'list':
        return block.items.map((item) => `- ${indented(text(item))}`).join('\n');
      case 'link':
        return text(block.link);
      case 'footer':
        return `-- \n${text(block.parts)}`;
    }
  };
  // Blocks are a blank line apart; a section's heading sits right above its first line, and a
  // link right below the sentence that says what it is for.
  const close = (previous: Block, next: Block) => (previous.kind === 'heading' && previous.level === 2) || next.kind === 'link';
  return `${blocks.map((each, index) => (index === 0 ? '' : close(blocks[index - 1], each) ? '\n' : '\n\n') + block(each)).join('')}\n`;
}

// HTML

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or an attribute value: never read as markup. */
const escape = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/*
 * Styles are inline, as mail clients drop <style> blocks; sizes in px, which they all read. No
 * images, no remote resources, no scripts.
 */
const STYLE = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5',
  main: 'max-width:600px',
  h1: 'font-size:24px;line-height:1.25;margin:0 0 16px',
  h2: 'font-size:19px;line-height:1.25;margin:24px 0 8px',
  p: 'margin:0 0 16px',
  table: 'border-collapse:collapse;margin:0 0 16px',
  cell: 'padding:4px 16px 4px 0;vertical-align:top',
  link: 'color:#0b57d0;text-decoration:underline',
  footer: 'margin:32px 0 0;padding-top:16px;border-top:1px solid #cccccc;color:#4d4d4d;font-size:14px',
};

function html(blocks: Block[], language: Language, subject: string): string {
  const start = language.dir === 'rtl' ? 'right' : 'left';
  const content = (parts: Part): string => {
    if (parts instanceof Value) return `<bdi>${escape(parts.text).replace(/\r?\n/g, '<br>')}</bdi>`;
    if (parts instanceof Link) return `<a href="${escape(parts.href)}" style="${STYLE.link}">${content(parts.label)}</a>`;
    if (Array.isArray(parts)) return parts.map(content).join('');
    return parts == null || parts === false ? '' : escape(String(parts));
  };
  const body = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `<h${block.level} style="${block.level === 1 ? STYLE.h1 : STYLE.h2}">${content(block.parts)}</h${block.level}>`;
      case 'paragraph':
        return `<p style="${STYLE.p}">${content(block.parts)}</p>`;
      case 'facts':
        return `<table style="${STYLE.table}">${block.rows
          .map(([label, value]) => `<tr><th scope="row" style="${STYLE.cell};text-align:${start}">${content(label)}</th><td style="${STYLE.cell}">${content(value)}</td></tr>`)
          .join('')}</table>`;
      case 'list':
        return `<ul style="${STYLE.p}">${block.items.map((item) => `<li>${content(item)}</li>`).join('')}</ul>`;
      case 'link':
        return `<p style="${STYLE.p}">${content(block.link)}</p>`;
      case 'footer':
        return `<p style="${STYLE.footer}">${content(block.parts)}</p>`;
    }
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${language.lang}" dir="${language.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.main}">`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
