/*
 * The HTML a CMS editor pastes for an event: `<event-announcement>` with the event in an
 * attribute that sanitizers keep, around the whole announcement as plain, readable HTML. A
 * visitor without JavaScript, a search engine, or a page whose sanitizer dropped the custom tag
 * reads it and can register; where the tag survives and embed.js is on the page, the element
 * shows its interactive version in its place (docs/protocol.md, "Input precedence";
 * docs/cms.md). Pure: runs in Node (the `event-elements snippet` command) and in the browser.
 */
import { intl } from '../data/time.js';
import { descriptionSections, paragraphs, placeParts } from '../data/describe.js';
import { parseEvent } from '../data/read.js';
import { namesEverySpeaker, timedProgram } from '../data/program.js';
import { eventEnd, eventInstant, eventTimeZone, eventWhen, formatDeadline, formatTime, toIsoWithOffset } from '../data/time.js';
import type { EventData, Problem } from '../data/types.js';
import ar from '../i18n/ar/elements.js';
import en from '../i18n/en/elements.js';
import nl from '../i18n/nl/elements.js';
import type { Part, Terms } from '../i18n/terms.js';
import tr from '../i18n/tr/elements.js';
import { mailtoLink } from '../submit/mailto.js';

const TERMS = { nl, en, tr, ar } as const;

/** The languages a snippet can be written in: the readable version's words, and the element's `lang`. */
export type SnippetLanguage = keyof typeof TERMS;

/** The elements a snippet can be for. */
export type SnippetTag = 'event-announcement' | 'event-agenda' | 'seats-badge' | 'registration-form';

export interface SnippetOptions {
  /** The element: the whole announcement (default), or one part of it with the readable version of that part (a badge has none). */
  tag?: SnippetTag;
  /** The language of the readable version and the element's `lang`; Dutch by default. */
  lang?: SnippetLanguage;
  /** Where the site hosts `embed.js`: adds its `<script type="module">` before the element. Sites that load it once, site-wide, leave it out. */
  embed?: string;
  /** The event's URL: the element takes it by `src` instead of inline. The readable version is written all the same. */
  src?: string;
  /** The moment the snippet is made (epoch ms; now by default): an event over by then says so, and offers no sign-up. */
  now?: number;
}

