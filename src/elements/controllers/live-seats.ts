import type { ReactiveController, ReactiveElement } from 'lit';
import { liveSeats, seatKey, tell, watchSeats } from '../../context/seat-store.js';
import { nextSeatBoundary, seatFactsOf, seatState, type LiveSeats, type SeatFacts } from '../../data/seats.js';
import type { EventData } from '../../data/types.js';
import { SeatsChangeEvent } from '../../events.js';
import { ClockController } from './clock.js';

/**
 * Follows the page's live seat state of the element's event (src/context/seat-store.ts):
 * re-renders the element when a registration or a poll changes it, and wakes it when
 * registration opens or closes, or the event ends, by itself (a `ClockController` on the
 * facts shown). After a render that shows other seats than the one before, whatever the
 * cause, it fires `seats-change`, unless another element of the event already told the page.
 */
export class LiveSeatsController implements ReactiveController {
  #watch?: { key: string; stop: () => void };
  /** The seats shown after the last update, for the event of `key`: `seats-change`'s detail as JSON. */
  #shown?: { key: string; seats: string };

  readonly #host: ReactiveElement;
  /** The key of the live seat state the element shows (its event's, see `seatKey`); undefined for none. */
  readonly #key: () => string | undefined;
  /** The seat facts the element shows now, live seats included; undefined when it shows none. */
  readonly #facts: () => SeatFacts | undefined;

  constructor(host: ReactiveElement, key: () => string | undefined, facts: () => SeatFacts | undefined) {
    (this.#host = host).addController(this);
    this.#key = key;
    this.#facts = facts;
    new ClockController(host, () => nextSeatBoundary(facts(), Date.now()));
  }

  /** For an element that shows the seats of its event: the event's key, its facts with what the page learned. */
  static ofEvent(host: ReactiveElement, event: () => EventData | undefined): LiveSeatsController {
    const live: LiveSeatsController = new LiveSeatsController(
      host,
      () => {
        const shown = event();
        return shown && seatKey(shown);
      },
      () => {
        const shown = event();
        return shown && live.factsOf(shown);
      },
    );
    return live;
  }

  /** The seat facts of `event`: its data, overridden by what the page learned since. */
  factsOf(event: EventData): SeatFacts {
    return seatFactsOf(event, this.seats);
  }

  /** What the page learned about the seats shown since the event data was written. */
  get seats(): LiveSeats {
    const key = this.#key();
    return key ? liveSeats(key) : {};
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdated(): void {
    this.#follow();
    const key = this.#key();
    const facts = this.#facts();
    const before = this.#shown;
    if (!key || !facts) return void (this.#shown = undefined);
    const detail = { eventId: key, capacity: facts.capacity, remaining: facts.remaining, state: seatState(facts, Date.now()) };
    const seats = JSON.stringify(detail);
    // A render that shows the same seats (of the same event: the detail names it) tells nothing;
    // the first one for an event is no change.
    if (before?.seats === seats) return;
    this.#shown = { key, seats };
    if (tell(key, seats) && before?.key === key) this.#host.dispatchEvent(new SeatsChangeEvent(detail));
  }

  hostDisconnected(): void {
    this.#watch?.stop();
    this.#watch = undefined;
  }

  #follow(): void {
    const key = this.#key();
    if (key === this.#watch?.key || !this.#host.isConnected) return;
    this.#watch?.stop();
    this.#watch = key ? { key, stop: watchSeats(key, () => this.#host.requestUpdate()) } : undefined;
  }
}
