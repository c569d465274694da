import { intl } from '../data/time.js';
import type { EventData, FieldSpec, LocalizedText } from '../data/types.js';
import type { FormTerms } from '../i18n/terms.js';

/** How a question is asked. `checkboxes` is a checkbox field with options: several answers. */
export type FieldKind = 'text' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'checkboxes';

/** One question of the registration form, in the visitor's language. */
export interface FormField {
  /** Key in the form's values: `name`, `email`, … for standard fields, `answers.<name>` for extra ones. */
  id: string;
  label: string;
  /**
   * The language of `label` when the event gave it per language and not in the visitor's
   * ("nl" for a Dutch label shown to a Turkish visitor): the label is marked with `lang`.
   */
  lang?: string;
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  options?: { value: string; label: string; lang?: string }[];
  autocomplete?: string;
  description?: string;
  /** The language of `description`, as `lang` is of `label`. */
  descriptionLang?: string;
  /** Says the length limit before the visitor types ("Maximaal 20 tekens."), when the event's data sets one. */
  lengthHint?: string;
  /** Which of the form's own required messages an empty answer gets (the answers namespace's `errors`), instead of the general one. */
  requiredMessage?: 'nameRequired' | 'emailRequired' | 'consentRequired';
}

/** What a visitor typed, by field id. */
export type FormValues = Record<string, string | string[] | boolean>;

/** Prefix of extra questions' ids, so an extra field called "email" cannot collide with ours. */
export const ANSWER = 'answers.';

/** Field length limits: generous for people, small enough that no one pastes a book. */
const LIMITS = { name: 200, email: 254, organization: 200, remarks: 2000, text: 500, textarea: 2000 };

/** A LocalizedText in `lang`: the exact tag, its language, Dutch (the source), English, or whatever there is. */
export function localize(text: LocalizedText | undefined, lang: string): string | undefined {
  return typeof text === 'object' ? text[languageIn(text, lang)!] : text;
}

/** The language `localize` takes a per-language text from; undefined for plain text, whose language the data does not say. */
function languageIn(text: LocalizedText | undefined, lang: string): string | undefined {
  if (typeof text !== 'object') return undefined;
  return [lang, lang.split('-')[0], 'nl', 'en', ...Object.keys(text)].find((key) => Object.hasOwn(text, key));
}

/** The language of a per-language text when it is not the visitor's: it gets its own `lang`. */
function foreignLanguage(text: LocalizedText | undefined, lang: string): string | undefined {
  const found = languageIn(text, lang);
  return found && found.split('-')[0] !== lang.split('-')[0] ? found : undefined;
}

/** The questions of docs/protocol.md, "Form fields", in order: name, e-mail, organisation, role, remarks, consent, then the event's own. */
export function formFields(event: EventData, form: FormTerms, lang: string): FormField[] {
  const registration = event.registration ?? {};
  // Our own questions are labelled by the form's word under their id.
  const own = (id: 'name' | 'email' | 'organization' | 'role' | 'remarks' | 'consent', kind: FieldKind, required: boolean, more: Partial<FormField>): FormField => ({
    id,
    label: form[id],
    kind,
    required,
    ...more,
  });
  const fields = [
    own('name', 'text', true, { maxLength: LIMITS.name, autocomplete: 'name', requiredMessage: 'nameRequired' }),
    own('email', 'email', true, { maxLength: LIMITS.email, autocomplete: 'email', requiredMessage: 'emailRequired' }),
    own('organization', 'text', false, { maxLength: LIMITS.organization, autocomplete: 'organization' }),
  ];
  if (event.audience?.length) fields.push(own('role', 'radio', false, { options: event.audience.map((who) => ({ value: who, label: who })) }));
  fields.push(own('remarks', 'textarea', false, { maxLength: LIMITS.remarks }));
  if (registration.consent) fields.push(own('consent', 'checkbox', true, { requiredMessage: 'consentRequired' }));
  for (const spec of registration.fields ?? []) fields.push(extraField(spec, form, lang));
  return fields;
}

function extraField(spec: FieldSpec, form: FormTerms, lang: string): FormField {
  const type = spec.type ?? 'text';
  const kind: FieldKind = type === 'checkbox' && spec.options?.length ? 'checkboxes' : type;
  const typed = kind === 'textarea' || ['text', 'email', 'tel', 'number'].includes(kind);
  const limit = spec.maxLength;
  return {
    id: ANSWER + spec.name,
    label: localize(spec.label, lang) ?? spec.name,
    lang: foreignLanguage(spec.label, lang),
    kind,
    required: Boolean(spec.required),
    maxLength: limit ?? (kind === 'textarea' ? LIMITS.textarea : typed ? LIMITS.text : undefined),
    // A limit the editor set is said up front (WCAG 3.3.2); the defaults are out of anyone's reach
    // and would only crowd every question. A limit of 0 is none (validate.ts).
    lengthHint: typed && limit ? form.maxLength(limit, intl(Intl.NumberFormat, lang).format(limit)) : undefined,
    options: spec.options?.map((option) =>
      typeof option === 'string'
        ? { value: option, label: option }
        : { value: option.value, label: localize(option.label, lang) ?? option.value, lang: foreignLanguage(option.label, lang) },
    ),
    autocomplete: spec.autocomplete,
    description: localize(spec.description, lang),
    descriptionLang: foreignLanguage(spec.description, lang),
  };
}
