/*
 * What a submit does, from the visitor's answers to what the page shows and
 * hears: the honeypot, validation, the page's `registration-submit` event, the
 * mail fallback, the request with its idempotency key, and what the attempt
 * came to (outcome.ts). It arrives with the code that runs once a visitor acts
 * (actions.ts), so a page fetches none of it before then; the form's
 * controller (form-controller.ts) hands it what it needs.
 */
import { seatKey, updateSeats } from '../../context/seat-store.js';
import type { EventData } from '../../data/types.js';
import type { AnswerTerms, Terms } from '../../i18n/index.js';
import { RegistrationErrorEvent, RegistrationSubmitEvent, RegistrationSuccessEvent, type RegistrationResult } from '../../registration-events.js';
import type { Draft } from '../../submit/draft.js';
import type { FormField } from '../../submit/fields.js';
import { newIdempotencyKey, responseOutcome, submitRegistration, type SubmitOutcome } from '../../submit/submit.js';
import { validateForm } from '../../submit/validate.js';
import type { FormHost } from './form-controller.js';
import type { Focus, FormState } from './form-state.js';
import { registrationMail, settle, submissionOf } from './outcome.js';

/** The `Idempotency-Key` of a submission and the request body it belongs to, named as the draft keeps them. */
export type Key = Required<Pick<Draft, 'idempotencyKey' | 'keyBody'>>;

/** What a submit needs of the form's controller. */
export interface Submitting {
  readonly host: FormHost;
  readonly event: EventData;
  /** The questions, and the words for what follows, in the visitor's language. */
  readonly fields: FormField[];
  readonly answers: AnswerTerms;
  /** The visitor's words (`lang` is sent as the registration's `locale`). */
  readonly terms: Terms;
  /** Whether the form signs the visitor up for the waiting list. */
  readonly waitlist: boolean;
  /** The key of the last submission, from this page or the draft. */
  readonly key?: Key;
  /** The form's state now: read again after each wait, since the visitor may have typed meanwhile. */
  state(): FormState;
  /** Shows `changes`, and moves focus to `focus` once they are rendered. */
  show(changes: Partial<FormState>, focus?: Focus): void;
  /** A new submission's key, kept with the draft. */
  keep(key: Key): void;
  /** The registration went through: the draft and the key are forgotten. */
  done(): void;
}

/** Sends the visitor's answers, or says what stops them, and shows what it came to. */
export async function send(form: Submitting): Promise<void> {
  const { host, event, fields, answers } = form;
  const registration = event.registration ?? {};
  const { values } = form.state();

  // A filled honeypot is a bot: it gets what a person would see, and nothing is sent.
  if (values['hp-field']) {
    const { name = '', email = '' } = values as Record<string, string>;
    return form.show({ attempt: { phase: 'success', status: 'confirmed', name, email } }, '#success-title');
  }

  const errors = validateForm(fields, values, answers);
  if (errors.size) return form.show({ errors, summary: [...errors.keys()] }, '.error-summary');
  form.show({ errors: new Map(), summary: [] });

  const data = submissionOf(event, fields, values, form.terms.lang, form.waitlist);
  let response: Promise<Response | RegistrationResult> | undefined;
  const submitEvent = new RegistrationSubmitEvent({ data, event, respondWith: (result) => (response = result) });
  if (!host.dispatchEvent(submitEvent) && !response) return;

  if (!response && !registration.endpoint) {
    const link = registrationMail(event, form.terms, fields, values, answers);
    form.show({ attempt: { phase: 'mail', link } });
    host.openMail(link);
    return;
  }

  // One key per submission (docs/protocol.md, "Idempotency"): a retry of the same answers keeps it, so a
  // registration that got through unanswered is not made twice; changed answers are a new submission.
  const body = JSON.stringify(data);
  const newKey = (): Key => {
    const key = { idempotencyKey: newIdempotencyKey(), keyBody: body };
    form.keep(key);
    return key;
  };
  let key = form.key?.keyBody === body ? form.key : newKey();
  const retry = key === form.key;
  form.show({ attempt: { phase: 'submitting' } });
  const post = () => submitRegistration(registration.endpoint!, data, { idempotencyKey: key.idempotencyKey, encoding: registration.encoding, timeout: host.timeout * 1000 });
  let outcome = response ? await outcomeOf(response) : await post();
  // A 422 naming no field, for a key sent before, may be the endpoint holding other answers under it
  // (a key reused with a different body); once more under a new key settles which it is.
  if (!response && retry && outcome.kind === 'invalid' && !Object.keys(outcome.errors).length) {
    key = newKey();
    outcome = await post();
  }

  // Shows what the attempt came to, tells the page, and keeps or clears what was typed.
  const settled = settle(form.state(), outcome, data, fields, answers.rejected);
  if (settled.seats) updateSeats(seatKey(event), settled.seats);
  if (settled.done) form.done();
  form.show(settled.state, settled.focus);
  host.dispatchEvent(settled.event.type === 'success' ? new RegistrationSuccessEvent(settled.event.detail) : new RegistrationErrorEvent(settled.event.detail));
}

/** What a host's `respondWith` promise came to, read like an endpoint's answer. */
async function outcomeOf(result: Promise<Response | RegistrationResult>): Promise<SubmitOutcome> {
  try {
    const value = await result;
    if (value instanceof Response) return responseOutcome(value);
    const status = value.status === 'full' ? 409 : value.errors ? 422 : 200;
    // No Content-Type: responseOutcome reads it only to explain a body that is not JSON, and JSON.stringify's is.
    return responseOutcome(new Response(JSON.stringify(value), { status }));
  } catch (error) {
    return { kind: 'failed', reason: 'network', detail: String(error) };
  }
}
