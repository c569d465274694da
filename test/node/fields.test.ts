/*
 * The form's questions as plain data (src/submit/fields.ts), run in Node: which of them say their
 * length limit before the visitor types, and in what words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventData, FieldSpec } from '../../src/data/types.js';
import arElements from '../../src/i18n/ar/elements.js';
import arForm from '../../src/i18n/ar/form.js';
import enForm from '../../src/i18n/en/form.js';
import nlForm from '../../src/i18n/nl/form.js';
import trForm from '../../src/i18n/tr/form.js';
import type { FormTerms } from '../../src/i18n/terms.js';
import { formFields } from '../../src/submit/fields.js';

const eventAsking = (fields: FieldSpec[]): EventData => ({ name: 'Buurtlunch', startDate: '2099-06-01T12:00', registration: { endpoint: '/register', fields } });

const hints = (fields: FieldSpec[], form: FormTerms = nlForm, locale = 'nl') =>
  Object.fromEntries(formFields(eventAsking(fields), form, locale).map((field) => [field.id, field.lengthHint]));

describe('the length limit a question says up front', () => {
  it('is said for a limit the event data sets, and for no built-in one', () => {
    assert.deepEqual(
      hints([
        { name: 'bio', label: 'Over jezelf', type: 'textarea', maxLength: 20 },
        { name: 'functie', label: 'Functie', maxLength: 1 },
        { name: 'vraag', label: 'Jouw vraag', type: 'textarea' },
        { name: 'code', label: 'Postcode' },
      ]),
      {
        name: undefined,
        email: undefined,
        organization: undefined,
        remarks: undefined,
        'answers.bio': 'Maximaal 20 tekens.',
        'answers.functie': 'Maximaal 1 teken.',
        'answers.vraag': undefined,
        'answers.code': undefined,
      },
    );
  });

  it('keeps the limit it says and the one it checks the same', () => {
    const [bio] = formFields(eventAsking([{ name: 'bio', label: 'Over jezelf', type: 'textarea', maxLength: 20 }]), nlForm, 'nl').slice(-1);
    assert.equal(bio.maxLength, 20);
  });

  it('is not said where nothing is typed, nor for a limit of 0, which limits nothing', () => {
    const fields: FieldSpec[] = [
      { name: 'workshop', label: 'Workshop', type: 'select', options: ['wonen', 'zorg'], maxLength: 5 },
      { name: 'dieet', label: 'Dieet', type: 'radio', options: ['vega'], maxLength: 5 },
      { name: 'lift', label: 'Lift', type: 'checkbox', maxLength: 5 },
      { name: 'leeg', label: 'Leeg', maxLength: 0 },
    ];
    assert.deepEqual(Object.values(hints(fields)), Array(8).fill(undefined));
  });

  it('speaks each language, with the number written as the locale writes it', () => {
    const bio = (limit: number, form: FormTerms, locale: string) => hints([{ name: 'bio', label: 'Over jezelf', type: 'textarea', maxLength: limit }], form, locale)['answers.bio'];
    assert.equal(bio(2000, nlForm, 'nl'), 'Maximaal 2.000 tekens.');
    assert.equal(bio(20, enForm, 'en'), 'At most 20 characters.');
    assert.equal(bio(1, enForm, 'en'), 'At most 1 character.');
    assert.equal(bio(20, trForm, 'tr'), 'En fazla 20 karakter.');
    // Arabic grammar by count, with the Latin digits the Arabic table asks of Intl (its `intlLocale`).
    const arabic = arElements.intlLocale!('ar');
    assert.equal(bio(1, arForm, arabic), 'الحد الأقصى حرف واحد.');
    assert.equal(bio(2, arForm, arabic), 'الحد الأقصى حرفان.');
    assert.equal(bio(5, arForm, arabic), 'الحد الأقصى 5 أحرف.');
    assert.equal(bio(20, arForm, arabic), 'الحد الأقصى 20 حرفًا.');
    assert.equal(bio(500, arForm, arabic), 'الحد الأقصى 500 حرف.');
  });
});
