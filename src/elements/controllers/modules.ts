import { isServer, type ReactiveElement } from 'lit';
import type { Lazy } from '../../lazy.js';

/**
 * The lazily loaded modules an element renders with (src/lazy.ts): `need()`
 * gives a module if it is there, or starts fetching it and re-renders the
 * element when it arrives. `settled()` lets the element's `updateComplete`
 * wait for them, so a host or test sees the finished render.
 *
 * On a server nothing is fetched or used: the element renders what it can
 * without its chunks, and so does the browser's first render when it
 * hydrates that output.
 */
export class ModuleLoader {
  /** Modules being fetched for this element, each once. */
  #loads = new Map<Lazy<unknown>, Promise<unknown>>();

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  need<T>(module: Lazy<T>): T | undefined {
    // A server render cannot wait for a chunk, and must match the browser's first render, made before any
    // chunk arrives: so it neither loads one nor uses one an earlier render loaded.
    if (isServer) return undefined;
    // Hydrating a server's render, made without chunks: this first render must be the same (hydration throws
    // on a difference), so it goes without the chunk even when it is here, and "loading" it brings the next.
    const hydrating = !this.#host.hasUpdated && this.#host.renderRoot?.hasChildNodes();
    if (module.value && !hydrating) return module.value;
    if (module.error || this.#loads.has(module)) return undefined;
    // Arrived or failed (`module.error` says it), the next render shows what it can.
    const done = () => {
      this.#loads.delete(module);
      this.#host.requestUpdate();
    };
    this.#loads.set(module, module.load().then(done, done));
    return undefined;
  }

  /** True while a module asked for is on its way. */
  get loading(): boolean {
    return this.#loads.size > 0;
  }

  /** Resolves once every module asked for so far has arrived or failed. */
  async settled(): Promise<void> {
    while (this.#loads.size) await Promise.allSettled(this.#loads.values());
  }
}
