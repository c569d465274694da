/**
 * Time zone arithmetic and date formatting. Everything goes through `Intl` with an explicit
 * `timeZone` and never through Date's local getters, so an Amsterdam meeting says 16.00 on
 * a screen in New York or Tokyo too.
 */

import { DEFAULT_TIME_ZONE, type EventData } from './types.js';

/** The time zone an event's local times are read in: its own, else Europe/Amsterdam. */
export function eventTimeZone(event: Pick<EventData, 'timeZone'>): string {
  return event.timeZone ?? DEFAULT_TIME_ZONE;
}

/**
 * Epoch ms of an ISO value of `event` (its start, end, a deadline, a programme time), read in
 * the event's time zone; a time of day alone falls on the event's start date.
 */
export function eventInstant(event: Pick<EventData, 'timeZone' | 'startDate'>, value: string | undefined): number | undefined {
  return value === undefined ? undefined : toInstant(value, eventTimeZone(event), event.startDate);
}

/**
 * The moment `event` is over (epoch ms): from then on it is past (docs/protocol.md, "Past
 * events"). A date-time `endDate` is that moment. A date alone as `endDate` names the last day,
 * which is over at midnight after it. Without a usable end (none, or one not after the start),
 * nobody can tell when the event finishes, so it is over at midnight after its start day, or
 * after the day of its latest programme time when that is later. Midnight in the event's time
 * zone. Undefined when the start cannot be read.
 */
export function eventEnd(event: Pick<EventData, 'timeZone' | 'startDate' | 'endDate' | 'program'>): number | undefined {
  const start = eventInstant(event, event.startDate);
  if (start === undefined) return undefined;
  const end = eventInstant(event, event.endDate);
  const endIsDay = parseIso(event.endDate ?? '')?.hasTime === false;
  if (end !== undefined && !endIsDay && end > start) return end;
  const programTimes = (event.program ?? []).flatMap((item) => [eventInstant(event, item.start), eventInstant(event, item.end)]);
  // An end left here is a day, or a moment not after the start, which the start outweighs.
  const latest = Math.max(start, ...[end, ...programTimes].filter((time) => time !== undefined));
  return endOfDay(latest, eventTimeZone(event));
}

/** Midnight after the local day of `instant` in `timeZone`: the start of the next day. */
function endOfDay(instant: number, timeZone: string): number {
  // Date.parse reads a date alone as UTC midnight, so a day later is the next date on any clock.
  const nextDay = new Date(Date.parse(localDateKey(instant, timeZone)) + DAY).toISOString().slice(0, 10);
  return toInstant(nextDay, timeZone)!;
}

/** How a language writes clock times in prose, e.g. Dutch `{ separator: '.', suffix: ' uur' }`. */
export interface ClockStyle {
  /** Between hours and minutes: "16.00". */
  separator: string;
  /** After the time, once per range: "16.00 – 19.00 uur". */
  suffix: string;
}

/** The numbers of an ISO 8601 date or date-time; time fields are 0 for a date alone. */
export interface IsoParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** False for a date alone ("2019-01-25"). */
  hasTime: boolean;
  /** Minutes east of UTC when written with `Z` or `±HH:MM`; absent for wall-clock times. */
  offset?: number;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** Hours 00–23 and minutes and seconds 00–59 are in the pattern, so only the date needs checking after. */
const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d+))?)?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))?)?$/;

/**
 * Answers of `wallClock` and `toInstant`, which every element asks again for the same few
 * moments (start, end, deadline, programme) in each render, and the `Intl` objects made so far.
 * Emptied when full: a page has few events, and an `Intl` object dropped is simply made again.
 * A computation that throws keeps nothing.
 */
const remembered = new Map<string, unknown>();

function remember<T>(key: string, compute: () => T): T {
  if (remembered.has(key)) return remembered.get(key) as T;
  const value = compute();
  if (remembered.size >= 1000) remembered.clear();
  remembered.set(key, value);
  return value;
}

/**
 * An `Intl` object (`Intl.DateTimeFormat`, `Intl.PluralRules`…) for `locale` and `options`, made
 * once: they are costly to create, and a page's elements ask for the same few in every render.
 * Throws as the constructor does (an unknown time zone), and then keeps nothing.
 */
export function intl<T, O extends object>(Kind: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  return remember(Kind.name + locale + JSON.stringify(options), () => new Kind(locale, options));
}

/** Formatters are costly to create and a page formats the same few patterns many times. */
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) => intl(Intl.DateTimeFormat, locale, options);

/** Epoch ms of the parts read as UTC; setUTCFullYear keeps years 0–99 literal, unlike Date.UTC. */
function utcOf(parts: IsoParts): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return date.setUTCHours(parts.hour, parts.minute, parts.second, parts.millisecond);
}

