import { html, nothing, type PropertyDeclarations } from 'lit';
import { seatKey } from '../../context/seat-store.js';
import { seatState, type SeatState } from '../../data/seats.js';
import { namespace } from '../../i18n/index.js';
import { lazy } from '../../lazy.js';
import { mailtoLink } from '../../submit/mailto.js';
import { eventInstant, eventWhen, formatDeadline } from '../../data/time.js';
import type { EventData, Registration } from '../../data/types.js';
import { isolated, isolatedList } from '../bidi.js';
import { EventContextProvider } from '../controllers/context.js';
import { JSON_LD_CHILD } from '../controllers/event-input.js';
import { LiveSeatsController } from '../controllers/live-seats.js';
import { EventElement } from '../event-element.js';
import { formChunks, implementation } from '../registration-form/chunks.js';
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
 * or the snippet `event-elements snippet` makes, with the announcement as plain HTML
 * inside for pages that strip the tag (docs/cms.md).
 *
 * Once the event is over (its end has passed; docs/protocol.md, "Past
 * events") it says "Deze activiteit is geweest." at the top and offers no
 * form, no jump to it and no "add to calendar"; it switches by itself when a
 * page is left open across the end.
 *
 * With a registration form, it appears whole: its first render waits until
 * the form's code and words (chunks next to embed.js) have arrived, or three
 * seconds have passed, so the form does not push the page down after it.
 * Until then the snippet's plain `<article>` shows. A form more than a screen
 * below the view (after the programme, on a phone) is not waited for: it is
 * `loading="lazy"`, fetched as the visitor scrolls near it (docs/announcement.md,
 * "A form screens down"). When that plain version
 * ends on the visitor's screen, the form (screens high on a phone) would still
 * push down what they are reading: it starts folded behind a button, "Open het
 * aanmeldformulier", which opens it with focus in its first field.
 *
 * Elements of this library placed inside it take its event through context.
 * All event text is rendered as text, never as HTML.
 *
 * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
 * default), English, Turkish or Arabic; other languages get English. Arabic,
 * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
 * and Arabic words are fetched from next to embed.js when first needed.
 *
 * @tagname event-announcement
 * @summary The whole announcement of an event.
 *
 * @slot - Extra content placed after the announcement; elements of this library here take its event. A child `<article>` is not extra content but the readable fallback a snippet carries (`toSnippet`): shown until the announcement shows, and instead of the notice when its data cannot be used (docs/protocol.md, "The readable fallback").
 * @slot header - Replaces the header (name, status, summary, date, venue).
 * @slot description - Replaces the description.
 * @slot audience - Replaces the "who it is for" section.
 * @slot program - Replaces the programme section.
 * @slot registration - Replaces the registration section (seats, form, contact line, organisers).
 * @slot contact - Replaces the contact line.
 *
 * @csspart article - The announcement as a whole.
 * @csspart header - Name, summary, date, time and venue.
 * @csspart title - The event's name (an `<h2>`).
 * @csspart summary - The one-line summary under the name.
 * @csspart status - The status line when the event is cancelled, postponed, rescheduled or online, or past ("Deze activiteit is geweest.").
 * @csspart facts - The "when" and "where" list.
 * @csspart venue - Venue, room and address.
 * @csspart probable - The "probable venue" label of a tentative venue.
 * @csspart hosts - Hosts and neighbourhood.
 * @csspart map - The link to a map search for the address.
 * @csspart calendar - The "add to calendar" control (a `<details>` with an .ics download, Google and Outlook links); not for a cancelled or past event.
 * @csspart description - The description sections.
 * @csspart audience - The "who it is for" section.
 * @csspart program - The programme section.
 * @csspart registration - The registration section: availability, the form and the contact line.
 * @csspart open-form - The button in the form's place when the form starts folded ("Open het aanmeldformulier"; docs/announcement.md, "A form that starts folded").
 * @csspart contact - The line saying how and with whom to register.
 * @csspart to-form - The link under the facts that jumps to the registration section, on narrow screens only ("Aanmelden", "Aanmelden: Vol", "Aanmelden gesloten"); not for a cancelled or past event, nor when nothing comes between it and the form.
 * @csspart organizers - The organisers line.
 * @csspart heading - Every section heading (`<h3>`).
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @fires {CustomEvent<SeatsChangeDetail>} seats-change - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
 * @fires {CustomEvent<EventErrorDetail>} event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
 */
