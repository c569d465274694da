// First, before lit loads: the hook that lets LitElement adopt server-rendered shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

/*
 * A page whose server rendered our elements with @lit-labs/ssr (real output, from
 * test/server/ssr.mjs): the browser hydrates what is there. Nothing a person reads may
 * flash: the server's nodes stay, and the text is the same before and after.
 */

const OURS = 'event-announcement, event-agenda, seats-badge, registration-form';

/** The server's markup of the fixture `name`. */
async function serverMarkup(name: string): Promise<string> {
  const response = await fetch(`/test/ssr/rendered/${name}`);
  const markup = await response.text();
  expect(response.ok, markup).to.equal(true);
  return markup;
}

/**
 * Puts `markup` in the page as the HTML parser makes it: declarative shadow roots attached, and the
 * elements, already defined, upgraded. Their first update, which hydrates, waits for a microtask:
 * until then, synchronously, `event` is given (when the server was given it by property: a page must do
 * the same) and what the server made is noted and watched.
 */
function placeServerMarkup(markup: string, container: HTMLElement, event?: EventData) {
  container.setHTMLUnsafe(markup);
  // Chromium upgrades the parsed elements at once, Firefox a moment later: now, in both.
  customElements.upgrade(container);
  const element = container.querySelector<HTMLElement & { event?: EventData }>(OURS)!;
  if (event) element.event = event;
  const elements = oursIn(element);
  expect(
    elements.map((each) => (each as Element & { hasUpdated?: boolean }).hasUpdated),
    'upgraded, not yet updated',
  ).to.deep.equal(elements.map(() => false));
  return { element, elements, textBefore: textWithoutForms(element), wordsBefore: firstWords(element), changes: watch(elements) };
}

/** The element and every element of ours inside it, through shadow roots. */
function oursIn(element: Element): Element[] {
  const inside = [...(element.shadowRoot?.querySelectorAll(OURS) ?? [])];
  return [element, ...inside.flatMap(oursIn)];
}

/** Records every change to the shadow roots of `elements`, each root by itself (subtree stops at nested roots). */
function watch(elements: Element[]): () => { host: string; record: MutationRecord }[] {
  const seen: { host: string; record: MutationRecord }[] = [];
  const observers = elements.map((element) => {
    const observer = new MutationObserver((records) => seen.push(...records.map((record) => ({ host: element.localName, record }))));
    observer.observe(element.shadowRoot!, { childList: true, characterData: true, subtree: true });
    return observer;
  });
  return () => {
    observers.forEach((observer, index) => {
      seen.push(...observer.takeRecords().map((record) => ({ host: elements[index].localName, record })));
      observer.disconnect();
    });
    return seen;
  };
}

/** A change, for a failure message: "seats-badge: childList +DIV -#comment". */
function changeText(host: string, record: MutationRecord): string {
  const names = (nodes: NodeList) => [...nodes].map((node) => node.nodeName).join(',');
  return `${host}: ${record.type} +${names(record.addedNodes)} -${names(record.removedNodes)}`;
}

/** The first words a person reads in the title (the programme, the badge): a text node the server made. */
function firstWords(element: Element): Text | null {
  const target = deepQuery(element, 'h2, ol, .badge');
  if (!target) return null;
  const words = { acceptNode: (node: Node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) };
  return document.createTreeWalker(target, NodeFilter.SHOW_TEXT, words).nextNode() as Text | null;
}

/** What a person reads, leaving out the forms: the server leaves their questions to the browser. */
function textWithoutForms(element: Element): string {
  const forms = element.localName === 'registration-form' ? [element] : oursIn(element).filter((each) => each.localName === 'registration-form');
  forms.forEach((form) => form.setAttribute('hidden', ''));
  try {
    return readableText(element);
  } finally {
    forms.forEach((form) => form.removeAttribute('hidden'));
  }
}

describe('hydrating server-rendered elements', () => {
  let seed: EventData;
  let container: HTMLElement;
  before(async function () {
    this.timeout(60000); // the first request renders every fixture on the server
    seed = await loadSeed();
    await fetch('/test/ssr/rendered/badge-alone');
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  // Fixture, how the server was given the seed, and words a person reads in it.
  const cases: [string, 'property' | 'attribute' | undefined, string][] = [
    ['announcement-property', 'property', 'dinsdag 29 januari 2019, 16.00 – 19.00 uur'],
    ['announcement-attribute', 'attribute', 'dinsdag 29 januari 2019, 16.00 – 19.00 uur'],
    ['agenda-property', 'property', '16.00 – 16.30 uur Welkom en introductie'],
    ['agenda-attribute', 'attribute', '16.00 – 16.30 uur Welkom en introductie'],
    ['badge-property', 'property', 'Geweest'],
    ['badge-attribute', 'attribute', 'Geweest'],
    ['badge-alone', undefined, 'Bijna vol: nog 3 plekken'],
  ];

  for (const [name, given, words] of cases) {
    it(`keeps the server's ${name} as it is`, async () => {
      const markup = await serverMarkup(name);
      const { element, elements, textBefore, wordsBefore, changes } = placeServerMarkup(markup, container, given === 'property' ? seed : undefined);

      await settled(element);

      expect(textBefore).to.contain(words);
      expect(elements.every((each) => (each as Element & { hasUpdated?: boolean }).hasUpdated), 'every element hydrated').to.equal(true);
      expect(elements.some((each) => each.hasAttribute('defer-hydration')), 'defer-hydration left').to.equal(false);
      // Only the form's shadow root may change: it gains its questions (here: that the event is over).
      const recorded = changes();
      expect(recorded.filter(({ host }) => host !== 'registration-form').map(({ host, record }) => changeText(host, record))).to.deep.equal([]);
      expect(recorded.flatMap(({ record }) => [...record.removedNodes])).to.deep.equal([]);
      expect(wordsBefore, 'the first words').to.not.equal(null);
      expect(firstWords(element), 'the same text node').to.equal(wordsBefore);
      expect(wordsBefore!.isConnected).to.equal(true);
      expect(textWithoutForms(element)).to.equal(textBefore);
    });
  }

  for (const given of ['property', 'attribute'] as const) {
    it(`adds the form's state to the server's empty form (seed by ${given}), replacing nothing`, async () => {
      const markup = await serverMarkup(`form-${given}`);
      const { element, changes } = placeServerMarkup(markup, container, given === 'property' ? seed : undefined);
      expect(readableText(element)).to.equal('');
      await settled(element);
      expect(readableText(element)).to.equal('Deze activiteit is geweest. Aanmelden is niet meer mogelijk.');
      expect(changes().flatMap(({ record }) => [...record.removedNodes])).to.deep.equal([]);
    });
  }

  it('lets the announcement write its JSON-LD for search engines after hydrating', async () => {
    const { element } = placeServerMarkup(await serverMarkup('announcement-attribute'), container);
    await settled(element);
    const script = element.querySelector('script[type="application/ld+json"][data-event-elements]');
    expect(JSON.parse(script!.textContent!).name).to.equal(seed.name);
  });
});
