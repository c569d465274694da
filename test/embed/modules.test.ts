import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';
import { define } from '../../src/define.js';

describe('importing the library', () => {
  it('registers nothing: classes can be used under other names', () => {
    for (const tag of ['event-announcement', 'event-agenda', 'seats-badge']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(library.EventAnnouncement).to.be.a('function');
    expect(library.parseEvent).to.be.a('function');
  });

  it('define() registers once and skips a different class under the same tag, with a warning', () => {
    class First extends library.SeatsBadge {}
    class Second extends library.SeatsBadge {}
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      define('test-badge', First);
      define('test-badge', First);
      define('test-badge', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-badge')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<test-badge> is already defined by event-elements ${library.VERSION}`);
  });

  it('carries the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(library.VERSION).to.equal(pkg.version);
  });
});
