/**
 * A site that writes its own JavaScript gives the event as an object. Here the
 * object is the demo's moved seed, served as a module by the demo server.
 */
import event from 'virtual:demo-event';

for (const id of ['badge-by-property', 'agenda-by-property']) {
  (document.getElementById(id) as HTMLElement & { event?: unknown }).event = event;
}
