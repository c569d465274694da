import { expect } from '@open-wc/testing';
import { readableText } from '../helpers.js';
import { jsonLdChild, place } from './place.js';

/**
 * A site copied dist/embed.js but not its Turkish, Arabic and JSON-LD reader chunks (the
 * test server answers 404 for them under /test/without-languages/). The visitor gets English
 * words, or a notice saying why, rather than a broken or empty element.
 */
describe('dist/embed.js without its language chunks', () => {
  before(() => import(/* @vite-ignore */ '/test/without-languages/embed.js' as string));

  for (const [lang, direction] of [
    ['tr', 'ltr'],
    ['ar', 'ltr'],
  ] as const) {
    it(`a ${lang} visitor reads English, left to right`, async () => {
      const element = await place('seats-badge', (element) => {
        element.lang = lang;
        element.setAttribute('remaining', '12');
        element.setAttribute('few', '0');
      });
      expect(readableText(element)).to.equal('12 places left');
      expect(getComputedStyle(element.shadowRoot!.querySelector('.badge')!).direction).to.equal(direction);
      element.remove();
    });
  }

  it('says why an event given as JSON-LD cannot be shown when the JSON-LD reader is missing', async () => {
    const event = { '@context': 'https://schema.org', '@type': 'Event', name: 'Buurtmaaltijd', startDate: '2099-03-13T18:00' };
    const element = await place('seats-badge', (element) => jsonLdChild(element, JSON.stringify(event)));
    expect(readableText(element)).to.contain('Deze activiteit kon niet worden getoond');
    element.remove();
  });
});
