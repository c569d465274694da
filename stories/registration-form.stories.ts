import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventData } from '../src/data/types.js';
import type { RegistrationState } from '../src/elements/registration-form/registration-form.js';
import type { RegistrationSubmitEvent } from '../src/registration-events.js';
import { seed, upcomingSeed } from './seed.js';
import { utrechtTheme } from './utrecht-theme.js';

/** What the mocked endpoint answers: each story shows one row of the protocol's matrix. */
type Outcome = 'confirmed' | 'waitlisted' | 'full' | 'invalid' | 'busy' | 'network' | 'pending';

interface Args {
  event: EventData;
  lang: string;
  outcome: Outcome;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }));

/** The endpoint, mocked through `registration-submit`'s `respondWith`: no network in Storybook. */
const answers: Record<Outcome, () => Promise<Response>> = {
  confirmed: () => json(201, { status: 'confirmed', remaining: 11, emailSent: true }),
  waitlisted: () => json(201, { status: 'waitlisted' }),
  full: () => json(409, { status: 'full', remaining: 0 }),
  invalid: () => json(422, { errors: { email: 'Dit e-mailadres staat al op de lijst voor deze activiteit.' } }),
  busy: () => json(429, {}, { 'Retry-After': '30' }),
  network: () => Promise.reject(new TypeError('Failed to fetch')),
  pending: () => new Promise(() => {}),
};

/** The seed, open for registration at a (mocked) endpoint of the site's own. */
const event: EventData = {
  ...upcomingSeed,
  registration: { ...upcomingSeed.registration, endpoint: '/api/registrations', privacyUrl: 'https://omziennaarelkaar.nl/privacy', consent: true },
};

const meta: Meta<Args> = {
  title: 'Elements/registration-form',
  component: 'registration-form',
  args: { event, lang: 'nl', outcome: 'confirmed' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en', 'tr', 'ar'] },
    outcome: { control: 'select', options: Object.keys(answers) },
  },
  render: ({ event, lang, outcome }) =>
    html`<registration-form
      lang=${lang}
      .event=${event}
      @registration-submit=${(submit: RegistrationSubmitEvent) => submit.detail.respondWith(answers[outcome]())}
    ></registration-form>`,
};
export default meta;

type Story = StoryObj<Args>;

type Form = HTMLElement & { updateComplete: Promise<unknown>; state?: RegistrationState };

/** Where each answer leaves the form; field errors keep it `open`, with the error summary shown. */
const answeredState: Record<Outcome, RegistrationState> = {
  confirmed: 'success',
  waitlisted: 'success',
  full: 'full',
  invalid: 'open',
  busy: 'error',
  network: 'error',
  pending: 'submitting',
};

/**
 * Fills in the form as a visitor would and sends it, then waits until the form shows the
 * answer (or its own error summary), so the story ends in the state it is named after and
 * the accessibility check sees that state.
 */
async function signUp(
  { canvasElement, args }: { canvasElement: HTMLElement; args: Args },
  values: Record<string, string> = { name: 'Fatma Yilmaz', email: 'fatma@example.org' },
) {
  const form = canvasElement.querySelector<Form>('registration-form')!;
  await form.updateComplete;
  const root = form.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const consent = root.querySelector<HTMLInputElement>('[name="consent"]');
  if (consent && !consent.checked) consent.click();
  const expected = answeredState[args.outcome];
  const answered = () => root.querySelector('[part~="error-summary"]') !== null || (expected !== 'open' && form.state === expected);
  const shown = changesUntil(form, answered);
  root.querySelector('form')!.requestSubmit();
  await shown;
  await form.updateComplete;
}

/** Resolves once `done()` holds, checking after every change of the form's attributes or rendering. */
function changesUntil(form: Form, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(form, { attributes: true });
    observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
}

/** The event under an id of its own, for a story whose answer changes the seats every form of the event on the page shows. */
const ownSeats = (id: string): EventData => ({ ...event, id: `${event.id}-${id}` });

export const Open: Story = {};

/** Sent without a name and with a broken address: every error at its field and in the summary. */
export const WithErrors: Story = {
  play: (context) => signUp(context, { name: '', email: 'fatma@' }),
};

export const Submitting: Story = { args: { outcome: 'pending' }, play: signUp };

/** The endpoint answers `remaining: 11`: every seats display of the event on the page follows. */
export const Confirmed: Story = { args: { event: ownSeats('confirmed') }, play: signUp };

export const Waitlisted: Story = { args: { outcome: 'waitlisted' }, play: signUp };

