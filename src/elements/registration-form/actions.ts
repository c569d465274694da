/**
 * What the registration form runs only once a visitor acts: validation, the
 * protocol client, the registration events, what an attempt comes to
 * (outcome.ts) and the panels that show it. embed.js loads this as a
 * separate chunk on the form's first focus, so pages where nobody signs up
 * never download it.
 */
export { validateField, validateForm } from '../../submit/validate.js';
export { newIdempotencyKey, responseOutcome, submitRegistration } from '../../submit/submit.js';
export { RegistrationErrorEvent, RegistrationSubmitEvent, RegistrationSuccessEvent } from '../../registration-events.js';
export { mailLines, settle, submissionOf } from './outcome.js';
export { failurePanel, successPanel, summary } from './panels.js';
