import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const registrationFormStyles = [
  sharedStyles('registration-form'),
  css`
    form {
      display: grid;
      gap: var(--registration-form-field-gap, var(--utrecht-form-field-margin-block-end, 1.25rem));
      max-inline-size: 40rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .field.invalid {
      padding-inline-start: 0.75rem;
      border-inline-start: 0.25rem solid var(--registration-form-error-color, var(--utrecht-form-field-invalid-color, #b30000));
    }
    label,
    legend {
      font-weight: var(--registration-form-label-font-weight, var(--utrecht-form-label-font-weight, bold));
      padding: 0;
    }
    .choice label,
    .optional {
      font-weight: normal;
    }
    .description {
      margin: 0;
      color: var(--registration-form-description-color, var(--utrecht-form-field-description-color, inherit));
    }
    .error {
      margin: 0;
      color: var(--registration-form-error-color, var(--utrecht-form-field-invalid-color, #b30000));
      font-weight: bold;
    }
    input:not([type='checkbox'], [type='radio']),
    textarea,
    select {
      font: inherit;
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: var(--registration-form-input-border-width, var(--utrecht-textbox-border-width, 1px)) solid
        var(--registration-form-input-border-color, var(--utrecht-textbox-border-color, #595959));
      border-radius: var(--registration-form-input-border-radius, var(--utrecht-textbox-border-radius, 0));
      background: var(--registration-form-input-background-color, var(--utrecht-textbox-background-color, #fff));
      color: inherit;
    }
    [aria-invalid='true']:not([type='checkbox'], [type='radio']),
    fieldset[aria-invalid='true'] input {
      border-color: var(--registration-form-input-invalid-border-color, var(--utrecht-textbox-invalid-border-color, #b30000));
      border-width: 2px;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2rem;
    }
    .choice input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      flex: none;
      accent-color: var(--registration-form-button-background-color, var(--utrecht-button-primary-action-background-color, #24578f));
    }
    button {
      font: inherit;
      font-weight: bold;
      justify-self: start;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 1.5rem;
      border: 2px solid transparent;
      border-radius: var(--registration-form-button-border-radius, var(--utrecht-button-border-radius, 0.25rem));
      background: var(--registration-form-button-background-color, var(--utrecht-button-primary-action-background-color, #24578f));
      color: var(--registration-form-button-color, var(--utrecht-button-primary-action-color, #fff));
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: inherit;
      border-color: currentColor;
    }
    input:focus-visible,
    textarea:focus-visible,
    select:focus-visible,
    button:focus-visible,
    .error-summary:focus,
    h3:focus {
      outline: var(--utrecht-focus-outline-width, 3px) var(--utrecht-focus-outline-style, solid)
        var(--registration-form-focus-outline-color, var(--utrecht-focus-outline-color, #000));
      outline-offset: 2px;
    }
    .error-summary {
      padding: 1rem;
      margin-block-end: 1rem;
      border: 0.25rem solid var(--registration-form-error-color, var(--utrecht-form-field-invalid-color, #b30000));
    }
    .error-summary h3,
    .message h3 {
      margin-block: 0 0.5rem;
      font-size: 1.125rem;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .error-summary a {
      color: var(--registration-form-error-color, var(--utrecht-form-field-invalid-color, #b30000));
      font-weight: bold;
    }
    .message {
      margin-block: 0 1rem;
      padding: 1rem;
      background: var(--registration-form-message-background-color, #f3f3f3);
      border-inline-start: 0.25rem solid currentColor;
    }
    .message > :last-child {
      margin-block-end: 0;
    }
    .success {
      border-inline-start-color: var(--registration-form-success-border-color, #2b7a3d);
    }
    .failure {
      border-inline-start-color: var(--registration-form-error-color, var(--utrecht-form-field-invalid-color, #b30000));
    }
    .intro {
      margin: 0;
    }
    /*
     * Clipped away and out of the accessibility tree: only bots fill it in. Not moved off screen:
     * a right-to-left form on a left-to-right page would move it off the page's scrolling side.
     */
    .honeypot {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      .field.invalid,
      .error-summary,
      .message {
        border-color: CanvasText;
      }
      button {
        border-color: ButtonText;
      }
    }
  `,
];
