import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { toSnippet, type SnippetLanguage } from '../../src/snippet/snippet.js';
import { announceAt, openSeed, settled, until } from '../helpers.js';

const link = (element: EventAnnouncement) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="to-form"]');
const shown = (element: Element | null) => Boolean(element && element.getClientRects().length);

describe('<event-announcement>: the link from the header to the form, on narrow screens', () => {
  /** The seed a year ahead, registration open. */
  let open: EventData;
  before(async () => (open = await openSeed()));
  afterEach(() => window.scrollTo(0, 0));

  it('at 390 px: "Aanmelden" under the facts, 44 px high; it takes focus and the view to the registration section', async () => {
    const element = await announceAt(open, 390);
    const jump = link(element)!;
    expect(shown(jump), 'the link shows').to.equal(true);
    expect(jump.textContent).to.equal('Aanmelden');
    expect(jump.getBoundingClientRect().height).to.be.at.least(44);
    const header = element.shadowRoot!.querySelector('header')!;
    expect(header.contains(jump), 'the link is in the header, near the title').to.equal(true);

    const heading = element.shadowRoot!.querySelector<HTMLElement>('#registration')!;
    expect(heading.getBoundingClientRect().top, 'the form starts below the first screen').to.be.greaterThan(window.innerHeight);
    jump.focus();
    await sendKeys({ press: 'Enter' });
    expect(element.shadowRoot!.activeElement, 'focus is on the registration heading').to.equal(heading);
    const top = heading.getBoundingClientRect().top;
    expect(top > -1 && top < window.innerHeight, `the heading is in view (top at ${top})`).to.equal(true);
    expect(getComputedStyle(heading).outlineStyle, 'a heading draws no focus box').to.equal('none');
    expect(location.hash, 'the page’s own address is left alone').to.equal('');
  });

  it('at 1280 px the form is beside the text, and the link is not there for anyone', async () => {
    const element = await announceAt(open, 1280);
    expect(shown(link(element))).to.equal(false);
    expect(getComputedStyle(link(element)!.parentElement!).display, 'display: none, so not for a screen reader either').to.equal('none');
  });

  for (const [what, registration, text] of [
    ['full', { remaining: 0 }, 'Aanmelden: Vol'],
    ['full with a waiting list', { remaining: 0, waitlist: true }, 'Aanmelden: Vol — wachtlijst open'],
    ['past its deadline', { deadline: '2020-01-01' }, 'Aanmelden gesloten'],
  ] as const) {
    it(`${what}: the link says "${text}"`, async () => {
      const element = await announceAt({ ...open, registration: { ...open.registration, ...registration } }, 390);
      expect(link(element)!.textContent).to.equal(text);
      await expect(element).to.be.accessible();
    });
  }

  it('no link when the event is cancelled, when the form is hidden, or when there is nowhere to register', async () => {
    for (const event of [
      { ...open, status: 'cancelled' as const },
      { ...open, registration: { ...open.registration, endpoint: undefined, email: undefined } },
    ]) {
      expect(link(await announceAt(event, 390)), JSON.stringify(event.status ?? event.registration)).to.equal(null);
    }
    const hidden = await fixture<EventAnnouncement>(html`<event-announcement hide="form" .event=${open}></event-announcement>`);
    await settled(hidden);
    expect(link(hidden)).to.equal(null);
  });

  it('no link when hide leaves nothing between the facts and the form', async () => {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 390px">
      <event-announcement lang="nl" hide="description audience program" .event=${open}></event-announcement>
    </div>`);
    const element = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(element);
    expect(link(element)).to.equal(null);
    expect(element.shadowRoot!.querySelector('registration-form')).not.to.equal(null);
  });

  it('no link when nothing comes between the facts and the form (no description, audience or programme): the form is right below', async () => {
    const { description: _description, audience: _audience, program: _program, ...short } = open;
    const element = await announceAt(short, 390);
    expect(link(element)).to.equal(null);
    expect(element.shadowRoot!.querySelector('registration-form')).not.to.equal(null);
    await expect(element).to.be.accessible();
    // With any one of them, or a description the site put in its slot, the link is there.
    expect(link(await announceAt({ ...short, audience: ['Bewoners'] }, 390))).not.to.equal(null);
    expect(link(await announceAt({ ...short, program: open.program }, 390))).not.to.equal(null);
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 390px">
      <event-announcement lang="nl" .event=${short}><p slot="description">Een middag over samenspel.</p></event-announcement>
    </div>`);
    const slotted = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(slotted);
    expect(link(slotted)).not.to.equal(null);
  });
});

