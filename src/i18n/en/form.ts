import { plural } from '../helpers.js';
import type { FormTerms } from '../terms.js';

/** The registration form's words in English: also for languages without a table of their own. */
const form: FormTerms = {
  label: (name) => `Register for ${name}`,
  waitlistLabel: (name) => `Join the waiting list for ${name}`,
  optional: '(optional)',
  name: 'Name',
  email: 'Email address',
  organization: 'Organisation or initiative',
  role: 'I am coming as',
  remarks: 'Remarks',
  consent: 'I agree that my details are used for this registration.',
  privacy: (link) => ['Read how we handle your details in the ', link, '.'],
  privacyLink: 'privacy statement',
  choose: 'Choose an option',
  maxLength: (count, n) => plural('en', count, { one: `At most ${n} character.`, other: `At most ${n} characters.` }),
  submit: 'Register',
  submitWaitlist: 'Join the waiting list',
  honeypot: 'Leave this field empty',
  mailIntro: 'Registration is by email: when you press Register, your email program opens with your details in it.',
  full: 'This event is full.',
  fullWaitlist: 'This event is full. You can join the waiting list.',
  closed: 'Registration is closed.',
  opensAt: (date) => `Registration opens on ${date}.`,
  cancelled: 'This event has been cancelled. Registration is not possible.',
  past: 'This event has taken place. Registration is no longer possible.',
};

export default form;
