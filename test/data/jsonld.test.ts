import { expect } from '@open-wc/testing';
import { fromJsonLd } from '../../src/data/jsonld.js';
import { EXTENSION_VOCABULARY, toJsonLd } from '../../src/data/jsonld-write.js';
import type { EventData } from '../../src/data/types.js';

let seed: EventData;
before(async () => {
  seed = await (await fetch('/test/fixtures/samenspel-2019.event.json')).json();
});

type Node = Record<string, any>;

describe('toJsonLd: what a search engine reads about the seed', () => {
  let jsonLd: Node;
  before(() => {
    jsonLd = toJsonLd(seed);
  });

  it('is a schema.org Event with our extension vocabulary declared', () => {
    const iri = { '@type': '@id' };
    expect(jsonLd['@context']).to.deep.equal({ '@vocab': 'https://schema.org/', ee: EXTENSION_VOCABULARY, eventStatus: iri, eventAttendanceMode: iri, availability: iri });
    expect(jsonLd['@type']).to.equal('Event');
    expect(jsonLd.name).to.equal('(Nieuw) samenspel in de wijk');
    expect(jsonLd.identifier).to.equal('samenspel-in-de-wijk-2019-01-29');
  });

  it('gives start and end with the Amsterdam winter offset, and the status Google wants', () => {
    expect(jsonLd.startDate).to.equal('2019-01-29T16:00:00+01:00');
    expect(jsonLd.endDate).to.equal('2019-01-29T19:00:00+01:00');
    expect(jsonLd.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(jsonLd.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
  });

  it('describes the venue as a Place with a PostalAddress', () => {
    expect(jsonLd.location).to.deep.include({
      '@type': 'Place',
      name: 'Rosendael',
      address: { '@type': 'PostalAddress', streetAddress: 'Indusdreef 5', addressLocality: 'Utrecht', addressCountry: 'NL' },
      'ee:room': 'rode zaal',
      'ee:tentative': true,
      'ee:area': 'Overvecht Noord',
    });
  });

  it('lists organizers, audience and the programme as sub-events with speakers', () => {
    expect(jsonLd.organizer).to.deep.equal([
      { '@type': 'Organization', name: 'Omzien naar Elkaar', email: 'jitske@omziennaarelkaar.nl' },
      { '@type': 'Organization', name: 'DOCK' },
    ]);
    expect(jsonLd.audience[1]).to.deep.equal({ '@type': 'Audience', audienceType: 'sociaal makelaar' });
    expect(jsonLd.subEvent).to.have.length(5);
    expect(jsonLd.subEvent[3]).to.deep.include({ '@type': 'Event', name: 'Oogst en vervolgstappen', startDate: '2019-01-29T18:15:00+01:00' });
    expect(jsonLd.subEvent[3].performer[0]).to.deep.equal({ '@type': 'Person', name: 'Maarten van Ooijen (wethouder)' });
  });

  it('gives a plain-text description and the sign-up deadline as an exact moment', () => {
    expect(jsonLd.description).to.be.a('string');
    expect(jsonLd.description).to.match(/^Versterken gemeenschapskracht\n\nEen groeiende groep/);
    expect(jsonLd.description).to.contain('\n\nWaarom en doel bijeenkomst\n\nBewonersinitiatieven');
    // "Aanmelden vóór 25 januari": before midnight at the start of the 25th.
    expect(jsonLd.offers).to.deep.include({ '@type': 'Offer', validThrough: '2019-01-25T00:00:00+01:00' });
    expect(jsonLd.offers['ee:contact']).to.equal('Jitske Tiemersma');
  });

  it('holds only JSON values, no undefined or empty leftovers', () => {
    expect(JSON.parse(JSON.stringify(jsonLd))).to.deep.equal(jsonLd);
    const minimal = toJsonLd({ name: 'Buurtborrel', startDate: '2019-01-29' });
    expect(Object.keys(minimal)).to.have.members(['@context', '@type', 'name', 'startDate', 'eventStatus', 'eventAttendanceMode', 'offers']);
    // An event that names no price is free, as Google's guidance wants said.
    expect(minimal.offers).to.deep.equal({ '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
    expect(minimal.startDate).to.equal('2019-01-29');
  });

  it('writes seats and a status for an online, cancelled or full event', () => {
    const online = toJsonLd({ name: 'Webinar', startDate: '2025-06-03T20:00', status: 'online', url: 'https://example.org/webinar', registration: { capacity: 40, remaining: 0 } });
    expect(online).to.deep.include({
      startDate: '2025-06-03T20:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/webinar' },
      maximumAttendeeCapacity: 40,
      remainingAttendeeCapacity: 0,
    });
    expect(online.offers).to.deep.include({ url: 'https://example.org/webinar', availability: 'https://schema.org/SoldOut' });
    expect(toJsonLd({ ...seed, status: 'cancelled' }).eventStatus).to.equal('https://schema.org/EventCancelled');
  });
});

describe('fromJsonLd(toJsonLd(event)) gives the event back', () => {
  it('for the seed, in its local "16:00" forms', () => {
    const { event, problems } = fromJsonLd(toJsonLd(seed));
    expect(problems).to.deep.equal([]);
    expect(event).to.deep.equal(seed);
  });

  it('through JSON text, as in a <script type="application/ld+json">', () => {
    expect(fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(seed)))).event).to.deep.equal(seed);
  });

  it('for a New York night that runs past the spring-forward change', () => {
    const event: EventData = {
      name: 'Late night jazz',
      startDate: '2025-03-08T20:00',
      endDate: '2025-03-09T03:30',
      timeZone: 'America/New_York',
      status: 'postponed',
      program: [
        { start: '20:00', end: '23:00', title: 'First set' },
        { start: '2025-03-09T03:00', title: 'Last call' },
      ],
      registration: { opens: '2025-02-01T09:00', deadline: '2025-03-08', capacity: 80, remaining: 12, waitlist: true, endpoint: '/api/register', fields: [{ name: 'diet', label: { en: 'Diet' } }] },
    };
    const jsonLd = toJsonLd(event);
    expect(jsonLd.startDate).to.equal('2025-03-08T20:00:00-05:00');
    expect(jsonLd.endDate).to.equal('2025-03-09T03:30:00-04:00');
    expect(jsonLd.eventStatus).to.equal('https://schema.org/EventPostponed');
    expect(jsonLd.offers).to.deep.include({ validFrom: '2025-02-01T09:00:00-05:00', validThrough: '2025-03-08T00:00:00-05:00', availability: 'https://schema.org/InStock' });
    expect(fromJsonLd(jsonLd)).to.deep.equal({ event, problems: [] });
  });

  it('for an online event in Tokyo', () => {
    const event: EventData = { name: 'Online meetup', startDate: '2019-01-29T16:00', timeZone: 'Asia/Tokyo', status: 'online', location: { url: 'https://meet.example.org/x' } };
    const jsonLd = toJsonLd(event);
    expect(jsonLd.startDate).to.equal('2019-01-29T16:00:00+09:00');
    expect(fromJsonLd(jsonLd)).to.deep.equal({ event, problems: [] });
  });

  it('for description text and a summary', () => {
    const event: EventData = { name: 'Buurtborrel', startDate: '2019-01-29', summary: 'Kort.', description: 'Lang.\n\nLanger.' };
    expect(fromJsonLd(toJsonLd(event)).event).to.deep.equal(event);
  });
});

