import type { Context } from '@lit/context';
import type { EventData } from '../data/types.js';

/**
 * What `<event-announcement>` provides to the elements inside it.
 * Replaced as a whole on every change, never mutated (consumers compare with Object.is).
 */
export interface EventContextValue {
  /** The parsed, usable event; undefined while it loads or when it cannot be shown (the provider shows why). */
  event?: EventData;
}

/**
 * The context key, for the community context protocol (`context-request` events) that
 * `@lit/context` implements: a page can `@consume({ context: eventContext, subscribe: true })` it.
 * Keyed with Symbol.for so that two copies of the library on one page (say, two plugins that each
 * bundle it) still find each other's announcements.
 */
export const eventContext = Symbol.for('event-elements.event') as Context<symbol, EventContextValue | undefined>;
