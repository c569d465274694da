import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/embed.js';
import { toJsonLd } from '../../src/data/jsonld-write.js';
import { moveEventToFuture } from '../../src/data/move.js';
import { toSnippet } from '../../src/snippet/snippet.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { deepQuery, deepQueryAll, loadSeed, readableText, settled } from '../helpers.js';

/** A moment far enough ahead that the moved seed stays in the future for decades. */
const YEAR_2100 = Date.UTC(2100, 0, 1);

async function render(template: TemplateResult): Promise<EventAnnouncement> {
  const element = await fixture<EventAnnouncement>(template);
  await settled(element);
  return element;
}

describe('<event-announcement> with the seed invitation', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('shows what the Dutch invitation says', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    const text = readableText(element);
    expect(deepQuery(element, 'h2')!.textContent).to.equal('(Nieuw) samenspel in de wijk');
    expect(text).to.contain('dinsdag 29 januari 2019, 16.00 – 19.00 uur');
    expect(text).to.contain('Waarschijnlijke locatie: Rosendael, rode zaal, Indusdreef 5, Utrecht');
    expect(text).to.contain('bij Oke Nu en OSO in Overvecht Noord');
    expect(deepQueryAll(element, 'h3').map((heading) => heading.textContent)).to.deep.equal([
      'Versterken gemeenschapskracht',
      'Waarom en doel bijeenkomst',
      'Voor wie',
      'Programma',
      'Aanmelden',
    ]);
    expect(text).to.contain('Met het nieuwe college en een nieuwe sociaal makelorganisatie (DOCK)');
    expect(deepQueryAll(element, 'section[part=audience] li').map((item) => item.textContent)).to.deep.equal(seed.audience);
    expect(text).to.contain('Georganiseerd door: Omzien naar Elkaar en DOCK');
  });

  it('marks the date up for machines, with the Amsterdam offset', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    expect(deepQuery(element, 'header time')!.getAttribute('datetime')).to.equal('2019-01-29T16:00:00+01:00');
  });

  it('lists the five programme items in an ordered list with machine-readable times', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    const agenda = deepQuery(element, 'event-agenda')!.shadowRoot!;
    const items = [...agenda.querySelectorAll('ol > li')];
    expect(items).to.have.length(5);
    expect([...agenda.querySelectorAll('[part=time] > time:first-child')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2019-01-29T16:00:00+01:00',
      '2019-01-29T16:30:00+01:00',
      '2019-01-29T17:00:00+01:00',
      '2019-01-29T18:15:00+01:00',
      '2019-01-29T19:00:00+01:00',
    ]);
    expect(readableText(items[0])).to.match(/^16\.00 – 16\.30 uur Welkom en introductie Omzien over trends/);
    // The 18.15 item's description names its four speakers; a "Met: …" line would say it twice.
    expect(readableText(items[3])).to.equal(
      '18.15 – 19.00 uur Oogst en vervolgstappen Met reflecties van wethouder Maarten van Ooijen, Sociaal Makelorganisatie DOCK, Nathan Rozema en bestuurder/raad van advieslid Omzien naar Elkaar.',
    );
    expect(agenda.querySelector('[part=speakers]')).to.equal(null);
  });

  it('says registration has closed once the deadline has passed, and whom to contact', async () => {
    // Seen on 27 January 2019: after the deadline (25 January), before the event.
    const clock = sinon.useFakeTimers({ now: Date.UTC(2019, 0, 27, 11), toFake: ['Date'] });
    try {
      const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
      const badge = deepQuery(element, 'seats-badge')!;
      expect(badge.getAttribute('state')).to.equal('closed');
      expect(readableText(badge)).to.equal('Aanmelden gesloten');
      expect(readableText(deepQuery(element, '[part=contact]')!)).to.equal('Contact: Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
      expect(deepQuery(element, '[part=status]')).to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('while registration is open, says until when and links to register by e-mail', async () => {
    const upcoming = moveEventToFuture(seed, YEAR_2100);
    const element = await render(html`<event-announcement .event=${upcoming}></event-announcement>`);
    expect(readableText(element)).to.contain('dinsdag 2 februari 2100, 16.00 – 19.00 uur');
    const badge = deepQuery(element, 'seats-badge')!;
    expect(badge.getAttribute('state')).to.equal('limited');
    expect(readableText(badge)).to.equal('Beperkt aantal plekken');
    const contact = deepQuery(element, '[part=contact]')!;
    expect(readableText(contact)).to.equal('Aanmelden vóór 29 januari bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
    const link = contact.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(
      `mailto:jitske@omziennaarelkaar.nl?subject=${encodeURIComponent('Aanmelding: (Nieuw) samenspel in de wijk')}`,
    );
  });

  it('without a deadline in the data names none (registration closes as the event starts, which a date alone would misstate), as the readable version does', async () => {
    const upcoming = moveEventToFuture(seed, YEAR_2100);
    const noDeadline = { ...upcoming, registration: { ...upcoming.registration, deadline: undefined } };
    const element = await render(html`<event-announcement .event=${noDeadline}></event-announcement>`);
    expect(readableText(deepQuery(element, '[part=contact]')!)).to.equal('Aanmelden bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
    expect(toSnippet(noDeadline)).to.contain('Aanmelden bij Jitske Tiemersma via');
  });

  it('once full without a waiting list, the contact line no longer invites to register before the deadline', async () => {
    const upcoming = moveEventToFuture(seed, YEAR_2100);
    const full = { ...upcoming, registration: { ...upcoming.registration, capacity: 40, remaining: 0 } };
    const element = await render(html`<event-announcement .event=${full}></event-announcement>`);
    expect(readableText(deepQuery(element, '[part=contact]')!)).to.equal('Contact: Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
    const waitlist = { ...full, registration: { ...full.registration, waitlist: true } };
    const open = await render(html`<event-announcement .event=${waitlist}></event-announcement>`);
    expect(readableText(deepQuery(open, '[part=contact]')!)).to.equal('Aanmelden vóór 29 januari bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
  });

  it('speaks English when the page does', async () => {
    const upcoming = moveEventToFuture(seed, YEAR_2100);
    const element = await render(html`<div lang="en-GB"><event-announcement .event=${upcoming}></event-announcement></div>`);
    const text = readableText(element);
    expect(text).to.contain('Tuesday, 2 February 2100, 16:00–19:00');
    expect(text).to.contain('Probable venue: Rosendael, rode zaal, Indusdreef 5, Utrecht');
    expect(text).to.contain('hosted by Oke Nu and OSO in Overvecht Noord');
    expect(text).to.contain('Limited places');
    expect(text).to.contain('Register before 29 January with Jitske Tiemersma at jitske@omziennaarelkaar.nl.');
  });

  it('is accessible, past and open', async () => {
    const past = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    await expect(past).to.be.accessible();
    const open = await render(html`<event-announcement .event=${moveEventToFuture(seed, YEAR_2100)}></event-announcement>`);
    await expect(open).to.be.accessible();
  });

  // Turkish words are a chunk of their own: the first render waits for them too.
  for (const lang of ['nl', 'tr']) {
    it(`appears whole: its readable version in view until its programme, badge and form have rendered (a task each), then all at once (${lang})`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const element = document.createElement('event-announcement') as EventAnnouncement;
      element.event = moveEventToFuture(seed, YEAR_2100);
      // As long as the real one: it goes on below the screen, so the form is not folded (docs/announcement.md).
      const readable = element.appendChild(Object.assign(document.createElement('article'), { textContent: 'Samenspel in de wijk' }));
      readable.style.blockSize = '150vh';
      const parts = () => [...element.shadowRoot!.querySelectorAll<HTMLElement & { hasUpdated: boolean }>('event-agenda, seats-badge, registration-form')];
      const moments: { readable: boolean; shown: boolean; parts: string[] }[] = [];
      const observer = new MutationObserver(() => {
        const article = element.shadowRoot!.querySelector('article');
        const rendered = parts().map((part) => `${part.localName} ${part.hasUpdated && part.shadowRoot!.querySelector('div *') ? 'rendered' : 'not yet'}`);
        moments.push({ readable: readable.checkVisibility(), shown: article?.checkVisibility({ visibilityProperty: true }) ?? false, parts: rendered });
      });
      holder.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      await settled(element);
      observer.disconnect();
      // Never blank: the readable version stays until the announcement shows.
      expect(moments.filter((moment) => !moment.readable && !moment.shown)).to.deep.equal([]);
      // The announcement's own render comes first, out of view, its parts not yet rendered…
      const notYet = ['event-agenda not yet', 'seats-badge not yet', 'registration-form not yet'];
      expect(moments.find((moment) => moment.parts.length)).to.deep.equal({ readable: true, shown: false, parts: notYet });
      // …and the first time it is in view, every part is there, in place of the readable version.
      const whole = ['event-agenda rendered', 'seats-badge rendered', 'registration-form rendered'];
      expect(moments.find((moment) => moment.shown)).to.deep.equal({ readable: false, shown: true, parts: whole });
    });
  }
});

describe('<event-announcement> for an event that is over', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('says so at the top, and offers no sign-up, no jump to it and no calendar (the seed, in 2019)', async () => {
    const element = await render(html`<event-announcement .event=${seed}></event-announcement>`);
    const status = deepQuery(element, '[part=status]')!;
    expect(readableText(status)).to.equal('Deze activiteit is geweest.');
    expect(deepQuery(element, 'h2')!.nextElementSibling).to.equal(status);
    expect(deepQuery(element, 'registration-form')).to.equal(null);
    expect(deepQuery(element, '[part=to-form]')).to.equal(null);
    expect(deepQuery(element, '[part=calendar]')).to.equal(null);
    expect(readableText(element)).not.to.contain('Zet in je agenda');
    const badge = deepQuery(element, 'seats-badge')!;
    expect(badge.getAttribute('state')).to.equal('past');
    expect(readableText(badge)).to.equal('Geweest');
    // Whom to ask about it, without a deadline to register by.
    expect(readableText(deepQuery(element, '[part=contact]')!)).to.equal('Contact: Jitske Tiemersma via jitske@omziennaarelkaar.nl.');
    await expect(element).to.be.accessible();
  });

  it('says so in every language', async () => {
    const words = {
      en: ['This event has taken place.', 'Past'],
      tr: ['Bu etkinlik sona erdi.', 'Sona erdi'],
      ar: ['انتهى هذا النشاط.', 'انتهى'],
    };
    for (const [lang, [status, badge]] of Object.entries(words)) {
      const element = await render(html`<event-announcement lang=${lang} .event=${seed}></event-announcement>`);
      expect(readableText(deepQuery(element, '[part=status]')!), lang).to.equal(status);
      expect(readableText(deepQuery(element, 'seats-badge')!), lang).to.equal(badge);
      expect(deepQuery(element, 'registration-form'), lang).to.equal(null);
      expect(deepQuery(element, '[part=calendar]'), lang).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('says it was cancelled rather than that it took place; a rescheduled one that is over says it is over', async () => {
    const cancelled = await render(html`<event-announcement .event=${{ ...seed, status: 'cancelled' }}></event-announcement>`);
    expect(readableText(deepQuery(cancelled, '[part=status]')!)).to.equal('Deze activiteit gaat niet door.');
    expect(readableText(deepQuery(cancelled, 'seats-badge')!)).to.equal('Gaat niet door');
    const rescheduled = await render(html`<event-announcement .event=${{ ...seed, status: 'rescheduled' }}></event-announcement>`);
    expect(readableText(deepQuery(rescheduled, '[part=status]')!)).to.equal('Deze activiteit is geweest.');
  });

  it('turns past by itself when the event ends while the page is open', async () => {
    // The seed moved to 5 May 2099 (summer time), the page open at 18.59, a minute before it ends.
    const upcoming = moveEventToFuture(seed, Date.UTC(2099, 3, 1));
    expect([upcoming.startDate, upcoming.endDate]).to.deep.equal(['2099-05-05T16:00', '2099-05-05T19:00']);
    const clock = sinon.useFakeTimers({ now: Date.UTC(2099, 4, 5, 16, 59), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const element = await render(html`<event-announcement .event=${upcoming}></event-announcement>`);
      expect(deepQuery(element, '[part=status]')).to.equal(null);
      expect(readableText(deepQuery(element, 'seats-badge')!)).to.equal('Aanmelden gesloten');
      expect(deepQuery(element, '[part=calendar]')).not.to.equal(null);
      expect(deepQuery(element, 'registration-form')).not.to.equal(null);
      expect(readableText(deepQuery(element, '[part=to-form]')!)).to.equal('Aanmelden gesloten');

      await clock.tickAsync(61_000);
      await settled(element);
      expect(readableText(deepQuery(element, '[part=status]')!)).to.equal('Deze activiteit is geweest.');
      const badge = deepQuery(element, 'seats-badge')!;
      expect(badge.getAttribute('state')).to.equal('past');
      expect(readableText(badge)).to.equal('Geweest');
      expect(deepQuery(element, '[part=calendar]')).to.equal(null);
      expect(deepQuery(element, 'registration-form')).to.equal(null);
      expect(deepQuery(element, '[part=to-form]')).to.equal(null);
      expect(clock.countTimers(), 'nothing left to wake up for').to.equal(0);
    } finally {
      clock.restore();
    }
  });
});

describe('giving an <event-announcement> its event', () => {
  let seed: EventData;
  let reference: string;
  before(async () => {
    seed = await loadSeed();
    reference = readableText(await render(html`<event-announcement .event=${seed}></event-announcement>`));
  });

  it('renders the same announcement from the JSON attribute', async () => {
    const element = await render(html`<event-announcement event=${JSON.stringify(seed)}></event-announcement>`);
    expect(readableText(element)).to.equal(reference);
  });

  it('renders the same announcement from a schema.org JSON-LD child', async () => {
    const element = await render(html`<event-announcement
      ><script type="application/ld+json">
        ${JSON.stringify(toJsonLd(seed))}
      </script></event-announcement
    >`);
    expect(readableText(element)).to.equal(reference);
  });

  it('renders the same announcement from src', async () => {
    const element = await fixture<EventAnnouncement>(html`<event-announcement src="/test/fixtures/samenspel-2019.event.json"></event-announcement>`);
    await waitForTitle(element);
    expect(readableText(element)).to.equal(reference);
  });

  it('renders a plain schema.org document fetched by src, as another tool would write it', async () => {
    const element = await fixture<EventAnnouncement>(html`<event-announcement src="/test/fixtures/schema-org-event.jsonld"></event-announcement>`);
    await waitForTitle(element);
    const text = readableText(element);
    expect(deepQuery(element, 'h2')!.textContent).to.equal('Buurtmaaltijd Kanaleneiland');
    expect(text).to.contain('vrijdag 13 maart 2099, 18.00 – 20.30 uur');
    expect(text).to.contain('Buurtcentrum De Boog, Marshalllaan 2, 3527 TK Utrecht');
    expect(text).to.contain('Nog 12 plekken vrij');
  });

  it('prefers the property over the attribute, the attribute over src, src over JSON-LD', async () => {
    const named = (name: string) => JSON.stringify({ ...seed, name });
    const element = await fixture<EventAnnouncement>(html`<event-announcement
      event=${named('From the attribute')}
      src="/test/fixtures/samenspel-2019.event.json"
      ><script type="application/ld+json">
        ${JSON.stringify(toJsonLd({ ...seed, name: 'From JSON-LD' }))}
      </script></event-announcement
    >`);
    const title = () => deepQuery(element, 'h2')?.textContent;

    element.event = { ...seed, name: 'From the property' };
    await settled(element);
    expect(title()).to.equal('From the property');

    element.event = undefined;
    await settled(element);
    expect(title()).to.equal('From the attribute');

    element.removeAttribute('event');
    await waitForTitle(element, seed.name);
    expect(title()).to.equal(seed.name);

    element.removeAttribute('src');
    await settled(element);
    expect(title()).to.equal('From JSON-LD');
  });

  it('re-renders when the JSON-LD child changes', async () => {
    const element = await render(html`<event-announcement
      ><script type="application/ld+json">
        ${JSON.stringify(toJsonLd(seed))}
      </script></event-announcement
    >`);
    element.querySelector('script')!.textContent = JSON.stringify(toJsonLd({ ...seed, name: 'Nieuwe naam' }));
    await waitForTitle(element, 'Nieuwe naam');
    expect(deepQuery(element, 'h2')!.textContent).to.equal('Nieuwe naam');
  });

  it('re-renders when the attribute changes', async () => {
    const element = await render(html`<event-announcement event=${JSON.stringify(seed)}></event-announcement>`);
    element.setAttribute('event', JSON.stringify({ ...seed, name: 'Andere naam' }));
    await settled(element);
    expect(deepQuery(element, 'h2')!.textContent).to.equal('Andere naam');
  });

  it('gives its event to elements placed inside it', async () => {
    const element = await render(html`<event-announcement .event=${seed}>
      <seats-badge></seats-badge>
    </event-announcement>`);
    const badge = element.querySelector('seats-badge')!;
    await settled(badge);
    expect(readableText(badge)).to.equal('Geweest');
    element.event = { ...seed, status: 'cancelled' };
    await settled(element);
    await settled(badge);
    expect(readableText(badge)).to.equal('Gaat niet door');
  });
});

/** Waits (by polling the DOM, not a fixed delay) until the announcement shows a title, optionally a given one. */
async function waitForTitle(element: Element, name?: string): Promise<void> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(() => {
    const title = deepQuery(element, 'h2')?.textContent;
    return name ? title === name : Boolean(title);
    // A fetch and the JSON-LD reader's chunk: as long as other chunk loads in these tests may take.
  }, 'the announcement did not render its title', { timeout: 5000 });
  await settled(element);
}
