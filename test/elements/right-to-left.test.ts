import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

const box = (element: Element) => element.getBoundingClientRect();

/** The first programme item's time and title, and the two `<time>`s of its range. */
function firstItem(agenda: Element) {
  const root = agenda.shadowRoot!;
  const [start, end] = root.querySelectorAll('li:first-child [part=time] time');
  return { time: root.querySelector('li [part=time]')!, title: root.querySelector('li [part=title]')!, start, end };
}

describe('right to left', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  async function place<T extends Element>(template: ReturnType<typeof html>, selector: string, width = 1000): Promise<T> {
    const wrapper = await fixture(html`<div style="inline-size: ${width}px">${template}</div>`);
    const element = wrapper.querySelector<T>(selector)!;
    await settled(element);
    return element;
  }

  it('in Arabic the announcement mirrors: programme times on the right, sign-up on the left, the badge at its right-hand start', async () => {
    const element = await place(html`<event-announcement lang="ar" .event=${seed}></event-announcement>`, 'event-announcement');
    const main = box(deepQuery(element, '.main')!);
    const aside = box(deepQuery(element, '.aside')!);
    expect(aside.right, 'sign-up column left of the content').to.be.at.most(main.left);

    const registration = box(deepQuery(element, 'section[part=registration]')!);
    const badge = box(deepQuery(element, 'seats-badge')!);
    expect(Math.abs(badge.right - registration.right), 'badge flush with the right-hand (start) edge').to.be.below(1);
    expect(badge.left - registration.left, 'room on the left (end) of the badge').to.be.above(10);
    const badgeInside = deepQuery(element, 'seats-badge')!.shadowRoot!;
    expect(box(badgeInside.querySelector('.marker')!).left, 'marker at the right of the words').to.be.above(box(badgeInside.querySelector('.badge')!).left + box(badgeInside.querySelector('.badge')!).width / 2);

    const { time, title, start, end } = firstItem(deepQuery(element, 'event-agenda')!);
    expect(box(time).left, 'time column right of the title').to.be.above(box(title).right);
    expect(box(start).right, '"16:00 – 16:30" reads from left to right, not turned around').to.be.below(box(end).left);
    await expect(element).to.be.accessible();
  });

  it('event data keeps its own direction inside Arabic: Dutch name, headings, paragraphs, programme titles and audience run and align left to right', async () => {
    const element = await place(html`<event-announcement lang="ar" .event=${seed}></event-announcement>`, 'event-announcement');
    const title = deepQuery(element, 'h2')!;
    expect(title.textContent).to.equal('(Nieuw) samenspel in de wijk');
    const agenda = deepQuery(element, 'event-agenda')!.shadowRoot!;
    const dutch = {
      'the event’s name': title,
      'a description heading': deepQuery(element, '[part=description] h3')!,
      'a description paragraph': deepQuery(element, '[part=description] p')!,
      'an audience item': deepQuery(element, '[part=audience] li')!,
      'a programme title': agenda.querySelector('[part=title]')!,
      'a programme description': agenda.querySelector('[part=description]')!,
    };
    for (const [what, block] of Object.entries(dutch)) {
      expect(getComputedStyle(block).direction, what).to.equal('ltr');
      // Aligned left: its text starts at the left edge of its box, like the Dutch paragraphs around it.
      const range = document.createRange();
      range.selectNodeContents(block);
      expect(range.getClientRects()[0].left - box(block).left, `${what} starts at the left`).to.be.below(2);
    }
    // The interface around it mirrors: the section heading "لمن هذا النشاط" is right to left.
    expect(getComputedStyle(deepQuery(element, 'section[part=audience] h3')!).direction).to.equal('rtl');
    // The time range sits in the Arabic date line as a left-to-right unit.
    const when = deepQuery(element, 'header dd')!;
    expect(getComputedStyle(when).direction).to.equal('rtl');
    expect(readableText(when)).to.equal('الثلاثاء، 29 يناير 2019، 16:00–19:00');
    expect(getComputedStyle(when.querySelector('[dir=ltr]')!).direction).to.equal('ltr');
  });

  it('a line of Dutch speakers in Arabic: in the given order from the right, no name broken across lines', async () => {
    const event = { ...seed, program: seed.program!.map((item) => ({ ...item, description: undefined })) };
    const element = await place(html`<event-agenda lang="ar" .event=${event}></event-agenda>`, 'event-agenda', 390);
    const line = element.shadowRoot!.querySelector('[part=speakers]')!;
    const names = [...line.querySelectorAll('bdi')];
    expect(names.map((name) => name.textContent)).to.deep.equal(event.program[3].speakers);
    const lines = new Set<number>();
    for (const name of names) {
      expect(name.getClientRects().length, `"${name.textContent}" is in one piece`).to.equal(1);
      expect(getComputedStyle(name).direction).to.equal('ltr');
      lines.add(Math.round(box(name).top));
    }
    expect(lines.size, 'the line wraps at 390 px').to.be.above(1);
    // Reading order: on each line the earlier name is further right.
    for (let index = 1; index < names.length; index++) {
      const [before, after] = [box(names[index - 1]), box(names[index])];
      if (Math.round(before.top) === Math.round(after.top)) expect(before.left, `${names[index - 1].textContent} right of the next`).to.be.above(after.right);
      else expect(after.top, 'the next name on a later line').to.be.above(before.top);
    }
  });

  it("an ancestor's dir=\"rtl\" flips the layout, with Dutch words", async () => {
    const element = await place(html`<div dir="rtl"><event-agenda .event=${seed}></event-agenda></div>`, 'event-agenda');
    const { time, title } = firstItem(element);
    expect(box(time).left, 'time column right of the title').to.be.above(box(title).right);
    expect(readableText(time)).to.equal('16.00 – 16.30 uur');
  });

  it('without either, left to right; and the nearest of lang and dir decides', async () => {
    const dutch = await place(html`<event-agenda .event=${seed}></event-agenda>`, 'event-agenda');
    expect(box(firstItem(dutch).time).right, 'time column left of the title').to.be.below(box(firstItem(dutch).title).left);

    // An English agenda on an Arabic page: its own lang is nearer than the page's dir.
    const english = await place(html`<div lang="ar" dir="rtl"><event-agenda lang="en" .event=${seed}></event-agenda></div>`, 'event-agenda');
    expect(box(firstItem(english).time).right).to.be.below(box(firstItem(english).title).left);

    // dir="ltr" next to lang="ar" on the same element: the page said so.
    const forced = await place(html`<div lang="ar" dir="ltr"><event-agenda .event=${seed}></event-agenda></div>`, 'event-agenda');
    expect(box(firstItem(forced).time).right).to.be.below(box(firstItem(forced).title).left);
    expect(readableText(firstItem(forced).time)).to.equal('16:00 – 16:30');
  });

  it('follows a change of dir on the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"><event-agenda .event=${seed}></event-agenda></div>`);
    const element = wrapper.querySelector('event-agenda')!;
    await settled(element);
    wrapper.dir = 'rtl';
    await Promise.resolve(); // the page's MutationObserver reports the change in a microtask
    await settled(element);
    expect(box(firstItem(element).time).left).to.be.above(box(firstItem(element).title).right);
  });

  it('the form in Arabic: labels and fields start on the right, and it passes axe', async () => {
    const event = { ...seed, startDate: '2099-01-29T16:00', endDate: '2099-01-29T19:00', registration: { ...seed.registration, deadline: '2099-01-25', endpoint: '/api/none' } };
    const element = await place(html`<registration-form lang="ar" .event=${event}></registration-form>`, 'registration-form', 600);
    const root = element.shadowRoot!;
    const label = box(root.querySelector('label[for="field-name"]')!);
    const input = box(root.querySelector('#field-name')!);
    expect(Math.abs(label.right - input.right), 'label starts at the right edge of its field').to.be.below(1);
    const button = box(root.querySelector('button[type=submit]')!);
    expect(Math.abs(button.right - input.right), 'button at the start (right)').to.be.below(1);
    const radio = root.querySelector('input[type=radio]')!;
    expect(box(radio).left, 'radio button right of its label').to.be.above(box(radio.nextElementSibling!).right);
    // Nothing of the form (its hidden bot trap included) sticks out of this left-to-right page.
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(element).to.be.accessible();
  });
});
