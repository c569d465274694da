import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { eventContext, type EventContextValue } from '../context/event-context.js';
import { fetchJson } from '../data/fetch.js';
import { parseEvent } from '../data/parse.js';
import { DEFAULT_TIME_ZONE, type EventData, type ParseResult, type Problem } from '../data/types.js';
import { toInstant } from '../data/time.js';
import { EventErrorEvent } from '../events.js';
import { languageFor, type Language } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { followLanguage, langOf } from './language.js';

/** Where the shown event came from, in SPEC's order of precedence. */
export type EventSource = 'property' | 'attribute' | 'src' | 'json-ld' | 'context';

interface Resolved extends ParseResult {
  /** Waiting for `src` or for the enclosing announcement: render nothing yet, report nothing. */
  pending?: boolean;
}

const JSON_LD_CHILD = ':scope > script[type="application/ld+json"]:not([data-event-elements])';

/**
 * What every element of this library shares: the five ways to be given an
 * event, their precedence, language, and the visible notice when the event
 * cannot be shown. Subclasses only render a usable event.
 */
export abstract class EventElement extends LitElement {
  /** The version of the copy of the library that defined this element. */
  static version = VERSION;

  /**
   * The event as an `EventData` object (or its JSON text, or schema.org
   * JSON-LD). Wins over every other way of giving the event.
   */
  @property({ attribute: false }) accessor event: EventData | string | object | undefined = undefined;

  /**
   * The event as JSON text, for CMS editors: `event='{"name": "…", "startDate": "…"}'`.
   * EventData or schema.org JSON-LD. Used when the `event` property is not set.
   * @attr event
   */
  @property({ attribute: 'event' }) accessor eventJson: string | undefined = undefined;

  /**
   * URL of the event's JSON (EventData or schema.org JSON-LD), fetched from
   * the page's origin or any URL the site's CSP allows. Used when neither the
   * `event` property nor the `event` attribute is set.
   */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** The event from an enclosing `<event-announcement>`: the last way in SPEC's order. */
  @consume({ context: eventContext, subscribe: true })
  @state()
  protected accessor provided: EventContextValue | undefined = undefined;

  @state() private accessor childJsonLd: string | undefined = undefined;
  @state() private accessor loaded: { url: string; result: ParseResult } | undefined = undefined;

  /** The event being shown and what was wrong with the input. */
  protected resolved: Resolved = { problems: [] };
  /** The way the shown event was given. */
  protected source?: EventSource;
  /** The visitor's language: word table and Intl locale. */
  protected language: Language = languageFor(undefined);

  /** The input `resolved` was made from; starts as something no input can be. */
  private resolvedFrom: unknown = EventElement;
  private reportPending = false;
  private loading?: { url: string; controller: AbortController };
  private childObserver?: MutationObserver;
  private stopFollowingLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingLanguage = followLanguage(this);
    this.readChildJsonLd();
    this.childObserver = new MutationObserver(() => this.readChildJsonLd());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLanguage?.();
    this.childObserver?.disconnect();
    this.loading?.controller.abort();
    this.loading = undefined;
  }

  protected override willUpdate(): void {
    this.language = languageFor(langOf(this));
    const [source, input] = this.pickInput();
    if (source === 'src') {
      const url = input as string;
      if (this.loaded?.url !== url) {
        this.load(url);
        this.show('src', url, { problems: [], pending: true });
        return;
      }
      this.show(source, this.loaded, this.loaded.result);
    } else if (source === 'context') {
      const value = input as EventContextValue;
      this.show(source, value, { event: value.event, problems: [], pending: !value.event });
    } else if (source) {
      this.show(source, input, input === this.resolvedFrom ? this.resolved : parseEvent(input));
    } else {
      this.show(undefined, undefined, { problems: this.standsAlone() ? [] : [missing()] });
    }
  }

  protected override updated(): void {
    if (!this.reportPending) return;
    this.reportPending = false;
    const { problems } = this.resolved;
    console.warn(
      `<${this.localName}>: problems with the event data (${this.source ?? 'none given'}):\n` +
        problems.map((problem) => `- ${problem.message}`).join('\n'),
    );
    this.dispatchEvent(new EventErrorEvent(problems));
  }

  override render(): unknown {
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

  protected timeZoneOf(event: EventData): string {
    return event.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** The short, visible notice SPEC asks for, naming each problem for the editor. */
  protected renderNotice(problems: Problem[]): unknown {
    const { notice } = this.language.terms;
    return html`<div class="notice" part="notice">
      <p class="notice-title">${notice.title}</p>
      <p>${notice.forEditor}</p>
      <ul>
        ${problems.map((problem) => html`<li>${notice.problem(problem)}</li>`)}
      </ul>
    </div>`;
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
      this.loaded = {
        url,
        result: response.ok ? parseEvent(response.data) : { problems: [loadProblem(url, response.reason)] },
      };
    });
  }

  private readChildJsonLd(): void {
    this.childJsonLd = this.querySelector(JSON_LD_CHILD)?.textContent ?? undefined;
  }
}

/** The address `src` names, resolved against the page; left as written when it is no URL at all. */
function absolute(src: string): string {
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
