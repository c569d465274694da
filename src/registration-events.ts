import type { EventData } from './data/types.js';
import type { Submission } from './submit/submit.js';

/*
 * The registration form's events. Apart from src/events.ts so that embed.js
 * can load them with the rest of the submission code, on a visitor's first action.
 */

/** The outcome a host may supply through `respondWith`: what an endpoint would answer. */
export interface RegistrationResult {
  status: 'confirmed' | 'waitlisted' | 'full';
  remaining?: number;
  message?: string;
  /** Field errors by field name, shown like the form's own. */
  errors?: Record<string, string>;
}

export interface RegistrationSubmitDetail {
  /** What would be sent, in the protocol's shape. */
  data: Submission;
  event: EventData;
  /**
   * Supply the outcome yourself, instead of the form posting to the endpoint:
   * a promise of a `Response` (as an endpoint would answer) or of a `RegistrationResult`.
   */
  respondWith(result: Promise<Response | RegistrationResult>): void;
}

/**
 * Fired before a registration is sent. Cancelable: `preventDefault()` without
 * `respondWith` means the host takes over and the form does nothing more.
 */
export class RegistrationSubmitEvent extends CustomEvent<RegistrationSubmitDetail> {
  constructor(detail: RegistrationSubmitDetail) {
    super('registration-submit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

export interface RegistrationSuccessDetail {
  data: Submission;
  status: 'confirmed' | 'waitlisted';
  remaining?: number;
  /** The endpoint's JSON answer, if any. */
  response?: unknown;
}

/** Fired when a registration was accepted (confirmed or on the waiting list). */
export class RegistrationSuccessEvent extends CustomEvent<RegistrationSuccessDetail> {
  constructor(detail: RegistrationSuccessDetail) {
    super('registration-success', { bubbles: true, composed: true, detail });
  }
}

export interface RegistrationErrorDetail {
  data: Submission;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** What went wrong: `full`, `invalid`, `busy`, `network`, `timeout`, `status` or `response`. */
  error: string;
  /** Field errors from the endpoint, by field name. */
  errors?: Record<string, string>;
}

/** Fired when a registration was rejected or could not be sent. */
export class RegistrationErrorEvent extends CustomEvent<RegistrationErrorDetail> {
  constructor(detail: RegistrationErrorDetail) {
    super('registration-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'registration-submit': RegistrationSubmitEvent;
    'registration-success': RegistrationSuccessEvent;
    'registration-error': RegistrationErrorEvent;
  }
}
