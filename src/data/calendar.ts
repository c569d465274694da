/**
 * "Add to calendar": an RFC 5545 `.ics` file and links that open Google Calendar and Outlook on
 * the web (Outlook.com and Microsoft 365) with the event filled in. Everything is made in the
 * browser (or on a server: these are exported from the package root), without any request.
 *
 * Times go into the `.ics` in UTC (`DTSTART:20190129T150000Z`), not as local times with a
 * VTIMEZONE: a VTIMEZONE has to spell out the zone's offset rules, which Intl does not expose,
 * while every client shows a UTC time correctly in its reader's zone. The Google link names the
 * event's zone in `ctz`, the Outlook link writes local times with their offset.
 *
 * A date alone as startDate makes an all-day event (`DTSTART;VALUE=DATE`); its endDate, when
 * given, is the last day (inclusive, as people write it), and the file's DTEND the day after.
 * Without an endDate a timed event ends at the latest programme time after its start, else two
 * hours after it; an all-day event ends with the day of its last programme item, else after one day.
 */
import { placeParts } from './describe.js';
import { eventInstant, eventTimeZone, localDateKey, parseIso, toInstant, toIsoWithOffset, toLocalIso } from './time.js';
import type { EventData, Organizer } from './types.js';

export interface IcsOptions {
  /** The moment the file is made (epoch ms), written as DTSTAMP. */
  now: number;
  /** Heading above the programme in the description, in the page's language: "Programma". Default "Programme". */
  programLabel?: string;
  /** PRODID of the file. */
  productId?: string;
}

const DEFAULT_PRODUCT_ID = '-//Samenspel//Event Elements//EN';
/** Makes ids unique beyond this site's events, as RFC 5545 asks of a UID. */
const UID_DOMAIN = '@event-elements';
const DEFAULT_DURATION = 2 * 3_600_000;
/** RFC 5545 3.1: content lines longer than this many octets are folded. */
const MAX_LINE_OCTETS = 75;

