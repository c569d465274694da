import { html, nothing, type PropertyDeclarations } from 'lit';
import { currentItem, namesEverySpeaker, timedProgram, type TimedItem } from '../../data/program.js';
import { eventTimeZone, formatDate, formatTime, toInstant, toIsoWithOffset } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import { isolatedList } from '../bidi.js';
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
 * @csspart speakers - The speakers of an item ("Met: …"), left out when the description already names every one of them.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @fires {CustomEvent<EventErrorDetail>} event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
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
  #tick?: number;

  constructor() {
    super();
    this.headingLevel = 3;
    new ClockController(this, () => this.#tick);
  }

  /** A programme is what an agenda shows: without one, the notice says so. */
  protected override lacks(event: EventData): string | undefined {
    return event.program?.length ? undefined : 'program';
  }

  protected renderEvent(event: EventData): unknown {
    const items = timedProgram(event);
    const now = this.#moment(event);
    const current = currentItem(items, now);
    this.#tick = this.now === undefined ? nextTick(items, now) : undefined;
    const days = [...new Set(items.map((entry) => entry.day))];
    const list = (day?: string) =>
      html`<ol part="list" role="list">
        ${items.map((entry, index) => (day === undefined || entry.day === day ? this.#renderItem(event, entry, index === current) : nothing))}
      </ol>`;
    if (days.length < 2) return list();
    const { locale } = this.language;
    return days.map(
      (day) =>
        html`<div role="heading" aria-level=${this.headingLevel} part="day">
            ${formatDate(toInstant(day, eventTimeZone(event))!, locale, eventTimeZone(event))}
          </div>
          ${list(day)}`,
    );
  }

  #renderItem(event: EventData, { item, start, end }: TimedItem, current: boolean): unknown {
    const { terms, locale } = this.language;
    const timeZone = eventTimeZone(event);
    const clock = terms.clock;
    // In a range the suffix ("uur") comes once, after the end.
    const startText = formatTime(start, locale, timeZone, end !== undefined && clock ? { ...clock, suffix: '' } : clock);
    // Clock times read left to right in every language: "16:00–16:30" must not turn around in Arabic.
    return html`<li part=${current ? 'item current' : 'item'} aria-current=${current ? 'time' : nothing}>
      <span part="time" dir="ltr"
        ><time datetime=${toIsoWithOffset(start, timeZone)}>${startText}</time>${end === undefined
          ? nothing
          : html` – <time datetime=${toIsoWithOffset(end, timeZone)}>${formatTime(end, locale, timeZone, clock)}</time>`}</span
      >
      <div>
        <p part="title" dir="auto">${item.title}</p>
        ${item.description ? html`<p part="description" dir="auto">${item.description}</p>` : nothing}
        ${item.speakers?.length && !namesEverySpeaker(item)
          ? html`<p part="speakers">${terms.agenda.speakers}: ${isolatedList(locale, item.speakers)}</p>`
          : nothing}
      </div>
    </li>`;
  }

  /** `now` as an instant, or the clock. */
  #moment(event: EventData): number {
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
