import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import type { RegistrationErrorEvent, RegistrationSubmitEvent, RegistrationSuccessEvent } from '../../../src/registration-events.js';
import { readableText } from '../../helpers.js';
import { endpointLog, newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  anna,
  bodyOf,
  byLabel,
  fillInAnna,
  mailOnlyEvent,
  openEvent,
  option,
  received,
  shownAnswers,
  showForm,
  showPage,
  stateBecomes,
  statusText,
  submit,
  summaryLines,
  theForm,
  tick,
  typeInto,
} from './story.js';

const NAME = '(Nieuw) samenspel in de wijk';

/** Catches `type` events bubbling up to `target`. */
function collect<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

describe('<registration-form>: registering by e-mail', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('without an endpoint, says registration goes by e-mail and opens the mail program with Anna’s answers', async () => {
    const element = await showForm(await mailOnlyEvent(newEndpointId('mail')));
    expect(readableText(theForm(element)!)).to.contain(
      'Aanmelden gaat per e-mail: als je op Aanmelden drukt, opent je e-mailprogramma met je gegevens erin.',
    );
    const opened: string[] = [];
    element.openMail = (link) => opened.push(link);

    fillInAnna(element);
    submit(element);
    await waitUntil(() => opened.length, 'the mail program was not opened');
    await element.updateComplete;

    expect(opened).to.have.length(1);
    const mail = new URL(opened[0]);
    expect(mail.protocol + mail.pathname).to.equal('mailto:jitske@omziennaarelkaar.nl');
    expect(mail.searchParams.get('subject')).to.equal(`Aanmelding: ${NAME}`);
    expect(mail.searchParams.get('body')!.split('\r\n')).to.deep.equal([
      `Graag meld ik me aan voor ${NAME}.`,
      '',
      'Naam: Anna de Vries',
      'E-mailadres: anna@voorbeeld.nl',
      'Organisatie of initiatief: Buurtteam Overvecht',
      'Ik kom als: sociaal makelaar',
      'Opmerkingen: Ik kom met z’n tweeën & iets later',
    ]);
    expect(statusText(element)).to.equal(
      'Je e-mailprogramma is geopend met je aanmelding. Verstuur die e-mail om je aan te melden. Opent er niets? Mail dan naar jitske@omziennaarelkaar.nl.',
    );
    expect(element.shadowRoot!.querySelector<HTMLAnchorElement>('[role=status] a')!.href).to.equal(opened[0]);
    expect(shownAnswers(element), 'the answers stay until the mail is sent').to.deep.equal(anna);
  });

  it('writes the e-mail in English for an English page, extra answers included', async () => {
    const element = await showForm(
      await mailOnlyEvent(newEndpointId('mail'), { fields: [{ name: 'dagen', type: 'checkbox', label: { nl: 'Dagen', en: 'Days' }, options: ['Tue', 'Wed'] }, { name: 'lift', type: 'checkbox', label: 'Lift' }] }),
      { lang: 'en' },
    );
    const opened: string[] = [];
    element.openMail = (link) => opened.push(link);
    typeInto(byLabel(element, 'Name'), 'Anna de Vries');
    typeInto(byLabel(element, 'Email address'), 'anna@example.com');
    const days = byLabel(element, 'Days (optional)');
    tick(option(days, 'Tue'));
    tick(option(days, 'Wed'));
    tick(byLabel(element, 'Lift (optional)'));
    submit(element);
    await waitUntil(() => opened.length, 'the mail program was not opened');
    const mail = new URL(opened[0]);
    expect(mail.searchParams.get('subject')).to.equal(`Registration: ${NAME}`);
    expect(mail.searchParams.get('body')!.split('\r\n')).to.deep.equal([
      `I would like to register for ${NAME}.`,
      '',
      'Name: Anna de Vries',
      'Email address: anna@example.com',
      'Days: Tue, Wed',
      'Lift: ✓',
    ]);
  });

  it('checks the answers first: nothing opens while something is missing', async () => {
    const element = await showForm(await mailOnlyEvent(newEndpointId('mail')));
    const opened: string[] = [];
    element.openMail = (link) => opened.push(link);
    submit(element);
    await waitUntil(() => summaryLines(element).length, 'no error summary');
    expect(summaryLines(element)).to.deep.equal(['Vul je naam in', 'Vul je e-mailadres in']);
    expect(opened).to.deep.equal([]);
  });
});

