/**
 * Live seat counts: one poll of a seats endpoint per event and URL on the
 * page, however many badges and forms ask for it, feeding the shared seat
 * store (seat-store.ts) that all of them watch.
 */
import { fetchJson } from '../data/fetch.js';
import { updateSeats, type LiveSeats } from './seat-store.js';

const DEFAULT_INTERVAL = 60_000;
/** Faster than this loads the organiser's server without anyone seeing fresher numbers. */
const MIN_INTERVAL = 5_000;
/** setTimeout fires at once for delays past 2^31 − 1 ms (about 24 days); a day is plenty. */
const MAX_INTERVAL = 86_400_000;
const MAX_BACKOFF = 15 * 60_000;
/** One failure is a hiccup; this many in a row means the numbers shown may be wrong. */
const STALE_AFTER = 3;

interface Poll {
  eventKey: string;
  url: string;
  /** One box per join, holding the interval it asked for (boxes, so two equal asks stay two). */
  members: Set<{ interval: number }>;
  /** Failed answers in a row. */
  failures: number;
  /** When the last answer came in; −Infinity before the first, so the first request is due at once. */
  answeredAt: number;
  dueAt: number;
  timer?: ReturnType<typeof setTimeout>;
  inFlight?: AbortController;
  onVisibilityChange: () => void;
}

/** Module-local: a second copy of the library runs its own poll, but both feed the one shared store. */
const polls = new Map<string, Poll>();

/**
 * Joins (or starts) the poll of `url` for the event stored under `eventKey`,
 * every `intervalSeconds`; returns `leave()`.
 *
 * Everyone who joins the same event and URL shares one poll, run at the
 * shortest interval asked. It requests at once, then every interval after each
 * answer, never with two requests in flight; pauses while the page is hidden;
 * backs off on failure and marks the seats `stale` after repeated failures. It
 * stops (timer cleared, request aborted) when the last one leaves. Answers
 * land in the seat store via `updateSeats`. Never throws.
 *
 * @param intervalSeconds Seconds between polls: at least 5, NaN means the default 60.
 */
export function joinSeatPoll(eventKey: string, url: string, intervalSeconds: number): () => void {
  const id = JSON.stringify([eventKey, url]);
  const poll = polls.get(id) ?? startPoll(id, eventKey, url);
  const member = { interval: intervalMs(intervalSeconds) };
  poll.members.add(member);
  retime(poll);
  return () => {
    if (!poll.members.delete(member)) return; // a second leave() must not remove someone else
    if (poll.members.size) retime(poll);
    else stopPoll(id, poll);
  };
}

/** Interval attributes arrive from editors as anything; keep the server and setTimeout safe. */
function intervalMs(seconds: number): number {
  const ms = Number(seconds) * 1000;
  return Number.isNaN(ms) ? DEFAULT_INTERVAL : Math.min(Math.max(ms, MIN_INTERVAL), MAX_INTERVAL);
}

function startPoll(id: string, eventKey: string, url: string): Poll {
  const poll: Poll = { eventKey, url, members: new Set(), failures: 0, answeredAt: -Infinity, dueAt: -Infinity, onVisibilityChange: () => wake(poll) };
  globalThis.document?.addEventListener('visibilitychange', poll.onVisibilityChange);
  polls.set(id, poll);
  return poll;
}

function stopPoll(id: string, poll: Poll): void {
  polls.delete(id);
  clearTimeout(poll.timer);
  poll.inFlight?.abort();
  globalThis.document?.removeEventListener('visibilitychange', poll.onVisibilityChange);
}

const shortestInterval = (poll: Poll) => Math.min(...[...poll.members].map((member) => member.interval));

/** After a join or leave: the shortest interval now present sets the next request, unless a back-off is under way. */
function retime(poll: Poll): void {
  if (!poll.failures) poll.dueAt = poll.answeredAt + shortestInterval(poll);
  wake(poll);
}

/** Arms the next request: at once when due, later by timer; not while hidden or while an answer is awaited. */
function wake(poll: Poll): void {
  clearTimeout(poll.timer);
  poll.timer = undefined;
  if (poll.inFlight || globalThis.document?.visibilityState === 'hidden') return;
  const wait = poll.dueAt - Date.now();
  if (wait > 0) poll.timer = setTimeout(() => void request(poll), wait);
  else void request(poll);
}

async function request(poll: Poll): Promise<void> {
  poll.timer = undefined;
  const controller = (poll.inFlight = new AbortController());
  const result = await fetchJson(poll.url, { signal: controller.signal });
  if (controller.signal.aborted) return; // the last one left; nobody wants this answer
  poll.inFlight = undefined;
  const seats = result.ok ? wellFormedSeats(result.data) : undefined;
  poll.failures = seats ? 0 : poll.failures + 1;
  poll.answeredAt = Date.now();
  poll.dueAt = poll.answeredAt + nextDelay(poll);
  try {
    if (seats) updateSeats(poll.eventKey, { ...seats, stale: false });
    else if (poll.failures >= STALE_AFTER) updateSeats(poll.eventKey, { stale: true }); // the last good values stay
  } finally {
    wake(poll); // a store listener that throws must not end the poll
  }
}

function nextDelay(poll: Poll): number {
  const interval = shortestInterval(poll);
  if (!poll.failures) return interval;
  // Back off to spare a struggling server (never below the interval, even past the cap);
  // the jitter keeps every page that saw the same outage from retrying in step.
  const backoff = Math.max(interval, Math.min(interval * 2 ** poll.failures, MAX_BACKOFF));
  return backoff * (0.5 + Math.random());
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The usable part of an answer; undefined when it is no JSON object at all (a failure). */
function wellFormedSeats(data: unknown): LiveSeats | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const answer = data as Record<string, unknown>;
  const seats: LiveSeats = {};
  for (const key of ['capacity', 'remaining'] as const) {
    const value = answer[key];
    if (isCount(value)) seats[key] = value;
  }
  for (const key of ['waitlist', 'closed'] as const) {
    const value = answer[key];
    if (typeof value === 'boolean') seats[key] = value;
  }
  return seats;
}
