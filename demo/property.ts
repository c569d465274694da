/**
 * A site that writes its own JavaScript gives the event as an object. Here the
 * object comes from the demo server (the seed, moved into the future).
 */
import type { EventData } from '../src/data/types.js';

const response = await fetch('/demo/samenspel.event.json');
const event = (await response.json()) as EventData;
for (const id of ['badge-by-property', 'agenda-by-property']) {
  const element = document.getElementById(id) as HTMLElement & { event?: EventData };
  element.event = event;
}
