import { expect } from '@open-wc/testing';
import { googleCalendarUrl, icsFileName, office365CalendarUrl, outlookCalendarUrl, toIcs } from '../../src/data/calendar.js';
import type { EventData } from '../../src/data/types.js';
import { loadSeed } from '../helpers.js';

/** 2025-01-15T12:00:00Z: when the visitor pressed the button. */
const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

// ---------------------------------------------------------------------------------------------
// A small, strict reader of what toIcs writes: the way a calendar would read it back.
// ---------------------------------------------------------------------------------------------

interface Property {
  name: string;
  params: Record<string, string>;
  /** The raw value, still escaped. */
  value: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The physical lines, after checking that every one ends in CRLF and none is too long. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const lines = ics.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    expect(line, 'a bare CR or LF').not.to.match(/[\r\n]/);
    expect(encoder.encode(line).length, `octets of: ${line}`).to.be.at.most(75);
    // Encoding a half of a surrogate pair gives U+FFFD, so a split character does not come back.
    expect(LONE_SURROGATE.test(line), `split character in: ${line}`).to.equal(false);
    expect(decoder.decode(encoder.encode(line))).to.equal(line);
  }
  return lines;
}

/** RFC 6868 parameter value escapes. */
const unescapeParam = (value: string) => value.replace(/\^(.)/g, (match, char: string) => ({ '^': '^', n: '\n', "'": '"' })[char] ?? match);

/** One content line: NAME *(;PARAM=VALUE) : VALUE, read strictly. */
function parseLine(line: string): Property {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0];
  if (!name) throw new Error(`no property name: ${line}`);
  let rest = line.slice(name.length);
  const params: Record<string, string> = {};
  while (rest.startsWith(';')) {
    const param = /^;([A-Za-z0-9-]+)=("[^"\p{Cc}]*"|[^";:,\p{Cc}]*)/u.exec(rest);
    if (!param) throw new Error(`bad parameter: ${rest}`);
    const [whole, key, raw] = param;
    params[key] = raw.startsWith('"') ? unescapeParam(raw.slice(1, -1)) : raw;
    rest = rest.slice(whole.length);
  }
  if (!rest.startsWith(':')) throw new Error(`no value: ${line}`);
  const value = rest.slice(1);
  if (/[^\P{Cc}\t]/u.test(value)) throw new Error(`control character in value: ${line}`);
  return { name, params, value };
}

/** RFC 5545 TEXT: only \\ \; \, \n \N may be escaped, and ; , must be. */
function unescapeText(value: string): string {
  return value.replace(/\\([\s\S]?)|[;,]/g, (match, escaped: string | undefined) => {
    if (escaped === undefined) throw new Error(`unescaped ${match} in ${value}`);
    if (escaped === 'n' || escaped === 'N') return '\n';
    if (escaped && '\\;,'.includes(escaped)) return escaped;
    throw new Error(`bad escape ${match} in ${value}`);
  });
}

interface Calendar {
  calendar: Property[];
  event: Property[];
  /** The one property of this name in the VEVENT (fails when there are more). */
  get(name: string): Property | undefined;
  /** The TEXT value of a VEVENT property, unescaped. */
  text(name: string): string | undefined;
}

/** Unfolds, splits into VCALENDAR and its one VEVENT, checking the nesting. */
function parseIcs(ics: string): Calendar {
  const properties = physicalLines(ics)
    .reduce<string[]>((lines, line) => {
      if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
      else lines.push(line);
      return lines;
    }, [])
    .map(parseLine);
  const values = (name: string) => properties.filter((property) => property.name === name).map((property) => property.value);
  expect(values('BEGIN')).to.deep.equal(['VCALENDAR', 'VEVENT']);
  expect(values('END')).to.deep.equal(['VEVENT', 'VCALENDAR']);
  expect(properties[0].value).to.equal('VCALENDAR');
  expect(properties.at(-1)!.value).to.equal('VCALENDAR');
  const begin = properties.findIndex((property) => property.value === 'VEVENT');
  const end = properties.findLastIndex((property) => property.value === 'VEVENT');
  const event = properties.slice(begin + 1, end);
  const get = (name: string) => {
    const found = event.filter((property) => property.name === name);
    expect(found.length, `number of ${name}`).to.be.at.most(1);
    return found[0];
  };
  const text = (name: string) => {
    const property = get(name);
    return property && unescapeText(property.value);
  };
  return { calendar: [...properties.slice(1, begin), ...properties.slice(end + 1, -1)], event, get, text };
}

