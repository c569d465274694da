import type { ReactiveController, ReactiveElement } from 'lit';
import { liveSeats, seatKey, watchSeats } from '../../context/seat-store.js';
import { nextSeatBoundary, seatFactsOf, seatState, type LiveSeats, type SeatFacts } from '../../data/seats.js';
import type { EventData } from '../../data/types.js';
import { SeatsChangeEvent } from '../../events.js';
import { ClockController } from './clock.js';

/**
 * Follows the page's live seat state of the element's event (src/context/seat-store.ts):
 * re-renders the element when a registration or a poll changes it, and — when
 * this element is the one chosen to tell the page about that change — fires
 * `seats-change` after the render that shows it. It also wakes the element when
 * registration opens or closes by itself (a `ClockController` on the facts shown).
 */
export class LiveSeatsController implements ReactiveController {
  #watch?: { key: string; stop: () => void };
  /** This element was chosen to tell the page about the last change. */
  #report?: boolean;

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
    if (!this.#report) return;
    this.#report = false;
    const key = this.#key();
    const facts = this.#facts();
    if (key && facts) {
      this.#host.dispatchEvent(new SeatsChangeEvent({ eventId: key, capacity: facts.capacity, remaining: facts.remaining, state: seatState(facts, Date.now()) }));
    }
  }

  hostDisconnected(): void {
    this.#watch?.stop();
    this.#watch = undefined;
  }

  #follow(): void {
    const key = this.#key();
    if (key === this.#watch?.key || !this.#host.isConnected) return;
    this.#watch?.stop();
    const onChange = (_seats: LiveSeats, reporter: boolean) => {
      this.#report ||= reporter;
      this.#host.requestUpdate();
    };
    this.#watch = key ? { key, stop: watchSeats(key, onChange) } : undefined;
  }
}
