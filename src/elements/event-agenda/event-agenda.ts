import { html } from 'lit';
import { formatTime, toIsoWithOffset } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import { EventElement } from '../event-element.js';
import { eventAgendaStyles } from './event-agenda.styles.js';

/**
 * The programme of an event: an ordered list of timed items with speakers
 * and descriptions. Times are shown in the event's time zone, in the
 * language's own convention ("16.00 uur" in Dutch, "4:00 PM" in English),
 * whatever the visitor's clock says; each carries a machine-readable
 * `<time datetime>` with the offset.
 *
 * @tagname event-agenda
 * @summary The programme: an ordered list of timed items.
 *
 * @csspart list - The `<ol>` of programme items.
 * @csspart item - One programme item (`<li>`).
 * @csspart time - The start time of an item.
 * @csspart title - The title of an item.
 * @csspart description - The description of an item.
 * @csspart speakers - The speakers of an item.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @cssprop --event-agenda-font-family - Font; falls back to `--utrecht-document-font-family`, then the page's.
 * @cssprop --event-agenda-color - Text colour.
 * @cssprop --event-agenda-time-color - Colour of the times.
 * @cssprop --event-agenda-time-font-weight - Weight of the times.
 * @cssprop --event-agenda-time-inline-size - Width of the time column on wide screens.
 * @cssprop --event-agenda-title-font-weight - Weight of item titles.
 * @cssprop --event-agenda-item-border-color - Line between items.
 * @cssprop --event-agenda-item-gap - Space between items.
 * @cssprop --event-agenda-link-color - Link colour.
 * @cssprop --event-agenda-focus-outline-color - Focus ring colour.
 * @cssprop --event-agenda-notice-border-color - Border of the data notice.
 * @cssprop --event-agenda-notice-background-color - Background of the data notice.
 * @cssprop --event-agenda-notice-color - Text colour of the data notice.
 *
 * @fires event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, message }`.
 */
export class EventAgenda extends EventElement {
  static override styles = eventAgendaStyles;

  protected renderEvent(event: EventData): unknown {
    const { terms, locale } = this.language;
    const timeZone = this.timeZoneOf(event);
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    return html`<ol class="program" part="list">
      ${(event.program ?? []).map((item) => {
        const start = this.instantOf(event, item.start);
        return html`<li part="item">
          ${start === undefined
            ? ''
            : html`<time part="time" datetime=${toIsoWithOffset(start, timeZone)}>${formatTime(start, locale, timeZone, terms.clock)}</time>`}
          <div class="body">
            <p class="title" part="title">${item.title}</p>
            ${item.description ? html`<p part="description">${item.description}</p>` : ''}
            ${item.speakers?.length
              ? html`<p part="speakers">${terms.agenda.speakers}: ${list.format(item.speakers)}</p>`
              : ''}
          </div>
        </li>`;
      })}
    </ol>`;
  }
}
