import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import sinon from 'sinon';
import '../../src/embed.js';
import { seatKey, updateSeats } from '../../src/context/seat-store.js';
import type { EventData } from '../../src/data/types.js';
import type { SeatsBadge } from '../../src/elements/seats-badge/seats-badge.js';
import type { SeatsChangeEvent } from '../../src/events.js';
import { endpointLog, endpointUrl, newEndpointId, scriptEndpoint, seatsUrl, setSeats } from '../server/endpoint.js';
import { readableText, settled, until } from '../helpers.js';

/** A future event of its own for every test, so no two tests share live seats. */
function newEvent(registration: EventData['registration']): EventData {
  const id = newEndpointId('live');
  return { id, name: 'Buurtmaaltijd', startDate: '2099-06-01T18:00', registration: { endpoint: endpointUrl(id), ...registration } };
}

describe('live seats on the page', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('a badge given only seats-src keeps itself current, and stops polling when removed', async () => {
    const id = newEndpointId('badge');
    await setSeats(id, { capacity: 40, remaining: 12 });
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    const badge = await fixture<SeatsBadge>(html`<seats-badge seats-src=${seatsUrl(id)} interval="5"></seats-badge>`);
    await until(() => readableText(badge) === 'Nog 12 plekken vrij', 'the first poll');

    await setSeats(id, { capacity: 40, remaining: 3 });
    await clock.tickAsync(5000);
    await until(() => readableText(badge) === 'Bijna vol: nog 3 plekken', 'the second poll');
    expect(badge.getAttribute('state')).to.equal('few');

    badge.remove();
    const polled = (await endpointLog(id, 'seats')).length;
    await clock.tickAsync(60_000);
    expect((await endpointLog(id, 'seats')).length).to.equal(polled);
    expect(clock.countTimers(), 'timers left behind').to.equal(0);
  });

  it('an unchanged answer changes nothing a screen reader would announce', async () => {
    const id = newEndpointId('quiet');
    await setSeats(id, { remaining: 12 });
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    const badge = await fixture<SeatsBadge>(html`<seats-badge seats-src=${seatsUrl(id)} interval="5"></seats-badge>`);
    await until(() => readableText(badge) === 'Nog 12 plekken vrij', 'the first poll');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(badge.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await clock.tickAsync(5000);
    await until(async () => (await endpointLog(id, 'seats')).length >= 2, 'the second poll');
    await settled(badge);
    observer.disconnect();
    expect(mutations).to.deep.equal([]);
    badge.remove();
  });

  it('turns to "closed" when the deadline passes while the page is open', async () => {
    const now = Date.UTC(2030, 0, 24, 22, 59, 0); // 23.59 in Amsterdam, one minute before the deadline
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now });
    const badge = await fixture<SeatsBadge>(html`<seats-badge remaining="7" deadline="2030-01-25"></seats-badge>`);
    expect(readableText(badge)).to.equal('Nog 7 plekken vrij');
    await clock.tickAsync(61_000);
    await settled(badge);
    expect(badge.getAttribute('state')).to.equal('closed');
    expect(readableText(badge)).to.equal('Aanmelden gesloten');
    expect(clock.countTimers()).to.equal(0);
  });

  it('after a registration, every badge and form of the event change at once, and the page hears it once', async () => {
    const event = newEvent({ capacity: 40, remaining: 12 });
    await scriptEndpoint(event.id!, [{ status: 201, body: { status: 'confirmed', remaining: 3 } }]);
    const page = await fixture(html`<div>
      <seats-badge id="sidebar" .event=${event}></seats-badge>
      <registration-form .event=${event}></registration-form>
      <seats-badge id="footer" .event=${event}></seats-badge>
    </div>`);
    const changes: SeatsChangeEvent[] = [];
    page.addEventListener('seats-change', (change) => changes.push(change as SeatsChangeEvent));
    const form = page.querySelector('registration-form')!;
    await settled(page);
    const type = (name: string, value: string) => {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('name', 'Fatma Yilmaz');
    type('email', 'fatma@example.org');
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => form.getAttribute('state') === 'success', 'the registration did not succeed');
    await settled(page);
    for (const badge of page.querySelectorAll('seats-badge')) {
      expect(readableText(badge), badge.id).to.equal('Bijna vol: nog 3 plekken');
    }
    expect(changes).to.have.length(1);
    expect(changes[0].detail).to.deep.include({ eventId: event.id, remaining: 3, state: 'few' });
  });

  it('registration closing by the clock is a change of seats the page hears, once', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    const event = newEvent({ capacity: 40, remaining: 12, deadline: new Date(Date.now() + 60_000).toISOString() });
    const page = await fixture(html`<div>
      <seats-badge .event=${event}></seats-badge>
      <seats-badge .event=${event}></seats-badge>
    </div>`);
    await settled(page);
    const changes: SeatsChangeEvent[] = [];
    page.addEventListener('seats-change', (change) => changes.push(change as SeatsChangeEvent));
    await clock.tickAsync(60_000);
    await settled(page);
    for (const badge of page.querySelectorAll('seats-badge')) expect(badge.getAttribute('state')).to.equal('closed');
    expect(changes.map((change) => change.detail)).to.deep.equal([{ eventId: event.id, capacity: 40, remaining: 12, state: 'closed' }]);
  });

  it('the page hears nothing when nothing shown changed: a poll repeating the data, or only counts going stale', async () => {
    const event = newEvent({ capacity: 40, remaining: 12 });
    const changes: SeatsChangeEvent[] = [];
    const page = await fixture(html`<div @seats-change=${(change: SeatsChangeEvent) => changes.push(change)}>
      <seats-badge .event=${event}></seats-badge>
    </div>`);
    await settled(page);
    updateSeats(seatKey(event), { capacity: 40, remaining: 12, stale: false });
    await settled(page);
    updateSeats(seatKey(event), { stale: true });
    await settled(page);
    expect(readableText(page.querySelector('seats-badge')!)).to.equal('Nog 12 plekken vrij (mogelijk niet actueel)');
    expect(changes).to.deep.equal([]);
    updateSeats(seatKey(event), { remaining: 11, stale: false });
    await settled(page);
    expect(changes.map((change) => change.detail)).to.deep.equal([{ eventId: event.id, capacity: 40, remaining: 11, state: 'open' }]);
  });

  it('the form gives way to "full" when the seats reach 0, or to the waiting list', async () => {
    const event = newEvent({ capacity: 40, remaining: 2 });
    const form = await fixture(html`<registration-form .event=${event}></registration-form>`);
    await settled(form);
    expect(form.getAttribute('state')).to.equal('open');
    updateSeats(seatKey(event), { remaining: 0 });
    await settled(form);
    expect(form.getAttribute('state')).to.equal('full');
    expect(readableText(form)).to.equal('Deze activiteit is vol.');

    const withWaitlist = newEvent({ capacity: 40, remaining: 2, waitlist: true });
    const waitlistForm = await fixture(html`<registration-form .event=${withWaitlist}></registration-form>`);
    updateSeats(seatKey(withWaitlist), { remaining: 0 });
    await settled(waitlistForm);
    expect(readableText(waitlistForm)).to.contain('Deze activiteit is vol. Je kunt je aanmelden voor de wachtlijst.');
    expect(waitlistForm.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Aanmelden voor de wachtlijst van Buurtmaaltijd');
  });

  it('says in words when live counts could not be refreshed for a while', async () => {
    const event = newEvent({ capacity: 40, remaining: 12 });
    const badge = await fixture<SeatsBadge>(html`<seats-badge .event=${event}></seats-badge>`);
    updateSeats(seatKey(event), { remaining: 4, stale: true });
    await settled(badge);
    expect(readableText(badge)).to.equal('Bijna vol: nog 4 plekken (mogelijk niet actueel)');
    await expect(badge).to.be.accessible();
    updateSeats(seatKey(event), { stale: false });
    await settled(badge);
    expect(readableText(badge)).to.equal('Bijna vol: nog 4 plekken');
  });
});