describe('fromJsonLd: plain schema.org from other tools', () => {
  const plain = {
    '@context': 'https://schema.org',
    '@type': 'EducationEvent',
    '@id': 'https://example.org/events/42#event',
    name: 'Workshop bewonersinitiatief',
    description: 'Een middag over subsidies.',
    startDate: '2025-07-21T19:00-05:00',
    endDate: '2025-07-21T21:00:00-05:00',
    eventStatus: 'EventRescheduled',
    image: [{ '@type': 'ImageObject', url: 'https://example.org/photo.jpg' }, 'https://example.org/other.jpg'],
    location: {
      '@type': 'Place',
      name: 'Buurthuis De Sleutel',
      address: { '@type': 'PostalAddress', streetAddress: 'Hoofdstraat 1', postalCode: '3581 AB', addressLocality: 'Utrecht', addressCountry: { '@type': 'Country', name: 'NL' } },
    },
    organizer: { '@type': 'Person', name: 'Jitske Tiemersma', url: 'https://example.org/jitske' },
    performer: { '@type': 'Person', name: 'not a speaker of an item' },
    audience: { '@type': 'Audience', audienceType: ['bewoners', 'professionals'] },
    maximumAttendeeCapacity: '40',
    remainingAttendeeCapacity: 3,
    offers: [{ '@type': 'Offer', url: 'https://example.org/events/42', validFrom: '2025-06-01T09:00:00-05:00', price: 0 }],
    subEvent: [
      { '@type': 'Event', name: 'Inloop', startDate: '2025-07-21T19:00:00-05:00' },
      { '@type': 'Event', name: 'Uitleg', startDate: '2025-07-21T19:30:00-05:00', performer: [{ '@type': 'Person', name: 'Nathan Rozema' }, 'DOCK'] },
    ],
  };

  it('keeps times with their offsets and leaves the time zone to the default', () => {
    const { event, problems } = fromJsonLd(plain);
    expect(problems).to.deep.equal([]);
    expect(event).to.deep.equal({
      id: 'https://example.org/events/42#event',
      name: 'Workshop bewonersinitiatief',
      description: 'Een middag over subsidies.',
      startDate: '2025-07-21T19:00-05:00',
      endDate: '2025-07-21T21:00:00-05:00',
      status: 'rescheduled',
      url: 'https://example.org/events/42',
      image: 'https://example.org/photo.jpg',
      location: {
        name: 'Buurthuis De Sleutel',
        address: { streetAddress: 'Hoofdstraat 1', postalCode: '3581 AB', addressLocality: 'Utrecht', addressCountry: 'NL' },
      },
      organizers: [{ name: 'Jitske Tiemersma', url: 'https://example.org/jitske' }],
      audience: ['bewoners', 'professionals'],
      program: [
        { title: 'Inloop', start: '2025-07-21T19:00:00-05:00' },
        { title: 'Uitleg', start: '2025-07-21T19:30:00-05:00', speakers: ['Nathan Rozema', 'DOCK'] },
      ],
      registration: { capacity: 40, remaining: 3, opens: '2025-06-01T09:00:00-05:00' },
    });
  });

  it('finds the event in @graph, in an array, and under every status spelling', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Agenda' }, { ...plain, '@context': undefined }] };
    expect(fromJsonLd(graph).event!.name).to.equal('Workshop bewonersinitiatief');
    expect(fromJsonLd([{ '@type': 'Organization', name: 'DOCK' }, plain]).event!.name).to.equal('Workshop bewonersinitiatief');
    const statuses: Record<string, string | undefined> = {
      'https://schema.org/EventCancelled': 'cancelled',
      'http://schema.org/EventPostponed': 'postponed',
      'schema:EventRescheduled': 'rescheduled',
      EventMovedOnline: 'online',
      EventScheduled: undefined,
    };
    for (const [eventStatus, status] of Object.entries(statuses)) {
      expect(fromJsonLd({ ...plain, eventStatus }).event!.status, eventStatus).to.equal(status);
      expect(fromJsonLd({ ...plain, eventStatus: { '@id': eventStatus } }).event!.status, eventStatus).to.equal(status);
    }
  });

  it('reads online events, and simple locations written as text', () => {
    const online = fromJsonLd({
      '@type': 'Event',
      name: 'Webinar',
      startDate: '2025-06-03',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' },
    });
    expect(online.event).to.deep.include({ status: 'online', location: { url: 'https://meet.example.org/x' } });
    const virtualOnly = fromJsonLd({ '@type': 'Event', name: 'Webinar', startDate: '2025-06-03', location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' } });
    expect(virtualOnly.event!.status).to.equal('online');
    const mixed = fromJsonLd({ ...plain, location: [{ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' }, plain.location] });
    expect(mixed.event!.location!.name).to.equal('Buurthuis De Sleutel');
    expect(fromJsonLd({ ...plain, location: 'Rosendael, Utrecht' }).event!.location).to.deep.equal({ name: 'Rosendael, Utrecht' });
    expect(fromJsonLd({ ...plain, location: { '@type': 'Place', name: 'Rosendael', address: 'Indusdreef 5, Utrecht' } }).event!.location).to.deep.equal({
      name: 'Rosendael',
      address: { streetAddress: 'Indusdreef 5, Utrecht' },
    });
  });

  it('checks what it converts like any event data', () => {
    const { event, problems } = fromJsonLd({ ...plain, url: 'javascript:alert(1)', offers: undefined, organizer: { name: 'X', email: 'not-an-address' }, maximumAttendeeCapacity: 'veertig' });
    expect(event!.url).to.equal(undefined);
    expect(problems.map((problem) => problem.path)).to.deep.equal(['url', 'organizers[0].email', 'registration.capacity']);
    expect(fromJsonLd({ ...plain, startDate: undefined }).event).to.equal(undefined);
  });

  it('says so when there is no event', () => {
    for (const doc of [{ '@context': 'https://schema.org', '@type': 'Organization', name: 'DOCK' }, [], null, 'Event', { '@graph': [] }]) {
      const { event, problems } = fromJsonLd(doc);
      expect(event).to.equal(undefined);
      expect(problems.map((problem) => problem.code)).to.deep.equal(['jsonld']);
    }
  });
});
