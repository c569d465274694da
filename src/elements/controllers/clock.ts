import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout fires at once for delays past 2^31 − 1 ms (about 24.8 days); a longer wait wakes up and waits again. */
export const LONGEST_TIMEOUT = 2 ** 31 - 1;

/**
 * Wakes an element at the next moment its rendering changes by itself —
 * registration closing or opening, the programme's next minute — so a page
 * left open stays true without a reload. After every update it asks `next()`
 * for that moment (epoch ms; undefined for none) and sets one timer; leaving
 * the page clears it.
 */
export class ClockController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #next: () => number | undefined;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, next: () => number | undefined) {
    (this.#host = host).addController(this);
    this.#next = next;
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    // No moment: NaN, which is not > 0.
    const wait = (this.#next() ?? NaN) - Date.now();
    if (wait > 0 && this.#host.isConnected) this.#timer = setTimeout(() => this.#host.requestUpdate(), Math.min(wait, LONGEST_TIMEOUT));
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
