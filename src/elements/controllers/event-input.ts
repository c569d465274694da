import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { EventContextValue } from '../../context/event-context.js';
import { fetchJson } from '../../data/fetch.js';
import { isJsonLd, missingPart, readEvent } from '../../data/parse.js';
import type { EventData, ParseResult, Problem } from '../../data/types.js';
import { EventErrorEvent } from '../../events.js';
import { lazy } from '../../lazy.js';
import { EventContextConsumer } from './context.js';
import type { ModuleLoader } from './modules.js';

/** Where the shown event came from, in the order of precedence of docs/protocol.md, "Input precedence". */
export type EventSource = 'property' | 'attribute' | 'src' | 'json-ld' | 'context';

/**
 * What an element can show:
 * - `pending`: the event is on its way (`src`, the JSON-LD reader, the enclosing announcement, the page still loading);
 * - `ready`: an event, with what was wrong in parts of it (`problems`, possibly none);
 * - `invalid`: no usable event, and why;
 * - `none`: nothing given, and the element stands alone (a badge with its own attributes).
 */
export type EventInputState =
  | { status: 'pending' }
  | { status: 'ready'; event: EventData; problems: Problem[] }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'none' };

/** The inputs an element is given its event by; see EventElement. */
export interface EventInputHost extends ReactiveElement {
  event: unknown;
  eventJson: string | undefined;
  dataEvent: string | undefined;
  src: string | undefined;
}

/** What a `src` fetch gave: the data, or the problem naming why there is none. */
type Loaded = { url: string; data?: unknown; problem?: Problem };

/** A JSON-LD `<script>` child the page wrote (not the one an announcement writes for search engines). */
export const JSON_LD_CHILD = ':scope > script[type="application/ld+json"]:not([data-event-elements])';

/** The JSON-LD reader: only pages that give their event as schema.org JSON-LD fetch it. */
const jsonLdReader = lazy(() => import('../../data/jsonld.js'));

/**
 * Decides which event an element shows. Five ways in, in order of precedence:
 * the `event` property, the `event` attribute (JSON text; `data-event` is the same under a
 * name sanitizers keep), `src` (fetched),
 * a JSON-LD `<script>` child (watched for changes), and the event of an
 * enclosing `<event-announcement>` (context). Each input is read once; the
 * element calls `resolve()` before every render and reads `state`. Problems
 * are told once per input: a console warning and `event-error`.
 */
export class EventInputController implements ReactiveController {
  state: EventInputState = { status: 'pending' };

  /** The event from an enclosing announcement. */
  #provided?: EventContextValue;
  #childJsonLd?: string;
  #childObserver?: MutationObserver;
  #loading?: { url: string; controller: AbortController };
  #loaded?: Loaded;
  /** No event yet and the page still loading: a page script may yet give it. */
  #waitingForPage = false;
  /** The input `state` was made from, and its problems while they are still to be told. */
  #fromSource?: EventSource;
  #fromInput?: unknown;
  #untold?: Problem[];

  readonly #host: EventInputHost;
  readonly #modules: ModuleLoader;
  /** True when the element has enough of its own attributes to render without any event. */
  readonly #standsAlone: () => boolean;
  /** The path of a part the element cannot do without, missing from a parsed event (an agenda's `program`). */
  readonly #lacks: (event: EventData) => string | undefined;

