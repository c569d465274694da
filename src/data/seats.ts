import type { LiveSeats } from '../context/seat-store.js';
import type { EventData } from './types.js';

/** The seat states of SPEC's `<seats-badge>`, reflected as its `state` attribute. */
export type SeatState = 'open' | 'few' | 'full' | 'waitlist' | 'closed' | 'limited' | 'cancelled';

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
}

/** SPEC's default "almost full" threshold: the larger of 5 and 10% of capacity. */
export function fewThreshold(capacity?: number): number {
  return Math.max(5, Math.ceil((capacity ?? 0) / 10));
}

/** The state a visitor sees at `now`. Cancelled outranks closed, closed outranks full. */
export function seatState(facts: SeatFacts, now: number): SeatState {
  const { remaining } = facts;
  if (facts.cancelled) return 'cancelled';
  if (facts.closed || (facts.deadline !== undefined && now >= facts.deadline) || (facts.opens !== undefined && now < facts.opens)) return 'closed';
  if (remaining !== undefined && remaining <= 0) return facts.waitlist ? 'waitlist' : 'full';
  if (remaining !== undefined && remaining <= (facts.few ?? fewThreshold(facts.capacity))) return 'few';
  if (remaining === undefined && facts.capacity === undefined && facts.limited) return 'limited';
  return 'open';
}

/** Whether a registration form can take sign-ups, from the seat state: SPEC's form states before any attempt. */
export function availability(facts: SeatFacts, now: number): 'open' | 'full' | 'closed' | 'cancelled' {
  const state = seatState(facts, now);
  return state === 'cancelled' || state === 'closed' ? state : state === 'full' || state === 'waitlist' ? 'full' : 'open';
}

/**
 * The seat facts of an event: what its data says, overridden by what the page
 * learned since (`live`: registrations, polls). Instants are resolved by the
 * caller's time helper. Without a deadline, registration closes when the event starts.
 */
export function seatFactsOf(event: EventData, toInstant: (value: string) => number | undefined, live: LiveSeats = {}): SeatFacts {
  const registration = { ...event.registration, ...definedOnly(live) };
  return {
    closed: live.closed,
    cancelled: event.status === 'cancelled',
    capacity: registration.capacity,
    remaining: registration.remaining,
    limited: registration.limited,
    waitlist: registration.waitlist,
    opens: registration.opens === undefined ? undefined : toInstant(registration.opens),
    deadline: toInstant(registration.deadline ?? event.startDate),
  };
}

/** `value` without its undefined entries, so that spreading it overrides only what is known. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