describe('elements moved on the page', () => {
  it('a badge taken off the page and put back polls again', async () => {
    const id = newEndpointId('moved');
    await setSeats(id, { remaining: 12 });
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    try {
      const badge = await fixture<SeatsBadge>(html`<seats-badge seats-src=${seatsUrl(id)} interval="5"></seats-badge>`);
      await until(() => readableText(badge) === 'Nog 12 plekken vrij', 'the first poll');
      const parent = badge.parentElement!;
      badge.remove();
      await setSeats(id, { remaining: 2 });
      parent.append(badge);
      await until(() => readableText(badge) === 'Bijna vol: nog 2 plekken', 'a poll after coming back');
      badge.remove();
    } finally {
      clock.restore();
    }
  });

  it('an announcement moved while its src loads still shows the event', async () => {
    const element = document.createElement('event-announcement');
    element.setAttribute('src', '/test/fixtures/samenspel-2019.event.json');
    document.body.append(element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete; // the load has started
    element.remove(); // leaving aborts it
    document.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('h2'), 'the announcement did not load after coming back');
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('(Nieuw) samenspel in de wijk');
    element.remove();
  });
});

describe('a seats-src that is no URL at all', () => {
  it('does not throw out of the badge; the badge shows what it knows', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const badge = await fixture<SeatsBadge>(html`<seats-badge remaining="3" seats-src="http://["></seats-badge>`);
      await settled(badge);
      expect(readableText(badge)).to.equal('Bijna vol: nog 3 plekken');
      badge.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