/** When the event happens; `days` (local dates, end exclusive) only for all-day events. */
interface When {
  timeZone: string;
  start: number;
  end: number;
  days?: [string, string];
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00Z`) + 86_400_000).toISOString().slice(0, 10);

function whenOf(event: EventData): When {
  const timeZone = eventTimeZone(event);
  const instant = (value: string | undefined) => eventInstant(event, value);
  const start = instant(event.startDate);
  if (start === undefined) throw new RangeError(`startDate "${event.startDate}" is not an ISO 8601 date`);
  const programTimes = (event.program ?? []).flatMap((item) => [instant(item.start), instant(item.end)]);
  const latestProgramTime = Math.max(start, ...programTimes.filter((time) => time !== undefined));
  const dateOnly = (value: string | undefined) => parseIso(value ?? '')?.hasTime === false;

  if (dateOnly(event.startDate)) {
    const startDay = event.startDate;
    const lastDay = localDateKey(instant(event.endDate) ?? latestProgramTime, timeZone);
    const endDay = nextDay(lastDay > startDay ? lastDay : startDay);
    return { timeZone, start, end: instant(endDay)!, days: [startDay, endDay] };
  }
  let end = instant(dateOnly(event.endDate) ? nextDay(event.endDate!) : event.endDate);
  // RFC 5545 wants DTEND after DTSTART; an end before the start is a typo we cannot repair.
  if (end === undefined || end <= start) end = latestProgramTime > start ? latestProgramTime : start + DEFAULT_DURATION;
  return { timeZone, start, end };
}

/** "20190129T150000Z" */
const utcBasic = (instant: number) => new Date(instant).toISOString().replace(/\.\d+|[-:]/g, '');
/** "20190129" */
const dateBasic = (day: string) => day.replace(/-/g, '');

/** An absolute http(s) link, normalised (no spaces or line breaks left), or undefined: event data may hold anything. */
export function webLink(value: string | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Venue, room, street, postal code and place, as the announcement shows them. */
function locationText(event: EventData): string | undefined {
  return placeParts(event.location).join(', ') || webLink(event.location?.url) || (event.status === 'online' ? webLink(event.url) : undefined);
}

/**
 * "16:00 Welkom en introductie", "16:00–16:30 Pitches — Speaker, Speaker": clock times in the
 * event's zone, with the date in front when an item falls on another day than the event starts.
 */
function programLines(event: EventData, when: When): string[] {
  const { timeZone } = when;
  const localIso = (value: string) => {
    const instant = toInstant(value, timeZone, event.startDate);
    return instant === undefined ? undefined : toLocalIso(instant, timeZone);
  };
  const clock = (local: string, day: string) => (local.startsWith(day) ? '' : `${local.slice(0, 10)} `) + local.slice(11, 16);
  const firstDay = localDateKey(when.start, timeZone);
  return (event.program ?? []).map((item) => {
    const start = localIso(item.start);
    const end = item.end && localIso(item.end);
    const time = (start ? clock(start, firstDay) : item.start) + (end ? `–${clock(end, start?.slice(0, 10) ?? firstDay)}` : '');
    return `${time} ${item.title}${item.speakers?.length ? ` — ${item.speakers.join(', ')}` : ''}`;
  });
}

/** The description as plain text: sections as a heading line above their body. */
function descriptionText(event: EventData): string | undefined {
  const { description } = event;
  return Array.isArray(description)
    ? paragraphs(description.map((section) => [section.heading, section.body].filter(Boolean).join('\n')))
    : description;
}

const paragraphs = (blocks: (string | undefined)[]) => blocks.filter((block) => block?.trim()).join('\n\n');

/** Summary, programme and link: what fits in a link's `details` or `body`. */
function shortDetails(event: EventData, when: When): string {
  const lead = event.summary ?? descriptionText(event)?.split(/\n\s*\n/)[0];
  return paragraphs([lead, programLines(event, when).join('\n'), webLink(event.url)]);
}

/** FNV-1a: a stable UID for events without an id. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 0x01000193);
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** Control characters have no place in an iCalendar value (RFC 5545 3.3.11); tab and newline stay. */
const withoutControls = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (char) => (char === '\t' || char === '\n' ? char : ''));

/** TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines as `\n`. */
const escapeText = (text: string) => withoutControls(text).replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');

/** Parameter value, always quoted; caret, newline and quote escaped as RFC 6868 says. */
const paramValue = (text: string) => `"${withoutControls(text).replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'")}"`;

/** A URI value: a mailto link must not break the line it stands on. */
const uriValue = (text: string) => text.replace(/[\s\p{Cc}"]/gu, (char) => encodeURIComponent(char));

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3). */
const utf8Size = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line at 75 octets of UTF-8 with CRLF and a space (RFC 5545 3.1), between
 * characters: never inside a multi-byte character or a surrogate pair, and not inside an escape
 * such as `\,` either, which the RFC allows but some clients read wrongly.
 */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const [unit] of line.matchAll(/\\?[\s\S]/gu)) {
    const size = [...unit].reduce((sum, char) => sum + utf8Size(char), 0);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += unit;
    octets += size;
  }
  return folded;
}

/** Who to write to: the first organiser with an e-mail address, else the registration's contact. */
function organizerOf(event: EventData): { name?: string; email: string } | undefined {
  const { registration, organizers = [] } = event;
  return (
    organizers.find((organizer): organizer is Organizer & { email: string } => !!organizer.email) ??
    (registration?.email ? { name: registration.contact ?? organizers[0]?.name, email: registration.email } : undefined)
  );
}

/**
 * RFC 5545 iCalendar text (CRLF line ends) with one VEVENT for `event`: UID from `event.id` (else
 * a hash of name and startDate), DTSTAMP `options.now`, start and end in UTC (see the module
 * comment), SUMMARY, LOCATION, DESCRIPTION (summary, description, programme, link), URL,
 * STATUS and ORGANIZER. Throws a RangeError for an unreadable startDate or unknown time zone,
 * which `parseEvent` never lets through.
 */
