import type { Problem } from './data/types.js';

/** Detail of `event-error`: what is wrong with the event data, for the page's editor. */
export interface EventErrorDetail {
  problems: Pick<Problem, 'path' | 'message'>[];
}

/**
 * Fired when event data is unusable in whole or in part. Bubbles and is
 * composed, so a page can listen once on `document`.
 */
export class EventErrorEvent extends CustomEvent<EventErrorDetail> {
  constructor(problems: Problem[]) {
    super('event-error', {
      bubbles: true,
      composed: true,
      detail: { problems: problems.map(({ path, message }) => ({ path, message })) },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'event-error': EventErrorEvent;
  }
}
