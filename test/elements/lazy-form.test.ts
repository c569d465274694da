import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import type { RegistrationForm } from '../../src/elements/registration-form/registration-form.js';
import { announceAt, openSeed, settled, until } from '../helpers.js';

/** Whether the form shows its questions. */
const hasFields = (form: RegistrationForm) => Boolean(form.shadowRoot?.querySelector('input'));

/**
 * Resolves after the browser's next intersection check of `target`: an observer made earlier (the
 * form's own) has had its answer by then, since observers are told in the order they were made.
 */
const intersectionChecked = (target: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });

/** The form in `page`, once it has rendered and its observer has had the browser's first answer (and acted on it). */
async function lazyFormIn(page: HTMLElement): Promise<RegistrationForm> {
  const form = page.querySelector<RegistrationForm>('registration-form')!;
  await settled(form);
  await intersectionChecked(form);
  await form.updateComplete;
  return form;
}

/** Whether the page has fetched the form's code (its own module, next to embed.js). */
const formCodeFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('form-controller'));

describe('A form far down the page: `loading="lazy"`', () => {
  /** The seed a year ahead, registration open. */
  let open: EventData;
  before(async () => (open = await openSeed()));
  afterEach(() => window.scrollTo(0, 0));

  // First in this file: the check that the form's code was not fetched holds only until a form fetches it.
  it('fetches its code once it comes within a screen of the view, not before; it takes no room until then', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p style="block-size: 250vh">…</p>
      <registration-form loading="lazy" lang="nl" .event=${open}></registration-form>
      <p style="block-size: 200vh">…</p>
    </div>`);
    const form = await lazyFormIn(page);
    expect(hasFields(form), 'no questions yet, two and a half screens down').to.equal(false);
    expect(formCodeFetched(), 'the form’s code is not fetched').to.equal(false);
    expect(form.getAttribute('state'), 'its state is known without its code').to.equal('open');
    expect(form.getBoundingClientRect().height, 'it takes no room').to.equal(0);

    // Three quarters of a screen down: the form is a screen and three quarters below the top of the view.
    window.scrollBy(0, innerHeight * 0.75);
    await intersectionChecked(form);
    await until(() => hasFields(form), 'the form to show its questions');
    await form.updateComplete;
    expect(form.getBoundingClientRect().top, 'fetched before it is in view').to.be.greaterThan(innerHeight);
    expect(formCodeFetched()).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('loads as soon as focus moves in the page, so a keyboard visitor tabbing down reaches its first field, not what follows it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#before">Voor het formulier</a>
      <p style="block-size: 250vh">…</p>
      <registration-form loading="lazy" lang="nl" .event=${open}></registration-form>
      <a href="#after">Na het formulier</a>
    </div>`);
    const form = await lazyFormIn(page);
    expect(hasFields(form), 'not loaded before anything happens').to.equal(false);
    page.querySelector('a')!.focus();
    await until(() => hasFields(form), 'the form to show its questions');
    expect(scrollY, 'nothing scrolled').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === form, 'Tab goes into the form').to.equal(true);
    expect(form.shadowRoot!.activeElement?.getAttribute('name')).to.equal('name');
  });

  it('without it, a form far down fetches its code at once', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p style="block-size: 250vh">…</p>
      <registration-form lang="nl" .event=${open}></registration-form>
    </div>`);
    const form = page.querySelector<RegistrationForm>('registration-form')!;
    await settled(form);
    expect(hasFields(form)).to.equal(true);
  });

  const formOf = (element: EventAnnouncement) => element.shadowRoot!.querySelector<RegistrationForm>('registration-form')!;

  it('an announcement on a phone shows without its form’s code when the form is screens down, and the form comes as the visitor nears it', async () => {
    const element = await announceAt(open, 390);
    const form = formOf(element);
    expect(form.loading, 'the announcement made its form lazy').to.equal('lazy');
    expect(hasFields(form)).to.equal(false);
    const heading = element.shadowRoot!.querySelector<HTMLElement>('#registration')!;
    expect(heading.getBoundingClientRect().top, 'the form is more than two screens down').to.be.greaterThan(2 * innerHeight);
    // What the section says without the form: the seats, and how to register by e-mail.
    const contact = element.shadowRoot!.querySelector('[part~=contact]')!;
    expect(contact.textContent).to.contain('jitske@omziennaarelkaar.nl');
    await expect(element).to.be.accessible();

    // The link under the facts takes the visitor there: the form arrives below the heading, which stays put.
    element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=to-form]')!.click();
    const top = heading.getBoundingClientRect().top;
    await until(() => hasFields(form), 'the form to show its questions');
    await settled(element);
    expect(heading.getBoundingClientRect().top, 'nothing above the form moved').to.equal(top);
    expect(form.getBoundingClientRect().top).to.be.greaterThan(top);
    await expect(element).to.be.accessible();
  });

  it('in a language whose words are fetched too (Arabic), the lazy form comes in that language, right to left', async () => {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 390px" lang="ar">
      <event-announcement .event=${open}></event-announcement>
      <p style="block-size: 200vh">…</p>
    </div>`);
    const element = page.querySelector<EventAnnouncement>('event-announcement')!;
    await settled(element);
    const form = formOf(element);
    expect(form.loading).to.equal('lazy');
    form.scrollIntoView();
    await until(() => hasFields(form), 'the form to show its questions');
    await settled(element);
    const label = form.shadowRoot!.querySelector('label')!;
    expect(label.textContent?.trim()).to.equal('الاسم');
    expect(getComputedStyle(label).direction).to.equal('rtl');
  });

  it('an announcement whose form is near the top shows with it, on a phone too', async () => {
    const { description: _description, audience: _audience, program: _program, ...short } = open;
    const form = formOf(await announceAt(short, 390));
    expect(form.hasAttribute('loading'), 'not lazy').to.equal(false);
    expect(hasFields(form), 'there from the start').to.equal(true);
  });

  it('an announcement with room for two columns shows with its form beside the text', async () => {
    const form = formOf(await announceAt(open, 1280));
    expect(form.hasAttribute('loading'), 'not lazy').to.equal(false);
    expect(hasFields(form)).to.equal(true);
  });
});
