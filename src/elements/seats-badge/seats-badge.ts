import { html, nothing, type PropertyDeclarations } from 'lit';
import { seatKey } from '../../context/seat-store.js';
import { definedOnly, seatFactsOf, seatState, type SeatFacts, type SeatState } from '../../data/seats.js';
import { eventTimeZone, intl, toInstant } from '../../data/time.js';
import { DEFAULT_TIME_ZONE, type EventData } from '../../data/types.js';
import { absolute } from '../controllers/event-input.js';
import { LiveSeatsController } from '../controllers/live-seats.js';
import { SeatPollController } from '../controllers/seat-poll.js';
import { EventElement } from '../event-element.js';
import { seatsBadgeStyles } from './seats-badge.styles.js';

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
 * @tagname seats-badge
 * @summary Seat availability and registration status, in words.
 *
 * @csspart badge - The badge: marker and text, a polite live region.
 * @csspart marker - The state's shape beside the text (decorative; the text says the state).
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @fires {CustomEvent<SeatsChangeDetail>} seats-change - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
 * @fires {CustomEvent<EventErrorDetail>} event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
 */
export class SeatsBadge extends EventElement {
  static override styles = seatsBadgeStyles;

  static override properties: PropertyDeclarations = {
    capacity: { type: Number },
    remaining: { type: Number },
    deadline: {},
    few: { type: Number },
    seatsSrc: { attribute: 'seats-src' },
    interval: { type: Number },
    state: { reflect: true },
  };

  /** Total number of seats. Overrides the event's `registration.capacity`. */
  declare capacity: number | undefined;

  /** Seats left. Overrides the event's `registration.remaining`. */
  declare remaining: number | undefined;

  /**
   * Registrations are accepted before this moment: an ISO date or date-time,
   * in the event's time zone (a date alone means 00:00 of that date).
   * Overrides the event's `registration.deadline`.
   */
  declare deadline: string | undefined;

  /** "Almost full" at or below this many seats. Default: the larger of 5 and 10% of capacity. */
  declare few: number | undefined;

  /**
   * Live seat counts: a URL answering `{ capacity?, remaining?, waitlist?, closed? }`, polled
   * every `interval` seconds while the page is visible. The attribute form of the event's
   * `registration.seatsSrc` (`src`, as on every element, is the event's JSON). One poll serves
   * every badge of the same event on the page; it backs off when the URL fails and stops when
   * the last badge leaves the page.
   * @attr seats-src
   */
  declare seatsSrc: string | undefined;

  /** Seconds between polls of `seats-src` (at least 5). */
  declare interval: number;

  /**
   * The state shown, reflected for the site's CSS: `open`, `few`, `full`,
   * `waitlist`, `closed`, `limited`, `cancelled` or `past` (the event is over). Set by the
   * element; read it, don't write it.
   */
  declare state: SeatState | undefined;

  /** Follows the event's live seats (a badge with only `seats-src` keeps them under that URL), and wakes at a deadline and at the event's end. */
  #live = new LiveSeatsController(
    this,
    () => this.#seatsKey(),
    () => this.#shownFacts(),
  );

  constructor() {
    super();
    this.interval = 60;
    new SeatPollController(this, this.modules, () => ({ url: this.#liveUrl(), key: this.#seatsKey(), interval: this.interval }));
  }

  protected override standsAlone(): boolean {
    return [this.capacity, this.remaining, this.deadline, this.seatsSrc].some((value) => value != null);
  }

  protected override willUpdate(): void {
    super.willUpdate();
    this.state = this.#shownFacts() && seatState(this.#facts(this.input.event), Date.now());
  }

  protected override renderContent(): unknown {
    return this.input.event || !this.standsAlone() ? super.renderContent() : this.#renderBadge();
  }

  protected renderEvent(): unknown {
    return this.#renderBadge();
  }

  #renderBadge(): unknown {
    const { state } = this;
    if (!state) return nothing;
    const { seats } = this.language.terms;
    const { remaining, capacity } = this.#facts(this.input.event);
    const number = (count: number) => intl(Intl.NumberFormat, this.language.locale).format(count);
    // Only `open` and `few` count seats; every other state's words are the term of its own name.
    const text =
      state === 'open'
        ? remaining !== undefined
          ? seats.open(remaining, number(remaining))
          : capacity !== undefined
            ? seats.capacity(capacity, number(capacity))
            : seats.openUnknown
        : state === 'few'
          ? seats.few(remaining ?? 0, number(remaining ?? 0))
          : seats[state];
    return html`<p class="badge" part="badge" role="status">
      <span class="marker" part="marker" aria-hidden="true"></span>${text}${this.#live.seats.stale ? html` <span>(${seats.stale})</span>` : nothing}
    </p>`;
  }

  /**
   * What the visitor should see: the event's data, overridden by this element's
   * attributes, overridden by what the page learned live (registrations, polls). The live seats
   * come whole: their `stale` flag rides along unread, as the badge takes it from `seats` itself.
   */
  #facts(event: EventData | undefined): SeatFacts {
    const count = (value: number | undefined) => (value != null && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined);
    return {
      ...(event && seatFactsOf(event)),
      ...definedOnly({
        capacity: count(this.capacity),
        remaining: count(this.remaining),
        deadline: this.deadline ? toInstant(this.deadline, event ? eventTimeZone(event) : DEFAULT_TIME_ZONE) : undefined,
      }),
      ...definedOnly(this.#live.seats),
      few: count(this.few),
    };
  }

  /** The facts shown: with an event, or with this badge's own attributes alone; undefined while neither. */
  #shownFacts(): SeatFacts | undefined {
    return this.input.event || this.standsAlone() ? this.#facts(this.input.event) : undefined;
  }

  /** Live seats are kept per event; a badge with only `seats-src` keeps them under that URL. */
  #seatsKey(): string | undefined {
    const { event } = this.input;
    return event ? seatKey(event) : this.#liveUrl();
  }

  #liveUrl(): string | undefined {
    const src = this.seatsSrc ?? this.input.event?.registration?.seatsSrc;
    return src ? absolute(src, this) : undefined;
  }
}
