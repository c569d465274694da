import type { Lazy } from '../lazy.js';
import english from './en/elements.js';
import { namespace, ownLanguage } from './languages.js';
import type { Terms } from './terms.js';

export { LANGUAGES, languageCode, namespace, type LanguageCode, type Namespace, type Namespaces } from './languages.js';
export type { AnswerTerms, FormTerms, Part, ProblemText, ProblemTexts, Terms } from './terms.js';

/** The language a visitor reads: its element words, and the locale for Intl. */
export interface Language {
  terms: Terms;
  /** BCP 47 tag for Intl: the page's own tag when we have its language ("en-GB"), else the table's. */
  locale: string;
  /**
   * The language's element words while they are still being fetched; `terms` are English until
   * they have arrived, and stay English if they cannot be fetched.
   */
  loading?: Lazy<unknown>;
}

/**
 * Resolves a BCP 47 tag ("nl", "en-GB", "tr", "ar-MA"; also the common "nl_NL") to the element
 * words of its language, synchronously, for render paths. Languages without tables fall back to
 * English, as docs/protocol.md says; Dutch is the default when no language is set anywhere (no
 * tag, an empty one, or the null of an absent attribute).
 */
export function languageFor(tag?: string | null): Language {
  const wanted = (tag || 'nl').trim();
  const own = ownLanguage(wanted);
  const words = own && namespace(own, 'elements');
  const terms = words?.value;
  if (terms) {
    const locale = canonical(wanted) ?? terms.lang;
    return { terms, locale: terms.intlLocale?.(locale) ?? locale };
  }
  return { terms: english, locale: 'en', loading: words?.error ? undefined : words };
}

/** A malformed tag such as "nl_NL" must not throw out of an element. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
