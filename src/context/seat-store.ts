/**
 * Live seat state, one store per event id, shared by every element of that
 * event on the page: a registration that comes back with `remaining`, or a
 * poll of the seats endpoint, updates every badge and form at once.
 *
 * The registry lives on globalThis under a Symbol.for key so that two copies
 * of the library on one page share it too.
 */

import type { LiveSeats } from '../data/seats.js';

export type { LiveSeats };

/** Hears every change; `reporter` is true for exactly one listener per change, the one that tells the page. */
type Listener = (seats: LiveSeats, reporter: boolean) => void;

interface SeatStore {
  seats: LiveSeats;
  listeners: Set<Listener>;
  /** What the page was last told of the event's seats (`seats-change`'s detail, as JSON), or first shown. */
  told?: string;
}

const registry = ((globalThis as Record<symbol, Map<string, SeatStore>>)[Symbol.for('event-elements.seats')] ??= new Map());

function storeFor(eventId: string): SeatStore {
  let store = registry.get(eventId);
  if (!store) registry.set(eventId, (store = { seats: {}, listeners: new Set() }));
  return store;
}

/** The live seat state of an event; empty until something was learned. */
export function liveSeats(eventId: string): LiveSeats {
  return storeFor(eventId).seats;
}

/**
 * Merges what was learned into the event's seat state and tells every
 * listener, once, when something actually changed. The state object is
 * replaced, never mutated.
 */
export function updateSeats(eventId: string, learned: LiveSeats): void {
  const store = storeFor(eventId);
  const next = { ...store.seats };
  for (const [key, value] of Object.entries(learned) as [keyof LiveSeats, never][]) {
    if (value !== undefined) next[key] = value;
  }
  if ((Object.keys(next) as (keyof LiveSeats)[]).every((key) => next[key] === store.seats[key])) return;
  store.seats = next;
  let reporter = true;
  for (const listener of store.listeners) {
    listener(next, reporter);
    reporter = false;
  }
}

/**
 * Records `shown` (the seats an element now shows, as `seats-change`'s detail in JSON) as what the
 * page knows of the event's seats: true when that is news, so the first element of the event to show
 * a change tells the page, and the others showing the same do not.
 */
export function tell(eventId: string, shown: string): boolean {
  const store = storeFor(eventId);
  if (store.told === shown) return false;
  store.told = shown;
  return true;
}

/** Calls `listener` on every change of the event's seats; returns the unsubscribe function. */
export function watchSeats(eventId: string, listener: Listener): () => void {
  const { listeners } = storeFor(eventId);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The key events are stored under: their id, else what identifies them on the page. */
export function seatKey(event: { id?: string; url?: string; name: string; startDate: string }): string {
  return event.id ?? event.url ?? `${event.name}@${event.startDate}`;
}
