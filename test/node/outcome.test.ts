/*
 * The registration form's outcome step, run in Node without a browser: from
 * what an endpoint answered to what the visitor sees next, where focus goes
 * and what the page is told.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { EventData } from '../../src/data/types.js';
import { emptyForm, withInput, type FormState } from '../../src/elements/registration-form/form-state.js';
import { fixed, mailLines, settle, submissionOf } from '../../src/elements/registration-form/outcome.js';
import nlAnswers from '../../src/i18n/nl/answers.js';
import nlForm from '../../src/i18n/nl/form.js';
import { formFields } from '../../src/submit/fields.js';
import type { Submission } from '../../src/submit/submit.js';

const seed = JSON.parse(readFileSync('test/fixtures/samenspel-2019.event.json', 'utf8')) as EventData;
const event: EventData = {
  ...seed,
  registration: { ...seed.registration, endpoint: '/register', fields: [{ name: 'diet', label: 'Dieet', type: 'text' }] },
};
const fields = formFields(event, nlForm, 'nl');
const typed: FormState = { ...emptyForm, values: { name: 'Anna de Vries', email: 'anna@example.org', 'answers.diet': 'vegetarisch' } };
const data: Submission = submissionOf(event, fields, typed.values, 'nl', false);
const rejected = nlAnswers.rejected;

describe('the registration form after an attempt', () => {
  it('clears the answers on success, shows the success panel with focus, and tells the page and the seats', () => {
    const settled = settle(typed, { kind: 'success', status: 'confirmed', remaining: 39, emailSent: true, httpStatus: 201, body: { status: 'confirmed' } }, data, fields, rejected);
    assert.deepEqual(settled.state.values, {});
    // Who was registered and whether an e-mail follows stay for the confirmation, after the answers are cleared.
    assert.deepEqual(settled.state.attempt, { phase: 'success', status: 'confirmed', message: undefined, name: 'Anna de Vries', email: 'anna@example.org', emailSent: true });
    assert.equal(settled.focus, '#success-title');
    assert.deepEqual(settled.seats, { remaining: 39 });
    assert.equal(settled.done, true);
    assert.equal(settled.event.type, 'success');
    assert.deepEqual(settled.event.detail, { data, status: 'confirmed', remaining: 39, response: { status: 'confirmed' } });
  });

  it('keeps the answers when the event is full, says so with focus on the message, and marks the seats gone', () => {
    const settled = settle(typed, { kind: 'full', remaining: 0, httpStatus: 409 }, data, fields, rejected);
    assert.deepEqual(settled.state.values, typed.values);
    assert.equal(settled.state.attempt, undefined);
    assert.equal(settled.focus, '#state-message');
    assert.deepEqual(settled.seats, { remaining: 0 });
    assert.deepEqual(settled.event, { type: 'error', detail: { data, status: 409, error: 'full' } });
    assert.equal(settled.done, undefined);
  });

  it("puts the endpoint's field errors at their fields (by id or by question name) and the rest in the summary", () => {
    const errors = { email: 'Dit adres is al aangemeld', diet: 'Te lang', ticket: 'Onbekend ticket' };
    const settled = settle(typed, { kind: 'invalid', errors, httpStatus: 422 }, data, fields, rejected);
    assert.deepEqual([...settled.state.errors], [
      ['email', 'Dit adres is al aangemeld'],
      ['answers.diet', 'Te lang'],
    ]);
    assert.deepEqual(settled.state.summary, ['Onbekend ticket', 'email', 'answers.diet']);
    assert.equal(settled.focus, '.error-summary');
    assert.deepEqual(settled.state.values, typed.values);
    assert.deepEqual(settled.event, { type: 'error', detail: { data, status: 422, error: 'invalid', errors } });
  });

  it("shows the endpoint's message in the summary when it sent no field errors", () => {
    const settled = settle(typed, { kind: 'invalid', errors: {}, message: 'Aanmelden is gesloten.', httpStatus: 422 }, data, fields, rejected);
    assert.deepEqual(settled.state.summary, ['Aanmelden is gesloten.']);
    assert.equal(settled.state.errors.size, 0);
  });

  it('says in the summary that the registration was not accepted when a 400 or 422 names nothing at all', () => {
    const settled = settle(typed, { kind: 'invalid', errors: {}, httpStatus: 400 }, data, fields, rejected);
    assert.deepEqual(settled.state.summary, ['Je aanmelding is niet aangenomen. Controleer je gegevens en probeer het opnieuw, of neem contact op met de organisatie.']);
    assert.equal(settled.focus, '.error-summary');
    assert.deepEqual(settled.state.values, typed.values);
  });

  for (const outcome of [
    { kind: 'busy', retryAfter: 30, httpStatus: 429 },
    { kind: 'failed', reason: 'timeout', detail: 'no answer' },
    { kind: 'failed', reason: 'network', detail: 'offline' },
  ] as const) {
    it(`keeps everything typed after ${outcome.kind === 'busy' ? 'a busy endpoint' : `a ${outcome.reason} failure`} and shows the failure panel`, () => {
      const settled = settle(typed, outcome, data, fields, rejected);
      assert.deepEqual(settled.state.values, typed.values);
      assert.deepEqual(settled.state.attempt, { phase: 'error', outcome });
      assert.equal(settled.focus, undefined);
      assert.equal(settled.event.type, 'error');
      assert.equal(settled.event.detail.error, outcome.kind === 'busy' ? 'busy' : outcome.reason);
    });
  }
});

describe('what the form sends and mails', () => {
  it('builds the request body from the trimmed answers, extra questions under answers', () => {
    const body = submissionOf(event, fields, { name: '  Anna  ', email: 'anna@example.org ', 'answers.diet': ' vegan ', remarks: '' }, 'nl', true);
    assert.equal(body.name, 'Anna');
    assert.equal(body.email, 'anna@example.org');
    assert.deepEqual(body.answers, { diet: 'vegan' });
    assert.equal(body.remarks, undefined);
    assert.equal(body.waitlist, true);
    assert.equal(body.locale, 'nl');
  });

  it('writes the answers given into the e-mail, label by label', () => {
    assert.deepEqual(mailLines('Hallo,', fields, typed.values), ['Hallo,', '', 'Naam: Anna de Vries', 'E-mailadres: anna@example.org', 'Dieet: vegetarisch']);
  });

  it('takes an error away once its field is fixed, with its summary entry, and keeps it until then', () => {
    const name = fields.find((field) => field.id === 'name')!;
    const shown: FormState = {
      values: { email: 'anna@example.org' },
      errors: new Map([['name', nlAnswers.errors.nameRequired], ['email', 'Vul een geldig e-mailadres in']]),
      summary: ['Het aanmelden lukte niet', 'name', 'email'],
    };
    assert.equal(fixed(shown, name, fields, nlAnswers), undefined);
    assert.equal(fixed({ ...shown, values: { name: '   ' } }, name, fields, nlAnswers), undefined);
    const changes = fixed({ ...shown, values: { name: 'Anna' } }, name, fields, nlAnswers);
    assert.deepEqual([...changes!.errors!.keys()], ['email']);
    // A message that belongs to no field stays in the summary.
    assert.deepEqual(changes!.summary, ['Het aanmelden lukte niet', 'email']);
    // A field without an error has nothing to take away.
    assert.equal(fixed({ ...emptyForm, values: { name: 'Anna' } }, name, fields, nlAnswers), undefined);
  });

  it('adds and removes a checkbox group answer, and takes text as typed', () => {
    const group = { id: 'answers.days', label: 'Dagen', kind: 'checkboxes' as const, required: false };
    let values = withInput({}, group, { name: 'answers.days', type: 'checkbox', value: 'di', checked: true });
    values = withInput(values, group, { name: 'answers.days', type: 'checkbox', value: 'wo', checked: true });
    values = withInput(values, group, { name: 'answers.days', type: 'checkbox', value: 'di', checked: false });
    assert.deepEqual(values, { 'answers.days': ['wo'] });
    assert.deepEqual(withInput(values, undefined, { name: 'name', type: 'text', value: 'Anna', checked: false }), { 'answers.days': ['wo'], name: 'Anna' });
  });
});
