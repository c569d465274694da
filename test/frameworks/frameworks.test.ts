// The elements inside real React 19, Vue 3 and Svelte 5 apps, built with Vite by
// scripts/build-frameworks.mjs (run it first; npm test does). Each app passes the event as an
// object and shows what it heard of `registration-success`, `seats-change` and `event-error`;
// the elements are defined before the framework renders, or after it rendered (a lazy import,
// as a script tag on a partner site would). docs/frameworks.md says the right way per framework.
import { expect, waitUntil } from '@open-wc/testing';
import { deepQuery, readableText, settled } from '../helpers.js';
import { newEndpointId, scriptEndpoint } from '../server/endpoint.js';

const NAME = 'Buurtmaaltijd in Overvecht';
const NOTICE = 'Deze activiteit kon niet worden getoond';

interface App {
  document: Document;
  announcement: HTMLElement;
  /** What the app's own list of heard events says. */
  heard(): string;
}

/** Opens a built app in a frame, as a visitor opens the page, and waits until it rendered and the elements are defined. */
async function openApp(app: string, query: Record<string, string>): Promise<App> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 1400px; border: 0';
  frame.src = `/dist-frameworks/${app}/index.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  after(() => frame.remove());
  const ready = () => frame.contentDocument?.documentElement?.dataset.ready !== undefined;
  await waitUntil(ready, `the ${app} app never finished rendering (was scripts/build-frameworks.mjs run?)`, { timeout: 10000 });
  const page = frame.contentDocument!;
  const rendered = () => page.querySelector('event-announcement')?.shadowRoot?.textContent?.trim();
  await waitUntil(rendered, 'the announcement rendered nothing', { timeout: 5000 });
  const announcement = page.querySelector<HTMLElement>('event-announcement')!;
  await settled(page.body);
  return { document: page, announcement, heard: () => readableText(page.getElementById('heard')!) };
}

/** Signs up through the announcement's form, as a visitor types and presses the button. */
async function signUp(app: App): Promise<void> {
  const form = deepQuery<HTMLElement>(app.announcement, 'registration-form')!;
  const field = (name: string) => form.shadowRoot?.querySelector<HTMLInputElement>(`[name="${name}"]`);
  await waitUntil(() => field('email'), 'the form never showed its questions', { timeout: 5000 });
  const { Event: PageEvent } = app.document.defaultView!;
  for (const [name, value] of [
    ['name', 'Fatma Yilmaz'],
    ['email', 'fatma@example.org'],
  ]) {
    field(name)!.value = value;
    field(name)!.dispatchEvent(new PageEvent('input', { bubbles: true, composed: true }));
  }
  form.shadowRoot!.querySelector('form')!.requestSubmit();
  await waitUntil(() => app.heard().includes('registration-success'), `the app heard no registration-success (it heard: "${app.heard()}")`, { timeout: 5000 });
}

/** The announcement shows the event, and a sign-up reaches the app as registration-success and seats-change. */
async function worksFully(app: string, query: Record<string, string>): Promise<App> {
  const id = newEndpointId(app);
  await scriptEndpoint(id, [{ status: 201, body: { status: 'confirmed', remaining: 3 } }]);
  const opened = await openApp(app, { ...query, id });
  expect(deepQuery(opened.announcement, 'h2')?.textContent).to.equal(NAME);
  expect(readableText(opened.announcement)).not.to.contain(NOTICE);
  await signUp(opened);
  await waitUntil(() => opened.heard().includes('seats-change: 3'), `the app heard no seats-change (it heard: "${opened.heard()}")`, { timeout: 5000 });
  const badge = opened.document.querySelector<HTMLElement>('seats-badge');
  if (badge) expect(readableText(badge)).to.equal('Bijna vol: nog 3 plekken');
  return opened;
}

/** Bad data reaches the app as event-error, and the visitor sees the notice. */
async function reportsBadData(app: string): Promise<void> {
  const opened = await openApp(app, { order: 'before', bad: '1', id: newEndpointId(app) });
  await waitUntil(() => opened.heard().includes('event-error: date'), `the app heard no event-error (it heard: "${opened.heard()}")`, { timeout: 5000 });
  expect(readableText(opened.announcement)).to.contain('startDate: "morgen" is geen datum');
}

/** The wrong way: the attribute `[object Object]`, named as that, with the fix, and heard by the app. */
async function namesTheObjectAttribute(app: string, query: Record<string, string>): Promise<void> {
  const opened = await openApp(app, { ...query, id: newEndpointId(app) });
  expect(opened.announcement.getAttribute('event')).to.equal('[object Object]');
  const text = readableText(opened.announcement);
  expect(text).to.contain('event: "[object Object]" is een object dat als tekst is doorgegeven');
  expect(text).to.contain('docs/frameworks.md');
  expect(text).not.to.contain('geen geldige JSON');
  await waitUntil(() => opened.heard().includes('event-error: object-attribute'), `the app heard: "${opened.heard()}"`, { timeout: 5000 });
}

describe('the elements in framework apps', function () {
  // A whole app in a frame, and a registration through it: more than the usual ten seconds on a busy machine.
  this.timeout(20000);

  describe('React 19', () => {
    it('elements defined first: event={object} is a property, on<event> props listen', () => worksFully('react', { order: 'before' }));
    it('elements defined after React rendered, the event set through a ref', () => worksFully('react', { order: 'after', way: 'ref' }));
    it('elements defined after React rendered, event={object}: the attribute "[object Object]" is named as that', () =>
      namesTheObjectAttribute('react', { order: 'after' }));
    it('bad data reaches the app as event-error', () => reportsBadData('react'));
  });

  describe('Vue 3', () => {
    it('elements defined first: :event.prop and @registration-success', () => worksFully('vue', { order: 'before' }));
    it('elements defined after Vue rendered: :event.prop still works', () => worksFully('vue', { order: 'after' }));
    it('elements defined after Vue rendered, plain :event: the attribute "[object Object]" is named as that', () =>
      namesTheObjectAttribute('vue', { order: 'after', way: 'attribute' }));
    it('bad data reaches the app as event-error', () => reportsBadData('vue'));
  });

  describe('Svelte 5', () => {
    it('elements defined first: {event} and on<event> attributes', () => worksFully('svelte', { order: 'before' }));
    it('elements defined after Svelte rendered: {event} still works', () => worksFully('svelte', { order: 'after' }));
    it('bad data reaches the app as event-error', () => reportsBadData('svelte'));
  });

  describe('server-rendered React: renderToString, then hydrateRoot', () => {
    for (const order of ['before', 'after']) {
      it(`hydrates without a recoverable error, elements defined ${order} hydration; the page's own JSON-LD`, async () => {
        const app = await worksFully('react-ssr', { order });
        expect(app.document.documentElement.dataset.hydrated).to.equal('');
        expect(readableText(app.document.getElementById('recoverable-errors')!)).to.equal('');
        const scripts = app.document.querySelectorAll('script[type="application/ld+json"]');
        expect(scripts).to.have.length(1);
        expect(app.announcement.contains(scripts[0])).to.equal(false);
        expect(JSON.parse(scripts[0].textContent!)).to.include({ '@type': 'Event', name: NAME });
      });
    }
  });
});
