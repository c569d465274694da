import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { EventData } from '../../../src/data/types.js';
import type { RegistrationForm } from '../../../src/elements/registration-form/registration-form.js';
import { readableText, settled, until } from '../../helpers.js';
import { endpointLog, newEndpointId, scriptEndpoint, seatsUrl, setSeats } from '../../server/endpoint.js';
import { bodyOf, byLabel, fillInAnna, focused, openEvent, received, showForm, showPage, stateBecomes, submit, submitButton, theForm, typeInto, type Registration } from './story.js';

const NAME = '(Nieuw) samenspel in de wijk';

/** An event whose seats the page polls from the scripted seats endpoint `id`, serving `seats` from the start. */
async function liveEvent(id: string, registration: Registration, seats: unknown): Promise<EventData> {
  await setSeats(id, seats);
  return openEvent(id, { capacity: 40, remaining: 2, seatsSrc: seatsUrl(id), ...registration });
}

/** A page with the event's seats badge (which polls every 5 s) and its form, once the first poll has been shown. */
async function pageWithLiveSeats(event: EventData, badgeSays: string): Promise<{ page: HTMLElement; badge: HTMLElement; form: RegistrationForm }> {
  const page = await showPage(html`<div>
    <button type="button">Elders op de pagina</button>
    <seats-badge .event=${event} interval="5"></seats-badge>
    <registration-form .event=${event}></registration-form>
  </div>`);
  const badge = page.querySelector<HTMLElement>('seats-badge')!;
  await until(() => readableText(badge) === badgeSays, `the badge saying "${badgeSays}" after the first poll`);
  await settled(page);
  return { page, badge, form: page.querySelector<RegistrationForm>('registration-form')! };
}

/** The live seats endpoint (docs/protocol.md, "Seats endpoint") decides whether a full event has a waiting list, not the event file. */
describe('<registration-form>: the waiting list follows the live seats', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('the event file has a waiting list, the seats endpoint says it is closed: "Deze activiteit is vol.", no form', async () => {
    const id = newEndpointId('live-form');
    const event = await liveEvent(id, { waitlist: true }, { capacity: 40, remaining: 0, waitlist: false, closed: false });
    const { form } = await pageWithLiveSeats(event, 'Vol');
    expect(form.getAttribute('state')).to.equal('full');
    expect(readableText(form)).to.equal('Deze activiteit is vol.');
    expect(theForm(form)).to.equal(null);
  });

  it('the event file has none, the seats endpoint opens one: the waiting-list form, which posts "waitlist": true', async () => {
    const id = newEndpointId('live-form');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'waitlisted' } }]);
    const event = await liveEvent(id, {}, { capacity: 40, remaining: 0, waitlist: true, closed: false });
    const { form } = await pageWithLiveSeats(event, 'Vol — wachtlijst open');
    expect(form.getAttribute('state')).to.equal('full');
    expect(readableText(form)).to.match(/^Deze activiteit is vol\. Je kunt je aanmelden voor de wachtlijst\. Naam/);
    expect(theForm(form)!.getAttribute('aria-label')).to.equal(`Aanmelden voor de wachtlijst van ${NAME}`);
    expect(submitButton(form).textContent!.trim()).to.equal('Aanmelden voor de wachtlijst');

    fillInAnna(form);
    submit(form);
    await stateBecomes(form, 'success');
    expect(bodyOf((await received(id))[0]).waitlist).to.equal(true);
    expect(readableText(form.shadowRoot!.querySelector('h3')!)).to.equal('Je staat op de wachtlijst');
  });
});

/** The live regions of the form, which a screen reader follows from the moment they are on the page. */
const liveRegions = (form: RegistrationForm) => [...form.shadowRoot!.querySelectorAll('[role=status], [role=alert]')];

/** The message the form shows for its state. */
const shownMessage = (form: RegistrationForm) => form.shadowRoot!.querySelector<HTMLElement>('[part~=message]');

/**
 * docs/protocol.md, "Form states": each state is announced, also when it comes without a submit
 * (a poll, the clock), and a visitor whose field disappears is not dropped at the top of the page.
 */
