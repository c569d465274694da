import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';

/*
 * The server's pages in real browsers, as a person meets them: Chromium (DevTools protocol) and
 * Firefox (WebDriver BiDi) through puppeteer-core, axe-core for what a checker can find, and a
 * keyboard for what it cannot.
 */

export interface BrowserKind {
  name: 'Chromium' | 'Firefox';
  /** The executable, or why there is none (the tests in it are then skipped, saying so). */
  path?: string;
  missing?: string;
}

/** Both browsers, each found or not. */
export function browserKinds(): BrowserKind[] {
  return [
    { name: 'Chromium' as const, find: chromiumPath },
    { name: 'Firefox' as const, find: firefoxPath },
  ].map(({ name, find }) => {
    try {
      return { name, path: find() };
    } catch (error) {
      return { name, missing: (error as Error).message };
    }
  });
}

export function launch(kind: BrowserKind): Promise<Browser> {
  return kind.name === 'Chromium'
    ? puppeteer.launch({ executablePath: kind.path, args: CHROMIUM_ARGS, headless: true })
    : puppeteer.launch({ browser: 'firefox', executablePath: kind.path, headless: true });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (landmarks, one main, one h1). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * What axe-core finds wrong on the page, one line per rule and element ("color-contrast: .status").
 * The pages' policy refuses script elements, so axe's source is evaluated through the driver
 * (which the policy does not govern) rather than injected as a tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.help}): ${JSON.stringify(node.target)}`));
  }, AXE_TAGS);
}

/**
 * The focused element's accessible name as a screen reader would read it, near enough for our
 * pages: its label's text for a field, else `aria-label`, else its text (visually hidden parts included).
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    const labelled = (active as HTMLInputElement).labels?.[0]?.textContent ?? active.getAttribute('aria-label') ?? active.textContent ?? '';
    return labelled.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the element named `name` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    if (focused === name) return;
    seen.push(focused);
  }
  throw new Error(`"${name}" was not reached by Tab in ${limit} presses; focus went to: ${seen.slice(0, 30).map((item) => JSON.stringify(item)).join(', ')}`);
}

/** Presses Enter and waits for the page it leads to (a link followed, a form sent). */
export async function enter(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

/** What a person reads on the page: its main landmark's text, whitespace collapsed. */
export function mainText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').trim());
}

/** The page's first heading. */
export function heading(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
}
