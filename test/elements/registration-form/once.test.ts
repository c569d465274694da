import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import type { RegistrationSubmitEvent } from '../../../src/registration-events.js';
import { endpointLog, newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  alertText,
  anna,
  bodyOf,
  byLabel,
  fillInAnna,
  focused,
  openEvent,
  received,
  reload,
  shownAnswers,
  showForm,
  stateBecomes,
  statusText,
  submit,
  submitButton,
  theForm,
  tick,
  typeInto,
} from './story.js';

const empty = { name: '', email: '', organization: '', role: '', remarks: '' };

describe('<registration-form>: one registration, once', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('retrying after a timeout sends the same Idempotency-Key, and the endpoint registers Anna once', async () => {
    const id = newEndpointId('once');
    // The endpoint registers on arrival but answers too late; the retry finds the stored answer.
    // The client waits 1.5 s, not less: under a loaded CI the request must reach the endpoint first.
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed', remaining: 4 }, delay: 6000 }]);
    const element = await showForm(await openEvent(id), { timeout: 1.5 });
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');
    expect(alertText(element)).to.contain('De server reageerde niet op tijd.');

    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await stateBecomes(element, 'success');
    expect(statusText(element)).to.contain('Je bent aangemeld');

    const log = await received(id, 2);
    expect(log).to.have.length(2);
    expect(log[1].idempotencyKey).to.equal(log[0].idempotencyKey);
    expect(log[1].body).to.equal(log[0].body);
    expect(log.filter((request) => !request.replayed), 'registrations stored').to.have.length(1);
  });

  it('after a timeout, changed answers are a new submission under a new key, so the edits are not lost to a replay', async () => {
    const id = newEndpointId('once');
    // The first attempt is stored but answered too late; had the retry kept its key, the endpoint would replay it.
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed', remaining: 4 }, delay: 6000 }, { status: 201, body: { status: 'confirmed', remaining: 3 } }]);
    const element = await showForm(await openEvent(id), { timeout: 1.5 });
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');

    typeInto(byLabel(element, 'Organisatie of initiatief (niet verplicht)'), 'Bewonersinitiatief Zuilen');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await stateBecomes(element, 'success');

    const log = await received(id, 2);
    expect(log[1].idempotencyKey).not.to.equal(log[0].idempotencyKey);
    expect(bodyOf(log[1]).organization).to.equal('Bewonersinitiatief Zuilen');
    expect(log[1].replayed, 'the edited answers were registered, not replayed').to.equal(false);
  });

  it('a 409 that does not say "full" (the first request under the key still being handled): "try again in 1 second", never "full"; the retry keeps the key', async () => {
    const id = newEndpointId('once');
    // What the reference server answers a retry that arrives while the timed-out first attempt under its key is still being handled.
    const inUse = { type: '/api/problems/idempotency-key-in-use', title: 'A request with this Idempotency-Key is still being handled', status: 409 };
    await scriptEndpoint(id, [
      { status: 409, body: inUse, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } },
      { status: 201, body: { status: 'confirmed', remaining: 4 } },
    ]);
    const element = await showForm(await openEvent(id, { capacity: 40, remaining: 5 }));
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');
    expect(alertText(element)).to.contain('Het is nu erg druk. Probeer het over 1 seconde opnieuw.');
    expect(shownAnswers(element)).to.deep.equal(anna);

    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await stateBecomes(element, 'success');
    const log = await received(id, 2);
    expect(log[1].idempotencyKey).to.equal(log[0].idempotencyKey);
    expect(log[1].body).to.equal(log[0].body);
  });

  it('a 422 naming no field for a retried key is tried once more under a new key', async () => {
    const id = newEndpointId('once');
    // Busy first; the retry with the same key meets an endpoint that holds other answers under it.
    await scriptEndpoint(id, [
      { status: 503 },
      { status: 422, body: { detail: 'This Idempotency-Key was used with a different body.' } },
      { status: 201, body: { status: 'confirmed' } },
    ]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await stateBecomes(element, 'success');

    const log = await received(id, 3);
    expect(log[1].idempotencyKey).to.equal(log[0].idempotencyKey);
    expect(log[2].idempotencyKey).not.to.equal(log[1].idempotencyKey);
    expect(log[2].body).to.equal(log[1].body);
  });

  it('keeps the key across a reload of the page while the submission is unfinished, and takes a new one after success', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 503 }, { status: 201, body: { status: 'confirmed' } }]);
    const event = await openEvent(id);
    let element = await showForm(event);
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');

    element = await reload(element, event);
    expect(shownAnswers(element)).to.deep.equal(anna);
    submit(element);
    await stateBecomes(element, 'success');
    const [busy, accepted] = await received(id, 2);
    expect(accepted.idempotencyKey, 'the same submission, retried after a reload').to.equal(busy.idempotencyKey);

    // Anna registers her colleague next.
    element = await reload(element, event);
    fillInAnna(element, { ...anna, name: 'Bram Visser', email: 'bram@voorbeeld.nl' });
    submit(element);
    await stateBecomes(element, 'success');
    const log = await received(id, 3);
    expect(log[2].idempotencyKey, 'a new submission').not.to.equal(accepted.idempotencyKey);
    expect(bodyOf(log[2]).name).to.equal('Bram Visser');
  });

  it('a double click sends one request', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' }, delay: 200 }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submitButton(element).click();
    submitButton(element).click();
    await stateBecomes(element, 'success');
    expect(await endpointLog(id)).to.have.length(1);
  });

  it('a second requestSubmit() while the first is on its way sends nothing', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' }, delay: 1000 }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    theForm(element)!.requestSubmit();
    theForm(element)!.requestSubmit();
    await received(id);
    await stateBecomes(element, 'submitting');
    // Still on its way: the button says so, is not disabled, and pressing it again does nothing.
    expect(statusText(element)).to.equal('Je aanmelding wordt verstuurd…');
    expect([submitButton(element).textContent!.trim(), submitButton(element).disabled]).to.deep.equal(['Bezig met aanmelden…', false]);
    submitButton(element).click();
    theForm(element)!.requestSubmit();
    await stateBecomes(element, 'success');
    expect(await endpointLog(id)).to.have.length(1);
  });

  it('what was typed survives a reload of the page until the registration succeeds', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const event = await openEvent(id, {
      consent: true,
      fields: [
        { name: 'dieet', type: 'select', label: 'Dieet', options: ['vegetarisch', 'halal'] },
        { name: 'dagen', type: 'checkbox', label: 'Dagen', options: ['di', 'wo'] },
      ],
    });
    let element = await showForm(event);
    fillInAnna(element);
    tick(byLabel(element, 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.'));
    const diet = byLabel<HTMLSelectElement>(element, 'Dieet (niet verplicht)');
    diet.value = 'halal';
    diet.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    tick(byLabel(element, 'Dagen (niet verplicht)').querySelector<HTMLInputElement>('input[value=wo]')!);

    element = await reload(element, event);
    expect(shownAnswers(element)).to.deep.equal(anna);
    expect(byLabel(element, 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.').checked).to.equal(true);
    expect(byLabel<HTMLSelectElement>(element, 'Dieet (niet verplicht)').value).to.equal('halal');
    const days = [...byLabel(element, 'Dagen (niet verplicht)').querySelectorAll<HTMLInputElement>('input')].map((box) => box.checked);
    expect(days).to.deep.equal([false, true]);

    submit(element);
    await stateBecomes(element, 'success');
    element = await reload(element, event);
    expect(element.getAttribute('state')).to.equal('open');
    expect(shownAnswers(element), 'cleared after success').to.deep.equal(empty);
    expect(byLabel(element, 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.').checked).to.equal(false);
  });

  it('keeps each event’s answers apart', async () => {
    const first = await openEvent(newEndpointId('once'));
    const second = await openEvent(newEndpointId('once'));
    let element = await showForm(first);
    fillInAnna(element);
    element = await reload(element, second);
    expect(shownAnswers(element)).to.deep.equal(empty);
    element = await reload(element, first);
    expect(shownAnswers(element)).to.deep.equal(anna);
  });

  it('a filled honeypot (a bot) sends nothing at all, and is told it succeeded', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id));
    const honeypot = element.shadowRoot!.querySelector<HTMLInputElement>('input[name=hp-field]')!;
    // Hidden from people: out of sight, out of the tab order, out of the accessibility tree.
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden=true]')).not.to.equal(null);
    const trap = honeypot.closest('.honeypot')!;
    const box = trap.getBoundingClientRect();
    expect(box.width <= 1 && box.height <= 1 && getComputedStyle(trap).overflow === 'hidden', 'clipped out of sight').to.equal(true);

    let submitted = false;
    element.addEventListener('registration-submit', () => (submitted = true));
    fillInAnna(element);
    typeInto(honeypot, 'https://spam.example/');
    submit(element);
    await stateBecomes(element, 'success');
    expect(statusText(element)).to.contain('Je bent aangemeld');
    expect(focused(element)).to.equal(element.shadowRoot!.querySelector('h3'));
    expect(submitted, 'no registration-submit either').to.equal(false);
    expect(await endpointLog(id)).to.deep.equal([]);
    expect(JSON.stringify(sessionStorage)).not.to.contain('spam.example');
  });

  it('a person who skips the honeypot is sent through', async () => {
    const id = newEndpointId('once');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    const sent = new Promise<RegistrationSubmitEvent>((resolve) => element.addEventListener('registration-submit', resolve, { once: true }));
    submit(element);
    expect((await sent).detail.data).not.to.have.property('hp-field');
    await stateBecomes(element, 'success');
    await waitUntil(async () => (await endpointLog(id)).length === 1, 'nothing was sent');
    expect(bodyOf((await endpointLog(id))[0])).not.to.have.property('hp-field');
  });
});
