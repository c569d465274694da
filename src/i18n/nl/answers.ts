import { plural } from '../helpers.js';
import type { AnswerTerms } from '../terms.js';

/** The registration form's words for what follows a visitor's action, in Dutch, the source language. */
const answers: AnswerTerms = {
  retry: 'Opnieuw proberen',
  problem: 'Er is een probleem',
  errors: {
    nameRequired: 'Vul je naam in',
    emailRequired: 'Vul je e-mailadres in',
    emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
    consentRequired: 'Geef toestemming om je aan te melden',
    required: (label) => `Vul ‘${label}’ in`,
    choose: (label) => `Kies een antwoord bij ‘${label}’`,
    check: (label) => `Vink ‘${label}’ aan`,
    tooLong: (label, max) => `‘${label}’ mag niet langer zijn dan ${max} tekens`,
    number: (label) => `Vul bij ‘${label}’ een getal in`,
    tel: (label) => `Vul bij ‘${label}’ een geldig telefoonnummer in, bijvoorbeeld 06 12345678`,
  },
  mailGreeting: (name) => `Graag meld ik me aan voor ${name}.`,
  confirmedHeading: 'Je bent aangemeld',
  waitlistedHeading: 'Je staat op de wachtlijst',
  confirmed: (name) => ['We hebben je aanmelding voor ', name, ' ontvangen.'],
  waitlisted: (name) => [name, ' is vol. Je staat op de wachtlijst: je hoort van ons als er een plek vrijkomt.'],
  registeredAs: (name, email) => ['Op naam van ', name, ', ', email, '.'],
  emailFollows: 'Je krijgt een bevestiging per e-mail.',
  noEmail: 'Je krijgt hiervan geen bevestiging per e-mail.',
  questions: ({ contact, email }) => ['Vragen? Neem contact op', contact ? [' met ', contact] : '', ...(email ? [' via ', email] : []), '.'],
  failedHeading: 'Je aanmelding is niet verstuurd',
  failedNetwork: 'Er is geen verbinding met de server.',
  failedTimeout: 'De server reageerde niet op tijd.',
  failed: 'Er ging iets mis bij het versturen.',
  rejected: 'Je aanmelding is niet aangenomen. Controleer je gegevens en probeer het opnieuw, of neem contact op met de organisatie.',
  busy: (seconds) =>
    seconds ? `Het is nu erg druk. Probeer het over ${seconds} ${plural('nl', seconds, { one: 'seconde', other: 'seconden' })} opnieuw.` : 'Het is nu erg druk. Probeer het zo opnieuw.',
  kept: 'Wat je hebt ingevuld staat nog in het formulier.',
  mailFallback: (link) => ['Lukt het niet? Meld je dan aan per e-mail: ', link, '.'],
  submitting: 'Bezig met aanmelden…',
  errorPrefix: 'Fout:',
  mailOpened: (link) => ['Je e-mailprogramma is geopend met je aanmelding. Verstuur die e-mail om je aan te melden. Opent er niets? Mail dan naar ', link, '.'],
  sending: 'Je aanmelding wordt verstuurd…',
};

export default answers;
