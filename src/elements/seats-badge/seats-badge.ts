import { html, nothing, type PropertyDeclarations } from 'lit';
import { seatState, type SeatFacts, type SeatState } from '../../data/seats.js';
import { toInstant } from '../../data/time.js';
import { DEFAULT_TIME_ZONE, type EventData } from '../../data/types.js';
import { EventElement } from '../event-element.js';
import { seatsBadgeStyles } from './seats-badge.styles.js';

/**
 * Seat availability and registration status of an event: "Nog 12 plekken
 * vrij", "Bijna vol: nog 3 plekken", "Vol", "Beperkt aantal plekken",
 * "Aanmelden gesloten". The state is written out in words (never colour
 * alone) and reflected as the `state` attribute for the site's CSS.
 *
 * Give it an event (any of the ways every element accepts) or just the
 * attributes: `<seats-badge capacity="40" remaining="12">`. Attributes
 * override what the event says.
 *
 * @tagname seats-badge
 * @summary Seat availability and registration status, in words.
 *
 * @csspart badge - The badge: marker and text, a polite live region.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @cssprop --seats-badge-font-family - Font; falls back to `--utrecht-document-font-family`, then the page's.
 * @cssprop --seats-badge-color - Text colour outside the badge.
 * @cssprop --seats-badge-badge-color - Text colour of the badge.
 * @cssprop --seats-badge-badge-background-color - Background of the badge in the `open`, `few` and `limited` states.
 * @cssprop --seats-badge-badge-border-color - Border of the badge.
 * @cssprop --seats-badge-badge-border-radius - Corner radius of the badge.
 * @cssprop --seats-badge-badge-font-weight - Weight of the badge text.
 * @cssprop --seats-badge-badge-unavailable-background-color - Background in the `full`, `waitlist`, `closed` and `cancelled` states.
 * @cssprop --seats-badge-marker-color - Colour of the state's marker shape (a disc when open, a ring when almost full, a bar when unavailable).
 * @cssprop --seats-badge-notice-border-color - Border of the data notice.
 * @cssprop --seats-badge-notice-background-color - Background of the data notice.
 * @cssprop --seats-badge-notice-color - Text colour of the data notice.
 *
 * @fires event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, message }`.
 */
export class SeatsBadge extends EventElement {
  static override styles = seatsBadgeStyles;

  static override properties: PropertyDeclarations = {
    capacity: { type: Number },
    remaining: { type: Number },
    deadline: {},
    few: { type: Number },
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
   * The state shown, reflected for the site's CSS: `open`, `few`, `full`,
   * `waitlist`, `closed`, `limited` or `cancelled`. Set by the element; read it, don't write it.
   */
  declare state: SeatState | undefined;

  protected override standsAlone(): boolean {
    return [this.capacity, this.remaining, this.deadline].some((value) => value != null);
  }

  protected override willUpdate(): void {
    super.willUpdate();
    const { event } = this.resolved;
    this.state = event || this.standsAlone() ? seatState(this.facts(event), Date.now()) : undefined;
  }

  override render(): unknown {
    return this.resolved.event || !this.standsAlone() ? super.render() : this.renderBadge();
  }

  protected renderEvent(): unknown {
    return this.renderBadge();
  }

  private renderBadge(): unknown {
    if (!this.state) return nothing;
    const { seats } = this.language.terms;
    const { remaining, capacity } = this.facts(this.resolved.event);
    const number = (count: number) => new Intl.NumberFormat(this.language.locale).format(count);
    const text = {
      open:
        remaining !== undefined
          ? seats.open(remaining, number(remaining))
          : capacity !== undefined
            ? seats.capacity(capacity, number(capacity))
            : seats.openUnknown,
      few: seats.few(remaining ?? 0, number(remaining ?? 0)),
      full: seats.full,
      waitlist: seats.waitlist,
      closed: seats.closed,
      limited: seats.limited,
      cancelled: seats.cancelled,
    }[this.state];
    return html`<p class="badge" part="badge" role="status"><span class="marker" aria-hidden="true"></span>${text}</p>`;
  }

  /** The event's seat facts, overridden by this element's own attributes. */
  private facts(event: EventData | undefined): SeatFacts {
    const timeZone = event?.timeZone ?? DEFAULT_TIME_ZONE;
    const facts = event ? this.seatFacts(event) : {};
    const count = (value: number | undefined) => (value != null && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined);
    return {
      ...facts,
      capacity: count(this.capacity) ?? facts.capacity,
      remaining: count(this.remaining) ?? facts.remaining,
      deadline: (this.deadline ? toInstant(this.deadline, timeZone) : undefined) ?? facts.deadline,
      few: count(this.few),
    };
  }
}
