/**
 * schema.org JSON-LD out of EventData (the way back is jsonld.ts). Apart from
 * the reader because pages only need it once an announcement writes structured
 * data for search engines; it loads as a chunk of its own.
 */
import { fewThreshold } from './seats.js';
import { compact, PREFIX, type JsonLdNode } from './vocabulary.js';
import { eventTimeZone, parseIso, toInstant, toIsoWithOffset } from './time.js';
import type { EventData, EventLocation } from './types.js';

/** schema.org's IRI: the `@vocab` of what we write, and the start of its enumeration values. */
const SCHEMA = 'https://schema.org/';

/** IRI behind the `ee:` prefix. It names our terms; nothing is fetched from it. The reader goes by the prefix. */
export const EXTENSION_VOCABULARY = 'urn:samenspel:event-elements#';

/** Our own fields as `ee:` terms, undefined ones too: the `compact` of the node they go in drops those. */
function extensionTerms(fields: Record<string, unknown>): JsonLdNode {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [PREFIX + key, typeof value === 'object' ? { '@type': '@json', '@value': value } : value]),
  );
}

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
  const { capacity, remaining, opens, deadline, limited, ...registrationExtras } = event.registration ?? {};
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
    // The enumeration values are IRIs, as schema.org's own context says (not text that looks like one).
    '@context': { '@vocab': SCHEMA, ee: EXTENSION_VOCABULARY, eventStatus: IRI, eventAttendanceMode: IRI, availability: IRI },
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
        performer: people(item.speakers),
      }),
    ),
    // Everyone speaking in the programme, once each, as Google's event guidance asks at the top.
    performer: people(unique(event.program?.flatMap((item) => item.speakers ?? []))),
    maximumAttendeeCapacity: capacity,
    remainingAttendeeCapacity: remaining,
    offers: compact({
      '@type': 'Offer',
      url: event.url,
      // Community events are free unless the data says what they cost.
      price: event.price ?? 0,
      priceCurrency: event.priceCurrency ?? 'EUR',
      validFrom: absolute(opens, true),
      validThrough: absolute(deadline, true),
      availability: availabilityOf(capacity, remaining, limited),
      ...extensionTerms({ ...registrationExtras, limited }),
    }),
    ...extensionTerms({
      summary: event.summary,
      timeZone: event.timeZone,
      description: Array.isArray(event.description) ? event.description : undefined,
    }),
  })!;
}

/**
 * schema.org's ItemAvailability from the seats: SoldOut when none remain, LimitedAvailability when
 * few remain (the seats badge's "Bijna vol") or, with no numbers published, the event says seats
 * are limited; InStock when there is room or only the capacity is known; nothing when the data
 * says nothing about seats.
 */
function availabilityOf(capacity?: number, remaining?: number, limited?: boolean): string | undefined {
  const kind =
    remaining !== undefined
      ? remaining === 0
        ? 'SoldOut'
        : remaining <= fewThreshold(capacity)
          ? 'LimitedAvailability'
          : 'InStock'
      : capacity !== undefined
        ? 'InStock'
        : limited
          ? 'LimitedAvailability'
          : undefined;
  return kind && SCHEMA + kind;
}

const IRI = { '@type': '@id' };

const unique = (values: string[] = []) => [...new Set(values)];

/** Speakers as schema.org Persons; nothing for none. */
const people = (names: string[] = []) => (names.length ? names.map((name) => ({ '@type': 'Person', name })) : undefined);

/**
 * JSON for inside a `<script>` data block (JSON-LD, or a page's JSON): every `<` is written as
 * `\u003c`, so no text in the data can close the script element. `indent` as JSON.stringify's.
 */
export function scriptJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}
