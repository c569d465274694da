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
  return module;
}
