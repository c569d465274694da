import type { ReactiveController, ReactiveElement } from 'lit';
import { lazy } from '../../lazy.js';
import type { ModuleLoader } from './modules.js';

/** The live seats poll: fetched when a badge has a seats URL. */
const poller = lazy(() => import('../../context/seat-poller.js'));

/** Which seats URL an element polls, for which event, how often. */
export interface SeatPollTarget {
  url?: string;
  key?: string;
  /** Seconds between polls. */
  interval: number;
}

/**
 * Keeps an element in the page's poll of a live seats URL (src/context/seat-poller.ts):
 * joins after an update once the URL is known, moves when the URL, the event
 * or the interval changes, and leaves with the element.
 */
export class SeatPollController implements ReactiveController {
  #poll?: Required<SeatPollTarget> & { leave: () => void };

  readonly #host: ReactiveElement;
  readonly #modules: ModuleLoader;
  readonly #target: () => SeatPollTarget;

  constructor(host: ReactiveElement, modules: ModuleLoader, target: () => SeatPollTarget) {
    (this.#host = host).addController(this);
    this.#modules = modules;
    this.#target = target;
  }

  hostUpdated(): void {
    const { url, key, interval } = this.#target();
    const poll = this.#poll;
    if (poll?.url === url && poll?.key === key && poll?.interval === interval) return;
    const module = url && key && this.#host.isConnected ? this.#modules.need(poller) : undefined;
    if (url && !module) return; // joins once the poll's code has arrived
    poll?.leave();
    this.#poll = module && url && key ? { url, key, interval, leave: module.joinSeatPoll(key, url, interval) } : undefined;
  }

  hostDisconnected(): void {
    this.#poll?.leave();
    this.#poll = undefined;
  }
}