/** The wall clock in `timeZone` at `instant`; remembered and shared, so read-only in its type. */
function wallClock(instant: number, timeZone: string): Readonly<IsoParts> {
  return remember(`wall ${timeZone} ${instant}`, () => {
    const parts: Record<string, number> = {};
    const format = dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    for (const { type, value } of format.formatToParts(instant)) parts[type] = Number(value);
    const { year, month, day, hour, minute, second } = parts;
    return { year, month, day, hour, minute, second, millisecond: ((instant % 1000) + 1000) % 1000, hasTime: true };
  });
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
const offsetAt = (instant: number, timeZone: string) => utcOf(wallClock(instant, timeZone)) - instant;

/** "2019-01-29T16:00", with seconds and milliseconds only when needed (or asked for). */
function formatWallClock(parts: IsoParts, withSeconds: boolean): string {
  return new Date(utcOf(parts)).toISOString().slice(0, parts.millisecond ? 23 : withSeconds || parts.second ? 19 : 16);
}

/** True for an IANA time zone name the browser knows, e.g. "Europe/Amsterdam". */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    // Made once (`intl`): every element checks its event's zone as it parses. An empty name
    // throws like any other unknown one.
    return !!dateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
}

/** True for a time of day as program items write it: "16:00". */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * Strict ISO 8601: `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]`, optionally `Z` or `±HH:MM`
 * after the time. Undefined for anything else, including dates that do not exist (2019-02-30).
 */
export function parseIso(value: string): IsoParts | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  // Parts left out read as '', which is the number 0.
  const [, year, month, day, hour = '', minute = '', second = '', fraction = '', zone, sign, offsetHours = '', offsetMinutes = ''] = match;
  const parts: IsoParts = {
    year: +year,
    month: +month,
    day: +day,
    hour: +hour,
    minute: +minute,
    second: +second,
    millisecond: +fraction.padEnd(3, '0').slice(0, 3),
    hasTime: !!hour,
    offset: zone ? (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) : undefined,
  };
  // Date rolls impossible dates (2019-02-30, month 13) over into another month.
  return new Date(utcOf(parts)).getUTCMonth() === parts.month - 1 ? parts : undefined;
}

/**
 * The epoch ms an ISO value stands for. Values with `Z` or an offset are absolute; others are
 * wall-clock times in `timeZone`; a date alone is 00:00 of that date; a time of day ("16:00")
 * falls on the local date of `baseDate` (the event's startDate). In the hour skipped when
 * clocks go forward, a time is read with the offset before the change (02:30 becomes 03:30);
 * in the hour that happens twice, the first occurrence is meant. Undefined when unreadable.
 * Throws a RangeError for an unknown time zone (check with `isValidTimeZone`).
 */
export function toInstant(value: string, timeZone: string, baseDate?: string): number | undefined {
  return remember(`instant ${timeZone} ${value} ${isTimeOfDay(value) ? baseDate : ''}`, () => readInstant(value, timeZone, baseDate));
}

function readInstant(value: string, timeZone: string, baseDate?: string): number | undefined {
  if (isTimeOfDay(value)) {
    const base = baseDate === undefined ? undefined : toInstant(baseDate, timeZone);
    return base === undefined ? undefined : toInstant(`${localDateKey(base, timeZone)}T${value}`, timeZone);
  }
  const parts = parseIso(value);
  if (!parts) return undefined;
  const wallAsUtc = utcOf(parts);
  if (parts.offset !== undefined) return wallAsUtc - parts.offset * MINUTE;
  // Offset changes are far apart, so the offsets a day before and after are the only ones that
  // can apply; the one that maps back to the same wall clock is right.
  const candidates = [-DAY, DAY].map((shift) => wallAsUtc - offsetAt(wallAsUtc + shift, timeZone));
  return candidates.find((instant) => instant + offsetAt(instant, timeZone) === wallAsUtc) ?? candidates[0];
}

/** The wall-clock time in `timeZone` without offset: "2019-01-29T16:00" (seconds only when not zero). */
export function toLocalIso(instant: number, timeZone: string): string {
  return formatWallClock(wallClock(instant, timeZone), false);
}

/** ISO 8601 with the offset valid at that moment, for `<time datetime>` and JSON-LD: "2019-01-29T16:00:00+01:00". */
export function toIsoWithOffset(instant: number, timeZone: string): string {
  const offset = Math.round(offsetAt(instant, timeZone) / MINUTE);
  // The offset's size as a time of day on 1 January 1970 UTC: "01:00".
  return `${formatWallClock(wallClock(instant, timeZone), true)}${offset < 0 ? '-' : '+'}${new Date(Math.abs(offset) * MINUTE).toISOString().slice(11, 16)}`;
}

