import { adoptStyles, html, nothing, type LitElement } from 'lit';
import { seatKey, updateSeats } from '../../context/seat-store.js';
import { availability, seatState } from '../../data/seats.js';
import { formatDate } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import { lazy } from '../../lazy.js';
import type { RegistrationResult } from '../../registration-events.js';
import { clearDraft, loadDraft, saveDraft } from '../../submit/draft.js';
import { ANSWER, formFields, type FormField, type FormValues } from '../../submit/fields.js';
import { mailtoLink } from '../../submit/mailto.js';
import type { Submission, SubmitOutcome } from '../../submit/submit.js';
import { isolated } from '../bidi.js';
import type { RegistrationForm, RegistrationState } from './registration-form.js';
import { registrationFormStyles } from './registration-form.styles.js';

/*
 * What <registration-form> does: its questions, validation, submission and
 * every state. embed.js fetches this chunk when a form with usable event data
 * is on the page, and the part that runs once a visitor acts (actions.js)
 * when they first focus it.
 */

type Actions = typeof import('./actions.js');
/** Validation, the protocol client and the events: fetched on the first focus or submit, once per page. */
const actions = lazy(() => import('./actions.js'));
const loadActions = () => actions.load();

/** What the last attempt came to, for the panels above the form. */
type Attempt =
  | { phase: 'submitting' }
  | { phase: 'success'; status: 'confirmed' | 'waitlisted'; message?: string }
  | { phase: 'error'; outcome: SubmitOutcome }
  | { phase: 'mail'; link: string };

/** Lives on a <registration-form> once this chunk has loaded; see that element for what it does. */
export class FormController {
  private valuesNow: FormValues = {};
  private errorsNow = new Map<string, string>();
  private summaryNow: string[] = [];
  private attemptNow?: Attempt;

