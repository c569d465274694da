/**
 * schema.org JSON-LD out of EventData (the way back is jsonld.ts). Apart from
 * the reader because pages only need it once an announcement writes structured
 * data for search engines; it loads as a chunk of its own.
 */
import { compact, EXTENSION_VOCABULARY, extensionTerms, SCHEMA } from './vocabulary.js';
import { eventTimeZone, parseIso, toInstant, toIsoWithOffset } from './time.js';
import type { EventData, EventLocation } from './types.js';
/** Plain text of a description, sections as heading and body paragraphs. */
function plainText(description: EventData['description']): string | undefined {
  return Array.isArray(description)
    ? description.map((section) => [section.heading, section.body].filter(Boolean).join('\n\n')).join('\n\n')
    : description;
}

/**
 * schema.org JSON-LD for search engines (Google's event rich results): times with their offset,
 * status and attendance mode, Place with PostalAddress, organizers, programme as `subEvent`,
 * capacities and an Offer. Everything else goes in `ee:` terms (see the module comment).
 */
export function toJsonLd(event: EventData): Record<string, unknown> {
  const timeZone = eventTimeZone(event);
  const { capacity, remaining, opens, deadline, ...registrationExtras } = event.registration ?? {};
  const online = event.status === 'online';
  const status = online || !event.status ? 'scheduled' : event.status;
  /** A date alone stays a date (all day) unless `asMoment`; times get the offset of that moment. */
  const absolute = (value: string | undefined, asMoment = false) => {
    if (value === undefined || (!asMoment && parseIso(value)?.hasTime === false)) return value;
    const instant = toInstant(value, timeZone, event.startDate);
    return instant === undefined ? value : toIsoWithOffset(instant, timeZone);
  };
  const place = event.location ?? (online ? { url: event.url } : undefined);
  const { name, url, address, ...placeExtras }: EventLocation = place ?? {};

  return compact({
    '@context': { '@vocab': SCHEMA, ee: EXTENSION_VOCABULARY },
    '@type': 'Event',
    identifier: event.id,
    name: event.name,
    description: plainText(event.description),
    startDate: absolute(event.startDate),
    endDate: absolute(event.endDate),
    eventStatus: `${SCHEMA}Event${status[0].toUpperCase()}${status.slice(1)}`,
    eventAttendanceMode: `${SCHEMA}${online ? 'Online' : 'Offline'}EventAttendanceMode`,
    url: event.url,
    image: event.image,
    location:
      place &&
      compact({
        '@type': online ? 'VirtualLocation' : 'Place',
        name,
        url,
        address: address && compact({ '@type': 'PostalAddress', ...address }),
        ...extensionTerms(placeExtras),
      }),
    organizer: event.organizers?.map((organizer) => compact({ '@type': 'Organization', ...organizer })),
    audience: event.audience?.map((audienceType) => ({ '@type': 'Audience', audienceType })),
    subEvent: event.program?.map((item) =>
      compact({
        '@type': 'Event',
        name: item.title,
        startDate: absolute(item.start),
        endDate: absolute(item.end),
        description: item.description,
        performer: item.speakers?.map((speaker) => ({ '@type': 'Person', name: speaker })),
      }),
    ),
    maximumAttendeeCapacity: capacity,
    remainingAttendeeCapacity: remaining,
    offers: compact({
      '@type': 'Offer',
      url: event.url,
      validFrom: absolute(opens, true),
      validThrough: absolute(deadline, true),
      availability: remaining === undefined ? undefined : `${SCHEMA}${remaining ? 'InStock' : 'SoldOut'}`,
      ...extensionTerms(registrationExtras),
    }),
    ...extensionTerms({
      summary: event.summary,
      timeZone: event.timeZone,
      description: Array.isArray(event.description) ? event.description : undefined,
    }),
  })!;
}

/**
 * JSON for inside a `<script>` data block (JSON-LD, or a page's JSON): every `<` is written as
 * `\u003c`, so no text in the data can close the script element. `indent` as JSON.stringify's.
 */
export function scriptJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}
