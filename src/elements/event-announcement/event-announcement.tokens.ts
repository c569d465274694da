import type { Token } from '../tokens.js';

/**
 * The design tokens of <event-announcement>, beyond the shared ones: `--event-announcement-{name}`.
 * Format: see `Token`.
 */
export const eventAnnouncementTokens = [
  /** Space between the blocks of the announcement (header lines, sections) */
  ['article-row-gap', 'utrecht-space-block-md', '1rem'],
  /** Colour of the event’s name */
  ['title-color', 'utrecht-heading-2-color nl-heading-level-2-color', 'inherit'],
  /** Font of the event’s name */
  ['title-font-family', 'utrecht-heading-2-font-family nl-heading-level-2-font-family', 'inherit'],
  /** Size of the event’s name */
  ['title-font-size', 'utrecht-heading-2-font-size nl-heading-level-2-font-size', '1.75rem'],
  /** Weight of the event’s name */
  ['title-font-weight', 'utrecht-heading-2-font-weight nl-heading-level-2-font-weight', 'bold'],
  /** Line height of the event’s name */
  ['title-line-height', 'utrecht-heading-2-line-height nl-heading-level-2-line-height', '1.2'],
  /** Colour of section headings */
  ['heading-color', 'utrecht-heading-3-color nl-heading-level-3-color', 'inherit'],
  /** Font of section headings */
  ['heading-font-family', 'utrecht-heading-3-font-family nl-heading-level-3-font-family', 'inherit'],
  /** Size of section headings */
  ['heading-font-size', 'utrecht-heading-3-font-size nl-heading-level-3-font-size', '1.25rem'],
  /** Weight of section headings */
  ['heading-font-weight', 'utrecht-heading-3-font-weight nl-heading-level-3-font-weight', 'bold'],
  /** Line height of section headings */
  ['heading-line-height', 'utrecht-heading-3-line-height nl-heading-level-3-line-height', '1.2'],
  /** Mark beside the status line */
  ['status-border-color', '', 'currentColor'],
  /** Background of the status line */
  ['status-background-color', 'utrecht-alert-warning-background-color', '#fff4e0'],
  /** Text colour of the status line */
  ['status-color', 'utrecht-alert-warning-color', 'inherit'],
  /** Size of the one-line summary */
  ['summary-font-size', 'utrecht-paragraph-lead-font-size', '1.125em'],
] as const satisfies readonly Token[];