/** The local date in `timeZone`, for grouping by day: "2019-01-29". */
export function localDateKey(instant: number, timeZone: string): string {
  return toLocalIso(instant, timeZone).slice(0, 10);
}

const dateOptions = (timeZone: string, weekday = true, year = true): Intl.DateTimeFormatOptions => ({
  timeZone,
  weekday: weekday ? 'long' : undefined,
  day: 'numeric',
  month: 'long',
  year: year ? 'numeric' : undefined,
});

const timeOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({ timeZone, hour: 'numeric', minute: '2-digit' });

/** The date in words: "dinsdag 29 januari 2019" (nl), "Tuesday, January 29, 2019" (en). */
export function formatDate(
  instant: number,
  locale: string,
  timeZone: string,
  options: { weekday?: boolean; year?: boolean } = {},
): string {
  return dateTimeFormat(locale, dateOptions(timeZone, options.weekday, options.year)).format(instant);
}

/**
 * Hours and minutes on a 24-hour clock joined by the clock's separator, without suffix: "9.05".
 * Taken from the wall clock rather than the locale's pattern, which pads the hour in some
 * browsers ("09") and not in others; Dutch writes "9.05 uur".
 */
function clockTime(instant: number, timeZone: string, clock: ClockStyle): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${hour}${clock.separator}${String(minute).padStart(2, '0')}`;
}

/**
 * A clock time: "16.00 uur" with the Dutch clock style (24-hour, Latin digits); without one,
 * `Intl`'s own form for the locale ("4:00 PM" in en, "16:00" in en-GB).
 */
export function formatTime(instant: number, locale: string, timeZone: string, clock?: ClockStyle): string {
  return clock
    ? clockTime(instant, timeZone, clock) + clock.suffix
    : dateTimeFormat(locale, timeOptions(timeZone)).format(instant);
}

/**
 * From start to end: "16.00 – 19.00 uur" (suffix once), "4:00 – 7:00 PM" (Intl's formatRange).
 * When the two fall on different local dates, both dates are written out.
 */
export function formatTimeRange(start: number, end: number, locale: string, timeZone: string, clock?: ClockStyle): string {
  const sameDay = localDateKey(start, timeZone) === localDateKey(end, timeZone);
  if (!clock) {
    return dateTimeFormat(locale, { ...(sameDay ? {} : dateOptions(timeZone)), ...timeOptions(timeZone) }).formatRange(start, end);
  }
  const withDate = (instant: number) => `${formatDate(instant, locale, timeZone)} ${formatTime(instant, locale, timeZone, clock)}`;
  return sameDay
    ? `${clockTime(start, timeZone, clock)} – ${formatTime(end, locale, timeZone, clock)}`
    : `${withDate(start)} – ${withDate(end)}`;
}

/**
 * When an event takes place, in words, as an announcement says it: `date` alone for an event
 * without a clock time ("dinsdag 29 januari 2019"); both dates and times in `date` for one that
 * ends on another day; otherwise `date` and `time` ("16.00 – 19.00 uur"), which the caller joins
 * with its language's separator. `iso` is the start with its offset, for `<time datetime>`.
 */
export function eventWhen(
  event: Pick<EventData, 'timeZone' | 'startDate' | 'endDate'>,
  locale: string,
  clock?: ClockStyle,
): { iso: string; date: string; time?: string } {
  const timeZone = eventTimeZone(event);
  const start = eventInstant(event, event.startDate)!;
  const end = eventInstant(event, event.endDate);
  const iso = toIsoWithOffset(start, timeZone);
  const date = formatDate(start, locale, timeZone);
  if (!event.startDate.includes('T')) return { iso, date };
  const time = end === undefined ? formatTime(start, locale, timeZone, clock) : formatTimeRange(start, end, locale, timeZone, clock);
  // A range over several days writes out both dates itself.
  return end !== undefined && localDateKey(end, timeZone) !== localDateKey(start, timeZone) ? { iso, date: time } : { iso, date, time };
}

/**
 * A registration deadline as a sentence says it: "25 januari", with the year when it is not the
 * event's year, and the time when the deadline has one ("25 januari 12.00 uur").
 */
export function formatDeadline(
  event: Pick<EventData, 'timeZone' | 'startDate'>,
  deadline: number,
  withTime: boolean,
  locale: string,
  clock?: ClockStyle,
): string {
  const timeZone = eventTimeZone(event);
  const year = (instant: number) => wallClock(instant, timeZone).year;
  const date = formatDate(deadline, locale, timeZone, { weekday: false, year: year(deadline) !== year(eventInstant(event, event.startDate)!) });
  return withTime ? `${date} ${formatTime(deadline, locale, timeZone, clock)}` : date;
}
