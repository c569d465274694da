import { nothing, type PropertyDeclarations } from 'lit';
import { availability } from '../../data/seats.js';
import type { EventData } from '../../data/types.js';
import { namespace, type FormTerms } from '../../i18n/index.js';
import { lazy } from '../../lazy.js';
import { EventElement } from '../event-element.js';
import { sharedStyles } from '../shared.styles.js';
import type { FormController } from './registration-form.controller.js';

/** The form's behaviour: a chunk of its own, fetched when a form with usable event data is on the page. */
const implementation = lazy(() => import('./registration-form.controller.js'));

/** The states of SPEC, reflected as the `state` attribute. */
export type RegistrationState = 'open' | 'submitting' | 'success' | 'error' | 'full' | 'closed' | 'cancelled';

/**
 * A sign-up form that posts to the site's own endpoint (`registration.endpoint`
 * of the event) by SPEC's submission protocol, or — with only an e-mail
 * address — opens the visitor's mail program with the registration filled in.
 *
 * It validates on submit and when the visitor leaves a field they changed,
 * shows every error at its field and in a summary that takes focus, keeps what
 * was typed in session storage until a registration succeeds, sends one
 * `Idempotency-Key` for every retry of one submission, and never disables its
 * button to signal invalid input.
 *
 * Speaks the language of its `lang` or the nearest ancestor's: Dutch (the
 * default), English, Turkish or Arabic; other languages get English. Arabic,
 * or a `dir="rtl"` on it or an ancestor, lays it out right to left. Turkish
 * and Arabic words are fetched from next to embed.js when first needed.
 *
 * @tagname registration-form
 * @summary Sign-up form that posts to the site's own endpoint, or falls back to e-mail.
 *
 * @csspart form - The `<form>`.
 * @csspart field - One question: label, description, error and control.
 * @csspart label - A field's label (or legend).
 * @csspart description - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - Every text input, textarea and select.
 * @csspart choice - Every checkbox and radio button.
 * @csspart button - The submit button (and the retry button).
 * @csspart error-summary - The summary of all errors, at the top; it takes focus.
 * @csspart message - The panel for a state: sending, success, failure, full, closed, cancelled.
 * @csspart privacy - The line linking the privacy statement.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @cssprop --registration-form-font-family - Font of all text; falls back to `--utrecht-document-font-family`, then the page’s.
 * @cssprop --registration-form-font-size - Base text size; falls back to `--utrecht-document-font-size`, then the page’s.
 * @cssprop --registration-form-line-height - Line height; falls back to `--utrecht-document-line-height`, then `1.5`.
 * @cssprop --registration-form-color - Text colour; falls back to `--utrecht-document-color`, then the page’s.
 * @cssprop --registration-form-background-color - Background; falls back to `--utrecht-document-background-color`, then `transparent`.
 * @cssprop --registration-form-focus-outline-width - Width of the focus ring; falls back to `--utrecht-focus-outline-width`, then `2px`.
 * @cssprop --registration-form-focus-outline-offset - Space between a control and its focus ring; falls back to `--utrecht-focus-outline-offset`, then `2px`.
 * @cssprop --registration-form-focus-outline-style - Style of the focus ring; falls back to `--utrecht-focus-outline-style`, then `solid`.
 * @cssprop --registration-form-focus-outline-color - Colour of the focus ring; falls back to `--utrecht-focus-outline-color`, then `#000`.
 * @cssprop --registration-form-link-color - Link colour; falls back to `--utrecht-link-color`, `--nl-link-color`, then `LinkText`.
 * @cssprop --registration-form-focus-inverse-outline-color - Band under the focus ring that keeps it visible on dark backgrounds; falls back to `--utrecht-focus-inverse-outline-color`, then `#fff`.
 * @cssprop --registration-form-notice-border-color - Border of the data notice; falls back to `--utrecht-alert-error-border-color`, then `#b30000`.
 * @cssprop --registration-form-notice-background-color - Background of the data notice; falls back to `--utrecht-alert-error-background-color`, then `#fdf2f2`.
 * @cssprop --registration-form-notice-color - Text colour of the data notice; falls back to `--utrecht-alert-error-color`, then `#1a1a1a`.
 * @cssprop --registration-form-notice-padding-block - Space above and below the data notice’s text; falls back to `--utrecht-alert-padding-block-start`, then `0.5rem`.
 * @cssprop --registration-form-notice-padding-inline - Space beside the data notice’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`.
 * @cssprop --registration-form-error-color - Colour of error messages and marks; falls back to `--utrecht-form-field-error-message-color`, then `#b30000`.
 * @cssprop --registration-form-input-border-width - Border width of inputs; falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, then `1px`.
 * @cssprop --registration-form-button-background-color - Background of the submit button (and the tick of checkboxes and radios); falls back to `--utrecht-button-primary-action-background-color`, `--nl-button-primary-background-color`, then `#154273`.
 * @cssprop --registration-form-form-row-gap - Space between questions; falls back to `--utrecht-space-row-lg`, then `1.25rem`.
 * @cssprop --registration-form-field-invalid-padding-inline-start - Indent of a question with an error; falls back to `--utrecht-form-field-invalid-padding-inline-start`, then `0.75rem`.
 * @cssprop --registration-form-field-invalid-border-inline-start-width - Width of the mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-width`, then `0.25rem`.
 * @cssprop --registration-form-field-invalid-border-inline-start-color - Mark beside a question with an error; falls back to `--utrecht-form-field-invalid-border-inline-start-color`, then the error colour.
 * @cssprop --registration-form-label-font-weight - Weight of labels and legends; falls back to `--utrecht-form-label-font-weight`, then `bold`.
 * @cssprop --registration-form-description-color - Colour of help text; falls back to `--utrecht-form-field-description-color`, then the page’s.
 * @cssprop --registration-form-input-font-family - Font of inputs; falls back to `--utrecht-form-control-font-family`, then the page’s.
 * @cssprop --registration-form-input-font-size - Text size of inputs; falls back to `--utrecht-form-control-font-size`, then the page’s.
 * @cssprop --registration-form-input-padding-block - Space above and below the text in inputs; falls back to `--utrecht-form-control-padding-block-start`, then `0.5rem`.
 * @cssprop --registration-form-input-padding-inline - Space beside the text in inputs; falls back to `--utrecht-form-control-padding-inline-start`, then `0.75rem`.
 * @cssprop --registration-form-input-border-color - Border of inputs; falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, then `#595959`.
 * @cssprop --registration-form-input-border-block-end-width - Width of the bottom border of inputs; falls back to `--utrecht-textbox-border-bottom-width`, then the input border width.
 * @cssprop --registration-form-input-border-radius - Corner radius of inputs; falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, then `0`.
 * @cssprop --registration-form-input-background-color - Background of inputs; falls back to `--utrecht-textbox-background-color`, `--utrecht-form-control-background-color`, then `#fff`.
 * @cssprop --registration-form-input-color - Text colour of inputs; falls back to `--utrecht-textbox-color`, `--utrecht-form-control-color`, then the page’s.
 * @cssprop --registration-form-input-focus-border-color - Border of the input that has focus; falls back to `--utrecht-form-control-focus-border-color`, then `currentColor`.
 * @cssprop --registration-form-input-invalid-border-color - Border of inputs with an error; falls back to `--utrecht-textbox-invalid-border-color`, `--utrecht-form-control-invalid-border-color`, then the error colour.
 * @cssprop --registration-form-input-invalid-border-width - Border width of inputs with an error; default `2px`.
 * @cssprop --registration-form-choice-accent-color - Colour of ticked checkboxes and chosen radios; falls back to `--utrecht-checkbox-checked-background-color`, then the button background.
 * @cssprop --registration-form-button-font-family - Font of buttons; falls back to `--utrecht-button-font-family`, then the page’s.
 * @cssprop --registration-form-button-font-size - Text size of buttons; falls back to `--utrecht-button-font-size`, then the page’s.
 * @cssprop --registration-form-button-font-weight - Weight of button text; falls back to `--utrecht-button-font-weight`, then `bold`.
 * @cssprop --registration-form-button-padding-block - Space above and below button text; falls back to `--utrecht-button-padding-block-start`, then `0.5rem`.
 * @cssprop --registration-form-button-padding-inline - Space beside button text; falls back to `--utrecht-button-padding-inline-start`, then `1.5rem`.
 * @cssprop --registration-form-button-border-width - Border width of the submit button; falls back to `--utrecht-button-primary-action-border-width`, `--utrecht-button-border-width`, then `2px`.
 * @cssprop --registration-form-button-border-color - Border of the submit button; falls back to `--utrecht-button-primary-action-border-color`, `--nl-button-primary-border-color`, then `transparent`.
 * @cssprop --registration-form-button-border-radius - Corner radius of buttons; falls back to `--utrecht-button-border-radius`, then `0.25rem`.
 * @cssprop --registration-form-button-color - Text colour of the submit button; falls back to `--utrecht-button-primary-action-color`, `--nl-button-primary-color`, then `#fff`.
 * @cssprop --registration-form-button-secondary-border-width - Border width of the retry button; falls back to `--utrecht-button-secondary-action-border-width`, then `2px`.
 * @cssprop --registration-form-button-secondary-border-color - Border of the retry button; falls back to `--utrecht-button-secondary-action-border-color`, `--nl-button-secondary-border-color`, then `currentColor`.
 * @cssprop --registration-form-button-secondary-background-color - Background of the retry button; falls back to `--utrecht-button-secondary-action-background-color`, `--nl-button-secondary-background-color`, then `transparent`.
 * @cssprop --registration-form-button-secondary-color - Text colour of the retry button; falls back to `--utrecht-button-secondary-action-color`, `--nl-button-secondary-color`, then the page’s.
 * @cssprop --registration-form-error-summary-padding-block - Space above and below the error summary’s content; falls back to `--utrecht-alert-padding-block-start`, then `1rem`.
 * @cssprop --registration-form-error-summary-padding-inline - Space beside the error summary’s content; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`.
 * @cssprop --registration-form-error-summary-border-color - Border of the error summary; default: the error colour.
 * @cssprop --registration-form-error-summary-background-color - Background of the error summary; falls back to `--utrecht-alert-error-background-color`, then `transparent`.
 * @cssprop --registration-form-error-summary-color - Text colour of the error summary; falls back to `--utrecht-alert-error-color`, then the page’s.
 * @cssprop --registration-form-message-padding-block - Space above and below a state panel’s text; falls back to `--utrecht-alert-padding-block-start`, then `1rem`.
 * @cssprop --registration-form-message-padding-inline - Space beside a state panel’s text; falls back to `--utrecht-alert-padding-inline-start`, then `1rem`.
 * @cssprop --registration-form-message-background-color - Background of state panels (sending, full, closed…); falls back to `--utrecht-alert-info-background-color`, then `#f3f3f3`.
 * @cssprop --registration-form-message-color - Text colour of state panels; falls back to `--utrecht-alert-info-color`, then the page’s.
 * @cssprop --registration-form-message-border-color - Mark beside state panels; default `currentColor`.
 * @cssprop --registration-form-message-success-border-color - Mark beside the success panel; falls back to `--utrecht-feedback-success-border-color`, then `#2b7a3d`.
 * @cssprop --registration-form-message-success-background-color - Background of the success panel; falls back to `--utrecht-alert-ok-background-color`, then `#f3f3f3`.
 * @cssprop --registration-form-message-success-color - Text colour of the success panel; falls back to `--utrecht-alert-ok-color`, then the page’s.
 * @cssprop --registration-form-message-failure-border-color - Mark beside the failure panel; default: the error colour.
 * @cssprop --registration-form-message-failure-background-color - Background of the failure panel; falls back to `--utrecht-alert-error-background-color`, then `#f3f3f3`.
 * @cssprop --registration-form-message-failure-color - Text colour of the failure panel; falls back to `--utrecht-alert-error-color`, then the page’s.
 *
 * @fires registration-submit - Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome.
 * @fires registration-success - Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`.
 * @fires registration-error - Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form.
 * @fires seats-change - The seats of the event changed on this page (a registration, a poll); fired once per change by one of the elements showing the event. `detail: { eventId, capacity?, remaining?, state }`.
 * @fires event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, message }`.
 */