export class EventAnnouncement extends EventElement {
  static override styles = eventAnnouncementStyles;

  static override properties: PropertyDeclarations = {
    hide: {},
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
  };

  /**
   * Parts to leave out, separated by spaces: `header`, `status`, `description`, `audience`,
   * `program`, `registration`, `seats`, `form`, `contact`, `organizers`, `venue`, `map`, `calendar`.
   * For example `hide="audience description"`.
   */
  declare hide: string | undefined;

  /**
   * Emit no schema.org JSON-LD for search engines. (None is emitted anyway when the element has
   * a JSON-LD child, even one that `src` or `event` outranks: the page already has it.)
   * @attr no-structured-data
   */
  declare noStructuredData: boolean;

  /** Shares the event with the elements inside; the value is replaced, never mutated. */
  #provider = new EventContextProvider(this);
  /** The contact line says whether registration is still open: it follows live seats and wakes when registration closes and when the event ends. */
  #live = LiveSeatsController.ofEvent(this, () => this.input.event);

  constructor() {
    super();
    this.noStructuredData = false;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    const { event } = this.input;
    if (this.#provider.value?.event !== event) this.#provider.setValue({ event });
  }

  protected override updated(): void {
    this.#writeStructuredData();
  }

  /**
   * The form's chunks, when the first render shows a form: it appears with the rest, not after it.
   * Unless it starts folded (`fold`): then they are fetched for the button, without waiting.
   */
  protected override firstChunks(): Promise<unknown> | undefined {
    this.input.resolve();
    const { event } = this.input;
    if (!event || !this.i18n.read() || !this.#showsForm(event)) return undefined;
    this.#fold ??= this.#endsInView();
    // Where there is room for two columns (48rem: 768 px at the usual text size), the form stands
    // beside the text, at the top: its chunks are fetched at once. In one column it may be screens
    // down: `laidOut` decides. A wrong guess (a reader's larger text) costs only time: a near form
    // is fetched after the first render rather than before, a far one at once, as before.
    this.#lazy ??= !this.#fold && this.clientWidth < 768;
    if (this.#lazy) return undefined;
    const chunks = formChunks(this.language.terms.lang);
    return this.#fold ? undefined : chunks;
  }

  /**
   * Whether the form is `loading="lazy"`: decided with the first render, and kept unless that
   * render, laid out out of view, puts the form within a screen of the view (`laidOut`).
   */
  #lazy?: boolean;
  /** The form fetching its chunks after all, as `laidOut` found it near: the announcement shows with it. */
  #formNear?: Promise<unknown>;

  /**
   * The first render is laid out, out of view: a form that would start within a screen of the
   * visitor's view (above or below it) is fetched now, and the announcement shows with it; one
   * further down stays `lazy`, and is fetched as the visitor scrolls near it.
   */
  protected override laidOut(): Promise<unknown> | undefined {
    const form = this.renderRoot.querySelector('registration-form');
    const render = this.renderRoot.querySelector('div');
    // Where the form will be once the render (in its wrapper, the first div) takes the place of what shows meanwhile, at the element's top.
    if (this.#lazy && form && render && form.getBoundingClientRect().top - render.getBoundingClientRect().top + this.getBoundingClientRect().top <= 2 * innerHeight) {
      this.#lazy = false;
      form.removeAttribute('loading');
      this.#formNear = form.updateComplete;
    }
    return this.#formNear;
  }

  /**
   * Whether the form starts folded behind a button (docs/announcement.md, "A form that starts
   * folded"): decided once, as the first render with a form is made. Folded when a snippet's
   * readable version is in view to its end: the form, screens high on a phone, would push down
   * what the visitor is reading as the announcement takes its place.
   */
  #fold?: boolean;

  /** Whether what the page put inside (a readable `<article>`, in view until the first render shows) ends on screen. */
  #endsInView(): boolean {
    const { bottom, height } = this.getBoundingClientRect();
    return Boolean(this.querySelector(':scope > article')) && height > 0 && bottom >= 0 && bottom <= innerHeight;
  }

  /**
   * Unfolds the form once its code and words are here (usually fetched already: `firstChunks`),
   * and puts focus in its first field. They are asked for through the element's module loader,
   * so its `updateComplete` waits for them too: a host (or test) sees the form, not the button.
   */
  #openForm = async () => {
    this.modules.need(implementation);
    this.modules.need(namespace(this.language.terms.lang, 'form'));
    await this.modules.settled();
    this.#fold = false;
    this.requestUpdate();
    await this.updateComplete;
    const field = this.renderRoot.querySelector('registration-form')?.renderRoot.querySelector<HTMLElement>('input:not([tabindex="-1"]),select,textarea');
    // Without its code (a failed fetch) the form has no field: focus goes to the section, not to the page.
    if (field) field.focus();
    else this.#toRegistration();
  };

  /** Whether the announcement renders a `<registration-form>` for `event` now (`state`: its seats' state now). */
  #showsForm(event: EventData, state = seatState(this.#live.factsOf(event), Date.now())): boolean {
    const registration = event.registration ?? {};
    // Cancelled outranks past: a cancelled event's state is `cancelled` (src/data/seats.ts).
    return Boolean(registration.endpoint || registration.email) && state !== 'past' && state !== 'cancelled' && this.#shows('registration') && this.#shows('form');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeStructuredData();
  }

