import { eventEnd, eventInstant } from './time.js';
import type { EventData } from './types.js';

/** What a page has learned about an event's seats since its data was written (a registration, a poll). */
export interface LiveSeats {
  capacity?: number;
  remaining?: number;
  waitlist?: boolean;
  closed?: boolean;
  /** True after repeated failed polls of the seats endpoint: the values above may no longer be current. */
  stale?: boolean;
}

/** The seat states of `<seats-badge>` (docs/protocol.md, "Seat states"), reflected as its `state` attribute. */
export type SeatState = 'open' | 'few' | 'full' | 'waitlist' | 'closed' | 'limited' | 'cancelled' | 'past';

/** Everything that decides availability; instants are epoch ms. */
export interface SeatFacts {
  cancelled?: boolean;
  capacity?: number;
  remaining?: number;
  limited?: boolean;
  waitlist?: boolean;
  /** Registrations accepted from this moment. */
  opens?: number;
  /** Registrations accepted before this moment. */
  deadline?: number;
  /** "Almost full" at or below this many seats; default `fewThreshold(capacity)`. */
  few?: number;
  /** The organiser closed registration (live seats endpoint). */
  closed?: boolean;
  /** The event is over from this moment (`eventEnd`). */
  ends?: number;
}

/**
 * The default "almost full" threshold (docs/protocol.md, "Seat states"): the larger of 5 and 10% of
 * capacity, not rounded (5.5 for 55 seats: 6 left is not yet "almost full").
 */
export function fewThreshold(capacity?: number): number {
  return Math.max(5, (capacity ?? 0) / 10);
}

/** The state a visitor sees at `now`. Cancelled outranks past, past outranks closed, closed outranks full. */
export function seatState(facts: SeatFacts, now: number): SeatState {
  const { remaining } = facts;
  if (facts.cancelled) return 'cancelled';
  // An instant not given never comes (no end, no deadline) or has always been (no opening).
  if (now >= (facts.ends ?? Infinity)) return 'past';
  if (facts.closed || now >= (facts.deadline ?? Infinity) || now < (facts.opens ?? -Infinity)) return 'closed';
  if (remaining === undefined) return facts.capacity === undefined && facts.limited ? 'limited' : 'open';
  if (remaining <= 0) return facts.waitlist ? 'waitlist' : 'full';
  return remaining <= (facts.few ?? fewThreshold(facts.capacity)) ? 'few' : 'open';
}

/** Whether a registration form can take sign-ups, from the seat state: the form states of docs/protocol.md, "Form states", before any attempt. */
export function availability(facts: SeatFacts, now: number): 'open' | 'full' | 'closed' | 'cancelled' | 'past' {
  const state = seatState(facts, now);
  // Seat states a form has no word for: a waitlist is full for the form, few and limited are open.
  return state === 'waitlist' ? 'full' : state === 'few' || state === 'limited' ? 'open' : state;
}

/**
 * The seat facts of an event: what its data says, overridden by what the page
 * learned since (`live`: registrations, polls). Times are read in the event's
 * time zone. Without a deadline, registration closes when the event starts. A postponed
 * event has no end: it did not take place on its date, whatever that date is.
 */
export function seatFactsOf(event: EventData, live: LiveSeats = {}): SeatFacts {
  const registration = { ...event.registration, ...definedOnly(live) };
  return {
    closed: live.closed,
    cancelled: event.status === 'cancelled',
    capacity: registration.capacity,
    remaining: registration.remaining,
    limited: registration.limited,
    waitlist: registration.waitlist,
    opens: eventInstant(event, registration.opens),
    deadline: eventInstant(event, registration.deadline ?? event.startDate),
    ends: event.status === 'postponed' ? undefined : eventEnd(event),
  };
}

/** The next moment after `now` at which registration opens or closes, or the event ends, by itself; undefined for none. */
export function nextSeatBoundary(facts: SeatFacts | undefined, now: number): number | undefined {
  const next = Math.min(...[facts?.deadline, facts?.opens, facts?.ends].filter((moment): moment is number => moment !== undefined && moment > now));
  return Number.isFinite(next) ? next : undefined;
}

/** `value` without its undefined entries, so that spreading it overrides only what is known. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
