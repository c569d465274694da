/** An element from the built embed.js, on the page. */
export type Placed = HTMLElement & { updateComplete: Promise<unknown>; event?: unknown };

/**
 * Puts a `tag` element on the page, readied by `prepare` (attributes, `lang`, children) before
 * it connects, and waits until it has rendered: what a CMS page does with the snippet.
 */
export async function place(tag: string, prepare: (element: Placed) => void = () => undefined): Promise<Placed> {
  const element = document.createElement(tag) as Placed;
  prepare(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** A JSON-LD child, as a CMS writes it inside the element. */
export function jsonLdChild(element: HTMLElement, json: string): void {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = json;
  element.append(script);
}

/** The on-demand chunks named `name` (`embed-<name>-<hash>.js`) this page has fetched from dist/. */
export const fetchedChunks = (name: string) =>
  performance.getEntriesByType('resource').filter((entry) => new RegExp(`/dist/embed-${name}-[\\w-]+\\.js$`).test(entry.name));
