import type { ReactiveElement } from 'lit';

/**
 * The language an element speaks: its own `lang`, else the nearest
 * ancestor's — crossing shadow roots, so an agenda inside an announcement
 * follows the announcement — else the document's. And the direction it
 * writes, when a `dir="ltr"` or `dir="rtl"` is at least as near as that
 * `lang` (undefined: the language decides, right to left for Arabic).
 */
export function langOf(element: Element): { lang?: string; dir?: string } {
  let dir: string | undefined;
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof HTMLElement) {
      if (!dir && /^(ltr|rtl)$/.test(node.dir)) dir = node.dir;
      if (node.lang) return { lang: node.lang, dir };
    }
  }
  return { dir };
}

const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * Re-renders `element` when any `lang` or `dir` on the page changes (a language
 * switch sets them on <html> or a wrapper). One observer serves every element.
 */
export function followLanguage(element: ReactiveElement): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  listeners.add(element);
  return () => listeners.delete(element);
}
