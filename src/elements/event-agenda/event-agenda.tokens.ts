import type { Token } from '../tokens.js';

/**
 * The design tokens of <event-agenda>, beyond the shared ones: `--event-agenda-{name}`.
 * Format: see `Token`.
 */
export const eventAgendaTokens = [
  /** Space between the time and the title when stacked */
  ['item-row-gap', 'utrecht-space-row-2xs', '0.25rem'],
  /** Space between the time column and the rest on wide screens */
  ['item-column-gap', 'utrecht-space-column-md', '1rem'],
  /** Space above and below each item */
  ['item-padding-block', 'utrecht-space-block-sm', '0.75rem'],
  /** Width of the line between items */
  ['item-border-width', '', '1px'],
  /** Line between items */
  ['item-border-color', 'utrecht-table-row-border-block-end-color', '#d0d0d0'],
  /** Width of the time column on wide screens */
  ['time-inline-size', '', '10rem'],
  /** Colour of the times */
  ['time-color', '', 'inherit'],
  /** Weight of the times (regular, so they stand apart from the bold titles; figures are tabular) */
  ['time-font-weight', '', 'normal'],
  /** Background of the item running now */
  ['current-background-color', 'utrecht-mark-background-color', '#fff4e0'],
  /** Text colour of the item running now */
  ['current-color', 'utrecht-mark-color', 'inherit'],
  /** Mark beside the item running now */
  ['current-border-color', '', 'currentColor'],
  /** Font of day headings */
  ['day-font-family', 'utrecht-heading-4-font-family', 'inherit'],
  /** Size of day headings */
  ['day-font-size', 'utrecht-heading-4-font-size', '1.125rem'],
  /** Weight of day headings */
  ['day-font-weight', 'utrecht-heading-4-font-weight', 'bold'],
  /** Weight of item titles */
  ['title-font-weight', '', 'bold'],
] as const satisfies readonly Token[];
