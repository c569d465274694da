import { expect } from '@open-wc/testing';
import { loadSeed, readableText } from '../helpers.js';
import { fetchedChunks, jsonLdChild, place } from './place.js';

/**
 * The JSON-LD reader is a chunk of its own: a page that gives EventData never fetches it, a page
 * with a CMS's JSON-LD child fetches it once, from the folder of embed.js.
 */
describe('dist/embed.js and JSON-LD', () => {
  before(() => import(/* @vite-ignore */ '/dist/embed.js' as string));

  it('fetches no JSON-LD reader for an event given as EventData', async () => {
    const seed = await loadSeed();
    const element = await place('event-agenda', (element) => (element.event = seed));
    expect(readableText(element)).to.contain('Welkom en introductie');
    expect(fetchedChunks('jsonld')).to.have.length(0);
    element.remove();
  });

  it('fetches the reader once for events given as JSON-LD, and shows them', async () => {
    const jsonLd = await (await fetch('/test/fixtures/schema-org-event.jsonld')).text();
    const elements = [];
    for (let index = 0; index < 2; index++) elements.push(await place('seats-badge', (element) => jsonLdChild(element, jsonLd)));
    for (const element of elements) {
      // The fixture's remainingAttendeeCapacity, read by the reader.
      expect(readableText(element)).to.equal('Nog 12 plekken vrij');
      element.remove();
    }
    expect(fetchedChunks('jsonld')).to.have.length(1);
  });
});
