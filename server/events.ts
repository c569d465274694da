import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { moveEventToFuture } from '../src/data/move.js';
import { parseEvent } from '../src/data/read.js';
import type { EventData } from '../src/data/types.js';

/** An event file that could be read, by its id. */
export type EventCatalogue = Map<string, EventData>;

/** What `^[\w.-]+$` allows: ids appear in URLs, and an id that needs escaping helps no one. */
const ID = /^[A-Za-z0-9][\w.-]{0,127}$/;

/**
 * Reads every `*.json` in `folder` with the library's own parser, so the server accepts exactly
 * the data the elements can show. The id is the event's `id`, else the file name without
 * `.json` (and `.event`). A file that cannot be used is reported and skipped: one bad file
 * must not take every other event offline.
 */
export function loadEvents(folder: string, options: { movePastEvents: boolean; now?: number; warn?: (message: string) => void }): EventCatalogue {
  const { movePastEvents, now = Date.now(), warn = console.warn } = options;
  const events: EventCatalogue = new Map();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    } catch (error) {
      warn(`events: ${file} skipped, not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const { event, problems } = parseEvent(input);
    if (!event) {
      warn(`events: ${file} skipped: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`);
      continue;
    }
    for (const problem of problems) warn(`events: ${file}: ${problem.path} ${problem.message}`);
    const id = event.id ?? basename(file).replace(/(\.event)?\.json$/, '');
    if (!ID.test(id)) {
      warn(`events: ${file} skipped: id "${id}" must be letters, digits, ".", "_" or "-"`);
      continue;
    }
    if (events.has(id)) {
      warn(`events: ${file} skipped: id "${id}" is already used by another file`);
      continue;
    }
    events.set(id, { ...(movePastEvents ? moveEventToFuture(event, now) : event), id });
  }
  return events;
}
