/*
 * How the event's own text is laid out, wherever it is shown: the announcement, its readable
 * snippet and the calendar file say the place and the description the same way.
 */
import type { DescriptionSection, EventData, EventLocation } from './types.js';

/** Venue, room, street, and postal code with place: the parts given, in that order ("Rosendael", "rode zaal", "Indusdreef 5", "3527 TK Utrecht"). */
export function placeParts(location: EventLocation = {}): string[] {
  const { address = {} } = location;
  return [location.name, location.room, address.streetAddress, [address.postalCode, address.addressLocality].filter(Boolean).join(' ')].filter(Boolean) as string[];
}

/** The description as sections: plain text is one section without a heading. */
export function descriptionSections(description: EventData['description']): DescriptionSection[] {
  return typeof description === 'string' ? [{ body: description }] : (description ?? []);
}

/** Plain text to paragraphs: a blank line separates them (docs/protocol.md, "Event data"). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
