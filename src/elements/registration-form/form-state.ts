/*
 * What the registration form shows that the visitor's actions change, and the one step the
 * controller takes itself as they type. What an attempt comes to is outcome.ts, which arrives
 * with the code that runs once a visitor acts (actions.ts).
 */
import type { FormField, FormValues } from '../../submit/fields.js';
import type { SubmitOutcome } from '../../submit/submit.js';

/** The form's states (docs/protocol.md, "Form states"), reflected as the `state` attribute. */
export type RegistrationState = 'open' | 'submitting' | 'success' | 'error' | 'full' | 'closed' | 'cancelled' | 'past';

/** What the last attempt came to, for the panels above the form. */
export type Attempt =
  | { phase: 'submitting' }
  | {
      phase: 'success';
      status: 'confirmed' | 'waitlisted';
      message?: string;
      /** Who was registered, repeated in the confirmation. */
      name: string;
      email: string;
      /** Whether the endpoint said a confirmation e-mail follows; unknown when it did not say. */
      emailSent?: boolean;
    }
  | { phase: 'error'; outcome: SubmitOutcome }
  | { phase: 'mail'; link: string };

/** Everything the form shows that the visitor's actions change. Replaced, never mutated. */
export interface FormState {
  /** What was typed, by field id. */
  values: FormValues;
  /** Each field's error message, by field id. */
  errors: ReadonlyMap<string, string>;
  /** The error summary: field ids (linking to their field) and messages that belong to no field. */
  summary: string[];
  attempt?: Attempt;
}

export const emptyForm: FormState = { values: {}, errors: new Map(), summary: [] };

/** Where focus goes after the render that shows a new state, so the news is heard. */
export type Focus = '#success-title' | '.error-summary' | '#state-message';

/** The answers after the visitor changed `control` (a checkbox of a group adds or removes its value). */
export function withInput(values: FormValues, field: FormField | undefined, control: { name: string; type: string; value: string; checked: boolean }): FormValues {
  const id = control.name;
  if (control.type === 'checkbox' && field?.kind === 'checkboxes') {
    const chosen = new Set((values[id] as string[] | undefined) ?? []);
    if (control.checked) chosen.add(control.value);
    else chosen.delete(control.value);
    return { ...values, [id]: [...chosen] };
  }
  return { ...values, [id]: control.type === 'checkbox' ? control.checked : control.value };
}
