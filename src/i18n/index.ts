import { lazy, type Lazy } from '../lazy.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { Terms } from './terms.js';

export type { Part, Terms } from './terms.js';

/** Tables in embed.js, by primary language subtag: the source language and the fallback. */
const tables = new Map<string, Terms>([
  ['nl', nl],
  ['en', en],
]);

/** Tables fetched the first time a visitor reads them, each a chunk of its own with its form and problem words. */
const onDemand = new Map<string, Lazy<{ terms: Terms }>>([
  ['tr', lazy(() => import('./tr.js'))],
  ['ar', lazy(() => import('./ar.js'))],
]);

/** The language a visitor reads: its table, and the locale for Intl. */
export interface Language {
  terms: Terms;
  /** BCP 47 tag for Intl: the page's own tag when we have its language ("en-GB"), else the table's. */
  locale: string;
  /**
   * The language's table while it is still being fetched; `terms` are English until it has
   * arrived, and stay English if it cannot be fetched.
   */
  loading?: Lazy<unknown>;
}

/**
 * Resolves a BCP 47 tag ("nl", "en-GB", "tr", "ar-MA"; also the common "nl_NL") to a table.
 * Languages without a table fall back to English, as SPEC says; Dutch is the default when no
 * language is set anywhere.
 */
export function languageFor(tag: string | undefined): Language {
  const wanted = (tag || 'nl').trim();
  const primary = wanted.split(/[-_]/)[0].toLowerCase();
  const later = onDemand.get(primary);
  const terms = tables.get(primary) ?? later?.value?.terms;
  if (terms) {
    const locale = canonical(wanted) ?? terms.lang;
    return { terms, locale: terms.intlLocale?.(locale) ?? locale };
  }
  return { terms: en, locale: 'en', loading: later?.error ? undefined : later };
}

/** A malformed tag such as "nl_NL" must not throw out of an element. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
