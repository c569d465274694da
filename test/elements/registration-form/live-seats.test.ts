import { expect, html } from '@open-wc/testing';
import type { EventData } from '../../../src/data/types.js';
import type { RegistrationForm } from '../../../src/elements/registration-form/registration-form.js';
import { readableText, settled, until } from '../../helpers.js';
import { newEndpointId, scriptEndpoint, seatsUrl, setSeats } from '../../server/endpoint.js';
import { bodyOf, fillInAnna, openEvent, received, showPage, stateBecomes, submit, submitButton, theForm, type Registration } from './story.js';

const NAME = '(Nieuw) samenspel in de wijk';

/** An event whose seats the page polls from the scripted seats endpoint `id`, serving `seats` from the start. */
async function liveEvent(id: string, registration: Registration, seats: unknown): Promise<EventData> {
  await setSeats(id, seats);
  return openEvent(id, { capacity: 40, remaining: 2, seatsSrc: seatsUrl(id), ...registration });
}

/** A page with the event's seats badge (which polls every 5 s) and its form, once the first poll has been shown. */
async function pageWithLiveSeats(event: EventData, badgeSays: string): Promise<{ badge: HTMLElement; form: RegistrationForm }> {
  const page = await showPage(html`<div>
    <seats-badge .event=${event} interval="5"></seats-badge>
    <registration-form .event=${event}></registration-form>
  </div>`);
  const badge = page.querySelector<HTMLElement>('seats-badge')!;
  await until(() => readableText(badge) === badgeSays, `the badge saying "${badgeSays}" after the first poll`);
  await settled(page);
  return { badge, form: page.querySelector<RegistrationForm>('registration-form')! };
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
