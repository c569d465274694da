import { css } from 'lit';
import { tokens } from '../tokens.js';
import { registrationFormTokens } from './registration-form.tokens.js';

const token = tokens('registration-form', registrationFormTokens);

/**
 * The styles of what only a visitor's action brings: a field's error, the error summary, the
 * confirmation and the failure with its retry button. They arrive with the code that shows them
 * (actions.ts) and are added to the form's own (registration-form.styles.ts) then.
 */
export const panelStyles = [
  css`
    :host {
      --_error: ${token['error-color']};
    }
    .field.invalid {
      padding-inline-start: ${token['field-invalid-padding-inline-start']};
      border-inline-start: ${token['field-invalid-border-inline-start-width']} solid ${token['field-invalid-border-inline-start-color']};
    }
    .error {
      margin: 0;
      color: var(--_error);
      font-weight: bold;
    }
    [aria-invalid=true]:not([type=checkbox], [type=radio]),
    fieldset[aria-invalid=true] input {
      border-color: ${token['input-invalid-border-color']};
      border-width: ${token['input-invalid-border-width']};
    }
    button.secondary {
      border-width: ${token['button-secondary-border-width']};
      border-color: ${token['button-secondary-border-color']};
      background-color: ${token['button-secondary-background-color']};
      color: ${token['button-secondary-color']};
    }
    /*
     * The confirmation's heading takes focus so that it is read out and the next Tab goes on from
     * there, but draws no box: it is not a control (WCAG 2.4.7 asks an indicator of what the
     * keyboard operates), and the panel's own border marks it (docs/accessibility.md).
     */
    #success-title:focus {
      outline: none;
      box-shadow: none;
    }
    .error-summary {
      padding-block: ${token['error-summary-padding-block']};
      padding-inline: ${token['error-summary-padding-inline']};
      margin-block-end: 1rem;
      border: 0.25rem solid ${token['error-summary-border-color']};
      background-color: ${token['error-summary-background-color']};
      color: ${token['error-summary-color']};
    }
    /* The same heading as a message's (.message .heading, registration-form.styles.ts); apart so the page fetches it only with the summary. */
    .error-summary .heading {
      margin-block: 0 0.5rem;
      font-size: 1.125rem;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    /* A 24 px target; aligned by its top, so a two-line entry keeps its bullet on the first line. */
    .error-summary a {
      display: inline-block;
      vertical-align: top;
      min-block-size: 24px;
      color: var(--_error);
      font-weight: bold;
    }
    .success {
      border-inline-start-color: ${token['message-success-border-color']};
      background-color: ${token['message-success-background-color']};
      color: ${token['message-success-color']};
    }
    .failure {
      border-inline-start-color: ${token['message-failure-border-color']};
      background-color: ${token['message-failure-background-color']};
      color: ${token['message-failure-color']};
    }
    /* The panels' borders too (.message again: this sheet comes after the form's, and .success would win). */
    @media (forced-colors: active) {
      .field.invalid,
      .error-summary,
      .message {
        border-color: CanvasText;
      }
    }
  `,
];
