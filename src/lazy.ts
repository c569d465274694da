/**
 * A module fetched the first time it is needed, once per page. embed.js keeps
 * what the first render needs; code for rarer paths (JSON-LD input, problem
 * texts, what a form does once a visitor acts) comes as small chunks from the
 * same folder. Elements ask for them through their `ModuleLoader`.
 */
export interface Lazy<T> {
  /** The module, once loaded. */
  readonly value?: T;
  /** Why loading failed (for instance, the site copied embed.js without its chunks). */
  readonly error?: unknown;
  load(): Promise<T>;
}

/** Every lazy module of this copy of the library, for `preloadModules()`. */
const all: Lazy<unknown>[] = [];

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  const module: { value?: T; error?: unknown; load(): Promise<T> } = {
    load: () =>
      (loading ??= importer().then(
        (value) => (module.value = value),
        (error: unknown) => {
          module.error = error;
          throw error;
        },
      )),
  };
  all.push(module);
  return module;
}

/**
 * Loads every on-demand module now. For server rendering, where an element
 * renders once and cannot wait for a chunk: await this before rendering and
 * the output holds everything a browser would show after its chunks arrived
 * (the registration form, the problem texts).
 */
export async function preloadModules(): Promise<void> {
  // A chunk may bring lazy modules of its own (the form's behaviour brings what runs once a visitor acts).
  for (let loaded = 0; loaded < all.length; ) {
    const batch = all.slice(loaded);
    loaded = all.length;
    await Promise.allSettled(batch.map((module) => module.load()));
  }
}
