import { adoptStyles, isServer, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { seatKey } from '../../context/seat-store.js';
import { availability, seatState, type SeatFacts } from '../../data/seats.js';
import { eventTimeZone, formatDate } from '../../data/time.js';
import type { EventData } from '../../data/types.js';
import type { AnswerTerms, FormTerms, Language } from '../../i18n/index.js';
import { lazy, type Lazy } from '../../lazy.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../../submit/draft.js';
import { formFields, type FormField } from '../../submit/fields.js';
import { emptyForm, withInput, type Focus, type FormState, type RegistrationState } from './form-state.js';
import type { Key, Submitting } from './send.js';
import { registrationFormStyles } from './registration-form.styles.js';
import { formTemplate, type FormHandlers } from './templates.js';

/*
 * What <registration-form> does: its questions, validation, submission and
 * every state. embed.js fetches this chunk when a form with usable event data
 * is on the page, and the part that runs once a visitor acts (actions.js)
 * when they first focus it.
 */

type Actions = typeof import('./actions.js');
/** Validation, the protocol client, the events and the panels: fetched on the first focus or submit, once per page. */
const actions = lazy(() => import('./actions.js'));

/** What the form asks of the element it lives on. */
export interface FormHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Seconds to wait for the endpoint before giving up. */
  readonly timeout: number;
  /** Level of the form's own headings. */
  readonly headingLevel: number;
  /** Hands the registration to the visitor's mail program. */
  openMail(link: string): void;
}

/** What the form shows, given by the element before each render. */
export interface FormContext {
  event: EventData;
  language: Language;
  /** The form's words in the visitor's language. */
  words: FormTerms;
  /** Its words for what follows an action (the `answers` namespace), fetched when the visitor first acts. */
  answers: Lazy<AnswerTerms>;
  /** The event's seat facts, live seats included. */
  facts: SeatFacts;
}

/**
 * The registration form's behaviour, a controller on the element: what the
 * visitor typed (kept as a draft in session storage), validation on submit
 * (an error clears as soon as it is fixed), the idempotency key of the last
 * submission (kept with the draft), and where focus goes after each change.
 * What a submit does is send.ts, which arrives when the visitor first acts;
 * the outcome of an attempt is decided by `settle` (outcome.ts); the markup by
 * templates.ts.
 */
class FormController implements ReactiveController {
  /** Replaced on every change, which re-renders the element. */
  #state: FormState = emptyForm;
  /** What the last render showed; the visitor acts on that. */
  #context?: FormContext;
  /** Set from the moment a submit starts, before anything is awaited, so a second submit does nothing. */
  #sending = false;
  /** The `Idempotency-Key` of the last submission, and the request body it belongs to. */
  #key?: Key;
  #draftFor?: string;
  #focus?: Focus;
  /** What had focus inside the form as the current render began. */
  #focused?: Element | null;
  /** The last words for what follows an action: they stay while another language's are fetched. */
  #answers?: AnswerTerms;
  /** Whether the styles of what follows an action (actions.js) are adopted. */
  #styled = false;

  readonly #host: FormHost;