/** The event data could not be used: `problems` names each field, as the elements' notice does. */
export class SnippetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the event data cannot be used:\n${problems.map((problem) => `- ${problem.message}`).join('\n')}`);
    this.name = 'SnippetError';
  }
}

/**
 * The snippet for `input`: event data (an object or JSON text, in this library's format or as
 * schema.org JSON-LD), checked as the elements check it. Throws a `SnippetError` naming every
 * field when there is no usable event; data the elements would leave out is left out here too.
 */
export function toSnippet(input: unknown, options: SnippetOptions = {}): string {
  const lang = options.lang ?? 'nl';
  if (!Object.hasOwn(TERMS, lang)) throw new RangeError(`lang: "${lang}" is not one of ${Object.keys(TERMS).join(', ')}`);
  const { event, problems } = parseEvent(typeof input === 'string' ? parseJson(input) : input);
  if (!event) throw new SnippetError(problems);
  const terms: Terms = TERMS[lang];
  const source = options.src ? `src="${attribute(options.src)}"` : `data-event='${singleQuoted(JSON.stringify(event))}'`;
  const script = options.embed ? `<script type="module" src="${attribute(options.embed)}"></script>\n` : '';
  const dir = terms.dir ? ` dir="${terms.dir}"` : '';
  const tag = options.tag ?? 'event-announcement';
  if (!Object.hasOwn(PARTS, tag)) throw new RangeError(`tag: "${tag}" is not one of ${Object.keys(PARTS).join(', ')}`);
  const past = event.status !== 'cancelled' && (eventEnd(event) ?? Infinity) <= (options.now ?? Date.now());
  const fallback = PARTS[tag] && readable(event, terms, PARTS[tag], past);
  return `${script}<${tag} lang="${lang}"${dir} ${source}>${fallback ? `\n${fallback}\n` : ''}</${tag}>\n`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnippetError([{ path: '', code: 'type', message: `not JSON: ${(error as Error).message}` }]);
  }
}

/** HTML made here, kept as it is when a term places it in a sentence. */
class Html {
  constructor(readonly html: string) {}
}

/** A term's parts as HTML: its own words escaped, the parts placed in them as they are. */
function sentence(parts: Part): string {
  if (parts instanceof Html) return parts.html;
  if (Array.isArray(parts)) return parts.map(sentence).join('');
  return parts == null || parts === false ? '' : text(String(parts));
}

/** What each element's readable version holds: the whole announcement, the programme, how to register; a badge has none. */
const PARTS: Record<SnippetTag, Section[] | undefined> = {
  'event-announcement': ['header', 'description', 'audience', 'program', 'registration'],
  'event-agenda': ['program'],
  'registration-form': ['registration'],
  'seats-badge': undefined,
};
type Section = 'header' | 'description' | 'audience' | 'program' | 'registration';

/** The announcement, or the `parts` of it an element shows, as plain HTML in the order the element shows them. */
function readable(event: EventData, terms: Terms, parts: Section[], past: boolean): string {
  const { announcement } = terms;
  const locale = terms.intlLocale?.(terms.lang) ?? terms.lang;
  const timeZone = eventTimeZone(event);
  const registration = event.registration ?? {};
  // In a right-to-left language, each block of event data runs in the direction of its own text.
  const data = terms.dir ? ' dir="auto"' : '';
  const lines: string[] = [];
  const show = (part: Section) => parts.includes(part);
  if (show('header')) {
    lines.push(`<h2${data}>${text(event.name)}</h2>`);
    if (past) lines.push(`<p><strong>${text(announcement.past)}</strong></p>`);
    else if (event.status && event.status !== 'scheduled') lines.push(`<p><strong>${text(announcement.status[event.status])}</strong></p>`);
    if (event.summary) lines.push(`<p${data}>${text(event.summary)}</p>`);
    const when = eventWhen(event, locale, terms.clock);
    lines.push(
      `<p><strong>${text(announcement.when)}:</strong> <time datetime="${when.iso}">${text(when.date)}</time>${when.time ? text(announcement.dateTime + when.time) : ''}</p>`,
    );
    const where = whereText(event, terms, locale);
    if (where) lines.push(`<p><strong>${text(announcement.where)}:</strong> ${where}</p>`);
  }

  for (const section of show('description') ? descriptionSections(event.description) : []) {
    if (section.heading) lines.push(`<h3${data}>${text(section.heading)}</h3>`);
    for (const paragraph of paragraphs(section.body)) lines.push(`<p${data}>${text(paragraph)}</p>`);
  }
  if (show('audience') && event.audience?.length) {
    lines.push(`<h3>${text(announcement.audience)}</h3>`, `<ul>${event.audience.map((who) => `<li${data}>${text(who)}</li>`).join('')}</ul>`);
  }
  const program = show('program') ? timedProgram(event) : [];
  if (program.length) {
    lines.push(`<h3>${text(announcement.program)}</h3>`, '<ol>');
    for (const { item, start, end } of program) {
      const times = `<time datetime="${toIsoWithOffset(start, timeZone)}">${text(formatTime(start, locale, timeZone, end === undefined ? terms.clock : terms.clock && { ...terms.clock, suffix: '' }))}</time>${end === undefined ? '' : ` – <time datetime="${toIsoWithOffset(end, timeZone)}">${text(formatTime(end, locale, timeZone, terms.clock))}</time>`}`;
      const speakers = item.speakers?.length && !namesEverySpeaker(item) ? ` ${text(terms.agenda.speakers)}: ${text(intl(Intl.ListFormat, locale, { type: 'conjunction' }).format(item.speakers))}.` : '';
      lines.push(`<li>${times}: <strong>${text(item.title)}</strong>${item.description ? ` ${text(item.description)}` : ''}${speakers}</li>`);
    }
    lines.push('</ol>');
  }

  // How to register: by e-mail (the subject filled in), and the event's own page.
  // Once the event is over there is nothing to register for.
  if (show('registration') && !past) {
    const email = registration.email
      ? new Html(`<a href="${attribute(mailtoLink(registration.email, announcement.mailSubject(event.name)))}">${text(registration.email)}</a>`)
      : undefined;
    const contact = registration.contact;
    if (email || contact || event.url) lines.push(`<h3>${text(announcement.registration)}</h3>`);
    if (email || contact) {
      const instant = eventInstant(event, registration.deadline);
      const deadline = instant === undefined ? undefined : formatDeadline(event, instant, registration.deadline!.includes('T'), locale, terms.clock);
      lines.push(`<p>${sentence(announcement.registerBy({ deadline, contact, email }))}</p>`);
    }
    if (event.url) lines.push(`<p><a href="${attribute(event.url)}">${text(announcement.eventPage)}</a></p>`);
  }
  if (show('header') && event.organizers?.length) {
    const names = intl(Intl.ListFormat, locale, { type: 'conjunction' }).format(event.organizers.map((organizer) => organizer.name));
    lines.push(`<p>${text(announcement.organizedBy)}: ${text(names)}</p>`);
  }
  if (!lines.length) return '';
  return `<article>\n${lines.map((line) => `  ${line}`).join('\n')}\n</article>`;
}

/** Venue (the probable one marked), address, hosts and neighbourhood. */
function whereText({ location }: EventData, { announcement }: Terms, locale: string): string | undefined {
  if (!location) return undefined;
  const place = placeParts(location);
  const hosts = location.hosts?.length ? intl(Intl.ListFormat, locale, { type: 'conjunction' }).format(location.hosts) : undefined;
  const parts = [
    place.length ? `${location.tentative ? `<em>${text(announcement.probableVenue)}:</em> ` : ''}${text(place.join(', '))}` : '',
    hosts || location.area ? sentence(announcement.hostedBy(hosts, location.area)) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content: never parsed as HTML. */
function text(value: string): string {
  return value.replace(/[&<>]/g, (character) => ESCAPES[character]);
}

/** JSON for a single-quoted attribute: its double quotes stay, so an editor can still read it. */
function singleQuoted(value: string): string {
  return value.replace(/[&<>']/g, (character) => ESCAPES[character]);
}

/** Text for an attribute value in either kind of quotes. */
function attribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

export { parseEvent };
