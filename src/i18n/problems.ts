import type { ProblemText, Terms } from './terms.js';

/*
 * Problems with event data, named for the page's editor in their language.
 * Loaded only when an element has a problem to show (see src/lazy.ts), so
 * pages with good data never download these texts.
 */

export type { ProblemText };

const shown = (value?: string) => (value === undefined ? '' : ` "${value}"`);

const nl: ProblemText = ({ code, path, value, expected }) => {
  const field = path ? `${path}:` : 'De gegevens:';
  switch (code) {
    case 'json':
      return `${field} geen geldige JSON${value ? ` (${value})` : ''}.`;
    case 'required':
      return `${field} ontbreekt of is leeg.`;
    case 'type':
      return `${field}${shown(value)} heeft de verkeerde vorm (verwacht: ${expected}).`;
    case 'date':
      return `${field}${shown(value)} is geen datum in ISO 8601-vorm (bijvoorbeeld 2019-01-29T16:00).`;
    case 'timeZone':
      return `${field}${shown(value)} is geen bekende tijdzone (bijvoorbeeld Europe/Amsterdam).`;
    case 'enum':
      return `${field}${shown(value)} is niet toegestaan (kies uit: ${expected}).`;
    case 'url':
      return `${field}${shown(value)} is geen http- of https-link.`;
    case 'jsonld':
      return `${field} geen schema.org Event gevonden in de JSON-LD.`;
    case 'fetch':
      return `${field} laden is mislukt${value ? ` (${value})` : ''}.`;
    case 'missing':
      return 'Er zijn geen gegevens van de activiteit meegegeven (gebruik de eigenschap event, het attribuut event of src, of een JSON-LD-script).';
  }
};

const en: ProblemText = ({ code, path, value, expected }) => {
  const field = path ? `${path}:` : 'The data:';
  switch (code) {
    case 'json':
      return `${field} not valid JSON${value ? ` (${value})` : ''}.`;
    case 'required':
      return `${field} is missing or empty.`;
    case 'type':
      return `${field}${shown(value)} has the wrong form (expected: ${expected}).`;
    case 'date':
      return `${field}${shown(value)} is not an ISO 8601 date (for example 2019-01-29T16:00).`;
    case 'timeZone':
      return `${field}${shown(value)} is not a known time zone (for example Europe/Amsterdam).`;
    case 'enum':
      return `${field}${shown(value)} is not allowed (choose from: ${expected}).`;
    case 'url':
      return `${field}${shown(value)} is not an http or https link.`;
    case 'jsonld':
      return `${field} no schema.org Event found in the JSON-LD.`;
    case 'fetch':
      return `${field} could not be loaded${value ? ` (${value})` : ''}.`;
    case 'missing':
      return 'No event data was given (use the event property, the event or src attribute, or a JSON-LD script).';
  }
};

/** The problem texts in the language of `terms`: its own when it brings them (Turkish, Arabic), else Dutch or English. */
export function problemText(terms: Terms): ProblemText {
  return terms.problem ?? (terms.lang === 'nl' ? nl : en);
}
