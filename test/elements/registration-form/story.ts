// What the <registration-form> tests share: an event open for registration, a
// visitor's hands (typing, choosing, leaving a field, pressing keys) and eyes
// (labels, messages, the live regions), and a look at what the endpoint got.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys as sendKeysCommand } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import '../../../src/embed.js';
import type { EventData, FieldSpec } from '../../../src/data/types.js';
import type { RegistrationForm, RegistrationState } from '../../../src/elements/registration-form/registration-form.js';
import { loadSeed, readableText, settled } from '../../helpers.js';
import { endpointLog, endpointUrl, type LoggedRequest } from '../../server/endpoint.js';

export type Registration = NonNullable<EventData['registration']>;

/** The organiser of the seed invitation, who takes registrations by e-mail too. */
export const JITSKE = { email: 'jitske@omziennaarelkaar.nl', contact: 'Jitske Tiemersma' } as const;

/**
 * The seed invitation moved to 2099, taking registrations at the test endpoint `endpointId`.
 * Its id is its own: seat state and drafts are kept per event id for the whole page, and the
 * tests of one file share a page.
 */
export async function openEvent(endpointId: string, registration: Registration = {}, more: Partial<EventData> = {}): Promise<EventData> {
  const { endDate: _end, registration: _registration, ...seed } = await loadSeed();
  return {
    ...seed,
    id: `event-${endpointId}`,
    startDate: '2099-06-01T16:00',
    registration: { endpoint: endpointUrl(endpointId), ...JITSKE, ...registration },
    ...more,
  };
}

/** The same event, registering by e-mail only (no endpoint). */
export async function mailOnlyEvent(endpointId: string, registration: Registration = {}): Promise<EventData> {
  const event = await openEvent(endpointId, registration);
  const { endpoint: _endpoint, ...byMail } = event.registration!;
  return { ...event, registration: byMail };
}

/** Puts a form for `event` on the page and waits until it shows (its behaviour is a lazily loaded chunk). */
export async function showForm(event: EventData, options: { lang?: string; timeout?: number } = {}): Promise<RegistrationForm> {
  const element = await fixture<RegistrationForm>(
    html`<registration-form .event=${event} lang=${options.lang ?? nothing} timeout=${options.timeout ?? nothing}></registration-form>`,
  );
  await element.updateComplete;
  return element;
}

/** Any page around a form; returns the page's root once every element on it has rendered. */
export async function showPage(template: TemplateResult): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(template);
  await settled(page);
  return page;
}

/** "Reloads the page": the form leaves, and a new one for the same event takes its place. */
export async function reload(element: RegistrationForm, event: EventData): Promise<RegistrationForm> {
  element.remove();
  return showForm(structuredClone(event));
}

const root = (element: RegistrationForm) => element.shadowRoot!;

export function theForm(element: RegistrationForm): HTMLFormElement | null {
  return root(element).querySelector('form');
}

/** The text of a label or legend as a person reads it, "(niet verplicht)" included. */
const labelText = (label: Element) => readableText(label);

/** The labels and legends of the form's questions, in order (not the options of a group). */
export function questionLabels(element: RegistrationForm): string[] {
  return [...root(element).querySelectorAll('form [part~=label]')].map(labelText);
}

/**
 * The control a person finds by its label: a text box, select or checkbox by its `<label>`,
 * a group of radios or checkboxes by its `<legend>` (then the fieldset is returned).
 */
export function byLabel<T extends Element = HTMLInputElement>(element: RegistrationForm, label: string): T {
  const shadow = root(element);
  for (const candidate of shadow.querySelectorAll('label, legend')) {
    if (labelText(candidate) !== label) continue;
    if (candidate.localName === 'legend') return candidate.parentElement as unknown as T;
    const control = shadow.getElementById((candidate as HTMLLabelElement).htmlFor);
    if (control) return control as unknown as T;
  }
  throw new Error(`no question labelled "${label}"; the form asks: ${JSON.stringify(questionLabels(element))}`);
}

/** The option labelled `label` inside the group `group` (a fieldset). */
export function option(group: Element, label: string): HTMLInputElement {
  for (const candidate of group.querySelectorAll('label')) {
    if (labelText(candidate) === label) return group.querySelector<HTMLInputElement>(`#${CSS.escape(candidate.htmlFor)}`)!;
  }
  throw new Error(`no option "${label}" in ${labelText(group.querySelector('legend')!)}`);
}

