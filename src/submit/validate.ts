import type { AnswerTerms } from '../i18n/terms.js';
import type { FormField, FormValues } from './fields.js';

/** Someone@somewhere.tld, no spaces: what a person means by an e-mail address, not RFC 5322's every corner. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Digits with the usual separators, optionally international: "06 12345678", "+31 (0)30 123 45 67". */
const PHONE = /^\+?[\d\s().-]{6,25}$/;

const isBlank = (value: FormValues[string] | undefined) =>
  value === undefined || value === false || (Array.isArray(value) ? value.length === 0 : typeof value === 'string' && !value.trim());

/** The message for one field's value, or undefined when it is fine. Messages name the field and say what to do. */
export function validateField(field: FormField, value: FormValues[string] | undefined, answers: AnswerTerms): string | undefined {
  const { errors } = answers;
  if (isBlank(value)) {
    if (!field.required) return undefined;
    if (field.requiredMessage) return errors[field.requiredMessage];
    if (field.kind === 'checkbox') return errors.check(field.label);
    return ['select', 'radio', 'checkboxes'].includes(field.kind) ? errors.choose(field.label) : errors.required(field.label);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (field.maxLength && text.length > field.maxLength) return errors.tooLong(field.label, field.maxLength);
  if (field.kind === 'email' && !EMAIL.test(text)) return errors.emailInvalid;
  if (field.kind === 'tel' && !(PHONE.test(text) && text.replace(/\D/g, '').length >= 6)) return errors.tel(field.label);
  // A decimal comma is how Dutch (and Turkish) write numbers: "1,5".
  if (field.kind === 'number' && !Number.isFinite(Number(text.replace(',', '.')))) return errors.number(field.label);
  return undefined;
}

/** Every field's message, in the form's order; empty when the form can be sent. */
export function validateForm(fields: FormField[], values: FormValues, answers: AnswerTerms): Map<string, string> {
  const found = new Map<string, string>();
  for (const field of fields) {
    const message = validateField(field, values[field.id], answers);
    if (message) found.set(field.id, message);
  }
  return found;
}
