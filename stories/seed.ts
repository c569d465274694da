import seedJson from '../test/fixtures/samenspel-2019.event.json';
import { moveEventToFuture } from '../src/data/move.js';
import type { EventData } from '../src/data/types.js';

/** The seed invitation as it was: 29 January 2019, long past (every element says so). */
export const seed = seedJson as EventData;

/** The seed moved to the same weekday and times some weeks from now: registration open. */
export const upcomingSeed = moveEventToFuture(seed, Date.now());
