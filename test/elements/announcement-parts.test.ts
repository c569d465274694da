import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import sinon from 'sinon';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { toJsonLd } from '../../src/data/jsonld-write.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

const structuredData = (element: Element) => element.querySelectorAll('script[type="application/ld+json"][data-event-elements]');

async function render(template: ReturnType<typeof html>): Promise<EventAnnouncement> {
  const element = await fixture<EventAnnouncement>(template);
  await settled(element);
  return element;
}

describe('<event-announcement>: parts, structured data and calendar', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('writes schema.org JSON-LD for search engines into the page, and takes it away with itself', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    await waitUntil(() => structuredData(element).length === 1, 'no structured data was written');
    const data = JSON.parse(structuredData(element)[0].textContent!);
    expect(data).to.deep.include({ '@type': 'Event', name: '(Nieuw) samenspel in de wijk', startDate: '2019-01-29T16:00:00+01:00' });
    expect(data.location).to.deep.include({ '@type': 'Place', name: 'Rosendael' });
    expect(data.location.address).to.deep.include({ '@type': 'PostalAddress', streetAddress: 'Indusdreef 5', addressLocality: 'Utrecht' });
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    const script = structuredData(element)[0];
    element.remove();
    expect(script.isConnected).to.equal(false);
  });

  it('writes one script per event, none with no-structured-data, none when the page gave JSON-LD (also when the event property outranks it)', async () => {
    const page = await render(html`<div>
      <event-announcement id="first" .event=${seed}></event-announcement>
      <event-announcement id="second" .event=${seed}></event-announcement>
      <event-announcement id="quiet" no-structured-data .event=${{ ...seed, id: 'other' }}></event-announcement>
      <event-announcement id="given"><script type="application/ld+json">${JSON.stringify(toJsonLd({ ...seed, id: 'third' }))}</script></event-announcement>
      <event-announcement id="outranked" .event=${{ ...seed, id: 'fourth' }}
        ><script type="application/ld+json">${JSON.stringify(toJsonLd({ ...seed, id: 'fourth' }))}</script></event-announcement
      >
    </div>`);
    await waitUntil(() => page.querySelectorAll('[data-event-elements]').length > 0, 'no structured data was written');
    await settled(page);
    expect(page.querySelectorAll('script[data-event-elements]')).to.have.length(1);
    expect(structuredData(page.querySelector('#first')!)).to.have.length(1);
    expect(readableText(page.querySelector('#outranked')!)).to.contain('(Nieuw) samenspel in de wijk');
    // Several announcements on one page (an agenda page): no landmarks repeating "Voor wie", "Programma", "Aanmelden".
    await expect(page).to.be.accessible();
  });

  it('without its header, the article is not named after a title that is not there', async () => {
    const element = await render(html`<event-announcement hide="header" .event=${seed}></event-announcement>`);
    expect(element.shadowRoot!.querySelector('article')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(element.shadowRoot!.querySelector('#title')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('leaves out the parts named in hide', async () => {
    const element = await render(html`<event-announcement hide="audience description calendar map" .event=${seed}></event-announcement>`);
    const text = readableText(element);
    expect(text).not.to.contain('Voor wie');
    expect(text).not.to.contain('Versterken gemeenschapskracht');
    expect(deepQuery(element, '[part=calendar]')).to.equal(null);
    expect(deepQuery(element, '[part=map]')).to.equal(null);
    expect(text).to.contain('Programma');
  });

  it('lets the site replace a part through its slot', async () => {
    const element = await render(html`<event-announcement .event=${seed}><p slot="contact">Bel de buurtcoach: 030 123 45 67</p></event-announcement>`);
    expect(readableText(element)).to.contain('Bel de buurtcoach: 030 123 45 67');
    expect(readableText(element)).not.to.contain('Contact: Jitske Tiemersma');
  });

  it('links the address to a map search', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    const map = deepQuery<HTMLAnchorElement>(element, '[part=map]')!;
    expect(map.textContent!.trim()).to.equal('Bekijk op de kaart');
    expect(new URL(map.href).searchParams.get('query')).to.equal('Rosendael, Indusdreef 5, Utrecht');
  });

  it('offers the event for calendars when the visitor asks', async () => {
    // Seen on 20 January 2019, before the event: once it is over, there is nothing to put in a calendar.
    const clock = sinon.useFakeTimers({ now: Date.UTC(2019, 0, 20, 11), toFake: ['Date'] });
    try {
      const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
      const details = deepQuery<HTMLDetailsElement>(element, '[part=calendar]')!;
      expect(readableText(details)).to.equal('Zet in je agenda');
      details.open = true;
      await waitUntil(() => details.querySelectorAll('a').length === 4, 'the calendar links did not appear');
      const [ics, google, outlook, office] = [...details.querySelectorAll('a')];
      expect([...details.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal([
        'Agendabestand (.ics)',
        'Google Agenda',
        'Outlook.com',
        'Microsoft 365 (Outlook)',
      ]);
      expect(ics.getAttribute('download')).to.equal('Nieuw-samenspel-in-de-wijk.ics');
      const file = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
      expect(file).to.contain('DTSTART:20190129T150000Z');
      expect(file).to.contain('DTEND:20190129T180000Z');
      expect(new URL(google.href).searchParams.get('dates')).to.equal('20190129T150000Z/20190129T180000Z');
      expect(new URL(outlook.href).searchParams.get('startdt')).to.equal('2019-01-29T16:00:00+01:00');
      // Work and school accounts (Microsoft 365), as municipal staff have, open outlook.office.com.
      expect(new URL(office.href).host).to.equal('outlook.office.com');
      expect(new URL(office.href).searchParams.get('enddt')).to.equal('2019-01-29T19:00:00+01:00');
      await expect(element).to.be.accessible();
    } finally {
      clock.restore();
    }
  });

  it('says a cancelled event is cancelled, at the top, and offers no sign-up or calendar', async () => {
    const upcoming = { ...seed, startDate: '2099-01-29T16:00', endDate: '2099-01-29T19:00', registration: { ...seed.registration, deadline: '2099-01-25' } };
    const element = await render(html`<event-announcement .event=${{ ...upcoming, status: 'cancelled' }}></event-announcement>`);
    expect(readableText(deepQuery(element, '[part=status]')!)).to.equal('Deze activiteit gaat niet door.');
    expect(deepQuery(element, 'registration-form')).to.equal(null);
    expect(deepQuery(element, '[part=calendar]')).to.equal(null);
    expect(readableText(deepQuery(element, 'seats-badge')!)).to.equal('Gaat niet door');
    await expect(element).to.be.accessible();
  });
});

describe('<event-announcement>: every status, and events unlike the seed', () => {
  const base: EventData = { id: 'status-test', name: 'Buurtmaaltijd', startDate: '2099-03-13T18:00', endDate: '2099-03-13T20:30' };
  const statuses = [
    ['cancelled', 'Deze activiteit gaat niet door.', 'This event has been cancelled.'],
    ['postponed', 'Deze activiteit is uitgesteld.', 'This event has been postponed.'],
    ['rescheduled', 'Deze activiteit is verplaatst naar een nieuwe datum.', 'This event has moved to a new date.'],
    ['online', 'Deze activiteit is online.', 'This event takes place online.'],
  ] as const;
  for (const [status, dutch, english] of statuses) {
    it(`says "${status}" at the top, in words, in Dutch and English`, async () => {
      const event = { ...base, status };
      const nl = await render(html`<event-announcement no-structured-data .event=${event}></event-announcement>`);
      expect(readableText(deepQuery(nl, '[part=status]')!)).to.equal(dutch);
      expect(deepQuery(nl, 'h2')!.nextElementSibling).to.equal(deepQuery(nl, '[part=status]'));
      const en = await render(html`<event-announcement lang="en" no-structured-data .event=${event}></event-announcement>`);
      expect(readableText(deepQuery(en, '[part=status]')!)).to.equal(english);
      await expect(nl).to.be.accessible();
    });
  }

  it('shows a two-day conference with its dates and a programme per day, in Dutch and English', async () => {
    const conference: EventData = {
      name: 'Wijkconferentie Overvecht',
      startDate: '2099-03-27T09:30',
      endDate: '2099-03-28T13:00',
      program: [
        { start: '2099-03-27T09:30', title: 'Opening' },
        { start: '2099-03-28T10:00', title: 'Oogst' },
      ],
    };
    const nl = await render(html`<event-announcement no-structured-data .event=${conference}></event-announcement>`);
    expect(readableText(deepQuery(nl, 'header dd')!)).to.equal('vrijdag 27 maart 2099 9.30 uur – zaterdag 28 maart 2099 13.00 uur');
    expect(deepQuery(nl, 'event-agenda')!.shadowRoot!.querySelectorAll('[role=heading][aria-level="4"]')).to.have.length(2);
    const en = await render(html`<event-announcement lang="en-GB" no-structured-data .event=${conference}></event-announcement>`);
    expect(readableText(deepQuery(en, 'header dd')!)).to.contain('Friday');
    await expect(nl).to.be.accessible();
  });
});
