import { expect } from '@open-wc/testing';
import { availability, nextSeatBoundary, seatFactsOf, seatState } from '../../src/data/seats.js';
import type { EventData } from '../../src/data/types.js';

/** 1 June 2099, 18.00–21.00 in Amsterdam (summer time: 16.00–19.00 UTC), sign-ups until 12.00 that day. */
const evening: EventData = {
  name: 'Buurtmaaltijd',
  startDate: '2099-06-01T18:00',
  endDate: '2099-06-01T21:00',
  registration: { capacity: 40, remaining: 12, deadline: '2099-06-01T12:00' },
};
const at = (utc: string) => Date.parse(utc);

describe('seat states over an event\'s day (docs/protocol.md, "Seat states", "Past events")', () => {
  it('open, then closed at the deadline, then past at the end', () => {
    const facts = seatFactsOf(evening);
    expect(seatState(facts, at('2099-06-01T09:59Z'))).to.equal('open');
    expect(seatState(facts, at('2099-06-01T10:00Z'))).to.equal('closed');
    expect(seatState(facts, at('2099-06-01T18:59Z'))).to.equal('closed');
    expect(seatState(facts, at('2099-06-01T19:00Z'))).to.equal('past');
    expect(availability(facts, at('2099-06-01T19:00Z'))).to.equal('past');
  });

  it('past outranks full and closed by the organiser; cancelled outranks past; a postponed event is never past', () => {
    const after = at('2099-06-02T12:00Z');
    expect(seatState(seatFactsOf(evening, { remaining: 0, closed: true }), after)).to.equal('past');
    expect(seatState(seatFactsOf({ ...evening, status: 'cancelled' }), after)).to.equal('cancelled');
    expect(seatState(seatFactsOf({ ...evening, status: 'postponed' }), after)).to.equal('closed');
  });

  it('wakes a page at the deadline, then at the end, then never again', () => {
    const facts = seatFactsOf(evening);
    expect(nextSeatBoundary(facts, at('2099-06-01T08:00Z'))).to.equal(at('2099-06-01T10:00Z'));
    expect(nextSeatBoundary(facts, at('2099-06-01T10:00Z'))).to.equal(at('2099-06-01T19:00Z'));
    expect(nextSeatBoundary(facts, at('2099-06-01T19:00Z'))).to.equal(undefined);
  });
});
