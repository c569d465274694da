import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import sinon from 'sinon';
import type { RegistrationResult } from '../../../src/registration-events.js';
import { loadSeed, readableText } from '../../helpers.js';
import { newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  alertText,
  byLabel,
  errorSummary,
  fillInAnna,
  openEvent,
  showForm,
  stateBecomes,
  statusText,
  submit,
  submitButton,
  theForm,
  typeInto,
} from './story.js';

const NAME = '(Nieuw) samenspel in de wijk';

/**
 * Every state of docs/protocol.md, "Form states", reached as a visitor reaches it, reflected as `state`, said in words,
 * and free of axe violations.
 */
describe('<registration-form>: every state, visible, reflected and accessible', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('open: the form', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { consent: true, privacyUrl: 'https://omziennaarelkaar.nl/privacy', fields: [{ name: 'dieet', type: 'radio', label: 'Dieet', options: ['vegetarisch', 'halal'], required: true }] }));
    expect(element.getAttribute('state')).to.equal('open');
    expect(theForm(element)).not.to.equal(null);
    expect(submitButton(element).textContent!.trim()).to.equal('Aanmelden');
    expect(statusText(element)).to.equal('');
    expect(alertText(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('open, with errors at the fields and in the summary', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { consent: true, fields: [{ name: 'dieet', type: 'radio', label: 'Dieet', options: ['vegetarisch', 'halal'], required: true }] }));
    typeInto(byLabel(element, 'E-mailadres'), 'anna@');
    submit(element);
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('open');
    expect(element.shadowRoot!.querySelectorAll('[aria-invalid=true]')).to.have.length(4);
    await expect(element).to.be.accessible();
  });

  it('submitting: says it is sending, in a polite live region, with the button still pressable', async () => {
    const element = await showForm(await openEvent(newEndpointId('states')));
    let answer!: (result: RegistrationResult) => void;
    element.addEventListener('registration-submit', (submitEvent) =>
      submitEvent.detail.respondWith(new Promise<RegistrationResult>((resolve) => (answer = resolve))),
    );
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'submitting');
    expect(statusText(element)).to.equal('Je aanmelding wordt verstuurd…');
    expect([submitButton(element).textContent!.trim(), submitButton(element).disabled]).to.deep.equal(['Bezig met aanmelden…', false]);
    await expect(element).to.be.accessible();
    answer({ status: 'confirmed' });
    await stateBecomes(element, 'success');
  });

  it('success: confirmed, in a polite live region', async () => {
    const id = newEndpointId('states');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed', remaining: 8 } }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'success');
    expect(readableText(element.shadowRoot!.querySelector('[role=status]')!)).to.match(/^Je bent aangemeld We hebben je aanmelding/);
    await expect(element).to.be.accessible();
  });

  it('success: on the waiting list', async () => {
    const id = newEndpointId('states');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'waitlisted' } }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'success');
    expect(statusText(element)).to.match(/^Je staat op de wachtlijst/);
    await expect(element).to.be.accessible();
  });

  it('error: said assertively, with the form, a retry and e-mail', async () => {
    const id = newEndpointId('states');
    await scriptEndpoint(id, [{ status: 500 }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'error');
    expect(alertText(element)).to.match(/^Je aanmelding is niet verstuurd Er ging iets mis bij het versturen\./);
    expect(theForm(element)).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('full: no form, "Deze activiteit is vol."', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { capacity: 40, remaining: 0 }));
    expect(element.getAttribute('state')).to.equal('full');
    expect(readableText(element)).to.equal('Deze activiteit is vol.');
    expect(theForm(element)).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('full with a waiting list: the waiting-list form', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { capacity: 40, remaining: 0, waitlist: true }));
    expect(element.getAttribute('state')).to.equal('full');
    expect(readableText(element)).to.match(/^Deze activiteit is vol\. Je kunt je aanmelden voor de wachtlijst\. Naam/);
    expect(theForm(element)!.getAttribute('aria-label')).to.equal(`Aanmelden voor de wachtlijst van ${NAME}`);
    expect(submitButton(element).textContent!.trim()).to.equal('Aanmelden voor de wachtlijst');
    await expect(element).to.be.accessible();
  });

  it('closed after the deadline: "Aanmelden is gesloten."', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { deadline: '2020-01-01', capacity: 40, remaining: 12 }));
    expect(element.getAttribute('state')).to.equal('closed');
    expect(readableText(element)).to.equal('Aanmelden is gesloten.');
    expect(theForm(element)).to.equal(null);
    await expect(element).to.be.accessible();

    // The seed itself, "aanmelden vóór 25 januari" 2019, seen on 27 January 2019, before the event.
    const clock = sinon.useFakeTimers({ now: Date.UTC(2019, 0, 27, 11), toFake: ['Date'] });
    try {
      const seed = await showForm(await loadSeed());
      expect([seed.getAttribute('state'), readableText(seed)]).to.deep.equal(['closed', 'Aanmelden is gesloten.']);
    } finally {
      clock.restore();
    }
  });

  it('past: the event is over (the seed, today), "Deze activiteit is geweest. Aanmelden is niet meer mogelijk."', async () => {
    const seed = await loadSeed();
    const words = {
      nl: 'Deze activiteit is geweest. Aanmelden is niet meer mogelijk.',
      en: 'This event has taken place. Registration is no longer possible.',
      tr: 'Bu etkinlik sona erdi. Artık kayıt yapılamaz.',
      ar: 'انتهى هذا النشاط. لم يعد التسجيل ممكنًا.',
    };
    for (const [lang, text] of Object.entries(words)) {
      const element = await showForm(seed, { lang });
      expect(element.getAttribute('state'), lang).to.equal('past');
      expect(readableText(element), lang).to.equal(text);
      expect(theForm(element), lang).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('past wins over open seats and an open deadline, and turns so by itself at the end', async () => {
    // Registration open until the very end, the page open a minute before it.
    const event = await openEvent(
      newEndpointId('states'),
      { capacity: 40, remaining: 12, deadline: '2099-06-01T21:00' },
      { startDate: '2099-06-01T18:00', endDate: '2099-06-01T21:00' },
    );
    const clock = sinon.useFakeTimers({ now: Date.UTC(2099, 5, 1, 18, 59), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const element = await showForm(event);
      expect(element.getAttribute('state')).to.equal('open');
      expect(theForm(element)).not.to.equal(null);
      await clock.tickAsync(61_000);
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('past');
      expect(readableText(element)).to.equal('Deze activiteit is geweest. Aanmelden is niet meer mogelijk.');
      expect(theForm(element)).to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('closed before it opens: "Aanmelden kan vanaf …"', async () => {
    const event = await openEvent(newEndpointId('states'), { opens: '2098-03-01' });
    const element = await showForm(event);
    expect(element.getAttribute('state')).to.equal('closed');
    expect(readableText(element)).to.equal('Aanmelden kan vanaf zaterdag 1 maart 2098.');
    expect(theForm(element)).to.equal(null);
    await expect(element).to.be.accessible();
    const english = await showForm(event, { lang: 'en' });
    expect(readableText(english)).to.equal('Registration opens on Saturday, March 1, 2098.');
  });

  it('cancelled: says the event does not go ahead', async () => {
    const element = await showForm(await openEvent(newEndpointId('states'), { capacity: 40, remaining: 12 }, { status: 'cancelled' }));
    expect(element.getAttribute('state')).to.equal('cancelled');
    expect(readableText(element)).to.equal('Deze activiteit gaat niet door. Aanmelden is niet mogelijk.');
    expect(theForm(element)).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