/** An event with only what the test is about. */
const event = (fields: Partial<EventData>): EventData => ({ name: 'Buurtoverleg', startDate: '2025-05-20T19:30', ...fields });

// ---------------------------------------------------------------------------------------------

describe('calendar: the seed meeting as an .ics file', () => {
  let seed: EventData;
  let ics: string;
  let parsed: Calendar;
  beforeEach(async () => {
    seed = await loadSeed();
    ics = toIcs(seed, { now: NOW, programLabel: 'Programma' });
    parsed = parseIcs(ics);
  });

  it('is one published VEVENT in a Gregorian VCALENDAR 2.0', () => {
    const calendar = Object.fromEntries(parsed.calendar.map((property) => [property.name, property.value]));
    expect(calendar).to.deep.equal({
      VERSION: '2.0',
      PRODID: '-//Samenspel//Event Elements//EN',
      CALSCALE: 'GREGORIAN',
      METHOD: 'PUBLISH',
    });
    expect(parseIcs(toIcs(seed, { now: NOW, productId: '-//Gemeente Utrecht//Agenda//NL' })).calendar[1].value).to.equal(
      '-//Gemeente Utrecht//Agenda//NL',
    );
  });

  it('runs from 16:00 to 19:00 Amsterdam time, written in UTC', () => {
    expect(parsed.get('DTSTART')).to.deep.equal({ name: 'DTSTART', params: {}, value: '20190129T150000Z' });
    expect(parsed.get('DTEND')).to.deep.equal({ name: 'DTEND', params: {}, value: '20190129T180000Z' });
  });

  it('stamps the moment it was made, and keeps its UID from call to call', () => {
    expect(parsed.get('DTSTAMP')!.value).to.equal('20250115T120000Z');
    expect(parsed.text('UID')).to.equal('samenspel-in-de-wijk-2019-01-29@event-elements');
    const later = parseIcs(toIcs(seed, { now: NOW + 86_400_000 }));
    expect(later.text('UID')).to.equal(parsed.text('UID'));
    expect(later.get('DTSTAMP')!.value).to.equal('20250116T120000Z');
  });

  it('names the event and the place as the announcement does', () => {
    expect(parsed.text('SUMMARY')).to.equal('(Nieuw) samenspel in de wijk');
    expect(parsed.text('LOCATION')).to.equal('Rosendael, rode zaal, Indusdreef 5, Utrecht');
    expect(parsed.get('LOCATION')!.value).to.equal('Rosendael\\, rode zaal\\, Indusdreef 5\\, Utrecht');
  });

  it('describes the event: summary, sections with headings, then the programme with speakers', () => {
    const description = parsed.text('DESCRIPTION')!;
    const paragraphs = description.split('\n\n');
    expect(paragraphs[0]).to.equal(seed.summary);
    expect(paragraphs[1]).to.match(/^Versterken gemeenschapskracht\nEen groeiende groep bewoners/);
    expect(description).to.include('\n\nWaarom en doel bijeenkomst\nBewonersinitiatieven versterken de sociale basis');
    expect(paragraphs.at(-1)).to.equal(
      [
        'Programma',
        '16:00 Welkom en introductie',
        '16:30 Vier pitches van bewonerspraktijken',
        '17:00 In gesprek over wijkvisie',
        '18:15 Oogst en vervolgstappen — Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema, bestuurder/raad van advieslid Omzien naar Elkaar',
        '19:00 Afsluiting',
      ].join('\n'),
    );
    expect(parseIcs(toIcs(seed, { now: NOW })).text('DESCRIPTION')).to.include('\n\nProgramme\n16:00 Welkom en introductie');
  });

  it('is confirmed, organised by Omzien naar Elkaar, and has no URL because the seed has none', () => {
    expect(parsed.get('STATUS')!.value).to.equal('CONFIRMED');
    expect(parsed.get('ORGANIZER')).to.deep.equal({
      name: 'ORGANIZER',
      params: { CN: 'Omzien naar Elkaar' },
      value: 'mailto:jitske@omziennaarelkaar.nl',
    });
    expect(parsed.get('URL')).to.equal(undefined);
  });

  it('keeps every line within 75 octets and ends every line with CRLF', () => {
    expect(ics.split('\r\n').length).to.be.greaterThan(10);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    // The long description is folded, not cut: the first lines of it are exactly full.
    const lines = ics.split('\r\n');
    const first = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(new TextEncoder().encode(lines[first]).length).to.equal(75);
    expect(lines[first + 1]).to.match(/^ /);
  });

  it('is cancelled when the event is', () => {
    expect(parseIcs(toIcs({ ...seed, status: 'cancelled' }, { now: NOW })).get('STATUS')!.value).to.equal('CANCELLED');
    for (const status of ['scheduled', 'online', 'postponed', 'rescheduled'] as const) {
      expect(parseIcs(toIcs({ ...seed, status }, { now: NOW })).get('STATUS')!.value).to.equal('CONFIRMED');
    }
  });

  it('links to the event page, and says so in the description for calendars that drop URL', () => {
    const withPage = parseIcs(toIcs({ ...seed, url: 'https://omziennaarelkaar.nl/samenspel 2019' }, { now: NOW }));
    expect(withPage.get('URL')!.value).to.equal('https://omziennaarelkaar.nl/samenspel%202019');
    expect(withPage.text('DESCRIPTION')).to.match(/\n\nhttps:\/\/omziennaarelkaar\.nl\/samenspel%202019$/);
  });
});

