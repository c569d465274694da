import { expect, waitUntil } from '@open-wc/testing';
import type { EventData, FieldSpec } from '../../../src/data/types.js';
import { readableText } from '../../helpers.js';
import { newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import {
  anna,
  bodyOf,
  byLabel,
  descriptionOf,
  errorOf,
  everyKindOfQuestion,
  fillInAnna,
  openEvent,
  option,
  questionLabels,
  received,
  select,
  showForm,
  stateBecomes,
  submit,
  summaryLines,
  theForm,
  tick,
  typeInto,
} from './story.js';

describe('<registration-form>: the questions it asks', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('asks name, e-mail and organisation in a real form that autofill and the browser understand', async () => {
    const element = await showForm(await openEvent(newEndpointId('fields')));
    const form = theForm(element)!;
    expect(form.noValidate, 'the browser’s own validation is off').to.equal(true);
    expect(form.getAttribute('aria-label')).to.equal('Aanmelden voor (Nieuw) samenspel in de wijk');

    const name = byLabel(element, 'Naam');
    const email = byLabel(element, 'E-mailadres');
    const organization = byLabel(element, 'Organisatie of initiatief (niet verplicht)');
    expect([name.name, name.type, name.autocomplete, name.getAttribute('spellcheck')]).to.deep.equal(['name', 'text', 'name', 'false']);
    expect([email.name, email.type, email.autocomplete, email.getAttribute('spellcheck')]).to.deep.equal(['email', 'email', 'email', 'false']);
    expect([organization.name, organization.type, organization.autocomplete]).to.deep.equal(['organization', 'text', 'organization']);
    expect(organization.hasAttribute('spellcheck'), 'an organisation’s name may be spell-checked').to.equal(false);

    // What a browser (autofill, a password manager, a form-filling extension) sees of the form.
    expect(form.elements.namedItem('name')).to.equal(name);
    expect(form.elements.namedItem('email')).to.equal(email);
    expect(form.elements.namedItem('organization')).to.equal(organization);
    for (const control of element.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select')) {
      expect(control.form, `${control.name} belongs to the form`).to.equal(form);
    }
    fillInAnna(element);
    const data = new FormData(form);
    expect(Object.fromEntries([...data].filter(([key]) => key !== 'hp-field'))).to.deep.equal(anna);
    expect(data.get('hp-field'), 'the honeypot stays empty for a person').to.equal('');
  });

  it('says "(niet verplicht)" at every optional question and puts no asterisk anywhere', async () => {
    const element = await showForm(await openEvent(newEndpointId('fields'), { consent: true, privacyUrl: 'https://omziennaarelkaar.nl/privacy' }));
    expect(questionLabels(element)).to.deep.equal([
      'Naam',
      'E-mailadres',
      'Organisatie of initiatief (niet verplicht)',
      'Ik kom als (niet verplicht)',
      'Opmerkingen (niet verplicht)',
      'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.',
    ]);
    expect(readableText(element)).not.to.contain('*');
    expect(readableText(element)).not.to.match(/verplicht veld|required/i);

    const english = await showForm(await openEvent(newEndpointId('fields')), { lang: 'en' });
    expect(questionLabels(english)).to.deep.equal([
      'Name',
      'Email address',
      'Organisation or initiative (optional)',
      'I am coming as (optional)',
      'Remarks (optional)',
    ]);
    expect(readableText(english)).not.to.contain('*');
  });

  it('offers the audience of the invitation as the answers to "Ik kom als"', async () => {
    const event = await openEvent(newEndpointId('fields'));
    const element = await showForm(event);
    const group = byLabel<HTMLFieldSetElement>(element, 'Ik kom als (niet verplicht)');
    expect(group.localName).to.equal('fieldset');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input')];
    expect(radios.map((radio) => [radio.type, radio.name, radio.value])).to.deep.equal(event.audience!.map((who) => ['radio', 'role', who]));
    expect([...group.querySelectorAll('label')].map((label) => readableText(label))).to.deep.equal(event.audience);
    expect(radios.some((radio) => radio.checked), 'nothing is chosen for the visitor').to.equal(false);

    const { audience: _audience, ...withoutAudience } = event;
    const open = await showForm(withoutAudience as EventData);
    expect(questionLabels(open)).to.deep.equal(['Naam', 'E-mailadres', 'Organisatie of initiatief (niet verplicht)', 'Opmerkingen (niet verplicht)']);
  });

  it('asks for consent with a checkbox and links the privacy statement when the event says so, and not otherwise', async () => {
    const element = await showForm(await openEvent(newEndpointId('fields'), { consent: true, privacyUrl: 'https://omziennaarelkaar.nl/privacy' }));
    const consent = byLabel(element, 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.');
    expect([consent.type, consent.name, consent.checked]).to.deep.equal(['checkbox', 'consent', false]);
    const privacy = element.shadowRoot!.querySelector('[part~=privacy]')!;
    expect(readableText(privacy)).to.equal('Lees hoe we met je gegevens omgaan in de privacyverklaring.');
    const link = privacy.querySelector('a')!;
    expect([link.textContent, link.href]).to.deep.equal(['privacyverklaring', 'https://omziennaarelkaar.nl/privacy']);

    const plain = await showForm(await openEvent(newEndpointId('fields')));
    expect(plain.shadowRoot!.querySelector('input[type=checkbox]')).to.equal(null);
    expect(plain.shadowRoot!.querySelector('[part~=privacy]')).to.equal(null);
  });

  const dutch = {
    labels: [
      'Telefoonnummer (niet verplicht)',
      'Functie (niet verplicht)',
      'E-mailadres op het werk (niet verplicht)',
      'Met hoeveel personen kom je?',
      'Jouw vraag aan de wethouder (niet verplicht)',
      'Workshop (niet verplicht)',
      'Eten',
      'Ik heb een lift nodig (niet verplicht)',
      'Welke dagen ben je er? (niet verplicht)',
    ],
    description: 'Zoals op je visitekaartje',
    select: ['Maak een keuze', 'Wonen', 'Zorg'],
    radios: ['Vegetarisch', 'Geen voorkeur'],
    checkboxes: ['dinsdag', 'woensdag'],
  };
  const english = {
    labels: [
      'Phone number (optional)',
      'Job title (optional)',
      'Work email address (optional)',
      'How many people are coming?',
      'Your question for the alderman (optional)',
      'Workshop (optional)',
      'Food',
      'I need a lift (optional)',
      'Which days are you there? (optional)',
    ],
    description: 'As on your business card',
    select: ['Choose an option', 'Housing', 'Care'],
    radios: ['Vegetarian', 'No preference'],
    checkboxes: ['Tuesday', 'Wednesday'],
  };
  for (const [lang, words] of [['nl', dutch], ['en', english]] as const) {
    it(`asks every kind of extra question with its own control, in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
      const element = await showForm(await openEvent(newEndpointId('fields'), { fields: everyKindOfQuestion }), { lang });
      expect(questionLabels(element).slice(-everyKindOfQuestion.length)).to.deep.equal(words.labels);
      const [tel, text, email, number, textarea, selectLabel, radioLabel, checkbox, checkboxes] = words.labels;

      expect([byLabel(element, tel).type, byLabel(element, tel).autocomplete, byLabel(element, tel).name]).to.deep.equal(['tel', 'tel', 'answers.telefoon']);
      const job = byLabel(element, text);
      expect(job.type).to.equal('text');
      const description = element.shadowRoot!.getElementById(job.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal(words.description);
      expect(byLabel(element, email).type).to.equal('email');
      expect([byLabel(element, number).type, byLabel(element, number).inputMode], 'a text box with a number keyboard').to.deep.equal(['text', 'decimal']);
      expect(byLabel(element, textarea).localName).to.equal('textarea');
      const workshop = byLabel<HTMLSelectElement>(element, selectLabel);
      expect([...workshop.options].map((choice) => choice.textContent!.trim())).to.deep.equal(words.select);
      const food = byLabel(element, radioLabel);
      expect([...food.querySelectorAll<HTMLInputElement>('input')].map((radio) => radio.type)).to.deep.equal(['radio', 'radio']);
      expect([...food.querySelectorAll('label')].map((label) => readableText(label))).to.deep.equal(words.radios);
      expect(byLabel(element, checkbox).type).to.equal('checkbox');
      const days = byLabel(element, checkboxes);
      expect([...days.querySelectorAll<HTMLInputElement>('input')].map((box) => box.type)).to.deep.equal(['checkbox', 'checkbox']);
      expect([...days.querySelectorAll('label')].map((label) => readableText(label))).to.deep.equal(words.checkboxes);
    });
  }

  it('says a length limit the event sets before the visitor types, under the label and in what the control describes', async () => {
    const bio: FieldSpec = { name: 'bio', label: 'Over jezelf', type: 'textarea', maxLength: 20, description: 'Wat doe je in de wijk?' };
    const job: FieldSpec = { name: 'functie', label: 'Functie', maxLength: 1 };
    const element = await showForm(await openEvent(newEndpointId('fields'), { fields: [bio, job, { name: 'vraag', label: 'Jouw vraag', type: 'textarea' }] }));
    const about = byLabel<HTMLTextAreaElement>(element, 'Over jezelf (niet verplicht)');
    const field = about.closest('[part~=field]')!;
    expect(readableText(field), 'label, help text, limit, then the box').to.equal('Over jezelf (niet verplicht) Wat doe je in de wijk? Maximaal 20 tekens.');
    expect(descriptionOf(element, about)).to.deep.equal(['Wat doe je in de wijk?', 'Maximaal 20 tekens.']);
    expect(descriptionOf(element, byLabel(element, 'Functie (niet verplicht)'))).to.deep.equal(['Maximaal 1 teken.']);
    // The built-in limits are out of anyone's reach: saying them would only crowd every question.
    for (const label of ['Naam', 'E-mailadres', 'Organisatie of initiatief (niet verplicht)', 'Opmerkingen (niet verplicht)', 'Jouw vraag (niet verplicht)']) {
      expect(descriptionOf(element, byLabel(element, label)), label).to.deep.equal([]);
    }
    expect(readableText(element)).not.to.match(/200|254|500|2\.?000/);
    // No native maxlength: it would cut off typing unseen, and the visitor would not hear why.
    expect(element.shadowRoot!.querySelector('[maxlength]')).to.equal(null);
    await expect(element).to.be.accessible();

    // Too long anyway (pasted): the error on submit stays, and the limit is still said with it.
    fillInAnna(element);
    typeInto(about, 'Ik organiseer de buurtlunch op dinsdag');
    submit(element);
    await waitUntil(() => summaryLines(element).length, 'no error summary');
    expect(summaryLines(element)).to.deep.equal(['‘Over jezelf’ mag niet langer zijn dan 20 tekens']);
    expect(errorOf(element, about)).to.equal('Fout: ‘Over jezelf’ mag niet langer zijn dan 20 tekens');
    expect(descriptionOf(element, about)).to.deep.equal(['Wat doe je in de wijk?', 'Maximaal 20 tekens.', 'Fout: ‘Over jezelf’ mag niet langer zijn dan 20 tekens']);
    await expect(element).to.be.accessible();
  });

  for (const [lang, said] of [['en', 'At most 20 characters.'], ['tr', 'En fazla 20 karakter.'], ['ar', 'الحد الأقصى 20 حرفًا.']] as const) {
    it(`says the limit in the visitor's language (${lang})`, async () => {
      const element = await showForm(await openEvent(newEndpointId('fields'), { fields: [{ name: 'bio', label: 'Over jezelf', type: 'textarea', maxLength: 20 }] }), { lang });
      await waitUntil(() => element.shadowRoot!.querySelector('textarea[name="answers.bio"]')?.getAttribute('aria-describedby'), 'the form did not show in its language');
      const about = element.shadowRoot!.querySelector('textarea[name="answers.bio"]')!;
      expect(descriptionOf(element, about)).to.deep.equal([said]);
    });
  }

  it('sends the answers to every kind of extra question under their names', async () => {
    const id = newEndpointId('fields');
    await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed' } }]);
    const element = await showForm(await openEvent(id, { fields: everyKindOfQuestion }));
    fillInAnna(element);
    typeInto(byLabel(element, 'Telefoonnummer (niet verplicht)'), '06 12345678');
    typeInto(byLabel(element, 'Functie (niet verplicht)'), ' bewonersadviseur ');
    typeInto(byLabel(element, 'Met hoeveel personen kom je?'), '2');
    typeInto(byLabel<HTMLTextAreaElement>(element, 'Jouw vraag aan de wethouder (niet verplicht)'), 'Hoe blijft de buurtkamer open?');
    select(byLabel<HTMLSelectElement>(element, 'Workshop (niet verplicht)'), 'Zorg');
    tick(option(byLabel(element, 'Eten'), 'Vegetarisch'));
    tick(byLabel(element, 'Ik heb een lift nodig (niet verplicht)'));
    const days = byLabel(element, 'Welke dagen ben je er? (niet verplicht)');
    tick(option(days, 'dinsdag'));
    tick(option(days, 'woensdag'));
    submit(element);

    await stateBecomes(element, 'success');
    const [request] = await received(id);
    expect(bodyOf(request).answers).to.deep.equal({
      telefoon: '06 12345678',
      functie: 'bewonersadviseur',
      personen: '2',
      vraag: 'Hoe blijft de buurtkamer open?',
      workshop: 'zorg',
      dieet: 'vega',
      lift: true,
      dagen: ['di', 'wo'],
    });
  });
});
