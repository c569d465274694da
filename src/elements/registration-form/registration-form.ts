import { nothing, type PropertyDeclarations } from 'lit';
import { availability } from '../../data/seats.js';
import type { EventData } from '../../data/types.js';
import { namespace, type FormTerms } from '../../i18n/index.js';
import { implementation } from './chunks.js';
import { LiveSeatsController } from '../controllers/live-seats.js';
import { EventElement } from '../event-element.js';
import { sharedStyles } from '../shared.styles.js';
import type { FormContext, FormController, FormHost } from './form-controller.js';
import type { RegistrationState } from './form-state.js';

export type { RegistrationState } from './form-state.js';

/**
 * A sign-up form that posts to the site's own endpoint (`registration.endpoint`
 * of the event) by the submission protocol (docs/protocol.md), or — with only an e-mail
 * address — opens the visitor's mail program with the registration filled in.
 *
 * It validates on submit, never while the visitor types or moves between
 * fields (so nothing moves under a pressed mouse), and clears an error as soon
 * as it is fixed; shows every error at its field and in a summary that takes
 * focus, keeps what was typed in session storage until a registration
 * succeeds, sends one `Idempotency-Key` for every retry of the same answers,
 * and never disables its button to signal invalid input.
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
 * @csspart description - A field's help text, and the length limit the event data sets for it.
 * @csspart error - A field's error message.
 * @csspart input - Every text input, textarea and select.
 * @csspart choice - Every checkbox and radio button.
 * @csspart button - The submit button (and the retry button).
 * @csspart error-summary - The summary of all errors, at the top; it takes focus.
 * @csspart message - The panel for a state: sending, success, failure, full, closed, cancelled, past.
 * @csspart privacy - The line linking the privacy statement.
 * @csspart notice - The notice shown when the event data cannot be used.
 *
 * @fires {CustomEvent<RegistrationSubmitDetail>} registration-submit - Before sending; cancelable. `detail: { data, event, respondWith(promise) }`: `preventDefault()` lets the host handle it, `respondWith` lets the host supply the outcome.
 * @fires {CustomEvent<RegistrationSuccessDetail>} registration-success - Accepted: `detail: { data, status: 'confirmed' | 'waitlisted', remaining?, response }`.
 * @fires {CustomEvent<RegistrationErrorDetail>} registration-error - Rejected or failed: `detail: { data, status?, error, errors? }`; what was typed stays in the form.
 * @fires {CustomEvent<SeatsChangeDetail>} seats-change - The seats of the event changed on this page (a registration, a poll, or the clock: registration closing or opening, the event ending); fired once per change by the first of the elements showing the event to show it. `detail: { eventId, capacity?, remaining?, state }`.
 * @fires {CustomEvent<EventErrorDetail>} event-error - The event data is unusable in whole or in part; `detail.problems` lists `{ path, code, message }`.
 */
export class RegistrationForm extends EventElement implements FormHost {
  /** The notice's styles; the form's own arrive with its behaviour. */
  static override styles = sharedStyles('registration-form');

  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    state: { reflect: true },
    loading: {},
  };

  /** Seconds to wait for the endpoint before giving up (the visitor can retry with the same key). */
  declare timeout: number;

  /** Level (1–6) of the form's own headings: the error summary's, the confirmation's and the failure's (default 3; the announcement uses 4). */
  declare headingLevel: number;

  /**
   * The state shown, reflected for the site's CSS: `open`, `submitting`,
   * `success`, `error`, `full`, `closed`, `cancelled` or `past` (the event is
   * over: "Deze activiteit is geweest."). Set by the element.
   */
  declare state: RegistrationState | undefined;

  /**
   * `lazy`: the form's code and words are fetched once it comes within a screen of the visitor's
   * view, as for `<img loading="lazy">`, or focus first moves in the page (so a keyboard visitor
   * never tabs past it), and it takes no room until then; for a form far down a long page
   * (docs/site-developers.md, "A form far down the page"). `eager` (or none): at once.
   * An announcement sets `lazy` on its own form when that form is more than a screen below the
   * view as the announcement first shows.
   */
  declare loading: 'lazy' | 'eager' | undefined;

  /** Availability follows live seats, and changes by itself when registration opens or closes. */
  #live = LiveSeatsController.ofEvent(this, () => this.input.event);
  /** Whether a `lazy` form has come near the view, or focus has moved in the page (then it stays loaded). */
  #near = false;
  /** Stops watching for that (`#watch`), while a `lazy` form is in the page and not near yet. */
  #unwatch?: () => void;

  /** The form's behaviour, once its chunk has arrived. */
  #form?: FormController;
  /** The form's words in the visitor's language, a chunk of their own; the last ones stay while a new language loads. */
  #words?: FormTerms;
  /** What the form shows, made before each render once its code and words are here. */
  #context?: FormContext;

  constructor() {
    super();
    this.timeout = 15;
    this.headingLevel = 3;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    const { event } = this.input;
    this.#context = undefined;
    if (!event) return void (this.state = undefined);
    // The form's code and its words are fetched side by side (a lazy form's once it is near); it shows once both are here.
    if (this.#wanted()) {
      this.#words = this.modules.need(namespace(this.language.terms.lang, 'form')) ?? this.#words;
      this.#form ??= this.modules.need(implementation)?.create(this);
    }
    const facts = this.#live.factsOf(event);
    if (this.#form && this.#words) this.#context = { event, language: this.language, words: this.#words, answers: namespace(this.language.terms.lang, 'answers'), facts };
    this.state = this.#context ? this.#form!.stateFor(this.#context) : availability(facts, Date.now());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page: the first render's `updated` starts watching, a later connection here.
    if (this.hasUpdated) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
  }

  protected override updated(): void {
    this.#watch();
  }

  /** Whether the form's code and words are wanted now: it is not `lazy`, or it has come near. */
  #wanted(): boolean {
    return this.loading !== 'lazy' || this.#near;
  }

  /**
   * A lazy form loads when it comes within a screen (above or below) of the view, or as soon as
   * focus moves anywhere in the page: a keyboard visitor tabbing down would otherwise pass it
   * while it is still empty, and land after it.
   */
  #watch(): void {
    // No longer lazy (an announcement found its form near after all): nothing to watch for.
    if (this.#wanted()) return this.#unwatch?.();
    if (this.#unwatch) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) near();
      },
      { rootMargin: '100% 0px' },
    );
    const stop = () => {
      observer.disconnect();
      removeEventListener('focusin', near);
      this.#unwatch = undefined;
    };
    const near = () => {
      stop();
      this.#near = true;
      this.requestUpdate();
    };
    observer.observe(this);
    addEventListener('focusin', near);
    this.#unwatch = stop;
  }

  /** A form needs somewhere to send the sign-up: an endpoint, or an e-mail address. */
  protected override lacks(event: EventData): string | undefined {
    const { endpoint, email } = event.registration ?? {};
    return endpoint || email ? undefined : 'registration.endpoint';
  }

  protected renderEvent(): unknown {
    return this.#context && this.state ? this.#form!.render(this.#context, this.state) : nothing;
  }

  /**
   * Hands the registration to the visitor's mail program (a form with only an e-mail address).
   * A site can replace this to handle the `mailto:` link itself.
   */
  openMail(link: string): void {
    location.href = link;
  }

}
