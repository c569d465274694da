/*
 * What a CMS does to the pasted snippet, with the real sanitizers: DOMPurify in the browser and
 * sanitize-html on the server (test/server/middleware.mjs), each with its defaults and with our
 * four tags allowed. Whatever survives, the visitor sees the interactive announcement (where the
 * tag survives and embed.js is on the page) or the whole readable announcement with a working
 * way to register: never raw JSON, never a blank, never the error notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { toSnippet } from '../../src/snippet/snippet.js';
import { loadSeed, readableText, settled } from '../helpers.js';

const TAGS = /^(event-announcement|event-agenda|seats-badge|registration-form)$/;
/** Every attribute the four tags take (as docs/cms.md lists them). */
const ATTRIBUTES = /^(lang|dir|src|event|data-event|hide|no-structured-data|heading-level|now|capacity|remaining|deadline|seats-src|few|interval|timeout)$/;

const serverSide = (allow?: 'elements') => async (snippet: string) => {
  const response = await fetch(`/test/sanitize-html${allow ? `?allow=${allow}` : ''}`, { method: 'POST', body: snippet });
  return response.text();
};

const sanitizers: Record<string, { sanitize: (snippet: string) => string | Promise<string>; keepsTheElement: boolean }> = {
  'DOMPurify 3, defaults': { sanitize: (snippet) => DOMPurify.sanitize(snippet), keepsTheElement: false },
  'DOMPurify 3, the four tags allowed (CUSTOM_ELEMENT_HANDLING, tag names only)': {
    sanitize: (snippet) => DOMPurify.sanitize(snippet, { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: TAGS } }),
    keepsTheElement: true,
  },
  'DOMPurify 3, the four tags and their attributes allowed': {
    sanitize: (snippet) => DOMPurify.sanitize(snippet, { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: TAGS, attributeNameCheck: ATTRIBUTES } }),
    keepsTheElement: true,
  },
  'sanitize-html, defaults': { sanitize: serverSide(), keepsTheElement: false },
  'sanitize-html, the four tags and their attributes allowed': { sanitize: serverSide('elements'), keepsTheElement: true },
};

/** What a visitor must be able to read in either version. */
const ESSENTIALS = [
  '(Nieuw) samenspel in de wijk',
  'maandag 1 juni 2099, 16.00 – 19.00 uur',
  'Rosendael, rode zaal, Indusdreef 5, Utrecht',
  'Welkom en introductie',
  'Afsluiting',
];
const NOTICE = 'Deze activiteit kon niet worden getoond';

describe('the pasted snippet after a CMS sanitizer', () => {
  let event: EventData;
  let snippet: string;
  before(async () => {
    const seed = await loadSeed();
    event = {
      ...seed,
      startDate: '2099-06-01T16:00',
      endDate: '2099-06-01T19:00',
      registration: { ...seed.registration, deadline: '2099-05-28' },
    };
    snippet = toSnippet(event);
  });

  for (const [name, { sanitize, keepsTheElement }] of Object.entries(sanitizers)) {
    it(`${name}: ${keepsTheElement ? 'the interactive announcement' : 'the whole readable announcement, with a way to register'}`, async () => {
      const clean = await sanitize(snippet);
      expect(clean.includes('<event-announcement'), 'the tag survives').to.equal(keepsTheElement);
      const page = await fixture<HTMLElement>(html`<main>${unsafeHTML(clean)}</main>`);
      const element = page.querySelector<EventAnnouncement>('event-announcement');
      if (element) await settled(element);
      const text = readableText(page);
      for (const part of ESSENTIALS) expect(text, 'what the visitor reads').to.contain(part);
      expect(text).not.to.contain(NOTICE);
      expect(text, 'no raw JSON').not.to.match(/\{\s*"/);

      if (keepsTheElement) {
        // The element's own version, and the readable one out of sight and out of the reading order.
        const root = element!.shadowRoot!;
        expect(root.querySelector('h2')!.textContent).to.equal(event.name);
        expect(root.querySelector('registration-form'), 'the form is there').not.to.equal(null);
        expect(element!.querySelector('article')!.getClientRects().length, 'the readable copy is not shown as well').to.equal(0);
        expect(text.split('Welkom en introductie').length - 1, 'the programme is read once').to.equal(1);
      } else {
        // A way to register that works without the element: the organiser's address, with the subject filled in.
        const mail = page.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
        expect(mail.href).to.equal('mailto:jitske@omziennaarelkaar.nl?subject=Aanmelding%3A%20(Nieuw)%20samenspel%20in%20de%20wijk');
        expect(text).to.contain('Aanmelden vóór 28 mei bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
      }
      await expect(page).to.be.accessible();
    });
  }

  it('without JavaScript (a sandbox that runs no script): the whole readable announcement', async () => {
    for (const { sanitize } of Object.values(sanitizers)) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe sandbox="allow-same-origin" title="zonder JavaScript"></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="nl"><title>t</title><body>${await sanitize(toSnippet(event, { embed: '/dist/embed.js' }))}</body></html>`;
      await loaded;
      const text = readableText(frame.contentDocument!.body);
      for (const part of ESSENTIALS) expect(text).to.contain(part);
      expect(text).not.to.match(/\{\s*"/);
      expect(frame.contentDocument!.querySelector('a[href^="mailto:jitske@"]'), 'a way to register').not.to.equal(null);
    }
  });

  it('a sanitizer that keeps the tag but none of its attributes: the readable announcement, no notice', async () => {
    const bare = snippet.replace(/<event-announcement[^>]*>/, '<event-announcement>');
    const page = await fixture<HTMLElement>(html`<main>${unsafeHTML(bare)}</main>`);
    const element = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(element);
    const text = readableText(page);
    for (const part of ESSENTIALS) expect(text).to.contain(part);
    expect(text).not.to.contain(NOTICE);
    expect(element.querySelector('article')!.getClientRects().length, 'the readable copy shows').to.be.above(0);
  });
});
