import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import '../../src/embed.js';
import type { EventData, ProgramItem } from '../../src/data/types.js';
import type { EventAgenda } from '../../src/elements/event-agenda/event-agenda.js';
import { loadSeed, readableText, settled } from '../helpers.js';

async function agenda(template: TemplateResult): Promise<EventAgenda> {
  const element = await fixture<EventAgenda>(template);
  await settled(element);
  return element;
}

/** A conference over two days: an opening, `middle` later that first day, and a harvest the next morning. */
const conference = (middle: ProgramItem): EventData => ({
  name: 'Wijkconferentie',
  startDate: '2026-03-27T09:30',
  endDate: '2026-03-28T13:00',
  program: [{ start: '2026-03-27T09:30', title: 'Opening' }, middle, { start: '2026-03-28T10:00', title: 'Oogst' }],
});
describe('<event-agenda>', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('lists the programme in order, with Dutch times', async () => {
    const element = await agenda(html`<event-agenda .event=${seed}></event-agenda>`);
    const items = [...element.shadowRoot!.querySelectorAll('ol > li')];
    // Each item ends when the next starts; the closing item at 19.00 is a moment, the event's end.
    expect(items.map((item) => readableText(item.querySelector('[part=time]')!))).to.deep.equal([
      '16.00 – 16.30 uur',
      '16.30 – 17.00 uur',
      '17.00 – 18.15 uur',
      '18.15 – 19.00 uur',
      '19.00 uur',
    ]);
    expect([...items[0].querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2019-01-29T16:00:00+01:00',
      '2019-01-29T16:30:00+01:00',
    ]);
    expect(items.map((item) => item.querySelector('[part=title]')!.textContent)).to.deep.equal(seed.program!.map((item) => item.title));
    await expect(element).to.be.accessible();
  });

  it('times stand apart from titles: regular tabular figures against bold titles', async () => {
    const element = await agenda(html`<event-agenda .event=${seed}></event-agenda>`);
    const time = getComputedStyle(element.shadowRoot!.querySelector('[part=time]')!);
    const title = getComputedStyle(element.shadowRoot!.querySelector('[part=title]')!);
    expect(time.fontVariantNumeric).to.equal('tabular-nums');
    expect(Number(time.fontWeight)).to.be.below(Number(title.fontWeight));
  });

  it('says "Met: …" unless the description already names every speaker (a role in brackets aside)', async () => {
    const item = seed.program![3];
    const speakersOf = async (description: string | undefined) => {
      const event = { ...seed, program: [{ ...item, description }] };
      const element = await agenda(html`<event-agenda .event=${event}></event-agenda>`);
      const line = element.shadowRoot!.querySelector('[part=speakers]');
      return line && readableText(line);
    };
    expect(await speakersOf(item.description), 'all four named').to.equal(null);
    expect(await speakersOf(undefined)).to.equal(
      'Met: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema en bestuurder/raad van advieslid Omzien naar Elkaar',
    );
    expect(await speakersOf('Met reflecties van wethouder Maarten van Ooijen en DOCK.'), 'only some named').to.match(/^Met: Maarten van Ooijen/);
  });

  it('uses the English convention of the locale', async () => {
    const american = await agenda(html`<event-agenda lang="en-US" .event=${seed}></event-agenda>`);
    expect(readableText(american.shadowRoot!.querySelector('[part=time]')!)).to.equal('4:00 PM – 4:30 PM');
    const british = await agenda(html`<event-agenda lang="en-GB" .event=${seed}></event-agenda>`);
    expect(readableText(british.shadowRoot!.querySelector('[part=time]')!)).to.equal('16:00 – 16:30');
    const listed = { ...seed, program: seed.program!.map((item) => ({ ...item, description: undefined })) };
    const speakers = await agenda(html`<event-agenda lang="en-GB" .event=${listed}></event-agenda>`);
    expect(readableText(speakers)).to.contain('With: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema and bestuurder/raad van advieslid Omzien naar Elkaar');
  });

  it('works alone from the JSON attribute', async () => {
    const element = await agenda(html`<event-agenda event=${JSON.stringify(seed)}></event-agenda>`);
    expect(element.shadowRoot!.querySelectorAll('ol > li')).to.have.length(5);
  });

  it('places times of other time zones in that zone', async () => {
    const tokyo: EventData = { name: 'Tokyo', startDate: '2019-01-29T10:00', timeZone: 'Asia/Tokyo', program: [{ start: '10:00', title: 'Open' }] };
    const element = await agenda(html`<event-agenda .event=${tokyo}></event-agenda>`);
    const time = element.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2019-01-29T10:00:00+09:00');
    expect(time.textContent).to.equal('10.00 uur');
  });

  it('ends each item at the next one\'s start, and the last at the event\'s end', async () => {
    const event: EventData = {
      name: 'Avond',
      startDate: '2019-01-29T19:00',
      endDate: '2019-01-29T21:30',
      program: [
        { start: '19:00', title: 'Inloop' },
        { start: '19:30', end: '20:00', title: 'Welkom' },
        { start: '20:15', title: 'Gesprek' },
      ],
    };
    const element = await agenda(html`<event-agenda .event=${event}></event-agenda>`);
    expect([...element.shadowRoot!.querySelectorAll('[part=time]')].map((time) => readableText(time))).to.deep.equal([
      '19.00 – 19.30 uur',
      '19.30 – 20.00 uur',
      '20.15 – 21.30 uur',
    ]);
  });

  it('groups a programme of several days by day, under day headings', async () => {
    const element = await agenda(html`<event-agenda .event=${conference({ start: '2026-03-27T13:00', end: '2026-03-27T17:00', title: 'Werkplaatsen' })}></event-agenda>`);
    const headings = [...element.shadowRoot!.querySelectorAll('[role=heading]')];
    expect(headings.map((heading) => readableText(heading))).to.deep.equal(['vrijdag 27 maart 2026', 'zaterdag 28 maart 2026']);
    expect(headings.map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    const lists = [...element.shadowRoot!.querySelectorAll('ol')];
    expect(lists.map((list) => list.children.length)).to.deep.equal([2, 1]);
    // Read as lists in Safari too, which drops the role of a list without bullets.
    expect(lists.map((list) => list.getAttribute('role'))).to.deep.equal(['list', 'list']);
    expect(readableText(lists[1].querySelector('[part=time]')!)).to.equal('10.00 – 13.00 uur');
    await expect(element).to.be.accessible();
  });

  it('ends no item on another day by itself: the last of a day without an end is a moment, not "16.00 – 10.00 uur"', async () => {
    const element = await agenda(html`<event-agenda .event=${conference({ start: '2026-03-27T16:00', title: 'Borrel' })}></event-agenda>`);
    const times = [...element.shadowRoot!.querySelectorAll('[part=time]')].map((time) => readableText(time));
    expect(times).to.deep.equal(['9.30 – 16.00 uur', '16.00 uur', '10.00 – 13.00 uur']);
  });

  it('marks the item running now, and nothing before or after the event', async () => {
    const marked = async (now: string) => {
      const element = await agenda(html`<event-agenda .event=${seed} now=${now}></event-agenda>`);
      return [...element.shadowRoot!.querySelectorAll('[aria-current=time]')].map((item) => item.querySelector('[part=title]')!.textContent);
    };
    expect(await marked('2019-01-29T15:59')).to.deep.equal([]);
    expect(await marked('2019-01-29T16:00')).to.deep.equal(['Welkom en introductie']);
    expect(await marked('2019-01-29T17:30')).to.deep.equal(['In gesprek over wijkvisie']);
    expect(await marked('2019-01-29T18:59')).to.deep.equal(['Oogst en vervolgstappen']);
    expect(await marked('2019-01-29T19:00')).to.deep.equal([]);
    expect(await marked('2019-01-30T10:00')).to.deep.equal([]);
    const during = await agenda(html`<event-agenda .event=${seed} now="2019-01-29T17:30"></event-agenda>`);
    expect(during.shadowRoot!.querySelector('[aria-current=time]')!.getAttribute('part')).to.equal('item current');
    await expect(during).to.be.accessible();
  });

  it('moves the mark on by itself while the event runs', async () => {
    const clock = sinon.useFakeTimers({ now: Date.UTC(2019, 0, 29, 15, 29, 30), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const element = await agenda(html`<event-agenda .event=${seed}></event-agenda>`);
      const current = () => element.shadowRoot!.querySelector('[aria-current=time] [part=title]')?.textContent;
      expect(current()).to.equal('Welkom en introductie');
      await clock.tickAsync(60_000);
      await settled(element);
      expect(current()).to.equal('Vier pitches van bewonerspraktijken');
      element.remove();
      expect(clock.countTimers()).to.equal(0);
    } finally {
      clock.restore();
    }
  });
});
