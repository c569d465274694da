/*
 * What the registration form makes of a visitor's answers and of the
 * endpoint's answer, as pure functions: no DOM, no timers, no storage, so
 * they are tested directly (test/node/outcome.test.ts). The form's
 * controller and send.ts apply what they return.
 */
import type { LiveSeats } from '../../data/seats.js';
import type { EventData } from '../../data/types.js';
import type { AnswerTerms, Terms } from '../../i18n/terms.js';
import type { RegistrationErrorDetail, RegistrationSuccessDetail } from '../../registration-events.js';
import { ANSWER, type FormField, type FormValues } from '../../submit/fields.js';
import { mailtoLink } from '../../submit/mailto.js';
import { validateField } from '../../submit/validate.js';
import { emptyForm, type Focus, type FormState } from './form-state.js';
import type { Submission, SubmitOutcome } from '../../submit/submit.js';

/** What an attempt's outcome comes to: the next state, and what to do about it. */
export interface Settled {
  state: FormState;
  focus?: Focus;
  /** The event to fire at the page. */
  event: { type: 'success'; detail: RegistrationSuccessDetail } | { type: 'error'; detail: RegistrationErrorDetail };
  /** What the page learned about the seats. */
  seats?: LiveSeats;
  /** The registration went through: forget the draft and the idempotency key. */
  done?: boolean;
}

/**
 * The step from an attempt's outcome to what the visitor sees next:
 * - success: the answers are cleared and the success panel takes focus;
 * - full: the form gives way to "full" (or the waiting-list form), whose message takes focus;
 * - invalid: the endpoint's field errors at their fields (matched by id or by extra question
 *   name), the rest in the summary, which takes focus; the endpoint's message when nothing else
 *   came, and `rejected` (the form's own words) when not even that came;
 * - anything else: the failure panel, with everything typed kept.
 */
export function settle(state: FormState, outcome: SubmitOutcome, data: Submission, fields: FormField[], rejected: string): Settled {
  const status = 'httpStatus' in outcome ? outcome.httpStatus : undefined;
  switch (outcome.kind) {
    case 'success':
      return {
        state: {
          ...emptyForm,
          attempt: { phase: 'success', status: outcome.status, message: outcome.message, name: data.name, email: data.email, emailSent: outcome.emailSent },
        },
        focus: '#success-title',
        event: { type: 'success', detail: { data, status: outcome.status, remaining: outcome.remaining, response: outcome.body } },
        seats: outcome.remaining === undefined ? undefined : { remaining: outcome.remaining },
        done: true,
      };
    case 'full':
      return {
        state: { ...state, attempt: undefined },
        focus: '#state-message',
        event: { type: 'error', detail: { data, status, error: 'full' } },
        seats: { remaining: 0 },
      };
    case 'invalid': {
      const errors = new Map<string, string>();
      const general: string[] = [];
      for (const [name, message] of Object.entries(outcome.errors)) {
        const field = fields.find((candidate) => candidate.id === name || candidate.id === ANSWER + name);
        if (field) errors.set(field.id, message);
        else general.push(message);
      }
      if (!errors.size && !general.length) general.push(outcome.message ?? rejected);
      return {
        state: { ...state, attempt: undefined, errors, summary: [...general, ...errors.keys()] },
        focus: '.error-summary',
        event: { type: 'error', detail: { data, status, error: 'invalid', errors: outcome.errors } },
      };
    }
    default:
      return {
        state: { ...state, attempt: { phase: 'error', outcome } },
        event: { type: 'error', detail: { data, status, error: outcome.kind === 'failed' ? outcome.reason : outcome.kind } },
      };
  }
}

/** The request body of docs/protocol.md, "Request" from what the visitor typed. */
export function submissionOf(event: EventData, fields: FormField[], values: FormValues, locale: string, waitlist: boolean): Submission {
  const text = (id: string) => ((values[id] as string | undefined) ?? '').trim() || undefined;
  const answers: Submission['answers'] = {};
  for (const field of fields) {
    const value = values[field.id];
    if (field.id.startsWith(ANSWER) && value !== undefined && value !== '') {
      answers[field.id.slice(ANSWER.length)] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return {
    eventId: event.id,
    name: text('name')!,
    email: text('email')!,
    organization: text('organization'),
    role: text('role'),
    remarks: text('remarks'),
    consent: event.registration?.consent ? values.consent === true : undefined,
    answers,
    locale,
    waitlist,
  };
}

/** The lines of a registration e-mail: a greeting, then each answer given, label by label. */
export function mailLines(greeting: string, fields: FormField[], values: FormValues): string[] {
  const lines = [greeting, ''];
  for (const field of fields) {
    const value = values[field.id];
    if (value === undefined || value === '' || value === false) continue;
    lines.push(`${field.label}: ${value === true ? '✓' : Array.isArray(value) ? value.join(', ') : value}`);
  }
  return lines;
}

/** A mailto link to the organiser (the event has an e-mail address) with the answers written out, label by label. */
export function registrationMail(event: EventData, terms: Terms, fields: FormField[], values: FormValues, words: AnswerTerms): string {
  return mailtoLink(event.registration!.email!, terms.announcement.mailSubject(event.name), mailLines(words.mailGreeting(event.name), fields, values));
}

/**
 * The changes once the visitor has fixed `field` while its error shows: the error goes, and its
 * entry in the summary (messages that belong to no field stay). None while the error stands.
 */
export function fixed({ values, errors, summary }: FormState, field: FormField, fields: FormField[], words: AnswerTerms): Partial<FormState> | undefined {
  if (!errors.has(field.id) || validateField(field, values[field.id], words)) return undefined;
  const next = new Map(errors);
  next.delete(field.id);
  return { errors: next, summary: summary.filter((entry) => next.has(entry) || !fields.some((candidate) => candidate.id === entry)) };
}
