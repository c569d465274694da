import type { Token } from './tokens.js';

/**
 * What every element has: its text and background from the page's theme, the focus ring and the
 * notice shown for unusable data. Each element's custom properties begin with its tag:
 * `font-family` is `--event-agenda-font-family`, `--seats-badge-font-family`, …
 * Format: see `Token`.
 */
export const sharedTokens = [
  /** Font of all text */
  ['font-family', 'utrecht-document-font-family', 'inherit'],
  /** Base text size */
  ['font-size', 'utrecht-document-font-size', 'inherit'],
  /** Line height */
  ['line-height', 'utrecht-document-line-height', '1.5'],
  /** Text colour */
  ['color', 'utrecht-document-color', 'inherit'],
  /** Background */
  ['background-color', 'utrecht-document-background-color', 'transparent'],
  /** Width of the focus ring */
  ['focus-outline-width', 'utrecht-focus-outline-width', '2px'],
  /** Space between a control and its focus ring */
  ['focus-outline-offset', 'utrecht-focus-outline-offset', '2px'],
  /** Style of the focus ring */
  ['focus-outline-style', 'utrecht-focus-outline-style', 'solid'],
  /** Colour of the focus ring */
  ['focus-outline-color', 'utrecht-focus-outline-color', '#000'],
  /** Link colour */
  ['link-color', 'utrecht-link-color nl-link-color', 'LinkText'],
  /** Band under the focus ring that keeps it visible on dark backgrounds */
  ['focus-inverse-outline-color', 'utrecht-focus-inverse-outline-color', '#fff'],
  /** Border of the data notice */
  ['notice-border-color', 'utrecht-alert-error-border-color', '#b30000'],
  /** Background of the data notice */
  ['notice-background-color', 'utrecht-alert-error-background-color', '#fdf2f2'],
  /** Text colour of the data notice */
  ['notice-color', 'utrecht-alert-error-color', '#1a1a1a'],
  /** Space above and below the data notice’s text */
  ['notice-padding-block', 'utrecht-alert-padding-block-start', '0.5rem'],
  /** Space beside the data notice’s text */
  ['notice-padding-inline', 'utrecht-alert-padding-inline-start', '1rem'],
] as const satisfies readonly Token[];
