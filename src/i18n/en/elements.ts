import { plural } from '../helpers.js';
import type { Terms } from '../terms.js';

/** English: also the fallback for languages without a table of their own. */
const elements: Terms = {
  lang: 'en',

  notice: {
    title: 'This event could not be shown',
    forEditor: 'For the editor of this page:',
  },

  announcement: {
    probableVenue: 'Probable venue',
    hostedBy: (hosts, area) => [hosts ? ['hosted by ', hosts] : '', hosts && area ? ' ' : '', area ? ['in ', area] : ''],
    when: 'When',
    dateTime: ', ',
    where: 'Where',
    audience: 'Who it is for',
    program: 'Programme',
    registration: 'Registration',
    openForm: 'Open the registration form',
    organizedBy: 'Organised by',
    map: 'View on a map',
    addToCalendar: 'Add to calendar',
    icsFile: 'Calendar file (.ics)',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook.com',
    office365Calendar: 'Microsoft 365 (Outlook)',
    status: {
      cancelled: 'This event has been cancelled.',
      postponed: 'This event has been postponed.',
      rescheduled: 'This event has moved to a new date.',
      online: 'This event takes place online.',
    },
    past: 'This event has taken place.',
    registerBy: ({ deadline, contact, email }) => [
      'Register',
      deadline ? ` before ${deadline}` : '',
      contact ? [' with ', contact] : '',
      ...(email ? [' at ', email] : []),
      '.',
    ],
    contactBy: ({ contact, email }) => ['Contact: ', contact ?? '', ...(email ? [contact ? ' at ' : '', email] : []), '.'],
    mailSubject: (name) => `Registration: ${name}`,
    eventPage: 'More information and registration',
  },

  agenda: {
    speakers: 'With',
  },

  seats: {
    open: (count, n) => plural('en', count, { one: `${n} place left`, other: `${n} places left` }),
    capacity: (count, n) => plural('en', count, { one: `${n} place`, other: `${n} places` }),
    openUnknown: 'Registration open',
    few: (count, n) => plural('en', count, { one: `Almost full: ${n} place left`, other: `Almost full: ${n} places left` }),
    full: 'Full',
    waitlist: 'Full — waiting list open',
    closed: 'Registration closed',
    limited: 'Limited places',
    cancelled: 'Cancelled',
    past: 'Past',
    stale: 'may be out of date',
  },
};

export default elements;
