import type {
  EventAgenda,
  EventAnnouncement,
  EventElement,
  RegistrationForm,
  SeatsBadge,
  EventErrorDetail,
  SeatsChangeDetail,
  RegistrationSubmitDetail,
  RegistrationSuccessDetail,
  RegistrationErrorDetail,
} from "../dist/types/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `EventAgenda` component event */
export type EventAgendaElementEvent<E = Event> = TypedEvent<EventAgenda, E>;
/** `event-error` event type */
export type EventAgendaEventErrorElementEvent = EventAgendaElementEvent<
  CustomEvent<EventErrorDetail>
>;

export type EventAgendaProps = {
  /** The moment to show the programme at, instead of the clock: an ISO date-time
(local to the event's time zone, or with an offset), or epoch milliseconds
as a property. For previews and tests. */
  now?: EventAgenda["now"] | undefined;
  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  "heading-level"?: EventAgenda["headingLevel"] | undefined;
  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  headingLevel?: EventAgenda["headingLevel"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "data-event"?: EventAgenda["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: EventAgenda["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: EventAgenda["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: EventAgenda["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  eventJson?: EventAgenda["eventJson"] | undefined;

  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "onevent-error"?:
    ((e: EventAgendaEventErrorElementEvent) => void) | undefined;
};

export type EventAgendaSolidJsProps = {
  /** The moment to show the programme at, instead of the clock: an ISO date-time
(local to the event's time zone, or with an offset), or epoch milliseconds
as a property. For previews and tests. */
  "prop:now"?: EventAgenda["now"] | undefined;
  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  "attr:heading-level"?: EventAgenda["headingLevel"] | undefined;
  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  "prop:headingLevel"?: EventAgenda["headingLevel"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "attr:data-event"?: EventAgenda["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "prop:dataEvent"?: EventAgenda["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  "prop:src"?: EventAgenda["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  "prop:event"?: EventAgenda["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  "prop:eventJson"?: EventAgenda["eventJson"] | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "on:event-error"?:
    ((e: EventAgendaEventErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `EventAnnouncement` component event */
export type EventAnnouncementElementEvent<E = Event> = TypedEvent<
  EventAnnouncement,
  E
>;
/** `seats-change` event type */
export type EventAnnouncementSeatsChangeElementEvent =
  EventAnnouncementElementEvent<CustomEvent<SeatsChangeDetail>>;
/** `event-error` event type */
export type EventAnnouncementEventErrorElementEvent =
  EventAnnouncementElementEvent<CustomEvent<EventErrorDetail>>;

export type EventAnnouncementProps = {
  /** Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
a JSON-LD child, even one that `src` or `event` outranks: the page already has it.) */
  "no-structured-data"?: EventAnnouncement["noStructuredData"] | undefined;
  /** Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
a JSON-LD child, even one that `src` or `event` outranks: the page already has it.) */
  noStructuredData?: EventAnnouncement["noStructuredData"] | undefined;
  /** Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
`program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
For example `hide="audience description"`. */
  hide?: EventAnnouncement["hide"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "data-event"?: EventAnnouncement["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: EventAnnouncement["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: EventAnnouncement["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: EventAnnouncement["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  eventJson?: EventAnnouncement["eventJson"] | undefined;

  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "onseats-change"?:
    ((e: EventAnnouncementSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "onevent-error"?:
    ((e: EventAnnouncementEventErrorElementEvent) => void) | undefined;
};

export type EventAnnouncementSolidJsProps = {
  /** Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
a JSON-LD child, even one that `src` or `event` outranks: the page already has it.) */
  "bool:no-structured-data"?: EventAnnouncement["noStructuredData"] | undefined;
  /** Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
a JSON-LD child, even one that `src` or `event` outranks: the page already has it.) */
  "prop:noStructuredData"?: EventAnnouncement["noStructuredData"] | undefined;
  /** Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
`program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
For example `hide="audience description"`. */
  "prop:hide"?: EventAnnouncement["hide"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "attr:data-event"?: EventAnnouncement["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "prop:dataEvent"?: EventAnnouncement["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  "prop:src"?: EventAnnouncement["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  "prop:event"?: EventAnnouncement["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  "prop:eventJson"?: EventAnnouncement["eventJson"] | undefined;
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "on:seats-change"?:
    ((e: EventAnnouncementSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "on:event-error"?:
    ((e: EventAnnouncementEventErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RegistrationForm` component event */
export type RegistrationFormElementEvent<E = Event> = TypedEvent<
  RegistrationForm,
  E
>;
/** `registration-submit` event type */
export type RegistrationFormRegistrationSubmitElementEvent =
  RegistrationFormElementEvent<CustomEvent<RegistrationSubmitDetail>>;
/** `registration-success` event type */
export type RegistrationFormRegistrationSuccessElementEvent =
  RegistrationFormElementEvent<CustomEvent<RegistrationSuccessDetail>>;
/** `registration-error` event type */
export type RegistrationFormRegistrationErrorElementEvent =
  RegistrationFormElementEvent<CustomEvent<RegistrationErrorDetail>>;
/** `seats-change` event type */
export type RegistrationFormSeatsChangeElementEvent =
  RegistrationFormElementEvent<CustomEvent<SeatsChangeDetail>>;
/** `event-error` event type */
export type RegistrationFormEventErrorElementEvent =
  RegistrationFormElementEvent<CustomEvent<EventErrorDetail>>;

export type RegistrationFormProps = {
  /** Seconds to wait for the endpoint before giving up (the visitor can retry with the same key). */
  timeout?: RegistrationForm["timeout"] | undefined;
  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  "heading-level"?: RegistrationForm["headingLevel"] | undefined;
  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  headingLevel?: RegistrationForm["headingLevel"] | undefined;
  /** The state shown, reflected for the site's CSS: `open`, `submitting`,
`success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
over: "Deze activiteit is geweest."). Set by the element. */
  state?: RegistrationForm["state"] | undefined;
  /** `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
never tabs past it), and it takes no room until then; for a form far down a long page
(docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
An announcement sets `lazy` on its own form when that form is more than a screen below the
view as the announcement first shows. */
  loading?: RegistrationForm["loading"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "data-event"?: RegistrationForm["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: RegistrationForm["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: RegistrationForm["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: RegistrationForm["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  eventJson?: RegistrationForm["eventJson"] | undefined;

  /** Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome. */
  "onregistration-submit"?:
    ((e: RegistrationFormRegistrationSubmitElementEvent) => void) | undefined;
  /** Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`. */
  "onregistration-success"?:
    ((e: RegistrationFormRegistrationSuccessElementEvent) => void) | undefined;
  /** Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form. */
  "onregistration-error"?:
    ((e: RegistrationFormRegistrationErrorElementEvent) => void) | undefined;
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "onseats-change"?:
    ((e: RegistrationFormSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "onevent-error"?:
    ((e: RegistrationFormEventErrorElementEvent) => void) | undefined;
};

export type RegistrationFormSolidJsProps = {
  /** Seconds to wait for the endpoint before giving up (the visitor can retry with the same key). */
  "prop:timeout"?: RegistrationForm["timeout"] | undefined;
  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  "attr:heading-level"?: RegistrationForm["headingLevel"] | undefined;
  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  "prop:headingLevel"?: RegistrationForm["headingLevel"] | undefined;
  /** The state shown, reflected for the site's CSS: `open`, `submitting`,
`success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
over: "Deze activiteit is geweest."). Set by the element. */
  "prop:state"?: RegistrationForm["state"] | undefined;
  /** `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
never tabs past it), and it takes no room until then; for a form far down a long page
(docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
An announcement sets `lazy` on its own form when that form is more than a screen below the
view as the announcement first shows. */
  "prop:loading"?: RegistrationForm["loading"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "attr:data-event"?: RegistrationForm["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "prop:dataEvent"?: RegistrationForm["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  "prop:src"?: RegistrationForm["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  "prop:event"?: RegistrationForm["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  "prop:eventJson"?: RegistrationForm["eventJson"] | undefined;
  /** Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome. */
  "on:registration-submit"?:
    ((e: RegistrationFormRegistrationSubmitElementEvent) => void) | undefined;
  /** Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`. */
  "on:registration-success"?:
    ((e: RegistrationFormRegistrationSuccessElementEvent) => void) | undefined;
  /** Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form. */
  "on:registration-error"?:
    ((e: RegistrationFormRegistrationErrorElementEvent) => void) | undefined;
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "on:seats-change"?:
    ((e: RegistrationFormSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "on:event-error"?:
    ((e: RegistrationFormEventErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `SeatsBadge` component event */
export type SeatsBadgeElementEvent<E = Event> = TypedEvent<SeatsBadge, E>;
/** `seats-change` event type */
export type SeatsBadgeSeatsChangeElementEvent = SeatsBadgeElementEvent<
  CustomEvent<SeatsChangeDetail>
>;
/** `event-error` event type */
export type SeatsBadgeEventErrorElementEvent = SeatsBadgeElementEvent<
  CustomEvent<EventErrorDetail>
>;

export type SeatsBadgeProps = {
  /** Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
every `interval` seconds while the page is visible. The attribute form of the event's
`registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
every badge of the same event on the page; it backs off when the URL fails and stops when
the last badge leaves the page. */
  "seats-src"?: SeatsBadge["seatsSrc"] | undefined;
  /** Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
every `interval` seconds while the page is visible. The attribute form of the event's
`registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
every badge of the same event on the page; it backs off when the URL fails and stops when
the last badge leaves the page. */
  seatsSrc?: SeatsBadge["seatsSrc"] | undefined;
  /** Total number of seats. Overrides the event's `registration.capacity`. */
  capacity?: SeatsBadge["capacity"] | undefined;
  /** Seats left. Overrides the event's `registration.remaining`. */
  remaining?: SeatsBadge["remaining"] | undefined;
  /** Registrations are accepted before this moment: an ISO date or date-time,
in the event's time zone (a date alone means 00:00 of that date).
Overrides the event's `registration.deadline`. */
  deadline?: SeatsBadge["deadline"] | undefined;
  /** "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity. */
  few?: SeatsBadge["few"] | undefined;
  /** Seconds between polls of `seats-src` (at least 5). */
  interval?: SeatsBadge["interval"] | undefined;
  /** The state shown, reflected for the site's CSS: `open`, `few`, `full`,
`waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
element; read it, don't write it. */
  state?: SeatsBadge["state"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "data-event"?: SeatsBadge["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: SeatsBadge["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: SeatsBadge["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: SeatsBadge["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  eventJson?: SeatsBadge["eventJson"] | undefined;

  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "onseats-change"?:
    ((e: SeatsBadgeSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "onevent-error"?: ((e: SeatsBadgeEventErrorElementEvent) => void) | undefined;
};

export type SeatsBadgeSolidJsProps = {
  /** Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
every `interval` seconds while the page is visible. The attribute form of the event's
`registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
every badge of the same event on the page; it backs off when the URL fails and stops when
the last badge leaves the page. */
  "attr:seats-src"?: SeatsBadge["seatsSrc"] | undefined;
  /** Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
every `interval` seconds while the page is visible. The attribute form of the event's
`registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
every badge of the same event on the page; it backs off when the URL fails and stops when
the last badge leaves the page. */
  "prop:seatsSrc"?: SeatsBadge["seatsSrc"] | undefined;
  /** Total number of seats. Overrides the event's `registration.capacity`. */
  "prop:capacity"?: SeatsBadge["capacity"] | undefined;
  /** Seats left. Overrides the event's `registration.remaining`. */
  "prop:remaining"?: SeatsBadge["remaining"] | undefined;
  /** Registrations are accepted before this moment: an ISO date or date-time,
in the event's time zone (a date alone means 00:00 of that date).
Overrides the event's `registration.deadline`. */
  "prop:deadline"?: SeatsBadge["deadline"] | undefined;
  /** "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity. */
  "prop:few"?: SeatsBadge["few"] | undefined;
  /** Seconds between polls of `seats-src` (at least 5). */
  "prop:interval"?: SeatsBadge["interval"] | undefined;
  /** The state shown, reflected for the site's CSS: `open`, `few`, `full`,
`waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
element; read it, don't write it. */
  "prop:state"?: SeatsBadge["state"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "attr:data-event"?: SeatsBadge["dataEvent"] | undefined;
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  "prop:dataEvent"?: SeatsBadge["dataEvent"] | undefined;
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  "prop:src"?: SeatsBadge["src"] | undefined;
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  "prop:event"?: SeatsBadge["event"] | undefined;
  /** The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
EventData or schema.org JSON-LD. Used when the `event` property is not set. */
  "prop:eventJson"?: SeatsBadge["eventJson"] | undefined;
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  "on:seats-change"?:
    ((e: SeatsBadgeSeatsChangeElementEvent) => void) | undefined;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  "on:event-error"?:
    ((e: SeatsBadgeEventErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The programme of an event: an ordered list of timed items with speakers
   * and descriptions. Each item shows its start and end ("16.00 – 16.30 uur";
   * an item without an end runs until the next one starts, the last until the
   * event ends) in the event's time zone and the language's own convention
   * ("16.00 uur" in Dutch, "4:00 PM" in English), whatever the visitor's clock
   * says, with machine-readable `<time datetime>` values. A programme over
   * several days is grouped by day. While the event runs, the current item is
   * marked (`aria-current="time"`, and visibly), updated every minute.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `now`: The moment to show the programme at, instead of the clock: an ISO date-time
   * (local to the event's time zone, or with an offset), or epoch milliseconds
   * as a property. For previews and tests.
   * - `heading-level`/`headingLevel`: Level of the day headings of a programme over several days (default 3; the announcement uses 4).
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--event-agenda-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--event-agenda-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--event-agenda-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--event-agenda-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--event-agenda-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--event-agenda-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--event-agenda-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--event-agenda-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--event-agenda-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--event-agenda-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--event-agenda-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--event-agenda-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--event-agenda-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--event-agenda-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--event-agenda-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--event-agenda-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--event-agenda-item-row-gap`: Space between the time and the title when stacked; falls back to `--utrecht-space-row-2xs`, then `0.25rem`. (default: `undefined`)
   * - `--event-agenda-item-column-gap`: Space between the time column and the rest on wide screens; falls back to `--utrecht-space-column-md`, then `1rem`. (default: `undefined`)
   * - `--event-agenda-item-padding-block`: Space above and below each item; falls back to `--utrecht-space-block-sm`, then `0.75rem`. (default: `undefined`)
   * - `--event-agenda-item-border-width`: Width of the line between items; default `1px`. (default: `undefined`)
   * - `--event-agenda-item-border-color`: Line between items; falls back to `--utrecht-table-row-border-block-end-color`, then `#d0d0d0`. (default: `undefined`)
   * - `--event-agenda-time-inline-size`: Width of the time column on wide screens; default `10rem`. (default: `undefined`)
   * - `--event-agenda-time-color`: Colour of the times; default: the page’s. (default: `undefined`)
   * - `--event-agenda-time-font-weight`: Weight of the times (regular, so they stand apart from the bold titles; figures are tabular); default `normal`. (default: `undefined`)
   * - `--event-agenda-current-background-color`: Background of the item running now; falls back to `--utrecht-mark-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--event-agenda-current-color`: Text colour of the item running now; falls back to `--utrecht-mark-color`, then the page’s. (default: `undefined`)
   * - `--event-agenda-current-border-color`: Mark beside the item running now; default `currentColor`. (default: `undefined`)
   * - `--event-agenda-day-font-family`: Font of day headings; falls back to `--utrecht-heading-4-font-family`, then the page’s. (default: `undefined`)
   * - `--event-agenda-day-font-size`: Size of day headings; falls back to `--utrecht-heading-4-font-size`, then `1.125rem`. (default: `undefined`)
   * - `--event-agenda-day-font-weight`: Weight of day headings; falls back to `--utrecht-heading-4-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-agenda-title-font-weight`: Weight of item titles; default `bold`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `day`: The heading of a day in a programme of several days.
   * - `list`: The `<ol>` of programme items.
   * - `item`: One programme item (`<li>`).
   * - `current`: The item running now (also `item`).
   * - `time`: The start and end time of an item.
   * - `title`: The title of an item.
   * - `description`: The description of an item.
   * - `speakers`: The speakers of an item ("Met: …"), left out when the description already names every one of them.
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "event-agenda": Partial<
    EventAgendaProps & BaseProps<EventAgenda> & BaseEvents
  >;

  /**
   * The whole announcement of an event: name, weekday and date, time range,
   * venue (marked as probable when tentative), hosts and area, description,
   * who it is for, the programme (`<event-agenda>`), availability
   * (`<seats-badge>`) and how to register (`<registration-form>`, with the
   * contact line below it). What a CMS editor pastes:
   *
   * ```html
   * <script type="module" src="https://example.org/embed.js"></script>
   * <event-announcement src="/events/samenspel.json"></event-announcement>
   * ```
   *
   * or the snippet `event-elements snippet` makes, with the announcement as plain HTML
   * inside for pages that strip the tag (docs/cms.md).
   *
   * Once the event is over (its end has passed; docs/protocol.md, "Past
   * events") it says "Deze activiteit is geweest." at the top and offers no
   * form, no jump to it and no "add to calendar"; it switches by itself when a
   * page is left open across the end.
   *
   * With a registration form, it appears whole: its first render waits until
   * the form's code and words (chunks next to embed.js) have arrived, or three
   * seconds have passed, so the form does not push the page down after it.
   * Until then the snippet's plain `<article>` shows. A form more than a screen
   * below the view (after the programme, on a phone) is not waited for: it is
   * `loading="lazy"`, fetched as the visitor scrolls near it (docs/announcement.md,
   * "A form screens down"). When that plain version
   * ends on the visitor's screen, the form (screens high on a phone) would still
   * push down what they are reading: it starts folded behind a button, "Open het
   * aanmeldformulier", which opens it with focus in its first field.
   *
   * Elements of this library placed inside it take its event through context.
   * All event text is rendered as text, never as HTML.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-structured-data`/`noStructuredData`: Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
   * a JSON-LD child, even one that `src` or `event` outranks: the page already has it.)
   * - `hide`: Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
   * `program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
   * For example `hide="audience description"`.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Extra content placed after the announcement; elements of this library here take its event. A child `<article>` is not extra content but the readable fallback a snippet carries (`toSnippet`): shown until the announcement shows, and instead of the notice when its data cannot be used (docs/protocol.md, "The readable fallback").
   * - `header`: Replaces the header (name, status, summary, date, venue).
   * - `description`: Replaces the description.
   * - `audience`: Replaces the "who it is for" section.
   * - `program`: Replaces the programme section.
   * - `registration`: Replaces the registration section (seats, form, contact line, organisers).
   * - `contact`: Replaces the contact line.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--event-announcement-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--event-announcement-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--event-announcement-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--event-announcement-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--event-announcement-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--event-announcement-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--event-announcement-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--event-announcement-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--event-announcement-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--event-announcement-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--event-announcement-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--event-announcement-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--event-announcement-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--event-announcement-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--event-announcement-article-row-gap`: Space between the blocks of the announcement (header lines, sections); falls back to `--utrecht-space-block-md`, then `1rem`. (default: `undefined`)
   * - `--event-announcement-title-color`: Colour of the event’s name; falls back to `--utrecht-heading-2-color`, `--nl-heading-level-2-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-title-font-family`: Font of the event’s name; falls back to `--utrecht-heading-2-font-family`, `--nl-heading-level-2-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-title-font-size`: Size of the event’s name; falls back to `--utrecht-heading-2-font-size`, `--nl-heading-level-2-font-size`, then `1.75rem`. (default: `undefined`)
   * - `--event-announcement-title-font-weight`: Weight of the event’s name; falls back to `--utrecht-heading-2-font-weight`, `--nl-heading-level-2-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-announcement-title-line-height`: Line height of the event’s name; falls back to `--utrecht-heading-2-line-height`, `--nl-heading-level-2-line-height`, then `1.2`. (default: `undefined`)
   * - `--event-announcement-heading-color`: Colour of section headings; falls back to `--utrecht-heading-3-color`, `--nl-heading-level-3-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-heading-font-family`: Font of section headings; falls back to `--utrecht-heading-3-font-family`, `--nl-heading-level-3-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-heading-font-size`: Size of section headings; falls back to `--utrecht-heading-3-font-size`, `--nl-heading-level-3-font-size`, then `1.25rem`. (default: `undefined`)
   * - `--event-announcement-heading-font-weight`: Weight of section headings; falls back to `--utrecht-heading-3-font-weight`, `--nl-heading-level-3-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-announcement-heading-line-height`: Line height of section headings; falls back to `--utrecht-heading-3-line-height`, `--nl-heading-level-3-line-height`, then `1.2`. (default: `undefined`)
   * - `--event-announcement-status-border-color`: Mark beside the status line; default `currentColor`. (default: `undefined`)
   * - `--event-announcement-status-background-color`: Background of the status line; falls back to `--utrecht-alert-warning-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--event-announcement-status-color`: Text colour of the status line; falls back to `--utrecht-alert-warning-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-summary-font-size`: Size of the one-line summary; falls back to `--utrecht-paragraph-lead-font-size`, then `1.125em`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `article`: The announcement as a whole.
   * - `header`: Name, summary, date, time and venue.
   * - `title`: The event's name (an `<h2>`).
   * - `summary`: The one-line summary under the name.
   * - `status`: The status line when the event is cancelled, postponed, rescheduled or online, or past ("Deze activiteit is geweest.").
   * - `facts`: The "when" and "where" list.
   * - `venue`: Venue, room and address.
   * - `probable`: The "probable venue" label of a tentative venue.
   * - `hosts`: Hosts and neighbourhood.
   * - `map`: The link to a map search for the address.
   * - `calendar`: The "add to calendar" control (a `<details>` with an .ics download, Google and Outlook links); not for a cancelled or past event.
   * - `description`: The description sections.
   * - `audience`: The "who it is for" section.
   * - `program`: The programme section.
   * - `registration`: The registration section: availability, the form and the contact line.
   * - `open-form`: The button in the form's place when the form starts folded ("Open het aanmeldformulier"; docs/announcement.md, "A form that starts folded").
   * - `contact`: The line saying how and with whom to register.
   * - `to-form`: The link under the facts that jumps to the registration section, on narrow screens only ("Aanmelden", "Aanmelden: Vol", "Aanmelden gesloten"); not for a cancelled or past event, nor when nothing comes between it and the form.
   * - `organizers`: The organisers line.
   * - `heading`: Every section heading (`<h3>`).
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "event-announcement": Partial<
    EventAnnouncementProps & BaseProps<EventAnnouncement> & BaseEvents
  >;

  /**
   * A sign-up form that posts to the site's own endpoint (`registration.endpoint`
   * of the event) by the submission protocol (docs/protocol.md), or — with only an e-mail
   * address — opens the visitor's mail program with the registration filled in.
   *
   * It validates on submit, never while the visitor types or moves between
   * fields (so nothing moves under a pressed mouse), and clears an error as soon
   * as it is fixed; shows every error at its field and in a summary that takes
   * focus, keeps what was typed in session storage until a registration
   * succeeds, sends one `Idempotency-Key` for every retry of the same answers,
   * and never disables its button to signal invalid input.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `timeout`: Seconds to wait for the endpoint before giving up (the visitor can retry with the same key).
   * - `heading-level`/`headingLevel`: Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4).
   * - `state`: The state shown, reflected for the site's CSS: `open`, `submitting`,
   * `success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
   * over: "Deze activiteit is geweest."). Set by the element.
   * - `loading`: `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
   * view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
   * never tabs past it), and it takes no room until then; for a form far down a long page
   * (docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
   * An announcement sets `lazy` on its own form when that form is more than a screen below the
   * view as the announcement first shows.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `registration-submit`: Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome.
   * - `registration-success`: Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`.
   * - `registration-error`: Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form.
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `openMail(link: string) => void`: Hands the registration to the visitor's mail program (a form with only an e-mail address).
   * A site can replace this to handle the `mailto:` link itself.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--registration-form-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--registration-form-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--registration-form-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--registration-form-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--registration-form-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--registration-form-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--registration-form-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--registration-form-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--registration-form-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-color`: Colour of error messages and marks; falls back to `--utrecht-form-field-error-message-color`, then `#b30000`. (default: `undefined`)
   * - `--registration-form-input-border-width`: Border width of inputs; falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, then `1px`. (default: `undefined`)
   * - `--registration-form-button-background-color`: Background of the submit button (and the tick of checkboxes and radios); falls back to `--utrecht-button-primary-action-background-color`, `--nl-button-primary-background-color`, then `#154273`. (default: `undefined`)
   * - `--registration-form-form-row-gap`: Space between questions; falls back to `--utrecht-space-row-lg`, then `1.25rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-padding-inline-start`: Indent of a question with an error; falls back to `--utrecht-form-field-invalid-padding-inline-start`, then `0.75rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-border-inline-start-width`: Width of the mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-width`, then `0.25rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-border-inline-start-color`: Mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-color`, then the error colour. (default: `undefined`)
   * - `--registration-form-label-font-weight`: Weight of labels and legends; falls back to `--utrecht-form-label-font-weight`, then `bold`. (default: `undefined`)
   * - `--registration-form-description-color`: Colour of help text; falls back to `--utrecht-form-field-description-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-font-family`: Font of inputs; falls back to `--utrecht-form-control-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-font-size`: Text size of inputs; falls back to `--utrecht-form-control-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-padding-block`: Space above and below the text in inputs; falls back to `--utrecht-form-control-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-input-padding-inline`: Space beside the text in inputs; falls back to `--utrecht-form-control-padding-inline-start`, then `0.75rem`. (default: `undefined`)
   * - `--registration-form-input-border-color`: Border of inputs; falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, then `#595959`. (default: `undefined`)
   * - `--registration-form-input-border-block-end-width`: Width of the bottom border of inputs; falls back to `--utrecht-textbox-border-bottom-width`, then the input border width. (default: `undefined`)
   * - `--registration-form-input-border-radius`: Corner radius of inputs; falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, then `0`. (default: `undefined`)
   * - `--registration-form-input-background-color`: Background of inputs; falls back to `--utrecht-textbox-background-color`, `--utrecht-form-control-background-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-input-color`: Text colour of inputs; falls back to `--utrecht-textbox-color`, `--utrecht-form-control-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-focus-border-color`: Border of the input that has focus; falls back to `--utrecht-form-control-focus-border-color`, then `currentColor`. (default: `undefined`)
   * - `--registration-form-input-invalid-border-color`: Border of inputs with an error; falls back to `--utrecht-textbox-invalid-border-color`, `--utrecht-form-control-invalid-border-color`, then the error colour. (default: `undefined`)
   * - `--registration-form-input-invalid-border-width`: Border width of inputs with an error; default `2px`. (default: `undefined`)
   * - `--registration-form-choice-accent-color`: Colour of ticked checkboxes and chosen radios; falls back to `--utrecht-checkbox-checked-background-color`, then the button background. (default: `undefined`)
   * - `--registration-form-button-font-family`: Font of buttons; falls back to `--utrecht-button-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-button-font-size`: Text size of buttons; falls back to `--utrecht-button-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-button-font-weight`: Weight of button text; falls back to `--utrecht-button-font-weight`, then `bold`. (default: `undefined`)
   * - `--registration-form-button-padding-block`: Space above and below button text; falls back to `--utrecht-button-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-button-padding-inline`: Space beside button text; falls back to `--utrecht-button-padding-inline-start`, then `1.5rem`. (default: `undefined`)
   * - `--registration-form-button-border-width`: Border width of the submit button; falls back to `--utrecht-button-primary-action-border-width`, `--utrecht-button-border-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-button-border-color`: Border of the submit button; falls back to `--utrecht-button-primary-action-border-color`, `--nl-button-primary-border-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-button-border-radius`: Corner radius of buttons; falls back to `--utrecht-button-border-radius`, then `0.25rem`. (default: `undefined`)
   * - `--registration-form-button-color`: Text colour of the submit button; falls back to `--utrecht-button-primary-action-color`, `--nl-button-primary-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-button-secondary-border-width`: Border width of the retry button; falls back to `--utrecht-button-secondary-action-border-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-button-secondary-border-color`: Border of the retry button; falls back to `--utrecht-button-secondary-action-border-color`, `--nl-button-secondary-border-color`, then `currentColor`. (default: `undefined`)
   * - `--registration-form-button-secondary-background-color`: Background of the retry button; falls back to `--utrecht-button-secondary-action-background-color`, `--nl-button-secondary-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-button-secondary-color`: Text colour of the retry button; falls back to `--utrecht-button-secondary-action-color`, `--nl-button-secondary-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-error-summary-padding-block`: Space above and below the error summary’s content; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-summary-padding-inline`: Space beside the error summary’s content; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-summary-border-color`: Border of the error summary; default: the error colour. (default: `undefined`)
   * - `--registration-form-error-summary-background-color`: Background of the error summary; falls back to `--utrecht-alert-error-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-error-summary-color`: Text colour of the error summary; falls back to `--utrecht-alert-error-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-padding-block`: Space above and below a state panel’s text; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-message-padding-inline`: Space beside a state panel’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-message-background-color`: Background of state panels (sending, full, closed…); falls back to `--utrecht-alert-info-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-color`: Text colour of state panels; falls back to `--utrecht-alert-info-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-border-color`: Mark beside state panels; default `currentColor`. (default: `undefined`)
   * - `--registration-form-message-success-border-color`: Mark beside the success panel; falls back to `--utrecht-feedback-success-border-color`, then `#2b7a3d`. (default: `undefined`)
   * - `--registration-form-message-success-background-color`: Background of the success panel; falls back to `--utrecht-alert-ok-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-success-color`: Text colour of the success panel; falls back to `--utrecht-alert-ok-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-failure-border-color`: Mark beside the failure panel; default: the error colour. (default: `undefined`)
   * - `--registration-form-message-failure-background-color`: Background of the failure panel; falls back to `--utrecht-alert-error-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-failure-color`: Text colour of the failure panel; falls back to `--utrecht-alert-error-color`, then the page’s. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The `<form>`.
   * - `field`: One question: label, description, error and control.
   * - `label`: A field's label (or legend).
   * - `description`: A field's help text, and the length limit the event data sets for it.
   * - `error`: A field's error message.
   * - `input`: Every text input, textarea and select.
   * - `choice`: Every checkbox and radio button.
   * - `button`: The submit button (and the retry button).
   * - `error-summary`: The summary of all errors, at the top; it takes focus.
   * - `message`: The panel for a state: sending, success, failure, full, closed, cancelled, past.
   * - `privacy`: The line linking the privacy statement.
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "registration-form": Partial<
    RegistrationFormProps & BaseProps<RegistrationForm> & BaseEvents
  >;

  /**
   * Seat availability and registration status of an event: "Nog 12 plekken
   * vrij", "Bijna vol: nog 3 plekken", "Vol", "Beperkt aantal plekken",
   * "Aanmelden gesloten", "Geweest". The state is written out in words (never colour
   * alone) and reflected as the `state` attribute for the site's CSS.
   *
   * Give it an event (any of the ways every element accepts) or just the
   * attributes: `<seats-badge capacity="40" remaining="12">`. Attributes
   * override what the event says.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `seats-src`/`seatsSrc`: Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
   * every `interval` seconds while the page is visible. The attribute form of the event's
   * `registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
   * every badge of the same event on the page; it backs off when the URL fails and stops when
   * the last badge leaves the page.
   * - `capacity`: Total number of seats. Overrides the event's `registration.capacity`.
   * - `remaining`: Seats left. Overrides the event's `registration.remaining`.
   * - `deadline`: Registrations are accepted before this moment: an ISO date or date-time,
   * in the event's time zone (a date alone means 00:00 of that date).
   * Overrides the event's `registration.deadline`.
   * - `few`: "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity.
   * - `interval`: Seconds between polls of `seats-src` (at least 5).
   * - `state`: The state shown, reflected for the site's CSS: `open`, `few`, `full`,
   * `waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
   * element; read it, don't write it.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--seats-badge-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--seats-badge-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--seats-badge-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--seats-badge-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--seats-badge-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--seats-badge-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--seats-badge-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--seats-badge-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--seats-badge-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--seats-badge-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--seats-badge-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--seats-badge-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--seats-badge-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--seats-badge-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--seats-badge-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--seats-badge-badge-padding-block`: Space above and below the badge’s text; falls back to `--utrecht-badge-padding-block`, `--nl-data-badge-padding-block`, then `0.25em`. (default: `undefined`)
   * - `--seats-badge-badge-padding-inline`: Space beside the badge’s text; falls back to `--utrecht-badge-padding-inline`, `--nl-data-badge-padding-inline`, then `0.75em`. (default: `undefined`)
   * - `--seats-badge-badge-border-color`: Border of the badge; falls back to `--nl-data-badge-border-color`, then `currentColor`. (default: `undefined`)
   * - `--seats-badge-badge-border-radius`: Corner radius of the badge; falls back to `--utrecht-badge-border-radius`, `--nl-data-badge-border-radius`, then `1em`. (default: `undefined`)
   * - `--seats-badge-badge-background-color`: Background of the badge when seats are open (the theme’s “ok” alert); falls back to `--utrecht-alert-ok-background-color`, `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#e8f3ec`. (default: `undefined`)
   * - `--seats-badge-badge-color`: Text colour of the badge when seats are open; falls back to `--utrecht-alert-ok-color`, `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-font-weight`: Weight of the badge text; falls back to `--utrecht-badge-font-weight`, then `bold`. (default: `undefined`)
   * - `--seats-badge-badge-few-background-color`: Background in the `few` (almost full) and `limited` states (the theme’s “warning” status badge); falls back to `--utrecht-status-badge-warning-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--seats-badge-badge-few-color`: Text colour in the `few` and `limited` states; falls back to `--utrecht-status-badge-warning-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-full-background-color`: Background in the `full` and `waitlist` states (the theme’s “error” alert); falls back to `--utrecht-alert-error-background-color`, then `#fdeceb`. (default: `undefined`)
   * - `--seats-badge-badge-full-color`: Text colour in the `full` and `waitlist` states; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-unavailable-background-color`: Background in the `closed`, `cancelled` and `past` states (the theme’s neutral data badge); falls back to `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--seats-badge-badge-unavailable-color`: Text colour in the `closed`, `cancelled` and `past` states; falls back to `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-marker-color`: Colour of the marker in every state, before each state’s own (a disc when open, a ring when almost full or limited, a bar when unavailable); default `currentColor`. (default: `undefined`)
   * - `--seats-badge-marker-open-color`: Colour of the marker when open: green, or the theme’s “ok” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-ok-color`, then `#1e7b34`. (default: `undefined`)
   * - `--seats-badge-marker-few-color`: Colour of the marker when almost full or limited: amber; falls back to `--seats-badge-marker-color`, then `#9a4d00`. (default: `undefined`)
   * - `--seats-badge-marker-full-color`: Colour of the marker when full: red, or the theme’s “error” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-error-color`, then `#b3261e`. (default: `undefined`)
   * - `--seats-badge-marker-closed-color`: Colour of the marker when closed, cancelled or past: the badge’s text colour; falls back to `--seats-badge-marker-color`, then `currentColor`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `badge`: The badge: marker and text, a polite live region.
   * - `marker`: The state's shape beside the text (decorative; the text says the state).
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "seats-badge": Partial<SeatsBadgeProps & BaseProps<SeatsBadge> & BaseEvents>;
};

export type CustomElementsSolidJs = {
  /**
   * The programme of an event: an ordered list of timed items with speakers
   * and descriptions. Each item shows its start and end ("16.00 – 16.30 uur";
   * an item without an end runs until the next one starts, the last until the
   * event ends) in the event's time zone and the language's own convention
   * ("16.00 uur" in Dutch, "4:00 PM" in English), whatever the visitor's clock
   * says, with machine-readable `<time datetime>` values. A programme over
   * several days is grouped by day. While the event runs, the current item is
   * marked (`aria-current="time"`, and visibly), updated every minute.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `now`: The moment to show the programme at, instead of the clock: an ISO date-time
   * (local to the event's time zone, or with an offset), or epoch milliseconds
   * as a property. For previews and tests.
   * - `heading-level`/`headingLevel`: Level of the day headings of a programme over several days (default 3; the announcement uses 4).
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--event-agenda-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--event-agenda-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--event-agenda-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--event-agenda-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--event-agenda-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--event-agenda-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--event-agenda-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--event-agenda-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--event-agenda-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--event-agenda-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--event-agenda-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--event-agenda-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--event-agenda-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--event-agenda-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--event-agenda-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--event-agenda-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--event-agenda-item-row-gap`: Space between the time and the title when stacked; falls back to `--utrecht-space-row-2xs`, then `0.25rem`. (default: `undefined`)
   * - `--event-agenda-item-column-gap`: Space between the time column and the rest on wide screens; falls back to `--utrecht-space-column-md`, then `1rem`. (default: `undefined`)
   * - `--event-agenda-item-padding-block`: Space above and below each item; falls back to `--utrecht-space-block-sm`, then `0.75rem`. (default: `undefined`)
   * - `--event-agenda-item-border-width`: Width of the line between items; default `1px`. (default: `undefined`)
   * - `--event-agenda-item-border-color`: Line between items; falls back to `--utrecht-table-row-border-block-end-color`, then `#d0d0d0`. (default: `undefined`)
   * - `--event-agenda-time-inline-size`: Width of the time column on wide screens; default `10rem`. (default: `undefined`)
   * - `--event-agenda-time-color`: Colour of the times; default: the page’s. (default: `undefined`)
   * - `--event-agenda-time-font-weight`: Weight of the times (regular, so they stand apart from the bold titles; figures are tabular); default `normal`. (default: `undefined`)
   * - `--event-agenda-current-background-color`: Background of the item running now; falls back to `--utrecht-mark-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--event-agenda-current-color`: Text colour of the item running now; falls back to `--utrecht-mark-color`, then the page’s. (default: `undefined`)
   * - `--event-agenda-current-border-color`: Mark beside the item running now; default `currentColor`. (default: `undefined`)
   * - `--event-agenda-day-font-family`: Font of day headings; falls back to `--utrecht-heading-4-font-family`, then the page’s. (default: `undefined`)
   * - `--event-agenda-day-font-size`: Size of day headings; falls back to `--utrecht-heading-4-font-size`, then `1.125rem`. (default: `undefined`)
   * - `--event-agenda-day-font-weight`: Weight of day headings; falls back to `--utrecht-heading-4-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-agenda-title-font-weight`: Weight of item titles; default `bold`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `day`: The heading of a day in a programme of several days.
   * - `list`: The `<ol>` of programme items.
   * - `item`: One programme item (`<li>`).
   * - `current`: The item running now (also `item`).
   * - `time`: The start and end time of an item.
   * - `title`: The title of an item.
   * - `description`: The description of an item.
   * - `speakers`: The speakers of an item ("Met: …"), left out when the description already names every one of them.
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "event-agenda": Partial<
    EventAgendaProps &
      EventAgendaSolidJsProps &
      BaseProps<EventAgenda> &
      BaseEvents
  >;

  /**
   * The whole announcement of an event: name, weekday and date, time range,
   * venue (marked as probable when tentative), hosts and area, description,
   * who it is for, the programme (`<event-agenda>`), availability
   * (`<seats-badge>`) and how to register (`<registration-form>`, with the
   * contact line below it). What a CMS editor pastes:
   *
   * ```html
   * <script type="module" src="https://example.org/embed.js"></script>
   * <event-announcement src="/events/samenspel.json"></event-announcement>
   * ```
   *
   * or the snippet `event-elements snippet` makes, with the announcement as plain HTML
   * inside for pages that strip the tag (docs/cms.md).
   *
   * Once the event is over (its end has passed; docs/protocol.md, "Past
   * events") it says "Deze activiteit is geweest." at the top and offers no
   * form, no jump to it and no "add to calendar"; it switches by itself when a
   * page is left open across the end.
   *
   * With a registration form, it appears whole: its first render waits until
   * the form's code and words (chunks next to embed.js) have arrived, or three
   * seconds have passed, so the form does not push the page down after it.
   * Until then the snippet's plain `<article>` shows. A form more than a screen
   * below the view (after the programme, on a phone) is not waited for: it is
   * `loading="lazy"`, fetched as the visitor scrolls near it (docs/announcement.md,
   * "A form screens down"). When that plain version
   * ends on the visitor's screen, the form (screens high on a phone) would still
   * push down what they are reading: it starts folded behind a button, "Open het
   * aanmeldformulier", which opens it with focus in its first field.
   *
   * Elements of this library placed inside it take its event through context.
   * All event text is rendered as text, never as HTML.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-structured-data`/`noStructuredData`: Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
   * a JSON-LD child, even one that `src` or `event` outranks: the page already has it.)
   * - `hide`: Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
   * `program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
   * For example `hide="audience description"`.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Extra content placed after the announcement; elements of this library here take its event. A child `<article>` is not extra content but the readable fallback a snippet carries (`toSnippet`): shown until the announcement shows, and instead of the notice when its data cannot be used (docs/protocol.md, "The readable fallback").
   * - `header`: Replaces the header (name, status, summary, date, venue).
   * - `description`: Replaces the description.
   * - `audience`: Replaces the "who it is for" section.
   * - `program`: Replaces the programme section.
   * - `registration`: Replaces the registration section (seats, form, contact line, organisers).
   * - `contact`: Replaces the contact line.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--event-announcement-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--event-announcement-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--event-announcement-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--event-announcement-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--event-announcement-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--event-announcement-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--event-announcement-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--event-announcement-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--event-announcement-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--event-announcement-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--event-announcement-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--event-announcement-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--event-announcement-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--event-announcement-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--event-announcement-article-row-gap`: Space between the blocks of the announcement (header lines, sections); falls back to `--utrecht-space-block-md`, then `1rem`. (default: `undefined`)
   * - `--event-announcement-title-color`: Colour of the event’s name; falls back to `--utrecht-heading-2-color`, `--nl-heading-level-2-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-title-font-family`: Font of the event’s name; falls back to `--utrecht-heading-2-font-family`, `--nl-heading-level-2-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-title-font-size`: Size of the event’s name; falls back to `--utrecht-heading-2-font-size`, `--nl-heading-level-2-font-size`, then `1.75rem`. (default: `undefined`)
   * - `--event-announcement-title-font-weight`: Weight of the event’s name; falls back to `--utrecht-heading-2-font-weight`, `--nl-heading-level-2-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-announcement-title-line-height`: Line height of the event’s name; falls back to `--utrecht-heading-2-line-height`, `--nl-heading-level-2-line-height`, then `1.2`. (default: `undefined`)
   * - `--event-announcement-heading-color`: Colour of section headings; falls back to `--utrecht-heading-3-color`, `--nl-heading-level-3-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-heading-font-family`: Font of section headings; falls back to `--utrecht-heading-3-font-family`, `--nl-heading-level-3-font-family`, then the page’s. (default: `undefined`)
   * - `--event-announcement-heading-font-size`: Size of section headings; falls back to `--utrecht-heading-3-font-size`, `--nl-heading-level-3-font-size`, then `1.25rem`. (default: `undefined`)
   * - `--event-announcement-heading-font-weight`: Weight of section headings; falls back to `--utrecht-heading-3-font-weight`, `--nl-heading-level-3-font-weight`, then `bold`. (default: `undefined`)
   * - `--event-announcement-heading-line-height`: Line height of section headings; falls back to `--utrecht-heading-3-line-height`, `--nl-heading-level-3-line-height`, then `1.2`. (default: `undefined`)
   * - `--event-announcement-status-border-color`: Mark beside the status line; default `currentColor`. (default: `undefined`)
   * - `--event-announcement-status-background-color`: Background of the status line; falls back to `--utrecht-alert-warning-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--event-announcement-status-color`: Text colour of the status line; falls back to `--utrecht-alert-warning-color`, then the page’s. (default: `undefined`)
   * - `--event-announcement-summary-font-size`: Size of the one-line summary; falls back to `--utrecht-paragraph-lead-font-size`, then `1.125em`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `article`: The announcement as a whole.
   * - `header`: Name, summary, date, time and venue.
   * - `title`: The event's name (an `<h2>`).
   * - `summary`: The one-line summary under the name.
   * - `status`: The status line when the event is cancelled, postponed, rescheduled or online, or past ("Deze activiteit is geweest.").
   * - `facts`: The "when" and "where" list.
   * - `venue`: Venue, room and address.
   * - `probable`: The "probable venue" label of a tentative venue.
   * - `hosts`: Hosts and neighbourhood.
   * - `map`: The link to a map search for the address.
   * - `calendar`: The "add to calendar" control (a `<details>` with an .ics download, Google and Outlook links); not for a cancelled or past event.
   * - `description`: The description sections.
   * - `audience`: The "who it is for" section.
   * - `program`: The programme section.
   * - `registration`: The registration section: availability, the form and the contact line.
   * - `open-form`: The button in the form's place when the form starts folded ("Open het aanmeldformulier"; docs/announcement.md, "A form that starts folded").
   * - `contact`: The line saying how and with whom to register.
   * - `to-form`: The link under the facts that jumps to the registration section, on narrow screens only ("Aanmelden", "Aanmelden: Vol", "Aanmelden gesloten"); not for a cancelled or past event, nor when nothing comes between it and the form.
   * - `organizers`: The organisers line.
   * - `heading`: Every section heading (`<h3>`).
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "event-announcement": Partial<
    EventAnnouncementProps &
      EventAnnouncementSolidJsProps &
      BaseProps<EventAnnouncement> &
      BaseEvents
  >;

  /**
   * A sign-up form that posts to the site's own endpoint (`registration.endpoint`
   * of the event) by the submission protocol (docs/protocol.md), or — with only an e-mail
   * address — opens the visitor's mail program with the registration filled in.
   *
   * It validates on submit, never while the visitor types or moves between
   * fields (so nothing moves under a pressed mouse), and clears an error as soon
   * as it is fixed; shows every error at its field and in a summary that takes
   * focus, keeps what was typed in session storage until a registration
   * succeeds, sends one `Idempotency-Key` for every retry of the same answers,
   * and never disables its button to signal invalid input.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `timeout`: Seconds to wait for the endpoint before giving up (the visitor can retry with the same key).
   * - `heading-level`/`headingLevel`: Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4).
   * - `state`: The state shown, reflected for the site's CSS: `open`, `submitting`,
   * `success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
   * over: "Deze activiteit is geweest."). Set by the element.
   * - `loading`: `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
   * view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
   * never tabs past it), and it takes no room until then; for a form far down a long page
   * (docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
   * An announcement sets `lazy` on its own form when that form is more than a screen below the
   * view as the announcement first shows.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `registration-submit`: Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome.
   * - `registration-success`: Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`.
   * - `registration-error`: Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form.
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `openMail(link: string) => void`: Hands the registration to the visitor's mail program (a form with only an e-mail address).
   * A site can replace this to handle the `mailto:` link itself.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--registration-form-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--registration-form-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--registration-form-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--registration-form-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--registration-form-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--registration-form-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--registration-form-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--registration-form-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--registration-form-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-color`: Colour of error messages and marks; falls back to `--utrecht-form-field-error-message-color`, then `#b30000`. (default: `undefined`)
   * - `--registration-form-input-border-width`: Border width of inputs; falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, then `1px`. (default: `undefined`)
   * - `--registration-form-button-background-color`: Background of the submit button (and the tick of checkboxes and radios); falls back to `--utrecht-button-primary-action-background-color`, `--nl-button-primary-background-color`, then `#154273`. (default: `undefined`)
   * - `--registration-form-form-row-gap`: Space between questions; falls back to `--utrecht-space-row-lg`, then `1.25rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-padding-inline-start`: Indent of a question with an error; falls back to `--utrecht-form-field-invalid-padding-inline-start`, then `0.75rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-border-inline-start-width`: Width of the mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-width`, then `0.25rem`. (default: `undefined`)
   * - `--registration-form-field-invalid-border-inline-start-color`: Mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-color`, then the error colour. (default: `undefined`)
   * - `--registration-form-label-font-weight`: Weight of labels and legends; falls back to `--utrecht-form-label-font-weight`, then `bold`. (default: `undefined`)
   * - `--registration-form-description-color`: Colour of help text; falls back to `--utrecht-form-field-description-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-font-family`: Font of inputs; falls back to `--utrecht-form-control-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-font-size`: Text size of inputs; falls back to `--utrecht-form-control-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-padding-block`: Space above and below the text in inputs; falls back to `--utrecht-form-control-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-input-padding-inline`: Space beside the text in inputs; falls back to `--utrecht-form-control-padding-inline-start`, then `0.75rem`. (default: `undefined`)
   * - `--registration-form-input-border-color`: Border of inputs; falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, then `#595959`. (default: `undefined`)
   * - `--registration-form-input-border-block-end-width`: Width of the bottom border of inputs; falls back to `--utrecht-textbox-border-bottom-width`, then the input border width. (default: `undefined`)
   * - `--registration-form-input-border-radius`: Corner radius of inputs; falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, then `0`. (default: `undefined`)
   * - `--registration-form-input-background-color`: Background of inputs; falls back to `--utrecht-textbox-background-color`, `--utrecht-form-control-background-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-input-color`: Text colour of inputs; falls back to `--utrecht-textbox-color`, `--utrecht-form-control-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-input-focus-border-color`: Border of the input that has focus; falls back to `--utrecht-form-control-focus-border-color`, then `currentColor`. (default: `undefined`)
   * - `--registration-form-input-invalid-border-color`: Border of inputs with an error; falls back to `--utrecht-textbox-invalid-border-color`, `--utrecht-form-control-invalid-border-color`, then the error colour. (default: `undefined`)
   * - `--registration-form-input-invalid-border-width`: Border width of inputs with an error; default `2px`. (default: `undefined`)
   * - `--registration-form-choice-accent-color`: Colour of ticked checkboxes and chosen radios; falls back to `--utrecht-checkbox-checked-background-color`, then the button background. (default: `undefined`)
   * - `--registration-form-button-font-family`: Font of buttons; falls back to `--utrecht-button-font-family`, then the page’s. (default: `undefined`)
   * - `--registration-form-button-font-size`: Text size of buttons; falls back to `--utrecht-button-font-size`, then the page’s. (default: `undefined`)
   * - `--registration-form-button-font-weight`: Weight of button text; falls back to `--utrecht-button-font-weight`, then `bold`. (default: `undefined`)
   * - `--registration-form-button-padding-block`: Space above and below button text; falls back to `--utrecht-button-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--registration-form-button-padding-inline`: Space beside button text; falls back to `--utrecht-button-padding-inline-start`, then `1.5rem`. (default: `undefined`)
   * - `--registration-form-button-border-width`: Border width of the submit button; falls back to `--utrecht-button-primary-action-border-width`, `--utrecht-button-border-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-button-border-color`: Border of the submit button; falls back to `--utrecht-button-primary-action-border-color`, `--nl-button-primary-border-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-button-border-radius`: Corner radius of buttons; falls back to `--utrecht-button-border-radius`, then `0.25rem`. (default: `undefined`)
   * - `--registration-form-button-color`: Text colour of the submit button; falls back to `--utrecht-button-primary-action-color`, `--nl-button-primary-color`, then `#fff`. (default: `undefined`)
   * - `--registration-form-button-secondary-border-width`: Border width of the retry button; falls back to `--utrecht-button-secondary-action-border-width`, then `2px`. (default: `undefined`)
   * - `--registration-form-button-secondary-border-color`: Border of the retry button; falls back to `--utrecht-button-secondary-action-border-color`, `--nl-button-secondary-border-color`, then `currentColor`. (default: `undefined`)
   * - `--registration-form-button-secondary-background-color`: Background of the retry button; falls back to `--utrecht-button-secondary-action-background-color`, `--nl-button-secondary-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-button-secondary-color`: Text colour of the retry button; falls back to `--utrecht-button-secondary-action-color`, `--nl-button-secondary-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-error-summary-padding-block`: Space above and below the error summary’s content; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-summary-padding-inline`: Space beside the error summary’s content; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-error-summary-border-color`: Border of the error summary; default: the error colour. (default: `undefined`)
   * - `--registration-form-error-summary-background-color`: Background of the error summary; falls back to `--utrecht-alert-error-background-color`, then `transparent`. (default: `undefined`)
   * - `--registration-form-error-summary-color`: Text colour of the error summary; falls back to `--utrecht-alert-error-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-padding-block`: Space above and below a state panel’s text; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-message-padding-inline`: Space beside a state panel’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--registration-form-message-background-color`: Background of state panels (sending, full, closed…); falls back to `--utrecht-alert-info-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-color`: Text colour of state panels; falls back to `--utrecht-alert-info-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-border-color`: Mark beside state panels; default `currentColor`. (default: `undefined`)
   * - `--registration-form-message-success-border-color`: Mark beside the success panel; falls back to `--utrecht-feedback-success-border-color`, then `#2b7a3d`. (default: `undefined`)
   * - `--registration-form-message-success-background-color`: Background of the success panel; falls back to `--utrecht-alert-ok-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-success-color`: Text colour of the success panel; falls back to `--utrecht-alert-ok-color`, then the page’s. (default: `undefined`)
   * - `--registration-form-message-failure-border-color`: Mark beside the failure panel; default: the error colour. (default: `undefined`)
   * - `--registration-form-message-failure-background-color`: Background of the failure panel; falls back to `--utrecht-alert-error-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--registration-form-message-failure-color`: Text colour of the failure panel; falls back to `--utrecht-alert-error-color`, then the page’s. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `form`: The `<form>`.
   * - `field`: One question: label, description, error and control.
   * - `label`: A field's label (or legend).
   * - `description`: A field's help text, and the length limit the event data sets for it.
   * - `error`: A field's error message.
   * - `input`: Every text input, textarea and select.
   * - `choice`: Every checkbox and radio button.
   * - `button`: The submit button (and the retry button).
   * - `error-summary`: The summary of all errors, at the top; it takes focus.
   * - `message`: The panel for a state: sending, success, failure, full, closed, cancelled, past.
   * - `privacy`: The line linking the privacy statement.
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "registration-form": Partial<
    RegistrationFormProps &
      RegistrationFormSolidJsProps &
      BaseProps<RegistrationForm> &
      BaseEvents
  >;

  /**
   * Seat availability and registration status of an event: "Nog 12 plekken
   * vrij", "Bijna vol: nog 3 plekken", "Vol", "Beperkt aantal plekken",
   * "Aanmelden gesloten", "Geweest". The state is written out in words (never colour
   * alone) and reflected as the `state` attribute for the site's CSS.
   *
   * Give it an event (any of the ways every element accepts) or just the
   * attributes: `<seats-badge capacity="40" remaining="12">`. Attributes
   * override what the event says.
   *
   * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
   * default), English, Turkish or Arabic; other languages get English. Arabic,
   * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
   * and Arabic words are fetched from next to embed.js when first needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `seats-src`/`seatsSrc`: Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
   * every `interval` seconds while the page is visible. The attribute form of the event's
   * `registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
   * every badge of the same event on the page; it backs off when the URL fails and stops when
   * the last badge leaves the page.
   * - `capacity`: Total number of seats. Overrides the event's `registration.capacity`.
   * - `remaining`: Seats left. Overrides the event's `registration.remaining`.
   * - `deadline`: Registrations are accepted before this moment: an ISO date or date-time,
   * in the event's time zone (a date alone means 00:00 of that date).
   * Overrides the event's `registration.deadline`.
   * - `few`: "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity.
   * - `interval`: Seconds between polls of `seats-src` (at least 5).
   * - `state`: The state shown, reflected for the site's CSS: `open`, `few`, `full`,
   * `waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
   * element; read it, don't write it.
   * - `data-event`/`dataEvent`: The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * - `src`: URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   * - `event`: The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event. (property only)
   * - `eventJson`: The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `seats-change`: The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - `event-error`: The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--seats-badge-font-family`: Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. (default: `undefined`)
   * - `--seats-badge-font-size`: Base text size; falls back to `--utrecht-document-font-size`, then the page’s. (default: `undefined`)
   * - `--seats-badge-line-height`: Line height; falls back to `--utrecht-document-line-height`, then `1.5`. (default: `undefined`)
   * - `--seats-badge-color`: Text colour; falls back to `--utrecht-document-color`, then the page’s. (default: `undefined`)
   * - `--seats-badge-background-color`: Background; falls back to `--utrecht-document-background-color`, then `transparent`. (default: `undefined`)
   * - `--seats-badge-focus-outline-width`: Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. (default: `undefined`)
   * - `--seats-badge-focus-outline-offset`: Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. (default: `undefined`)
   * - `--seats-badge-focus-outline-style`: Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. (default: `undefined`)
   * - `--seats-badge-focus-outline-color`: Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. (default: `undefined`)
   * - `--seats-badge-link-color`: Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. (default: `undefined`)
   * - `--seats-badge-focus-inverse-outline-color`: Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. (default: `undefined`)
   * - `--seats-badge-notice-border-color`: Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. (default: `undefined`)
   * - `--seats-badge-notice-background-color`: Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. (default: `undefined`)
   * - `--seats-badge-notice-color`: Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-notice-padding-block`: Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. (default: `undefined`)
   * - `--seats-badge-notice-padding-inline`: Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. (default: `undefined`)
   * - `--seats-badge-badge-padding-block`: Space above and below the badge’s text; falls back to `--utrecht-badge-padding-block`, `--nl-data-badge-padding-block`, then `0.25em`. (default: `undefined`)
   * - `--seats-badge-badge-padding-inline`: Space beside the badge’s text; falls back to `--utrecht-badge-padding-inline`, `--nl-data-badge-padding-inline`, then `0.75em`. (default: `undefined`)
   * - `--seats-badge-badge-border-color`: Border of the badge; falls back to `--nl-data-badge-border-color`, then `currentColor`. (default: `undefined`)
   * - `--seats-badge-badge-border-radius`: Corner radius of the badge; falls back to `--utrecht-badge-border-radius`, `--nl-data-badge-border-radius`, then `1em`. (default: `undefined`)
   * - `--seats-badge-badge-background-color`: Background of the badge when seats are open (the theme’s “ok” alert); falls back to `--utrecht-alert-ok-background-color`, `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#e8f3ec`. (default: `undefined`)
   * - `--seats-badge-badge-color`: Text colour of the badge when seats are open; falls back to `--utrecht-alert-ok-color`, `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-font-weight`: Weight of the badge text; falls back to `--utrecht-badge-font-weight`, then `bold`. (default: `undefined`)
   * - `--seats-badge-badge-few-background-color`: Background in the `few` (almost full) and `limited` states (the theme’s “warning” status badge); falls back to `--utrecht-status-badge-warning-background-color`, then `#fff4e0`. (default: `undefined`)
   * - `--seats-badge-badge-few-color`: Text colour in the `few` and `limited` states; falls back to `--utrecht-status-badge-warning-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-full-background-color`: Background in the `full` and `waitlist` states (the theme’s “error” alert); falls back to `--utrecht-alert-error-background-color`, then `#fdeceb`. (default: `undefined`)
   * - `--seats-badge-badge-full-color`: Text colour in the `full` and `waitlist` states; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-badge-unavailable-background-color`: Background in the `closed`, `cancelled` and `past` states (the theme’s neutral data badge); falls back to `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#f3f3f3`. (default: `undefined`)
   * - `--seats-badge-badge-unavailable-color`: Text colour in the `closed`, `cancelled` and `past` states; falls back to `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. (default: `undefined`)
   * - `--seats-badge-marker-color`: Colour of the marker in every state, before each state’s own (a disc when open, a ring when almost full or limited, a bar when unavailable); default `currentColor`. (default: `undefined`)
   * - `--seats-badge-marker-open-color`: Colour of the marker when open: green, or the theme’s “ok” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-ok-color`, then `#1e7b34`. (default: `undefined`)
   * - `--seats-badge-marker-few-color`: Colour of the marker when almost full or limited: amber; falls back to `--seats-badge-marker-color`, then `#9a4d00`. (default: `undefined`)
   * - `--seats-badge-marker-full-color`: Colour of the marker when full: red, or the theme’s “error” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-error-color`, then `#b3261e`. (default: `undefined`)
   * - `--seats-badge-marker-closed-color`: Colour of the marker when closed, cancelled or past: the badge’s text colour; falls back to `--seats-badge-marker-color`, then `currentColor`. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `badge`: The badge: marker and text, a polite live region.
   * - `marker`: The state's shape beside the text (decorative; the text says the state).
   * - `notice`: The notice shown when the event data cannot be used.
   */
  "seats-badge": Partial<
    SeatsBadgeProps &
      SeatsBadgeSolidJsProps &
      BaseProps<SeatsBadge> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. */
  "--event-agenda-font-family"?: string | undefined;
  /** Base text size; falls back to `--utrecht-document-font-size`, then the page’s. */
  "--event-agenda-font-size"?: string | undefined;
  /** Line height; falls back to `--utrecht-document-line-height`, then `1.5`. */
  "--event-agenda-line-height"?: string | undefined;
  /** Text colour; falls back to `--utrecht-document-color`, then the page’s. */
  "--event-agenda-color"?: string | undefined;
  /** Background; falls back to `--utrecht-document-background-color`, then `transparent`. */
  "--event-agenda-background-color"?: string | undefined;
  /** Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. */
  "--event-agenda-focus-outline-width"?: string | undefined;
  /** Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. */
  "--event-agenda-focus-outline-offset"?: string | undefined;
  /** Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. */
  "--event-agenda-focus-outline-style"?: string | undefined;
  /** Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. */
  "--event-agenda-focus-outline-color"?: string | undefined;
  /** Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. */
  "--event-agenda-link-color"?: string | undefined;
  /** Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. */
  "--event-agenda-focus-inverse-outline-color"?: string | undefined;
  /** Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. */
  "--event-agenda-notice-border-color"?: string | undefined;
  /** Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. */
  "--event-agenda-notice-background-color"?: string | undefined;
  /** Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. */
  "--event-agenda-notice-color"?: string | undefined;
  /** Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. */
  "--event-agenda-notice-padding-block"?: string | undefined;
  /** Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--event-agenda-notice-padding-inline"?: string | undefined;
  /** Space between the time and the title when stacked; falls back to `--utrecht-space-row-2xs`, then `0.25rem`. */
  "--event-agenda-item-row-gap"?: string | undefined;
  /** Space between the time column and the rest on wide screens; falls back to `--utrecht-space-column-md`, then `1rem`. */
  "--event-agenda-item-column-gap"?: string | undefined;
  /** Space above and below each item; falls back to `--utrecht-space-block-sm`, then `0.75rem`. */
  "--event-agenda-item-padding-block"?: string | undefined;
  /** Width of the line between items; default `1px`. */
  "--event-agenda-item-border-width"?: string | undefined;
  /** Line between items; falls back to `--utrecht-table-row-border-block-end-color`, then `#d0d0d0`. */
  "--event-agenda-item-border-color"?: string | undefined;
  /** Width of the time column on wide screens; default `10rem`. */
  "--event-agenda-time-inline-size"?: string | undefined;
  /** Colour of the times; default: the page’s. */
  "--event-agenda-time-color"?: string | undefined;
  /** Weight of the times (regular, so they stand apart from the bold titles; figures are tabular); default `normal`. */
  "--event-agenda-time-font-weight"?: string | undefined;
  /** Background of the item running now; falls back to `--utrecht-mark-background-color`, then `#fff4e0`. */
  "--event-agenda-current-background-color"?: string | undefined;
  /** Text colour of the item running now; falls back to `--utrecht-mark-color`, then the page’s. */
  "--event-agenda-current-color"?: string | undefined;
  /** Mark beside the item running now; default `currentColor`. */
  "--event-agenda-current-border-color"?: string | undefined;
  /** Font of day headings; falls back to `--utrecht-heading-4-font-family`, then the page’s. */
  "--event-agenda-day-font-family"?: string | undefined;
  /** Size of day headings; falls back to `--utrecht-heading-4-font-size`, then `1.125rem`. */
  "--event-agenda-day-font-size"?: string | undefined;
  /** Weight of day headings; falls back to `--utrecht-heading-4-font-weight`, then `bold`. */
  "--event-agenda-day-font-weight"?: string | undefined;
  /** Weight of item titles; default `bold`. */
  "--event-agenda-title-font-weight"?: string | undefined;
  /** Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. */
  "--event-announcement-font-family"?: string | undefined;
  /** Base text size; falls back to `--utrecht-document-font-size`, then the page’s. */
  "--event-announcement-font-size"?: string | undefined;
  /** Line height; falls back to `--utrecht-document-line-height`, then `1.5`. */
  "--event-announcement-line-height"?: string | undefined;
  /** Text colour; falls back to `--utrecht-document-color`, then the page’s. */
  "--event-announcement-color"?: string | undefined;
  /** Background; falls back to `--utrecht-document-background-color`, then `transparent`. */
  "--event-announcement-background-color"?: string | undefined;
  /** Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. */
  "--event-announcement-focus-outline-width"?: string | undefined;
  /** Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. */
  "--event-announcement-focus-outline-offset"?: string | undefined;
  /** Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. */
  "--event-announcement-focus-outline-style"?: string | undefined;
  /** Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. */
  "--event-announcement-focus-outline-color"?: string | undefined;
  /** Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. */
  "--event-announcement-link-color"?: string | undefined;
  /** Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. */
  "--event-announcement-focus-inverse-outline-color"?: string | undefined;
  /** Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. */
  "--event-announcement-notice-border-color"?: string | undefined;
  /** Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. */
  "--event-announcement-notice-background-color"?: string | undefined;
  /** Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. */
  "--event-announcement-notice-color"?: string | undefined;
  /** Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. */
  "--event-announcement-notice-padding-block"?: string | undefined;
  /** Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--event-announcement-notice-padding-inline"?: string | undefined;
  /** Space between the blocks of the announcement (header lines, sections); falls back to `--utrecht-space-block-md`, then `1rem`. */
  "--event-announcement-article-row-gap"?: string | undefined;
  /** Colour of the event’s name; falls back to `--utrecht-heading-2-color`, `--nl-heading-level-2-color`, then the page’s. */
  "--event-announcement-title-color"?: string | undefined;
  /** Font of the event’s name; falls back to `--utrecht-heading-2-font-family`, `--nl-heading-level-2-font-family`, then the page’s. */
  "--event-announcement-title-font-family"?: string | undefined;
  /** Size of the event’s name; falls back to `--utrecht-heading-2-font-size`, `--nl-heading-level-2-font-size`, then `1.75rem`. */
  "--event-announcement-title-font-size"?: string | undefined;
  /** Weight of the event’s name; falls back to `--utrecht-heading-2-font-weight`, `--nl-heading-level-2-font-weight`, then `bold`. */
  "--event-announcement-title-font-weight"?: string | undefined;
  /** Line height of the event’s name; falls back to `--utrecht-heading-2-line-height`, `--nl-heading-level-2-line-height`, then `1.2`. */
  "--event-announcement-title-line-height"?: string | undefined;
  /** Colour of section headings; falls back to `--utrecht-heading-3-color`, `--nl-heading-level-3-color`, then the page’s. */
  "--event-announcement-heading-color"?: string | undefined;
  /** Font of section headings; falls back to `--utrecht-heading-3-font-family`, `--nl-heading-level-3-font-family`, then the page’s. */
  "--event-announcement-heading-font-family"?: string | undefined;
  /** Size of section headings; falls back to `--utrecht-heading-3-font-size`, `--nl-heading-level-3-font-size`, then `1.25rem`. */
  "--event-announcement-heading-font-size"?: string | undefined;
  /** Weight of section headings; falls back to `--utrecht-heading-3-font-weight`, `--nl-heading-level-3-font-weight`, then `bold`. */
  "--event-announcement-heading-font-weight"?: string | undefined;
  /** Line height of section headings; falls back to `--utrecht-heading-3-line-height`, `--nl-heading-level-3-line-height`, then `1.2`. */
  "--event-announcement-heading-line-height"?: string | undefined;
  /** Mark beside the status line; default `currentColor`. */
  "--event-announcement-status-border-color"?: string | undefined;
  /** Background of the status line; falls back to `--utrecht-alert-warning-background-color`, then `#fff4e0`. */
  "--event-announcement-status-background-color"?: string | undefined;
  /** Text colour of the status line; falls back to `--utrecht-alert-warning-color`, then the page’s. */
  "--event-announcement-status-color"?: string | undefined;
  /** Size of the one-line summary; falls back to `--utrecht-paragraph-lead-font-size`, then `1.125em`. */
  "--event-announcement-summary-font-size"?: string | undefined;
  /** Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. */
  "--registration-form-font-family"?: string | undefined;
  /** Base text size; falls back to `--utrecht-document-font-size`, then the page’s. */
  "--registration-form-font-size"?: string | undefined;
  /** Line height; falls back to `--utrecht-document-line-height`, then `1.5`. */
  "--registration-form-line-height"?: string | undefined;
  /** Text colour; falls back to `--utrecht-document-color`, then the page’s. */
  "--registration-form-color"?: string | undefined;
  /** Background; falls back to `--utrecht-document-background-color`, then `transparent`. */
  "--registration-form-background-color"?: string | undefined;
  /** Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. */
  "--registration-form-focus-outline-width"?: string | undefined;
  /** Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. */
  "--registration-form-focus-outline-offset"?: string | undefined;
  /** Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. */
  "--registration-form-focus-outline-style"?: string | undefined;
  /** Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. */
  "--registration-form-focus-outline-color"?: string | undefined;
  /** Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. */
  "--registration-form-link-color"?: string | undefined;
  /** Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. */
  "--registration-form-focus-inverse-outline-color"?: string | undefined;
  /** Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. */
  "--registration-form-notice-border-color"?: string | undefined;
  /** Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. */
  "--registration-form-notice-background-color"?: string | undefined;
  /** Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. */
  "--registration-form-notice-color"?: string | undefined;
  /** Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. */
  "--registration-form-notice-padding-block"?: string | undefined;
  /** Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--registration-form-notice-padding-inline"?: string | undefined;
  /** Colour of error messages and marks; falls back to `--utrecht-form-field-error-message-color`, then `#b30000`. */
  "--registration-form-error-color"?: string | undefined;
  /** Border width of inputs; falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, then `1px`. */
  "--registration-form-input-border-width"?: string | undefined;
  /** Background of the submit button (and the tick of checkboxes and radios); falls back to `--utrecht-button-primary-action-background-color`, `--nl-button-primary-background-color`, then `#154273`. */
  "--registration-form-button-background-color"?: string | undefined;
  /** Space between questions; falls back to `--utrecht-space-row-lg`, then `1.25rem`. */
  "--registration-form-form-row-gap"?: string | undefined;
  /** Indent of a question with an error; falls back to `--utrecht-form-field-invalid-padding-inline-start`, then `0.75rem`. */
  "--registration-form-field-invalid-padding-inline-start"?: string | undefined;
  /** Width of the mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-width`, then `0.25rem`. */
  "--registration-form-field-invalid-border-inline-start-width"?:
    string | undefined;
  /** Mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-color`, then the error colour. */
  "--registration-form-field-invalid-border-inline-start-color"?:
    string | undefined;
  /** Weight of labels and legends; falls back to `--utrecht-form-label-font-weight`, then `bold`. */
  "--registration-form-label-font-weight"?: string | undefined;
  /** Colour of help text; falls back to `--utrecht-form-field-description-color`, then the page’s. */
  "--registration-form-description-color"?: string | undefined;
  /** Font of inputs; falls back to `--utrecht-form-control-font-family`, then the page’s. */
  "--registration-form-input-font-family"?: string | undefined;
  /** Text size of inputs; falls back to `--utrecht-form-control-font-size`, then the page’s. */
  "--registration-form-input-font-size"?: string | undefined;
  /** Space above and below the text in inputs; falls back to `--utrecht-form-control-padding-block-start`, then `0.5rem`. */
  "--registration-form-input-padding-block"?: string | undefined;
  /** Space beside the text in inputs; falls back to `--utrecht-form-control-padding-inline-start`, then `0.75rem`. */
  "--registration-form-input-padding-inline"?: string | undefined;
  /** Border of inputs; falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, then `#595959`. */
  "--registration-form-input-border-color"?: string | undefined;
  /** Width of the bottom border of inputs; falls back to `--utrecht-textbox-border-bottom-width`, then the input border width. */
  "--registration-form-input-border-block-end-width"?: string | undefined;
  /** Corner radius of inputs; falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, then `0`. */
  "--registration-form-input-border-radius"?: string | undefined;
  /** Background of inputs; falls back to `--utrecht-textbox-background-color`, `--utrecht-form-control-background-color`, then `#fff`. */
  "--registration-form-input-background-color"?: string | undefined;
  /** Text colour of inputs; falls back to `--utrecht-textbox-color`, `--utrecht-form-control-color`, then the page’s. */
  "--registration-form-input-color"?: string | undefined;
  /** Border of the input that has focus; falls back to `--utrecht-form-control-focus-border-color`, then `currentColor`. */
  "--registration-form-input-focus-border-color"?: string | undefined;
  /** Border of inputs with an error; falls back to `--utrecht-textbox-invalid-border-color`, `--utrecht-form-control-invalid-border-color`, then the error colour. */
  "--registration-form-input-invalid-border-color"?: string | undefined;
  /** Border width of inputs with an error; default `2px`. */
  "--registration-form-input-invalid-border-width"?: string | undefined;
  /** Colour of ticked checkboxes and chosen radios; falls back to `--utrecht-checkbox-checked-background-color`, then the button background. */
  "--registration-form-choice-accent-color"?: string | undefined;
  /** Font of buttons; falls back to `--utrecht-button-font-family`, then the page’s. */
  "--registration-form-button-font-family"?: string | undefined;
  /** Text size of buttons; falls back to `--utrecht-button-font-size`, then the page’s. */
  "--registration-form-button-font-size"?: string | undefined;
  /** Weight of button text; falls back to `--utrecht-button-font-weight`, then `bold`. */
  "--registration-form-button-font-weight"?: string | undefined;
  /** Space above and below button text; falls back to `--utrecht-button-padding-block-start`, then `0.5rem`. */
  "--registration-form-button-padding-block"?: string | undefined;
  /** Space beside button text; falls back to `--utrecht-button-padding-inline-start`, then `1.5rem`. */
  "--registration-form-button-padding-inline"?: string | undefined;
  /** Border width of the submit button; falls back to `--utrecht-button-primary-action-border-width`, `--utrecht-button-border-width`, then `2px`. */
  "--registration-form-button-border-width"?: string | undefined;
  /** Border of the submit button; falls back to `--utrecht-button-primary-action-border-color`, `--nl-button-primary-border-color`, then `transparent`. */
  "--registration-form-button-border-color"?: string | undefined;
  /** Corner radius of buttons; falls back to `--utrecht-button-border-radius`, then `0.25rem`. */
  "--registration-form-button-border-radius"?: string | undefined;
  /** Text colour of the submit button; falls back to `--utrecht-button-primary-action-color`, `--nl-button-primary-color`, then `#fff`. */
  "--registration-form-button-color"?: string | undefined;
  /** Border width of the retry button; falls back to `--utrecht-button-secondary-action-border-width`, then `2px`. */
  "--registration-form-button-secondary-border-width"?: string | undefined;
  /** Border of the retry button; falls back to `--utrecht-button-secondary-action-border-color`, `--nl-button-secondary-border-color`, then `currentColor`. */
  "--registration-form-button-secondary-border-color"?: string | undefined;
  /** Background of the retry button; falls back to `--utrecht-button-secondary-action-background-color`, `--nl-button-secondary-background-color`, then `transparent`. */
  "--registration-form-button-secondary-background-color"?: string | undefined;
  /** Text colour of the retry button; falls back to `--utrecht-button-secondary-action-color`, `--nl-button-secondary-color`, then the page’s. */
  "--registration-form-button-secondary-color"?: string | undefined;
  /** Space above and below the error summary’s content; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. */
  "--registration-form-error-summary-padding-block"?: string | undefined;
  /** Space beside the error summary’s content; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--registration-form-error-summary-padding-inline"?: string | undefined;
  /** Border of the error summary; default: the error colour. */
  "--registration-form-error-summary-border-color"?: string | undefined;
  /** Background of the error summary; falls back to `--utrecht-alert-error-background-color`, then `transparent`. */
  "--registration-form-error-summary-background-color"?: string | undefined;
  /** Text colour of the error summary; falls back to `--utrecht-alert-error-color`, then the page’s. */
  "--registration-form-error-summary-color"?: string | undefined;
  /** Space above and below a state panel’s text; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. */
  "--registration-form-message-padding-block"?: string | undefined;
  /** Space beside a state panel’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--registration-form-message-padding-inline"?: string | undefined;
  /** Background of state panels (sending, full, closed…); falls back to `--utrecht-alert-info-background-color`, then `#f3f3f3`. */
  "--registration-form-message-background-color"?: string | undefined;
  /** Text colour of state panels; falls back to `--utrecht-alert-info-color`, then the page’s. */
  "--registration-form-message-color"?: string | undefined;
  /** Mark beside state panels; default `currentColor`. */
  "--registration-form-message-border-color"?: string | undefined;
  /** Mark beside the success panel; falls back to `--utrecht-feedback-success-border-color`, then `#2b7a3d`. */
  "--registration-form-message-success-border-color"?: string | undefined;
  /** Background of the success panel; falls back to `--utrecht-alert-ok-background-color`, then `#f3f3f3`. */
  "--registration-form-message-success-background-color"?: string | undefined;
  /** Text colour of the success panel; falls back to `--utrecht-alert-ok-color`, then the page’s. */
  "--registration-form-message-success-color"?: string | undefined;
  /** Mark beside the failure panel; default: the error colour. */
  "--registration-form-message-failure-border-color"?: string | undefined;
  /** Background of the failure panel; falls back to `--utrecht-alert-error-background-color`, then `#f3f3f3`. */
  "--registration-form-message-failure-background-color"?: string | undefined;
  /** Text colour of the failure panel; falls back to `--utrecht-alert-error-color`, then the page’s. */
  "--registration-form-message-failure-color"?: string | undefined;
  /** Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. */
  "--seats-badge-font-family"?: string | undefined;
  /** Base text size; falls back to `--utrecht-document-font-size`, then the page’s. */
  "--seats-badge-font-size"?: string | undefined;
  /** Line height; falls back to `--utrecht-document-line-height`, then `1.5`. */
  "--seats-badge-line-height"?: string | undefined;
  /** Text colour; falls back to `--utrecht-document-color`, then the page’s. */
  "--seats-badge-color"?: string | undefined;
  /** Background; falls back to `--utrecht-document-background-color`, then `transparent`. */
  "--seats-badge-background-color"?: string | undefined;
  /** Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. */
  "--seats-badge-focus-outline-width"?: string | undefined;
  /** Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. */
  "--seats-badge-focus-outline-offset"?: string | undefined;
  /** Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. */
  "--seats-badge-focus-outline-style"?: string | undefined;
  /** Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. */
  "--seats-badge-focus-outline-color"?: string | undefined;
  /** Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. */
  "--seats-badge-link-color"?: string | undefined;
  /** Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. */
  "--seats-badge-focus-inverse-outline-color"?: string | undefined;
  /** Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. */
  "--seats-badge-notice-border-color"?: string | undefined;
  /** Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. */
  "--seats-badge-notice-background-color"?: string | undefined;
  /** Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. */
  "--seats-badge-notice-color"?: string | undefined;
  /** Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. */
  "--seats-badge-notice-padding-block"?: string | undefined;
  /** Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. */
  "--seats-badge-notice-padding-inline"?: string | undefined;
  /** Space above and below the badge’s text; falls back to `--utrecht-badge-padding-block`, `--nl-data-badge-padding-block`, then `0.25em`. */
  "--seats-badge-badge-padding-block"?: string | undefined;
  /** Space beside the badge’s text; falls back to `--utrecht-badge-padding-inline`, `--nl-data-badge-padding-inline`, then `0.75em`. */
  "--seats-badge-badge-padding-inline"?: string | undefined;
  /** Border of the badge; falls back to `--nl-data-badge-border-color`, then `currentColor`. */
  "--seats-badge-badge-border-color"?: string | undefined;
  /** Corner radius of the badge; falls back to `--utrecht-badge-border-radius`, `--nl-data-badge-border-radius`, then `1em`. */
  "--seats-badge-badge-border-radius"?: string | undefined;
  /** Background of the badge when seats are open (the theme’s “ok” alert); falls back to `--utrecht-alert-ok-background-color`, `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#e8f3ec`. */
  "--seats-badge-badge-background-color"?: string | undefined;
  /** Text colour of the badge when seats are open; falls back to `--utrecht-alert-ok-color`, `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. */
  "--seats-badge-badge-color"?: string | undefined;
  /** Weight of the badge text; falls back to `--utrecht-badge-font-weight`, then `bold`. */
  "--seats-badge-badge-font-weight"?: string | undefined;
  /** Background in the `few` (almost full) and `limited` states (the theme’s “warning” status badge); falls back to `--utrecht-status-badge-warning-background-color`, then `#fff4e0`. */
  "--seats-badge-badge-few-background-color"?: string | undefined;
  /** Text colour in the `few` and `limited` states; falls back to `--utrecht-status-badge-warning-color`, then `#1a1a1a`. */
  "--seats-badge-badge-few-color"?: string | undefined;
  /** Background in the `full` and `waitlist` states (the theme’s “error” alert); falls back to `--utrecht-alert-error-background-color`, then `#fdeceb`. */
  "--seats-badge-badge-full-background-color"?: string | undefined;
  /** Text colour in the `full` and `waitlist` states; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. */
  "--seats-badge-badge-full-color"?: string | undefined;
  /** Background in the `closed`, `cancelled` and `past` states (the theme’s neutral data badge); falls back to `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#f3f3f3`. */
  "--seats-badge-badge-unavailable-background-color"?: string | undefined;
  /** Text colour in the `closed`, `cancelled` and `past` states; falls back to `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. */
  "--seats-badge-badge-unavailable-color"?: string | undefined;
  /** Colour of the marker in every state, before each state’s own (a disc when open, a ring when almost full or limited, a bar when unavailable); default `currentColor`. */
  "--seats-badge-marker-color"?: string | undefined;
  /** Colour of the marker when open: green, or the theme’s “ok” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-ok-color`, then `#1e7b34`. */
  "--seats-badge-marker-open-color"?: string | undefined;
  /** Colour of the marker when almost full or limited: amber; falls back to `--seats-badge-marker-color`, then `#9a4d00`. */
  "--seats-badge-marker-few-color"?: string | undefined;
  /** Colour of the marker when full: red, or the theme’s “error” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-error-color`, then `#b3261e`. */
  "--seats-badge-marker-full-color"?: string | undefined;
  /** Colour of the marker when closed, cancelled or past: the badge’s text colour; falls back to `--seats-badge-marker-color`, then `currentColor`. */
  "--seats-badge-marker-closed-color"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
