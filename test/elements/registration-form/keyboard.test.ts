import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import type { RegistrationForm } from '../../../src/elements/registration-form/registration-form.js';
import { newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  bodyOf,
  byLabel,
  errorSummary,
  focused,
  keysActivate,
  openEvent,
  option,
  press,
  received,
  showForm,
  stateBecomes,
  submitButton,
  typeKeys,
} from './story.js';

const CONSENT = 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.';

/** Presses Tab and checks where focus went. */
async function tabTo(element: RegistrationForm, expected: Element, what: string): Promise<void> {
  await press('Tab');
  expect(focused(element), `Tab should reach ${what}`).to.equal(expected);
}

/**
 * Only key presses, through the test runner's sendKeys: Playwright drives Chromium, Puppeteer
 * drives Firefox over WebDriver BiDi. Firefox runs two test files at once in two tabs of one
 * window; in the tab behind, typing, Tab, arrows and Enter in a text box work, but Space and
 * Enter do not press a checkbox or a button (for any page, not only this form). The stories
 * that need those run wherever the page has focus: always in Chromium, in Firefox in the
 * tab in front.
 */
describe('<registration-form>: with the keyboard only', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('from the first field to "Je bent aangemeld": Tab, type, arrows for the role, Enter in the last text box', async () => {
    const id = newEndpointId('keyboard');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id, { fields: [{ name: 'telefoon', type: 'tel', label: 'Telefoonnummer', autocomplete: 'tel' }] }));
    const role = byLabel(element, 'Ik kom als (niet verplicht)');

    byLabel(element, 'Naam').focus();
    await typeKeys('Anna de Vries');
    await tabTo(element, byLabel(element, 'E-mailadres'), 'the e-mail address');
    await typeKeys('anna@voorbeeld.nl');
    await tabTo(element, byLabel(element, 'Organisatie of initiatief (niet verplicht)'), 'the organisation');
    await typeKeys('Buurtteam Overvecht');
    await tabTo(element, option(role, 'bewonersinitiatief/woongroep'), 'the role question');
    await press('ArrowDown');
    expect(option(role, 'sociaal makelaar').checked).to.equal(true);
    await tabTo(element, byLabel(element, 'Opmerkingen (niet verplicht)'), 'the remarks');
    await typeKeys('Ik kom iets later.');
    await tabTo(element, byLabel(element, 'Telefoonnummer (niet verplicht)'), 'the phone number');
    await typeKeys('06 12345678');
    await press('Enter');

    await stateBecomes(element, 'success');
    const heading = element.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.equal('Je bent aangemeld');
    expect(focused(element), 'focus lands on the confirmation').to.equal(heading);
    expect(bodyOf((await received(id))[0])).to.deep.include({
      name: 'Anna de Vries',
      email: 'anna@voorbeeld.nl',
      organization: 'Buurtteam Overvecht',
      role: 'sociaal makelaar',
      remarks: 'Ik kom iets later.',
      answers: { telefoon: '06 12345678' },
    });
  });

  it('Space chooses the role and gives consent, Tab passes the privacy link, Enter on the button sends', async function () {
    if (!keysActivate()) return this.skip();
    const id = newEndpointId('keyboard');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id, { consent: true, privacyUrl: 'https://omziennaarelkaar.nl/privacy' }));
    const role = byLabel(element, 'Ik kom als (niet verplicht)');

    byLabel(element, 'Naam').focus();
    await typeKeys('Anna de Vries');
    await press('Tab');
    await typeKeys('anna@voorbeeld.nl');
    await press('Tab');
    await tabTo(element, option(role, 'bewonersinitiatief/woongroep'), 'the role question');
    await press(' ');
    expect(option(role, 'bewonersinitiatief/woongroep').checked).to.equal(true);
    await tabTo(element, byLabel(element, 'Opmerkingen (niet verplicht)'), 'the remarks');
    await tabTo(element, byLabel(element, CONSENT), 'the consent checkbox');
    await press(' ');
    expect(byLabel(element, CONSENT).checked).to.equal(true);
    await tabTo(element, element.shadowRoot!.querySelector('[part~=privacy] a')!, 'the privacy statement');
    await tabTo(element, submitButton(element), 'the button, past the hidden honeypot');
    await press('Enter');

    await stateBecomes(element, 'success');
    expect(focused(element)).to.equal(element.shadowRoot!.querySelector('h3'));
    expect(bodyOf((await received(id))[0])).to.deep.include({ name: 'Anna de Vries', role: 'bewonersinitiatief/woongroep', consent: true });
  });

  it('a mistake: Enter sends, focus goes to the summary, Tab and Enter on its link lead to the field', async function () {
    if (!keysActivate()) return this.skip();
    const id = newEndpointId('keyboard');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id));

    byLabel(element, 'Naam').focus();
    await typeKeys('Anna de Vries');
    await press('Tab');
    await typeKeys('anna.voorbeeld.nl');
    await press('Enter');
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    expect(focused(element), 'the summary takes focus').to.equal(errorSummary(element));

    await tabTo(element, errorSummary(element)!.querySelector('a')!, 'the summary’s link');
    await press('Enter');
    const email = byLabel(element, 'E-mailadres');
    expect(focused(element)).to.equal(email);

    // Select all and retype, as a person corrects it.
    email.select();
    await typeKeys('anna@voorbeeld.nl');
    await waitUntil(() => !errorSummary(element), 'the fixed error stayed in the summary');
    await press('Enter');
    await stateBecomes(element, 'success');
    expect(bodyOf((await received(id))[0]).email).to.equal('anna@voorbeeld.nl');
  });
});
