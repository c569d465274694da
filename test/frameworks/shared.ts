// What the framework apps share: the event they pass, when the elements are defined, and the
// lines a visitor reads of what the app heard. The page's query says which case a test wants:
//   ?order=before|after  the elements defined before the framework renders, or after it rendered
//   &id=…                the test endpoint the registration goes to (test/server/registration-endpoint.mjs)
//   &bad=1               a start date that is no date
//   &way=…               an app's other way of passing the event (React: `ref`; Vue: `attribute`, the wrong one)
import type { EventData } from '../../src/data/types.js';

const query = new URLSearchParams(location.search);

export const order = query.get('order') === 'after' ? 'after' : 'before';
export const way = query.get('way') ?? 'property';

/** A future event taking registrations at the test endpoint, with seats to count down. */
export function theEvent(): EventData {
  const id = query.get('id') ?? 'framework-app';
  return {
    id,
    name: 'Buurtmaaltijd in Overvecht',
    startDate: query.get('bad') ? 'morgen' : '2099-06-01T18:00',
    registration: { endpoint: `/test/api/registrations/${encodeURIComponent(id)}`, capacity: 40, remaining: 4 },
  };
}

/** The line the app shows for an event it heard. */
export function heardLine(event: Event): string {
  const { detail } = event as CustomEvent<{ remaining?: number; problems?: { code?: string }[] }>;
  if (event.type === 'seats-change') return `seats-change: ${detail.remaining}`;
  if (event.type === 'event-error') return `event-error: ${detail.problems!.map((problem) => problem.code).join(', ')}`;
  return event.type;
}

/**
 * Renders the app with the elements defined before or after, as the query says; the page is
 * marked `data-ready` once both happened. The library comes from src/ (as a bundler would take
 * the package), in its own chunk, so that "after" is a real lazy import.
 */
export async function start(render: () => void | Promise<void>): Promise<void> {
  const define = () => import('../../src/embed.js');
  if (order === 'before') await define();
  await render();
  if (order === 'after') await define();
  document.documentElement.dataset.ready = '';
}
