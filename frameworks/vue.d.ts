import type { DefineComponent } from "vue";
import type {
  EventAgenda,
  EventErrorDetail,
  EventAnnouncement,
  SeatsChangeDetail,
  RegistrationForm,
  RegistrationSubmitDetail,
  RegistrationSuccessDetail,
  RegistrationErrorDetail,
  SeatsBadge,
} from "../dist/types/index.js";

type EventAgendaProps = {
  /** The moment to show the programme at, instead of the clock: an ISO date-time
(local to the event's time zone, or with an offset), or epoch milliseconds
as a property. For previews and tests. */
  now?: EventAgenda["now"];
  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  headingLevel?: EventAgenda["headingLevel"];
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: EventAgenda["dataEvent"];
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: EventAgenda["src"];
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: EventAgenda["event"];
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  onEventError?: (e: CustomEvent<EventErrorDetail>) => void;
};

type EventAnnouncementProps = {
  /** Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
a JSON-LD child, even one that `src` or `event` outranks: the page already has it.) */
  noStructuredData?: EventAnnouncement["noStructuredData"];
  /** Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
`program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
For example `hide="audience description"`. */
  hide?: EventAnnouncement["hide"];
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: EventAnnouncement["dataEvent"];
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: EventAnnouncement["src"];
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: EventAnnouncement["event"];
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  onSeatsChange?: (e: CustomEvent<SeatsChangeDetail>) => void;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  onEventError?: (e: CustomEvent<EventErrorDetail>) => void;
};

type RegistrationFormProps = {
  /** Seconds to wait for the endpoint before giving up (the visitor can retry with the same key). */
  timeout?: RegistrationForm["timeout"];
  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  headingLevel?: RegistrationForm["headingLevel"];
  /** The state shown, reflected for the site's CSS: `open`, `submitting`,
`success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
over: "Deze activiteit is geweest."). Set by the element. */
  state?: RegistrationForm["state"];
  /** `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
never tabs past it), and it takes no room until then; for a form far down a long page
(docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
An announcement sets `lazy` on its own form when that form is more than a screen below the
view as the announcement first shows. */
  loading?: RegistrationForm["loading"];
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: RegistrationForm["dataEvent"];
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: RegistrationForm["src"];
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: RegistrationForm["event"];
  /** Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome. */
  onRegistrationSubmit?: (e: CustomEvent<RegistrationSubmitDetail>) => void;
  /** Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`. */
  onRegistrationSuccess?: (e: CustomEvent<RegistrationSuccessDetail>) => void;
  /** Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form. */
  onRegistrationError?: (e: CustomEvent<RegistrationErrorDetail>) => void;
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  onSeatsChange?: (e: CustomEvent<SeatsChangeDetail>) => void;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  onEventError?: (e: CustomEvent<EventErrorDetail>) => void;
};

type SeatsBadgeProps = {
  /** Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
every `interval` seconds while the page is visible. The attribute form of the event's
`registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
every badge of the same event on the page; it backs off when the URL fails and stops when
the last badge leaves the page. */
  seatsSrc?: SeatsBadge["seatsSrc"];
  /** Total number of seats. Overrides the event's `registration.capacity`. */
  capacity?: SeatsBadge["capacity"];
  /** Seats left. Overrides the event's `registration.remaining`. */
  remaining?: SeatsBadge["remaining"];
  /** Registrations are accepted before this moment: an ISO date or date-time,
in the event's time zone (a date alone means 00:00 of that date).
Overrides the event's `registration.deadline`. */
  deadline?: SeatsBadge["deadline"];
  /** "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity. */
  few?: SeatsBadge["few"];
  /** Seconds between polls of `seats-src` (at least 5). */
  interval?: SeatsBadge["interval"];
  /** The state shown, reflected for the site's CSS: `open`, `few`, `full`,
`waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
element; read it, don't write it. */
  state?: SeatsBadge["state"];
  /** The same as the `event` attribute, under a name that HTML sanitizers keep by default
(DOMPurify keeps `data-*` attributes): what the snippet builder writes
(`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set. */
  dataEvent?: SeatsBadge["dataEvent"];
  /** URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
the page's origin or any URL the site's CSP allows. Used when neither the
`event` property nor the `event` attribute is set. */
  src?: SeatsBadge["src"];
  /** The event as an `EventData` object (or its JSON text, or schema.org
JSON-LD). Wins over every other way of giving the event. */
  event?: SeatsBadge["event"];
  /** The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`. */
  onSeatsChange?: (e: CustomEvent<SeatsChangeDetail>) => void;
  /** The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`. */
  onEventError?: (e: CustomEvent<EventErrorDetail>) => void;
};

