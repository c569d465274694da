import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { EventElement } from '../../src/elements/event-element.js';
import type { EventErrorEvent } from '../../src/events.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

const NOTICE = 'Deze activiteit kon niet worden getoond';

/**
 * Renders `markup`, catching the element's `event-error` and console warnings.
 * The listener is on the document: the event bubbles and is composed.
 */
async function renderBroken(template: TemplateResult) {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const errored = oneEvent(document, 'event-error') as Promise<EventErrorEvent>;
    const element = await fixture<EventElement>(template);
    const error = await errored;
    await settled(element);
    return { element, error, warnings, text: readableText(element) };
  } finally {
    console.warn = warn;
  }
}

describe('bad event data', () => {
  let seed: EventData;
  before(async () => {
    seed = await loadSeed();
  });

  it('a malformed JSON attribute shows a notice, warns once and fires event-error', async () => {
    const { element, error, warnings, text } = await renderBroken(html`<event-announcement event='{"name": "Buurtfeest",'></event-announcement>`);
    expect(text).to.contain(NOTICE);
    expect(text).to.contain('Voor de beheerder van deze pagina:');
    expect(text).to.contain('geen geldige JSON');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<event-announcement>');
    expect(error.target).to.equal(element);
    expect(error.bubbles && error.composed).to.equal(true);
    expect(error.detail.problems).to.have.length.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('names a missing name for the editor, by field path', async () => {
    const { name: _name, ...nameless } = seed;
    const { error, text } = await renderBroken(html`<event-announcement .event=${nameless}></event-announcement>`);
    expect(error.detail.problems.map((problem) => problem.path)).to.include('name');
    expect(text).to.contain(NOTICE);
    expect(text).to.contain('name: ontbreekt of is leeg.');
  });

  it('names a date that is not ISO 8601', async () => {
    const { error, text } = await renderBroken(html`<event-announcement .event=${{ ...seed, startDate: 'morgen' }}></event-announcement>`);
    expect(error.detail.problems[0]).to.include({ path: 'startDate' });
    expect(error.detail.problems[0].message).to.contain('morgen');
    expect(text).to.contain('startDate: "morgen" is geen datum in ISO 8601-vorm');
  });

  it('renders what it can of partial data, and still reports what it dropped', async () => {
    const partial = { ...seed, audience: 'iedereen', location: { ...seed.location, url: 'javascript:alert(1)' } };
    const { element, error, text } = await renderBroken(html`<event-announcement .event=${partial}></event-announcement>`);
    expect(text).not.to.contain(NOTICE);
    expect(deepQuery(element, 'h2')!.textContent).to.equal(seed.name);
    expect(error.detail.problems.map((problem) => problem.path)).to.include.members(['audience', 'location.url']);
    expect(deepQuery(element, 'a[href^="javascript"]')).to.equal(null);
  });

  it('tells the editor in English on an English page', async () => {
    const { text } = await renderBroken(html`<event-announcement lang="en" .event=${{ ...seed, startDate: 'tomorrow' }}></event-announcement>`);
    expect(text).to.contain('This event could not be shown');
    expect(text).to.contain('startDate: "tomorrow" is not an ISO 8601 date');
  });

  it('says so when src answers 404', async () => {
    const { error, text } = await renderBroken(html`<event-announcement src="/test/fixtures/does-not-exist.json"></event-announcement>`);
    expect(error.detail.problems[0].path).to.equal('src');
    expect(text).to.contain(NOTICE);
    expect(text).to.contain('src: laden is mislukt (HTTP 404)');
  });

  it('says so when src answers with an HTML page', async () => {
    const { text } = await renderBroken(html`<event-announcement src="/test/fixtures/not-json.html"></event-announcement>`);
    expect(text).to.contain('src: laden is mislukt (text/html instead of JSON)');
  });

  it('refuses a src that is not http(s)', async () => {
    const { text } = await renderBroken(html`<event-announcement src="javascript:alert(1)"></event-announcement>`);
    expect(text).to.contain('src: laden is mislukt');
  });

  it('says no event was given at all, for every element', async () => {
    for (const tag of ['event-announcement', 'event-agenda', 'seats-badge']) {
      const element = document.createElement(tag);
      const errored = oneEvent(element, 'event-error');
      const warn = console.warn;
      console.warn = () => {};
      document.body.append(element);
      await errored;
      console.warn = warn;
      await settled(element);
      expect(readableText(element), tag).to.contain(NOTICE);
      expect(readableText(element), tag).to.contain('Er zijn geen gegevens van de activiteit meegegeven');
      element.remove();
    }
  });

  describe('an object a framework wrote as text ("[object Object]", the element not yet defined when it rendered)', () => {
    /** Renders `template`, catching `event-error` and what went to the console as errors and warnings. */
    async function renderObjectAsText(template: TemplateResult) {
      const logged = { errors: [] as unknown[][], warnings: [] as unknown[][] };
      const { error: logError, warn } = console;
      console.error = (...args: unknown[]) => logged.errors.push(args);
      console.warn = (...args: unknown[]) => logged.warnings.push(args);
      try {
        const errored = oneEvent(document, 'event-error') as Promise<EventErrorEvent>;
        const element = await fixture<EventElement>(template);
        const error = await errored;
        await settled(element);
        return { element, error, ...logged, text: readableText(element) };
      } finally {
        Object.assign(console, { error: logError, warn });
      }
    }

    it('is named as that, with the fix, by a console error and event-error; not as bad JSON', async () => {
      const { error, errors, warnings, text } = await renderObjectAsText(html`<event-announcement event="[object Object]"></event-announcement>`);
      expect(error.detail.problems).to.have.length(1);
      expect(error.detail.problems[0]).to.include({ code: 'object-attribute', path: 'event' });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(0);
      expect(String(errors[0][0])).to.contain('<event-announcement>').and.to.contain('set the event property').and.to.contain('docs/frameworks.md');
      expect(text).to.contain(NOTICE);
      expect(text).to.contain('event: "[object Object]" is een object dat als tekst is doorgegeven');
      expect(text).to.contain('docs/frameworks.md');
      expect(text).not.to.contain('geen geldige JSON');
      expect(text).not.to.contain('Er zijn geen gegevens');
    });

    it('is named under data-event too, in the page\'s language', async () => {
      const { error, text } = await renderObjectAsText(html`<seats-badge lang="en" data-event="[object Object]"></seats-badge>`);
      expect(error.detail.problems[0]).to.include({ code: 'object-attribute', path: 'data-event' });
      expect(text).to.contain('data-event: "[object Object]" is an object passed as text');
    });

    it('gives way to the property once the framework sets it (a render after the definition)', async () => {
      const { element } = await renderObjectAsText(html`<event-announcement event="[object Object]"></event-announcement>`);
      element.event = seed;
      await settled(element);
      expect(readableText(element)).not.to.contain(NOTICE);
      expect(deepQuery(element, 'h2')!.textContent).to.equal(seed.name);
    });
  });

  describe('every element alone, given data it cannot use, shows the notice and names the part', () => {
    const without = (event: EventData, key: keyof EventData) => Object.fromEntries(Object.entries(event).filter(([name]) => name !== key)) as EventData;
    const cases: [tag: string, what: string, broken: (seed: EventData) => unknown, says: string][] = [];
    for (const tag of ['event-announcement', 'event-agenda', 'seats-badge', 'registration-form']) {
      cases.push(
        [tag, 'no name', (seed) => without(seed, 'name'), 'name: ontbreekt of is leeg.'],
        [tag, 'no start date', (seed) => without(seed, 'startDate'), 'startDate: ontbreekt of is leeg.'],
        [tag, 'a start date that is no date', (seed) => ({ ...seed, startDate: 'morgen' }), 'startDate: "morgen" is geen datum in ISO 8601-vorm'],
      );
    }
    cases.push(
      ['event-agenda', 'no programme', (seed) => without(seed, 'program'), 'program: ontbreekt of is leeg.'],
      ['event-agenda', 'a programme that is not a list', (seed) => ({ ...seed, program: { start: '16:00', title: 'Welkom' } }), 'program: '],
      ['event-agenda', 'a programme of unusable items', (seed) => ({ ...seed, program: [{ title: 'Welkom' }] }), 'program[0].start: ontbreekt of is leeg.'],
      ['registration-form', 'no registration', (seed) => without(seed, 'registration'), 'registration.endpoint: ontbreekt of is leeg.'],
      [
        'registration-form',
        'an endpoint that is no web address, and no e-mail',
        (seed) => ({ ...seed, registration: { endpoint: 'javascript:alert(1)' } }),
        'registration.endpoint: "javascript:alert(1)" is geen http- of https-link.',
      ],
    );
    for (const [tag, what, broken, says] of cases) {
      it(`<${tag}> with ${what}`, async () => {
        const element = document.createElement(tag) as EventElement;
        element.event = broken(seed) as EventData;
        const { error, text } = await renderBroken(html`${element}`);
        expect(text).to.contain(NOTICE);
        expect(text).to.contain(says);
        expect(error.target).to.equal(element);
      });
    }
  });

  it('never throws, whatever the input', async () => {
    const inputs: unknown[] = [null, 42, 'null', '[]', [], { name: 7, startDate: {} }, { name: 'x', startDate: '2019-01-29', program: 'soon' }, { name: 'x', startDate: '2019-01-29', location: [] }];
    for (const input of inputs) {
      const element = document.createElement('event-announcement') as EventElement;
      const warn = console.warn;
      console.warn = () => {};
      element.event = input as object;
      document.body.append(element);
      await settled(element);
      console.warn = warn;
      expect(element.shadowRoot!.textContent!.length, JSON.stringify(input)).to.be.greaterThan(0);
      element.remove();
    }
  });
});

describe('hostile event text', () => {
  it('appears as literal text, never as HTML', async () => {
    const seed = await loadSeed();
    const hostile = '<img src=x onerror="window.__pwned=true">';
    const event: EventData = {
      ...seed,
      name: hostile,
      summary: `<script>window.__pwned=true</script>`,
      description: [{ heading: hostile, body: `${hostile}\n\n<b>vet</b>` }],
      audience: [hostile],
      location: { ...seed.location, name: hostile, hosts: [hostile] },
      program: [{ start: '16:00', title: hostile, description: hostile, speakers: [`${hostile} (spreker)`, 'Anna'] }],
      registration: { ...seed.registration, contact: hostile },
    };
    const element = await fixture<EventElement>(html`<event-announcement .event=${event}></event-announcement>`);
    await settled(element);
    expect(deepQuery(element, 'img')).to.equal(null);
    expect(deepQuery(element, 'b')).to.equal(null);
    expect(deepQuery(element, 'h2')!.textContent).to.equal(hostile);
    expect(readableText(element)).to.contain('<b>vet</b>');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});
