/*
 * The registration form's templates: pure functions of what the form shows
 * (`FormView`) to lit templates. No state and no DOM access; the controller
 * (form-controller.ts) gathers the view and handles what the visitor does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventData } from '../../data/types.js';
import type { AnswerTerms, FormTerms, Terms } from '../../i18n/terms.js';
import type { FormField } from '../../submit/fields.js';
import type { FormState, RegistrationState } from './form-state.js';

/** The panels shown after a submit: they arrive with the code that runs once a visitor acts (actions.ts). */
export type Panels = typeof import('./panels.js');

/** What the visitor can do, bound to the controller. */
export interface FormHandlers {
  input(event: Event): void;
  submit(event: SubmitEvent): void;
  /** The visitor is about to act: load what acting needs. */
  prepare(): void;
  retry(): void;
  /** Follows an error summary link to its field. */
  focusField(event: Event, fieldId: string): void;
}

/** Everything a render of the form depends on. */
export interface FormView extends FormState {
  event: EventData;
  /** The state shown: availability overlaid by the attempt under way. */
  state: RegistrationState;
  fields: FormField[];
  /** The event is full and its waiting list open, by the live seats when known: the form signs up for that. */
  waitlist: boolean;
  /** The moment registration opens, already formatted, when it is not open yet. */
  opensAt?: string;
  /** Level of the panels' headings (the element's `heading-level`). */
  headingLevel: number;
  words: FormTerms;
  terms: Terms;
  on: FormHandlers;
  /** The error summary and the result panels, once the visitor has acted. */
  panels?: Panels;
  /** Their words (the `answers` namespace), which arrive with them. */
  answers?: AnswerTerms;
}

/** Ids inside the shadow root: field ids with characters a fragment link can carry. */
export function fieldId(id: string): string {
  return `field-${id.replace(/[^\w-]/g, '_')}`;
}

const message = (text: unknown) => html`<p class="message" part="message">${text}</p>`;

/**
 * The form, or the panel for its state. Live regions stay in place so screen readers announce what
 * changes inside them: the attempt's news (polite), its failure (assertive), and the state's message
 * (polite), which also comes without a submit, when a poll finds the event full or registration closes.
 */
export function formTemplate(view: FormView): TemplateResult {
  const { state, attempt, answers } = view;
  const notice = stateNotice(view);
  // Sending, the mail program's turn and the panels follow an action: their words (`answers`) are here by then.
  return html`<div class="live" role="status">${state === 'submitting' && answers ? message(answers.sending) : nothing}${state === 'success' && view.panels && answers ? view.panels.successPanel(view, answers) : nothing}${attempt?.phase === 'mail' && answers
        ? message(answers.mailOpened(html`<a href=${attempt.link} dir="ltr">${view.event.registration?.email}</a>`))
        : nothing}</div>
    <div class="live" role="alert">${state === 'error' && view.panels && answers ? view.panels.failurePanel(view, answers) : nothing}</div>
    <div class="live" role="status">${notice ? html`<p class="message" part="message" id="state-message" tabindex="-1">${notice}</p>` : nothing}</div>
    ${state === 'success' || (notice && !view.waitlist) ? nothing : questions(view)}`;
}

/**
 * What the state says when it is not the visitor's doing: full (above the waiting-list form when
 * there is one), closed, cancelled, past. It can take focus, for when it replaces the part that had it.
 */
function stateNotice({ state, words, waitlist, opensAt }: FormView): unknown {
  return waitlist
    ? state !== 'success' && words.fullWaitlist
    : state === 'closed' && opensAt
      ? words.opensAt(opensAt)
      : (state === 'full' || state === 'closed' || state === 'cancelled' || state === 'past') && words[state];
}

function questions(view: FormView): unknown {
  const { words, event, waitlist, on } = view;
  // The element shows no form for an event without an endpoint or an e-mail address (`lacks`).
  const registration = event.registration ?? {};
  return html`${view.summary.length && view.panels && view.answers ? view.panels.summary(view, view.answers) : nothing}
    <form part="form" novalidate aria-label=${waitlist ? words.waitlistLabel(event.name) : words.label(event.name)} @submit=${on.submit} @focusin=${on.prepare}>
      ${!registration.endpoint ? html`<p class="intro">${words.mailIntro}</p>` : nothing} ${view.fields.map((field) => fieldTemplate(view, field))}
      ${registration.privacyUrl
        ? html`<p part="privacy">${words.privacy(html`<a href=${registration.privacyUrl} target="_blank" rel="noopener">${words.privacyLink}</a>`)}</p>`
        : nothing}
      <div class="honeypot" aria-hidden="true">
        <label for="hp-field">${words.honeypot}</label>
        <input id="hp-field" name="hp-field" tabindex="-1" autocomplete="off" .value=${(view.values['hp-field'] as string) ?? ''} @input=${on.input}>
      </div>
      <button part="button" type="submit">${view.state === 'submitting' && view.answers ? view.answers.submitting : waitlist ? words.submitWaitlist : words.submit}</button>
    </form>`;
}

function fieldTemplate(view: FormView, field: FormField): unknown {
  const { words, on } = view;
  const error = view.errors.get(field.id);
  const id = fieldId(field.id);
  // Read after the label: the editor's description, the length limit, the error.
  const describedBy = [field.description && `${id}-description`, field.lengthHint && `${id}-limit`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
  const label = html`<bdi lang=${field.lang ?? nothing}>${field.label}</bdi>${field.required ? nothing : html` <span class="optional">${words.optional}</span>`}`;
  const description = field.description
    ? html`<p class="description" part="description" id="${id}-description" dir="auto" lang=${field.descriptionLang ?? nothing}>${field.description}</p>`
    : nothing;
  const lengthHint = field.lengthHint ? html`<p class="description" part="description" id="${id}-limit">${field.lengthHint}</p>` : nothing;
  const errorText = error ? html`<p class="error" part="error" id="${id}-error"><span class="visually-hidden">${view.answers?.errorPrefix} </span>${error}</p>` : nothing;
  const value = view.values[field.id];
  const invalid = error ? 'true' : nothing;
  const fieldClass = `field ${error ? 'invalid' : ''}`;

  if (field.kind === 'radio' || field.kind === 'checkboxes') {
    const chosen = Array.isArray(value) ? value : [value];
    return html`<fieldset class=${fieldClass} part="field" aria-describedby=${describedBy} aria-invalid=${invalid}>
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
            @change=${on.input}>
          <label for="${id}-${index}"><bdi lang=${option.lang ?? nothing}>${option.label}</bdi></label>
        </div>`,
      )}
    </fieldset>`;
  }

  if (field.kind === 'checkbox') {
    return html`<div class=${fieldClass} part="field">
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
          @change=${on.input}>
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
          @input=${on.input}></textarea>`
      : field.kind === 'select'
        ? html`<select part="input" id=${id} name=${field.id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${on.input}>
            <option value="">${words.choose}</option>
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
            @input=${on.input}>`;
  return html`<div class=${fieldClass} part="field">
    <label for=${id} part="label">${label}</label>
    ${description}${lengthHint}${errorText}${control}
  </div>`;
}
