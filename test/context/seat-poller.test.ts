import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { joinSeatPoll } from '../../src/context/seat-poller.js';
import { liveSeats, watchSeats, type LiveSeats } from '../../src/context/seat-store.js';
import { until } from '../helpers.js';
import { endpointLog, newEndpointId, scriptEndpoint, seatsUrl, setSeats, type EndpointStep } from '../server/endpoint.js';

describe('joinSeatPoll: live seats for every element of an event', () => {
  let clock: sinon.SinonFakeTimers;
  let visibility: DocumentVisibilityState;
  let leaves: (() => void)[];

  /** A badge (or form) of the event joins the poll; every join is left after the test. */
  function join(eventKey: string, intervalSeconds: number, url = seatsUrl(eventKey)): () => void {
    const leave = joinSeatPoll(eventKey, url, intervalSeconds);
    leaves.push(leave);
    return leave;
  }

  /** The visitor switches tabs (hidden) or comes back (visible). */
  function setVisibility(state: DocumentVisibilityState): void {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  }

  const requests = async (id: string) => (await endpointLog(id, 'seats')).length;

  /** While a request is out, the poll holds no timer; once the answer is handled it holds exactly one. */
  const answerHandled = () => until(() => clock.countTimers() === 1, 'the answer to be handled and the next poll scheduled');

  /** Runs the fake clock to the next poll, waits for its answer, and says how long the poll waited. */
  async function nextPoll(): Promise<number> {
    const from = clock.now;
    await clock.nextAsync();
    await answerHandled();
    return clock.now - from;
  }

  /** A fresh event whose endpoint serves `seats` (and follows `steps`, when given). */
  async function newEvent(seats: unknown, steps?: EndpointStep[]): Promise<string> {
    const id = newEndpointId('poll');
    await setSeats(id, seats);
    if (steps) await scriptEndpoint(id, steps, 'seats');
    return id;
  }

  beforeEach(() => {
    visibility = 'visible';
    leaves = [];
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    // Only the poll's clock is fake; fetch and the test server run in real time.
    clock = sinon.useFakeTimers({ now: new Date('2019-01-29T15:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => {
    leaves.forEach((leave) => leave());
    clock.restore();
    sinon.restore();
    delete (document as { visibilityState?: unknown }).visibilityState; // back to the real getter
  });

  it('asks at once and puts the answer in the store; a watcher hears it once', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12, waitlist: false, closed: false });
    const heard: LiveSeats[] = [];
    leaves.push(watchSeats(id, (seats) => heard.push(seats)));

    join(id, 60);
    await answerHandled();

    const expected = { capacity: 40, remaining: 12, waitlist: false, closed: false, stale: false };
    expect(liveSeats(id)).to.deep.equal(expected);
    expect(heard).to.deep.equal([expected]);

    // The same answer again is no news.
    expect(await nextPoll()).to.equal(60_000);
    expect(await requests(id)).to.equal(2);
    expect(heard).to.have.length(1);
  });

  it('asks again every interval, and a change on the server reaches the store', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 });
    join(id, 10);
    await answerHandled();

    await clock.tickAsync(9_999);
    expect(clock.countTimers(), 'no request before the interval is up').to.equal(1);
    expect(await requests(id)).to.equal(1);

    await setSeats(id, { capacity: 40, remaining: 11 });
    await clock.tickAsync(1);
    await answerHandled();
    expect(await requests(id)).to.equal(2);
    expect(liveSeats(id).remaining).to.equal(11);

    expect(await nextPoll()).to.equal(10_000);
    expect(await requests(id)).to.equal(3);
  });

  it('a badge and a form of one event share one poll, at the shorter interval of the two', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 });
    join(id, 30); // the badge in the sidebar
    const leaveForm = join(id, 10); // the form in the main column
    await answerHandled();
    expect(await requests(id), 'one first request, not one per element').to.equal(1);

    expect(await nextPoll()).to.equal(10_000);
    expect(await nextPoll()).to.equal(10_000);
    expect(await requests(id), 'one request per tick').to.equal(3);

    // With the form gone, the badge's own interval applies again.
    leaveForm();
    await clock.tickAsync(29_999);
    expect(clock.countTimers()).to.equal(1);
    expect(await requests(id)).to.equal(3);
    await clock.tickAsync(1);
    await answerHandled();
    expect(await requests(id)).to.equal(4);
  });

  it('polls of different events (or URLs) are separate', async () => {
    const first = await newEvent({ remaining: 1 });
    const second = await newEvent({ remaining: 2 });
    join(first, 10);
    join(second, 10);
    await until(() => liveSeats(first).remaining === 1 && liveSeats(second).remaining === 2, 'both answers');
    expect([await requests(first), await requests(second)]).to.deep.equal([1, 1]);
    expect(clock.countTimers()).to.equal(2);
  });

  it('stops when the last element leaves: no more requests, no timers left', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 });
    const leaveBadge = join(id, 10);
    const leaveForm = join(id, 10);
    await answerHandled();

    leaveBadge();
    leaveBadge(); // twice by mistake: must not take the form's place away
    expect(await nextPoll(), 'the form still polls').to.equal(10_000);

    leaveForm();
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(10 * 60_000);
    expect(await requests(id)).to.equal(2);
  });

  it('leaving while a request is out aborts it', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 }, [{ status: 200, delay: 3000 }]);
    const abort = sinon.spy(AbortController.prototype, 'abort');
    const leave = join(id, 10);
    await until(async () => (await requests(id)) === 1, 'the request to arrive');

    leave();
    expect(abort.callCount).to.equal(1);
    expect(clock.countTimers()).to.equal(0);
  });

  it('does not ask while the page is hidden, and asks at once on return when a poll is due', async () => {
    visibility = 'hidden';
    const id = await newEvent({ capacity: 40, remaining: 12 });
    join(id, 10);
    await clock.tickAsync(60_000);
    expect(clock.countTimers()).to.equal(0);
    expect(await requests(id), 'hidden from the start: nothing asked').to.equal(0);

    setVisibility('visible');
    await answerHandled();
    expect(await requests(id)).to.equal(1);
    expect(liveSeats(id).remaining).to.equal(12);

    setVisibility('hidden');
    expect(clock.countTimers(), 'the timer is cleared while hidden').to.equal(0);
    await clock.tickAsync(5 * 60_000);
    expect(await requests(id)).to.equal(1);

    setVisibility('visible');
    await answerHandled();
    expect(await requests(id), 'overdue: asked at once').to.equal(2);
  });

  it('coming back before a poll is due waits for the rest of the interval', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 });
    join(id, 10);
    await answerHandled();

    await clock.tickAsync(3_000);
    setVisibility('hidden');
    await clock.tickAsync(2_000);
    setVisibility('visible');
    expect(clock.countTimers()).to.equal(1);

    expect(await nextPoll(), 'due 10 s after the answer, 5 s after coming back').to.equal(5_000);
    expect(await requests(id)).to.equal(2);
  });

  it('backs off on failures, marks the seats stale after three in a row, and recovers', async () => {
    sinon.stub(Math, 'random').returns(0.5); // jitter factor 1
    const id = await newEvent({ capacity: 40, remaining: 12 }, [
      { status: 200 },
      { status: 500 },
      { status: 200, body: '<!doctype html><p>Onderhoud</p>', headers: { 'content-type': 'text/html' } },
      { status: 200, body: [1, 2] }, // JSON, but not an object
      // (Not `drop`: browsers retry a GET whose kept-alive connection closes unanswered.)
      { status: 200, body: '{"remaining": 3', headers: { 'content-type': 'application/json' } }, // cut-off JSON
      { status: 200 },
    ]);
    const heard: LiveSeats[] = [];
    leaves.push(watchSeats(id, (seats) => heard.push(seats)));
    join(id, 10);
    await answerHandled();
    const good = { capacity: 40, remaining: 12, stale: false };
    expect(liveSeats(id)).to.deep.equal(good);

    const delays = [await nextPoll(), await nextPoll()];
    expect(liveSeats(id), 'two failures: still current').to.deep.equal(good);
    delays.push(await nextPoll());
    expect(liveSeats(id), 'three failures: last values kept, marked stale').to.deep.equal({ ...good, stale: true });
    delays.push(await nextPoll());
    expect(delays).to.deep.equal([10_000, 20_000, 40_000, 80_000]);

    expect(await nextPoll(), 'the fourth failure backs off further').to.equal(160_000);
    expect(liveSeats(id)).to.deep.equal(good);
    expect(await nextPoll(), 'back to the plain interval').to.equal(10_000);
    expect(heard.map((seats) => seats.stale)).to.deep.equal([false, true, false]);
  });

  it('jitters the back-off between half and one and a half times, capped at 15 minutes', async () => {
    const random = sinon.stub(Math, 'random').returns(0);
    const id = await newEvent({}, [{ status: 200 }, { status: 503 }]);
    join(id, 10);
    await answerHandled();
    await nextPoll(); // the first failure: 20 s × 0.5 to go
    random.returns(0.75);
    expect(await nextPoll(), '20 s × 0.5').to.equal(10_000);
    expect(await nextPoll(), '40 s × 1.25').to.equal(50_000);

    const slow = await newEvent({}, [{ status: 503 }]);
    random.returns(0.5);
    const leaveFast = leaves.pop()!;
    leaveFast();
    join(slow, 10 * 60);
    await answerHandled();
    expect([await nextPoll(), await nextPoll()], '20 and 40 minutes are capped').to.deep.equal([15 * 60_000, 15 * 60_000]);
  });

  it('keeps only well-formed values from an answer', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12, waitlist: true, closed: false });
    const heard: LiveSeats[] = [];
    leaves.push(watchSeats(id, (seats) => heard.push(seats)));
    join(id, 10);
    await answerHandled();

    await setSeats(id, { capacity: -1, remaining: 2.5, waitlist: 'yes', closed: 1 });
    await nextPoll();
    await setSeats(id, { capacity: '40', remaining: null, note: 'ignored' });
    await nextPoll();
    expect(liveSeats(id)).to.deep.equal({ capacity: 40, remaining: 12, waitlist: true, closed: false, stale: false });
    expect(heard, 'nothing changed, nothing heard').to.have.length(1);

    await setSeats(id, { capacity: 'veertig', remaining: 0 });
    await nextPoll();
    expect(liveSeats(id)).to.deep.equal({ capacity: 40, remaining: 0, waitlist: true, closed: false, stale: false });
  });

  it('never has two requests out, however slow the answer', async () => {
    const id = await newEvent({ capacity: 40, remaining: 12 }, [{ status: 200, delay: 1000 }, { status: 200 }]);
    join(id, 5);
    await until(async () => (await requests(id)) === 1, 'the slow request to arrive');

    await clock.tickAsync(30_000); // six intervals while the answer is out
    expect(clock.countTimers()).to.equal(0);
    expect(await requests(id)).to.equal(1);

    await answerHandled();
    expect(liveSeats(id).remaining).to.equal(12);
    expect(await nextPoll(), 'the interval counts from the answer').to.equal(5_000);
    expect(await requests(id)).to.equal(2);
  });

  it('guards against absurd intervals: at least 5 s, NaN means 60 s', async () => {
    const tooFast = await newEvent({ remaining: 1 });
    join(tooFast, 0.1);
    await answerHandled();
    expect(await nextPoll()).to.equal(5_000);
    leaves.pop()!();

    const notANumber = await newEvent({ remaining: 1 });
    join(notANumber, Number('elke minuut'));
    await answerHandled();
    expect(await nextPoll()).to.equal(60_000);
  });
});
