import type { ReactiveController, ReactiveElement } from 'lit';
import { liveSeats, watchSeats } from '../../context/seat-store.js';
import { seatState, type LiveSeats, type SeatFacts } from '../../data/seats.js';
import { SeatsChangeEvent } from '../../events.js';

/**
 * Follows the page's live seat state of the element's event (src/context/seat-store.ts):
 * re-renders the element when a registration or a poll changes it, and — when
 * this element is the one chosen to tell the page about that change — fires
 * `seats-change` after the render that shows it.
 */
export class LiveSeatsController implements ReactiveController {
  private watch?: { key: string; stop: () => void };
  /** This element was chosen to tell the page about the last change. */
  private report = false;

  constructor(
    private readonly host: ReactiveElement,
    /** The key of the live seat state the element shows (its event's, see `seatKey`); undefined for none. */
    private readonly key: () => string | undefined,
    /** The seat facts the element shows now, live seats included; undefined when it shows none. */
    private readonly facts: () => SeatFacts | undefined,
  ) {
    host.addController(this);
  }

  /** What the page learned about the seats shown since the event data was written. */
  get seats(): LiveSeats {
    const key = this.key();
    return key ? liveSeats(key) : {};
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
    if (!this.report) return;
    this.report = false;
    const key = this.key();
    const facts = this.facts();
    if (key && facts) {
      this.host.dispatchEvent(new SeatsChangeEvent({ eventId: key, capacity: facts.capacity, remaining: facts.remaining, state: seatState(facts, Date.now()) }));
    }
  }

  hostDisconnected(): void {
    this.watch?.stop();
    this.watch = undefined;
  }

  private follow(): void {
    const key = this.key();
    if (key === this.watch?.key || !this.host.isConnected) return;
    this.watch?.stop();
    const onChange = (_seats: LiveSeats, reporter: boolean) => {
      this.report ||= reporter;
      this.host.requestUpdate();
    };
    this.watch = key ? { key, stop: watchSeats(key, onChange) } : undefined;
  }
}
