import { plural } from '../helpers.js';
import type { FormTerms } from '../terms.js';

/** The registration form's words in Dutch, the source language. */
const form: FormTerms = {
  label: (name) => `Aanmelden voor ${name}`,
  waitlistLabel: (name) => `Aanmelden voor de wachtlijst van ${name}`,
  optional: '(niet verplicht)',
  name: 'Naam',
  email: 'E-mailadres',
  organization: 'Organisatie of initiatief',
  role: 'Ik kom als',
  remarks: 'Opmerkingen',
  consent: 'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanmelding.',
  privacy: (link) => ['Lees hoe we met je gegevens omgaan in de ', link, '.'],
  privacyLink: 'privacyverklaring',
  choose: 'Maak een keuze',
  maxLength: (count, n) => plural('nl', count, { one: `Maximaal ${n} teken.`, other: `Maximaal ${n} tekens.` }),
  submit: 'Aanmelden',
  submitWaitlist: 'Aanmelden voor de wachtlijst',
  honeypot: 'Laat dit veld leeg',
  mailIntro: 'Aanmelden gaat per e-mail: als je op Aanmelden drukt, opent je e-mailprogramma met je gegevens erin.',
  full: 'Deze activiteit is vol.',
  fullWaitlist: 'Deze activiteit is vol. Je kunt je aanmelden voor de wachtlijst.',
  closed: 'Aanmelden is gesloten.',
  opensAt: (date) => `Aanmelden kan vanaf ${date}.`,
  cancelled: 'Deze activiteit gaat niet door. Aanmelden is niet mogelijk.',
  past: 'Deze activiteit is geweest. Aanmelden is niet meer mogelijk.',
};

export default form;
