import { html, nothing, type PropertyDeclarations } from 'lit';
import { currentItem, timedProgram, type TimedItem } from '../../data/program.js';
import { eventTimeZone, formatDate, formatTime, toInstant, toIsoWithOffset } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import { isolated, isolatedList } from '../bidi.js';
import { ClockController } from '../controllers/clock.js';
import { EventElement } from '../event-element.js';
import { eventAgendaStyles } from './event-agenda.styles.js';

const MINUTE = 60_000;

/**
 * The programme of an event: an ordered list of timed items with speakers
 * and descriptions. Each item shows its start and end ("16.00 – 16.30 uur";
 * an item without an end runs until the next one starts, the last until the
 * event ends) in the event's time zone and the language's own convention
 * ("16.00 uur" in Dutch, "4:00 PM" in English), whatever the visitor's clock
 * says, with machine-readable `<time datetime>` values. A programme over
 * several days is grouped by day. While the event runs, the current item is
 * marked (`aria-current="time"`, and visibly), updated every minute.
 *
 * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
 * default), English, Turkish or Arabic; other languages get English. Arabic,
 * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
 * and Arabic words are fetched from next to embed.js when first needed.
 *
 * @tagname event-agenda
 * @summary The programme: an ordered list of timed items.
 *
 * @csspart day - The heading of a day in a programme of several days.
 * @csspart list - The `<ol>` of programme items.
 * @csspart item - One programme item (`<li>`).
 * @csspart current - The item running now (also `item`).
 * @csspart time - The start and end time of an item.
 * @csspart title - The title of an item.
 * @csspart description - The description of an item.
 * @csspart speakers - The speakers of an item.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @cssprop --event-agenda-font-family - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s.
 * @cssprop --event-agenda-font-size - Base text size; falls back to `--utrecht-document-font-size`, then the page’s.
 * @cssprop --event-agenda-line-height - Line height; falls back to `--utrecht-document-line-height`, then `1.5`.
 * @cssprop --event-agenda-color - Text colour; falls back to `--utrecht-document-color`, then the page’s.
 * @cssprop --event-agenda-background-color - Background; falls back to `--utrecht-document-background-color`, then `transparent`.
 * @cssprop --event-agenda-focus-outline-width - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`.
 * @cssprop --event-agenda-focus-outline-offset - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`.
 * @cssprop --event-agenda-focus-outline-style - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`.
 * @cssprop --event-agenda-focus-outline-color - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`.
 * @cssprop --event-agenda-link-color - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`.
 * @cssprop --event-agenda-focus-inverse-outline-color - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`.
 * @cssprop --event-agenda-notice-border-color - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`.
 * @cssprop --event-agenda-notice-background-color - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`.
 * @cssprop --event-agenda-notice-color - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`.
 * @cssprop --event-agenda-notice-padding-block - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`.
 * @cssprop --event-agenda-notice-padding-inline - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`.
 * @cssprop --event-agenda-item-row-gap - Space between the time and the title when stacked; falls back to `--utrecht-space-row-2xs`, then `0.25rem`.
 * @cssprop --event-agenda-item-column-gap - Space between the time column and the rest on wide screens; falls back to `--utrecht-space-column-md`, then `1rem`.
 * @cssprop --event-agenda-item-padding-block - Space above and below each item; falls back to `--utrecht-space-block-sm`, then `0.75rem`.
 * @cssprop --event-agenda-item-border-width - Width of the line between items; default `1px`.
 * @cssprop --event-agenda-item-border-color - Line between items; falls back to `--utrecht-table-row-border-block-end-color`, then `#d0d0d0`.
 * @cssprop --event-agenda-time-inline-size - Width of the time column on wide screens; default `10rem`.
 * @cssprop --event-agenda-time-color - Colour of the times; default: the page’s.
 * @cssprop --event-agenda-time-font-weight - Weight of the times; default `bold`.
 * @cssprop --event-agenda-current-background-color - Background of the item running now; falls back to `--utrecht-mark-background-color`, then `#fff4e0`.
 * @cssprop --event-agenda-current-color - Text colour of the item running now; falls back to `--utrecht-mark-color`, then the page’s.
 * @cssprop --event-agenda-current-border-color - Mark beside the item running now; default `currentColor`.
 * @cssprop --event-agenda-day-font-family - Font of day headings; falls back to `--utrecht-heading-4-font-family`, then the page’s.
 * @cssprop --event-agenda-day-font-size - Size of day headings; falls back to `--utrecht-heading-4-font-size`, then `1.125rem`.
 * @cssprop --event-agenda-day-font-weight - Weight of day headings; falls back to `--utrecht-heading-4-font-weight`, then `bold`.
 * @cssprop --event-agenda-title-font-weight - Weight of item titles; default `bold`.
 *
 * @fires event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, message }`.
 */
