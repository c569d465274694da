import { ContextConsumer } from '@lit/context';
import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { eventContext, type EventContextValue } from '../context/event-context.js';
import { liveSeats, seatKey, watchSeats } from '../context/seat-store.js';
import { seatFactsOf, seatState, type SeatFacts } from '../data/seats.js';
import { fetchJson } from '../data/fetch.js';
import { isJsonLd, readEvent } from '../data/parse.js';
import { DEFAULT_TIME_ZONE, type EventData, type ParseResult, type Problem } from '../data/types.js';
import { toInstant } from '../data/time.js';
import { EventErrorEvent, SeatsChangeEvent, type SeatsChangeDetail } from '../events.js';
import { languageFor, type Language } from '../i18n/index.js';
import { lazy, type Lazy } from '../lazy.js';
import { VERSION } from '../version.js';
import { followLanguage, langOf } from './language.js';

/** Where the shown event came from, in SPEC's order of precedence. */
export type EventSource = 'property' | 'attribute' | 'src' | 'json-ld' | 'context';

interface Resolved extends ParseResult {
  /** Waiting for `src` or for the enclosing announcement: render nothing yet, report nothing. */
  pending?: boolean;
}

const JSON_LD_CHILD = ':scope > script[type="application/ld+json"]:not([data-event-elements])';

/** Loaded when there is a problem to name. */
const problemTexts = lazy(() => import('../i18n/problems.js'));
/** The JSON-LD reader: only pages that give their event as schema.org JSON-LD fetch it. */
const jsonLdReader = lazy(() => import('../data/jsonld.js'));

