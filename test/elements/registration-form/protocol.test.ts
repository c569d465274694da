import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import type { RegistrationErrorEvent } from '../../../src/registration-events.js';
import { readableText } from '../../helpers.js';
import { crossOriginEndpointUrl, endpointLog, newEndpointId, scriptEndpoint, type EndpointStep } from '../../server/endpoint.js';
import {
  alertText,
  anna,
  bodyOf,
  byLabel,
  errorOf,
  errorSummary,
  fillInAnna,
  focused,
  openEvent,
  received,
  shownAnswers,
  showForm,
  showPage,
  stateBecomes,
  statusText,
  submit,
  summaryLines,
  theForm,
  typeInto,
  type Registration,
} from './story.js';

const NAME = '(Nieuw) samenspel in de wijk';

/** Anna signs up at an endpoint that answers with `steps`; returns the form once it has sent. */
async function annaSignsUp(steps: EndpointStep[], registration: Registration = {}, options: { timeout?: number } = {}) {
  const id = newEndpointId('protocol');
  await scriptEndpoint(id, steps);
  const event = await openEvent(id, registration);
  const element = await showForm(event, options);
  fillInAnna(element);
  submit(element);
  return { id, event, element };
}

describe('<registration-form>: the submission protocol, seen by the visitor', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('201 confirmed: "Je bent aangemeld", focus on it, and every seats badge of the event counts one less', async () => {
    const id = newEndpointId('protocol');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed', remaining: 11 } }]);
    const event = await openEvent(id, { capacity: 40, remaining: 12 });
    const page = await showPage(html`<div>
      <seats-badge .event=${event}></seats-badge>
      <registration-form .event=${event}></registration-form>
    </div>`);
    const badge = page.querySelector('seats-badge')!;
    const element = page.querySelector('registration-form')!;
    expect(readableText(badge)).to.equal('Nog 12 plekken vrij');

    fillInAnna(element);
    submit(element);
    await stateBecomes(element, 'success');

    const heading = element.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.equal('Je bent aangemeld');
    expect(focused(element), 'focus moves to the heading').to.equal(heading);
    expect(statusText(element)).to.equal(
      `Je bent aangemeld We hebben je aanmelding voor ${NAME} ontvangen. Op naam van Anna de Vries, anna@voorbeeld.nl. Vragen? Neem contact op met Jitske Tiemersma via jitske@omziennaarelkaar.nl.`,
    );
    expect(theForm(element), 'the form has done its work').to.equal(null);
    await badge.updateComplete;
    expect(readableText(badge)).to.equal('Nog 11 plekken vrij');

    const [request] = await received(id);
    expect(request.method).to.equal('POST');
    expect(request.contentType).to.equal('application/json');
    expect(request.headers.accept).to.equal('application/json');
    expect(request.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bodyOf(request)).to.deep.equal({ eventId: event.id, ...anna, answers: {}, locale: 'nl', waitlist: false });
  });

  it('shows the endpoint’s own message with the confirmation', async () => {
    const { element } = await annaSignsUp([{ status: 200, body: { status: 'confirmed', message: 'Tot dinsdag in de rode zaal!' } }]);
    await stateBecomes(element, 'success');
    expect(statusText(element)).to.contain('anna@voorbeeld.nl. Tot dinsdag in de rode zaal! Vragen?');
  });

  for (const [emailSent, said] of [
    [true, 'Op naam van Anna de Vries, anna@voorbeeld.nl. Je krijgt een bevestiging per e-mail.'],
    [false, 'Op naam van Anna de Vries, anna@voorbeeld.nl. Je krijgt hiervan geen bevestiging per e-mail.'],
  ] as const) {
    it(`"emailSent": ${emailSent}: the confirmation repeats who was registered and says whether an e-mail follows`, async () => {
      const { element } = await annaSignsUp([{ status: 201, body: { status: 'confirmed', emailSent } }]);
      await stateBecomes(element, 'success');
      expect(statusText(element)).to.contain(`ontvangen. ${said} Vragen?`);
    });
  }

  it('an "emailSent" that is not true or false says nothing about e-mail', async () => {
    const { element } = await annaSignsUp([{ status: 201, body: { status: 'confirmed', emailSent: 'yes' } }]);
    await stateBecomes(element, 'success');
    expect(statusText(element)).to.contain('Op naam van Anna de Vries, anna@voorbeeld.nl. Vragen?');
  });

  it('201 waitlisted: "Je staat op de wachtlijst"', async () => {
    const { element } = await annaSignsUp([{ status: 201, body: { status: 'waitlisted', remaining: 0 } }]);
    await stateBecomes(element, 'success');
    const heading = element.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.equal('Je staat op de wachtlijst');
    expect(focused(element)).to.equal(heading);
    expect(statusText(element)).to.contain(`${NAME} is vol. Je staat op de wachtlijst: je hoort van ons als er een plek vrijkomt.`);
  });

  it('409 full: the form gives way to "Deze activiteit is vol."', async () => {
    const { element } = await annaSignsUp([{ status: 409, body: { status: 'full', remaining: 0 } }]);
    await stateBecomes(element, 'full');
    expect(theForm(element)).to.equal(null);
    expect(readableText(element)).to.equal('Deze activiteit is vol.');
    // The form Anna was in is gone: focus goes to what took its place, so she hears it.
    expect(focused(element)?.textContent).to.equal('Deze activiteit is vol.');
  });

  it('409 with a waiting list: the waiting-list form, with Anna’s answers still in it', async () => {
    const { id, element } = await annaSignsUp(
      [
        { status: 409, body: { status: 'full', remaining: 0 } },
        { status: 201, body: { status: 'waitlisted' } },
      ],
      { waitlist: true },
    );
    await stateBecomes(element, 'full');
    expect(readableText(element)).to.contain('Deze activiteit is vol. Je kunt je aanmelden voor de wachtlijst.');
    expect(focused(element)?.textContent, 'focus on the news').to.equal('Deze activiteit is vol. Je kunt je aanmelden voor de wachtlijst.');
    expect(theForm(element)!.getAttribute('aria-label')).to.equal(`Aanmelden voor de wachtlijst van ${NAME}`);
    expect(shownAnswers(element)).to.deep.equal(anna);
    const button = element.shadowRoot!.querySelector('form button[type=submit]')!;
    expect(button.textContent!.trim()).to.equal('Aanmelden voor de wachtlijst');

    submit(element);
    await stateBecomes(element, 'success');
    expect(element.shadowRoot!.querySelector('h3')!.textContent).to.equal('Je staat op de wachtlijst');
    const [first, second] = await received(id, 2);
    expect([bodyOf(first).waitlist, bodyOf(second).waitlist]).to.deep.equal([false, true]);
  });

  const fieldErrors: [string, EndpointStep][] = [
    [
      '422 with a plain errors object',
      { status: 422, body: { errors: { email: 'Dit e-mailadres is al aangemeld.', name: 'Vul je voor- en achternaam in.' }, message: 'Controleer je gegevens.' } },
    ],
    [
      '400 with a plain errors object',
      { status: 400, body: { errors: { email: 'Dit e-mailadres is al aangemeld.', name: ['Vul je voor- en achternaam in.'] } } },
    ],
    [
      '422 problem+json (RFC 9457)',
      {
        status: 422,
        headers: { 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({
          type: 'https://omziennaarelkaar.nl/problemen/validatie',
          title: 'Je aanmelding klopt niet helemaal.',
          status: 422,
          errors: [
            { field: 'email', detail: 'Dit e-mailadres is al aangemeld.' },
            { pointer: '#/name', detail: 'Vul je voor- en achternaam in.' },
          ],
        }),
      },
    ],
  ];
  for (const [what, step] of fieldErrors) {
    it(`${what}: the endpoint’s messages at their fields and in the summary`, async () => {
      const id = newEndpointId('protocol');
      await scriptEndpoint(id, [step]);
      const element = await showForm(await openEvent(id));
      fillInAnna(element);
      // Anna corrects her e-mail address last and sends from there: focus is in that field
      // when the endpoint's answer moves it to the summary.
      typeInto(byLabel(element, 'E-mailadres'), anna.email);
      const answered = oneEvent(element, 'registration-error');
      submit(element);
      const error = await answered;
      await waitUntil(() => errorSummary(element), 'no error summary');
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('open');
      expect(summaryLines(element)).to.have.members(['Dit e-mailadres is al aangemeld.', 'Vul je voor- en achternaam in.']);
      expect(focused(element)).to.equal(errorSummary(element));
      expect(errorOf(element, byLabel(element, 'E-mailadres'))).to.equal('Fout: Dit e-mailadres is al aangemeld.');
      expect(errorOf(element, byLabel(element, 'Naam'))).to.equal('Fout: Vul je voor- en achternaam in.');
      expect(byLabel(element, 'E-mailadres').getAttribute('aria-invalid')).to.equal('true');
      expect(shownAnswers(element), 'what Anna typed is still there').to.deep.equal(anna);
      expect((error as RegistrationErrorEvent).detail).to.deep.include({ status: step.status, error: 'invalid' });
    });
  }

  it('422 about an extra question or about nothing in particular: each message where it belongs', async () => {
    const id = newEndpointId('protocol');
    await scriptEndpoint(id, [{ status: 422, body: { errors: { dieet: 'Kies een van de genoemde diëten.', wachtwoord: 'Dit formulier is verlopen.' } } }]);
    const element = await showForm(await openEvent(id, { fields: [{ name: 'dieet', label: 'Dieet' }] }));
    fillInAnna(element);
    typeInto(byLabel(element, 'Dieet (niet verplicht)'), 'alleen taart');
    submit(element);
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    expect(summaryLines(element)).to.deep.equal(['Dit formulier is verlopen.', 'Kies een van de genoemde diëten.']);
    expect(errorOf(element, byLabel(element, 'Dieet (niet verplicht)'))).to.equal('Fout: Kies een van de genoemde diëten.');
  });

  it('400 naming nothing at all: the summary says the registration was not accepted, and keeps what was typed', async () => {
    const id = newEndpointId('protocol');
    await scriptEndpoint(id, [{ status: 400 }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element);
    submit(element);
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    expect(summaryLines(element)).to.deep.equal([
      'Je aanmelding is niet aangenomen. Controleer je gegevens en probeer het opnieuw, of neem contact op met de organisatie.',
    ]);
    expect(focused(element)).to.equal(errorSummary(element));
    expect(shownAnswers(element)).to.deep.equal(anna);
  });

  const failures: { what: string; steps?: EndpointStep[]; crossOrigin?: true; timeout?: number; says: string; error: Record<string, unknown> }[] = [
    {
      what: '429 with Retry-After',
      steps: [{ status: 429, headers: { 'Retry-After': '30' } }],
      says: 'Het is nu erg druk. Probeer het over 30 seconden opnieuw.',
      error: { status: 429, error: 'busy' },
    },
    { what: '503 without Retry-After', steps: [{ status: 503 }], says: 'Het is nu erg druk. Probeer het zo opnieuw.', error: { status: 503, error: 'busy' } },
    { what: '500', steps: [{ status: 500, body: 'Internal Server Error' }], says: 'Er ging iets mis bij het versturen.', error: { status: 500, error: 'status' } },
    {
      what: '200 with an HTML page',
      steps: [{ status: 200, body: '<!doctype html><title>Welkom</title>', headers: { 'Content-Type': 'text/html' } }],
      says: 'Er ging iets mis bij het versturen.',
      error: { status: 200, error: 'response' },
    },
    ...(['{}', '[]', 'null', '"ok"'] as const).map((body) => ({
      what: `200 with ${body}, which is no registration`,
      steps: [{ status: 200, body, headers: { 'Content-Type': 'application/json' } }],
      says: 'Er ging iets mis bij het versturen.',
      error: { status: 200, error: 'response' },
    })),
    { what: 'a dropped connection', steps: [{ drop: true }], says: 'Er is geen verbinding met de server.', error: { status: undefined, error: 'network' } },
    { what: 'a CORS refusal (an endpoint on another origin)', crossOrigin: true, says: 'Er is geen verbinding met de server.', error: { status: undefined, error: 'network' } },
    {
      what: 'no answer within `timeout`',
      steps: [{ status: 201, body: { status: 'confirmed' }, delay: 3000 }],
      timeout: 0.3,
      says: 'De server reageerde niet op tijd.',
      error: { status: undefined, error: 'timeout' },
    },
  ];
  for (const { what, steps, crossOrigin, timeout, says, error } of failures) {
    it(`${what}: says so, keeps every answer, offers a retry and e-mail`, async () => {
      const id = newEndpointId('protocol');
      await scriptEndpoint(id, steps ?? [{ status: 201 }]);
      const event = await openEvent(id, crossOrigin ? { endpoint: crossOriginEndpointUrl(id) } : {});
      const element = await showForm(event, { timeout });
      fillInAnna(element);
      const failed = oneEvent(element, 'registration-error');
      submit(element);

      await stateBecomes(element, 'error');
      expect(alertText(element)).to.equal(
        `Je aanmelding is niet verstuurd ${says} Wat je hebt ingevuld staat nog in het formulier. Opnieuw proberen Lukt het niet? Meld je dan aan per e-mail: jitske@omziennaarelkaar.nl.`,
      );
      expect(shownAnswers(element)).to.deep.equal(anna);
      const alert = element.shadowRoot!.querySelector('[role=alert]')!;
      const retry = alert.querySelector('button')!;
      expect([retry.textContent, retry.type, retry.disabled]).to.deep.equal(['Opnieuw proberen', 'button', false]);
      const mail = new URL(alert.querySelector('a')!.href);
      expect(mail.protocol + mail.pathname).to.equal('mailto:jitske@omziennaarelkaar.nl');
      expect(mail.searchParams.get('subject')).to.equal(`Aanmelding: ${NAME}`);
      expect(mail.searchParams.get('body')).to.contain('Naam: Anna de Vries\r\nE-mailadres: anna@voorbeeld.nl');
      expect((await failed).detail).to.deep.include(error);

      if (crossOrigin) {
        // The browser asked first (a preflight) and, refused, never sent the registration.
        expect((await endpointLog(id)).map((request) => request.method)).to.deep.equal(['OPTIONS']);
      }
    });
  }

  it('the retry after a failure sends again and can succeed', async () => {
    const { id, element } = await annaSignsUp([{ status: 500 }, { status: 201, body: { status: 'confirmed' } }]);
    await stateBecomes(element, 'error');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await stateBecomes(element, 'success');
    expect((await received(id, 2)).map((request) => request.status)).to.deep.equal([500, 201]);
  });

  it('form encoding: the same answers as application/x-www-form-urlencoded', async () => {
    const id = newEndpointId('protocol');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const event = await openEvent(id, { encoding: 'form', consent: true });
    const element = await showForm(event);
    fillInAnna(element);
    byLabel(element, 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.').click();
    submit(element);
    await stateBecomes(element, 'success');
    const [request] = await received(id);
    expect(request.contentType).to.equal('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).to.deep.equal({
      eventId: event.id,
      ...anna,
      consent: 'true',
      locale: 'nl',
      waitlist: 'false',
    });
  });
});
