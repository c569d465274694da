import { ContextProvider } from '@lit/context';
import { html } from 'lit';
import { eventContext, type EventContextValue } from '../../context/event-context.js';
import { seatState } from '../../data/seats.js';
import { mailtoLink } from '../../submit/mailto.js';
import { formatDate, formatTime, formatTimeRange, localDateKey, toIsoWithOffset } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import { EventElement } from '../event-element.js';
import { eventAnnouncementStyles } from './event-announcement.styles.js';

/**
 * The whole announcement of an event: name, weekday and date, time range,
 * venue (marked as probable when tentative), hosts and area, description,
 * who it is for, the programme (`<event-agenda>`), availability
 * (`<seats-badge>`) and how to register (`<registration-form>`, with the
 * contact line below it). What a CMS editor pastes:
 *
 * ```html
 * <script type="module" src="https://example.org/embed.js"></script>
 * <event-announcement src="/events/samenspel.json"></event-announcement>
 * ```
 *
 * Elements of this library placed inside it take its event through context.
 * All event text is rendered as text, never as HTML.
 *
 * @tagname event-announcement
 * @summary The whole announcement of an event.
 *
 * @slot - Extra content placed after the announcement; elements of this library here take its event.
 *
 * @csspart article - The announcement as a whole.
 * @csspart header - Name, summary, date, time and venue.
 * @csspart title - The event's name (an `<h2>`).
 * @csspart summary - The one-line summary under the name.
 * @csspart status - The status line when the event is cancelled, postponed, rescheduled or online.
 * @csspart facts - The "when" and "where" list.
 * @csspart venue - Venue, room and address.
 * @csspart probable - The "probable venue" label of a tentative venue.
 * @csspart hosts - Hosts and neighbourhood.
 * @csspart description - The description sections.
 * @csspart audience - The "who it is for" section.
 * @csspart program - The programme section.
 * @csspart registration - The registration section: availability, the form and the contact line.
 * @csspart contact - The line saying how and with whom to register.
 * @csspart organizers - The organisers line.
 * @csspart heading - Every section heading (`<h3>`).
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @cssprop --event-announcement-font-family - Font; falls back to `--utrecht-document-font-family`, then the page's.
 * @cssprop --event-announcement-color - Text colour; falls back to `--utrecht-document-color`.
 * @cssprop --event-announcement-line-height - Line height.
 * @cssprop --event-announcement-title-color - Colour of the event's name; falls back to `--utrecht-heading-2-color`.
 * @cssprop --event-announcement-title-font-size - Size of the event's name; falls back to `--utrecht-heading-2-font-size`.
 * @cssprop --event-announcement-title-font-family - Font of the event's name; falls back to `--utrecht-heading-font-family`.
 * @cssprop --event-announcement-heading-color - Colour of section headings; falls back to `--utrecht-heading-3-color`.
 * @cssprop --event-announcement-heading-font-size - Size of section headings; falls back to `--utrecht-heading-3-font-size`.
 * @cssprop --event-announcement-status-background-color - Background of the status line.
 * @cssprop --event-announcement-status-border-color - Border of the status line.
 * @cssprop --event-announcement-link-color - Link colour; falls back to `--utrecht-link-color`.
 * @cssprop --event-announcement-focus-outline-color - Focus ring colour; falls back to `--utrecht-focus-outline-color`.
 * @cssprop --event-announcement-section-gap - Space between sections.
 * @cssprop --event-announcement-notice-border-color - Border of the data notice.
 * @cssprop --event-announcement-notice-background-color - Background of the data notice.
 * @cssprop --event-announcement-notice-color - Text colour of the data notice.
 *
 * @fires seats-change - The seats of the event changed on this page (a registration, a poll); fired once per change by one of the elements showing the event. `detail: { eventId, capacity?, remaining?, state }`.
 * @fires event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, message }`.
 */
export class EventAnnouncement extends EventElement {
  static override styles = eventAnnouncementStyles;

  /** Shares the event with the elements inside; the value is replaced, never mutated. */
  private provider = new ContextProvider(this, { context: eventContext, initialValue: {} as EventContextValue });

  protected override willUpdate(): void {
    super.willUpdate();
    const { event } = this.resolved;
    if (this.provider.value?.event !== event) this.provider.setValue({ event });
  }

