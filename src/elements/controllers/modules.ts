import { isServer, type ReactiveControllerHost } from 'lit';
import type { Lazy } from '../../lazy.js';

/**
 * The lazily loaded modules an element renders with (src/lazy.ts): `need()`
 * gives a module if it is there, or starts fetching it and re-renders the
 * element when it arrives. `settled()` lets the element's `updateComplete`
 * wait for them, so a host or test sees the finished render.
 *
 * On a server nothing is fetched: a module is used when it was loaded
 * beforehand (`preloadModules()`), else the element renders without it.
 */
export class ModuleLoader {
  /** Modules being fetched for this element, each once. */
  private loads = new Map<Lazy<unknown>, Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  need<T>(module: Lazy<T>): T | undefined {
    if (isServer || module.value || module.error || this.loads.has(module)) return module.value;
    const loading = module
      .load()
      .catch(() => undefined) // `module.error` says it; the next render shows what it can
      .finally(() => {
        this.loads.delete(module);
        this.host.requestUpdate();
      });
    this.loads.set(module, loading);
    return undefined;
  }

  /** True while a module asked for is on its way. */
  get loading(): boolean {
    return this.loads.size > 0;
  }

  /** Resolves once every module asked for so far has arrived or failed. */
  async settled(): Promise<void> {
    while (this.loads.size) await Promise.allSettled(this.loads.values());
  }
}
