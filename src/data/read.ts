import { fromJsonLd } from './jsonld.js';
import { readEvent } from './parse.js';
import type { ParseResult } from './types.js';

/**
 * Reads an event: an EventData object, its JSON text, or schema.org JSON-LD (object or text).
 * Returns a new object with only the known, valid fields; everything dropped is listed in
 * `problems`. `event` is undefined only when the input is not a JSON object or lacks a usable
 * `name` or `startDate`. An invalid `timeZone` is left out, so the default applies. Never throws.
 */
export function parseEvent(input: unknown): ParseResult {
  return readEvent(input, fromJsonLd);
}
