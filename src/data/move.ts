/**
 * Keeps demo (and later server) events in the future: the seed is from 2019, but a form that
 * says "registration closed" demonstrates nothing.
 */
import { eventTimeZone, parseIso, toInstant, toIsoWithOffset, toLocalIso } from './time.js';
import type { EventData } from './types.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * A copy of `event` moved by whole weeks (so the weekday stays) to start at least `minDaysAhead`
 * days after `now` (epoch ms). Start and end, registration opens and deadline and full ISO
 * program times all move alike; wall-clock times stay as they are, also across a DST change
 * (16:00 in Amsterdam stays 16:00, even when the offset it was written with changes). Times of
 * day ("16:00") follow the start date. An event that is far enough ahead comes back unchanged.
 */
export function moveEventToFuture(event: EventData, now: number, minDaysAhead = 28): EventData {
  const timeZone = eventTimeZone(event);
  const moved = structuredClone(event);
  const start = toInstant(event.startDate, timeZone);
  if (start === undefined) return moved;
  const earliest = now + minDaysAhead * DAY;

  const shift = (value: string, weeks: number): string => {
    const parts = parseIso(value);
    if (!parts || !weeks) return value;
    // Offsets differ between winter and summer, so a value with one moves as wall-clock time.
    const wallClock = parts.offset === undefined ? value : toLocalIso(toInstant(value, timeZone)!, timeZone);
    const date = toLocalIso(toInstant(wallClock.slice(0, 10), 'UTC')! + weeks * WEEK, 'UTC').slice(0, 10);
    const shifted = date + wallClock.slice(10);
    return parts.offset === undefined ? shifted : toIsoWithOffset(toInstant(shifted, timeZone)!, timeZone);
  };

  let weeks = Math.max(0, Math.ceil((earliest - start) / WEEK));
  // Moving into or out of summer time shifts the instant by an hour, which can fall just short.
  if (toInstant(shift(event.startDate, weeks), timeZone)! < earliest) weeks++;

  const shiftFields = <T extends object>(target: T | undefined, keys: (keyof T)[]) => {
    for (const key of keys) if (target && typeof target[key] === 'string') target[key] = shift(target[key], weeks) as T[keyof T];
  };
  shiftFields(moved, ['startDate', 'endDate']);
  shiftFields(moved.registration, ['opens', 'deadline']);
  for (const item of moved.program ?? []) shiftFields(item, ['start', 'end']);
  return moved;
}