describe('calendar: start and end across time zones and clock changes', () => {
  const times = (data: EventData) => {
    const parsed = parseIcs(toIcs(data, { now: NOW }));
    return [parsed.get('DTSTART')!.value, parsed.get('DTEND')!.value];
  };

  it('starts at 08:00 UTC on the last Sunday of March, after the clocks went forward', () => {
    expect(times(event({ startDate: '2025-03-30T10:00', endDate: '2025-03-30T12:00' }))).to.deep.equal([
      '20250330T080000Z',
      '20250330T100000Z',
    ]);
    // The night of the change is an hour shorter: 01:00–04:00 local is two real hours.
    expect(times(event({ startDate: '2025-03-30T01:00', endDate: '2025-03-30T04:00' }))).to.deep.equal([
      '20250330T000000Z',
      '20250330T020000Z',
    ]);
  });

  it('starts at 09:00 UTC on the last Sunday of October, after the clocks went back', () => {
    expect(times(event({ startDate: '2025-10-26T10:00', endDate: '2025-10-26T12:00' }))).to.deep.equal([
      '20251026T090000Z',
      '20251026T110000Z',
    ]);
    expect(times(event({ startDate: '2025-10-26T01:00', endDate: '2025-10-26T04:00' }))).to.deep.equal([
      '20251025T230000Z',
      '20251026T030000Z',
    ]);
  });

  it('reads times in the event’s own zone: New York and Tokyo', () => {
    expect(times(event({ startDate: '2025-07-04T18:00', endDate: '2025-07-04T21:00', timeZone: 'America/New_York' }))).to.deep.equal([
      '20250704T220000Z',
      '20250705T010000Z',
    ]);
    expect(times(event({ startDate: '2025-11-02T09:00', timeZone: 'America/New_York' }))).to.deep.equal([
      '20251102T140000Z',
      '20251102T160000Z',
    ]);
    expect(times(event({ startDate: '2019-01-29T16:00', endDate: '2019-01-29T19:00', timeZone: 'Asia/Tokyo' }))).to.deep.equal([
      '20190129T070000Z',
      '20190129T100000Z',
    ]);
  });

  it('takes a start with an offset as it is written', () => {
    expect(times(event({ startDate: '2019-01-29T16:00:00+01:00', endDate: '2019-01-29T19:00:00+01:00', timeZone: 'Asia/Tokyo' }))).to.deep.equal([
      '20190129T150000Z',
      '20190129T180000Z',
    ]);
  });

  it('without an end date: until the last programme time, else two hours', async () => {
    const seed = await loadSeed();
    delete seed.endDate;
    expect(times(seed)).to.deep.equal(['20190129T150000Z', '20190129T180000Z']);
    seed.program![4] = { start: '19:00', end: '19:30', title: 'Borrel' };
    expect(times(seed)).to.deep.equal(['20190129T150000Z', '20190129T183000Z']);
    delete seed.program;
    expect(times(seed)).to.deep.equal(['20190129T150000Z', '20190129T170000Z']);
    // An end before the start cannot be right either.
    expect(times(event({ startDate: '2025-05-20T19:30', endDate: '2025-05-20T18:00' }))).to.deep.equal([
      '20250520T173000Z',
      '20250520T193000Z',
    ]);
  });

  it('gives a date alone as an all-day event; its end date is the last day', () => {
    const allDay = (data: EventData) => {
      const parsed = parseIcs(toIcs(data, { now: NOW }));
      return [parsed.get('DTSTART'), parsed.get('DTEND')].map((property) => [property!.params, property!.value]);
    };
    const date = { VALUE: 'DATE' };
    expect(allDay(event({ startDate: '2025-06-01' }))).to.deep.equal([
      [date, '20250601'],
      [date, '20250602'],
    ]);
    expect(allDay(event({ startDate: '2025-06-01', endDate: '2025-06-02' }))).to.deep.equal([
      [date, '20250601'],
      [date, '20250603'],
    ]);
    expect(allDay(event({ startDate: '2025-12-31', program: [{ start: '2026-01-01T10:00', title: 'Nieuwjaarsduik' }] }))).to.deep.equal([
      [date, '20251231'],
      [date, '20260102'],
    ]);
  });

  it('writes programme times in the event’s zone, with the date when an item is on a later day', () => {
    const conference = event({
      startDate: '2025-10-25T09:00',
      endDate: '2025-10-26T17:00',
      timeZone: 'America/New_York',
      program: [
        { start: '09:00', end: '10:30', title: 'Opening', speakers: ['Ana Lima'] },
        { start: '2025-10-26T09:30', end: '2025-10-26T12:00', title: 'Werkplaatsen' },
      ],
    });
    const description = parseIcs(toIcs(conference, { now: NOW, programLabel: 'Programma' })).text('DESCRIPTION');
    expect(description).to.equal('Programma\n09:00–10:30 Opening — Ana Lima\n2025-10-26 09:30–12:00 Werkplaatsen');
  });
});