  constructor(
    host: EventInputHost,
    modules: ModuleLoader,
    standsAlone: () => boolean,
    lacks: (event: EventData) => string | undefined,
  ) {
    (this.#host = host).addController(this);
    this.#modules = modules;
    this.#standsAlone = standsAlone;
    this.#lacks = lacks;
    new EventContextConsumer(host, (value) => {
      this.#provided = value;
      host.requestUpdate();
    });
  }

  /** The event shown, if any. */
  get event(): EventData | undefined {
    return this.state.status === 'ready' ? this.state.event : undefined;
  }

  /** How the shown event (or the one on its way, or the input found wanting) was given: the input `state` was made from. */
  get source(): EventSource | undefined {
    return this.#fromSource;
  }

  hostConnected(): void {
    // A server renderer connects elements too (so that context reaches the ones inside an announcement); there is no page to watch there.
    if (isServer) return;
    this.#readChildJsonLd();
    this.#childObserver = new MutationObserver(() => this.#readChildJsonLd());
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (document.readyState !== 'complete' && !this.#waitingForPage) {
      this.#waitingForPage = true;
      addEventListener('load', () => ((this.#waitingForPage = false), this.#host.requestUpdate()), { once: true });
    }
    // Back on the page (moved, or re-attached by a framework): what leaving stopped starts again.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    this.#loading?.controller.abort();
    this.#loading = undefined;
  }

  hostUpdated(): void {
    const problems = this.#untold;
    if (!problems) return;
    this.#untold = undefined;
    // An object that became text is the page's code at fault, not the editor's data: an error, as the framework would give.
    console[problems.some((problem) => problem.code === 'object-attribute') ? 'error' : 'warn'](`<${this.#host.localName}>: problems with the event data (${this.source ?? 'none given'}):\n` + problems.map((problem) => `- ${problem.message}`).join('\n'));
    this.#host.dispatchEvent(new EventErrorEvent(problems));
  }

  /** Brings `state` up to date with the inputs; called before every render. */
  resolve(): void {
    const host = this.#host;
    if (host.event != null) return this.#read('property', host.event);
    if (host.eventJson != null) return this.#readAttribute('event', host.eventJson);
    if (host.dataEvent != null) return this.#readAttribute('data-event', host.dataEvent);
    if (host.src) return this.#fetch(absolute(host.src, host));
    if (this.#childJsonLd != null) return this.#read('json-ld', this.#childJsonLd);
    if (this.#provided) {
      const { event } = this.#provided;
      return this.#show('context', this.#provided, event ? { event, problems: [] } : { problems: [], pending: true });
    }
    if (this.#standsAlone()) return this.#show(undefined, undefined, { problems: [] });
    // Page scripts may still give the event (a property set after a fetch): judge once the page has loaded.
    this.#show(undefined, this.#waitingForPage, this.#waitingForPage ? { problems: [], pending: true } : { problems: [missing()] });
  }

  /** JSON text, unless a framework wrote an object there as text: that is named for what it is, not as bad JSON. */
  #readAttribute(name: string, text: string): void {
    if (!text.startsWith('[object ')) return this.#read('attribute', text);
    this.#show('attribute', text, { problems: [objectAttribute(this.#host.localName, name, text)] });
  }

  #fetch(url: string): void {
    const loaded = this.#loaded;
    if (loaded?.url !== url) {
      this.#load(url);
      return this.#show('src', url, { problems: [], pending: true });
    }
    if (loaded.problem) return this.#show('src', loaded, { problems: [loaded.problem] });
    this.#read('src', loaded.data);
  }

  /** Parses `input` once; JSON-LD waits for its reader, a chunk of its own, or says it could not come. */
  #read(source: EventSource, input: unknown): void {
    if (this.#fromInput === input && this.#fromSource === source && this.state.status !== 'pending') return;
    let data = input;
    // JSON text is parsed once, here; text that is not JSON goes on as it is, for readEvent to name.
    try {
      if (typeof data === 'string') data = JSON.parse(data);
    } catch {
      // Not JSON.
    }
    if (!isJsonLd(data)) return this.#show(source, input, readEvent(data));
    const reader = this.#modules.need(jsonLdReader);
    this.#show(source, input, reader || jsonLdReader.error ? readEvent(data, reader?.fromJsonLd) : { problems: [], pending: true });
  }

  #show(source: EventSource | undefined, input: unknown, { event, problems, pending }: ParseResult & { pending?: boolean }): void {
    const lacking = event && this.#lacks(event);
    if (lacking) {
      problems = [...problems, ...missingPart(lacking, problems)];
      event = undefined;
    }
    const state: EventInputState = pending
      ? { status: 'pending' }
      : event
        ? { status: 'ready', event, problems }
        : problems.length
          ? { status: 'invalid', problems }
          : { status: 'none' };
    if (this.#fromInput === input && this.#fromSource === source && this.state.status === state.status) return;
    this.#fromSource = source;
    this.#fromInput = input;
    this.state = state;
    this.#untold = problems.length ? problems : undefined;
  }

  #load(url: string): void {
    if (this.#loading?.url === url) return;
    this.#loading?.controller.abort();
    if (isServer) return; // a server renders what it was given; the browser fetches
    const controller = new AbortController();
    this.#loading = { url, controller };
    // Only http(s): a `javascript:` or `data:` src is an editor's mistake or an attack.
    const request = /^https?:/.test(url)
      ? fetchJson(url, { signal: controller.signal })
      : Promise.resolve({ ok: false as const, reason: 'not an http(s) address' });
    void request.then((response) => {
      if (controller.signal.aborted) return;
      this.#loading = undefined;
      this.#loaded = response.ok ? { url, data: response.data } : { url, problem: loadProblem(url, response.reason) };
      this.#host.requestUpdate();
    });
  }

  #readChildJsonLd(): void {
    const text = this.#host.querySelector(JSON_LD_CHILD)?.textContent ?? undefined;
    if (text === this.#childJsonLd) return;
    this.#childJsonLd = text;
    this.#host.requestUpdate();
  }
}

/** The address `src` names, resolved against the element's page (its `baseURI`); left as written when it is no URL at all. */
export function absolute(src: string, element: Node): string {
  try {
    return new URL(src, element.baseURI).href;
  } catch {
    return src;
  }
}

function missing(): Problem {
  return { path: '', code: 'missing', message: 'no event given: set the event property, the event or src attribute, or add a JSON-LD script child' };
}

function objectAttribute(tag: string, name: string, text: string): Problem {
  return {
    path: name,
    code: 'object-attribute',
    value: text,
    // Short: every page pays for this text in embed.js; docs/frameworks.md has the way per framework.
    message: `${name}="${text}": an object set as text before <${tag}> was defined; set the event property (docs/frameworks.md)`,
  };
}

function loadProblem(url: string, reason: string): Problem {
  return { path: 'src', code: 'fetch', value: reason, message: `src: ${url} could not be loaded (${reason})` };
}
