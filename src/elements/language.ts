import type { ReactiveElement } from 'lit';

/**
 * The language an element speaks: its own `lang`, else the nearest
 * ancestor's — crossing shadow roots, so an agenda inside an announcement
 * follows the announcement — else the document's.
 */
export function langOf(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
  }
  return undefined;
}

const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * Re-renders `element` when any `lang` on the page changes (a language
 * switch sets it on <html> or a wrapper). One observer serves every element.
 */
export function followLanguage(element: ReactiveElement): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(element);
  return () => listeners.delete(element);
}
