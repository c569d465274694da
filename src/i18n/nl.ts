import type { Terms } from './terms.js';
import { plural } from './terms.js';

const shown = (value?: string) => (value === undefined ? '' : ` "${value}"`);

/** Dutch: the source language. Wording follows Dutch government writing guidelines. */
export const nl: Terms = {
  lang: 'nl',
  clock: { separator: '.', suffix: ' uur' },

  notice: {
    title: 'Deze activiteit kon niet worden getoond',
    forEditor: 'Voor de beheerder van deze pagina:',
    problem: ({ code, path, value, expected }) => {
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
    },
  },

  announcement: {
    probableVenue: 'Waarschijnlijke locatie',
    hostedBy: (hosts, area) => [hosts && `bij ${hosts}`, area && `in ${area}`].filter(Boolean).join(' '),
    when: 'Wanneer',
    where: 'Waar',
    audience: 'Voor wie',
    program: 'Programma',
    registration: 'Aanmelden',
    organizedBy: 'Georganiseerd door',
    status: {
      cancelled: 'Deze activiteit gaat niet door.',
      postponed: 'Deze activiteit is uitgesteld.',
      rescheduled: 'Deze activiteit is verplaatst naar een nieuwe datum.',
      online: 'Deze activiteit is online.',
    },
    registerBy: ({ deadline, contact, email }) => [
      'Aanmelden',
      deadline ? ` vóór ${deadline}` : '',
      contact ? ` bij ${contact}` : '',
      ...(email ? [' via ', email] : []),
      '.',
    ],
    contactBy: ({ contact, email }) => ['Contact: ', contact ?? '', ...(email ? [contact ? ' via ' : '', email] : []), '.'],
    mailSubject: (name) => `Aanmelding: ${name}`,
  },

  agenda: {
    speakers: 'Met',
  },

  seats: {
    open: (count, n) => plural('nl', count, { one: `Nog ${n} plek vrij`, other: `Nog ${n} plekken vrij` }),
    capacity: (count, n) => plural('nl', count, { one: `${n} plek`, other: `${n} plekken` }),
    openUnknown: 'Aanmelden is mogelijk',
    few: (count, n) => plural('nl', count, { one: `Bijna vol: nog ${n} plek`, other: `Bijna vol: nog ${n} plekken` }),
    full: 'Vol',
    waitlist: 'Vol — wachtlijst open',
    closed: 'Aanmelden gesloten',
    limited: 'Beperkt aantal plekken',
    cancelled: 'Gaat niet door',
  },
};