export type CustomElements = {
  /**
   * The programme: an ordered list of timed items.
   * ---
   *
   *
   * ### **Events:**
   *  - **event-error** - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ### **CSS Properties:**
   *  - **--event-agenda-font-family** - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. _(default: undefined)_
   * - **--event-agenda-font-size** - Base text size; falls back to `--utrecht-document-font-size`, then the page’s. _(default: undefined)_
   * - **--event-agenda-line-height** - Line height; falls back to `--utrecht-document-line-height`, then `1.5`. _(default: undefined)_
   * - **--event-agenda-color** - Text colour; falls back to `--utrecht-document-color`, then the page’s. _(default: undefined)_
   * - **--event-agenda-background-color** - Background; falls back to `--utrecht-document-background-color`, then `transparent`. _(default: undefined)_
   * - **--event-agenda-focus-outline-width** - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. _(default: undefined)_
   * - **--event-agenda-focus-outline-offset** - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. _(default: undefined)_
   * - **--event-agenda-focus-outline-style** - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. _(default: undefined)_
   * - **--event-agenda-focus-outline-color** - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. _(default: undefined)_
   * - **--event-agenda-link-color** - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. _(default: undefined)_
   * - **--event-agenda-focus-inverse-outline-color** - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. _(default: undefined)_
   * - **--event-agenda-notice-border-color** - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. _(default: undefined)_
   * - **--event-agenda-notice-background-color** - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. _(default: undefined)_
   * - **--event-agenda-notice-color** - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--event-agenda-notice-padding-block** - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--event-agenda-notice-padding-inline** - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--event-agenda-item-row-gap** - Space between the time and the title when stacked; falls back to `--utrecht-space-row-2xs`, then `0.25rem`. _(default: undefined)_
   * - **--event-agenda-item-column-gap** - Space between the time column and the rest on wide screens; falls back to `--utrecht-space-column-md`, then `1rem`. _(default: undefined)_
   * - **--event-agenda-item-padding-block** - Space above and below each item; falls back to `--utrecht-space-block-sm`, then `0.75rem`. _(default: undefined)_
   * - **--event-agenda-item-border-width** - Width of the line between items; default `1px`. _(default: undefined)_
   * - **--event-agenda-item-border-color** - Line between items; falls back to `--utrecht-table-row-border-block-end-color`, then `#d0d0d0`. _(default: undefined)_
   * - **--event-agenda-time-inline-size** - Width of the time column on wide screens; default `10rem`. _(default: undefined)_
   * - **--event-agenda-time-color** - Colour of the times; default: the page’s. _(default: undefined)_
   * - **--event-agenda-time-font-weight** - Weight of the times (regular, so they stand apart from the bold titles; figures are tabular); default `normal`. _(default: undefined)_
   * - **--event-agenda-current-background-color** - Background of the item running now; falls back to `--utrecht-mark-background-color`, then `#fff4e0`. _(default: undefined)_
   * - **--event-agenda-current-color** - Text colour of the item running now; falls back to `--utrecht-mark-color`, then the page’s. _(default: undefined)_
   * - **--event-agenda-current-border-color** - Mark beside the item running now; default `currentColor`. _(default: undefined)_
   * - **--event-agenda-day-font-family** - Font of day headings; falls back to `--utrecht-heading-4-font-family`, then the page’s. _(default: undefined)_
   * - **--event-agenda-day-font-size** - Size of day headings; falls back to `--utrecht-heading-4-font-size`, then `1.125rem`. _(default: undefined)_
   * - **--event-agenda-day-font-weight** - Weight of day headings; falls back to `--utrecht-heading-4-font-weight`, then `bold`. _(default: undefined)_
   * - **--event-agenda-title-font-weight** - Weight of item titles; default `bold`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **day** - The heading of a day in a programme of several days.
   * - **list** - The `<ol>` of programme items.
   * - **item** - One programme item (`<li>`).
   * - **current** - The item running now (also `item`).
   * - **time** - The start and end time of an item.
   * - **title** - The title of an item.
   * - **description** - The description of an item.
   * - **speakers** - The speakers of an item ("Met: …"), left out when the description already names every one of them.
   * - **notice** - The notice shown when the event data cannot be used.
   */
  "event-agenda": DefineComponent<EventAgendaProps>;

  /**
   * The whole announcement of an event.
   * ---
   *
   *
   * ### **Events:**
   *  - **seats-change** - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - **event-error** - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ### **Slots:**
   *  - _default_ - Extra content placed after the announcement; elements of this library here take its event. A child `<article>` is not extra content but the readable fallback a snippet carries (`toSnippet`): shown until the announcement shows, and instead of the notice when its data cannot be used (docs/protocol.md, "The readable fallback").
   * - **header** - Replaces the header (name, status, summary, date, venue).
   * - **description** - Replaces the description.
   * - **audience** - Replaces the "who it is for" section.
   * - **program** - Replaces the programme section.
   * - **registration** - Replaces the registration section (seats, form, contact line, organisers).
   * - **contact** - Replaces the contact line.
   *
   * ### **CSS Properties:**
   *  - **--event-announcement-font-family** - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. _(default: undefined)_
   * - **--event-announcement-font-size** - Base text size; falls back to `--utrecht-document-font-size`, then the page’s. _(default: undefined)_
   * - **--event-announcement-line-height** - Line height; falls back to `--utrecht-document-line-height`, then `1.5`. _(default: undefined)_
   * - **--event-announcement-color** - Text colour; falls back to `--utrecht-document-color`, then the page’s. _(default: undefined)_
   * - **--event-announcement-background-color** - Background; falls back to `--utrecht-document-background-color`, then `transparent`. _(default: undefined)_
   * - **--event-announcement-focus-outline-width** - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. _(default: undefined)_
   * - **--event-announcement-focus-outline-offset** - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. _(default: undefined)_
   * - **--event-announcement-focus-outline-style** - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. _(default: undefined)_
   * - **--event-announcement-focus-outline-color** - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. _(default: undefined)_
   * - **--event-announcement-link-color** - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. _(default: undefined)_
   * - **--event-announcement-focus-inverse-outline-color** - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. _(default: undefined)_
   * - **--event-announcement-notice-border-color** - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. _(default: undefined)_
   * - **--event-announcement-notice-background-color** - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. _(default: undefined)_
   * - **--event-announcement-notice-color** - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--event-announcement-notice-padding-block** - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--event-announcement-notice-padding-inline** - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--event-announcement-article-row-gap** - Space between the blocks of the announcement (header lines, sections); falls back to `--utrecht-space-block-md`, then `1rem`. _(default: undefined)_
   * - **--event-announcement-title-color** - Colour of the event’s name; falls back to `--utrecht-heading-2-color`, `--nl-heading-level-2-color`, then the page’s. _(default: undefined)_
   * - **--event-announcement-title-font-family** - Font of the event’s name; falls back to `--utrecht-heading-2-font-family`, `--nl-heading-level-2-font-family`, then the page’s. _(default: undefined)_
   * - **--event-announcement-title-font-size** - Size of the event’s name; falls back to `--utrecht-heading-2-font-size`, `--nl-heading-level-2-font-size`, then `1.75rem`. _(default: undefined)_
   * - **--event-announcement-title-font-weight** - Weight of the event’s name; falls back to `--utrecht-heading-2-font-weight`, `--nl-heading-level-2-font-weight`, then `bold`. _(default: undefined)_
   * - **--event-announcement-title-line-height** - Line height of the event’s name; falls back to `--utrecht-heading-2-line-height`, `--nl-heading-level-2-line-height`, then `1.2`. _(default: undefined)_
   * - **--event-announcement-heading-color** - Colour of section headings; falls back to `--utrecht-heading-3-color`, `--nl-heading-level-3-color`, then the page’s. _(default: undefined)_
   * - **--event-announcement-heading-font-family** - Font of section headings; falls back to `--utrecht-heading-3-font-family`, `--nl-heading-level-3-font-family`, then the page’s. _(default: undefined)_
   * - **--event-announcement-heading-font-size** - Size of section headings; falls back to `--utrecht-heading-3-font-size`, `--nl-heading-level-3-font-size`, then `1.25rem`. _(default: undefined)_
   * - **--event-announcement-heading-font-weight** - Weight of section headings; falls back to `--utrecht-heading-3-font-weight`, `--nl-heading-level-3-font-weight`, then `bold`. _(default: undefined)_
   * - **--event-announcement-heading-line-height** - Line height of section headings; falls back to `--utrecht-heading-3-line-height`, `--nl-heading-level-3-line-height`, then `1.2`. _(default: undefined)_
   * - **--event-announcement-status-border-color** - Mark beside the status line; default `currentColor`. _(default: undefined)_
   * - **--event-announcement-status-background-color** - Background of the status line; falls back to `--utrecht-alert-warning-background-color`, then `#fff4e0`. _(default: undefined)_
   * - **--event-announcement-status-color** - Text colour of the status line; falls back to `--utrecht-alert-warning-color`, then the page’s. _(default: undefined)_
   * - **--event-announcement-summary-font-size** - Size of the one-line summary; falls back to `--utrecht-paragraph-lead-font-size`, then `1.125em`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **article** - The announcement as a whole.
   * - **header** - Name, summary, date, time and venue.
   * - **title** - The event's name (an `<h2>`).
   * - **summary** - The one-line summary under the name.
   * - **status** - The status line when the event is cancelled, postponed, rescheduled or online, or past ("Deze activiteit is geweest.").
   * - **facts** - The "when" and "where" list.
   * - **venue** - Venue, room and address.
   * - **probable** - The "probable venue" label of a tentative venue.
   * - **hosts** - Hosts and neighbourhood.
   * - **map** - The link to a map search for the address.
   * - **calendar** - The "add to calendar" control (a `<details>` with an .ics download, Google and Outlook links); not for a cancelled or past event.
   * - **description** - The description sections.
   * - **audience** - The "who it is for" section.
   * - **program** - The programme section.
   * - **registration** - The registration section: availability, the form and the contact line.
   * - **open-form** - The button in the form's place when the form starts folded ("Open het aanmeldformulier"; docs/announcement.md, "A form that starts folded").
   * - **contact** - The line saying how and with whom to register.
   * - **to-form** - The link under the facts that jumps to the registration section, on narrow screens only ("Aanmelden", "Aanmelden: Vol", "Aanmelden gesloten"); not for a cancelled or past event, nor when nothing comes between it and the form.
   * - **organizers** - The organisers line.
   * - **heading** - Every section heading (`<h3>`).
   * - **notice** - The notice shown when the event data cannot be used.
   */
  "event-announcement": DefineComponent<EventAnnouncementProps>;

  /**
   * Sign-up form that posts to the site's own endpoint, or falls back to e-mail.
   * ---
   *
   *
   * ### **Events:**
   *  - **registration-submit** - Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome.
   * - **registration-success** - Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`.
   * - **registration-error** - Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form.
   * - **seats-change** - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - **event-error** - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ### **Methods:**
   *  - **openMail(link: _string_): _void_** - Hands the registration to the visitor's mail program (a form with only an e-mail address).
   * A site can replace this to handle the `mailto:` link itself.
   *
   * ### **CSS Properties:**
   *  - **--registration-form-font-family** - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. _(default: undefined)_
   * - **--registration-form-font-size** - Base text size; falls back to `--utrecht-document-font-size`, then the page’s. _(default: undefined)_
   * - **--registration-form-line-height** - Line height; falls back to `--utrecht-document-line-height`, then `1.5`. _(default: undefined)_
   * - **--registration-form-color** - Text colour; falls back to `--utrecht-document-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-background-color** - Background; falls back to `--utrecht-document-background-color`, then `transparent`. _(default: undefined)_
   * - **--registration-form-focus-outline-width** - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. _(default: undefined)_
   * - **--registration-form-focus-outline-offset** - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. _(default: undefined)_
   * - **--registration-form-focus-outline-style** - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. _(default: undefined)_
   * - **--registration-form-focus-outline-color** - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. _(default: undefined)_
   * - **--registration-form-link-color** - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. _(default: undefined)_
   * - **--registration-form-focus-inverse-outline-color** - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. _(default: undefined)_
   * - **--registration-form-notice-border-color** - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. _(default: undefined)_
   * - **--registration-form-notice-background-color** - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. _(default: undefined)_
   * - **--registration-form-notice-color** - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--registration-form-notice-padding-block** - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--registration-form-notice-padding-inline** - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--registration-form-error-color** - Colour of error messages and marks; falls back to `--utrecht-form-field-error-message-color`, then `#b30000`. _(default: undefined)_
   * - **--registration-form-input-border-width** - Border width of inputs; falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, then `1px`. _(default: undefined)_
   * - **--registration-form-button-background-color** - Background of the submit button (and the tick of checkboxes and radios); falls back to `--utrecht-button-primary-action-background-color`, `--nl-button-primary-background-color`, then `#154273`. _(default: undefined)_
   * - **--registration-form-form-row-gap** - Space between questions; falls back to `--utrecht-space-row-lg`, then `1.25rem`. _(default: undefined)_
   * - **--registration-form-field-invalid-padding-inline-start** - Indent of a question with an error; falls back to `--utrecht-form-field-invalid-padding-inline-start`, then `0.75rem`. _(default: undefined)_
   * - **--registration-form-field-invalid-border-inline-start-width** - Width of the mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-width`, then `0.25rem`. _(default: undefined)_
   * - **--registration-form-field-invalid-border-inline-start-color** - Mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-color`, then the error colour. _(default: undefined)_
   * - **--registration-form-label-font-weight** - Weight of labels and legends; falls back to `--utrecht-form-label-font-weight`, then `bold`. _(default: undefined)_
   * - **--registration-form-description-color** - Colour of help text; falls back to `--utrecht-form-field-description-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-input-font-family** - Font of inputs; falls back to `--utrecht-form-control-font-family`, then the page’s. _(default: undefined)_
   * - **--registration-form-input-font-size** - Text size of inputs; falls back to `--utrecht-form-control-font-size`, then the page’s. _(default: undefined)_
   * - **--registration-form-input-padding-block** - Space above and below the text in inputs; falls back to `--utrecht-form-control-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--registration-form-input-padding-inline** - Space beside the text in inputs; falls back to `--utrecht-form-control-padding-inline-start`, then `0.75rem`. _(default: undefined)_
   * - **--registration-form-input-border-color** - Border of inputs; falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, then `#595959`. _(default: undefined)_
   * - **--registration-form-input-border-block-end-width** - Width of the bottom border of inputs; falls back to `--utrecht-textbox-border-bottom-width`, then the input border width. _(default: undefined)_
   * - **--registration-form-input-border-radius** - Corner radius of inputs; falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, then `0`. _(default: undefined)_
   * - **--registration-form-input-background-color** - Background of inputs; falls back to `--utrecht-textbox-background-color`, `--utrecht-form-control-background-color`, then `#fff`. _(default: undefined)_
   * - **--registration-form-input-color** - Text colour of inputs; falls back to `--utrecht-textbox-color`, `--utrecht-form-control-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-input-focus-border-color** - Border of the input that has focus; falls back to `--utrecht-form-control-focus-border-color`, then `currentColor`. _(default: undefined)_
   * - **--registration-form-input-invalid-border-color** - Border of inputs with an error; falls back to `--utrecht-textbox-invalid-border-color`, `--utrecht-form-control-invalid-border-color`, then the error colour. _(default: undefined)_
   * - **--registration-form-input-invalid-border-width** - Border width of inputs with an error; default `2px`. _(default: undefined)_
   * - **--registration-form-choice-accent-color** - Colour of ticked checkboxes and chosen radios; falls back to `--utrecht-checkbox-checked-background-color`, then the button background. _(default: undefined)_
   * - **--registration-form-button-font-family** - Font of buttons; falls back to `--utrecht-button-font-family`, then the page’s. _(default: undefined)_
   * - **--registration-form-button-font-size** - Text size of buttons; falls back to `--utrecht-button-font-size`, then the page’s. _(default: undefined)_
   * - **--registration-form-button-font-weight** - Weight of button text; falls back to `--utrecht-button-font-weight`, then `bold`. _(default: undefined)_
   * - **--registration-form-button-padding-block** - Space above and below button text; falls back to `--utrecht-button-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--registration-form-button-padding-inline** - Space beside button text; falls back to `--utrecht-button-padding-inline-start`, then `1.5rem`. _(default: undefined)_
   * - **--registration-form-button-border-width** - Border width of the submit button; falls back to `--utrecht-button-primary-action-border-width`, `--utrecht-button-border-width`, then `2px`. _(default: undefined)_
   * - **--registration-form-button-border-color** - Border of the submit button; falls back to `--utrecht-button-primary-action-border-color`, `--nl-button-primary-border-color`, then `transparent`. _(default: undefined)_
   * - **--registration-form-button-border-radius** - Corner radius of buttons; falls back to `--utrecht-button-border-radius`, then `0.25rem`. _(default: undefined)_
   * - **--registration-form-button-color** - Text colour of the submit button; falls back to `--utrecht-button-primary-action-color`, `--nl-button-primary-color`, then `#fff`. _(default: undefined)_
   * - **--registration-form-button-secondary-border-width** - Border width of the retry button; falls back to `--utrecht-button-secondary-action-border-width`, then `2px`. _(default: undefined)_
   * - **--registration-form-button-secondary-border-color** - Border of the retry button; falls back to `--utrecht-button-secondary-action-border-color`, `--nl-button-secondary-border-color`, then `currentColor`. _(default: undefined)_
   * - **--registration-form-button-secondary-background-color** - Background of the retry button; falls back to `--utrecht-button-secondary-action-background-color`, `--nl-button-secondary-background-color`, then `transparent`. _(default: undefined)_
   * - **--registration-form-button-secondary-color** - Text colour of the retry button; falls back to `--utrecht-button-secondary-action-color`, `--nl-button-secondary-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-error-summary-padding-block** - Space above and below the error summary’s content; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. _(default: undefined)_
   * - **--registration-form-error-summary-padding-inline** - Space beside the error summary’s content; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--registration-form-error-summary-border-color** - Border of the error summary; default: the error colour. _(default: undefined)_
   * - **--registration-form-error-summary-background-color** - Background of the error summary; falls back to `--utrecht-alert-error-background-color`, then `transparent`. _(default: undefined)_
   * - **--registration-form-error-summary-color** - Text colour of the error summary; falls back to `--utrecht-alert-error-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-message-padding-block** - Space above and below a state panel’s text; falls back to `--utrecht-alert-padding-block-start`, then `1rem`. _(default: undefined)_
   * - **--registration-form-message-padding-inline** - Space beside a state panel’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--registration-form-message-background-color** - Background of state panels (sending, full, closed…); falls back to `--utrecht-alert-info-background-color`, then `#f3f3f3`. _(default: undefined)_
   * - **--registration-form-message-color** - Text colour of state panels; falls back to `--utrecht-alert-info-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-message-border-color** - Mark beside state panels; default `currentColor`. _(default: undefined)_
   * - **--registration-form-message-success-border-color** - Mark beside the success panel; falls back to `--utrecht-feedback-success-border-color`, then `#2b7a3d`. _(default: undefined)_
   * - **--registration-form-message-success-background-color** - Background of the success panel; falls back to `--utrecht-alert-ok-background-color`, then `#f3f3f3`. _(default: undefined)_
   * - **--registration-form-message-success-color** - Text colour of the success panel; falls back to `--utrecht-alert-ok-color`, then the page’s. _(default: undefined)_
   * - **--registration-form-message-failure-border-color** - Mark beside the failure panel; default: the error colour. _(default: undefined)_
   * - **--registration-form-message-failure-background-color** - Background of the failure panel; falls back to `--utrecht-alert-error-background-color`, then `#f3f3f3`. _(default: undefined)_
   * - **--registration-form-message-failure-color** - Text colour of the failure panel; falls back to `--utrecht-alert-error-color`, then the page’s. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form** - The `<form>`.
   * - **field** - One question: label, description, error and control.
   * - **label** - A field's label (or legend).
   * - **description** - A field's help text, and the length limit the event data sets for it.
   * - **error** - A field's error message.
   * - **input** - Every text input, textarea and select.
   * - **choice** - Every checkbox and radio button.
   * - **button** - The submit button (and the retry button).
   * - **error-summary** - The summary of all errors, at the top; it takes focus.
   * - **message** - The panel for a state: sending, success, failure, full, closed, cancelled, past.
   * - **privacy** - The line linking the privacy statement.
   * - **notice** - The notice shown when the event data cannot be used.
   */
  "registration-form": DefineComponent<RegistrationFormProps>;

  /**
   * Seat availability and registration status, in words.
   * ---
   *
   *
   * ### **Events:**
   *  - **seats-change** - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
   * - **event-error** - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
   *
   * ### **CSS Properties:**
   *  - **--seats-badge-font-family** - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s. _(default: undefined)_
   * - **--seats-badge-font-size** - Base text size; falls back to `--utrecht-document-font-size`, then the page’s. _(default: undefined)_
   * - **--seats-badge-line-height** - Line height; falls back to `--utrecht-document-line-height`, then `1.5`. _(default: undefined)_
   * - **--seats-badge-color** - Text colour; falls back to `--utrecht-document-color`, then the page’s. _(default: undefined)_
   * - **--seats-badge-background-color** - Background; falls back to `--utrecht-document-background-color`, then `transparent`. _(default: undefined)_
   * - **--seats-badge-focus-outline-width** - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`. _(default: undefined)_
   * - **--seats-badge-focus-outline-offset** - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`. _(default: undefined)_
   * - **--seats-badge-focus-outline-style** - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`. _(default: undefined)_
   * - **--seats-badge-focus-outline-color** - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`. _(default: undefined)_
   * - **--seats-badge-link-color** - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`. _(default: undefined)_
   * - **--seats-badge-focus-inverse-outline-color** - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`. _(default: undefined)_
   * - **--seats-badge-notice-border-color** - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`. _(default: undefined)_
   * - **--seats-badge-notice-background-color** - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`. _(default: undefined)_
   * - **--seats-badge-notice-color** - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--seats-badge-notice-padding-block** - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`. _(default: undefined)_
   * - **--seats-badge-notice-padding-inline** - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`. _(default: undefined)_
   * - **--seats-badge-badge-padding-block** - Space above and below the badge’s text; falls back to `--utrecht-badge-padding-block`, `--nl-data-badge-padding-block`, then `0.25em`. _(default: undefined)_
   * - **--seats-badge-badge-padding-inline** - Space beside the badge’s text; falls back to `--utrecht-badge-padding-inline`, `--nl-data-badge-padding-inline`, then `0.75em`. _(default: undefined)_
   * - **--seats-badge-badge-border-color** - Border of the badge; falls back to `--nl-data-badge-border-color`, then `currentColor`. _(default: undefined)_
   * - **--seats-badge-badge-border-radius** - Corner radius of the badge; falls back to `--utrecht-badge-border-radius`, `--nl-data-badge-border-radius`, then `1em`. _(default: undefined)_
   * - **--seats-badge-badge-background-color** - Background of the badge when seats are open (the theme’s “ok” alert); falls back to `--utrecht-alert-ok-background-color`, `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#e8f3ec`. _(default: undefined)_
   * - **--seats-badge-badge-color** - Text colour of the badge when seats are open; falls back to `--utrecht-alert-ok-color`, `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--seats-badge-badge-font-weight** - Weight of the badge text; falls back to `--utrecht-badge-font-weight`, then `bold`. _(default: undefined)_
   * - **--seats-badge-badge-few-background-color** - Background in the `few` (almost full) and `limited` states (the theme’s “warning” status badge); falls back to `--utrecht-status-badge-warning-background-color`, then `#fff4e0`. _(default: undefined)_
   * - **--seats-badge-badge-few-color** - Text colour in the `few` and `limited` states; falls back to `--utrecht-status-badge-warning-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--seats-badge-badge-full-background-color** - Background in the `full` and `waitlist` states (the theme’s “error” alert); falls back to `--utrecht-alert-error-background-color`, then `#fdeceb`. _(default: undefined)_
   * - **--seats-badge-badge-full-color** - Text colour in the `full` and `waitlist` states; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--seats-badge-badge-unavailable-background-color** - Background in the `closed`, `cancelled` and `past` states (the theme’s neutral data badge); falls back to `--utrecht-badge-background-color`, `--nl-data-badge-background-color`, then `#f3f3f3`. _(default: undefined)_
   * - **--seats-badge-badge-unavailable-color** - Text colour in the `closed`, `cancelled` and `past` states; falls back to `--utrecht-badge-color`, `--nl-data-badge-color`, then `#1a1a1a`. _(default: undefined)_
   * - **--seats-badge-marker-color** - Colour of the marker in every state, before each state’s own (a disc when open, a ring when almost full or limited, a bar when unavailable); default `currentColor`. _(default: undefined)_
   * - **--seats-badge-marker-open-color** - Colour of the marker when open: green, or the theme’s “ok” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-ok-color`, then `#1e7b34`. _(default: undefined)_
   * - **--seats-badge-marker-few-color** - Colour of the marker when almost full or limited: amber; falls back to `--seats-badge-marker-color`, then `#9a4d00`. _(default: undefined)_
   * - **--seats-badge-marker-full-color** - Colour of the marker when full: red, or the theme’s “error” alert icon colour; falls back to `--seats-badge-marker-color`, `--utrecht-alert-icon-error-color`, then `#b3261e`. _(default: undefined)_
   * - **--seats-badge-marker-closed-color** - Colour of the marker when closed, cancelled or past: the badge’s text colour; falls back to `--seats-badge-marker-color`, then `currentColor`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **badge** - The badge: marker and text, a polite live region.
   * - **marker** - The state's shape beside the text (decorative; the text says the state).
   * - **notice** - The notice shown when the event data cannot be used.
   */
  "seats-badge": DefineComponent<SeatsBadgeProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
