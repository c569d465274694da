import { css } from 'lit';
import { tokens } from '../tokens.js';
import { registrationFormTokens } from './registration-form.tokens.js';

const token = tokens('registration-form', registrationFormTokens);

/**
 * The form's own styles; the shared ones are the host element's (`RegistrationForm.styles`). What
 * only a visitor's action brings (errors, the error summary, the confirmation, the failure) is
 * styled by panels.styles.ts, which arrives with the code that shows it.
 */
export const registrationFormStyles = [
  css`
    :host {
      --_input-border-width: ${token['input-border-width']};
      --_button-background: ${token['button-background-color']};
    }
    form {
      display: grid;
      gap: ${token['form-row-gap']};
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
    label,
    legend {
      font-weight: ${token['label-font-weight']};
      padding: 0;
    }
    .choice label,
    .optional {
      font-weight: normal;
    }
    .description {
      margin: 0;
      color: ${token['description-color']};
    }
    input:not([type=checkbox], [type=radio]),
    textarea,
    select {
      font: inherit;
      font-family: ${token['input-font-family']};
      font-size: ${token['input-font-size']};
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding-block: ${token['input-padding-block']};
      padding-inline: ${token['input-padding-inline']};
      border: var(--_input-border-width) solid ${token['input-border-color']};
      border-block-end-width: ${token['input-border-block-end-width']};
      border-radius: ${token['input-border-radius']};
      background-color: ${token['input-background-color']};
      color: ${token['input-color']};
    }
    input:not([type=checkbox], [type=radio]):focus,
    textarea:focus,
    select:focus {
      border-color: ${token['input-focus-border-color']};
    }
    /* Each option is a 44 px target (municipal guidance): its label fills the row and checks it too. */
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
    }
    .choice label {
      display: flex;
      align-items: center;
      align-self: stretch;
      flex: auto;
    }
    .choice input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      flex: none;
      accent-color: ${token['choice-accent-color']};
    }
    button {
      font: inherit;
      font-family: ${token['button-font-family']};
      font-size: ${token['button-font-size']};
      font-weight: ${token['button-font-weight']};
      justify-self: start;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: ${token['button-padding-block']};
      padding-inline: ${token['button-padding-inline']};
      border: ${token['button-border-width']} solid ${token['button-border-color']};
      border-radius: ${token['button-border-radius']};
      background-color: var(--_button-background);
      color: ${token['button-color']};
      cursor: pointer;
    }
    /* Programmatic focus on the error summary and the "full" message shows the ring too: the visitor must see where they are. */
    [tabindex='-1']:focus {
      outline: var(--_focus);
      outline-offset: var(--_focus-offset);
    }
    /* At every level (heading-level) the same; the error summary's heading too (panels.styles.ts). */
    .message .heading {
      margin-block: 0 0.5rem;
      font-size: 1.125rem;
    }
    .message {
      margin-block: 0 1rem;
      padding-block: ${token['message-padding-block']};
      padding-inline: ${token['message-padding-inline']};
      background-color: ${token['message-background-color']};
      color: ${token['message-color']};
      border-inline-start: 0.25rem solid ${token['message-border-color']};
    }
    .message > :last-child {
      margin-block-end: 0;
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
