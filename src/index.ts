/**
 * The library's classes and functions, with no side effects: nothing is
 * registered by importing this module. Register with `define()` or import
 * `@samenspel/event-elements/embed` (everything) or a per-element module.
 */
export { EventAnnouncement } from './elements/event-announcement/event-announcement.js';
export { EventAgenda } from './elements/event-agenda/event-agenda.js';
export { SeatsBadge } from './elements/seats-badge/seats-badge.js';
export { RegistrationForm, type RegistrationState } from './elements/registration-form/registration-form.js';
export { EventElement, type EventSource } from './elements/event-element.js';
export { define } from './define.js';
export { eventContext, type EventContextValue } from './context/event-context.js';
export { parseEvent } from './data/read.js';
export { fromJsonLd } from './data/jsonld.js';
export { toJsonLd } from './data/jsonld-write.js';
export { toIcs, googleCalendarUrl, outlookCalendarUrl, office365CalendarUrl, icsFileName, type IcsOptions } from './data/calendar.js';
export { toSnippet, SnippetError, type SnippetOptions, type SnippetLanguage, type SnippetTag } from './snippet/snippet.js';
export { seatState, fewThreshold, type SeatState, type SeatFacts } from './data/seats.js';
export { EventErrorEvent, SeatsChangeEvent, type EventErrorDetail, type SeatsChangeDetail } from './events.js';
export {
  RegistrationSubmitEvent,
  RegistrationSuccessEvent,
  RegistrationErrorEvent,
  type RegistrationSubmitDetail,
  type RegistrationSuccessDetail,
  type RegistrationErrorDetail,
  type RegistrationResult,
} from './registration-events.js';
export { submitRegistration, responseOutcome, newIdempotencyKey, type Submission, type SubmitOutcome } from './submit/submit.js';
export { liveSeats, updateSeats, watchSeats, seatKey, type LiveSeats } from './context/seat-store.js';
export { languageFor, type Language, type Terms } from './i18n/index.js';
export { VERSION } from './version.js';
export type * from './data/types.js';
