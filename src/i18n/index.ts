import { en } from './en.js';
import { nl } from './nl.js';
import type { Terms } from './terms.js';

export type { Part, Terms } from './terms.js';

/** Tables by primary language subtag. More languages register here. */
const tables: Record<string, Terms> = { nl, en };

/** The language a visitor reads: its table, and the locale for Intl. */
export interface Language {
  terms: Terms;
  /** BCP 47 tag for Intl: the page's own tag when we have its language ("en-GB"), else the table's. */
  locale: string;
}

/**
 * Resolves a BCP 47 tag ("nl", "en-GB", "de"; also the common "nl_NL") to a table. Languages without a
 * table fall back to English, as SPEC says; Dutch is the default when no
 * language is set anywhere.
 */
export function languageFor(tag: string | undefined): Language {
  const wanted = (tag || 'nl').trim();
  const terms = tables[wanted.split(/[-_]/)[0].toLowerCase()];
  if (terms) {
    return { terms, locale: canonical(wanted) ?? terms.lang };
  }
  return { terms: en, locale: 'en' };
}

/** A malformed tag such as "nl_NL" must not throw out of an element. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
