import { formTerms } from '../src/i18n/form.js';
import { languageFor } from '../src/i18n/index.js';
import type { FormTerms } from '../src/i18n/terms.js';

/**
 * The form's words in the visitor's language (the request's `locale`), from the library's own
 * tables: a message the server sends reads exactly like the one the form would have shown.
 * Turkish and Arabic are chunks the browser fetches on demand; here they load once, from the bundle.
 */
export async function termsFor(locale: string): Promise<{ lang: string; form: FormTerms }> {
  let language = languageFor(locale);
  if (language.loading) {
    await language.loading.load();
    language = languageFor(locale);
  }
  return { lang: language.terms.lang, form: formTerms(language.terms) };
}