  protected renderEvent(event: EventData): unknown {
    const { announcement } = this.language.terms;
    const registration = event.registration ?? {};
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    return html`<article part="article" aria-labelledby="title">
      <header part="header">
        <h2 id="title" part="title">${event.name}</h2>
        ${status ? html`<p class="status" part="status">${announcement.status[status]}</p>` : ''}
        ${event.summary ? html`<p class="summary" part="summary">${event.summary}</p>` : ''}
        <dl part="facts">
          <div>
            <dt>${announcement.when}</dt>
            <dd>${this.renderWhen(event)}</dd>
          </div>
          ${this.renderWhere(event)}
        </dl>
      </header>
      ${this.renderDescription(event)}
      ${event.audience?.length
        ? html`<section part="audience" aria-labelledby="audience">
            <h3 id="audience" part="heading">${announcement.audience}</h3>
            <ul>
              ${event.audience.map((who) => html`<li>${who}</li>`)}
            </ul>
          </section>`
        : ''}
      ${event.program?.length
        ? html`<section part="program" aria-labelledby="program">
            <h3 id="program" part="heading">${announcement.program}</h3>
            <event-agenda heading-level="4"></event-agenda>
          </section>`
        : ''}
      <section part="registration" aria-labelledby="registration">
        <h3 id="registration" part="heading">${announcement.registration}</h3>
        <seats-badge></seats-badge>
        ${registration.endpoint || registration.email ? html`<registration-form></registration-form>` : ''}
        ${registration.email || registration.contact ? html`<p part="contact">${this.renderContact(event)}</p>` : ''}
        ${event.organizers?.length
          ? html`<p part="organizers">${announcement.organizedBy}: ${this.list(event.organizers.map((organizer) => organizer.name))}</p>`
          : ''}
      </section>
      <slot></slot>
    </article>`;
  }

  /** "dinsdag 29 januari 2019, 16.00 – 19.00 uur", or a range of dates and times for multi-day events. */
  private renderWhen(event: EventData): unknown {
    const { locale, terms } = this.language;
    const timeZone = this.timeZoneOf(event);
    const start = this.instantOf(event, event.startDate)!;
    const end = this.instantOf(event, event.endDate);
    const startTag = (text: string) => html`<time datetime=${toIsoWithOffset(start, timeZone)}>${text}</time>`;
    if (!event.startDate.includes('T')) return startTag(formatDate(start, locale, timeZone));
    if (end !== undefined && localDateKey(end, timeZone) !== localDateKey(start, timeZone)) {
      return startTag(formatTimeRange(start, end, locale, timeZone, terms.clock));
    }
    const time = end === undefined ? formatTime(start, locale, timeZone, terms.clock) : formatTimeRange(start, end, locale, timeZone, terms.clock);
    return html`${startTag(formatDate(start, locale, timeZone))}, ${time}`;
  }

  private renderWhere(event: EventData): unknown {
    const { location } = event;
    if (!location) return '';
    const { announcement } = this.language.terms;
    const { address = {} } = location;
    const place = [
      location.name,
      location.room,
      address.streetAddress,
      [address.postalCode, address.addressLocality].filter(Boolean).join(' '),
    ].filter(Boolean);
    const hostedBy = announcement.hostedBy(location.hosts?.length ? this.list(location.hosts) : undefined, location.area);
    if (!place.length && !hostedBy) return '';
    return html`<div>
      <dt>${announcement.where}</dt>
      <dd>
        ${place.length
          ? html`<span part="venue"
              >${location.tentative ? html`<span part="probable" class="probable">${announcement.probableVenue}: </span>` : ''}${place.join(
                ', ',
              )}</span
            >`
          : ''}
        ${hostedBy ? html`<span part="hosts" class="hosts">${hostedBy}</span>` : ''}
      </dd>
    </div>`;
  }

  private renderDescription(event: EventData): unknown {
    const { description } = event;
    if (!description) return '';
    const sections = typeof description === 'string' ? [{ body: description }] : description;
    return html`<div part="description">
      ${sections.map(
        (section) => html`<section>
          ${section.heading ? html`<h3 part="heading">${section.heading}</h3>` : ''}
          ${paragraphs(section.body).map((paragraph) => html`<p>${paragraph}</p>`)}
        </section>`,
      )}
    </div>`;
  }

  /** "Aanmelden vóór 25 januari bij Jitske Tiemersma via jitske@…" while open; a contact line once closed. */
  private renderContact(event: EventData): unknown {
    const { locale, terms } = this.language;
    const { announcement } = terms;
    const registration = event.registration ?? {};
    const timeZone = this.timeZoneOf(event);
    const email = registration.email
      ? html`<a href=${mailtoLink(registration.email, announcement.mailSubject(event.name))}>${registration.email}</a>`
      : undefined;
    const facts = this.seatFacts(event);
    const open = !['closed', 'cancelled'].includes(seatState(facts, Date.now()));
    if (!open) return announcement.contactBy({ contact: registration.contact, email });
    const deadline = facts.deadline;
    let deadlineText: string | undefined;
    if (deadline !== undefined) {
      const sameYear = localDateKey(deadline, timeZone).slice(0, 4) === localDateKey(this.instantOf(event, event.startDate)!, timeZone).slice(0, 4);
      deadlineText = formatDate(deadline, locale, timeZone, { weekday: false, year: !sameYear });
      if (registration.deadline?.includes('T')) deadlineText += ` ${formatTime(deadline, locale, timeZone, terms.clock)}`;
    }
    return announcement.registerBy({ deadline: deadlineText, contact: registration.contact, email });
  }

  private list(items: string[]): string {
    return new Intl.ListFormat(this.language.locale, { type: 'conjunction' }).format(items);
  }
}

/** Plain text to paragraphs: a blank line separates them, as SPEC says. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
