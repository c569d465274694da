import { expect } from '@open-wc/testing';
import '../../src/embed.js';
import { readableText } from '../helpers.js';

type Badge = HTMLElement & { updateComplete: Promise<unknown> };

/** Every text the badge showed from the moment it was put on the page until it settled. */
async function everythingShown(lang: string): Promise<{ badge: Badge; shown: string[] }> {
  const badge = document.createElement('seats-badge') as Badge;
  badge.lang = lang;
  badge.setAttribute('remaining', '12');
  badge.setAttribute('few', '0');
  document.body.append(badge);
  const shown = [readableText(badge)];
  const observer = new MutationObserver(() => shown.push(readableText(badge)));
  observer.observe(badge.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await badge.updateComplete;
  observer.disconnect();
  return { badge, shown: [...new Set(shown)] };
}

const fetched = (part: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

describe('a language fetched on demand', () => {
  afterEach(() => document.querySelectorAll('seats-badge').forEach((badge) => badge.remove()));

  it('is not on the page until a visitor reads it', () => {
    expect(fetched('/src/i18n/tr/')).to.equal(false);
    expect(fetched('/src/i18n/ar/')).to.equal(false);
  });

  it('shows nothing until its words arrive, never English first, and fetches only that language', async () => {
    const { badge, shown } = await everythingShown('tr-TR');
    expect(shown).to.deep.equal(['', '12 yer kaldı']);
    expect(readableText(badge)).to.equal('12 yer kaldı');
    expect(fetched('/src/i18n/tr/')).to.equal(true);
    expect(fetched('/src/i18n/ar/')).to.equal(false);
  });

  it('a switch to a language not yet fetched keeps the old words until the new ones are there', async () => {
    const { badge } = await everythingShown('nl');
    expect(fetched('/src/i18n/ar/')).to.equal(false);
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(readableText(badge)));
    observer.observe(badge.shadowRoot!, { childList: true, subtree: true, characterData: true });
    badge.lang = 'ar';
    await Promise.resolve(); // the page's MutationObserver reports the change in a microtask
    await badge.updateComplete;
    observer.disconnect();
    expect(readableText(badge)).to.equal('بقي 12 مقعدًا');
    expect([...new Set(shown)]).to.deep.equal(['بقي 12 مقعدًا']);
  });

  it('is fetched once per page, however many elements read it', async () => {
    await Promise.all(['ar', 'ar-MA', 'ar-SA'].map(everythingShown));
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/i18n/ar/elements.ts'))).to.have.length(1);
  });
});
