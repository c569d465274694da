import { fixture, html } from '@open-wc/testing';
import type { EventData } from '../src/data/types.js';
import type { EventAnnouncement } from '../src/elements/event-announcement/event-announcement.js';
import { waitUntil } from './wait.js';

/** The seed invitation as data, fresh for every test (tests may change their copy). */
export async function loadSeed(): Promise<EventData> {
  const response = await fetch('/test/fixtures/samenspel-2019.event.json');
  return (await response.json()) as EventData;
}

/** The seed a year ahead, registration open: 12 of 40 places left, at an endpoint the tests never post to. */
export async function openSeed(): Promise<EventData> {
  const seed = await loadSeed();
  const year = new Date().getFullYear() + 1;
  return {
    ...seed,
    startDate: `${year}-01-29T16:00`,
    endDate: `${year}-01-29T19:00`,
    registration: { ...seed.registration, deadline: undefined, endpoint: '/register', capacity: 40, remaining: 12 },
  };
}

/** An announcement of `event` in Dutch, in a column `width` px wide (390 as on a phone), at the top of a page that goes on below it. */
export async function announceAt(event: EventData, width: number): Promise<EventAnnouncement> {
  const page = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
    <event-announcement lang="nl" .event=${event}></event-announcement>
    <p style="block-size: 200vh">…</p>
  </div>`);
  const element = page.querySelector<EventAnnouncement>('event-announcement')!;
  await settled(element);
  return element;
}

interface Updating {
  updateComplete?: Promise<unknown>;
}

/** Waits until `root` and every Lit element below it (through shadow roots) has rendered. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = [root, ...deepElements(root)] as (Element & Updating)[];
    const results = await Promise.all(elements.map((element) => element.updateComplete ?? true));
    if (results.every((done) => done === true)) return;
  }
}

/**
 * Scrolls `form` into view, as a visitor would, and waits until it shows its questions or its
 * message: a `loading="lazy"` form (an announcement's, screens down) fetches its code only then.
 */
export async function scrollToForm(form: Element & Updating): Promise<void> {
  form.scrollIntoView();
  await waitUntil(() => form.shadowRoot?.querySelector('form, [part~=message]'), 'the form never showed');
  await form.updateComplete;
}

function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  const host = hostOf(root);
  if (host?.shadowRoot) found.push(...deepElements(host.shadowRoot));
  return found;
}

/** `root` when it is an element (of any realm), so its own shadow root is searched too. */
function hostOf(root: Element | ShadowRoot): Element | null {
  return root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
}

/**
 * The text a person reads: through shadow roots and slots, without scripts
 * or styles, with whitespace folded.
 */
export function readableText(root: Node): string {
  const parts: string[] = [];
  // Node types, not instanceof: the node may come from an iframe's realm.
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) || element.hasAttribute('hidden')) return;
      if (element.tagName === 'SLOT') {
        const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
        (assigned.length ? assigned : [...element.childNodes]).forEach(visit);
        return;
      }
      if (element.shadowRoot) {
        visit(element.shadowRoot);
        return;
      }
      // Block boundaries separate words for a reader; inline elements do not; what is not displayed is not read.
      const { display } = element.ownerDocument.defaultView!.getComputedStyle(element);
      if (display === 'none') return;
      if (!display.startsWith('inline') && display !== 'contents') parts.push(' ');
    } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Finds the first element matching `selector` anywhere below `root`, through shadow roots. */
export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T | null {
  const here = root.querySelector<T>(selector);
  if (here) return here;
  for (const element of [hostOf(root), ...root.querySelectorAll('*')]) {
    if (element?.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** All elements matching `selector` below `root`, through shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of [hostOf(root), ...root.querySelectorAll('*')]) {
    if (element?.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

// Saved when this module loads, before any test fakes the clock: answers from the server take real time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/**
 * Waits in real time, briefly, until `condition` holds: for the network, never
 * for an element's own clock (tests drive that with fake timers).
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const giveUp = performance.now() + 5000;
  while (!(await condition())) {
    if (performance.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}