export class EventAgenda extends EventElement {
  static override styles = eventAgendaStyles;

  static override properties: PropertyDeclarations = {
    now: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The moment to show the programme at, instead of the clock: an ISO date-time
   * (local to the event's time zone, or with an offset), or epoch milliseconds
   * as a property. For previews and tests.
   */
  declare now: string | number | undefined;

  /** Level of the day headings of a programme over several days (default 3; the announcement uses 4). */
  declare headingLevel: number;

  /** On the real clock, the next moment the current item may change: see `nextTick`. */
  private tick?: number;

  constructor() {
    super();
    this.headingLevel = 3;
    new ClockController(this, () => this.tick);
  }

  protected renderEvent(event: EventData): unknown {
    const items = timedProgram(event);
    const now = this.moment(event);
    const current = currentItem(items, now);
    this.tick = this.now === undefined ? nextTick(items, now) : undefined;
    const days = [...new Set(items.map((entry) => entry.day))];
    const list = (day?: string) =>
      html`<ol class="program" part="list">
        ${items.map((entry, index) => (day === undefined || entry.day === day ? this.renderItem(event, entry, index === current) : nothing))}
      </ol>`;
    if (days.length < 2) return list();
    const { locale } = this.language;
    return days.map(
      (day) =>
        html`<div class="day" role="heading" aria-level=${this.headingLevel} part="day">
            ${formatDate(toInstant(day, eventTimeZone(event))!, locale, eventTimeZone(event))}
          </div>
          ${list(day)}`,
    );
  }

  private renderItem(event: EventData, { item, start, end }: TimedItem, current: boolean): unknown {
    const { terms, locale } = this.language;
    const timeZone = eventTimeZone(event);
    const clock = terms.clock;
    // In a range the suffix ("uur") comes once, after the end.
    const startText = formatTime(start, locale, timeZone, end !== undefined && clock ? { ...clock, suffix: '' } : clock);
    // Clock times read left to right in every language: "16:00–16:30" must not turn around in Arabic.
    return html`<li part=${current ? 'item current' : 'item'} class=${current ? 'current' : nothing} aria-current=${current ? 'time' : nothing}>
      <span class="time" part="time" dir="ltr"
        ><time datetime=${toIsoWithOffset(start, timeZone)}>${startText}</time>${end === undefined
          ? nothing
          : html` – <time datetime=${toIsoWithOffset(end, timeZone)}>${formatTime(end, locale, timeZone, clock)}</time>`}</span
      >
      <div class="body">
        <p class="title" part="title">${isolated(item.title)}</p>
        ${item.description ? html`<p part="description" dir="auto">${item.description}</p>` : nothing}
        ${item.speakers?.length ? html`<p part="speakers">${terms.agenda.speakers}: ${isolatedList(locale, item.speakers)}</p>` : nothing}
      </div>
    </li>`;
  }

  /** `now` as an instant, or the clock. */
  private moment(event: EventData): number {
    if (typeof this.now === 'number') return this.now;
    return (this.now && toInstant(this.now, eventTimeZone(event))) || Date.now();
  }
}

/**
 * When the programme starts, then every minute while it runs, so the current
 * item moves on; after the end, never.
 */
function nextTick(items: TimedItem[], now: number): number | undefined {
  const last = items.at(-1);
  if (!last || now >= (last.end ?? last.start)) return undefined;
  return now < items[0].start ? items[0].start : now - (now % MINUTE) + MINUTE;
}
