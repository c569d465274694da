import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { formatDate, intl, isValidTimeZone, toIsoWithOffset } from '../data/time.js';
import { DEFAULT_TIME_ZONE, type EventData, type Problem } from '../data/types.js';
import { languageFor, namespace, type Language } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { EventInputController } from './controllers/event-input.js';
import { LanguageController } from './controllers/language.js';
import { ModuleLoader } from './controllers/modules.js';

export type { EventSource } from './controllers/event-input.js';

/**
 * What every element of this library shares: the five ways to be given an
 * event (`EventInputController`), the visitor's language (`LanguageController`),
 * chunks fetched on demand (`ModuleLoader`), and the visible notice when the
 * event cannot be shown. Subclasses render a usable event and add the
 * controllers they need (live seats, a clock).
 */
export abstract class EventElement extends LitElement {
  /** The version of the copy of the library that defined this element. */
  static version = VERSION;

  /*
   * Reactive properties are declared here rather than with decorators: lowered
   * standard decorators cost about 1.3 kB gzip in embed.js, and the page pays it.
   * Subclasses declare only their own; lit merges the inherited ones.
   */
  static override properties: PropertyDeclarations = {
    event: { attribute: false },
    eventJson: { attribute: 'event' },
    dataEvent: { attribute: 'data-event' },
    src: { reflect: true },
  };

  /**
   * The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event.
   */
  declare event: EventData | string | object | undefined;

  /**
   * The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set.
   * @attr event
   */
  declare eventJson: string | undefined;

  /**
   * The same as the `event` attribute, under a name that HTML sanitizers keep by default
   * (DOMPurify keeps `data-*` attributes): what the snippet builder writes
   * (`toSnippet`, `event-elements snippet`; docs/cms.md). Used when `event` is not set.
   * @attr data-event
   */
  declare dataEvent: string | undefined;

  /**
   * URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   */
  declare src: string | undefined;

  /** @internal */
  protected readonly modules = new ModuleLoader(this);
  /** @internal */
  protected readonly i18n = new LanguageController(this, this.modules);
  /** @internal */
  protected readonly input = new EventInputController(
    this,
    this.modules,
    () => this.standsAlone(),
    (event) => this.lacks(event),
  );

  /** The visitor's words and locale, read before each render. */
  protected get language(): Language {
    return this.i18n.language;
  }

  /**
   * The first render of an element in the page waits for a task of its own: a page's elements
   * upgrade together when embed.js defines them, and rendering them all in that one task would
   * keep the page from answering a tap for as long (Lighthouse's total blocking time). The
   * browser's date formatting, costly the first time, gets tasks of its own before them. The
   * elements an announcement renders inside itself (its agenda, badge and form) take a task each
   * too, and the announcement stays out of view until they have rendered, so it appears whole,
   * never growing part by part; for the same reason it waits for the chunks `firstChunks` names
   * (the form's), so they do not arrive after it and push what follows down the page. Meanwhile
   * its shadow root shows what the page put inside it, as before it upgraded (a snippet's readable
   * `<article>`): an empty shadow root would hide it, and the page would jump up and back down.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#meanwhile) return this.#showWhole();
    if (isServer || this.hasUpdated) return super.scheduleUpdate();
    // Inside a shadow root (another element's: an announcement's part, or a site's own component).
    const { host } = this.getRootNode() as Partial<ShadowRoot>;
    if (host) return host instanceof EventElement && host.#meanwhile ? nextTask().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    // A server's render to hydrate is already whole, and its first render goes without chunks.
    const hydrating = this.renderRoot.hasChildNodes();
    if (!hydrating) this.#meanwhile = this.renderRoot.appendChild(Object.assign(document.createElement('slot'), { className: 'fallback' }));
    return (datesReady ??= warmUpDates()).then(nextTask).then(() => (hydrating ? super.scheduleUpdate() : this.#showWhole()));
  }

  /** Until it shows its event whole: a slot for what the page put inside, before the render (which it hides). */
  #meanwhile?: HTMLSlotElement;

  /**
   * An update while `meanwhile` is there: it waits for the chunks `firstChunks` names, renders,
   * and once the event is no longer on its way, waits for its parts' first renders, then for what
   * `laidOut` names, and shows it. Each wait is capped: on a network that holds a chunk back, the
   * rest shows after a few seconds.
   */
  async #showWhole(): Promise<void> {
    await capped(this.firstChunks());
    await super.scheduleUpdate();
    // Not yet when nothing rendered (the language's words are on their way) or the event is on its way.
    if (!this.hasUpdated || this.input.state.status === 'pending') return;
    await Promise.allSettled(this.#parts().map((part) => part.#rendered()));
    await capped(this.laidOut());
    this.#meanwhile?.remove();
    this.#meanwhile = undefined;
  }

