import { lazy, type Lazy } from '../lazy.js';
import en from './en/elements.js';
import nl from './nl/elements.js';
import type { AnswerTerms, FormTerms, ProblemTexts, Terms } from './terms.js';

/**
 * The namespaces every language has: each is a module of the language's folder
 * (`src/i18n/<language>/<namespace>.ts`) whose default export is its table, as Lion's and
 * Shoelace's translation modules are.
 */
export interface Namespaces {
  /** Every word the elements show. */
  elements: Terms;
  /** The registration form's words: only pages with a form fetch them. */
  form: FormTerms;
  /** The form's words for what follows a visitor's action: fetched when a visitor first acts on a form. */
  answers: AnswerTerms;
  /** The texts naming problems in event data, by problem code: only pages showing a problem fetch them. */
  problems: ProblemTexts;
}

export type Namespace = keyof Namespaces;

/** A namespace in a chunk of its own, fetched the first time it is needed. */
const chunk = <T>(importer: () => Promise<{ default: T }>): Lazy<T> => lazy(() => importer().then((module) => module.default));

/** A namespace in embed.js: there from the start. */
const bundled = <T>(table: T): Lazy<T> => ({ value: table, load: async () => table });

/**
 * Every language, one line each: adding a language is adding its folder (one module per
 * namespace, with the same keys as Dutch, which test/i18n/shape.test.ts checks) and its line.
 *
 * Every namespace of every language is a chunk of its own, fetched the first time a page needs
 * it, so a page carries only the words it shows. The one exception: Dutch and English element
 * words are in embed.js. The first render of a Dutch or English page (most pages) then waits
 * for nothing, and an element whose language cannot be fetched (a site copied embed.js without
 * its chunks) still speaks English.
 */
export const LANGUAGES = {
  nl: { elements: bundled(nl), form: chunk(() => import('./nl/form.js')), answers: chunk(() => import('./nl/answers.js')), problems: chunk(() => import('./nl/problems.js')) },
  en: { elements: bundled(en), form: chunk(() => import('./en/form.js')), answers: chunk(() => import('./en/answers.js')), problems: chunk(() => import('./en/problems.js')) },
  tr: { elements: chunk(() => import('./tr/elements.js')), form: chunk(() => import('./tr/form.js')), answers: chunk(() => import('./tr/answers.js')), problems: chunk(() => import('./tr/problems.js')) },
  ar: { elements: chunk(() => import('./ar/elements.js')), form: chunk(() => import('./ar/form.js')), answers: chunk(() => import('./ar/answers.js')), problems: chunk(() => import('./ar/problems.js')) },
} satisfies Record<string, Folder>;

/** A language we have tables for. */
export type LanguageCode = keyof typeof LANGUAGES;

/** A language's folder: each of its namespaces, fetched once per page however many elements ask. */
type Folder = { [N in Namespace]: Lazy<Namespaces[N]> };

/**
 * The language of a BCP 47 tag ("nl", "en-GB", "tr", "ar-MA"; also the common "nl_NL"), by its
 * primary subtag, when we have its tables.
 */
export function ownLanguage(tag: string): LanguageCode | undefined {
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(LANGUAGES, primary) ? (primary as LanguageCode) : undefined;
}

/**
 * The language whose tables serve `tag`: its own, else English (as docs/protocol.md says);
 * Dutch when no language is set anywhere.
 */
export function languageCode(tag: string | undefined): LanguageCode {
  return ownLanguage(tag || 'nl') ?? 'en';
}

/**
 * One namespace of a language (`code`: a table's `lang`, or `languageCode(tag)`), reached the same
 * way for every language and namespace: fetched once per page however many elements ask, already
 * there (`value`) when it is in embed.js. When its chunk cannot be fetched (a site copied embed.js
 * without it), `error` says so and the caller makes do: element words are English then
 * (`languageFor`), a problem is named by its English message, a form keeps the words it has.
 */
export function namespace<N extends Namespace>(code: string, name: N): Lazy<Namespaces[N]> {
  const folders: Record<LanguageCode, Folder> = LANGUAGES;
  return (folders[code as LanguageCode] ?? folders.en)[name];
}
