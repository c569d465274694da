/*
 * The structured data for search engines, read as a JSON-LD processor reads it (the `jsonld`
 * package, offline: the context is inline, and the document loader refuses every fetch), checked
 * against what Google's Event guidance recommends.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import jsonld from 'jsonld';
import { fromJsonLd } from '../../src/data/jsonld.js';
import { toJsonLd } from '../../src/data/jsonld-write.js';
import type { EventData, Registration } from '../../src/data/types.js';

const seed = JSON.parse(readFileSync('test/fixtures/samenspel-2019.event.json', 'utf8')) as EventData;
const S = 'https://schema.org/';

const offline = {
  documentLoader: async (url: string) => {
    throw new Error(`no network: ${url} was fetched`);
  },
};

type Node = Record<string, { '@id'?: string; '@value'?: unknown; '@type'?: string | string[] }[] & Record<string, unknown>[]>;

/** The event node, expanded: every key a full IRI, every value a list of `@id`s or `@value`s. */
async function expanded(event: EventData): Promise<Node> {
  const [node] = (await jsonld.expand(toJsonLd(event) as jsonld.JsonLdDocument, offline)) as unknown as Node[];
  return node;
}
const value = (node: Node, property: string) => (node[S + property]?.[0] as { '@value'?: unknown })?.['@value'];
const iri = (node: Node, property: string) => (node[S + property]?.[0] as { '@id'?: string })?.['@id'];
const only = (node: Node, property: string) => node[S + property]?.[0] as unknown as Node;

describe('structured data, as a JSON-LD processor reads it', () => {
  const withSeats = (registration: Registration) => ({ ...seed, registration: { ...seed.registration, ...registration } });

  it('an Event with its status and attendance mode as schema.org IRIs, and no fetch', async () => {
    const node = await expanded(seed);
    assert.deepEqual(node['@type'], [`${S}Event`]);
    assert.equal(iri(node, 'eventStatus'), `${S}EventScheduled`);
    assert.equal(iri(node, 'eventAttendanceMode'), `${S}OfflineEventAttendanceMode`);
    assert.equal(value(node, 'startDate'), '2019-01-29T16:00:00+01:00');
    const rdf = (await jsonld.toRDF(toJsonLd(seed) as jsonld.JsonLdDocument, { ...offline, format: 'application/n-quads' })) as unknown as string;
    assert.match(rdf, /<https:\/\/schema\.org\/eventStatus> <https:\/\/schema\.org\/EventScheduled> \./);
  });

  for (const [what, registration, availability] of [
    ['room (12 of 40)', { capacity: 40, remaining: 12 }, 'InStock'],
    ['few left (2 of 40)', { capacity: 40, remaining: 2 }, 'LimitedAvailability'],
    ['none left', { capacity: 40, remaining: 0 }, 'SoldOut'],
    ['only the capacity known', { capacity: 40, remaining: undefined }, 'InStock'],
    ['seats said to be limited (the seed)', {}, 'LimitedAvailability'],
  ] as const) {
    it(`offers.availability when ${what}: ${availability}`, async () => {
      const offer = only(await expanded(withSeats(registration)), 'offers');
      assert.equal(iri(offer, 'availability'), S + availability);
    });
  }

  it('offers: a free event costs 0 EUR; a priced one says its price; url and validFrom', async () => {
    const free = only(await expanded({ ...seed, url: 'https://omziennaarelkaar.nl/samenspel', registration: { ...seed.registration, opens: '2019-01-02' } }), 'offers');
    assert.equal(value(free, 'price'), 0);
    assert.equal(value(free, 'priceCurrency'), 'EUR');
    assert.equal(iri(free, 'url') ?? value(free, 'url'), 'https://omziennaarelkaar.nl/samenspel');
    assert.equal(value(free, 'validFrom'), '2019-01-02T00:00:00+01:00');
    const priced = only(await expanded({ ...seed, price: 7.5 }), 'offers');
    assert.equal(value(priced, 'price'), 7.5);
    assert.equal(value(priced, 'priceCurrency'), 'EUR');
  });

  it('the organiser’s url, and every speaker once as the event’s performer', async () => {
    const node = await expanded({ ...seed, organizers: [{ name: 'DOCK', url: 'https://www.dock.nl/' }] });
    const organizer = only(node, 'organizer');
    assert.equal(value(organizer, 'name'), 'DOCK');
    assert.equal(iri(organizer, 'url') ?? value(organizer, 'url'), 'https://www.dock.nl/');
    const performers = (node[`${S}performer`] as unknown as Node[]).map((person) => value(person, 'name'));
    assert.deepEqual(performers, seed.program![3].speakers);
  });

  it('reads back as the same event: price and its default currency make the round trip', () => {
    assert.deepEqual(fromJsonLd(toJsonLd(seed)).event, fromJsonLd(toJsonLd(fromJsonLd(toJsonLd(seed)).event!)).event);
    assert.equal(fromJsonLd(toJsonLd({ ...seed, price: 7.5, priceCurrency: 'USD' })).event!.price, 7.5);
    assert.equal(fromJsonLd(toJsonLd({ ...seed, price: 7.5, priceCurrency: 'USD' })).event!.priceCurrency, 'USD');
    assert.equal(fromJsonLd(toJsonLd(seed)).event!.price, undefined, 'free stays free, without a price of its own');
  });
});
