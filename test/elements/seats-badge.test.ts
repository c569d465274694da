import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/embed.js';
import { fewThreshold } from '../../src/data/seats.js';
import type { EventData } from '../../src/data/types.js';
import type { SeatsBadge } from '../../src/elements/seats-badge/seats-badge.js';
import { loadSeed, readableText, settled } from '../helpers.js';

async function badge(template: TemplateResult): Promise<SeatsBadge> {
  const element = await fixture<SeatsBadge>(template);
  await settled(element);
  return element;
}

/** An event whose registration is open for the next ten years. */
function openEvent(seed: EventData, registration: EventData['registration']): EventData {
  const { endDate: _end, ...event } = seed;
  return { ...event, startDate: '2099-06-01T16:00', registration };
}

describe('<seats-badge>', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  const cases: { registration: EventData['registration']; status?: EventData['status']; state: string; nl: string; en: string }[] = [
    { registration: { capacity: 40, remaining: 12 }, state: 'open', nl: 'Nog 12 plekken vrij', en: '12 places left' },
    { registration: { capacity: 40, remaining: 5 }, state: 'few', nl: 'Bijna vol: nog 5 plekken', en: 'Almost full: 5 places left' },
    { registration: { capacity: 40, remaining: 1 }, state: 'few', nl: 'Bijna vol: nog 1 plek', en: 'Almost full: 1 place left' },
    { registration: { capacity: 40, remaining: 0 }, state: 'full', nl: 'Vol', en: 'Full' },
    { registration: { capacity: 40, remaining: 0, waitlist: true }, state: 'waitlist', nl: 'Vol — wachtlijst open', en: 'Full — waiting list open' },
    { registration: { limited: true }, state: 'limited', nl: 'Beperkt aantal plekken', en: 'Limited places' },
    { registration: { capacity: 40 }, state: 'open', nl: '40 plekken', en: '40 places' },
    { registration: {}, state: 'open', nl: 'Aanmelden is mogelijk', en: 'Registration open' },
    { registration: { remaining: 12, deadline: '2020-01-01' }, state: 'closed', nl: 'Aanmelden gesloten', en: 'Registration closed' },
    { registration: { remaining: 12, opens: '2098-01-01' }, state: 'closed', nl: 'Aanmelden gesloten', en: 'Registration closed' },
    { registration: { remaining: 12 }, status: 'cancelled', state: 'cancelled', nl: 'Gaat niet door', en: 'Cancelled' },
  ];
  for (const { registration, status, state, nl, en } of cases) {
    it(`says "${nl}" / "${en}" (${state}) for ${JSON.stringify({ ...registration, status })}`, async () => {
      const event = { ...openEvent(seed, registration), ...(status ? { status } : {}) };
      const dutch = await badge(html`<seats-badge .event=${event}></seats-badge>`);
      expect(dutch.getAttribute('state')).to.equal(state);
      expect(readableText(dutch)).to.equal(nl);
      const english = await badge(html`<seats-badge lang="en" .event=${event}></seats-badge>`);
      expect(readableText(english)).to.equal(en);
      await expect(dutch).to.be.accessible();
    });
  }

  it('turns "few" at the threshold: the larger of 5 and 10% of capacity', async () => {
    expect(fewThreshold(40)).to.equal(5);
    expect(fewThreshold(200)).to.equal(20);
    const state = async (capacity: number, remaining: number) =>
      (await badge(html`<seats-badge capacity=${capacity} remaining=${remaining}></seats-badge>`)).getAttribute('state');
    expect(await state(200, 20)).to.equal('few');
    expect(await state(200, 21)).to.equal('open');
    expect(await state(40, 5)).to.equal('few');
    expect(await state(40, 6)).to.equal('open');
    expect(await state(40, 1)).to.equal('few');
    expect(await state(40, 0)).to.equal('full');
    // 10% of 55 is 5.5: 6 seats left are more than 10%, so not yet "almost full".
    expect(fewThreshold(55)).to.equal(5.5);
    expect(await state(55, 6)).to.equal('open');
    expect(await state(55, 5)).to.equal('few');
  });

  it('takes its own threshold from `few`', async () => {
    const element = await badge(html`<seats-badge capacity="40" remaining="8" few="10"></seats-badge>`);
    expect(element.getAttribute('state')).to.equal('few');
    expect(readableText(element)).to.equal('Bijna vol: nog 8 plekken');
  });

  it('works from attributes alone, and its attributes override the event', async () => {
    const alone = await badge(html`<seats-badge remaining="3"></seats-badge>`);
    expect(readableText(alone)).to.equal('Bijna vol: nog 3 plekken');
    const overriding = await badge(html`<seats-badge remaining="30" .event=${openEvent(seed, { capacity: 40, remaining: 2 })}></seats-badge>`);
    expect(readableText(overriding)).to.equal('Nog 30 plekken vrij');
    const closing = await badge(html`<seats-badge deadline="2020-01-01" .event=${openEvent(seed, { remaining: 2 })}></seats-badge>`);
    expect(closing.getAttribute('state')).to.equal('closed');
  });

  it('formats numbers for the language', async () => {
    const element = await badge(html`<seats-badge lang="en" capacity="5000" remaining="1200"></seats-badge>`);
    expect(readableText(element)).to.equal('1,200 places left');
    const dutch = await badge(html`<seats-badge capacity="5000" remaining="1200"></seats-badge>`);
    expect(readableText(dutch)).to.equal('Nog 1.200 plekken vrij');
  });

  it('says the seed has taken place: it ended on 29 January 2019 at 19.00', async () => {
    const element = await badge(html`<seats-badge .event=${seed}></seats-badge>`);
    expect(element.getAttribute('state')).to.equal('past');
    expect(readableText(element)).to.equal('Geweest');
  });

  describe('an event that is over', () => {
    /** Ended yesterday-ish, with seats left and registration that was open to the end. */
    const pastEvent = (changes: Partial<EventData> = {}): EventData => ({
      id: 'over',
      name: 'Buurtmaaltijd',
      startDate: '2020-03-02T18:00',
      endDate: '2020-03-02T21:00',
      registration: { capacity: 40, remaining: 12, deadline: '2020-03-02T21:00' },
      ...changes,
    });

    it('says it has passed, in every language, whatever seats were left', async () => {
      const words = { nl: 'Geweest', en: 'Past', tr: 'Sona erdi', ar: 'انتهى' };
      for (const [lang, text] of Object.entries(words)) {
        const element = await badge(html`<seats-badge lang=${lang} .event=${pastEvent()}></seats-badge>`);
        expect(element.getAttribute('state'), lang).to.equal('past');
        expect(readableText(element), lang).to.equal(text);
        await expect(element).to.be.accessible();
      }
    });

    it('looks like closed: the neutral badge with a bar in the text colour', async () => {
      const past = await badge(html`<seats-badge .event=${pastEvent()}></seats-badge>`);
      const closed = await badge(html`<seats-badge capacity="40" remaining="12" deadline="2020-01-01"></seats-badge>`);
      const look = (element: SeatsBadge) => {
        const badgeStyle = getComputedStyle(element.shadowRoot!.querySelector('.badge')!);
        const marker = getComputedStyle(element.shadowRoot!.querySelector('.marker')!);
        return { background: badgeStyle.backgroundColor, color: badgeStyle.color, marker: marker.backgroundColor, markerHeight: marker.blockSize, radius: marker.borderTopLeftRadius };
      };
      expect(closed.getAttribute('state')).to.equal('closed');
      expect(look(past)).to.deep.equal(look(closed));
      expect(look(past).marker).to.equal('rgb(26, 26, 26)');
    });

    it('without an end, is past from midnight after its day, in the event\'s time zone', async () => {
      const { endDate: _end, ...timed } = pastEvent();
      const clock = sinon.useFakeTimers({ now: Date.UTC(2020, 2, 2, 22, 59), toFake: ['Date'] }); // 23.59 in Amsterdam
      try {
        const evening = await badge(html`<seats-badge .event=${timed}></seats-badge>`);
        expect(evening.getAttribute('state'), 'the same evening: it may still run').to.equal('closed');
        clock.setSystemTime(Date.UTC(2020, 2, 2, 23, 0)); // midnight in Amsterdam
        const night = await badge(html`<seats-badge .event=${timed}></seats-badge>`);
        expect(night.getAttribute('state')).to.equal('past');
      } finally {
        clock.restore();
      }
    });

    it('stays cancelled when it was cancelled, and a postponed event is never past', async () => {
      const cancelled = await badge(html`<seats-badge .event=${pastEvent({ status: 'cancelled' })}></seats-badge>`);
      expect(cancelled.getAttribute('state')).to.equal('cancelled');
      expect(readableText(cancelled)).to.equal('Gaat niet door');
      const postponed = await badge(html`<seats-badge .event=${pastEvent({ status: 'postponed' })}></seats-badge>`);
      expect(postponed.getAttribute('state')).to.equal('closed');
    });
  });

  it('marks open, few, full and closed in status colours of their own, without a theme: green, amber, red, and the text colour on grey', async () => {
    const markers = new Map<string, string>();
    for (const [state, remaining, deadline] of [
      ['open', '30'],
      ['few', '2'],
      ['full', '0'],
      ['closed', '30', '2019-01-25'],
    ] as [string, string, string?][]) {
      const element = await badge(html`<seats-badge capacity="40" remaining=${remaining} deadline=${deadline ?? nothing}></seats-badge>`);
      expect(element.getAttribute('state')).to.equal(state);
      const marker = getComputedStyle(element.shadowRoot!.querySelector('.marker')!);
      markers.set(state, state === 'few' ? marker.borderTopColor : marker.backgroundColor);
      await expect(element).to.be.accessible();
    }
    expect(Object.fromEntries(markers)).to.deep.equal({ open: 'rgb(30, 123, 52)', few: 'rgb(154, 77, 0)', full: 'rgb(179, 38, 30)', closed: 'rgb(26, 26, 26)' });
  });

  it('announces itself politely and never by colour alone', async () => {
    const element = await badge(html`<seats-badge remaining="0" capacity="10"></seats-badge>`);
    const status = element.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.contain('Vol');
    const marker = element.shadowRoot!.querySelector('.marker')!;
    expect(marker.getAttribute('aria-hidden')).to.equal('true');
  });
});