export class RegistrationForm extends EventElement {
  /** The notice's styles; the form's own arrive with its behaviour. */
  static override styles = sharedStyles('registration-form');

  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    state: { reflect: true },
  };

  /** Seconds to wait for the endpoint before giving up (the visitor can retry with the same key). */
  declare timeout: number;

  /**
   * The state shown, reflected for the site's CSS: `open`, `submitting`,
   * `success`, `error`, `full`, `closed` or `cancelled`. Set by the element.
   */
  declare state: RegistrationState | undefined;

  /**
   * The form's words in the visitor's language.
   * @internal
   */
  formTerms?: FormTerms;

  private controller?: FormController;

  constructor() {
    super();
    this.timeout = 15;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // The form's words are a chunk of their own, fetched beside the form's code; until a new
    // language's have come, the form keeps the words it has.
    this.formTerms = this.need(namespace(this.language.terms.lang, 'form')) ?? this.formTerms;
    const { event } = this.resolved;
    if (event && !this.controller) {
      const module = this.need(implementation);
      if (module && this.formTerms) this.controller = new module.FormController(this);
    }
    this.state = event ? (this.controller?.prepare(event) ?? availability(this.seatFacts(event), Date.now())) : undefined;
  }

  protected override updated(): void {
    super.updated();
    this.controller?.afterRender();
  }

  protected renderEvent(event: EventData): unknown {
    return this.controller?.render(event) ?? nothing;
  }

  /**
   * Hands the registration to the visitor's mail program.
   * @internal
   */
  openMail(link: string): void {
    window.location.href = link;
  }
}
