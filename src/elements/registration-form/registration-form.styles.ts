import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const registrationFormStyles = [
  sharedStyles('registration-form'),
  css`
    :host {
      --_error: var(--registration-form-error-color, var(--utrecht-form-field-error-message-color, #b30000));
      --_input-border-width: var(--registration-form-input-border-width, var(--utrecht-textbox-border-width, var(--utrecht-form-control-border-width, 1px)));
      --_button-background: var(
        --registration-form-button-background-color,
        var(--utrecht-button-primary-action-background-color, var(--nl-button-primary-background-color, #154273))
      );
    }
    form {
      display: grid;
      gap: var(--registration-form-form-row-gap, var(--utrecht-space-row-lg, 1.25rem));
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
      padding-inline-start: var(--registration-form-field-invalid-padding-inline-start, var(--utrecht-form-field-invalid-padding-inline-start, 0.75rem));
      border-inline-start: var(--registration-form-field-invalid-border-inline-start-width, var(--utrecht-form-field-invalid-border-inline-start-width, 0.25rem))
        solid var(--registration-form-field-invalid-border-inline-start-color, var(--utrecht-form-field-invalid-border-inline-start-color, var(--_error)));
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
      color: var(--_error);
      font-weight: bold;
    }
    input:not([type='checkbox'], [type='radio']),
    textarea,
    select {
      font: inherit;
      font-family: var(--registration-form-input-font-family, var(--utrecht-form-control-font-family, inherit));
      font-size: var(--registration-form-input-font-size, var(--utrecht-form-control-font-size, inherit));
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding-block: var(--registration-form-input-padding-block, var(--utrecht-form-control-padding-block-start, 0.5rem));
      padding-inline: var(--registration-form-input-padding-inline, var(--utrecht-form-control-padding-inline-start, 0.75rem));
      border: var(--_input-border-width) solid
        var(--registration-form-input-border-color, var(--utrecht-textbox-border-color, var(--utrecht-form-control-border-color, #595959)));
      border-block-end-width: var(--registration-form-input-border-block-end-width, var(--utrecht-textbox-border-bottom-width, var(--_input-border-width)));
      border-radius: var(--registration-form-input-border-radius, var(--utrecht-textbox-border-radius, var(--utrecht-form-control-border-radius, 0)));
      background-color: var(
        --registration-form-input-background-color,
        var(--utrecht-textbox-background-color, var(--utrecht-form-control-background-color, #fff))
      );
      color: var(--registration-form-input-color, var(--utrecht-textbox-color, var(--utrecht-form-control-color, inherit)));
    }
    input:not([type='checkbox'], [type='radio']):focus,
    textarea:focus,
    select:focus {
      border-color: var(--registration-form-input-focus-border-color, var(--utrecht-form-control-focus-border-color, currentColor));
    }
    [aria-invalid='true']:not([type='checkbox'], [type='radio']),
    fieldset[aria-invalid='true'] input {
      border-color: var(
        --registration-form-input-invalid-border-color,
        var(--utrecht-textbox-invalid-border-color, var(--utrecht-form-control-invalid-border-color, var(--_error)))
      );
      border-width: var(--registration-form-input-invalid-border-width, 2px);
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
      accent-color: var(--registration-form-choice-accent-color, var(--utrecht-checkbox-checked-background-color, var(--_button-background)));
    }
    button {
      font: inherit;
      font-family: var(--registration-form-button-font-family, var(--utrecht-button-font-family, inherit));
      font-size: var(--registration-form-button-font-size, var(--utrecht-button-font-size, inherit));
      font-weight: var(--registration-form-button-font-weight, var(--utrecht-button-font-weight, bold));
      justify-self: start;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: var(--registration-form-button-padding-block, var(--utrecht-button-padding-block-start, 0.5rem));
      padding-inline: var(--registration-form-button-padding-inline, var(--utrecht-button-padding-inline-start, 1.5rem));
      border: var(--registration-form-button-border-width, var(--utrecht-button-primary-action-border-width, var(--utrecht-button-border-width, 2px))) solid
        var(--registration-form-button-border-color, var(--utrecht-button-primary-action-border-color, var(--nl-button-primary-border-color, transparent)));
      border-radius: var(--registration-form-button-border-radius, var(--utrecht-button-border-radius, 0.25rem));
      background-color: var(--_button-background);
      color: var(--registration-form-button-color, var(--utrecht-button-primary-action-color, var(--nl-button-primary-color, #fff)));
      cursor: pointer;
    }
    button.secondary {
      border-width: var(--registration-form-button-secondary-border-width, var(--utrecht-button-secondary-action-border-width, 2px));
      border-color: var(
        --registration-form-button-secondary-border-color,
        var(--utrecht-button-secondary-action-border-color, var(--nl-button-secondary-border-color, currentColor))
      );
      background-color: var(
        --registration-form-button-secondary-background-color,
        var(--utrecht-button-secondary-action-background-color, var(--nl-button-secondary-background-color, transparent))
      );
      color: var(--registration-form-button-secondary-color, var(--utrecht-button-secondary-action-color, var(--nl-button-secondary-color, inherit)));
    }
    /* Programmatic focus (the error summary, a result's heading) shows the ring too: the visitor must see where they are. */
    [tabindex='-1']:focus {
      outline: var(--_focus);
      outline-offset: var(--_focus-offset);
    }
    .error-summary {
      padding-block: var(--registration-form-error-summary-padding-block, var(--utrecht-alert-padding-block-start, 1rem));
      padding-inline: var(--registration-form-error-summary-padding-inline, var(--utrecht-alert-padding-inline-start, 1rem));
      margin-block-end: 1rem;
      border: 0.25rem solid var(--registration-form-error-summary-border-color, var(--_error));
      background-color: var(--registration-form-error-summary-background-color, var(--utrecht-alert-error-background-color, transparent));
      color: var(--registration-form-error-summary-color, var(--utrecht-alert-error-color, inherit));
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
      display: inline-block;
      min-block-size: 24px;
      color: var(--_error);
      font-weight: bold;
    }
    .message {
      margin-block: 0 1rem;
      padding-block: var(--registration-form-message-padding-block, var(--utrecht-alert-padding-block-start, 1rem));
      padding-inline: var(--registration-form-message-padding-inline, var(--utrecht-alert-padding-inline-start, 1rem));
      background-color: var(--registration-form-message-background-color, var(--utrecht-alert-info-background-color, #f3f3f3));
      color: var(--registration-form-message-color, var(--utrecht-alert-info-color, inherit));
      border-inline-start: 0.25rem solid var(--registration-form-message-border-color, currentColor);
    }
    .message > :last-child {
      margin-block-end: 0;
    }
    .success {
      border-inline-start-color: var(--registration-form-message-success-border-color, var(--utrecht-feedback-success-border-color, #2b7a3d));
      background-color: var(--registration-form-message-success-background-color, var(--utrecht-alert-ok-background-color, #f3f3f3));
      color: var(--registration-form-message-success-color, var(--utrecht-alert-ok-color, inherit));
    }
    .failure {
      border-inline-start-color: var(--registration-form-message-failure-border-color, var(--_error));
      background-color: var(--registration-form-message-failure-background-color, var(--utrecht-alert-error-background-color, #f3f3f3));
      color: var(--registration-form-message-failure-color, var(--utrecht-alert-error-color, inherit));
    }
    .intro {
      margin: 0;
    }
    /*
     * Clipped to nothing, not moved off screen: a right-to-left form on a left-to-right page would
     * move it off the page's scrolling side. The honeypot is also out of the accessibility tree
     * (only bots fill it in); visually hidden text is for screen readers.
     */
    .honeypot,
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
      [tabindex='-1']:focus {
        outline-color: Highlight;
      }
    }
  `,
];
