import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import { languageFor } from '../../src/i18n/index.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

describe('language', () => {
  let seed: EventData;
  let documentLang: string;
  before(async () => {
    seed = await loadSeed();
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  const dateLine = (root: Element) => readableText(deepQuery(root, 'header dd')!);

  it('is Dutch when nothing says otherwise', async () => {
    document.documentElement.lang = '';
    const element = await fixture(html`<event-announcement .event=${seed}></event-announcement>`);
    await settled(element);
    expect(dateLine(element)).to.equal('dinsdag 29 januari 2019, 16.00 – 19.00 uur');
  });

  it("follows the document's language", async () => {
    document.documentElement.lang = 'en-GB';
    const element = await fixture(html`<event-announcement .event=${seed}></event-announcement>`);
    await settled(element);
    expect(dateLine(element)).to.equal('Tuesday, 29 January 2019, 16:00–19:00');
  });

  it("the nearest ancestor's language beats the document's, the element's own beats both", async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture(html`<div lang="nl"><event-announcement .event=${seed}></event-announcement></div>`);
    const element = wrapper.querySelector('event-announcement')!;
    await settled(element);
    expect(dateLine(element)).to.equal('dinsdag 29 januari 2019, 16.00 – 19.00 uur');
    element.lang = 'en-GB';
    await settled(element);
    expect(dateLine(element)).to.equal('Tuesday, 29 January 2019, 16:00–19:00');
  });

  it('switches when a language switch changes lang on the page, inner elements too', async () => {
    const wrapper = await fixture(html`<div lang="nl"><event-announcement .event=${seed}></event-announcement></div>`);
    const element = wrapper.querySelector('event-announcement')!;
    await settled(element);
    wrapper.setAttribute('lang', 'en-GB');
    await Promise.resolve(); // the page's MutationObserver reports the change in a microtask
    await settled(element);
    expect(dateLine(element)).to.equal('Tuesday, 29 January 2019, 16:00–19:00');
    expect(readableText(deepQuery(element, 'event-agenda')!.shadowRoot!.querySelector('[part=time]')!)).to.equal('16:00 – 16:30');
  });

  it('falls back to English for languages without a table, leaving Dutch event text as it is', async () => {
    const element = await fixture(html`<event-announcement lang="de" .event=${seed}></event-announcement>`);
    await settled(element);
    expect(readableText(element)).to.contain('Who it is for');
    expect(readableText(element)).to.contain('Welkom en introductie');
    expect(languageFor('de').locale).to.equal('en');
    expect(languageFor('nl_NL').terms.lang).to.equal('nl');
  });
});
