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
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `<${tag}> is already defined by event-elements ${existing.version ?? '(unknown version)'}; ` +
        `this copy (${constructor.version ?? VERSION}) was not registered. Load the library once per page.`,
    );
  }
}
