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
  /** Background of the badge when seats are open (the theme’s “ok” alert) */
  ['badge-background-color', 'utrecht-alert-ok-background-color utrecht-badge-background-color nl-data-badge-background-color', '#e8f3ec'],
  /** Text colour of the badge when seats are open */
  ['badge-color', 'utrecht-alert-ok-color utrecht-badge-color nl-data-badge-color', '#1a1a1a'],
  /** Weight of the badge text */
  ['badge-font-weight', 'utrecht-badge-font-weight', 'bold'],
  /** Background in the `few` (almost full) and `limited` states (the theme’s “warning” status badge) */
  ['badge-few-background-color', 'utrecht-status-badge-warning-background-color', '#fff4e0'],
  /** Text colour in the `few` and `limited` states */
  ['badge-few-color', 'utrecht-status-badge-warning-color', '#1a1a1a'],
  /** Background in the `full` and `waitlist` states (the theme’s “error” alert) */
  ['badge-full-background-color', 'utrecht-alert-error-background-color', '#fdeceb'],
  /** Text colour in the `full` and `waitlist` states */
  ['badge-full-color', 'utrecht-alert-error-color', '#1a1a1a'],
  /** Background in the `closed`, `cancelled` and `past` states (the theme’s neutral data badge) */
  ['badge-unavailable-background-color', 'utrecht-badge-background-color nl-data-badge-background-color', '#f3f3f3'],
  /** Text colour in the `closed`, `cancelled` and `past` states */
  ['badge-unavailable-color', 'utrecht-badge-color nl-data-badge-color', '#1a1a1a'],
  /** Colour of the marker in every state, before each state’s own (a disc when open, a ring when almost full or limited, a bar when unavailable) */
  ['marker-color', '', 'currentColor'],
  /** Colour of the marker when open: green, or the theme’s “ok” alert icon colour */
  ['marker-open-color', 'seats-badge-marker-color utrecht-alert-icon-ok-color', '#1e7b34'],
  /** Colour of the marker when almost full or limited: amber */
  ['marker-few-color', 'seats-badge-marker-color', '#9a4d00'],
  /** Colour of the marker when full: red, or the theme’s “error” alert icon colour */
  ['marker-full-color', 'seats-badge-marker-color utrecht-alert-icon-error-color', '#b3261e'],
  /** Colour of the marker when closed, cancelled or past: the badge’s text colour */
  ['marker-closed-color', 'seats-badge-marker-color', 'currentColor'],
] as const satisfies readonly Token[];