export function toIcs(event: EventData, options: IcsOptions): string {
  const when = whenOf(event);
  const { days } = when;
  const url = webLink(event.url);
  const location = locationText(event);
  const program = programLines(event, when);
  const description = paragraphs([
    event.summary,
    descriptionText(event),
    program.length ? [options.programLabel ?? 'Programme', ...program].join('\n') : undefined,
    // Google Calendar drops the URL property on import; in the text the link survives.
    url,
  ]);
  const organizer = organizerOf(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    // RFC 5546 3.2.1: a PUBLISH needs an ORGANIZER. Without an address to name, the file is a plain
    // RFC 5545 calendar, which every client imports the same way.
    organizer && 'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText((event.id ?? hash(`${event.name}\n${event.startDate}`)) + UID_DOMAIN)}`,
    `DTSTAMP:${utcBasic(options.now)}`,
    ...(days
      ? [`DTSTART;VALUE=DATE:${dateBasic(days[0])}`, `DTEND;VALUE=DATE:${dateBasic(days[1])}`]
      : [`DTSTART:${utcBasic(when.start)}`, `DTEND:${utcBasic(when.end)}`]),
    `SUMMARY:${escapeText(event.name)}`,
    location && `LOCATION:${escapeText(location)}`,
    description && `DESCRIPTION:${escapeText(description)}`,
    url && `URL:${url}`,
    `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    organizer && `ORGANIZER${organizer.name ? `;CN=${paramValue(organizer.name)}` : ''}:mailto:${uriValue(organizer.email)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.filter(Boolean).map((line) => `${fold(line as string)}\r\n`).join('');
}

/** `base` plus query parameters, spaces as %20 (not every calendar reads `+` as a space). */
function withQuery(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));
  return `${base}&${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * A link that opens Google Calendar with the event filled in: `dates` in UTC
 * (`20190129T150000Z/20190129T180000Z`, or `20250601/20250602` all day, end exclusive), `ctz` the
 * event's time zone, `details` the summary, programme and link.
 */
export function googleCalendarUrl(event: EventData): string {
  const when = whenOf(event);
  return withQuery('https://calendar.google.com/calendar/render?action=TEMPLATE', {
    text: event.name,
    dates: (when.days?.map(dateBasic) ?? [when.start, when.end].map(utcBasic)).join('/'),
    details: shortDetails(event, when),
    location: locationText(event),
    ctz: when.timeZone,
  });
}

/**
 * A link that opens a new event in Outlook on the web for personal accounts (Outlook.com):
 * `startdt`/`enddt` local to the event with their offset (`2019-01-29T16:00:00+01:00`); all day
 * as dates (end exclusive) with `allday=true`.
 */
export function outlookCalendarUrl(event: EventData): string {
  return outlookCompose('outlook.live.com', event);
}

/**
 * The same for work and school accounts (Microsoft 365, outlook.office.com): what municipal and
 * organisation staff use.
 */
export function office365CalendarUrl(event: EventData): string {
  return outlookCompose('outlook.office.com', event);
}

function outlookCompose(host: string, event: EventData): string {
  const when = whenOf(event);
  const [startdt, enddt] = when.days ?? [when.start, when.end].map((instant) => toIsoWithOffset(instant, when.timeZone));
  return withQuery(`https://${host}/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent`, {
    subject: event.name,
    startdt,
    enddt,
    allday: when.days ? 'true' : undefined,
    body: shortDetails(event, when),
    location: locationText(event),
  });
}

/**
 * A download name: the event's name with every run of characters other than letters, marks and
 * digits (any script) turned into one hyphen, at most 60 characters, plus `.ics`: "Nieuw-samenspel-in-de-wijk.ics".
 */
export function icsFileName(event: EventData): string {
  const words = event.name.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  const name = Array.from(words.replace(/^-+/, '')).slice(0, 60).join('').replace(/-+$/, '');
  return `${name || 'event'}.ics`;
}