describe('<registration-form>: events for the page', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('registration-submit bubbles out of the form, cancelable: preventDefault() alone means nothing is sent', async () => {
    const id = newEndpointId('events');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const event = await openEvent(id);
    const page = await showPage(html`<div><registration-form .event=${event}></registration-form></div>`);
    const element = page.querySelector('registration-form')!;
    const takeOver = (submitEvent: Event) => submitEvent.preventDefault();
    page.addEventListener('registration-submit', takeOver);
    fillInAnna(element);
    const submitted = oneEvent(page, 'registration-submit') as Promise<RegistrationSubmitEvent>;
    submit(element);
    const { detail, cancelable, composed, defaultPrevented } = await submitted;
    await element.updateComplete;

    expect([cancelable, composed, defaultPrevented]).to.deep.equal([true, true, true]);
    expect(detail.data).to.deep.equal({ eventId: event.id, ...anna, answers: {}, locale: 'nl', waitlist: false, consent: undefined });
    expect(detail.event.name).to.equal(NAME);
    expect(element.getAttribute('state'), 'the host took over').to.equal('open');
    expect(statusText(element)).to.equal('');
    expect(shownAnswers(element)).to.deep.equal(anna);

    // Left to itself, the form sends: and only this one request arrives.
    page.removeEventListener('registration-submit', takeOver);
    submit(element);
    await stateBecomes(element, 'success');
    const log = await received(id);
    expect(log).to.have.length(1);
    expect(bodyOf(log[0])).to.deep.equal(JSON.parse(JSON.stringify(detail.data)));
  });

  const supplied: [string, () => Promise<Response | { status: 'confirmed'; remaining: number }>, boolean][] = [
    [
      'a Response',
      () => Promise.resolve(new Response(JSON.stringify({ status: 'confirmed', remaining: 3 }), { status: 201, headers: { 'Content-Type': 'application/json' } })),
      false,
    ],
    ['a plain result', () => Promise.resolve({ status: 'confirmed', remaining: 3 }), false],
    ['a plain result, with preventDefault()', () => Promise.resolve({ status: 'confirmed', remaining: 3 }), true],
  ];
  for (const [what, answer, preventDefault] of supplied) {
    it(`respondWith(${what}) supplies the outcome; no request is made`, async () => {
      const id = newEndpointId('events');
      await scriptEndpoint(id, [{ status: 500 }]);
      const event = await openEvent(id, { capacity: 40, remaining: 4 });
      const page = await showPage(html`<div>
        <seats-badge .event=${event}></seats-badge>
        <registration-form .event=${event}></registration-form>
      </div>`);
      const element = page.querySelector('registration-form')!;
      const badge = page.querySelector('seats-badge')!;
      expect(readableText(badge)).to.equal('Bijna vol: nog 4 plekken');
      page.addEventListener('registration-submit', (submitEvent) => {
        if (preventDefault) submitEvent.preventDefault();
        submitEvent.detail.respondWith(answer());
      });
      fillInAnna(element);
      const succeeded = oneEvent(page, 'registration-success') as Promise<RegistrationSuccessEvent>;
      submit(element);
      const { detail } = await succeeded;
      await stateBecomes(element, 'success');

      expect(detail.status).to.equal('confirmed');
      expect(detail.remaining).to.equal(3);
      expect(detail.response).to.deep.equal({ status: 'confirmed', remaining: 3 });
      expect(detail.data.name).to.equal(anna.name);
      expect(statusText(element)).to.contain('Je bent aangemeld');
      await badge.updateComplete;
      expect(readableText(badge)).to.equal('Bijna vol: nog 3 plekken');
      expect(await endpointLog(id)).to.deep.equal([]);
    });
  }

  it('respondWith a rejected promise is a failure like a network error', async () => {
    const id = newEndpointId('events');
    const element = await showForm(await openEvent(id));
    element.addEventListener('registration-submit', (submitEvent) => submitEvent.detail.respondWith(Promise.reject(new TypeError('offline'))));
    fillInAnna(element);
    const failed = oneEvent(element, 'registration-error') as Promise<RegistrationErrorEvent>;
    submit(element);
    expect((await failed).detail).to.deep.include({ error: 'network', status: undefined });
    await stateBecomes(element, 'error');
    expect(shownAnswers(element)).to.deep.equal(anna);
  });

  it('registration-success tells the page what was sent and what the endpoint said', async () => {
    const id = newEndpointId('events');
    const answer = { status: 'waitlisted', remaining: 0, message: 'We mailen je.' };
    await scriptEndpoint(id, [{ status: 201, body: answer }]);
    const event = await openEvent(id);
    const page = await showPage(html`<main><registration-form .event=${event}></registration-form></main>`);
    const element = page.querySelector('registration-form')!;
    const successes = collect<RegistrationSuccessEvent>(document, 'registration-success');
    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'success');
    expect(successes).to.have.length(1);
    const [{ detail, bubbles, composed }] = successes;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal({
      data: { eventId: event.id, ...anna, answers: {}, locale: 'nl', waitlist: false },
      status: 'waitlisted',
      remaining: 0,
      response: answer,
    });
  });

  it('registration-error tells the page why: invalid with the field errors, busy, a failed status, a timeout', async () => {
    const cases: { steps: Parameters<typeof scriptEndpoint>[1]; timeout?: number; detail: Record<string, unknown> }[] = [
      { steps: [{ status: 422, body: { errors: { email: 'Al aangemeld.' } } }], detail: { status: 422, error: 'invalid', errors: { email: 'Al aangemeld.' } } },
      { steps: [{ status: 409, body: { status: 'full', remaining: 0 } }], detail: { status: 409, error: 'full' } },
      { steps: [{ status: 429, headers: { 'Retry-After': '5' } }], detail: { status: 429, error: 'busy' } },
      { steps: [{ status: 502 }], detail: { status: 502, error: 'status' } },
      { steps: [{ status: 201, delay: 3000 }], timeout: 0.3, detail: { error: 'timeout' } },
    ];
    for (const { steps, timeout, detail } of cases) {
      const id = newEndpointId('events');
      await scriptEndpoint(id, steps);
      const element = await showForm(await openEvent(id), { timeout });
      fillInAnna(element);
      const failed = oneEvent(element, 'registration-error') as Promise<RegistrationErrorEvent>;
      submit(element);
      const error = await failed;
      expect([error.bubbles, error.composed]).to.deep.equal([true, true]);
      expect(JSON.parse(JSON.stringify(error.detail))).to.deep.equal({ data: { eventId: `event-${id}`, ...anna, answers: {}, locale: 'nl', waitlist: false }, ...detail });
      element.remove();
    }
  });
});