describe('calendar: text that could break the file stays text', () => {
  const multilingual =
    'Buurtgesprek over gemeenschapskracht en samenspel — İstanbul’da komşuluk: çay, sohbet ve dayanışma üzerine uzun bir buluşma — ' +
    'لقاء الجيران في الحي حول التضامن والعمل المشترك 👩🏽‍🤝‍👩🏻 ';

  it('folds long Dutch, Turkish and Arabic text between characters and unfolds it unchanged', () => {
    const name = multilingual.repeat(4);
    const ics = toIcs(event({ name, summary: name.slice(3), location: { name } }), { now: NOW });
    const parsed = parseIcs(ics);
    expect(parsed.text('SUMMARY')).to.equal(name);
    expect(parsed.text('LOCATION')).to.equal(name);
    expect(parsed.text('DESCRIPTION')).to.equal(name.slice(3));
    // Folding happened, and at a character boundary just under the limit.
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n');
    const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    const next = lines.findIndex((line, index) => index > first && !line.startsWith(' '));
    const summaryLines = lines.slice(first, next);
    expect(summaryLines.length).to.be.greaterThan(5);
    for (const line of summaryLines.slice(0, -1)) expect(encoder.encode(line).length).to.be.within(72, 75);
  });

  it('escapes backslash, semicolon, comma and newlines, and reads them back', () => {
    const name = 'Koffie; thee, en koek \\ of fruit\nTweede regel\r\nDerde\rVierde';
    const parsed = parseIcs(toIcs(event({ name }), { now: NOW }));
    expect(parsed.get('SUMMARY')!.value).to.equal('Koffie\\; thee\\, en koek \\\\ of fruit\\nTweede regel\\nDerde\\nVierde');
    expect(parsed.text('SUMMARY')).to.equal('Koffie; thee, en koek \\ of fruit\nTweede regel\nDerde\nVierde');
  });

  it('folds between escapes, never inside one', () => {
    const name = 'a,;\\'.repeat(100);
    const ics = toIcs(event({ name }), { now: NOW });
    expect(parseIcs(ics).text('SUMMARY')).to.equal(name);
    for (const line of ics.split('\r\n')) {
      expect(/\\*$/.exec(line)![0].length % 2, `line ends inside an escape: ${line}`).to.equal(0);
    }
  });

  it('lets no property or component be smuggled in', () => {
    const injection = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gratis bier\r\nATTENDEE:mailto:a@b.nl';
    const hostile = event({
      id: injection,
      name: injection,
      summary: `<script>alert(1)</script>${injection}\u0000\u0007\u001b[31m`,
      location: { name: injection, room: '"zaal"; 2', address: { streetAddress: injection } },
      url: 'javascript:alert(1)',
      organizers: [{ name: 'Eve "the" ^boss^\r\nATTENDEE:x: ; ,', email: 'eve@example.org\r\nATTENDEE:mailto:x@y.nl' }],
      program: [{ start: '19:30', title: injection, speakers: [injection] }],
    });
    const parsed = parseIcs(toIcs(hostile, { now: NOW }));
    expect(parsed.event.map((property) => property.name)).to.deep.equal([
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'LOCATION',
      'DESCRIPTION',
      'STATUS',
      'ORGANIZER',
    ]);
    expect(parsed.text('SUMMARY')).to.equal(injection.replace(/\r\n/g, '\n'));
    expect(parsed.text('UID')).to.equal(`${injection.replace(/\r\n/g, '\n')}@event-elements`);
    expect(parsed.text('DESCRIPTION')).to.match(/^<script>alert\(1\)<\/script>x\nEND:VEVENT\n.*\[31m\n\n/s);
    expect(parsed.get('ORGANIZER')!.params.CN).to.equal('Eve "the" ^boss^\nATTENDEE:x: ; ,');
    expect(parsed.get('ORGANIZER')!.value).to.equal('mailto:eve@example.org%0D%0AATTENDEE:mailto:x@y.nl');
  });

  it('only links to http(s) pages', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', '/relative/page', 'mailto:a@b.nl']) {
      expect(parseIcs(toIcs(event({ url }), { now: NOW })).get('URL'), url).to.equal(undefined);
    }
    expect(parseIcs(toIcs(event({ url: 'http://example.org/a?b=1;c=2' }), { now: NOW })).get('URL')!.value).to.equal(
      'http://example.org/a?b=1;c=2',
    );
  });

  it('names the registration contact as organiser when no organiser has an address, and none without any', () => {
    const byRegistration = event({ organizers: [{ name: 'DOCK' }], registration: { email: 'aanmelden@dock.nl', contact: 'Jitske Tiemersma' } });
    expect(parseIcs(toIcs(byRegistration, { now: NOW })).get('ORGANIZER')).to.deep.equal({
      name: 'ORGANIZER',
      params: { CN: 'Jitske Tiemersma' },
      value: 'mailto:aanmelden@dock.nl',
    });
    expect(parseIcs(toIcs(event({ registration: { email: 'a@b.nl' } }), { now: NOW })).get('ORGANIZER')).to.deep.equal({
      name: 'ORGANIZER',
      params: {},
      value: 'mailto:a@b.nl',
    });
    // Without anyone to name, the file is a plain RFC 5545 calendar: RFC 5546's PUBLISH requires an ORGANIZER.
    const nobody = parseIcs(toIcs(event({ organizers: [{ name: 'DOCK' }] }), { now: NOW }));
    expect(nobody.get('ORGANIZER')).to.equal(undefined);
    const method = (calendar: ReturnType<typeof parseIcs>) => calendar.calendar.find((property) => property.name === 'METHOD')?.value;
    expect(method(nobody)).to.equal(undefined);
    expect(method(parseIcs(toIcs(byRegistration, { now: NOW })))).to.equal('PUBLISH');
  });

  it('gives events without an id a UID from name and start that stays the same', () => {
    const uid = (data: EventData) => parseIcs(toIcs(data, { now: NOW })).text('UID')!;
    const first = uid(event({}));
    expect(first).to.match(/^[0-9a-f]{8}@event-elements$/);
    expect(uid(event({}))).to.equal(first);
    expect(uid(event({ startDate: '2025-05-21T19:30' }))).not.to.equal(first);
    expect(uid(event({ name: 'Buurtoverleg 2' }))).not.to.equal(first);
  });
});

