import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { languageFor, type Language } from '../../i18n/index.js';
import type { ModuleLoader } from './modules.js';

/**
 * The language an element speaks and the direction it writes, kept current:
 * its own `lang`, else the nearest ancestor's — crossing shadow roots, so an
 * agenda inside an announcement follows the announcement — else the
 * document's; Dutch when none is set. The direction is a `dir="ltr"` or
 * `dir="rtl"` at least as near as that `lang`, else the language's own
 * (right to left for Arabic). A language switch that changes `lang` or `dir`
 * anywhere on the page re-renders every element.
 */
export class LanguageController implements ReactiveController {
  /** The visitor's words and the locale for Intl. */
  language: Language = languageFor();
  direction: 'ltr' | 'rtl' = 'ltr';

  readonly #host: ReactiveElement;
  readonly #modules: ModuleLoader;

  constructor(host: ReactiveElement, modules: ModuleLoader) {
    (this.#host = host).addController(this);
    this.#modules = modules;
  }

  hostConnected(): void {
    if (isServer) return; // no page to watch
    followers.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
      // An attribute filter implies `attributes: true`.
      observer.observe(document.documentElement, { attributeFilter: ['lang', 'dir'], subtree: true });
    }
  }

  hostDisconnected(): void {
    followers.delete(this.#host);
  }

  /**
   * Reads the language for the coming render. False while its words are being
   * fetched: the element then keeps what it shows (nothing, the first time)
   * rather than flash English; if they cannot be fetched, English it is.
   */
  read(): boolean {
    // `lang` and `dir` as written on the element or its nearest ancestors, up to the first `lang`
    // (attributes, so a server renderer's elements answer too).
    let lang: string | null | undefined;
    let dir: 'ltr' | 'rtl' | undefined;
    for (let node: Node | null | undefined = this.#host; node && !lang; node = node.parentNode ?? (node as ShadowRoot).host) {
      // `?.()`: the document and a shadow root have no attributes.
      const written = (node as Partial<Element>).getAttribute?.('dir')?.toLowerCase();
      if (!dir && (written === 'ltr' || written === 'rtl')) dir = written;
      lang = (node as Partial<Element>).getAttribute?.('lang');
    }
    const language = languageFor(lang);
    if (language.loading && !isServer) {
      this.#modules.need(language.loading);
      return false;
    }
    this.language = language;
    this.direction = dir ?? language.terms.dir ?? 'ltr';
    return true;
  }
}

/** Every connected element, re-rendered by one observer of the whole page. */
const followers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