  /** The elements of this library this one renders inside itself (an announcement's agenda, badge and form). */
  #parts(): EventElement[] {
    return [...this.renderRoot.querySelectorAll('*')].filter((element) => element instanceof EventElement);
  }

  /** Settles when the update under way (or the last) has rendered, without waiting for the chunks it fetches. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * Chunks the first render waits for, so that what they draw is there from the start: none here;
   * the announcement names its form's. Settles also when one cannot be fetched.
   */
  protected firstChunks(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * What the first render waits for once it is laid out, out of view, with its parts rendered:
   * nothing here; the announcement's form, when it turns out to be near the visitor's view.
   */
  protected laidOut(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override shouldUpdate(): boolean {
    return this.i18n.read();
  }

  protected override willUpdate(): void {
    // A server renderer calls neither shouldUpdate nor the controllers' hooks before willUpdate.
    if (isServer) this.i18n.read();
    this.input.resolve();
  }

  /**
   * Also waits for modules this element is fetching, and for the elements it renders inside
   * itself (an announcement's agenda, badge and form), so tests and hosts see the finished render.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.modules.loading) {
      await this.modules.settled();
      complete = await super.getUpdateComplete();
    }
    const partsComplete = await Promise.all(this.#parts().map((part) => part.updateComplete));
    return complete && partsComplete.every(Boolean);
  }

  /** Everything inside one wrapper that carries the direction, so a right-to-left language lays out mirrored. */
  override render(): unknown {
    return html`<div dir=${this.i18n.direction}>${this.renderContent()}</div>`;
  }

  /** The event, or the notice, or nothing while the event is on its way. */
  protected renderContent(): unknown {
    const { state } = this.input;
    if (state.status === 'ready') return this.renderEvent(state.event);
    // A readable version the page gave (a child <article>, as the snippet writes) stays in view
    // while the event is on its way, and instead of the notice when it cannot be shown: the
    // visitor reads the announcement either way, and the editor still hears of the problem.
    if (state.status !== 'none' && !isServer && this.querySelector(':scope > article')) return html`<slot class="fallback"></slot>`;
    return state.status === 'invalid' ? this.renderNotice(state.problems) : nothing;
  }

  /** True when the element has enough of its own attributes to render without any event. */
  protected standsAlone(): boolean {
    return false;
  }

  /**
   * The path of a part this element cannot show anything without, when `event` lacks it (an
   * agenda's `program`): the event is then unusable here, and the notice names that part, or what
   * the parser said of it (`program: is not a list`).
   */
  protected lacks(_event: EventData): string | undefined {
    return undefined;
  }

  /** Renders a usable event; `this.language` holds the visitor's words and locale. */
  protected abstract renderEvent(event: EventData): unknown;

  /** The short, visible notice of docs/protocol.md, "Bad event data", naming each problem for the editor. */
  protected renderNotice(problems: Problem[]): unknown {
    const { terms } = this.language;
    // Until the texts arrive (or if they cannot), the English message says it.
    const texts = this.modules.need(namespace(terms.lang, 'problems'));
    return html`<div class="notice" part="notice">
      <p class="notice-title">${terms.notice.title}</p>
      <p>${terms.notice.forEditor}</p>
      <ul>
        ${problems.map((problem) => html`<li>${texts?.[problem.code](problem) ?? problem.message}</li>`)}
      </ul>
    </div>`;
  }
}

/** Settles once the browser has made the date formatters a first render needs (see `scheduleUpdate`). */
let datesReady: Promise<void> | undefined;

/**
 * The formatters a first render makes, in the page's language and the usual time zone, each in a
 * task of its own. The browser's first `Intl` object loads its locale data (about 150 ms on a
 * slow phone), the first date format its calendars, the first time zone its rules; in one task,
 * with the render after them, they kept the page from answering a tap for a third of a second.
 */
async function warmUpDates(): Promise<void> {
  const { locale } = languageFor(document.documentElement.lang);
  const now = Date.now();
  for (const warm of [
    () => intl(Intl.NumberFormat, locale),
    () => intl(Intl.DateTimeFormat, locale),
    () => isValidTimeZone(DEFAULT_TIME_ZONE),
    () => toIsoWithOffset(now, DEFAULT_TIME_ZONE),
    () => formatDate(now, locale, DEFAULT_TIME_ZONE),
    () => formatDate(now, locale, DEFAULT_TIME_ZONE, { weekday: false, year: false }),
  ]) {
    await nextTask();
    warm();
  }
}

/** Settles when `wait` does, or after three seconds. */
function capped(wait: Promise<unknown> | undefined): Promise<unknown> | undefined {
  return wait && Promise.race([wait, new Promise((resolve) => setTimeout(resolve, 3000))]);
}

/** Resolves in a later task: `scheduler.yield()` where there is one (it keeps its turn ahead of other tasks), else a timeout. */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
