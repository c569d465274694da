import { expect, fixture, html } from '@open-wc/testing';
import type { EventAnnouncement } from '../../../src/elements/event-announcement/event-announcement.js';
import type { RegistrationForm } from '../../../src/elements/registration-form/registration-form.js';
import { deepQueryAll, readableText, scrollToForm, settled } from '../../helpers.js';
import { waitUntil } from '../../wait.js';
import { newEndpointId, scriptEndpoint } from '../../server/endpoint.js';
import { errorSummary, fillInAnna, focused, openEvent, showForm, stateBecomes, submit } from './story.js';

/** A heading as a screen reader's list of headings gives it: its level and its text. */
const outline = (headings: Element[]) => headings.map((heading) => `h${heading.localName.slice(1)} ${readableText(heading)}`);

/** The form's own headings, in order. */
const formHeadings = (form: RegistrationForm) => outline([...form.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]);

/** What the form's headings look like: the same at every level. */
const looks = (heading: Element) => {
  const style = getComputedStyle(heading);
  return [style.fontSize, style.fontWeight, style.marginBlockStart, style.marginBlockEnd, style.lineHeight].join(' ');
};

/** The error summary, the confirmation and the failure of a form, each reached as a visitor reaches it. */
async function everyPanel(form: RegistrationForm, endpointId: string): Promise<{ summary: string[]; failure: string[]; success: string[]; focus: Element | null }> {
  await scriptEndpoint(endpointId, [{ status: 500 }, { status: 201, body: { status: 'confirmed' } }]);
  submit(form);
  await waitUntil(() => errorSummary(form), 'no error summary');
  await form.updateComplete;
  const summary = formHeadings(form);
  fillInAnna(form);
  submit(form);
  await stateBecomes(form, 'error');
  const failure = formHeadings(form);
  submit(form);
  await stateBecomes(form, 'success');
  return { summary, failure, success: formHeadings(form), focus: focused(form) };
}

describe('<registration-form>: the level of its own headings (heading-level)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('on a page of its own: <h3>, as before, with the confirmation taking focus', async () => {
    const id = newEndpointId('headings');
    const form = await showForm(await openEvent(id));
    expect(form.headingLevel).to.equal(3);
    const { summary, failure, success, focus } = await everyPanel(form, id);
    expect(summary).to.deep.equal(['h3 Er is een probleem']);
    expect(failure).to.deep.equal(['h3 Je aanmelding is niet verstuurd']);
    expect(success).to.deep.equal(['h3 Je bent aangemeld']);
    expect(focus, 'focus on the confirmation').to.equal(form.shadowRoot!.querySelector('h3#success-title'));
  });

  it('at the level the site sets, looking the same at every level; out of 1–6, the nearest', async () => {
    const id = newEndpointId('headings');
    const event = await openEvent(id);
    const form = await fixture<RegistrationForm>(html`<registration-form heading-level="2" .event=${event}></registration-form>`);
    await form.updateComplete;
    const { summary, failure, success, focus } = await everyPanel(form, id);
    expect(summary).to.deep.equal(['h2 Er is een probleem']);
    expect(failure).to.deep.equal(['h2 Je aanmelding is niet verstuurd']);
    expect(success).to.deep.equal(['h2 Je bent aangemeld']);
    expect(focus).to.equal(form.shadowRoot!.querySelector('h2#success-title'));
    await expect(form).to.be.accessible();

    const standalone = await showForm(await openEvent(newEndpointId('headings')));
    submit(standalone);
    await waitUntil(() => errorSummary(standalone), 'no error summary');
    await standalone.updateComplete;
    const atThree = looks(standalone.shadowRoot!.querySelector('h3')!);
    const seen: string[] = [];
    for (const [level, tag] of [[1, 'h1'], [4, 'h4'], [6, 'h6'], [9, 'h6'], [0, 'h1']] as const) {
      standalone.headingLevel = level;
      await standalone.updateComplete;
      const heading = errorSummary(standalone)!.querySelector('h1, h2, h3, h4, h5, h6')!;
      seen.push(heading.localName);
      expect(looks(heading), `an ${tag} looks as the h3 did`).to.equal(atThree);
    }
    expect(seen).to.deep.equal(['h1', 'h4', 'h6', 'h6', 'h1']);
  });

  it('inside an announcement: <h4>, under the section’s <h3> "Aanmelden", with the confirmation taking focus', async () => {
    const id = newEndpointId('headings');
    const event = await openEvent(id);
    const page = await fixture<HTMLElement>(html`<div><h1>Agenda Overvecht</h1><event-announcement lang="nl" .event=${event}></event-announcement></div>`);
    const announcement = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(announcement);
    const form = announcement.shadowRoot!.querySelector<RegistrationForm>('registration-form')!;
    await scrollToForm(form);
    expect(form.getAttribute('heading-level')).to.equal('4');

    const { summary, failure, success, focus } = await everyPanel(form, id);
    expect(summary).to.deep.equal(['h4 Er is een probleem']);
    expect(failure).to.deep.equal(['h4 Je aanmelding is niet verstuurd']);
    expect(success).to.deep.equal(['h4 Je bent aangemeld']);
    expect(focus, 'focus on the confirmation').to.equal(form.shadowRoot!.querySelector('h4#success-title'));
    await settled(announcement);

    // The page's outline as a screen reader lists it: no level skipped, the confirmation under "Aanmelden".
    const headings = outline([page.querySelector('h1')!, ...deepQueryAll(announcement, 'h1, h2, h3, h4, h5, h6')]);
    const registration = headings.indexOf('h3 Aanmelden');
    expect(registration, `"Aanmelden" is a section heading (${headings.join(' | ')})`).to.be.greaterThan(0);
    expect(headings[registration + 1]).to.equal('h4 Je bent aangemeld');
    const levels = headings.map((heading) => Number(heading[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `no level skipped before "${headings[index]}"`).to.be.at.most(1));
    await expect(announcement).to.be.accessible();
  });
});
