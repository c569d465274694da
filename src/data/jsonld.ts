/**
 * EventData to and from schema.org JSON-LD.
 *
 * Fields schema.org has no property for (summary, timeZone, description sections, the room and
 * hosts of a venue, the workings of the registration form…) travel as extension terms with the
 * `ee:` prefix, declared in `@context` next to the schema.org vocabulary; objects and lists among
 * them are JSON literals (`{"@type": "@json", "@value": …}`). Search engines ignore them, and
 * `fromJsonLd` reads them back so that a round trip loses nothing. Registration details sit on
 * the `Offer` (the way to sign up), venue details on the `Place`, the rest on the `Event`.
 * `fromJsonLd` reads compacted documents as tools write them; it does no full JSON-LD expansion.
 */
import { isObject, readEvent } from './parse.js';
import { isValidTimeZone, parseIso, toInstant, toLocalIso } from './time.js';
import { compact, PREFIX, type JsonLdNode } from './vocabulary.js';
import type { ParseResult } from './types.js';

const unwrap = (value: unknown) => (isObject(value) && '@value' in value ? value['@value'] : value);

/** The `ee:` terms of a node, without prefix. */
function extensionTermsOf(node: unknown): JsonLdNode {
  return Object.fromEntries(
    Object.entries(isObject(node) ? node : {})
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, value]) => [key.slice(PREFIX.length), unwrap(value)]),
  );
}

/** JSON-LD allows one value or many everywhere. */
const all = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

/** The first value of a property, unwrapped from `{"@value": …}`. */
const get = (node: unknown, key: string) => unwrap(all(isObject(node) ? node[key] : undefined)[0]);

/** A URL given as text, or as an object with `url` or `@id` (ImageObject, `{"@id": "schema:EventCancelled"}`). */
const link = (node: unknown, key: string) => {
  const value = get(node, key);
  return isObject(value) ? (get(value, 'url') ?? value['@id']) : value;
};

/** Names of people or things given as text or as objects with a `name`. */
const nameOf = (value: unknown) => (isObject(value) ? get(value, 'name') : value);

/** Undefined instead of an empty list, so absent stays absent. */
const listOf = (value: unknown, map: (entry: unknown) => unknown) => {
  const entries = all(value).flatMap(map);
  return entries.length ? entries : undefined;
};

/** Numbers some tools write as text ("40"). */
const count = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
/** A price as a number ("7.50" too); 0 is what no price means (free), so it is left out. */
const amount = (value: unknown) => {
  const price = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return price === 0 ? undefined : price;
};

const typesOf = (node: JsonLdNode) => all(node['@type']).map(String);

function findEvent(doc: unknown): JsonLdNode | undefined {
  const nodes = all(doc).flatMap((node) => [node, ...all(isObject(node) ? node['@graph'] : undefined)]);
  // Event and its subtypes (SocialEvent, EducationEvent…), plus the two whose name hides it.
  return nodes.filter(isObject).find((node) => typesOf(node).some((type) => /(Event|Festival|Hackathon)$/.test(type)));
}

function placeOf(place: unknown) {
  if (!isObject(place)) return place === undefined ? undefined : { name: place };
  const address = get(place, 'address');
  return compact({
    name: get(place, 'name'),
    url: link(place, 'url'),
    address: isObject(address)
      ? compact({
          streetAddress: get(address, 'streetAddress'),
          postalCode: get(address, 'postalCode'),
          addressLocality: get(address, 'addressLocality'),
          addressCountry: nameOf(get(address, 'addressCountry')),
        })
      : address && { streetAddress: address },
    ...extensionTermsOf(place),
  });
}

/**
 * Reads the first schema.org `Event` (or subtype) of a parsed JSON-LD document: at the top, in an
 * array or in `@graph`. The result is checked like any EventData (see `readEvent`). With our
 * `ee:timeZone` present, times come back in the local form they were written in ("16:00");
 * otherwise they stay as given and the default time zone applies. `EventScheduled` is the
 * default and gives no `status`; `OnlineEventAttendanceMode`, a `VirtualLocation` or
 * `EventMovedOnline` give status 'online'. Problems name the EventData field (`organizers[0].email`).
 */
