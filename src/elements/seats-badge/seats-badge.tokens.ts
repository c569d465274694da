import type { Token } from '../tokens.js';

/**
 * The design tokens of <seats-badge>, beyond the shared ones: `--seats-badge-{name}`.
 * Format: see `Token`.
 */
export const seatsBadgeTokens = [
  /** Space above and below the badge’s text */
  ['badge-padding-block', 'utrecht-badge-padding-block nl-data-badge-padding-block', '0.25em'],
  /** Space beside the badge’s text */
  ['badge-padding-inline', 'utrecht-badge-padding-inline nl-data-badge-padding-inline', '0.75em'],
  /** Border of the badge */
  ['badge-border-color', 'nl-data-badge-border-color', 'currentColor'],
  /** Corner radius of the badge */
  ['badge-border-radius', 'utrecht-badge-border-radius nl-data-badge-border-radius', '1em'],
  /** Background of the badge (states `open` and `limited`) */
  ['badge-background-color', 'utrecht-badge-background-color nl-data-badge-background-color', '#e8f3ec'],
  /** Text colour of the badge (states `open` and `limited`) */
  ['badge-color', 'utrecht-badge-color nl-data-badge-color', '#1a1a1a'],
  /** Weight of the badge text */
  ['badge-font-weight', 'utrecht-badge-font-weight', 'bold'],
  /** Background in the `few` state (almost full) */
  ['badge-few-background-color', 'utrecht-status-badge-warning-background-color', '#fff4e0'],
  /** Text colour in the `few` state */
  ['badge-few-color', 'utrecht-status-badge-warning-color', '#1a1a1a'],
  /** Background in the `full`, `waitlist`, `closed` and `cancelled` states */
  ['badge-unavailable-background-color', 'utrecht-status-badge-inactive-background-color', '#f3f3f3'],
  /** Text colour in the `full`, `waitlist`, `closed` and `cancelled` states */
  ['badge-unavailable-color', 'utrecht-status-badge-inactive-color', '#1a1a1a'],
  /** Colour of the state’s marker shape (a disc when open, a ring when almost full, a bar when unavailable) */
  ['marker-color', '', 'currentColor'],
] as const satisfies readonly Token[];
