// What the theme and visual-accessibility tests share: the Utrecht theme as a page
// loads it, a look inside every shadow root, and values as the browser computes them.
import { emulateMedia } from '@web/test-runner-commands';

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
