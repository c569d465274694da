import { plural } from '../helpers.js';
import type { Terms } from '../terms.js';

/** Dutch: the source language. Wording follows Dutch government writing guidelines. */
const elements: Terms = {
  lang: 'nl',
  clock: { separator: '.', suffix: ' uur' },

  notice: {
    title: 'Deze activiteit kon niet worden getoond',
    forEditor: 'Voor de beheerder van deze pagina:',
  },

  announcement: {
    probableVenue: 'Waarschijnlijke locatie',
    hostedBy: (hosts, area) => [hosts ? ['bij ', hosts] : '', hosts && area ? ' ' : '', area ? ['in ', area] : ''],
    when: 'Wanneer',
    dateTime: ', ',
    where: 'Waar',
    audience: 'Voor wie',
    program: 'Programma',
    registration: 'Aanmelden',
    openForm: 'Open het aanmeldformulier',
    organizedBy: 'Georganiseerd door',
    map: 'Bekijk op de kaart',
    addToCalendar: 'Zet in je agenda',
    icsFile: 'Agendabestand (.ics)',
    googleCalendar: 'Google Agenda',
    outlookCalendar: 'Outlook.com',
    office365Calendar: 'Microsoft 365 (Outlook)',
    status: {
      cancelled: 'Deze activiteit gaat niet door.',
      postponed: 'Deze activiteit is uitgesteld.',
      rescheduled: 'Deze activiteit is verplaatst naar een nieuwe datum.',
      online: 'Deze activiteit is online.',
    },
    past: 'Deze activiteit is geweest.',
    registerBy: ({ deadline, contact, email }) => [
      'Aanmelden',
      deadline ? ` vóór ${deadline}` : '',
      contact ? [' bij ', contact] : '',
      ...(email ? [' via ', email] : []),
      '.',
    ],
    contactBy: ({ contact, email }) => ['Contact: ', contact ?? '', ...(email ? [contact ? ' via ' : '', email] : []), '.'],
    mailSubject: (name) => `Aanmelding: ${name}`,
    eventPage: 'Meer informatie en aanmelden',
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
    past: 'Geweest',
    stale: 'mogelijk niet actueel',
  },
};

export default elements;
