import { languageCode, type AnswerTerms, type FormTerms, type LanguageCode } from '../src/i18n/index.js';
import arAnswers from '../src/i18n/ar/answers.js';
import ar from '../src/i18n/ar/form.js';
import enAnswers from '../src/i18n/en/answers.js';
import en from '../src/i18n/en/form.js';
import nlAnswers from '../src/i18n/nl/answers.js';
import nl from '../src/i18n/nl/form.js';
import trAnswers from '../src/i18n/tr/answers.js';
import tr from '../src/i18n/tr/form.js';

/**
 * Every language's form words and answers, imported directly: the browser fetches them as chunks
 * on demand (src/i18n/languages.ts), the server has them all at hand. A language added to the
 * library without its line here fails the type check.
 */
const forms: Record<LanguageCode, FormTerms> = { nl, en, tr, ar };
const answers: Record<LanguageCode, AnswerTerms> = { nl: nlAnswers, en: enAnswers, tr: trAnswers, ar: arAnswers };

/**
 * The form's words in the visitor's language (the request's `locale`), from the library's own
 * tables: a message the server sends reads exactly like the one the form would have shown.
 */
export function termsFor(locale: string): { lang: LanguageCode; form: FormTerms; answers: AnswerTerms } {
  const lang = languageCode(locale);
  return { lang, form: forms[lang], answers: answers[lang] };
}

/** Words only the server says, in the languages the library speaks. */
export interface ServerTerms {
  /** A field holding control characters (NUL and the like) that nobody types. */
  controlCharacters(label: string): string;
  /** An Idempotency-Key sent before with other answers (the form then sends under a new key, so a person rarely reads it). */
  keyReused: string;
}

const serverWords: Record<LanguageCode, ServerTerms> = {
  nl: {
    controlCharacters: (label) => `‘${label}’ bevat tekens die niet in tekst horen; typ het opnieuw`,
    keyReused: 'Deze aanmelding is eerder met andere gegevens verstuurd. Verstuur het formulier opnieuw.',
  },
  en: {
    controlCharacters: (label) => `‘${label}’ contains characters that do not belong in text; type it again`,
    keyReused: 'This registration was sent before with other details. Please send the form again.',
  },
  tr: {
    controlCharacters: (label) => `‘${label}’ metinde bulunmaması gereken karakterler içeriyor; yeniden yazın`,
    keyReused: 'Bu kayıt daha önce başka bilgilerle gönderildi. Lütfen formu yeniden gönderin.',
  },
  ar: {
    controlCharacters: (label) => `يحتوي ‘${label}’ على رموز لا مكان لها في النص؛ اكتبه من جديد`,
    keyReused: 'أُرسل هذا التسجيل من قبل ببيانات أخرى. يُرجى إرسال النموذج مرة أخرى.',
  },
};

/** The server's own words in the visitor's language. */
export const serverTermsFor = (locale: string): ServerTerms => serverWords[languageCode(locale)];
