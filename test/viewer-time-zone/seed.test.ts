import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

/** This file runs in browsers whose own clock is set to New York and to Tokyo. */
describe(`a visitor whose clock is in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('is not in Amsterdam', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.oneOf(['America/New_York', 'Asia/Tokyo']);
  });

  it('still sees the meeting at 16.00 – 19.00 uur on Tuesday 29 January, Amsterdam time', async () => {
    const element = await fixture(html`<event-announcement .event=${await loadSeed()}></event-announcement>`);
    await settled(element);
    expect(readableText(deepQuery(element, 'header dd')!)).to.equal('dinsdag 29 januari 2019, 16.00 – 19.00 uur');
    expect(deepQuery(element, 'header time')!.getAttribute('datetime')).to.equal('2019-01-29T16:00:00+01:00');
    const times = deepQuery(element, 'event-agenda')!.shadowRoot!.querySelectorAll('[part=time]');
    expect([...times].map((time) => readableText(time))).to.deep.equal(['16.00 – 16.30 uur', '16.30 – 17.00 uur', '17.00 – 18.15 uur', '18.15 – 19.00 uur', '19.00 uur']);
  });
});
