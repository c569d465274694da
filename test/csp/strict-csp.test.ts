import { expect, waitUntil } from '@open-wc/testing';
import { deepQuery, readableText } from '../helpers.js';

interface ProbedWindow extends Window {
  cspViolations: string[];
  pageErrors: string[];
}

/**
 * A municipal page with Utrecht's production policy and enforced Trusted
 * Types embeds dist/embed.js as a CMS snippet would. Nothing may be blocked
 * and everything must be styled.
 */
describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let page: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'strict CSP page';
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/csp/strict.html';
    document.body.append(frame);
    await loaded;
    page = frame.contentDocument!;
    await waitUntil(
      () => ['by-src', 'by-json-ld', 'broken', 'badge'].every((id) => page.getElementById(id)?.shadowRoot?.textContent?.trim()),
      'the elements on the strict page did not render',
      { timeout: 8000 },
    );
    // The announcement from src also writes structured data: a script element, a Trusted Types sink.
    await waitUntil(() => page.querySelector('#by-src > script[data-event-elements]'), 'no structured data on the strict page', { timeout: 8000 });
  });

  after(() => frame.remove());

  it('is served with the policy', async () => {
    const response = await fetch('/test/csp/strict.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('reports no violation and no error, with a second copy of embed.js on the page (the policy `lit-html` is allowed once)', () => {
    expect((frame.contentWindow as ProbedWindow).cspViolations).to.deep.equal([]);
    expect((frame.contentWindow as ProbedWindow).pageErrors).to.deep.equal([]);
  });

  it('renders the event from src, from JSON-LD, and the notice for broken data', () => {
    expect(deepQuery(page.getElementById('by-src')!, 'h2')!.textContent).to.equal('(Nieuw) samenspel in de wijk');
    expect(deepQuery(page.getElementById('by-json-ld')!, 'h2')!.textContent).to.equal('Buurtmaaltijd Kanaleneiland');
    expect(readableText(page.getElementById('broken')!)).to.contain('Deze activiteit kon niet worden getoond');
    expect(readableText(page.getElementById('badge')!)).to.equal('Bijna vol: nog 3 plekken');
  });

  it('styles every element', () => {
    const style = (element: Element) => frame.contentWindow!.getComputedStyle(element);
    const title = deepQuery(page.getElementById('by-src')!, 'h2')!;
    expect(style(title).fontSize).to.equal('28px');
    const list = deepQuery(page.getElementById('by-src')!, 'event-agenda')!.shadowRoot!.querySelector('ol')!;
    expect(style(list).listStyleType).to.equal('none');
    const badge = page.getElementById('badge')!.shadowRoot!.querySelector('.badge')!;
    expect(style(badge).display).to.equal('inline-flex');
    const notice = page.getElementById('broken')!.shadowRoot!.querySelector('.notice')!;
    expect(style(notice).borderInlineStartWidth).to.equal('4px');
  });
});
