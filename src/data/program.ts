import { eventInstant, eventTimeZone, localDateKey } from './time.js';
import type { EventData, ProgramItem } from './types.js';

/** A programme item placed in time: instants in epoch ms, and the local day it falls on. */
export interface TimedItem {
  item: ProgramItem;
  start: number;
  /** Its own end, else the next item's start, else (for the last) the event's end. */
  end?: number;
  /** "2019-01-29": the item's day in the event's time zone, for grouping multi-day programmes. */
  day: string;
}

/**
 * The programme with its times resolved in the event's time zone. An item
 * without an end ends when the next one starts; the last ends with the event;
 * but not on another day: the last item of a day in a programme over several
 * days ("16.00 – 10.00 uur" would read as a time that day) is a moment. An end
 * that is not after the start is dropped (a closing item at 19.00 of an event
 * ending at 19.00 is a moment, not a range).
 */
export function timedProgram(event: EventData): TimedItem[] {
  const timeZone = eventTimeZone(event);
  const placed = (event.program ?? []).flatMap((item) => {
    const start = eventInstant(event, item.start);
    return start === undefined ? [] : [{ item, start, day: localDateKey(start, timeZone) }];
  });
  return placed.map((entry, index): TimedItem => {
    const implied = placed[index + 1]?.start ?? eventInstant(event, event.endDate);
    const end = eventInstant(event, entry.item.end) ?? (implied !== undefined && localDateKey(implied, timeZone) === entry.day ? implied : undefined);
    return end !== undefined && end > entry.start ? { ...entry, end } : entry;
  });
}

/** The index of the item running at `now`, or -1 before, after, or between items. */
export function currentItem(items: TimedItem[], now: number): number {
  return items.findIndex((entry) => entry.end !== undefined && entry.start <= now && now < entry.end);
}

/**
 * Whether an item's description already names every speaker ("Met reflecties van wethouder
 * Maarten van Ooijen, …"), so a "Met: …" line would say it twice. A speaker's name is compared
 * without a trailing role in brackets ("Maarten van Ooijen (wethouder)"), ignoring case.
 */
export function namesEverySpeaker({ description, speakers = [] }: ProgramItem): boolean {
  const text = description?.toLocaleLowerCase();
  return Boolean(text) && speakers.every((speaker) => text!.includes(speaker.replace(/\s*\([^)]*\)\s*$/, '').toLocaleLowerCase()));
}