export function fromJsonLd(doc: unknown): ParseResult {
  const node = findEvent(doc);
  if (!node) {
    return { problems: [{ path: '', code: 'jsonld', message: 'The JSON-LD holds no schema.org Event', expected: 'schema.org Event' }] };
  }
  const extras = extensionTermsOf(node);
  const timeZone = typeof extras.timeZone === 'string' && isValidTimeZone(extras.timeZone) ? extras.timeZone : undefined;

  /** A time with an offset back in the event's wall-clock form; a time of day when on `sameDayAs`. */
  const local = (value: unknown, sameDayAs?: unknown): unknown => {
    const instant = timeZone && typeof value === 'string' && parseIso(value)?.offset !== undefined ? toInstant(value, timeZone) : undefined;
    if (instant === undefined) return value;
    const wallClock = toLocalIso(instant, timeZone!);
    const timeOfDay = typeof sameDayAs === 'string' && wallClock.length === 16 && wallClock.startsWith(sameDayAs.slice(0, 10));
    return timeOfDay ? wallClock.slice(11) : wallClock;
  };
  /** Registration moments: midnight is what a date alone means, so it goes back to one. */
  const moment = (value: unknown) => {
    const wallClock = local(value);
    return typeof wallClock === 'string' ? wallClock.replace(/T00:00$/, '') : wallClock;
  };

  const startDate = local(get(node, 'startDate'));
  const locations = all(node.location);
  const location = locations.find((place) => isObject(place) && !typesOf(place).includes('VirtualLocation')) ?? locations[0];
  const online =
    /Online/.test(String(link(node, 'eventAttendanceMode'))) || (isObject(location) && typesOf(location).includes('VirtualLocation'));
  const status = String(link(node, 'eventStatus') ?? '')
    .replace(/^(https?:\/\/schema\.org\/|schema:)?Event/, '')
    .toLowerCase();
  const offer = all(node.offers)[0];
  const identifier = get(node, 'identifier');

  return readEvent({
    id: (isObject(identifier) ? get(identifier, 'value') : identifier) ?? node['@id'],
    name: get(node, 'name'),
    description: get(node, 'description'),
    startDate,
    endDate: local(get(node, 'endDate')),
    status: status === 'movedonline' ? 'online' : status && status !== 'scheduled' ? status : online ? 'online' : undefined,
    url: link(node, 'url') ?? link(offer, 'url'),
    image: link(node, 'image'),
    price: amount(get(offer, 'price')),
    // EUR is the default currency: said only when it is another one.
    priceCurrency: get(offer, 'priceCurrency') === 'EUR' ? undefined : get(offer, 'priceCurrency'),
    location: placeOf(location),
    organizers: listOf(node.organizer, (organizer) =>
      isObject(organizer) ? { name: get(organizer, 'name'), url: link(organizer, 'url'), email: get(organizer, 'email') } : { name: organizer },
    ),
    audience: listOf(node.audience, (audience) => (isObject(audience) ? all(audience.audienceType ?? audience.name) : [audience])),
    program: listOf(node.subEvent, (item) => ({
      title: get(item, 'name'),
      start: local(get(item, 'startDate'), startDate),
      end: local(get(item, 'endDate'), startDate),
      description: get(item, 'description'),
      speakers: listOf(isObject(item) ? item.performer : undefined, nameOf),
    })),
    registration: compact({
      capacity: count(get(node, 'maximumAttendeeCapacity')),
      remaining: count(get(node, 'remainingAttendeeCapacity')),
      opens: moment(get(offer, 'validFrom')),
      deadline: moment(get(offer, 'validThrough')),
      ...extensionTermsOf(offer),
    }),
    ...extras,
  });
}
