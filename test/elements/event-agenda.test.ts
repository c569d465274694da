import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAgenda } from '../../src/elements/event-agenda/event-agenda.js';
import { loadSeed, readableText, settled } from '../helpers.js';

async function agenda(template: TemplateResult): Promise<EventAgenda> {
  const element = await fixture<EventAgenda>(template);
  await settled(element);
  return element;
}

describe('<event-agenda>', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('lists the programme in order, with Dutch times', async () => {
    const element = await agenda(html`<event-agenda .event=${seed}></event-agenda>`);
    const items = [...element.shadowRoot!.querySelectorAll('ol > li')];
    expect(items.map((item) => item.querySelector('time')!.textContent)).to.deep.equal(['16.00 uur', '16.30 uur', '17.00 uur', '18.15 uur', '19.00 uur']);
    expect(items.map((item) => item.querySelector('[part=title]')!.textContent)).to.deep.equal(seed.program!.map((item) => item.title));
    await expect(element).to.be.accessible();
  });

  it('uses the English convention of the locale', async () => {
    const american = await agenda(html`<event-agenda lang="en-US" .event=${seed}></event-agenda>`);
    expect(american.shadowRoot!.querySelector('time')!.textContent).to.equal('4:00 PM');
    const british = await agenda(html`<event-agenda lang="en-GB" .event=${seed}></event-agenda>`);
    expect(british.shadowRoot!.querySelector('time')!.textContent).to.equal('16:00');
    expect(readableText(british)).to.contain('With: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema and bestuurder/raad van advieslid Omzien naar Elkaar');
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
});