describe('calendar: Google Calendar and Outlook links', () => {
  let seed: EventData;
  beforeEach(async () => {
    seed = await loadSeed();
  });

  it('opens Google Calendar with the seed from 15:00 to 18:00 UTC, shown in Amsterdam time', () => {
    const url = new URL(googleCalendarUrl(seed));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    const params = url.searchParams;
    expect(params.get('action')).to.equal('TEMPLATE');
    expect(params.get('text')).to.equal('(Nieuw) samenspel in de wijk');
    expect(params.get('dates')).to.equal('20190129T150000Z/20190129T180000Z');
    expect(params.get('ctz')).to.equal('Europe/Amsterdam');
    expect(params.get('location')).to.equal('Rosendael, rode zaal, Indusdreef 5, Utrecht');
    const details = params.get('details')!;
    expect(details.startsWith(`${seed.summary}\n\n16:00 Welkom en introductie\n16:30 Vier pitches`)).to.equal(true);
    expect(details).not.to.include('Versterken gemeenschapskracht');
    expect(details.length).to.be.lessThan(parseIcs(toIcs(seed, { now: NOW })).text('DESCRIPTION')!.length / 2);
    // Spaces travel as %20, which every calendar reads as a space.
    expect(googleCalendarUrl(seed)).not.to.include('+');
  });

  it('opens Outlook with the seed at 16:00–19:00 +01:00', () => {
    const url = new URL(outlookCalendarUrl(seed));
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    const params = url.searchParams;
    expect(params.get('path')).to.equal('/calendar/action/compose');
    expect(params.get('rru')).to.equal('addevent');
    expect(params.get('subject')).to.equal('(Nieuw) samenspel in de wijk');
    expect(params.get('startdt')).to.equal('2019-01-29T16:00:00+01:00');
    expect(params.get('enddt')).to.equal('2019-01-29T19:00:00+01:00');
    expect(params.get('allday')).to.equal(null);
    expect(params.get('location')).to.equal('Rosendael, rode zaal, Indusdreef 5, Utrecht');
    expect(params.get('body')).to.equal(new URL(googleCalendarUrl(seed)).searchParams.get('details'));
  });

  it('opens Outlook for work and school accounts (Microsoft 365) the same way, at outlook.office.com', () => {
    const url = new URL(office365CalendarUrl(seed));
    expect(url.origin + url.pathname).to.equal('https://outlook.office.com/calendar/0/deeplink/compose');
    expect([...url.searchParams]).to.deep.equal([...new URL(outlookCalendarUrl(seed)).searchParams]);
  });

  it('gives summer and winter offsets across the clock changes', () => {
    const outlook = (data: EventData) => new URL(outlookCalendarUrl(data)).searchParams;
    const march = outlook(event({ startDate: '2025-03-30T10:00' }));
    expect([march.get('startdt'), march.get('enddt')]).to.deep.equal(['2025-03-30T10:00:00+02:00', '2025-03-30T12:00:00+02:00']);
    const october = outlook(event({ startDate: '2025-10-26T10:00' }));
    expect([october.get('startdt'), october.get('enddt')]).to.deep.equal(['2025-10-26T10:00:00+01:00', '2025-10-26T12:00:00+01:00']);
    expect(new URL(googleCalendarUrl(event({ startDate: '2025-10-26T10:00' }))).searchParams.get('dates')).to.equal(
      '20251026T090000Z/20251026T110000Z',
    );
  });

  it('keeps New York and Tokyo events in their own zones', () => {
    const newYork = event({ name: 'Block party', startDate: '2025-07-04T18:00', endDate: '2025-07-04T21:00', timeZone: 'America/New_York' });
    const google = new URL(googleCalendarUrl(newYork)).searchParams;
    expect(google.get('dates')).to.equal('20250704T220000Z/20250705T010000Z');
    expect(google.get('ctz')).to.equal('America/New_York');
    const outlook = new URL(outlookCalendarUrl(newYork)).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt')]).to.deep.equal(['2025-07-04T18:00:00-04:00', '2025-07-04T21:00:00-04:00']);

    const tokyo = event({ name: '町内会', startDate: '2025-01-29T16:00', endDate: '2025-01-29T19:00', timeZone: 'Asia/Tokyo' });
    const googleTokyo = new URL(googleCalendarUrl(tokyo)).searchParams;
    expect(googleTokyo.get('text')).to.equal('町内会');
    expect(googleTokyo.get('dates')).to.equal('20250129T070000Z/20250129T100000Z');
    expect(googleTokyo.get('ctz')).to.equal('Asia/Tokyo');
    const outlookTokyo = new URL(outlookCalendarUrl(tokyo)).searchParams;
    expect(outlookTokyo.get('subject')).to.equal('町内会');
    expect([outlookTokyo.get('startdt'), outlookTokyo.get('enddt')]).to.deep.equal(['2025-01-29T16:00:00+09:00', '2025-01-29T19:00:00+09:00']);
  });

  it('gives all-day events as dates, the end exclusive', () => {
    const fair = event({ name: 'Buurtfeest', startDate: '2025-06-01', endDate: '2025-06-02' });
    expect(new URL(googleCalendarUrl(fair)).searchParams.get('dates')).to.equal('20250601/20250603');
    const outlook = new URL(outlookCalendarUrl(fair)).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).to.deep.equal(['2025-06-01', '2025-06-03', 'true']);
  });

  it('carries hostile text as text, and leaves out what is empty', () => {
    const name = 'A & B = C?#x+y\n<b>vet</b>';
    const google = new URL(googleCalendarUrl(event({ name, url: 'javascript:alert(1)' }))).searchParams;
    expect(google.get('text')).to.equal(name);
    expect([...google.keys()]).to.deep.equal(['action', 'text', 'dates', 'ctz']);
    const outlook = new URL(outlookCalendarUrl(event({ name }))).searchParams;
    expect(outlook.get('subject')).to.equal(name);
    expect([...outlook.keys()]).to.deep.equal(['path', 'rru', 'subject', 'startdt', 'enddt']);
  });

  it('puts the event page in the details, and the description’s opening when there is no summary', () => {
    const details = new URL(
      googleCalendarUrl(event({ url: 'https://example.org/buurt', description: 'Eerste alinea.\n\nTweede alinea.' })),
    ).searchParams.get('details');
    expect(details).to.equal('Eerste alinea.\n\nhttps://example.org/buurt');
  });
});

describe('calendar: the download’s file name', () => {
  it('is the event’s name made safe', async () => {
    expect(icsFileName(await loadSeed())).to.equal('Nieuw-samenspel-in-de-wijk.ics');
    expect(icsFileName(event({ name: '../../etc/passwd' }))).to.equal('etc-passwd.ics');
    expect(icsFileName(event({ name: 'CON: <a>|"b"?*\u202Egpj.exe' }))).to.equal('CON-a-b-gpj-exe.ics');
    expect(icsFileName(event({ name: 'Buluşma İstanbul’da' }))).to.equal('Buluşma-İstanbul-da.ics');
    expect(icsFileName(event({ name: 'لقاء الجيران' }))).to.equal('لقاء-الجيران.ics');
    expect(icsFileName(event({ name: '???' }))).to.equal('event.ics');
    expect(icsFileName(event({ name: 'x'.repeat(200) }))).to.equal(`${'x'.repeat(60)}.ics`);
  });
});
