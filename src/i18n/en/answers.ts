import { plural } from '../helpers.js';
import type { AnswerTerms } from '../terms.js';

/** The registration form's words for what follows a visitor's action, in English: also for languages without a table of their own. */
const answers: AnswerTerms = {
  retry: 'Try again',
  problem: 'There is a problem',
  errors: {
    nameRequired: 'Enter your name',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter a valid email address, like name@example.com',
    consentRequired: 'Give your consent to register',
    required: (label) => `Enter ‘${label}’`,
    choose: (label) => `Choose an answer for ‘${label}’`,
    check: (label) => `Tick ‘${label}’`,
    tooLong: (label, max) => `‘${label}’ must be ${max} characters or fewer`,
    number: (label) => `Enter a number for ‘${label}’`,
    tel: (label) => `Enter a valid phone number for ‘${label}’, like +31 6 12345678`,
  },
  mailGreeting: (name) => `I would like to register for ${name}.`,
  confirmedHeading: 'You are registered',
  waitlistedHeading: 'You are on the waiting list',
  confirmed: (name) => ['We have received your registration for ', name, '.'],
  waitlisted: (name) => [name, ' is full. You are on the waiting list: we will let you know when a place becomes free.'],
  registeredAs: (name, email) => ['In the name of ', name, ', ', email, '.'],
  emailFollows: 'A confirmation is on its way by e-mail.',
  noEmail: 'No confirmation will follow by e-mail.',
  questions: ({ contact, email }) => ['Questions? Contact ', contact ?? 'us', ...(email ? [' at ', email] : []), '.'],
  failedHeading: 'Your registration was not sent',
  failedNetwork: 'There is no connection with the server.',
  failedTimeout: 'The server did not answer in time.',
  failed: 'Something went wrong while sending.',
  rejected: 'Your registration was not accepted. Check your details and try again, or contact the organisers.',
  busy: (seconds) =>
    seconds ? `It is very busy right now. Try again in ${seconds} ${plural('en', seconds, { one: 'second', other: 'seconds' })}.` : 'It is very busy right now. Try again shortly.',
  kept: 'What you entered is still in the form.',
  mailFallback: (link) => ['Not working? Register by email instead: ', link, '.'],
  submitting: 'Registering…',
  errorPrefix: 'Error:',
  mailOpened: (link) => ['Your email program has opened with your registration. Send that email to register. Nothing opened? Then write to ', link, '.'],
  sending: 'Sending your registration…',
};

export default answers;
