/**
 * The event data format of docs/protocol.md ("Event data"). Every element renders one of
 * these; `parseEvent` turns any of the accepted inputs into it.
 */

/** A text in one language, or per language: `{ "nl": "…", "en": "…" }`. */
export type LocalizedText = string | Record<string, string>;

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'online';

export interface PostalAddress {
  streetAddress?: string;
  postalCode?: string;
  addressLocality?: string;
  addressCountry?: string;
}

export interface EventLocation {
  name?: string;
  room?: string;
  address?: PostalAddress;
  /** "Waarschijnlijke locatie": shown as the probable venue. */
  tentative?: boolean;
  /** Who hosts the event at the venue: "bij Oke Nu en OSO". */
  hosts?: string[];
  /** Neighbourhood: "Overvecht Noord". */
  area?: string;
  url?: string;
}

export interface Organizer {
  name: string;
  url?: string;
  email?: string;
}

export interface DescriptionSection {
  heading?: string;
  /** Plain text; a blank line starts a new paragraph. */
  body: string;
}

export interface ProgramItem {
  /** "16:00" on the event's date, or a full ISO date-time (multi-day events). */
  start: string;
  end?: string;
  title: string;
  description?: string;
  speakers?: string[];
}

export type FieldType = 'text' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'radio' | 'checkbox';

export interface FieldOption {
  value: string;
  label: LocalizedText;
}

export interface FieldSpec {
  /** Key in `answers`. */
  name: string;
  label: LocalizedText;
  type?: FieldType;
  required?: boolean;
  options?: (string | FieldOption)[];
  description?: LocalizedText;
  autocomplete?: string;
  maxLength?: number;
}

export interface Registration {
  /** POST target. Absent with `email` present: the form falls back to e-mail. */
  endpoint?: string;
  /** Request body encoding, default 'json'. */
  encoding?: 'json' | 'form';
  /** Organiser's address: mailto fallback and contact line. */
  email?: string;
  /** Person to contact: "Jitske Tiemersma". */
  contact?: string;
  /** ISO date or date-time from which registrations are accepted. */
  opens?: string;
  /** Registrations are accepted BEFORE this moment; a date alone means 00:00 of that date in `timeZone`. */
  deadline?: string;
  capacity?: number;
  remaining?: number;
  /** Seats are limited but the number is not published. */
  limited?: boolean;
  /** GET URL for live seat counts. */
  seatsSrc?: string;
  /** When full, accept sign-ups on a waiting list (default false: full is full). */
  waitlist?: boolean;
  privacyUrl?: string;
  consent?: boolean;
  fields?: FieldSpec[];
}

export interface EventData {
  id?: string;
  name: string;
  summary?: string;
  /** Plain text (blank line = paragraph) or sections with headings. */
  description?: string | DescriptionSection[];
  /** ISO 8601: "2019-01-29T16:00" (local to `timeZone`) or with an offset. */
  startDate: string;
  endDate?: string;
  /** IANA time zone, default "Europe/Amsterdam". */
  timeZone?: string;
  status?: EventStatus;
  url?: string;
  image?: string;
  /** What taking part costs, in `priceCurrency`; absent or 0: free. */
  price?: number;
  /** ISO 4217 code of `price`'s currency, default "EUR". */
  priceCurrency?: string;
  location?: EventLocation;
  organizers?: Organizer[];
  /** Who is invited; also the options of the form's role field. */
  audience?: string[];
  program?: ProgramItem[];
  registration?: Registration;
}

/**
 * Something wrong with the input, named for the editor who wrote it.
 * `message` is English, for consoles and logs; `code` and `expected` let an
 * element say the same thing in the visitor's language.
 */
export interface Problem {
  /** Field path in the input, e.g. `startDate` or `program[2].start`; empty for the whole input. */
  path: string;
  message: string;
  code: ProblemCode;
  /** The offending value, shortened, as the editor wrote it. */
  value?: string;
  /** What was expected instead, e.g. `ISO 8601 date`. */
  expected?: string;
}

export type ProblemCode =
  /** Text is not valid JSON. */
  | 'json'
  /** A required field is missing or empty. */
  | 'required'
  /** A value has the wrong type (`expected` names the type). */
  | 'type'
  /** Not an ISO 8601 date or date-time. */
  | 'date'
  /** Not a known IANA time zone. */
  | 'timeZone'
  /** Not one of the allowed values (`expected` lists them). */
  | 'enum'
  /** A link that is not http(s): or mailto:. */
  | 'url'
  /** JSON-LD that holds no schema.org Event. */
  | 'jsonld'
  /** `src` could not be loaded or is not JSON. */
  | 'fetch'
  /** No event given at all. */
  | 'missing'
  /**
   * The `event` (or `data-event`) attribute reads `[object Object]`: a framework turned an object
   * into text, because the element was not defined yet when it rendered (docs/frameworks.md).
   */
  | 'object-attribute';

export interface ParseResult {
  /** The usable event, or undefined when the input cannot be shown at all. */
  event?: EventData;
  problems: Problem[];
}

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
