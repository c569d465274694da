import type { Token } from '../tokens.js';

/**
 * The design tokens of <registration-form>, beyond the shared ones: `--registration-form-{name}`.
 * Format: see `Token`.
 */
export const registrationFormTokens = [
  /** Colour of error messages and marks */
  ['error-color', 'utrecht-form-field-error-message-color', '#b30000'],
  /** Border width of inputs */
  ['input-border-width', 'utrecht-textbox-border-width utrecht-form-control-border-width', '1px'],
  /** Background of the submit button (and the tick of checkboxes and radios) */
  ['button-background-color', 'utrecht-button-primary-action-background-color nl-button-primary-background-color', '#154273'],
  /** Space between questions */
  ['form-row-gap', 'utrecht-space-row-lg', '1.25rem'],
  /** Indent of a question with an error */
  ['field-invalid-padding-inline-start', 'utrecht-form-field-invalid-padding-inline-start', '0.75rem'],
  /** Width of the mark beside a question with an error */
  ['field-invalid-border-inline-start-width', 'utrecht-form-field-invalid-border-inline-start-width', '0.25rem'],
  /** Mark beside a question with an error @default the error colour */
  ['field-invalid-border-inline-start-color', 'utrecht-form-field-invalid-border-inline-start-color', 'var(--_error)'],
  /** Weight of labels and legends */
  ['label-font-weight', 'utrecht-form-label-font-weight', 'bold'],
  /** Colour of help text */
  ['description-color', 'utrecht-form-field-description-color', 'inherit'],
  /** Font of inputs */
  ['input-font-family', 'utrecht-form-control-font-family', 'inherit'],
  /** Text size of inputs */
  ['input-font-size', 'utrecht-form-control-font-size', 'inherit'],
  /** Space above and below the text in inputs */
  ['input-padding-block', 'utrecht-form-control-padding-block-start', '0.5rem'],
  /** Space beside the text in inputs */
  ['input-padding-inline', 'utrecht-form-control-padding-inline-start', '0.75rem'],
  /** Border of inputs */
  ['input-border-color', 'utrecht-textbox-border-color utrecht-form-control-border-color', '#595959'],
  /** Width of the bottom border of inputs @default the input border width */
  ['input-border-block-end-width', 'utrecht-textbox-border-bottom-width', 'var(--_input-border-width)'],
  /** Corner radius of inputs */
  ['input-border-radius', 'utrecht-textbox-border-radius utrecht-form-control-border-radius', '0'],
  /** Background of inputs */
  ['input-background-color', 'utrecht-textbox-background-color utrecht-form-control-background-color', '#fff'],
  /** Text colour of inputs */
  ['input-color', 'utrecht-textbox-color utrecht-form-control-color', 'inherit'],
  /** Border of the input that has focus */
  ['input-focus-border-color', 'utrecht-form-control-focus-border-color', 'currentColor'],
  /** Border of inputs with an error @default the error colour */
  ['input-invalid-border-color', 'utrecht-textbox-invalid-border-color utrecht-form-control-invalid-border-color', 'var(--_error)'],
  /** Border width of inputs with an error */
  ['input-invalid-border-width', '', '2px'],
  /** Colour of ticked checkboxes and chosen radios @default the button background */
  ['choice-accent-color', 'utrecht-checkbox-checked-background-color', 'var(--_button-background)'],
  /** Font of buttons */
  ['button-font-family', 'utrecht-button-font-family', 'inherit'],
  /** Text size of buttons */
  ['button-font-size', 'utrecht-button-font-size', 'inherit'],
  /** Weight of button text */
  ['button-font-weight', 'utrecht-button-font-weight', 'bold'],
  /** Space above and below button text */
  ['button-padding-block', 'utrecht-button-padding-block-start', '0.5rem'],
  /** Space beside button text */
  ['button-padding-inline', 'utrecht-button-padding-inline-start', '1.5rem'],
  /** Border width of the submit button */
  ['button-border-width', 'utrecht-button-primary-action-border-width utrecht-button-border-width', '2px'],
  /** Border of the submit button */
  ['button-border-color', 'utrecht-button-primary-action-border-color nl-button-primary-border-color', 'transparent'],
  /** Corner radius of buttons */
  ['button-border-radius', 'utrecht-button-border-radius', '0.25rem'],
  /** Text colour of the submit button */
  ['button-color', 'utrecht-button-primary-action-color nl-button-primary-color', '#fff'],
  /** Border width of the retry button */
  ['button-secondary-border-width', 'utrecht-button-secondary-action-border-width', '2px'],
  /** Border of the retry button */
  ['button-secondary-border-color', 'utrecht-button-secondary-action-border-color nl-button-secondary-border-color', 'currentColor'],
  /** Background of the retry button */
  ['button-secondary-background-color', 'utrecht-button-secondary-action-background-color nl-button-secondary-background-color', 'transparent'],
  /** Text colour of the retry button */
  ['button-secondary-color', 'utrecht-button-secondary-action-color nl-button-secondary-color', 'inherit'],
  /** Space above and below the error summary’s content */
  ['error-summary-padding-block', 'utrecht-alert-padding-block-start', '1rem'],
  /** Space beside the error summary’s content */
  ['error-summary-padding-inline', 'utrecht-alert-padding-inline-start', '1rem'],
  /** Border of the error summary @default the error colour */
  ['error-summary-border-color', '', 'var(--_error)'],
  /** Background of the error summary */
  ['error-summary-background-color', 'utrecht-alert-error-background-color', 'transparent'],
  /** Text colour of the error summary */
  ['error-summary-color', 'utrecht-alert-error-color', 'inherit'],
  /** Space above and below a state panel’s text */
  ['message-padding-block', 'utrecht-alert-padding-block-start', '1rem'],
  /** Space beside a state panel’s text */
  ['message-padding-inline', 'utrecht-alert-padding-inline-start', '1rem'],
  /** Background of state panels (sending, full, closed…) */
  ['message-background-color', 'utrecht-alert-info-background-color', '#f3f3f3'],
  /** Text colour of state panels */
  ['message-color', 'utrecht-alert-info-color', 'inherit'],
  /** Mark beside state panels */
  ['message-border-color', '', 'currentColor'],
  /** Mark beside the success panel */
  ['message-success-border-color', 'utrecht-feedback-success-border-color', '#2b7a3d'],
  /** Background of the success panel */
  ['message-success-background-color', 'utrecht-alert-ok-background-color', '#f3f3f3'],
  /** Text colour of the success panel */
  ['message-success-color', 'utrecht-alert-ok-color', 'inherit'],
  /** Mark beside the failure panel @default the error colour */
  ['message-failure-border-color', '', 'var(--_error)'],
  /** Background of the failure panel */
  ['message-failure-background-color', 'utrecht-alert-error-background-color', '#f3f3f3'],
  /** Text colour of the failure panel */
  ['message-failure-color', 'utrecht-alert-error-color', 'inherit'],
] as const satisfies readonly Token[];