describe('<event-announcement>: a form that starts folded, when a snippet’s readable version ends on screen', () => {
  let short: EventData;
  before(async () => {
    const { description: _description, audience: _audience, program: _program, ...rest } = await openSeed();
    short = rest;
  });

  /** The snippet pasted at the top of a page, in a column `width` px wide, with the page's next content after it. */
  async function paste(event: EventData, { width = 390, lang = 'nl' as SnippetLanguage, tall = false } = {}): Promise<EventAnnouncement> {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
    page.innerHTML = `${toSnippet(event, { lang })}<h2>Meer in de wijk</h2><p>Elke woensdag is er een inloopochtend.</p>`;
    const element = page.querySelector<EventAnnouncement>('event-announcement')!;
    // A readable version that goes on below the screen, as a long announcement's does.
    if (tall) element.querySelector('article')!.style.blockSize = '150vh';
    await settled(element);
    return element;
  }

  const button = (element: EventAnnouncement) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="open-form"]');
  const form = (element: EventAnnouncement) => element.shadowRoot!.querySelector('registration-form');

  for (const [lang, text, label] of [
    ['nl', 'Open het aanmeldformulier', 'Naam'],
    ['en', 'Open the registration form', 'Name'],
  ] as const) {
    it(`shows "${text}" in the form's place; Enter opens the form, with focus in its first field (${lang})`, async () => {
      const element = await paste(short, { lang });
      expect(Boolean(form(element)), 'no form yet').to.equal(false);
      const open = button(element)!;
      expect(shown(open), 'the button shows').to.equal(true);
      expect(open.textContent).to.equal(text);
      expect(open.getBoundingClientRect().height).to.be.at.least(44);
      expect(element.shadowRoot!.querySelector('#registration')!.compareDocumentPosition(open) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the heading "Aanmelden"').to.be.greaterThan(0);
      await expect(element).to.be.accessible();

      open.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      // Booleans and text, not elements: a failing comparison of elements can stall Firefox's report.
      expect(Boolean(button(element)), 'the button has made way for the form').to.equal(false);
      await until(() => element.shadowRoot!.activeElement === form(element), 'focus inside the form');
      const field = form(element)!.shadowRoot!.activeElement as HTMLInputElement | null;
      expect(field?.labels?.[0]?.textContent?.trim()).to.equal(label);
      await expect(element).to.be.accessible();
    });
  }

  it('opens by a click too, and stays open', async () => {
    const element = await paste(short);
    button(element)!.click();
    await settled(element);
    expect(form(element)?.getAttribute('state')).to.equal('open');
    element.requestUpdate();
    await settled(element);
    expect(Boolean(button(element))).to.equal(false);
  });

  it('at 1280 px too (the form beside the facts would make the announcement taller)', async () => {
    const element = await paste(short, { width: 1280 });
    expect(shown(button(element))).to.equal(true);
    expect(Boolean(form(element))).to.equal(false);
  });

  it('not folded when the readable version goes on below the screen, without one, or when the form only says the event is full', async () => {
    expect(Boolean(form(await paste(short, { tall: true }))), 'a long readable version').to.equal(true);
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 390px">
      <event-announcement lang="nl" .event=${short}></event-announcement>
      <p>Meer in de wijk</p>
    </div>`);
    const bare = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(bare);
    expect(Boolean(form(bare)), 'no readable version').to.equal(true);
    expect(Boolean(button(bare))).to.equal(false);
    const full = await paste({ ...short, registration: { ...short.registration, remaining: 0 } });
    expect(Boolean(button(full))).to.equal(false);
    expect(form(full)?.getAttribute('state')).to.equal('full');
  });
});