  constructor(private readonly host: RegistrationForm) {
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...registrationFormStyles]);
  }

  // Reactive state: every change re-renders the host.
  private get values(): FormValues {
    return this.valuesNow;
  }
  private set values(values: FormValues) {
    this.valuesNow = values;
    this.host.requestUpdate();
  }
  private get errors(): Map<string, string> {
    return this.errorsNow;
  }
  private set errors(errors: Map<string, string>) {
    this.errorsNow = errors;
    this.host.requestUpdate();
  }
  private get summary(): string[] {
    return this.summaryNow;
  }
  private set summary(summary: string[]) {
    this.summaryNow = summary;
    this.host.requestUpdate();
  }
  private get attempt(): Attempt | undefined {
    return this.attemptNow;
  }
  private set attempt(attempt: Attempt | undefined) {
    this.attemptNow = attempt;
    this.host.requestUpdate();
  }

  private get language() {
    return this.host.language;
  }
  /** The form's words in the visitor's language. */
  private get form() {
    return this.host.formTerms!;
  }
  private get resolved() {
    return this.host.resolved;
  }
  private get renderRoot() {
    return this.host.renderRoot;
  }
  private get state() {
    return this.host.state;
  }
  private seatFacts(event: EventData) {
    return this.host.seatFacts(event);
  }
  private timeZoneOf(event: EventData) {
    return this.host.timeZoneOf(event);
  }
  private dispatchEvent(event: Event) {
    return this.host.dispatchEvent(event);
  }

  /** Fields the visitor changed since they last left them: validated on leaving, never while typing. */
  private changed = new Set<string>();
  /** Set from the moment a submit starts, before anything is awaited, so a second submit does nothing. */
  private sending = false;
  private idempotencyKey?: string;
  private draftFor?: string;
  private focusAfterRender?: string;

  /** The form, or the panel for its state. */
  render(event: EventData): unknown {
    const { form } = this;
    const registration = event.registration ?? {};
    const state = this.state;
    // Live regions stay in place so screen readers announce what changes inside them.
    return html`<div class="live" role="status">${state === 'submitting' ? html`<p class="message" part="message">${form.sending}</p>` : nothing}${state === 'success' ? this.renderSuccess(event) : nothing}${this.attempt?.phase === 'mail' ? this.renderMailOpened(registration.email!) : nothing}</div>
      <div class="live" role="alert">${state === 'error' ? this.renderFailure(event) : nothing}</div>
      ${state === 'cancelled'
        ? html`<p class="message" part="message">${form.cancelled}</p>`
        : state === 'closed'
          ? this.renderClosed(event)
          : state === 'full' && !registration.waitlist
            ? html`<p class="message" part="message" id="full-message" tabindex="-1">${form.full}</p>`
            : state === 'success'
              ? nothing
              : this.renderForm(event)}`;
  }

  private renderForm(event: EventData): unknown {
    const { form } = this;
    const registration = event.registration ?? {};
    const waitlist = this.onWaitlist(event);
    if (!registration.endpoint && !registration.email) return nothing;
    return html`${waitlist ? html`<p class="message" part="message" id="full-message" tabindex="-1">${form.fullWaitlist}</p>` : nothing}
      ${this.summary.length ? this.renderSummary() : nothing}
      <form
        part="form"
        novalidate
        aria-label=${waitlist ? form.waitlistLabel(event.name) : form.label(event.name)}
        @submit=${this.onSubmit}
        @focusin=${loadActions}
      >
        ${!registration.endpoint ? html`<p class="intro">${form.mailIntro}</p>` : nothing}
        ${this.fields(event).map((field) => this.renderField(field))}
        ${registration.privacyUrl
          ? html`<p part="privacy">${form.privacy(html`<a href=${registration.privacyUrl} target="_blank" rel="noopener">${form.privacyLink}</a>`)}</p>`
          : nothing}
        <div class="honeypot" aria-hidden="true">
          <label for="hp-field">${form.honeypot}</label>
          <input id="hp-field" name="hp-field" tabindex="-1" autocomplete="off" .value=${(this.values['hp-field'] as string) ?? ''} @input=${this.onInput} />
        </div>
        <button part="button" type="submit">
          ${this.state === 'submitting' ? form.submitting : waitlist ? form.submitWaitlist : form.submit}
        </button>
      </form>`;
  }

  private renderField(field: FormField): unknown {
    const { form } = this;
    const error = this.errors.get(field.id);
    const id = fieldId(field.id);
    const describedBy = [field.description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const label = html`<bdi lang=${field.lang ?? nothing}>${field.label}</bdi>${field.required ? nothing : html` <span class="optional">${form.optional}</span>`}`;
    const description = field.description
      ? html`<p class="description" part="description" id="${id}-description" dir="auto" lang=${field.descriptionLang ?? nothing}>${field.description}</p>`
      : nothing;
    const errorText = error
      ? html`<p class="error" part="error" id="${id}-error"><span class="visually-hidden">${form.errorPrefix} </span>${error}</p>`
      : nothing;
    const value = this.values[field.id];
    const invalid = error ? 'true' : nothing;

    if (field.kind === 'radio' || field.kind === 'checkboxes') {
      const chosen = Array.isArray(value) ? value : [value];
      return html`<fieldset class="field ${error ? 'invalid' : ''}" part="field" aria-describedby=${describedBy} aria-invalid=${invalid}>
        <legend part="label">${label}</legend>
        ${description}${errorText}
        ${field.options!.map(
          (option, index) => html`<div class="choice">
            <input
              part="choice"
              type=${field.kind === 'radio' ? 'radio' : 'checkbox'}
              id="${id}-${index}"
              name=${field.id}
              .value=${option.value}
              .checked=${chosen.includes(option.value)}
              @change=${this.onInput}
              @focusout=${this.onLeave}
            />
            <label for="${id}-${index}"><bdi lang=${option.lang ?? nothing}>${option.label}</bdi></label>
          </div>`,
        )}
      </fieldset>`;
    }

    if (field.kind === 'checkbox') {
      return html`<div class="field ${error ? 'invalid' : ''}" part="field">
        ${description}${errorText}
        <div class="choice">
          <input
            part="choice"
            type="checkbox"
            id=${id}
            name=${field.id}
            .checked=${value === true}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            @change=${this.onInput}
            @focusout=${this.onLeave}
          />
          <label for=${id} part="label">${label}</label>
        </div>
      </div>`;
    }

    // A number question is a text box with a number keyboard: the browser's own number box
    // throws away what is not a number ("twee") unseen, so the visitor would never hear why.
    const control =
      field.kind === 'textarea'
        ? html`<textarea
            part="input"
            id=${id}
            name=${field.id}
            rows="4"
            .value=${(value as string) ?? ''}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            @input=${this.onInput}
            @focusout=${this.onLeave}
          ></textarea>`
        : field.kind === 'select'
          ? html`<select
              part="input"
              id=${id}
              name=${field.id}
              aria-describedby=${describedBy}
              aria-invalid=${invalid}
              @change=${this.onInput}
              @focusout=${this.onLeave}
            >
              <option value="">${form.choose}</option>
              ${field.options!.map((option) => html`<option .value=${option.value} ?selected=${value === option.value}>${option.label}</option>`)}
            </select>`
          : html`<input
              part="input"
              id=${id}
              name=${field.id}
              type=${field.kind === 'number' ? 'text' : field.kind}
              inputmode=${field.kind === 'number' ? 'decimal' : nothing}
              autocomplete=${field.autocomplete ?? nothing}
              spellcheck=${field.id === 'name' || field.kind === 'email' ? 'false' : nothing}
              .value=${(value as string) ?? ''}
              aria-describedby=${describedBy}
              aria-invalid=${invalid}
              @input=${this.onInput}
              @focusout=${this.onLeave}
            />`;
    return html`<div class="field ${error ? 'invalid' : ''}" part="field">
      <label for=${id} part="label">${label}</label>
      ${description}${errorText}${control}
    </div>`;
  }

  private renderSummary(): unknown {
    const { form } = this;
    return html`<div class="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${form.problem}</h3>
      <ul>
        ${this.summary.map((fieldIdOrMessage) => {
          const message = this.errors.get(fieldIdOrMessage);
          return message
            ? html`<li><a href="#${fieldId(fieldIdOrMessage)}" @click=${(event: Event) => this.focusField(event, fieldIdOrMessage)}>${message}</a></li>`
            : html`<li dir="auto">${fieldIdOrMessage}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderSuccess(event: EventData): unknown {
    const { form } = this;
    const attempt = this.attempt as Extract<Attempt, { phase: 'success' }>;
    const waitlisted = attempt.status === 'waitlisted';
    return html`<div class="message success" part="message">
      <h3 id="success-title" tabindex="-1">${waitlisted ? form.waitlistedHeading : form.confirmedHeading}</h3>
      <p>${waitlisted ? form.waitlisted(isolated(event.name)) : form.confirmed(isolated(event.name))}</p>
      ${attempt.message ? html`<p dir="auto">${attempt.message}</p>` : nothing} ${this.renderQuestions(event)}
    </div>`;
  }

  private renderFailure(event: EventData): unknown {
    const { form } = this;
    const { outcome } = this.attempt as Extract<Attempt, { phase: 'error' }>;
    const reason =
      outcome.kind === 'busy'
        ? form.busy(outcome.retryAfter)
        : outcome.kind === 'failed' && outcome.reason === 'timeout'
          ? form.failedTimeout
          : outcome.kind === 'failed' && outcome.reason === 'network'
            ? form.failedNetwork
            : form.failed;
    const email = event.registration?.email;
    return html`<div class="message failure" part="message">
      <h3>${form.failedHeading}</h3>
      <p>${reason} ${form.kept}</p>
      <button part="button" type="button" class="secondary" @click=${this.retry}>${form.retry}</button>
      ${email ? html`<p>${form.mailFallback(html`<a href=${this.mailto(event)} dir="ltr">${email}</a>`)}</p>` : nothing}
    </div>`;
  }

  private renderMailOpened(email: string): unknown {
    const { form } = this;
    const attempt = this.attempt as Extract<Attempt, { phase: 'mail' }>;
    return html`<p class="message" part="message">${form.mailOpened(html`<a href=${attempt.link} dir="ltr">${email}</a>`)}</p>`;
  }

  private renderClosed(event: EventData): unknown {
    const { form } = this;
    const opens = this.seatFacts(event).opens;
    const notYet = opens !== undefined && Date.now() < opens;
    return html`<p class="message" part="message">
      ${notYet ? form.opensAt(formatDate(opens, this.language.locale, this.timeZoneOf(event))) : form.closed}
    </p>`;
  }

  private renderQuestions(event: EventData): unknown {
    const { contact, email } = event.registration ?? {};
    if (!contact && !email) return nothing;
    const { form } = this;
    const { announcement } = this.language.terms;
    const link = email ? html`<a href=${mailtoLink(email, announcement.mailSubject(event.name))} dir="ltr">${email}</a>` : undefined;
    return html`<p>${form.questions({ contact: contact && isolated(contact), email: link })}</p>`;
  }

  /** The fields of `event` in the visitor's language. */
  private fields(event: EventData): FormField[] {
    return formFields(event, this.form, this.language.locale);
  }

  /** The availability of `event` (from its data and live seats), overlaid by the attempt under way. */
  private stateOf(event: EventData): RegistrationState {
    const phase = this.attempt?.phase;
    if (phase === 'submitting' || phase === 'success' || phase === 'error') return phase;
    return availability(this.seatFacts(event), Date.now());
  }

  private onWaitlist(event: EventData): boolean {
    return Boolean(event.registration?.waitlist) && seatState(this.seatFacts(event), Date.now()) === 'waitlist';
  }

  private onInput = (domEvent: Event) => {
    const control = domEvent.target as HTMLInputElement;
    const id = control.name;
    let value: FormValues[string];
    if (control.type === 'checkbox' && this.fieldById(id)?.kind === 'checkboxes') {
      const chosen = new Set((this.values[id] as string[] | undefined) ?? []);
      if (control.checked) chosen.add(control.value);
      else chosen.delete(control.value);
      value = [...chosen];
    } else {
      value = control.type === 'checkbox' ? control.checked : control.value;
    }
    this.values = { ...this.values, [id]: value };
    this.changed.add(id);
    // Clear an error as soon as it is fixed; never add one while the visitor types.
    if (this.errors.has(id)) void this.revalidate(id, false);
    this.persist();
  };

  private onLeave = (domEvent: FocusEvent) => {
    const id = (domEvent.target as HTMLInputElement).name;
    // Moving between the options of one group is not leaving the field.
    const next = domEvent.relatedTarget as HTMLInputElement | null;
    if (next?.name === id || !this.changed.has(id)) return;
    this.changed.delete(id);
    void this.revalidate(id, true);
  };

  /** Validates one field; `report` also shows a new error (on leaving), otherwise only clears a fixed one. */
  private async revalidate(id: string, report: boolean): Promise<void> {
    const field = this.fieldById(id);
    if (!field) return;
    const { validateField } = await loadActions();
    const message = validateField(field, this.values[id], this.form);
    if (message === this.errors.get(id) || (message && !report)) return;
    const errors = new Map(this.errors);
    if (message) errors.set(id, message);
    else errors.delete(id);
    this.errors = errors;
    if (this.summary.length) this.summary = this.summary.filter((entry) => errors.has(entry) || !this.fieldById(entry));
  }

  private fieldById(id: string): FormField | undefined {
    const event = this.resolved.event;
    return event ? this.fields(event).find((field) => field.id === id) : undefined;
  }

  private focusField(domEvent: Event, id: string): void {
    domEvent.preventDefault();
    const controls = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(id)}"]`)];
    const control = controls.find((candidate) => candidate.checked) ?? controls[0];
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  }

  private retry = () => {
    this.renderRoot.querySelector('form')?.requestSubmit();
  };

  private onSubmit = async (domEvent: SubmitEvent) => {
    domEvent.preventDefault();
    const event = this.resolved.event;
    if (!event || this.sending) return;
    this.sending = true;
    try {
      await this.send(event, await loadActions());
    } finally {
      this.sending = false;
    }
  };

  private async send(event: EventData, { validateForm, newIdempotencyKey, submitRegistration, RegistrationSubmitEvent }: Actions): Promise<void> {
    const registration = event.registration ?? {};

    // A filled honeypot is a bot: it gets what a person would see, and nothing is sent.
    if (this.values['hp-field']) {
      this.attempt = { phase: 'success', status: 'confirmed' };
      this.focusAfterRender = '#success-title';
      return;
    }

    // Submitting checks every field, so none is left to check on leaving it: otherwise moving
    // focus to the summary would re-check the field typed last and drop the endpoint's error there.
    this.changed.clear();
    const fields = this.fields(event);
    const errors = validateForm(fields, this.values, this.form);
    if (errors.size) return this.showErrors(errors, [...errors.keys()]);
    this.errors = new Map();
    this.summary = [];

    const data = this.submission(event, fields);
    let response: Promise<Response | RegistrationResult> | undefined;
    const submitEvent = new RegistrationSubmitEvent({ data, event, respondWith: (result) => (response = result) });
    if (!this.dispatchEvent(submitEvent) && !response) return;

    if (!response && !registration.endpoint) {
      const link = this.mailto(event);
      this.attempt = { phase: 'mail', link };
      this.host.openMail(link);
      return;
    }

    this.idempotencyKey ??= newIdempotencyKey();
    this.persist();
    this.attempt = { phase: 'submitting' };
    const outcome = response
      ? await outcomeOf(response)
      : await submitRegistration(registration.endpoint!, data, {
          idempotencyKey: this.idempotencyKey,
          encoding: registration.encoding,
          timeout: this.host.timeout * 1000,
        });
    this.settle(event, data, outcome, await loadActions());
  }

  /** Shows what the attempt came to, tells the page, and keeps or clears what was typed. */
  private settle(
    event: EventData,
    data: Submission,
    outcome: SubmitOutcome,
    { RegistrationSuccessEvent, RegistrationErrorEvent }: Actions,
  ): void {
    const key = seatKey(event);
    if (outcome.kind === 'success') {
      if (outcome.remaining !== undefined) updateSeats(key, { remaining: outcome.remaining });
      clearDraft(key);
      this.idempotencyKey = undefined;
      this.values = {};
      this.changed.clear();
      this.attempt = { phase: 'success', status: outcome.status, message: outcome.message };
      this.focusAfterRender = '#success-title';
      this.dispatchEvent(new RegistrationSuccessEvent({ data, status: outcome.status, remaining: outcome.remaining, response: outcome.body }));
      return;
    }
    const status = 'httpStatus' in outcome ? outcome.httpStatus : undefined;
    if (outcome.kind === 'full') {
      // The seat state says full now: the form gives way to "full", or to the waiting-list form.
      // Focus goes to the message, or it would be lost with the form and the news unheard.
      updateSeats(key, { remaining: 0 });
      this.attempt = undefined;
      this.focusAfterRender = '#full-message';
      this.dispatchEvent(new RegistrationErrorEvent({ data, status, error: 'full' }));
      return;
    }
    if (outcome.kind === 'invalid') {
      this.attempt = undefined;
      const fields = this.fields(event);
      const errors = new Map<string, string>();
      const general: string[] = [];
      for (const [name, message] of Object.entries(outcome.errors)) {
        const field = fields.find((candidate) => candidate.id === name || candidate.id === ANSWER + name);
        if (field) errors.set(field.id, message);
        else general.push(message);
      }
      if (outcome.message && !errors.size && !general.length) general.push(outcome.message);
      this.showErrors(errors, [...general, ...errors.keys()]);
      this.dispatchEvent(new RegistrationErrorEvent({ data, status, error: 'invalid', errors: outcome.errors }));
      return;
    }
    this.attempt = { phase: 'error', outcome };
    this.dispatchEvent(new RegistrationErrorEvent({ data, status, error: outcome.kind === 'failed' ? outcome.reason : outcome.kind }));
  }

  private showErrors(errors: Map<string, string>, summary: string[]): void {
    this.errors = errors;
    this.summary = summary;
    this.focusAfterRender = '.error-summary';
  }

  /** The request body of SPEC from what the visitor typed. */
  private submission(event: EventData, fields: FormField[]): Submission {
    const text = (id: string) => ((this.values[id] as string | undefined) ?? '').trim() || undefined;
    const answers: Submission['answers'] = {};
    for (const field of fields) {
      const value = this.values[field.id];
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
      consent: event.registration?.consent ? this.values.consent === true : undefined,
      answers,
      locale: this.language.terms.lang,
      waitlist: this.onWaitlist(event),
    };
  }

  /** A mailto link to the organiser with the answers written out, label by label. */
  private mailto(event: EventData): string {
    const { form } = this;
    const { announcement } = this.language.terms;
    const lines = [form.mailGreeting(event.name), ''];
    for (const field of this.fields(event)) {
      const value = this.values[field.id];
      if (value === undefined || value === '' || value === false) continue;
      const shown = value === true ? '✓' : Array.isArray(value) ? value.join(', ') : value;
      lines.push(`${field.label}: ${shown}`);
    }
    return mailtoLink(event.registration!.email!, announcement.mailSubject(event.name), lines);
  }

  /** Restores what was typed for `event` and says which state to show. */
  prepare(event: EventData): RegistrationState {
    this.restoreDraft(event);
    return this.stateOf(event);
  }

  /** Moves focus where the last change asked for it (error summary, success heading). */
  afterRender(): void {
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  private restoreDraft(event: EventData): void {
    const key = seatKey(event);
    if (this.draftFor === key) return;
    this.draftFor = key;
    const draft = loadDraft(key);
    this.values = draft?.values ?? {};
    this.idempotencyKey = draft?.idempotencyKey;
  }

  private persist(): void {
    const { event } = this.resolved;
    if (!event) return;
    const { 'hp-field': _honeypot, ...values } = this.values;
    saveDraft(seatKey(event), { values, idempotencyKey: this.idempotencyKey });
  }
}

/** Ids inside the shadow root: field ids with characters a fragment link can carry. */
function fieldId(id: string): string {
  return `field-${id.replace(/[^\w-]/g, '_')}`;
}

/** What a host's `respondWith` promise came to, read like an endpoint's answer. */
async function outcomeOf(result: Promise<Response | RegistrationResult>): Promise<SubmitOutcome> {
  const { responseOutcome } = await loadActions();
  try {
    const value = await result;
    if (value instanceof Response) return responseOutcome(value);
    const status = value.status === 'full' ? 409 : value.errors ? 422 : 200;
    return responseOutcome(new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } }));
  } catch (error) {
    return { kind: 'failed', reason: 'network', detail: String(error) };
  }
}
