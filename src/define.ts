import { VERSION } from './version.js';

/** A class this library registers; carries the version of the copy that defined it. */
interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/**
 * Registers `tag` unless it is taken. Pages often end up with two copies of a
 * library (a CMS snippet plus a plugin bundling it, or embed.js from two URLs);
 * `customElements.define` would throw on the second. We keep the first and say
 * which versions met.
 */
export function define(tag: string, constructor: VersionedConstructor): void {
  // None where there is no page (server code, a Node test): nothing to register there.
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `<${tag}> is already defined by event-elements ${existing.version ?? '(unknown version)'}; ` +
        `this copy (${constructor.version ?? VERSION}) was not registered. Load the library once per page.`,
    );
  }
}
