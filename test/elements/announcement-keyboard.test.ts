import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/embed.js';
import { moveEventToFuture } from '../../src/data/move.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import type { RegistrationForm } from '../../src/elements/registration-form/registration-form.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';
import { endpointUrl, newEndpointId, scriptEndpoint } from '../server/endpoint.js';
import { bodyOf, received } from './registration-form/story.js';

/** The focused element, through shadow roots: what a keyboard user is on. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element on top at a point of the viewport, through shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** A tab stop as a person meets it: what it is and what it says (a control by its label). */
function describeStop(element: Element): string {
  const control = element as HTMLInputElement;
  const kind = element.localName === 'input' ? `input[${control.type}]` : element.localName;
  const name = control.labels?.length ? readableText(control.labels[0]!) : readableText(element);
  return `${kind} "${name}"`;
}

/** What draws the focus indicator on `element`: its outline and box shadow. */
function indicator(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`;
}

/**
 * The element with focus shows it (an outline or a box shadow that is there, wide and not
 * transparent), is inside the viewport (the browser scrolled it there), and is on top where
 * it is: nothing of the page or the elements' own parts covers its middle.
 */
function expectFocusVisible(element: Element, what: string): void {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = style.boxShadow !== 'none';
  expect(outline || shadow, `${what} shows focus (${indicator(element)})`).to.equal(true);

  // The first line box: a link that wraps has a gap in the middle of its bounding box.
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  expect(inView, `${what} is in view (${Math.round(box.top)}–${Math.round(box.bottom)} of ${innerHeight})`).to.equal(true);
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit === element || element.contains(hit), `${what} is not covered (${hit?.localName ?? 'nothing'} is on top)`).to.equal(true);
}

/**
 * Only keys, from the top of a page with the seed invitation on it: a person who uses a
 * keyboard (or a switch, or speech that sends keys) finds the form, signs up and hears that
 * it worked. Real key presses through the test runner (Playwright for Chromium, Puppeteer over
 * WebDriver BiDi for Firefox); Firefox runs one test file at a time, so this page has focus.
 */
describe('<event-announcement>: the page with the keyboard only', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('from the top of the page: every stop shows focus and is in view; Enter signs up; the confirmation takes focus and is announced', async () => {
    const id = newEndpointId('keyboard-page');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const seed = moveEventToFuture(await loadSeed(), Date.now());
    const event: EventData = { ...seed, registration: { ...seed.registration, endpoint: endpointUrl(id) } };
    const page = await fixture<HTMLElement>(html`<div>
      <main>
        <h1 tabindex="-1">Agenda Overvecht</h1>
        <event-announcement lang="nl" .event=${event}></event-announcement>
      </main>
      <footer><a href="#contact">Contact met de gemeente</a></footer>
    </div>`);
    await settled(page);
    const announcement = page.querySelector<EventAnnouncement>('event-announcement')!;
    const form = deepQuery<RegistrationForm>(announcement, 'registration-form')!;
    const status = form.shadowRoot!.querySelector('[role=status]')!;

    // The start of the page, where a visitor arriving at it is (as after a skip link to the heading).
    page.querySelector('h1')!.focus();
    let previous: { element: Element; focused: string } | undefined;
    /** Tab (or Shift+Tab, `back`) to the next stop, check it, and say what it is. */
    const tab = async (back = false): Promise<Element> => {
      // Shift held down on its own: Puppeteer's Firefox keyboard knows no "Shift+Tab" chord.
      if (back) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (back) await sendKeys({ up: 'Shift' });
      const element = deepActiveElement()!;
      const stop = describeStop(element);
      expectFocusVisible(element, stop);
      // The indicator is focus's own: it leaves the stop focus leaves.
      if (previous && previous.element !== element) expect(indicator(previous.element), `${describeStop(previous.element)} lost its focus indicator`).not.to.equal(previous.focused);
      previous = { element, focused: indicator(element) };
      return element;
    };

    expect(describeStop(await tab()), 'the first tab stop of the page').to.equal('a "Bekijk op de kaart"');
    expect(describeStop(await tab())).to.equal('input[text] "Naam"');
    await sendKeys({ type: 'Anna de Vries' });
    expect(describeStop(await tab())).to.equal('input[email] "E-mailadres"');
    await sendKeys({ type: 'anna@voorbeeld.nl' });
    // Back and forth: Shift+Tab returns to the name as typed.
    const name = (await tab(true)) as HTMLInputElement;
    expect(name.value).to.equal('Anna de Vries');
    expect(describeStop(await tab())).to.equal('input[email] "E-mailadres"');
    expect(describeStop(await tab())).to.equal('input[text] "Organisatie of initiatief (niet verplicht)"');
    expect(describeStop(await tab()), 'Tab enters the role question at its first option').to.equal('input[radio] "bewonersinitiatief/woongroep"');
    expect(describeStop(await tab())).to.equal('textarea "Opmerkingen (niet verplicht)"');
    expect(describeStop(await tab()), 'the button, past the hidden honeypot').to.equal('button "Aanmelden"');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form.getAttribute('state') === 'success', `the form did not confirm (it is "${form.getAttribute('state')}")`, { timeout: 5000 });
    await settled(announcement);

    // The confirmation takes focus, so the visitor is not left on a button that is gone …
    const heading = deepActiveElement()!;
    expect(describeStop(heading), 'focus lands on the confirmation, a heading under the section’s h3 "Aanmelden"').to.equal('h4 "Je bent aangemeld"');
    // … without a box drawn around the heading: it is not a control, and the panel marks it.
    expect(getComputedStyle(heading).outlineStyle, 'the confirmation’s heading draws no focus box').to.equal('none');
    // … and it appears inside the polite live region that was on the page before, so it is read out.
    expect(status.contains(heading), 'the confirmation is in the role=status region').to.equal(true);
    expect(readableText(status)).to.contain('Je bent aangemeld');
    expect(bodyOf((await received(id))[0]!)).to.deep.include({ name: 'Anna de Vries', email: 'anna@voorbeeld.nl' });

    // On from the confirmation: its contact link (the announcement's "register before … with …"
    // line is gone), and "add to calendar", already open with its links; then Tab leaves the
    // announcement for the page's next link (no trap). The walk ends inside the page: tabbing out
    // of it would move Firefox's focus to its own toolbar, and the test files after this one would
    // have none.
    // (The heading drew no indicator, so there is none to lose when focus moves on.)
    previous = undefined;
    expect(describeStop(await tab()), 'the confirmation’s contact link').to.equal('a "jitske@omziennaarelkaar.nl"');
    const calendar = await tab();
    expect(describeStop(calendar)).to.equal('summary "Zet in je agenda"');
    const details = calendar.parentElement as HTMLDetailsElement;
    await waitUntil(() => details.open && details.querySelector('a'), '"Zet in je agenda" did not open after the registration', { timeout: 5000 });
    await settled(announcement);
    expect(describeStop(await tab())).to.equal('a "Agendabestand (.ics)"');
    expect(describeStop(await tab())).to.equal('a "Google Agenda"');
    expect(describeStop(await tab())).to.equal('a "Outlook.com"');
    expect(describeStop(await tab())).to.equal('a "Microsoft 365 (Outlook)"');
    expect(describeStop(await tab()), 'Tab leaves the announcement after its last stop').to.equal('a "Contact met de gemeente"');
  });
});
