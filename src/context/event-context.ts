import { createContext } from '@lit/context';
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
 * Keyed with Symbol.for so that two copies of the library on one page (say,
 * two plugins that each bundle it) still find each other's announcements.
 */
export const eventContext = createContext<EventContextValue | undefined>(Symbol.for('event-elements.event'));
