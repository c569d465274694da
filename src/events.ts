import type { SeatState } from './data/seats.js';
import type { Problem } from './data/types.js';

/** Detail of `event-error`: what is wrong with the event data, for the page's editor. */
export interface EventErrorDetail {
  /** `code` says what kind of problem, for a site that acts on one (`object-attribute`: see docs/frameworks.md). */
  problems: Pick<Problem, 'path' | 'code' | 'message'>[];
}

/**
 * Fired when event data is unusable in whole or in part. Bubbles and is
 * composed, so a page can listen once on `document`.
 */
export class EventErrorEvent extends CustomEvent<EventErrorDetail> {
  constructor(problems: Problem[]) {
    super('event-error', {
      bubbles: true,
      composed: true,
      detail: { problems: problems.map(({ path, code, message }) => ({ path, code, message })) },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'event-error': EventErrorEvent;
  }
}

export interface SeatsChangeDetail {
  /** The event's id (or the key the page knows it by). */
  eventId: string;
  capacity?: number;
  remaining?: number;
  /** The seat state a visitor now sees: `open`, `few`, `full`, `waitlist`, `closed`, `limited`, `cancelled` or `past`. */
  state: SeatState;
}

/**
 * Fired once per change of an event's seats on the page (a registration, a
 * poll), by one of the elements showing that event. Bubbles and is composed.
 */
export class SeatsChangeEvent extends CustomEvent<SeatsChangeDetail> {
  constructor(detail: SeatsChangeDetail) {
    super('seats-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seats-change': SeatsChangeEvent;
  }
}
