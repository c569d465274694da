import { html } from 'lit';
import { intl } from '../data/time.js';

/*
 * Event data inside the visitor's sentences keeps its own direction: a Dutch
 * name in an Arabic sentence reads left to right, an Arabic name in a Dutch
 * one right to left, and neither drags the punctuation around it along
 * ("Maarten van Ooijen (wethouder)" keeps its brackets). Short data inside
 * sentences and headings is isolated with `<bdi>`, so the layout still follows
 * the visitor's language; blocks that are only data (paragraphs, the event's
 * name, programme titles, audience items) take `dir="auto"`, so each one runs
 * and aligns in the direction of its own text: Dutch data in an Arabic
 * interface reads and aligns left to right while the layout mirrors.
 */

/** One value of event data in a sentence or heading. */
export const isolated = (text: string) => html`<bdi>${text}</bdi>`;

/** "A, B en C" in the visitor's language (a list format's default type, `conjunction`), every item isolated. */
export function isolatedList(locale: string, items: string[]): unknown[] {
  return intl(Intl.ListFormat, locale)
    .formatToParts(items)
    .map(({ type, value }) => (type === 'element' ? isolated(value) : value));
}