/**
 * What every element of this library shares: the five ways to be given an
 * event, their precedence, language, and the visible notice when the event
 * cannot be shown. Subclasses only render a usable event.
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
   * URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   */
  declare src: string | undefined;

  // Internal inputs; each setter site calls requestUpdate().
  /** The event from an enclosing `<event-announcement>`: the last way in SPEC's order. */
  private provided?: EventContextValue;
  private childJsonLd?: string;
  private loaded?: { url: string; data?: unknown; problem?: Problem };

  /**
   * The event being shown and what was wrong with the input.
   * @internal
   */
  resolved: Resolved = { problems: [] };
  /** The way the shown event was given. */
  protected source?: EventSource;
  /**
   * The visitor's language: word table and Intl locale.
   * @internal
   */
  language: Language = languageFor(undefined);
  /** The direction the element writes in: from a `dir` on it or an ancestor, or from its language. */
  private direction = 'ltr';

  /** The input `resolved` was made from; starts as something no input can be. */
  private resolvedFrom: unknown = EventElement;
  private reportPending = false;
  private waitingForLoad = false;
  private loading?: { url: string; controller: AbortController };
  private childObserver?: MutationObserver;
  private seatWatch?: { key: string; stop: () => void };
  /** This element was chosen to tell the page about the last change of seats. */
  private reportSeats = false;
  /** Wakes the element when registration closes or opens, so it changes without a reload. */
  private clock?: ReturnType<typeof setTimeout>;
  /** Modules being fetched for this element, each once; `updateComplete` waits for them. */
  private loads = new Map<Lazy<unknown>, Promise<unknown>>();
  private stopFollowingLanguage?: () => void;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: eventContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server renderer may call this too (lit SSR with `connectedCallback: true`, so that elements inside an
    // announcement get its event through context): the rest observes a page, and there is none there.
    if (isServer) return;
    this.stopFollowingLanguage = followLanguage(this);
    this.readChildJsonLd();
    this.childObserver = new MutationObserver(() => this.readChildJsonLd());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.followSeats();
    // Back on the page (moved, or re-attached by a framework): what leaving stopped (a load, timers,
    // a poll) starts again on the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLanguage?.();
    this.childObserver?.disconnect();
    this.loading?.controller.abort();
    this.loading = undefined;
    this.seatWatch?.stop();
    this.seatWatch = undefined;
    clearTimeout(this.clock);
  }

  /**
   * While the visitor's language is being fetched, the element keeps what it shows (nothing,
   * the first time) rather than flash English words; if it cannot be fetched, English it is.
   */
  protected override shouldUpdate(): boolean {
    const { lang, dir } = langOf(this);
    const language = languageFor(lang);
    if (language.loading) {
      this.need(language.loading);
      return false;
    }
    this.language = language;
    this.direction = dir ?? language.terms.dir ?? 'ltr';
    return true;
  }

  protected override willUpdate(): void {
    const [source, input] = this.pickInput();
    if (source === 'src') {
      const url = input as string;
      if (this.loaded?.url !== url) {
        // A server render cannot wait for a fetch: it renders nothing, like a browser before the answer.
        if (!isServer) this.load(url);
        this.show('src', url, { problems: [], pending: true });
        return;
      }
      const { data, problem } = this.loaded;
      if (this.loaded !== this.resolvedFrom || this.resolved.pending) this.show(source, this.loaded, problem ? { problems: [problem] } : this.parse(data));
    } else if (source === 'context') {
      const value = input as EventContextValue;
      this.show(source, value, { event: value.event, problems: [], pending: !value.event });
    } else if (source) {
      this.show(source, input, input === this.resolvedFrom && !this.resolved.pending ? this.resolved : this.parse(input));
    } else if (!this.standsAlone() && (isServer || document.readyState !== 'complete')) {
      // Page scripts may still give the event (a property set after a fetch): judge once the page has loaded.
      // A server cannot know what they will give: it renders nothing, as the loading page does.
      if (!isServer) this.waitingForLoad ||= (addEventListener('load', () => this.requestUpdate(), { once: true }), true);
      this.show(undefined, undefined, { problems: [], pending: true });
    } else {
      this.show(undefined, undefined, { problems: this.standsAlone() ? [] : [missing()] });
    }
  }

  /** Also waits for modules this element is fetching, so tests and hosts see the finished render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loads.size) {
      await Promise.allSettled(this.loads.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    this.followSeats();
    this.wakeAtNextBoundary();
    if (this.reportSeats) {
      this.reportSeats = false;
      const detail = this.seatsChangeDetail();
      if (detail) this.dispatchEvent(new SeatsChangeEvent(detail));
    }
    if (!this.reportPending) return;
    this.reportPending = false;
    const { problems } = this.resolved;
    console.warn(
      `<${this.localName}>: problems with the event data (${this.source ?? 'none given'}):\n` +
        problems.map((problem) => `- ${problem.message}`).join('\n'),
    );
    this.dispatchEvent(new EventErrorEvent(problems));
  }

  /** Everything inside one wrapper that carries the direction, so a right-to-left language lays out mirrored. */
  override render(): unknown {
    return html`<div dir=${this.direction}>${this.renderContent()}</div>`;
  }

  /** The event, or the notice, or nothing while the event is on its way. */
  protected renderContent(): unknown {
    const { event, problems, pending } = this.resolved;
    if (event) return this.renderEvent(event);
    return pending ? nothing : this.renderNotice(problems);
  }

  /** True when the element has enough of its own attributes to render without any event. */
  protected standsAlone(): boolean {
    return false;
  }

  /** Renders a usable event; `this.language` holds the visitor's words and locale. */
  protected abstract renderEvent(event: EventData): unknown;

  /** Epoch ms of an ISO value of `event`, in its time zone (times of day on its start date). */
  protected instantOf(event: EventData, value: string | undefined): number | undefined {
    return value === undefined ? undefined : toInstant(value, this.timeZoneOf(event), event.startDate);
  }

  /**
   * Seat facts of `event` as the visitor should see them: its data, overridden
   * by what the page learned since (registrations, polls), shared by every
   * element of the same event.
   * @internal
   */
  seatFacts(event: EventData): SeatFacts {
    return seatFactsOf(event, (value) => this.instantOf(event, value), liveSeats(seatKey(event)));
  }

  /** The seat facts this element shows now, if it shows any. */
  protected currentSeatFacts(): SeatFacts | undefined {
    const { event } = this.resolved;
    return event && this.seatFacts(event);
  }

  /** What `seats-change` says about this element's event now. */
  private seatsChangeDetail(): SeatsChangeDetail | undefined {
    const key = this.liveKey();
    const facts = this.currentSeatFacts();
    return key && facts ? { eventId: key, capacity: facts.capacity, remaining: facts.remaining, state: seatState(facts, Date.now()) } : undefined;
  }

  private wakeAtNextBoundary(): void {
    clearTimeout(this.clock);
    const now = Date.now();
    const { deadline, opens } = this.currentSeatFacts() ?? {};
    const next = Math.min(...[deadline, opens].filter((moment): moment is number => moment !== undefined && moment > now));
    // setTimeout holds at most about 24.8 days; a longer wait simply wakes up and waits again.
    if (Number.isFinite(next) && this.isConnected) this.clock = setTimeout(() => this.requestUpdate(), Math.min(next - now, 2 ** 31 - 1));
  }

  /** The key of the live seat state this element follows: its event's. */
  protected liveKey(): string | undefined {
    const { event } = this.resolved;
    return event && seatKey(event);
  }

  /** @internal */
  timeZoneOf(event: EventData): string {
    return event.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /**
   * A lazily loaded module if it is there; otherwise starts loading it,
   * re-renders when it arrives, and returns undefined for now.
   */
  protected need<T>(module: Lazy<T>): T | undefined {
    // A server render cannot wait for a chunk, and must match the browser's first render, made before any
    // chunk arrives: so it neither loads one nor uses one an earlier render loaded (the form, JSON-LD input,
    // problem texts and calendar come in the browser).
    if (isServer) return undefined;
    // Hydrating a server's render, made without chunks: this first render must be the same (hydration throws
    // on a difference), so it goes without the chunk even when it is here, and "loading" it brings the next.
    const hydrating = !this.hasUpdated && this.renderRoot?.hasChildNodes();
    if ((module.value && !hydrating) || module.error || this.loads.has(module)) return hydrating ? undefined : module.value;
    const loading = module
      .load()
      .catch(() => undefined) // `module.error` says it; the next render shows what it can
      .finally(() => {
        this.loads.delete(module);
        this.requestUpdate();
      });
    this.loads.set(module, loading);
    return undefined;
  }

  /** The short, visible notice SPEC asks for, naming each problem for the editor. */
  protected renderNotice(problems: Problem[]): unknown {
    const { terms } = this.language;
    // Until the texts arrive (or if they cannot), the English message says it.
    const say = terms.problem ?? this.need(problemTexts)?.problemText(terms) ?? ((problem: Problem) => problem.message);
    return html`<div class="notice" part="notice">
      <p class="notice-title">${terms.notice.title}</p>
      <p>${terms.notice.forEditor}</p>
      <ul>
        ${problems.map((problem) => html`<li>${say(problem)}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * Reads an input. JSON-LD (what a CMS writes) needs the JSON-LD reader, a chunk of its own: until
   * it has arrived the element waits; if it cannot arrive, the problem says so.
   */
  private parse(input: unknown): Resolved {
    // JSON text is parsed once, here; text that is not JSON goes on as it is, for readEvent to name.
    let data = input;
    try {
      if (typeof input === 'string') data = JSON.parse(input);
    } catch {
      // Not JSON.
    }
    if (!isJsonLd(data)) return readEvent(data);
    const reader = this.need(jsonLdReader);
    return reader || jsonLdReader.error ? readEvent(data, reader?.fromJsonLd) : { problems: [], pending: true };
  }

  /** The winning input in SPEC's order: property, attribute, src, JSON-LD child, context. */
  private pickInput(): [EventSource | undefined, unknown] {
    if (this.event != null) return ['property', this.event];
    if (this.eventJson != null) return ['attribute', this.eventJson];
    if (this.src) return ['src', absolute(this.src)];
    if (this.childJsonLd != null) return ['json-ld', this.childJsonLd];
    if (this.provided) return ['context', this.provided];
    return [undefined, undefined];
  }

  private show(source: EventSource | undefined, from: unknown, result: Resolved): void {
    if (from === this.resolvedFrom && source === this.source && result.pending === this.resolved.pending) return;
    this.source = source;
    this.resolvedFrom = from;
    this.resolved = result;
    this.reportPending = !result.pending && result.problems.length > 0;
  }

  private load(url: string): void {
    if (this.loading?.url === url) return;
    this.loading?.controller.abort();
    const controller = new AbortController();
    this.loading = { url, controller };
    // Only http(s): a `javascript:` or `data:` src is an editor's mistake or an attack.
    const request = /^https?:/.test(url)
      ? fetchJson(url, { signal: controller.signal })
      : Promise.resolve({ ok: false as const, reason: 'not an http(s) address' });
    void request.then((response) => {
      if (controller.signal.aborted) return;
      this.loading = undefined;
      this.loaded = response.ok ? { url, data: response.data } : { url, problem: loadProblem(url, response.reason) };
      this.requestUpdate();
    });
  }

  /** Re-renders when the shown event's live seats change, on this page. */
  private followSeats(): void {
    const key = this.liveKey();
    if (key === this.seatWatch?.key || !this.isConnected) return;
    this.seatWatch?.stop();
    const onChange = (_seats: unknown, reporter: boolean) => {
      this.reportSeats ||= reporter;
      this.requestUpdate();
    };
    this.seatWatch = key ? { key, stop: watchSeats(key, onChange) } : undefined;
  }

  private readChildJsonLd(): void {
    const text = this.querySelector(JSON_LD_CHILD)?.textContent ?? undefined;
    if (text === this.childJsonLd) return;
    this.childJsonLd = text;
    this.requestUpdate();
  }
}

/** The address `src` names, resolved against the page; left as written when it is no URL at all. */
export function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

function missing(): Problem {
  return { path: '', code: 'missing', message: 'no event given: set the event property, the event or src attribute, or add a JSON-LD script child' };
}

function loadProblem(url: string, reason: string): Problem {
  return { path: 'src', code: 'fetch', value: reason, message: `src: ${url} could not be loaded (${reason})` };
}