/** Types into a text box (all at once, as autofill or a paste does): the browser's `input` event follows. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  control.focus();
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Picks an option of a select by its label. */
export function select(control: HTMLSelectElement, label: string): void {
  control.focus();
  const chosen = [...control.options].find((candidate) => candidate.textContent!.trim() === label);
  if (!chosen) throw new Error(`no option "${label}"`);
  control.value = chosen.value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Ticks or chooses a checkbox or radio, by clicking it. */
export function tick(control: HTMLInputElement): void {
  control.focus();
  control.click();
}

/**
 * Moves focus from `from` to `to`, as tabbing on does. A page in a background tab gets no
 * focus events (Firefox runs two test files at once in two tabs of one window, and only one
 * of them is in front); there the events the browser would fire are dispatched instead, so
 * the form's "on leaving a field" runs as it would for a person.
 */
export function moveFocus(from: HTMLElement, to: HTMLElement): void {
  from.focus();
  let left = false;
  const leaving = () => (left = true);
  from.addEventListener('focusout', leaving);
  to.focus();
  from.removeEventListener('focusout', leaving);
  if (left) return;
  from.dispatchEvent(new FocusEvent('blur', { relatedTarget: to }));
  from.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: to }));
  to.dispatchEvent(new FocusEvent('focus', { relatedTarget: from }));
  to.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: from }));
}

/** Real key presses, through the test runner (Playwright for Chromium, Puppeteer over WebDriver BiDi for Firefox). */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeysCommand({ press: key });
}

/** Real typing, key by key. */
export async function typeKeys(text: string): Promise<void> {
  await sendKeysCommand({ type: text });
}

/**
 * Whether key presses do what they do for a person: Space ticks a checkbox, Enter on a button
 * presses it. True in Chromium; in Firefox only for the tab in front (see `moveFocus`).
 */
export function keysActivate(): boolean {
  return document.hasFocus();
}

/** Anna, who signs up in the tests; `role` is one of the seed's audience. */
export const anna = {
  name: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  organization: 'Buurtteam Overvecht',
  role: 'sociaal makelaar',
  remarks: 'Ik kom met z’n tweeën & iets later',
};

/** Fills the standard questions in Dutch as Anna would (role only when the form asks it). */
export function fillInAnna(element: RegistrationForm, answers: Partial<typeof anna> = anna): void {
  if (answers.name !== undefined) typeInto(byLabel(element, 'Naam'), answers.name);
  if (answers.email !== undefined) typeInto(byLabel(element, 'E-mailadres'), answers.email);
  if (answers.organization !== undefined) typeInto(byLabel(element, 'Organisatie of initiatief (niet verplicht)'), answers.organization);
  if (answers.role !== undefined) tick(option(byLabel(element, 'Ik kom als (niet verplicht)'), answers.role));
  if (answers.remarks !== undefined) typeInto(byLabel<HTMLTextAreaElement>(element, 'Opmerkingen (niet verplicht)'), answers.remarks);
}

/** What the standard questions hold now, read from the controls. */
export function shownAnswers(element: RegistrationForm): typeof anna {
  const role = byLabel(element, 'Ik kom als (niet verplicht)').querySelector<HTMLInputElement>('input:checked');
  return {
    name: byLabel(element, 'Naam').value,
    email: byLabel(element, 'E-mailadres').value,
    organization: byLabel(element, 'Organisatie of initiatief (niet verplicht)').value,
    role: role ? labelText(root(element).querySelector(`label[for="${role.id}"]`)!) : '',
    remarks: byLabel<HTMLTextAreaElement>(element, 'Opmerkingen (niet verplicht)').value,
  };
}

/** The form's submit button, found by what it says. */
export function submitButton(element: RegistrationForm): HTMLButtonElement {
  return root(element).querySelector<HTMLButtonElement>('form button[type=submit]')!;
}

/** Presses the submit button (a mouse click or a tap). */
export function submit(element: RegistrationForm): void {
  submitButton(element).click();
}

