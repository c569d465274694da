import { expect } from '@open-wc/testing';
import { parseEvent } from '../../src/data/read.js';
import type { EventData, Problem } from '../../src/data/types.js';

let seed: EventData;
before(async () => {
  seed = await (await fetch('/test/fixtures/samenspel-2019.event.json')).json();
});

const paths = (problems: Problem[]) => problems.map((problem) => problem.path);
const problemAt = (problems: Problem[], path: string) => problems.find((problem) => problem.path === path);
const minimal = { name: 'Buurtborrel', startDate: '2019-01-29T16:00' };

describe('parseEvent: the seed invitation', () => {
  it('comes through whole, without problems', () => {
    const { event, problems } = parseEvent(seed);
    expect(problems).to.deep.equal([]);
    expect(event).to.deep.equal(seed);
  });

  it('returns a new object, so changing it leaves the editor’s data alone', () => {
    const { event } = parseEvent(seed);
    expect(event).not.to.equal(seed);
    event!.location!.hosts!.push('DOCK');
    event!.program![0].title = 'changed';
    expect(seed.location!.hosts).to.deep.equal(['Oke Nu', 'OSO']);
    expect(seed.program![0].title).to.equal('Welkom en introductie');
  });

  it('reads the same event from its JSON text, as a CMS attribute gives it', () => {
    expect(parseEvent(JSON.stringify(seed))).to.deep.equal({ event: seed, problems: [] });
  });

  it('ignores fields it does not know, at every level', () => {
    const withExtras = {
      ...seed,
      colour: 'red',
      $schema: './event-data.schema.json',
      location: { ...seed.location, floor: 2 },
      program: seed.program!.map((item) => ({ ...item, room: 'zaal 2' })),
      registration: { ...seed.registration, price: 0 },
    };
    expect(parseEvent(withExtras)).to.deep.equal({ event: seed, problems: [] });
  });

  it('treats null as absent', () => {
    expect(parseEvent({ ...minimal, endDate: null, location: { name: 'Rosendael', url: null } })).to.deep.equal({
      event: { ...minimal, location: { name: 'Rosendael' } },
      problems: [],
    });
  });
});

describe('parseEvent: input that cannot be shown at all', () => {
  it('names malformed JSON text', () => {
    const { event, problems } = parseEvent('{"name": "Buurtborrel",');
    expect(event).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: '', code: 'json', value: '{"name": "Buurtborrel",' });
    expect(problems[0].message).to.contain('not valid JSON');
  });

  it('refuses what is not a JSON object', () => {
    for (const input of [null, undefined, 42, true, [], [minimal], '42', '"Buurtborrel"', 'null', '']) {
      const { event, problems } = parseEvent(input);
      expect(event, String(input)).to.equal(undefined);
      expect(problems, String(input)).to.have.length(1);
      expect(problems[0].path).to.equal('');
    }
    expect(parseEvent(42).problems[0]).to.include({ code: 'type', expected: 'object', value: '42' });
  });

  it('needs a name', () => {
    expect(parseEvent({ startDate: '2019-01-29' }).problems).to.deep.equal([
      { path: 'name', code: 'required', expected: 'a value', message: 'name is missing' },
    ]);
    for (const name of ['', '   ', 42, ['Buurtborrel'], { nl: 'Buurtborrel' }]) {
      const { event, problems } = parseEvent({ ...minimal, name });
      expect(event, JSON.stringify(name)).to.equal(undefined);
      expect(paths(problems)).to.deep.equal(['name']);
    }
    expect(problemAt(parseEvent({ ...minimal, name: ' ' }).problems, 'name')).to.include({ code: 'required' });
    expect(problemAt(parseEvent({ ...minimal, name: 42 }).problems, 'name')).to.include({ code: 'type', value: '42' });
  });

  it('needs a start date it can read', () => {
    const { event, problems } = parseEvent({ ...minimal, startDate: 'morgen' });
    expect(event).to.equal(undefined);
    expect(problems).to.deep.equal([
      {
        path: 'startDate',
        code: 'date',
        expected: 'ISO 8601 date',
        value: 'morgen',
        message: 'startDate: "morgen" is not an ISO 8601 date (expected e.g. 2019-01-29T16:00)',
      },
    ]);
    for (const startDate of [undefined, '29-01-2019', '2019-02-30', '2019-01-29T16:00 uur', 1548774000000]) {
      expect(parseEvent({ ...minimal, startDate }).event, String(startDate)).to.equal(undefined);
    }
  });

  it('reports every problem at once, not only the first', () => {
    expect(paths(parseEvent({ name: '', startDate: 'morgen', url: 'javascript:alert(1)' }).problems)).to.deep.equal([
      'name',
      'startDate',
      'url',
    ]);
  });
});