  constructor(host: FormHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The form's own styles arrive with this chunk, and those of what follows an action with actions.js. */
  hostConnected(): void {
    this.#adoptStyles();
  }

  #adoptStyles(): void {
    const root = this.#host.renderRoot;
    if (!isServer && root instanceof ShadowRoot) {
      adoptStyles(root, [...(this.#host.constructor as typeof LitElement).elementStyles, ...registrationFormStyles, ...(actions.value?.panelStyles ?? [])]);
    }
  }

  /** Notes what has focus in the form before a render, which may take it away. */
  hostUpdate(): void {
    if (!isServer) this.#focused = (this.#host.renderRoot as ShadowRoot).activeElement;
  }

  /**
   * Moves focus where the last change asked for it (error summary, success heading, full message).
   * A change can also take away the part that had focus, and then focus goes to what took its
   * place, so a keyboard or screen reader visitor is not dropped at the top of the page: the
   * questions went (a poll found the event full, the deadline passed), to the state's message; the
   * message or a panel's button went (a seat came free, a retry), to the first question. Focus
   * elsewhere is left alone.
   */
  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const lost = this.#focused?.isConnected === false;
    const target = this.#focus ?? (lost && (root.querySelector('form') ? '#field-name' : '#state-message'));
    this.#focus = undefined;
    if (target) root.querySelector<HTMLElement>(target)?.focus();
  }

  /** The state to show for `context`: availability, overlaid by the attempt under way. Restores a draft on first sight of an event. */
  stateFor(context: FormContext): RegistrationState {
    this.#context = context;
    this.#restoreDraft(context.event);
    // Every phase but the mail program's is a state of its own.
    const phase = this.#state.attempt?.phase;
    return phase && phase !== 'mail' ? phase : availability(context.facts, Date.now());
  }

  render(context: FormContext, state: RegistrationState): unknown {
    this.#context = context;
    const { event, language, facts, words } = context;
    const opens = facts.opens;
    return formTemplate({
      ...this.#state,
      event,
      state,
      fields: this.#fields(),
      waitlist: this.#onWaitlist(),
      opensAt: opens !== undefined && Date.now() < opens ? formatDate(opens, language.locale, eventTimeZone(event)) : undefined,
      headingLevel: this.#host.headingLevel,
      words,
      terms: language.terms,
      on: this.#on,
      panels: actions.value,
      answers: this.#answersNow(),
    });
  }

  /** What runs once a visitor acts, with its words in the form's language; from then on `#answersNow()` has words. */
  async #loadActions(): Promise<Actions> {
    const [module, answers] = await Promise.all([actions.load(), this.#context!.answers.load()]);
    this.#answers ??= answers;
    // Once, before anything they style can show.
    if (!this.#styled) {
      this.#styled = true;
      this.#adoptStyles();
    }
    return module;
  }

  /**
   * The words for what follows an action, in the form's language. Once the visitor has acted, a
   * new language's are fetched as soon as the form speaks it; the last ones show until they arrive.
   */
  #answersNow(): AnswerTerms | undefined {
    const { answers } = this.#context!;
    if (!answers.value && !answers.error && actions.value) answers.load().then(() => this.#host.requestUpdate(), () => undefined);
    return (this.#answers = answers.value ?? this.#answers);
  }

  #set(changes: Partial<FormState>): void {
    this.#state = { ...this.#state, ...changes };
    this.#host.requestUpdate();
  }

  /** The questions in the visitor's language. */
  #fields(): FormField[] {
    const { event, language, words } = this.#context!;
    return formFields(event, words, language.locale);
  }

  /** Whether the form signs up for the waiting list: the seat facts' `waitlist` is the live seats' when a poll sent one, the event data's otherwise. */
  #onWaitlist(): boolean {
    return seatState(this.#context!.facts, Date.now()) === 'waitlist';
  }

  #on: FormHandlers = {
    input: (domEvent) => {
      const control = domEvent.target as HTMLInputElement;
      const id = control.name;
      // The question typed in, looked up once for the answer and its check; the honeypot is none.
      const field = this.#context && this.#fields().find((question) => question.id === id);
      this.#set({ values: withInput(this.#state.values, field, control) });
      // Clear an error as soon as it is fixed. New errors come only with a submit (GOV.UK's and NL Design
      // System's advice): one shown on leaving a field would push the button down under a visitor's
      // pressed mouse, and the click that was meant to send would be lost.
      if (field && this.#state.errors.has(id)) void this.#revalidate(field);
      this.#persist();
    },
    submit: (domEvent) => void this.#submit(domEvent),
    prepare: () => void this.#loadActions(),
    retry: () => this.#host.renderRoot.querySelector('form')?.requestSubmit(),
    focusField: (domEvent, id) => {
      domEvent.preventDefault();
      const controls = [...this.#host.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(id)}"]`)];
      const control = controls.find((candidate) => candidate.checked) ?? controls[0];
      control?.focus();
      control?.scrollIntoView({ block: 'center' });
    },
  };

  /** Checks a field that shows an error as the visitor types: the error goes once it is fixed, and stays as it was until then. */
  async #revalidate(field: FormField): Promise<void> {
    const { fixed } = await this.#loadActions();
    const changes = fixed(this.#state, field, this.#fields(), this.#answersNow()!);
    if (changes) this.#set(changes);
  }

  async #submit(domEvent: SubmitEvent): Promise<void> {
    domEvent.preventDefault();
    if (!this.#context || this.#sending) return;
    this.#sending = true;
    try {
      const { send } = await this.#loadActions();
      await send(this.#submitting(this.#context));
    } finally {
      this.#sending = false;
    }
  }

  /** What a submit (send.ts) needs of the form: what it asks now, and the way to show what follows. */
  #submitting({ event, language }: FormContext): Submitting {
    return {
      host: this.#host,
      event,
      fields: this.#fields(),
      answers: this.#answersNow()!,
      terms: language.terms,
      waitlist: this.#onWaitlist(),
      key: this.#key,
      state: () => this.#state,
      show: (changes, focus) => {
        if (focus) this.#focus = focus;
        this.#set(changes);
      },
      keep: (key) => {
        this.#key = key;
        this.#persist();
      },
      done: () => {
        clearDraft(seatKey(event));
        this.#key = undefined;
      },
    };
  }

  #restoreDraft(event: EventData): void {
    const key = seatKey(event);
    if (this.#draftFor === key) return;
    this.#draftFor = key;
    const { values, idempotencyKey, keyBody }: Partial<Draft> = loadDraft(key) ?? {};
    this.#state = { ...this.#state, values: values ?? {} };
    this.#key = idempotencyKey && keyBody !== undefined ? { idempotencyKey, keyBody } : undefined;
  }

  #persist(): void {
    const event = this.#context?.event;
    if (!event) return;
    const { 'hp-field': _honeypot, ...values } = this.#state.values;
    saveDraft(seatKey(event), { values, ...this.#key });
  }
}

// The class is exported as a type only: the element reaches it through `create`, so the chunk's
// namespace object carries one function.
export type { FormController };

/** The form's behaviour for `host`; the element calls this once the chunk has arrived. */
export const create = (host: FormHost): FormController => new FormController(host);