/** The endpoint says the e-mail address is taken: shown like the form's own errors. */
export const ServerFieldErrors: Story = { args: { outcome: 'invalid' }, play: signUp };

/** 429 with Retry-After: input kept, a retry button, the e-mail fallback. */
export const Busy: Story = { args: { outcome: 'busy' }, play: signUp };

export const NetworkError: Story = { args: { outcome: 'network' }, play: signUp };

/** The last seat went while the visitor typed: 409, and the form gives way to "full". */
export const BecameFull: Story = { args: { event: ownSeats('became-full'), outcome: 'full' }, play: signUp };

export const Full: Story = { args: { event: { ...event, registration: { ...event.registration, capacity: 40, remaining: 0 } } } };

export const WaitingList: Story = {
  args: { event: { ...event, registration: { ...event.registration, capacity: 40, remaining: 0, waitlist: true } } },
};

export const Closed: Story = { args: { event: { ...event, registration: { ...event.registration, deadline: '2020-01-01' } } } };

export const NotYetOpen: Story = { args: { event: { ...event, registration: { ...event.registration, opens: '2099-01-01' } } } };

export const Cancelled: Story = { args: { event: { ...event, status: 'cancelled' } } };

/** On the seed's own dates, 29 January 2019: the event is over, "Deze activiteit is geweest. Aanmelden is niet meer mogelijk." */
export const Past: Story = { args: { event: { ...event, startDate: seed.startDate, endDate: seed.endDate } } };

/** The seed's own way: no endpoint, only an address. Registering opens the visitor's mail program. */
export const ByEmail: Story = { args: { event: upcomingSeed } };

export const English: Story = { args: { lang: 'en' } };

export const Turkish: Story = { args: { lang: 'tr' } };

/** Arabic, right to left: labels, fields and button start on the right. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** Arabic errors name Dutch field labels as isolated runs, so their punctuation stays put. */
export const ArabicWithErrors: Story = {
  args: { lang: 'ar' },
  play: (context) => signUp(context, { name: '', email: 'fatma@' }),
};

export const TurkishConfirmed: Story = { args: { lang: 'tr', event: ownSeats('turkish-confirmed') }, play: signUp };

export const ArabicConfirmed: Story = { args: { lang: 'ar', event: ownSeats('arabic-confirmed') }, play: signUp };

/**
 * Far down a long page, with `loading="lazy"`: it takes no room and fetches nothing until it comes
 * within a screen of the view, like a lazy image (docs/site-developers.md, "A form far down the
 * page"). The play scrolls down to it, as a visitor would, and waits for its questions.
 */
export const FarDownThePage: Story = {
  render: ({ event, lang }) =>
    html`<div style="block-size: 250vh"></div>
      <registration-form loading="lazy" lang=${lang} .event=${event}></registration-form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<Form>('registration-form')!;
    await form.updateComplete;
    const shown = changesUntil(form, () => form.shadowRoot!.querySelector('form') !== null);
    form.scrollIntoView();
    await shown;
    await form.updateComplete;
  },
};

/** Extra questions of every type, labelled per language; the dietary needs say their limit of 200 characters under the label. */
export const ExtraQuestions: Story = {
  args: {
    event: {
      ...event,
      registration: {
        ...event.registration,
        fields: [
          { name: 'diet', label: { nl: 'Dieetwensen', en: 'Dietary needs' }, type: 'textarea', maxLength: 200 },
          { name: 'phone', label: { nl: 'Telefoonnummer', en: 'Phone number' }, type: 'tel', autocomplete: 'tel' },
          { name: 'guests', label: { nl: 'Aantal personen', en: 'Number of people' }, type: 'number', required: true },
          { name: 'session', label: { nl: 'Welke ronde?', en: 'Which round?' }, type: 'radio', options: ['16.30 uur', '17.00 uur'], required: true },
          { name: 'district', label: { nl: 'Wijk', en: 'District' }, type: 'select', options: ['Overvecht', 'Noordoost', 'Zuid'] },
          { name: 'help', label: { nl: 'Ik wil helpen met', en: 'I can help with' }, type: 'checkbox', options: ['opbouwen', 'koffie', 'opruimen'] },
          { name: 'photos', label: { nl: "Foto's van mij mogen gebruikt worden", en: 'Photos of me may be used' }, type: 'checkbox' },
        ],
      },
    },
  },
};

/** On a page with Utrecht's theme, sent with errors: its inputs, button, error colours and focus ring (on the summary). */
export const UtrechtTheme: Story = {
  decorators: [utrechtTheme],
  play: (context) => signUp(context, { name: '', email: 'fatma@' }),
};
