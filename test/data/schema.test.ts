import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseEvent } from '../../src/data/read.js';
import type { EventData } from '../../src/data/types.js';

let seed: EventData;
let validator: Validator;
before(async () => {
  seed = await (await fetch('/test/fixtures/samenspel-2019.event.json')).json();
  const schema = await (await fetch('/src/data/event-data.schema.json')).json();
  validator = new Validator(schema, '2020-12', false);
});

/** Where the validator found errors, as JSON pointers like "#/startDate". */
const errorsAt = (instance: unknown) => validator.validate(instance).errors.map((error) => error.instanceLocation);

describe('event-data.schema.json: what editors can check their JSON against', () => {
  it('accepts the seed invitation', () => {
    const result = validator.validate(seed);
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.equal(true);
  });

  it('accepts the other forms the parser accepts', () => {
    const event = {
      name: 'Webinar',
      startDate: '2025-06-03T20:00:00+02:00',
      endDate: '2025-06-03',
      timeZone: 'Asia/Tokyo',
      status: 'online',
      description: 'Platte tekst.',
      url: '/events/webinar',
      program: [{ start: '2025-06-03T20:00:00.000Z', title: 'Start' }],
      registration: {
        endpoint: 'https://example.org/api',
        encoding: 'form',
        capacity: 0,
        fields: [{ name: 'diet', label: { nl: 'Dieet', en: 'Diet' }, type: 'select', options: ['geen', { value: 'veg', label: 'Vegetarisch' }] }],
      },
    };
    expect(validator.validate(event).valid).to.equal(true);
    expect(parseEvent(event).problems).to.deep.equal([]);
  });

  it('rejects broken data at the same places the parser names', () => {
    const { name: _name, ...nameless } = seed;
    const broken: [Record<string, unknown>, string, string][] = [
      [nameless, '#', 'name'],
      [{ ...seed, name: '  ' }, '#/name', 'name'],
      [{ ...seed, startDate: 'morgen' }, '#/startDate', 'startDate'],
      [{ ...seed, endDate: '2019-01-29 19:00' }, '#/endDate', 'endDate'],
      [{ ...seed, status: 'gone' }, '#/status', 'status'],
      [{ ...seed, url: 'javascript:alert(1)' }, '#/url', 'url'],
      [{ ...seed, audience: ['expert', 42] }, '#/audience/1', 'audience[1]'],
      [{ ...seed, program: [{ start: '16.00', title: 'Welkom' }] }, '#/program/0/start', 'program[0].start'],
      [{ ...seed, registration: { capacity: -1 } }, '#/registration/capacity', 'registration.capacity'],
      [{ ...seed, registration: { email: 'jitske' } }, '#/registration/email', 'registration.email'],
      [{ ...seed, registration: { fields: [{ name: 'x', label: 'X', type: 'colour' }] } }, '#/registration/fields/0/type', 'registration.fields[0].type'],
      [{ ...seed, location: { tentative: 'ja' } }, '#/location/tentative', 'location.tentative'],
    ];
    for (const [event, pointer, path] of broken) {
      expect(validator.validate(event).valid, path).to.equal(false);
      expect(errorsAt(event), path).to.include(pointer);
      expect(parseEvent(event).problems.map((problem) => problem.path), path).to.include(path);
    }
  });
});
