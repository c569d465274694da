/**
 * Turns whatever an editor gave (an object, a JSON string, schema.org JSON-LD) into EventData
 * that elements can trust. Each bad field is dropped and named in a Problem, so the rest of the
 * announcement still renders; only a missing name or start date leaves nothing to show.
 */
import { isTimeOfDay, isValidTimeZone, parseIso } from './time.js';
import type { EventData, FieldSpec, ParseResult, Problem, ProblemCode } from './types.js';

/** Checks one value at `path`: returns what to keep, or undefined (after reporting) to drop it. */
type Check = (value: unknown, path: string, problems: Problem[]) => unknown;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as the editor wrote it, short enough for a notice. */
function shorten(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value; // cyclic or otherwise unprintable
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function report(problems: Problem[], path: string, code: ProblemCode, expected: string, value: unknown, complaint: string): undefined {
  const shown = value === undefined ? undefined : shorten(value);
  problems.push({
    path,
    code,
    message: `${path || 'input'}${shown === undefined ? '' : `: ${isString(value) ? `"${shown}"` : shown}`} ${complaint}`,
    expected,
    ...(shown !== undefined && { value: shown }),
  });
  return undefined;
}

/** A value that must be there is not. */
const reportMissing = (problems: Problem[], path: string) => report(problems, path, 'required', 'a value', undefined, 'is missing');

/** A check that keeps values passing `test` as they are. */
const rule =
  (test: (value: unknown) => boolean, code: ProblemCode, expected: string, complaint = `is not ${expected}`): Check =>
  (value, path, problems) =>
    test(value) ? value : report(problems, path, code, expected, value, complaint);

const isString = (value: unknown): value is string => typeof value === 'string';

const text = rule(isString, 'type', 'text');
const filledText: Check = (value, path, problems) =>
  isString(value) && !value.trim() ? report(problems, path, 'required', 'non-empty text', value, 'is empty') : text(value, path, problems);
const flag = rule((value) => typeof value === 'boolean', 'type', 'true or false');
const count = rule((value) => Number.isInteger(value) && (value as number) >= 0, 'type', 'whole number ≥ 0', 'is not a whole number of 0 or more');
const date = rule((value) => isString(value) && !!parseIso(value), 'date', 'ISO 8601 date', 'is not an ISO 8601 date (expected e.g. 2019-01-29T16:00)');
const time = rule(
  (value) => isString(value) && (isTimeOfDay(value) || !!parseIso(value)?.hasTime),
  'date',
  'time HH:MM or ISO 8601 date-time',
  'is not a time (expected e.g. 16:00 or 2019-01-29T16:00)',
);
const email = rule((value) => isString(value) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'type', 'e-mail address', 'is not an e-mail address (expected e.g. naam@voorbeeld.nl)');
const timeZone = rule((value) => isString(value) && isValidTimeZone(value), 'timeZone', 'IANA time zone', 'is not an IANA time zone (expected e.g. Europe/Amsterdam); Europe/Amsterdam is used');

/** http(s) or relative; the base only serves to read the scheme. */
function isWebLink(value: unknown): boolean {
  try {
    return isString(value) && !!value.trim() && /^https?:$/.test(new URL(value, 'https://example.invalid/').protocol);
  } catch {
    return false;
  }
}
const link = rule(isWebLink, 'url', 'http(s) link', 'is not an http(s) link (expected e.g. https://example.org/)');

/** One of a list written as the problem shows it: "json, form". */
const oneOf = (expected: string, values = expected.split(', ')) => rule((value) => values.includes(value as string), 'enum', expected, `is not one of ${expected}`);

/** A list whose bad entries are dropped one by one. */
const list =
  (check: Check): Check =>
  (value, path, problems) =>
    Array.isArray(value)
      ? value.map((entry, index) => check(entry, `${path}[${index}]`, problems)).filter((entry) => entry !== undefined)
      : report(problems, path, 'type', 'list', value, 'is not a list');

/**
 * An object of known fields, each with its own check; unknown fields are left behind. Null counts
 * as absent. Without a valid `required` field the whole object is dropped.
 */
const shape =
  (fields: Record<string, Check>, required: string[] = []): Check =>
  (value, path, problems) => {
    if (!isObject(value)) return report(problems, path, 'type', 'object', value, 'is not an object');
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      const fieldPath = path ? `${path}.${key}` : key;
      if (value[key] == null) {
        if (required.includes(key)) reportMissing(problems, fieldPath);
      } else {
        const kept = check(value[key], fieldPath, problems);
        if (kept !== undefined) result[key] = kept;
      }
    }
    return required.every((key) => key in result) ? result : undefined;
  };

