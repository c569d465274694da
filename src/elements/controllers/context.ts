import type { ReactiveController, ReactiveElement } from 'lit';
import { eventContext, type EventContextValue } from '../../context/event-context.js';

/*
 * The two ends of the community context protocol for the announcement's
 * event, as `@lit/context` speaks it (and interchangeable with it: a
 * `@consume`r on the page hears an announcement, and our elements hear a
 * `ContextProvider` of the same key), in the few lines these elements need.
 * Written out rather than imported: @lit/context's general controllers cost
 * embed.js about 1 kB gzip for what these do in a third of it.
 */

type Callback = (value: EventContextValue | undefined, unsubscribe?: () => void) => void;

/** A `context-request` event: `context`, `contextTarget`, `callback`, `subscribe`, as the protocol names them. */
interface ContextRequest extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

/** Gives the event to the elements inside (in its shadow root and its children), and tells the subscribed ones of every change. */
export class EventContextProvider implements ReactiveController {
  value: EventContextValue = {};
  #subscribers = new Map<Callback, () => void>();

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('context-request', this.#onRequest);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('context-request', this.#onRequest);
  }

  /** Replaces the value; subscribers hear it when it is a different object. */
  setValue(value: EventContextValue): void {
    if (value === this.value) return; // objects, which === compares as Object.is does
    this.value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  #onRequest = (event: Event): void => {
    const request = event as ContextRequest;
    // The host's own request (an announcement inside an announcement) goes on to the one outside.
    if (request.context !== eventContext || (request.contextTarget ?? request.composedPath()[0]) === this.#host) return;
    event.stopPropagation();
    const { callback } = request;
    const unsubscribe = () => this.#subscribers.delete(callback);
    if (request.subscribe) this.#subscribers.set(callback, unsubscribe);
    callback(this.value, unsubscribe);
  };
}

/** Asks the nearest announcement (or any provider of the key) for its event when connected, and hears every change. */
export class EventContextConsumer implements ReactiveController {
  #unsubscribe?: () => void;

  readonly #host: ReactiveElement;
  readonly #onValue: (value: EventContextValue | undefined) => void;

  constructor(host: ReactiveElement, onValue: (value: EventContextValue | undefined) => void) {
    (this.#host = host).addController(this);
    this.#onValue = onValue;
  }

  hostConnected(): void {
    this.#host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: eventContext,
        contextTarget: this.#host,
        subscribe: true,
        callback: ((value, unsubscribe) => {
          if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          this.#onValue(value);
        }) satisfies Callback,
      }),
    );
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