describe('<registration-form>: a state that comes while the visitor is on the page', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    sessionStorage.clear();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
  });
  afterEach(() => {
    clock?.restore();
    sessionStorage.clear();
  });

  /**
   * The next poll of the seats endpoint `id`, and the renders that follow it. An answer that changes
   * nothing shows nothing to wait for, so this waits until the poll was answered and the one after
   * it is set (the fake clock has its timer again): the next tick then polls.
   */
  async function nextPoll(id: string, page: HTMLElement, badge: HTMLElement, badgeSays: string): Promise<void> {
    const polls = (await endpointLog(id, 'seats')).length;
    const timers = clock!.countTimers();
    await clock!.tickAsync(5000);
    await until(async () => (await endpointLog(id, 'seats')).length > polls && clock!.countTimers() >= timers, 'the next poll, answered');
    await until(() => readableText(badge) === badgeSays, `the badge saying "${badgeSays}" after the next poll`);
    await settled(page);
  }

  it('full while typing: said in the live region that was there, with focus on it; a seat freed gives back the form with what was typed', async () => {
    const id = newEndpointId('live-form');
    const event = await liveEvent(id, {}, { capacity: 40, remaining: 12, waitlist: false, closed: false });
    const { page, badge, form } = await pageWithLiveSeats(event, 'Nog 12 plekken vrij');
    typeInto(byLabel(form, 'Naam'), 'Anna de Vries');
    const regions = liveRegions(form);

    await setSeats(id, { capacity: 40, remaining: 0, waitlist: false, closed: false });
    await nextPoll(id, page, badge, 'Vol');
    expect(form.getAttribute('state')).to.equal('full');
    expect(theForm(form)).to.equal(null);
    const message = shownMessage(form)!;
    expect(readableText(message)).to.equal('Deze activiteit is vol.');
    expect(regions, 'inside a live region that was there before').to.include(message.closest('[role=status]'));
    expect(focused(form), 'focus on the message that took the name field’s place').to.equal(message);

    // The same answer again changes nothing a screen reader would announce a second time.
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(form.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await nextPoll(id, page, badge, 'Vol');
    observer.disconnect();
    expect(mutations).to.deep.equal([]);

    await setSeats(id, { capacity: 40, remaining: 1, waitlist: false, closed: false });
    await nextPoll(id, page, badge, 'Bijna vol: nog 1 plek');
    expect(form.getAttribute('state')).to.equal('open');
    expect(byLabel(form, 'Naam').value, 'what was typed').to.equal('Anna de Vries');
    expect(focused(form), 'focus back on the question it left').to.equal(byLabel(form, 'Naam'));

    await setSeats(id, { capacity: 40, remaining: 0, waitlist: false, closed: false });
    await nextPoll(id, page, badge, 'Vol');
    clock!.restore();
    await expect(form).to.be.accessible();
  });

  it('closed by the organiser while focus is elsewhere on the page: said in the live region, focus left where it was', async () => {
    const id = newEndpointId('live-form');
    const event = await liveEvent(id, {}, { capacity: 40, remaining: 12, waitlist: false, closed: false });
    const { page, badge, form } = await pageWithLiveSeats(event, 'Nog 12 plekken vrij');
    const elsewhere = page.querySelector('button')!;
    elsewhere.focus();
    const regions = liveRegions(form);

    await setSeats(id, { capacity: 40, remaining: 12, waitlist: false, closed: true });
    await nextPoll(id, page, badge, 'Aanmelden gesloten');
    expect(form.getAttribute('state')).to.equal('closed');
    const message = shownMessage(form)!;
    expect(readableText(message)).to.equal('Aanmelden is gesloten.');
    expect(regions).to.include(message.closest('[role=status]'));
    expect(document.activeElement, 'focus stays where the visitor put it').to.equal(elsewhere);
    expect(focused(form)).to.equal(null);
  });

  it('full with a waiting list while typing: the news in the live region, the waiting-list form and focus kept', async () => {
    const id = newEndpointId('live-form');
    const event = await liveEvent(id, {}, { capacity: 40, remaining: 12, waitlist: true, closed: false });
    const { page, badge, form } = await pageWithLiveSeats(event, 'Nog 12 plekken vrij');
    const name = byLabel(form, 'Naam');
    typeInto(name, 'Anna de Vries');
    const regions = liveRegions(form);

    await setSeats(id, { capacity: 40, remaining: 0, waitlist: true, closed: false });
    await nextPoll(id, page, badge, 'Vol — wachtlijst open');
    expect(form.getAttribute('state')).to.equal('full');
    const message = shownMessage(form)!;
    expect(readableText(message)).to.equal('Deze activiteit is vol. Je kunt je aanmelden voor de wachtlijst.');
    expect(regions).to.include(message.closest('[role=status]'));
    expect(theForm(form)!.getAttribute('aria-label')).to.equal(`Aanmelden voor de wachtlijst van ${NAME}`);
    expect([byLabel(form, 'Naam'), focused(form), name.value]).to.deep.equal([name, name, 'Anna de Vries']);
    clock!.restore();
    await expect(form).to.be.accessible();
  });

  it('the deadline passes while typing: "Aanmelden is gesloten." in the live region, with focus on it', async () => {
    // Registration until 12.00 in Amsterdam (10.00 UTC), the page open a minute before.
    clock!.setSystemTime(Date.UTC(2099, 5, 1, 9, 59));
    const form = await showForm(await openEvent(newEndpointId('live-form'), { capacity: 40, remaining: 12, deadline: '2099-06-01T12:00' }));
    expect(form.getAttribute('state')).to.equal('open');
    typeInto(byLabel(form, 'E-mailadres'), 'anna@');
    const regions = liveRegions(form);

    await clock!.tickAsync(61_000);
    await settled(form);
    expect(form.getAttribute('state')).to.equal('closed');
    expect(theForm(form)).to.equal(null);
    const message = shownMessage(form)!;
    expect(readableText(message)).to.equal('Aanmelden is gesloten.');
    expect(regions).to.include(message.closest('[role=status]'));
    expect(focused(form)).to.equal(message);
    clock!.restore();
    await expect(form).to.be.accessible();
  });
});