describe('parseEvent: partial data renders what it can', () => {
  it('drops each bad field with a problem and keeps the rest', () => {
    const { event, problems } = parseEvent({
      ...seed,
      endDate: 'later',
      status: 'gone',
      summary: 12,
      registration: { ...seed.registration, capacity: '40', remaining: -1, waitlist: 'yes', encoding: 'xml' },
    });
    expect(event!.name).to.equal(seed.name);
    expect(event!.program).to.deep.equal(seed.program);
    expect(event).not.to.have.any.keys('endDate', 'status', 'summary');
    expect(event!.registration).to.deep.equal({
      contact: 'Jitske Tiemersma',
      email: 'jitske@omziennaarelkaar.nl',
      deadline: '2019-01-25',
      limited: true,
    });
    expect(paths(problems)).to.have.members([
      'endDate',
      'status',
      'summary',
      'registration.capacity',
      'registration.remaining',
      'registration.waitlist',
      'registration.encoding',
    ]);
    expect(problemAt(problems, 'status')).to.include({ code: 'enum', expected: 'scheduled, cancelled, postponed, rescheduled, online' });
    expect(problemAt(problems, 'registration.capacity')).to.include({ code: 'type', value: '40' });
    expect(problemAt(problems, 'endDate')).to.include({ code: 'date', value: 'later' });
  });

  it('falls back to Amsterdam time when the time zone is unknown, and says so', () => {
    const { event, problems } = parseEvent({ ...minimal, timeZone: 'Europe/Utrecht' });
    expect(event).to.deep.equal(minimal);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: 'timeZone', code: 'timeZone', value: 'Europe/Utrecht' });
    expect(problems[0].message).to.contain('Europe/Amsterdam');
  });

  it('keeps events in other time zones', () => {
    for (const timeZone of ['America/New_York', 'Asia/Tokyo']) {
      expect(parseEvent({ ...minimal, timeZone })).to.deep.equal({ event: { ...minimal, timeZone }, problems: [] });
    }
  });

  it('drops list entries one by one', () => {
    const { event, problems } = parseEvent({ ...minimal, audience: ['expert', 42, null, 'wethouder'], location: { hosts: 'OSO' } });
    expect(event!.audience).to.deep.equal(['expert', 'wethouder']);
    expect(event!.location).to.deep.equal({});
    expect(paths(problems)).to.deep.equal(['location.hosts', 'audience[1]', 'audience[2]']);
  });

  it('drops programme items without a title or a readable start, and bad end times only', () => {
    const { event, problems } = parseEvent({
      ...minimal,
      program: [
        { start: '16:00', title: 'Welkom' },
        { start: '16.30', title: 'Pitches' },
        { start: '17:00', title: 'In gesprek', end: 'straks' },
        { start: '2019-01-30T09:00', end: '2019-01-30T10:00:00+01:00', title: 'Dag twee' },
        { start: '2019-01-30', title: 'Een datum is geen tijd' },
        { start: '18:15' },
        'Afsluiting',
      ],
    });
    expect(event!.program).to.deep.equal([
      { start: '16:00', title: 'Welkom' },
      { start: '17:00', title: 'In gesprek' },
      { start: '2019-01-30T09:00', end: '2019-01-30T10:00:00+01:00', title: 'Dag twee' },
    ]);
    expect(paths(problems)).to.deep.equal(['program[1].start', 'program[2].end', 'program[4].start', 'program[5].title', 'program[6]']);
    expect(problemAt(problems, 'program[1].start')!.message).to.equal(
      'program[1].start: "16.30" is not a time (expected e.g. 16:00 or 2019-01-29T16:00)',
    );
  });

  it('checks extra form questions, with labels per language', () => {
    const { event, problems } = parseEvent({
      ...minimal,
      registration: {
        fields: [
          { name: 'diet', label: { nl: 'Dieetwensen', en: 'Dietary needs', tr: 7 }, type: 'textarea', maxLength: 200 },
          { name: 'size', label: 'Maat', type: 'colour', options: ['S', { value: 'M', label: { nl: 'Middel' } }, { value: 'L' }, 3] },
          { name: 'noLabel' },
          { label: 'No name' },
          { name: 'count', label: 'Aantal', maxLength: 2.5, required: 'yes' },
        ],
      },
    });
    expect(event!.registration!.fields).to.deep.equal([
      { name: 'diet', label: { nl: 'Dieetwensen', en: 'Dietary needs' }, type: 'textarea', maxLength: 200 },
      { name: 'size', label: 'Maat', options: ['S', { value: 'M', label: { nl: 'Middel' } }] },
      { name: 'count', label: 'Aantal' },
    ]);
    expect(paths(problems)).to.deep.equal([
      'registration.fields[0].label.tr',
      'registration.fields[1].type',
      'registration.fields[1].options[2].label',
      'registration.fields[1].options[3]',
      'registration.fields[2].label',
      'registration.fields[3].name',
      'registration.fields[4].required',
      'registration.fields[4].maxLength',
    ]);
  });

  it('drops a choice without a usable option, which no visitor could answer, and names it', () => {
    const { event, problems } = parseEvent({
      ...minimal,
      registration: {
        fields: [
          { name: 'day', label: 'Dag', type: 'select' },
          { name: 'diet', label: 'Dieet', type: 'radio', options: [] },
          { name: 'size', label: 'Maat', type: 'radio', options: [3] },
          { name: 'agree', label: 'Akkoord', type: 'checkbox' },
          { name: 'room', label: 'Zaal', type: 'select', options: ['A'] },
        ],
      },
    });
    expect(event!.registration!.fields).to.deep.equal([
      { name: 'agree', label: 'Akkoord', type: 'checkbox' },
      { name: 'room', label: 'Zaal', type: 'select', options: ['A'] },
    ]);
    expect(paths(problems)).to.deep.equal(['registration.fields[0].options', 'registration.fields[1].options', 'registration.fields[2].options[0]', 'registration.fields[2].options']);
  });

  it('accepts description as text or as sections with a body', () => {
    expect(parseEvent({ ...minimal, description: 'Eerste alinea.\n\nTweede.' }).event!.description).to.equal('Eerste alinea.\n\nTweede.');
    const { event, problems } = parseEvent({ ...minimal, description: [{ heading: 'Doel', body: 'Samen.' }, { heading: 'Leeg' }] });
    expect(event!.description).to.deep.equal([{ heading: 'Doel', body: 'Samen.' }]);
    expect(paths(problems)).to.deep.equal(['description[1].body']);
    expect(paths(parseEvent({ ...minimal, description: { body: 'x' } }).problems)).to.deep.equal(['description']);
  });
});