/** A string, or an object of strings per language (bad languages dropped one by one). */
const localized: Check = (value, path, problems) =>
  isObject(value)
    ? Object.fromEntries(Object.entries(value).filter(([language, entry]) => text(entry, `${path}.${language}`, problems) !== undefined))
    : text(value, path, problems);

const section = shape({ heading: text, body: text }, ['body']);
const description: Check = (value, path, problems) =>
  Array.isArray(value) ? list(section)(value, path, problems) : text(value, path, problems);

const option = shape({ value: text, label: localized }, ['value', 'label']);
const question = shape(
  {
    name: filledText,
    label: localized,
    type: oneOf('text, email, tel, number, textarea, select, radio, checkbox'),
    required: flag,
    options: list((value, path, problems) => (isString(value) ? value : option(value, path, problems))),
    description: localized,
    autocomplete: text,
    maxLength: count,
  },
  ['name', 'label'],
);
/** A question; a choice (`select`, `radio`) without a usable option cannot be answered, so it is dropped. */
const field: Check = (value, path, problems) => {
  const kept = question(value, path, problems) as FieldSpec | undefined;
  return (kept?.type === 'select' || kept?.type === 'radio') && !kept.options?.length ? reportMissing(problems, `${path}.options`) : kept;
};

const checkEvent = shape(
  {
    id: text,
    name: filledText,
    summary: text,
    description,
    startDate: date,
    endDate: date,
    timeZone,
    status: oneOf('scheduled, cancelled, postponed, rescheduled, online'),
    url: link,
    image: link,
    price: rule((value) => Number.isFinite(value) && (value as number) >= 0, 'type', 'amount ≥ 0'),
    priceCurrency: rule((value) => isString(value) && /^[A-Z]{3}$/.test(value), 'type', 'ISO 4217 currency code', 'is not a currency code (expected e.g. EUR)'),
    location: shape({
      name: text,
      room: text,
      address: shape({ streetAddress: text, postalCode: text, addressLocality: text, addressCountry: text }),
      tentative: flag,
      hosts: list(text),
      area: text,
      url: link,
    }),
    organizers: list(shape({ name: filledText, url: link, email }, ['name'])),
    audience: list(text),
    program: list(shape({ start: time, end: time, title: filledText, description: text, speakers: list(text) }, ['start', 'title'])),
    registration: shape({
      endpoint: link,
      encoding: oneOf('json, form'),
      email,
      contact: text,
      opens: date,
      deadline: date,
      capacity: count,
      remaining: count,
      limited: flag,
      seatsSrc: link,
      waitlist: flag,
      privacyUrl: link,
      consent: flag,
      fields: list(field),
    }),
  },
  ['name', 'startDate'],
);

/**
 * The problem of a part an element cannot do without (an agenda's `program`), missing from a
 * parsed event: none when `problems` already name that part (it was there, but unusable).
 */
export function missingPart(path: string, problems: Problem[]): Problem[] {
  const missing: Problem[] = [];
  if (!problems.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))) reportMissing(missing, path);
  return missing;
}

/** Whether `value` is schema.org JSON-LD (object, list or graph) rather than EventData. */
export const isJsonLd = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(isJsonLd) : isObject(value) && ('@context' in value || '@type' in value || '@graph' in value);

/**
 * `parseEvent` without the JSON-LD reader built in: JSON-LD input goes to `readJsonLd`, and
 * without one it is a `jsonld` problem. Elements pass the reader once they have fetched it, so
 * embed.js carries no JSON-LD code for pages that give EventData (src/data/read.ts has the
 * public `parseEvent`, reader included).
 */
export function readEvent(input: unknown, readJsonLd?: (data: unknown) => ParseResult): ParseResult {
  const problems: Problem[] = [];
  try {
    let data = input;
    if (isString(input)) {
      try {
        data = JSON.parse(input);
      } catch (error) {
        report(problems, '', 'json', 'JSON', input, `is not valid JSON (${(error as Error).message})`);
        return { problems };
      }
    }
    if (isJsonLd(data)) {
      if (readJsonLd) return readJsonLd(data);
      report(problems, '', 'jsonld', 'EventData', undefined, 'is JSON-LD, and the JSON-LD reader could not be loaded');
      return { problems };
    }
    return { event: checkEvent(data, '', problems) as EventData | undefined, problems };
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    report(problems, '', 'type', 'readable object', input, 'could not be read');
    return { problems };
  }
}
