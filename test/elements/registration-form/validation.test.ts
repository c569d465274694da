import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { endpointLog, newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  anna,
  bodyOf,
  byLabel,
  errorOf,
  errorSummary,
  fillInAnna,
  focused,
  moveFocus,
  openEvent,
  received,
  showForm,
  stateBecomes,
  submit,
  submitButton,
  summaryLines,
  typeInto,
  typeKeys,
} from './story.js';

const CONSENT = 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.';

describe('<registration-form>: checking what was typed', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('on submit, shows every error at its field and in a summary that takes focus; nothing is sent', async () => {
    const id = newEndpointId('validation');
    await scriptEndpoint(id, [{ status: 201 }]);
    const element = await showForm(await openEvent(id, { consent: true }));
    typeInto(byLabel(element, 'E-mailadres'), 'anna@');
    submit(element);

    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    const summary = errorSummary(element)!;
    expect(summary.querySelector('h3')!.textContent).to.equal('Er is een probleem');
    expect(summaryLines(element)).to.deep.equal([
      'Vul je naam in',
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
      'Geef toestemming om je aan te melden',
    ]);
    expect(focused(element), 'the summary takes focus').to.equal(summary);

    const name = byLabel(element, 'Naam');
    const email = byLabel(element, 'E-mailadres');
    const consent = byLabel(element, CONSENT);
    for (const [control, message] of [
      [name, 'Fout: Vul je naam in'],
      [email, 'Fout: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl'],
      [consent, 'Fout: Geef toestemming om je aan te melden'],
    ] as const) {
      expect(control.getAttribute('aria-invalid'), control.name).to.equal('true');
      expect(errorOf(element, control), control.name).to.equal(message);
    }
    const organization = byLabel(element, 'Organisatie of initiatief (niet verplicht)');
    expect(organization.hasAttribute('aria-invalid')).to.equal(false);
    expect(errorOf(element, organization)).to.equal(undefined);

    expect(element.getAttribute('state')).to.equal('open');
    expect(submitButton(element).disabled, 'the button is never disabled').to.equal(false);
    expect(submitButton(element).hasAttribute('aria-disabled')).to.equal(false);
    expect(await endpointLog(id)).to.deep.equal([]);
  });

  it('the summary’s links take the visitor to the field', async () => {
    const element = await showForm(await openEvent(newEndpointId('validation'), { consent: true }));
    submit(element);
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;

    const link = (text: string) => [...errorSummary(element)!.querySelectorAll('a')].find((candidate) => candidate.textContent === text)!;
    link('Vul je e-mailadres in').click();
    expect(focused(element)).to.equal(byLabel(element, 'E-mailadres'));
    link('Geef toestemming om je aan te melden').click();
    expect(focused(element)).to.equal(byLabel(element, CONSENT));
    link('Vul je naam in').click();
    expect(focused(element)).to.equal(byLabel(element, 'Naam'));
    expect(link('Vul je naam in').getAttribute('href')).to.equal(`#${byLabel(element, 'Naam').id}`);
  });

  it('says nothing while the visitor types or moves on: checking is for the submit', async () => {
    const element = await showForm(await openEvent(newEndpointId('validation')));
    const email = byLabel(element, 'E-mailadres');
    email.focus();
    await typeKeys('anna');
    await element.updateComplete;
    expect(email.value).to.equal('anna');
    moveFocus(email, byLabel(element, 'Organisatie of initiatief (niet verplicht)'));
    await element.updateComplete;
    expect(email.hasAttribute('aria-invalid'), 'no error after leaving the field').to.equal(false);
    expect(errorOf(element, email)).to.equal(undefined);
    expect(errorSummary(element)).to.equal(null);
  });

  it('a click on the button after typing a wrong e-mail address lands the first time: pressed, released, sent', async () => {
    // A short form (no "Ik kom als" options), so the button is in the first screen and nothing has to scroll: in
    // Firefox under a full parallel run, scrollIntoView now and then left the button below the viewport, where
    // WebDriver BiDi refuses to move the mouse.
    const element = await showForm(await openEvent(newEndpointId('validation'), {}, { audience: [] }));
    const email = byLabel(element, 'E-mailadres');
    email.focus();
    await typeKeys('anna@');
    const button = submitButton(element);
    // Two frames: what the browser hit-tests is painted.
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    const box = button.getBoundingClientRect();
    expect(box.bottom, 'the button is in the first screen').to.be.at.most(window.innerHeight);
    const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    let clicked = false;
    button.addEventListener('click', () => (clicked = true));
    // What the mouse hit, for the message when the click is lost.
    const hits: string[] = [];
    const note = (event: Event) => {
      const target = event.composedPath()[0] as Element;
      const { clientX, clientY } = event as MouseEvent;
      hits.push(`${event.type}@${clientX},${clientY}:${target.localName ?? target.nodeName}${target.id ? '#' + target.id : ''}${target.textContent && target.localName === 'button' ? `"${target.textContent}"` : ''}`);
    };
    const types = ['pointermove', 'pointerdown', 'pointerup', 'click'];
    types.forEach((type) => document.addEventListener(type, note, { capture: true }));
    // A person's click, in one input command: the mouse goes to the button and down (the e-mail field loses
    // focus), then up.
    await sendMouse({ type: 'click', position: at });
    types.forEach((type) => document.removeEventListener(type, note, { capture: true }));
    const now = button.getBoundingClientRect();
    await resetMouse();
    expect(clicked, `the click at ${at} was lost: the button (now at ${Math.round(now.left)},${Math.round(now.top)} ${Math.round(now.width)}×${Math.round(now.height)}) never got it; the page saw ${hits.slice(-8).join(' ') || 'nothing'}`).to.equal(true);
    // Submitting waits for the form's checks (a chunk of their own): as long as other submits in these tests may take.
    await waitUntil(() => errorSummary(element), 'the click reached the button but no summary came', { timeout: 5000 });
    expect(summaryLines(element)).to.include('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl');
  });

  it('clears an error as soon as it is fixed, while the visitor types', async () => {
    const element = await showForm(await openEvent(newEndpointId('validation')));
    const email = byLabel(element, 'E-mailadres');
    typeInto(email, 'anna@voorbeeld');
    submit(element);
    await waitUntil(() => errorOf(element, email), 'no error after submitting');

    email.focus();
    await typeKeys('.');
    await element.updateComplete;
    expect(errorOf(element, email), 'still wrong halfway').to.equal('Fout: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl');
    await typeKeys('nl');
    await waitUntil(() => !email.hasAttribute('aria-invalid'), 'the fixed error stayed');
    expect(email.value).to.equal('anna@voorbeeld.nl');
    expect(errorOf(element, email)).to.equal(undefined);
  });

  it('a fixed error leaves the summary too, and the next submit goes through', async () => {
    const id = newEndpointId('validation');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id));
    fillInAnna(element, { ...anna, name: '' });
    submit(element);
    await waitUntil(() => summaryLines(element).length, 'no error summary');
    expect(summaryLines(element)).to.deep.equal(['Vul je naam in']);

    typeInto(byLabel(element, 'Naam'), anna.name);
    await waitUntil(() => !errorSummary(element), 'the summary stayed after the fix');
    expect(byLabel(element, 'Naam').hasAttribute('aria-invalid')).to.equal(false);
    submit(element);
    await stateBecomes(element, 'success');
    expect(bodyOf((await received(id))[0]).name).to.equal(anna.name);
  });

  const messages: [string, string, Record<string, string>, string[]][] = [
    ['nl', 'an empty form', {}, ['Vul je naam in', 'Vul je e-mailadres in']],
    ['nl', 'an address without a domain', { name: 'Anna', email: 'anna@voorbeeld' }, ['Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl']],
    ['nl', 'a name of spaces', { name: '   ', email: 'anna voorbeeld.nl' }, ['Vul je naam in', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl']],
    ['en', 'an empty form', {}, ['Enter your name', 'Enter your email address']],
    ['en', 'an address with a space', { name: 'Anna', email: 'anna @example.com' }, ['Enter a valid email address, like name@example.com']],
  ];
  for (const [lang, what, answers, expected] of messages) {
    it(`says exactly what to do (${lang}, ${what})`, async () => {
      const element = await showForm(await openEvent(newEndpointId('validation')), { lang });
      const [nameLabel, emailLabel] = lang === 'nl' ? ['Naam', 'E-mailadres'] : ['Name', 'Email address'];
      if (answers.name !== undefined) typeInto(byLabel(element, nameLabel), answers.name);
      if (answers.email !== undefined) typeInto(byLabel(element, emailLabel), answers.email);
      submit(element);
      await waitUntil(() => summaryLines(element).length, 'no error summary');
      expect(summaryLines(element)).to.deep.equal(expected);
      expect(errorSummary(element)!.querySelector('h3')!.textContent).to.equal(lang === 'nl' ? 'Er is een probleem' : 'There is a problem');
    });
  }

  it('refuses an e-mail address over 254 characters and takes one of exactly 254', async () => {
    const id = newEndpointId('validation');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id));
    const tooLong = `${'a'.repeat(64)}@${'b'.repeat(187)}.nl`;
    expect(tooLong).to.have.length(255);
    fillInAnna(element, { ...anna, email: tooLong });
    submit(element);
    await waitUntil(() => summaryLines(element).length, 'no error summary');
    expect(summaryLines(element)).to.deep.equal(['‘E-mailadres’ mag niet langer zijn dan 254 tekens']);
    expect(errorOf(element, byLabel(element, 'E-mailadres'))).to.equal('Fout: ‘E-mailadres’ mag niet langer zijn dan 254 tekens');
    expect(await endpointLog(id)).to.deep.equal([]);

    const longest = tooLong.slice(1);
    typeInto(byLabel(element, 'E-mailadres'), longest);
    submit(element);
    await stateBecomes(element, 'success');
    expect(bodyOf((await received(id))[0]).email).to.equal(longest);
  });

  it('an optional question is checked only when answered, and a number question says when it holds no number', async () => {
    const element = await showForm(
      await openEvent(newEndpointId('validation'), { fields: [{ name: 'telefoon', type: 'tel', label: 'Telefoonnummer' }, { name: 'personen', type: 'number', label: 'Aantal personen' }] }),
    );
    fillInAnna(element);
    typeInto(byLabel(element, 'Telefoonnummer (niet verplicht)'), 'bel me');
    // Typed key by key, as a person does: a browser's own number box would throw "twee" away unseen.
    byLabel(element, 'Aantal personen (niet verplicht)').focus();
    await typeKeys('twee');
    submit(element);
    await waitUntil(() => summaryLines(element).length, 'no error summary');
    expect(summaryLines(element)).to.deep.equal([
      'Vul bij ‘Telefoonnummer’ een geldig telefoonnummer in, bijvoorbeeld 06 12345678',
      'Vul bij ‘Aantal personen’ een getal in',
    ]);
  });
});
