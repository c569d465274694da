/**
 * What the registration form runs only once a visitor acts: validation, what
 * a submit does (send.ts: the protocol client, the registration events, what
 * an attempt comes to) and the panels that show it, with their styles. embed.js loads this as a
 * separate chunk on the form's first focus, so pages where nobody signs up
 * never download it.
 */
export { fixed } from './outcome.js';
export { send } from './send.js';
export { failurePanel, successPanel, summary } from './panels.js';
export { panelStyles } from './panels.styles.js';
