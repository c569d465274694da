import { formTerms } from '../src/i18n/form.js';
import { languageFor } from '../src/i18n/index.js';
import type { FormTerms } from '../src/i18n/terms.js';

/**
 * The form's words in the visitor's language (the request's `locale`), from the library's own
 * tables: a message the server sends reads exactly like the one the form would have shown.
 */
export function termsFor(locale: string): { lang: string; form: FormTerms } {
  const { lang } = languageFor(locale).terms;
  return { lang, form: formTerms(lang) };
}