/** Waits until the form is in `state` and has rendered it. */
export async function stateBecomes(element: RegistrationForm, state: RegistrationState): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `the form never became "${state}" (it is "${element.getAttribute('state')}")`, { timeout: 5000 });
  await element.updateComplete;
}

/** What the polite live region says (sending, success, mail opened). */
export function statusText(element: RegistrationForm): string {
  return readableText(root(element).querySelector('[role=status]')!);
}

/** What the assertive live region says (a failure). */
export function alertText(element: RegistrationForm): string {
  return readableText(root(element).querySelector('[role=alert]')!);
}

/** The error summary, if shown. */
export function errorSummary(element: RegistrationForm): HTMLElement | null {
  return root(element).querySelector('[part~=error-summary]');
}

/** The lines of the error summary. */
export function summaryLines(element: RegistrationForm): string[] {
  const summary = errorSummary(element);
  return summary ? [...summary.querySelectorAll('li')].map((item) => readableText(item)) : [];
}

/** The message a control (or group) points at as its error, read as a screen reader would. */
export function errorOf(element: RegistrationForm, control: Element): string | undefined {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const messages = ids.map((id) => root(element).getElementById(id)).filter((found) => found?.matches('[part~=error]'));
  return messages.length ? messages.map((message) => readableText(message!)).join(' ') : undefined;
}

/** Everything a control (or group) points at with `aria-describedby`, in order, read as a screen reader would. */
export function descriptionOf(element: RegistrationForm, control: Element): string[] {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => root(element).getElementById(id)).map((found) => (found ? readableText(found) : '(missing)'));
}

/** Where focus is inside the form. */
export function focused(element: RegistrationForm): Element | null {
  return root(element).activeElement;
}

/** The requests the endpoint `id` received, waiting until there are at least `count`. */
export async function received(id: string, count = 1): Promise<LoggedRequest[]> {
  let log: LoggedRequest[] = [];
  await waitUntil(async () => (log = await endpointLog(id)).length >= count, `the endpoint received ${log.length} of ${count} requests`, { timeout: 5000 });
  return log;
}

/** The JSON body of a logged request. */
export function bodyOf(request: LoggedRequest): Record<string, unknown> {
  return JSON.parse(request.body) as Record<string, unknown>;
}

/** Every kind of extra question, labelled in Dutch and English. */
export const everyKindOfQuestion: FieldSpec[] = [
  { name: 'telefoon', type: 'tel', label: { nl: 'Telefoonnummer', en: 'Phone number' }, autocomplete: 'tel' },
  { name: 'functie', label: { nl: 'Functie', en: 'Job title' }, description: { nl: 'Zoals op je visitekaartje', en: 'As on your business card' } },
  { name: 'werkmail', type: 'email', label: { nl: 'E-mailadres op het werk', en: 'Work email address' } },
  { name: 'personen', type: 'number', required: true, label: { nl: 'Met hoeveel personen kom je?', en: 'How many people are coming?' } },
  { name: 'vraag', type: 'textarea', label: { nl: 'Jouw vraag aan de wethouder', en: 'Your question for the alderman' } },
  {
    name: 'workshop',
    type: 'select',
    label: { nl: 'Workshop', en: 'Workshop' },
    options: [
      { value: 'wonen', label: { nl: 'Wonen', en: 'Housing' } },
      { value: 'zorg', label: { nl: 'Zorg', en: 'Care' } },
    ],
  },
  {
    name: 'dieet',
    type: 'radio',
    required: true,
    label: { nl: 'Eten', en: 'Food' },
    options: [
      { value: 'vega', label: { nl: 'Vegetarisch', en: 'Vegetarian' } },
      { value: 'geen', label: { nl: 'Geen voorkeur', en: 'No preference' } },
    ],
  },
  { name: 'lift', type: 'checkbox', label: { nl: 'Ik heb een lift nodig', en: 'I need a lift' } },
  {
    name: 'dagen',
    type: 'checkbox',
    label: { nl: 'Welke dagen ben je er?', en: 'Which days are you there?' },
    options: [
      { value: 'di', label: { nl: 'dinsdag', en: 'Tuesday' } },
      { value: 'wo', label: { nl: 'woensdag', en: 'Wednesday' } },
    ],
  },
];
