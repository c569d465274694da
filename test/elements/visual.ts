// What the theme and visual-accessibility tests share: the Utrecht theme as a page
// loads it, a look inside every shadow root, and values as the browser computes them.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { EventData } from '../../src/data/types.js';
import type { RegistrationForm } from '../../src/elements/registration-form/registration-form.js';
import { scrollToForm, settled } from '../helpers.js';
import { errorSummary, submit } from './registration-form/story.js';

/** The NL Design System theme of the Municipality of Utrecht, as a page links it. */
export const UTRECHT_CSS = '/node_modules/@utrecht/design-tokens/dist/index.css';

/** Links Utrecht's token CSS into the page once (it applies below an ancestor with class `utrecht-theme`). */
export async function loadUtrechtTheme(): Promise<void> {
  if (document.querySelector(`link[href="${UTRECHT_CSS}"]`)) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: UTRECHT_CSS });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`${UTRECHT_CSS} did not load`)));
  });
  document.head.append(link);
  await loaded;
}

/** A token's value where `where` is (a custom property, resolved through the var() it refers to). */
export function token(where: Element, name: string): string {
  const value = getComputedStyle(where).getPropertyValue(name).trim();
  if (!value) throw new Error(`${name} is not defined here: is the theme loaded?`);
  return value;
}

/**
 * `value` as the browser computes `property` from it, beside `where` (so it can be
 * compared with a computed value: `hsl(211 60% 35%)` becomes `rgb(36, 87, 143)`).
 */
export function computedFrom(where: Element, property: string, value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty(property, value);
  where.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

/** Every element inside the shadow roots below `root` (and `root`'s own), however deep. */
export function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (node instanceof ShadowRoot) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Whether the element takes up space a person can see (not `display: none`, not the 1-px visually-hidden text). */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 1 && box.height > 1;
}

/** The computed style of `element`, shortened. */
export const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

/** Whether the browser lets a test emulate media features (Chromium through Playwright: yes; Firefox over WebDriver BiDi: not yet). */
export async function canEmulateMedia(): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: 'no-preference' });
    return true;
  } catch {
    return false;
  }
}

/** The text size of `element`, in CSS px. */
export const fontSize = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

/**
 * The four elements for one event: the announcement (with the other three inside) and each on
 * its own. The lone form is in English, so the page's two forms have different names.
 */
export function everyElement(event: EventData): TemplateResult {
  return html`<event-announcement .event=${event}></event-announcement>
    <event-agenda .event=${event}></event-agenda>
    <seats-badge .event=${event}></seats-badge>
    <registration-form .event=${event} lang="en"></registration-form>`;
}

/** Puts `template` (one element, with whatever inside) on the page and waits until everything in it has rendered. */
export async function page(template: TemplateResult): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  await settled(root);
  return root;
}

/** Sends the form empty: every required question shows its error, and the summary appears. */
export async function showErrors(form: RegistrationForm): Promise<void> {
  submit(form);
  await waitUntil(() => errorSummary(form), 'the form showed no errors');
  await form.updateComplete;
}

/** The elements inside the shadow roots below `root` that match `selector`. */
export const inner = (root: Element, selector: string) => shadowElements(root).filter((element) => element.matches(selector));

/** Every element in `root` (the announcement among them) showing the most it can: calendar links open, form errors shown. */
export async function everythingShown(root: HTMLElement): Promise<void> {
  for (const details of inner(root, 'details')) (details as HTMLDetailsElement).open = true;
  // The calendar's code is a chunk of its own: as long as other chunk loads in these tests may take.
  await waitUntil(() => inner(root, 'details a').length >= 4, 'the calendar links never showed', { timeout: 5000 });
  for (const form of root.querySelectorAll<RegistrationForm>('registration-form')) await showErrors(form);
  // The announcement's form, screens down in one column, comes as the visitor scrolls to it.
  const form = root.querySelector('event-announcement')!.shadowRoot!.querySelector<RegistrationForm>('registration-form')!;
  await scrollToForm(form);
  await showErrors(form);
  await settled(root);
}
