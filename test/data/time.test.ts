import { expect } from '@open-wc/testing';
import {
  eventEnd,
  formatDate,
  formatTime,
  formatTimeRange,
  isTimeOfDay,
  isValidTimeZone,
  localDateKey,
  parseIso,
  toInstant,
  toIsoWithOffset,
  toLocalIso,
} from '../../src/data/time.js';

const AMSTERDAM = 'Europe/Amsterdam';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const DUTCH_CLOCK = { separator: '.', suffix: ' uur' };

/** Intl separates with thin and narrow no-break spaces; people read them as spaces. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

/** The instant of a wall-clock time, as a UTC string a reader can check. */
const utc = (value: string, timeZone: string, baseDate?: string) => {
  const instant = toInstant(value, timeZone, baseDate);
  return instant === undefined ? undefined : new Date(instant).toISOString();
};

const start = toInstant('2019-01-29T16:00', AMSTERDAM)!;
const end = toInstant('2019-01-29T19:00', AMSTERDAM)!;

describe('time: the seed meeting in Utrecht, 29 January 2019, 16.00–19.00', () => {
  it('starts at 15:00 UTC, written with its winter offset', () => {
    expect(new Date(start).toISOString()).to.equal('2019-01-29T15:00:00.000Z');
    expect(toIsoWithOffset(start, AMSTERDAM)).to.equal('2019-01-29T16:00:00+01:00');
    expect(toLocalIso(start, AMSTERDAM)).to.equal('2019-01-29T16:00');
  });

  it('places programme times of day on the event date', () => {
    expect(utc('18:15', AMSTERDAM, '2019-01-29T16:00')).to.equal('2019-01-29T17:15:00.000Z');
    // A start date written in New York time is already the 30th in Amsterdam.
    expect(utc('09:00', AMSTERDAM, '2019-01-29T23:30:00-05:00')).to.equal('2019-01-30T08:00:00.000Z');
    expect(toInstant('18:15', AMSTERDAM)).to.equal(undefined);
    expect(toInstant('18:15', AMSTERDAM, 'morgen')).to.equal(undefined);
  });

  it('reads a deadline date alone as 00:00 that day in Amsterdam', () => {
    expect(utc('2019-01-25', AMSTERDAM)).to.equal('2019-01-24T23:00:00.000Z');
  });

  it('takes times with Z or an offset as absolute, whatever the event time zone', () => {
    for (const timeZone of [AMSTERDAM, NEW_YORK, TOKYO]) {
      expect(utc('2019-01-29T15:00:00.000Z', timeZone)).to.equal('2019-01-29T15:00:00.000Z');
      expect(utc('2019-01-29T16:00+01:00', timeZone)).to.equal('2019-01-29T15:00:00.000Z');
      expect(utc('2019-01-29T10:00:00-05:00', timeZone)).to.equal('2019-01-29T15:00:00.000Z');
    }
  });

  it('says the date in Dutch and English', () => {
    expect(formatDate(start, 'nl', AMSTERDAM)).to.equal('dinsdag 29 januari 2019');
    expect(formatDate(start, 'en', AMSTERDAM)).to.equal('Tuesday, January 29, 2019');
    const deadline = toInstant('2019-01-25', AMSTERDAM)!;
    expect(formatDate(deadline, 'nl', AMSTERDAM, { weekday: false, year: false })).to.equal('25 januari');
    expect(formatDate(deadline, 'nl', AMSTERDAM, { weekday: false })).to.equal('25 januari 2019');
  });

  it('says the time the Dutch government way, and the English way per locale', () => {
    expect(formatTime(start, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal('16.00 uur');
    expect(formatTime(toInstant('2019-01-29T09:05', AMSTERDAM)!, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal('9.05 uur');
    expect(spaced(formatTime(start, 'en', AMSTERDAM))).to.equal('4:00 PM');
    expect(formatTime(start, 'en-GB', AMSTERDAM)).to.equal('16:00');
  });

  it('gives the time range with the suffix once', () => {
    expect(formatTimeRange(start, end, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal('16.00 – 19.00 uur');
    expect(spaced(formatTimeRange(start, end, 'en', AMSTERDAM))).to.equal('4:00 – 7:00 PM');
  });

  it('writes both dates when the range runs into the next day', () => {
    const nextNoon = toInstant('2019-01-30T12:00', AMSTERDAM)!;
    expect(formatTimeRange(start, nextNoon, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal(
      'dinsdag 29 januari 2019 16.00 uur – woensdag 30 januari 2019 12.00 uur',
    );
    const english = spaced(formatTimeRange(start, nextNoon, 'en', AMSTERDAM));
    expect(english).to.contain('Tuesday, January 29, 2019').and.contain('Wednesday, January 30, 2019').and.contain('4:00 PM');
    // 23:00 UTC is already the next day in Amsterdam: the local date decides.
    const lateNight = toInstant('2019-01-29T22:00', AMSTERDAM)!;
    const afterMidnight = toInstant('2019-01-30T01:00', AMSTERDAM)!;
    expect(formatTimeRange(lateNight, afterMidnight, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal(
      'dinsdag 29 januari 2019 22.00 uur – woensdag 30 januari 2019 1.00 uur',
    );
  });

  it('still writes a range whose end an editor put before its start', () => {
    expect(formatTimeRange(end, start, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal('19.00 – 16.00 uur');
    expect(spaced(formatTimeRange(end, start, 'en', AMSTERDAM))).to.match(/7:00.*4:00/);
  });

  it('groups by the local date', () => {
    expect(localDateKey(start, AMSTERDAM)).to.equal('2019-01-29');
    expect(localDateKey(Date.parse('2019-01-29T23:30:00Z'), AMSTERDAM)).to.equal('2019-01-30');
    expect(localDateKey(start, TOKYO)).to.equal('2019-01-30');
  });
});

describe('time: summer time in Amsterdam', () => {
  it('gives summer dates the +02:00 offset', () => {
    expect(toIsoWithOffset(toInstant('2019-07-02T16:00', AMSTERDAM)!, AMSTERDAM)).to.equal('2019-07-02T16:00:00+02:00');
  });

  it('keeps 16.00 at 16.00 on the days the clocks change', () => {
    expect(utc('16:00', AMSTERDAM, '2025-03-30')).to.equal('2025-03-30T14:00:00.000Z');
    expect(utc('16:00', AMSTERDAM, '2025-10-26')).to.equal('2025-10-26T15:00:00.000Z');
  });

  it('reads 02:30 on the last Sunday of March, an hour that does not exist, as 03:30 summer time', () => {
    expect(utc('2025-03-30T01:59', AMSTERDAM)).to.equal('2025-03-30T00:59:00.000Z');
    expect(utc('2025-03-30T02:30', AMSTERDAM)).to.equal('2025-03-30T01:30:00.000Z');
    expect(toIsoWithOffset(toInstant('2025-03-30T02:30', AMSTERDAM)!, AMSTERDAM)).to.equal('2025-03-30T03:30:00+02:00');
    expect(utc('2025-03-30T03:00', AMSTERDAM)).to.equal('2025-03-30T01:00:00.000Z');
  });

  it('reads 02:30 on the last Sunday of October, an hour that happens twice, as the first one', () => {
    expect(utc('2025-10-26T02:30', AMSTERDAM)).to.equal('2025-10-26T00:30:00.000Z');
    expect(utc('2025-10-26T03:00', AMSTERDAM)).to.equal('2025-10-26T02:00:00.000Z');
    // Both occurrences are written with their own offset.
    expect(toIsoWithOffset(Date.parse('2025-10-26T00:30:00Z'), AMSTERDAM)).to.equal('2025-10-26T02:30:00+02:00');
    expect(toIsoWithOffset(Date.parse('2025-10-26T01:30:00Z'), AMSTERDAM)).to.equal('2025-10-26T02:30:00+01:00');
  });
});

describe('time: events elsewhere', () => {
  it('puts a New York evening at its own UTC time, also in the spring-forward gap', () => {
    expect(utc('2019-01-29T16:00', NEW_YORK)).to.equal('2019-01-29T21:00:00.000Z');
    expect(toIsoWithOffset(toInstant('2019-07-02T16:00', NEW_YORK)!, NEW_YORK)).to.equal('2019-07-02T16:00:00-04:00');
    expect(utc('2025-03-09T02:30', NEW_YORK)).to.equal('2025-03-09T07:30:00.000Z');
    expect(utc('2025-11-02T01:30', NEW_YORK)).to.equal('2025-11-02T05:30:00.000Z');
  });

  it('shows a Tokyo event in Tokyo time, in any language', () => {
    const tokyoStart = toInstant('2019-01-29T16:00', TOKYO)!;
    expect(new Date(tokyoStart).toISOString()).to.equal('2019-01-29T07:00:00.000Z');
    expect(toIsoWithOffset(tokyoStart, TOKYO)).to.equal('2019-01-29T16:00:00+09:00');
    expect(formatTime(tokyoStart, 'nl', TOKYO, DUTCH_CLOCK)).to.equal('16.00 uur');
    expect(formatDate(tokyoStart, 'en', TOKYO)).to.equal('Tuesday, January 29, 2019');
    // The same instant is still morning in Amsterdam.
    expect(formatTime(tokyoStart, 'nl', AMSTERDAM, DUTCH_CLOCK)).to.equal('8.00 uur');
  });

  it('keeps seconds and milliseconds when there are any', () => {
    expect(toLocalIso(Date.parse('2019-01-29T15:00:30Z'), AMSTERDAM)).to.equal('2019-01-29T16:00:30');
    expect(toIsoWithOffset(Date.parse('2019-01-29T15:00:00.250Z'), AMSTERDAM)).to.equal('2019-01-29T16:00:00.250+01:00');
    expect(utc('2019-01-29T16:00:00.250', AMSTERDAM)).to.equal('2019-01-29T15:00:00.250Z');
  });

  it('writes UTC with +00:00', () => {
    expect(toIsoWithOffset(Date.parse('2019-01-29T15:00:00Z'), 'UTC')).to.equal('2019-01-29T15:00:00+00:00');
  });
});

describe('time: reading ISO 8601 strictly', () => {
  it('reads dates, times, seconds, fractions and offsets', () => {
    expect(parseIso('2019-01-29')).to.deep.include({ year: 2019, month: 1, day: 29, hasTime: false, offset: undefined });
    expect(parseIso('2019-01-29T16:00')).to.deep.include({ hour: 16, minute: 0, hasTime: true, offset: undefined });
    expect(parseIso('2019-01-29T16:00:30.5Z')).to.deep.include({ second: 30, millisecond: 500, offset: 0 });
    expect(parseIso('2019-01-29T16:00-05:30')).to.deep.include({ offset: -330 });
    expect(parseIso('2020-02-29')).to.deep.include({ month: 2, day: 29 });
  });

  it('rejects what is not a real date or not ISO 8601', () => {
    for (const value of [
      'morgen',
      '',
      '2019-02-30',
      '2019-02-29',
      '2100-02-29',
      '2019-13-01',
      '2019-00-10',
      '2019-01-00',
      '2019-04-31',
      '2019-01-29T24:00',
      '2019-01-29T16:60',
      '2019-01-29T16:00:60',
      '2019-01-29 16:00',
      '2019-01-29T16',
      '2019-1-29',
      '29-01-2019',
      '2019-01-29T16:00+1:00',
      '2019-01-29T16:00+24:00',
      '2019-01-29T16:00+01:60',
      '2019-01-25+01:00',
      '2019-01-29T16:00Z ',
    ]) {
      expect(parseIso(value), value).to.equal(undefined);
      expect(toInstant(value, AMSTERDAM), value).to.equal(undefined);
    }
  });

  it('knows times of day and time zones', () => {
    expect(['16:00', '00:00', '23:59'].every(isTimeOfDay)).to.equal(true);
    expect(['24:00', '16:60', '4:00', '16.00', '16:00:00'].some(isTimeOfDay)).to.equal(false);
    expect([AMSTERDAM, NEW_YORK, TOKYO, 'UTC'].every(isValidTimeZone)).to.equal(true);
    expect(['Mars/Base', 'Europe/Amsterdamm', '', 'CET+'].some(isValidTimeZone)).to.equal(false);
  });
});

describe('time: when an event is over (docs/protocol.md, "Past events")', () => {
  const over = (event: Parameters<typeof eventEnd>[0]) => {
    const instant = eventEnd(event);
    return instant === undefined ? undefined : new Date(instant).toISOString();
  };

  it('at its endDate, a date-time in the event\'s time zone', () => {
    expect(over({ startDate: '2019-01-29T16:00', endDate: '2019-01-29T19:00' })).to.equal('2019-01-29T18:00:00.000Z');
    expect(over({ startDate: '2019-01-29T16:00', endDate: '2019-01-29T19:00', timeZone: TOKYO })).to.equal('2019-01-29T10:00:00.000Z');
    expect(over({ startDate: '2019-01-29T16:00', endDate: '2019-01-29T19:00:00+01:00' })).to.equal('2019-01-29T18:00:00.000Z');
  });

  it('at midnight after a date-only endDate: the last day counts whole', () => {
    expect(over({ startDate: '2019-03-01', endDate: '2019-03-02' })).to.equal('2019-03-02T23:00:00.000Z');
  });

  it('without an end, at midnight after its day, or after its latest programme time', () => {
    expect(over({ startDate: '2019-01-29T16:00' })).to.equal('2019-01-29T23:00:00.000Z');
    expect(over({ startDate: '2019-01-29' })).to.equal('2019-01-29T23:00:00.000Z');
    expect(over({ startDate: '2019-06-01T18:00', timeZone: NEW_YORK })).to.equal('2019-06-02T04:00:00.000Z');
    const program = [
      { start: '2019-03-27T09:30', title: 'Opening' },
      { start: '2019-03-28T10:00', title: 'Oogst' },
    ];
    expect(over({ startDate: '2019-03-27T09:30', program })).to.equal('2019-03-28T23:00:00.000Z');
  });

  it('an endDate not after the start is a typo: the day rule applies', () => {
    expect(over({ startDate: '2019-01-29T16:00', endDate: '2019-01-29T15:00' })).to.equal('2019-01-29T23:00:00.000Z');
  });

  it('midnight on the night clocks go back is still the start of the next day', () => {
    expect(over({ startDate: '2019-10-26T20:00' })).to.equal('2019-10-26T22:00:00.000Z');
    expect(over({ startDate: '2019-10-27T20:00' })).to.equal('2019-10-27T23:00:00.000Z');
  });

  it('cannot say for a start it cannot read', () => {
    expect(over({ startDate: 'morgen' })).to.equal(undefined);
  });
});
