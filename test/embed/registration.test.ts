import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';

/**
 * Runs against the built file, dist/embed.js, as a CMS snippet loads it:
 * `npm test` builds before it runs the browsers.
 */
describe('dist/embed.js on a page', () => {
  it('registers every element', async () => {
    await import(/* @vite-ignore */ '/dist/embed.js' as string);
    for (const tag of ['event-announcement', 'event-agenda', 'seats-badge']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('loaded a second time from another URL, warns with both versions and throws nothing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ '/dist/embed.js?copy=2' as string);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.match(new RegExp(`<\\S+> is already defined by event-elements ${VERSION.replace(/\./g, '\\.')}; this copy \\(${VERSION.replace(/\./g, '\\.')}\\) was not registered`));
  });

  it('the first copy keeps working', async () => {
    const element = document.createElement('seats-badge');
    element.setAttribute('remaining', '4');
    document.body.append(element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Bijna vol: nog 4 plekken');
    element.remove();
  });
});