describe('parseEvent: links and addresses', () => {
  const linkFields = (link: unknown) => ({
    ...minimal,
    url: link,
    image: link,
    location: { url: link },
    organizers: [{ name: 'DOCK', url: link }],
    registration: { endpoint: link, seatsSrc: link, privacyUrl: link },
  });
  const linkPaths = ['url', 'image', 'location.url', 'organizers[0].url', 'registration.endpoint', 'registration.seatsSrc', 'registration.privacyUrl'];

  it('keeps http(s) and relative links exactly as written', () => {
    for (const link of ['https://example.org/samenspel', 'http://localhost:8000/x', '/api/register', 'seats.json', '//cdn.example.org/a.jpg', '?event=1']) {
      expect(parseEvent(linkFields(link))).to.deep.equal({ event: linkFields(link), problems: [] });
    }
  });

  it('drops javascript:, data: and other schemes everywhere, with code url', () => {
    for (const link of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'mailto:x@example.org', '', 'http://[::1']) {
      const { event, problems } = parseEvent(linkFields(link));
      expect(event, link).to.deep.equal({ ...minimal, location: {}, organizers: [{ name: 'DOCK' }], registration: {} });
      expect(paths(problems), link).to.deep.equal(linkPaths);
      expect(problems.every((problem) => problem.code === 'url'), link).to.equal(true);
    }
  });

  it('keeps e-mail addresses that look like one', () => {
    const withEmail = (email: unknown) => ({ ...minimal, organizers: [{ name: 'Omzien naar Elkaar', email }], registration: { email } });
    expect(parseEvent(withEmail('jitske@omziennaarelkaar.nl')).problems).to.deep.equal([]);
    for (const email of ['jitske', 'jitske@', '@omziennaarelkaar.nl', 'jitske @omziennaarelkaar.nl', 'jitske@localhost', 42]) {
      const { event, problems } = parseEvent(withEmail(email));
      expect(event, String(email)).to.deep.equal({ ...minimal, organizers: [{ name: 'Omzien naar Elkaar' }], registration: {} });
      expect(paths(problems)).to.deep.equal(['organizers[0].email', 'registration.email']);
    }
  });

  it('keeps hostile text as plain text, untouched', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const event = {
      name: hostile,
      startDate: '2019-01-29',
      summary: '</script><script>alert(1)</script>',
      description: [{ heading: hostile, body: '{{constructor.constructor("alert(1)")()}}' }],
      program: [{ start: '16:00', title: hostile, speakers: ['"><svg onload=alert(1)>'] }],
      registration: { fields: [{ name: 'toString', label: { nl: hostile, en: '${alert(1)}' } }] },
    };
    expect(parseEvent(JSON.stringify(event))).to.deep.equal({ event, problems: [] });
  });

  it('does not let a __proto__ key reach any prototype', () => {
    const { event } = parseEvent(
      '{"name": "x", "startDate": "2019-01-29", "__proto__": {"polluted": 1}, "location": {"__proto__": {"polluted": 1}},' +
        ' "registration": {"fields": [{"name": "f", "label": {"__proto__": {"polluted": 1}, "nl": "Vraag"}}]}}',
    );
    const label = event!.registration!.fields![0].label as Record<string, string>;
    expect(label.nl).to.equal('Vraag');
    expect(Object.getPrototypeOf(label)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('shortens long offending values for the notice', () => {
    const problem = parseEvent({ ...minimal, endDate: 'x'.repeat(500) }).problems[0];
    expect(problem.value!.length).to.be.at.most(60);
    expect(problem.value!.endsWith('…')).to.equal(true);
    expect(problem.message.length).to.be.below(200);
  });
});

describe('parseEvent: never throws', () => {
  it('survives garbage in every field', () => {
    const garbage = [null, 0, -1, 1.5, NaN, true, '', 'x', [], [null], {}, { length: 3 }, [[[]]], () => 1, Symbol('x'), 10n];
    const fields = ['id', 'name', 'summary', 'description', 'startDate', 'endDate', 'timeZone', 'status', 'url', 'image', 'location', 'organizers', 'audience', 'program', 'registration'];
    for (const value of garbage) {
      for (const field of fields) {
        expect(() => parseEvent({ ...seed, [field]: value }), `${field}: ${String(value)}`).not.to.throw();
        expect(() => parseEvent({ ...seed, location: { [field]: value, address: value }, registration: { fields: [value, { name: 'x', label: value, options: value }] } })).not.to.throw();
      }
    }
  });

  it('survives cyclic and hostile objects', () => {
    const cyclic: Record<string, unknown> = { name: 'Kring' };
    cyclic.self = cyclic;
    cyclic.location = cyclic;
    cyclic.description = [cyclic];
    const { event, problems } = parseEvent({ ...cyclic, startDate: '2019-01-29' });
    expect(event!.name).to.equal('Kring');
    expect(paths(problems)).to.include('description[0].body');

    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
    expect(parseEvent(trap).event).to.equal(undefined);
    expect(parseEvent(trap).problems).to.have.length(1);
    expect(() => parseEvent({ ...minimal, location: trap, program: [trap] })).not.to.throw();
  });
});

describe('parseEvent: schema.org JSON-LD', () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'SocialEvent',
    name: 'Buurtborrel',
    startDate: '2019-01-29T16:00:00+01:00',
    location: { '@type': 'Place', name: 'Rosendael', address: { '@type': 'PostalAddress', addressLocality: 'Utrecht' } },
  };

  it('is recognised as object and as text, and converted', () => {
    const expected = {
      event: { name: 'Buurtborrel', startDate: '2019-01-29T16:00:00+01:00', location: { name: 'Rosendael', address: { addressLocality: 'Utrecht' } } },
      problems: [],
    };
    expect(parseEvent(jsonLd)).to.deep.equal(expected);
    expect(parseEvent(JSON.stringify(jsonLd))).to.deep.equal(expected);
    expect(parseEvent([{ '@context': 'https://schema.org', '@type': 'WebPage' }, jsonLd])).to.deep.equal(expected);
  });

  it('says so when the JSON-LD holds no event', () => {
    const { event, problems } = parseEvent({ '@context': 'https://schema.org', '@type': 'Organization', name: 'DOCK' });
    expect(event).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: '', code: 'jsonld' });
  });

  it('checks converted JSON-LD like any event data', () => {
    const { event, problems } = parseEvent({ ...jsonLd, url: 'javascript:alert(1)', startDate: 'morgen' });
    expect(event).to.equal(undefined);
    expect(paths(problems)).to.deep.equal(['startDate', 'url']);
  });
});
