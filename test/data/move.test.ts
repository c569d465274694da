import { expect } from '@open-wc/testing';
import { moveEventToFuture } from '../../src/data/move.js';
import { formatDate, toInstant, toIsoWithOffset } from '../../src/data/time.js';
import type { EventData } from '../../src/data/types.js';

let seed: EventData;
before(async () => {
  seed = await (await fetch('/test/fixtures/samenspel-2019.event.json')).json();
});

const AMSTERDAM = 'Europe/Amsterdam';
const DAY = 86_400_000;
const now = Date.parse('2025-06-01T10:00:00Z');

describe('moveEventToFuture: the demo always shows an upcoming meeting', () => {
  it('moves the seed to a Tuesday at least four weeks ahead, 16.00 as before', () => {
    const moved = moveEventToFuture(seed, now);
    expect(moved.startDate).to.equal('2025-07-01T16:00');
    expect(moved.endDate).to.equal('2025-07-01T19:00');
    expect(formatDate(toInstant(moved.startDate, AMSTERDAM)!, 'nl', AMSTERDAM)).to.equal('dinsdag 1 juli 2025');
    expect(toInstant(moved.startDate, AMSTERDAM)! - now).to.be.at.least(28 * DAY);
  });

  it('moves the deadline along, so registration is open, and leaves the rest alone', () => {
    const moved = moveEventToFuture(seed, now);
    expect(moved.registration!.deadline).to.equal('2025-06-27');
    expect(formatDate(toInstant(moved.registration!.deadline!, AMSTERDAM)!, 'nl', AMSTERDAM)).to.equal('vrijdag 27 juni 2025');
    expect(moved.program).to.deep.equal(seed.program);
    const { startDate, endDate, registration, ...rest } = moved;
    const { startDate: _s, endDate: _e, registration: original, ...seedRest } = seed;
    expect(rest).to.deep.equal(seedRest);
    expect({ ...registration, deadline: original!.deadline }).to.deep.equal(original);
    expect([startDate, endDate]).to.deep.equal(['2025-07-01T16:00', '2025-07-01T19:00']);
  });

  it('returns a copy and leaves the original untouched', () => {
    const before = JSON.stringify(seed);
    const moved = moveEventToFuture(seed, now);
    moved.program![0].title = 'changed';
    expect(JSON.stringify(seed)).to.equal(before);
  });

  it('leaves an event that is far enough ahead where it is', () => {
    const moved = moveEventToFuture(seed, Date.parse('2018-12-01T00:00:00Z'));
    expect(moved).to.deep.equal(seed);
    expect(moved).not.to.equal(seed);
    expect(moveEventToFuture(seed, Date.parse('2018-12-01T00:00:00Z'), 60).startDate).to.equal('2019-02-05T16:00');
  });

  it('keeps the wall-clock time when times with an offset move into summer time', () => {
    const winter: EventData = {
      name: 'Winteravond',
      startDate: '2025-01-07T16:00:00+01:00',
      endDate: '2025-01-07T19:00:00.000Z',
      timeZone: AMSTERDAM,
      program: [
        { start: '16:00', title: 'Welkom' },
        { start: '2025-01-08T10:00', title: 'Dag twee' },
        { start: '2025-01-08T12:00:00+01:00', end: '2025-01-08T13:00:00+01:00', title: 'Lunch' },
      ],
      registration: { opens: '2024-12-01', deadline: '2025-01-06T12:00' },
    };
    const moved = moveEventToFuture(winter, now);
    expect(moved.startDate).to.equal('2025-07-01T16:00:00+02:00');
    expect(moved.endDate).to.equal('2025-07-01T20:00:00+02:00');
    expect(moved.program!.map((item) => [item.start, item.end])).to.deep.equal([
      ['16:00', undefined],
      ['2025-07-02T10:00', undefined],
      ['2025-07-02T12:00:00+02:00', '2025-07-02T13:00:00+02:00'],
    ]);
    expect(moved.registration).to.deep.equal({ opens: '2025-05-25', deadline: '2025-06-30T12:00' });
  });

  it('adds a week when summer time would leave it an hour short', () => {
    // 28 days after a winter 16:00 is a summer 16:00, which comes one hour earlier in UTC.
    const start = '2025-03-04T16:00';
    const moved = moveEventToFuture({ name: 'Voorjaar', startDate: start }, toInstant(start, AMSTERDAM)!);
    expect(moved.startDate).to.equal('2025-04-08T16:00');
  });

  it('moves New York events in New York time', () => {
    const event: EventData = { name: 'Town hall', startDate: '2025-01-07T18:00:00-05:00', timeZone: 'America/New_York' };
    const moved = moveEventToFuture(event, now);
    expect(moved.startDate).to.equal('2025-07-01T18:00:00-04:00');
    expect(toIsoWithOffset(toInstant(moved.startDate, 'UTC')!, 'America/New_York')).to.equal(moved.startDate);
  });

  it('returns an event with an unreadable start unchanged', () => {
    const broken = { name: 'x', startDate: 'morgen' };
    expect(moveEventToFuture(broken, now)).to.deep.equal(broken);
  });
});