  protected renderEvent(event: EventData): unknown {
    const { announcement } = this.language.terms;
    const registration = event.registration ?? {};
    // A past event (its end has gone by; docs/protocol.md, "Past events") says so, and offers neither sign-up nor calendar;
    // nor does a cancelled one, whose state is `cancelled` whatever its dates (src/data/seats.ts).
    const state = seatState(this.#live.factsOf(event), Date.now());
    const statusLine = state === 'past' ? announcement.past : event.status && event.status !== 'scheduled' && announcement.status[event.status];
    const form = this.#showsForm(event, state);
    return html`<article part="article" aria-labelledby=${this.#shows('header') ? 'title' : nothing} @registration-success=${this.#onRegistered}>
      <div class="main">
        ${this.#shows('header')
          ? html`<slot name="header">
              <header part="header">
                <h2 id="title" part="title" dir="auto">${event.name}</h2>
                ${statusLine && this.#shows('status') ? html`<p class="status" part="status">${statusLine}</p>` : nothing}
                ${event.summary ? html`<p class="summary" part="summary" dir="auto">${event.summary}</p>` : nothing}
                <dl part="facts">
                  <div>
                    <dt>${announcement.when}</dt>
                    <dd>${this.#renderWhen(event)}</dd>
                  </div>
                  ${this.#shows('venue') ? this.#renderWhere(event) : nothing}
                </dl>
                ${form ? this.#renderToForm(event, state) : nothing}
              </header>
            </slot>`
          : nothing}
        ${this.#shows('description') ? html`<slot name="description">${this.#renderDescription(event)}</slot>` : nothing}
        ${event.audience?.length
          ? this.#section(
              'audience',
              announcement.audience,
              html`<ul>
                ${event.audience.map((who) => html`<li dir="auto">${who}</li>`)}
              </ul>`,
            )
          : nothing}
        ${event.program?.length ? this.#section('program', announcement.program, html`<event-agenda heading-level="4"></event-agenda>`) : nothing}
      </div>
      <div class="aside">
        ${this.#section(
          'registration',
          announcement.registration,
          html`${this.#shows('seats') ? html`<seats-badge></seats-badge>` : nothing}
          ${form
            ? this.#fold && state !== 'full' && state !== 'closed'
              ? html`<p><button class="open-form" part="open-form" @click=${this.#openForm}>${announcement.openForm}</button></p>`
              : html`<registration-form heading-level="4" loading=${this.#lazy ? 'lazy' : nothing}></registration-form>`
            : nothing}
          ${(registration.email || registration.contact) && this.#shows('contact') && !this.#registered
            ? html`<slot name="contact"><p part="contact">${this.#renderContact(event, registration, state)}</p></slot>`
            : nothing}
          ${event.organizers?.length && this.#shows('organizers')
            ? html`<p part="organizers">${announcement.organizedBy}: ${isolatedList(this.language.locale, event.organizers.map((organizer) => organizer.name))}</p>`
            : nothing}`,
        )}
        ${this.#shows('calendar') && state !== 'past' && state !== 'cancelled' ? this.#renderCalendar(event) : nothing}
      </div>
      <slot></slot>
    </article>`;
  }

  /** A section with its heading, left out when `hide` names `part`; a site replaces it through the slot of that name. */
  #section(part: string, heading: string, content: unknown): unknown {
    return this.#shows(part)
      ? html`<slot name=${part}>
          <section part=${part}>
            <h3 id=${part} part="heading">${heading}</h3>
            ${content}
          </section>
        </slot>`
      : nothing;
  }

  /**
   * On narrow screens the form is screens away below the programme: a link under the facts jumps
   * to it, saying whether there is still room. Hidden where the form is beside the text, and left
   * out when no description, audience or programme is shown (none in the data, or `hide` names
   * them; nor the site a description in its slot): the form is right below.
   */
  #renderToForm(event: EventData, state: SeatState): unknown {
    const { announcement, seats } = this.language.terms;
    const between =
      (event.description && this.#shows('description')) ||
      (event.audience?.length && this.#shows('audience')) ||
      (event.program?.length && this.#shows('program')) ||
      this.querySelector('[slot=description]');
    if (this.#registered || !between) return nothing;
    // A link alone in its line says where it goes (WCAG 2.4.4): "Aanmelden", and the state when it is
    // not open ("Aanmelden: Vol"); "Aanmelden gesloten" says both.
    const text =
      state === 'closed' ? seats.closed : state === 'full' || state === 'waitlist' ? `${announcement.registration}: ${seats[state]}` : announcement.registration;
    return html`<p class="to-form"><a part="to-form" href="#registration" @click=${this.#jumpToForm}>${text}</a></p>`;
  }

  #jumpToForm = (click: Event) => {
    click.preventDefault();
    this.#toRegistration();
  };

  /** To the registration section's heading (or what the site slotted in its place), focus and all. */
  #toRegistration(): void {
    const slotted = this.renderRoot.querySelector<HTMLSlotElement>('slot[name=registration]')?.assignedElements()[0];
    const target = (slotted ?? this.renderRoot.querySelector('#registration')) as HTMLElement | null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  /** Whether `part` is shown: `hide` does not name it. */
  #shows(part: string): boolean {
    return !(this.hide ?? '').split(/\s+/).includes(part);
  }

  /** "Add to calendar": its links and the calendar code load when the visitor opens it. */
  #renderCalendar(event: EventData): unknown {
    const { announcement } = this.language.terms;
    const module = this.#calendarOpen ? this.modules.need(calendar) : undefined;
    return html`<details part="calendar" ?open=${this.#calendarOpen} @toggle=${this.#onCalendarToggle}>
      <summary>${announcement.addToCalendar}</summary>
      ${module ? module.calendarLinks(event, announcement, Date.now()) : nothing}
    </details>`;
  }

  #calendarOpen = false;

  /**
   * A form in the announcement registered the visitor: the line "register before … with …" goes
   * (the confirmation has the contact) and "add to calendar" opens, as the next thing to do.
   */
  #registered = false;

  #onRegistered = () => {
    this.#registered = this.#calendarOpen = true;
    this.requestUpdate();
  };

  #onCalendarToggle = (toggle: Event) => {
    this.#calendarOpen = (toggle.target as HTMLDetailsElement).open;
    this.requestUpdate();
  };

  /**
   * schema.org JSON-LD for search engines, in the page's light DOM: one script
   * per event on the page, kept current, removed with the element. Not when
   * the element has a JSON-LD child (the page has it), the event came from an
   * enclosing announcement, or `no-structured-data` is set.
   */
  #writeStructuredData(): void {
    const { event, source } = this.input;
    // A JSON-LD child is the page's own structured data, also when `src` or `event` won over it.
    if (!event || this.noStructuredData || source === 'context' || this.querySelector(JSON_LD_CHILD)) return this.#removeStructuredData();
    const key = seatKey(event);
    const owner = structuredDataOwners.get(key);
    // Another announcement on the page writes this event's.
    if (owner && owner !== this) return this.#removeStructuredData();
    const writer = this.modules.need(structuredData);
    if (!writer) return;
    structuredDataOwners.set(key, this);
    writer.writeStructuredData(this, event);
  }

  #removeStructuredData(): void {
    structuredData.value?.writeStructuredData(this, undefined);
    for (const [key, owner] of structuredDataOwners) if (owner === this) structuredDataOwners.delete(key);
  }

  /** "dinsdag 29 januari 2019, 16.00 – 19.00 uur", or a range of dates and times for multi-day events. */
  #renderWhen(event: EventData): unknown {
    const { locale, terms } = this.language;
    const { iso, date, time } = eventWhen(event, locale, terms.clock);
    // Clock times read left to right in every language: "16:00–19:00" must not turn around in Arabic.
    return html`<time datetime=${iso}>${date}</time>${time === undefined ? nothing : html`${terms.announcement.dateTime}<span dir="ltr">${time}</span>`}`;
  }

  #renderWhere(event: EventData): unknown {
    const { location = {} } = event;
    const { announcement } = this.language.terms;
    const { address = {} } = location;
    const place = [
      location.name,
      location.room,
      address.streetAddress,
      [address.postalCode, address.addressLocality].filter(Boolean).join(' '),
    ].filter(Boolean);
    const hosts = location.hosts?.length ? isolatedList(this.language.locale, location.hosts) : undefined;
    if (!place.length && !hosts && !location.area) return '';
    // The map link searches OpenStreetMap for the address: no account, no tracking script on our side.
    return html`<div>
      <dt>${announcement.where}</dt>
      <dd>
        ${place.length
          ? html`<span part="venue"
              >${location.tentative ? html`<span part="probable" class="probable">${announcement.probableVenue}: </span>` : ''}${isolated(
                place.join(', '),
              )}</span
            >`
          : ''}
        ${hosts || location.area
          ? html`<span part="hosts" class="hosts">${announcement.hostedBy(hosts, location.area && isolated(location.area))}</span>`
          : ''}
        ${address.streetAddress && this.#shows('map')
          ? html`<a part="map" class="map" href="https://www.openstreetmap.org/search?query=${encodeURIComponent(
                [location.name, address.streetAddress, address.postalCode, address.addressLocality].filter(Boolean).join(', '),
              )}" target="_blank" rel="noopener"
              >${announcement.map}</a
            >`
          : ''}
      </dd>
    </div>`;
  }

  #renderDescription(event: EventData): unknown {
    const { description } = event;
    if (!description) return '';
    const sections = typeof description === 'string' ? [{ body: description }] : description;
    return html`<div part="description">
      ${sections.map(
        (section) => html`<section>
          ${section.heading ? html`<h3 part="heading" dir="auto">${section.heading}</h3>` : ''}
          ${paragraphs(section.body).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}
        </section>`,
      )}
    </div>`;
  }

  /** "Aanmelden vóór 25 januari bij Jitske Tiemersma via jitske@…" while open; a contact line once closed or past. */
  #renderContact(event: EventData, registration: Registration, state: SeatState): unknown {
    const { locale, terms } = this.language;
    const { announcement } = terms;
    const email = registration.email
      ? html`<a href=${mailtoLink(registration.email, announcement.mailSubject(event.name))} dir="ltr">${registration.email}</a>`
      : undefined;
    const contact = registration.contact && isolated(registration.contact);
    // Full without a waiting list ("Vol = vol") is no time to say "Aanmelden vóór …": a contact line, as when closed.
    if (state === 'past' || state === 'cancelled' || state === 'closed' || state === 'full') return announcement.contactBy({ contact, email });
    // Only a deadline the data gives: without one, registration closes as the event starts, at a time
    // the line would have to spell out ("vóór 29 januari" alone means before that day). The snippet's
    // readable version says the same.
    const { deadline } = registration;
    const at = eventInstant(event, deadline);
    return announcement.registerBy({ deadline: deadline && at !== undefined ? formatDeadline(event, at, deadline.includes('T'), locale, terms.clock) : undefined, contact, email });
  }
}

/** The announcement that writes each event's JSON-LD: one script per event on the page. */
const structuredDataOwners = new Map<string, EventAnnouncement>();

/** The structured data writer: fetched when an announcement first writes JSON-LD. */
const structuredData = lazy(() => import('./structured-data.js'));

/** Calendar export and its links: fetched when a visitor opens "add to calendar". */
const calendar = lazy(() => import('./calendar-links.js'));

/** Plain text to paragraphs: a blank line separates them (docs/protocol.md, "Event data"). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
