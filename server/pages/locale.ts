import { placeParts } from '../../src/data/describe.js';
import { eventTimeZone, eventWhen, formatDate, formatTime, toIsoWithOffset } from '../../src/data/time.js';
import type { EventData } from '../../src/data/types.js';
import type { LanguageCode, Terms } from '../../src/i18n/index.js';
import ar from '../../src/i18n/ar/elements.js';
import en from '../../src/i18n/en/elements.js';
import nl from '../../src/i18n/nl/elements.js';
import tr from '../../src/i18n/tr/elements.js';
import { data, html, type Html } from './html.js';

/*
 * How each language writes dates, times and direction: taken from the library's own tables, so a
 * page says "dinsdag 29 januari 2019, 16.00 – 19.00 uur" exactly as the announcement does.
 */
const TABLES: Record<LanguageCode, Terms> = { nl, en, tr, ar };

export interface Conventions {
  lang: LanguageCode;
  /** The tag for Intl (Arabic: Latin digits, 24-hour clock). */
  locale: string;
  dir?: 'rtl';
  clock: Terms['clock'];
}

export function conventions(lang: LanguageCode): Conventions {
  const table = TABLES[lang];
  return { lang, locale: table.intlLocale?.(lang) ?? lang, dir: table.dir, clock: table.clock };
}

/** When the event takes place, in the event's time zone, as `<time>`. */
export function whenText(event: EventData, language: Conventions, separator: string): Html {
  const when = eventWhen(event, language.locale, language.clock);
  return html`<time datetime="${when.iso}">${when.time ? `${when.date}${separator}${when.time}` : when.date}</time>`;
}

/** A moment (a registration's time) in the event's time zone: date and clock time. */
export function momentText(event: EventData, instant: Date, language: Conventions): Html {
  const timeZone = eventTimeZone(event);
  const ms = instant.getTime();
  const text = `${formatDate(ms, language.locale, timeZone, { weekday: false })} ${formatTime(ms, language.locale, timeZone, language.clock)}`;
  return html`<time datetime="${toIsoWithOffset(ms, timeZone)}">${text}</time>`;
}

/**
 * Where: the venue's parts, comma-separated, isolated as one (a Dutch address keeps its order on
 * an Arabic page); undefined when the event names no place.
 */
export function whereText(event: EventData): Html | undefined {
  const parts = placeParts(event.location);
  return parts.length ? data(parts.join(', ')) : undefined;
}

/**
 * The first of `offered` that `Accept-Language` asks for, by weight (RFC 9110 §12.5.4, primary
 * subtags only); `fallback` when it asks for none of them.
 */
export function preferredLanguage<L extends string>(header: string | undefined, offered: readonly L[], fallback: L): L {
  const ranges = String(header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...parameters] = part.split(';');
      const weight = parameters.map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0], weight: weight === undefined ? 1 : Number(weight) };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return (ranges.find((range) => (offered as readonly string[]).includes(range.primary))?.primary as L | undefined) ?? fallback;
}
