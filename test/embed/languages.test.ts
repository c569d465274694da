import { expect } from '@open-wc/testing';
import { readableText } from '../helpers.js';
import { fetchedChunks, place } from './place.js';

/**
 * Runs against the built file, dist/embed.js, as a CMS snippet loads it:
 * Dutch and English are inside it, Turkish and Arabic come from the same
 * folder when a visitor reads them.
 */
describe('dist/embed.js and the languages', () => {
  async function badge(lang: string): Promise<string> {
    const element = await place('seats-badge', (element) => {
      element.lang = lang;
      element.setAttribute('capacity', '40');
      element.setAttribute('remaining', '12');
    });
    const text = readableText(element);
    element.remove();
    return text;
  }

  before(() => import(/* @vite-ignore */ '/dist/embed.js' as string));

  it('holds Dutch and English, and neither Turkish nor Arabic words', async () => {
    const code = await (await fetch('/dist/embed.js')).text();
    expect(code).to.contain('Nog ').and.contain('places left');
    expect(code).not.to.match(/[\u0600-\u06ff]/, 'Arabic letters');
    expect(code).not.to.contain('Kontenjan').and.not.contain('Kayıt');
    expect(code).to.match(/import\(`\.\/embed-tr-[\w-]+\.js`\)|import\(["']\.\/embed-tr-[\w-]+\.js["']\)/);
    expect(code).to.match(/import\(`\.\/embed-ar-[\w-]+\.js`\)|import\(["']\.\/embed-ar-[\w-]+\.js["']\)/);
  });

  it('fetches nothing for a Dutch or English visitor', async () => {
    expect(await badge('nl')).to.equal('Nog 12 plekken vrij');
    expect(await badge('en-GB')).to.equal('12 places left');
    expect(fetchedChunks('tr')).to.have.length(0);
    expect(fetchedChunks('ar')).to.have.length(0);
  });

  it('fetches Turkish from the folder of embed.js for a Turkish visitor, and only Turkish', async () => {
    expect(await badge('tr')).to.equal('12 yer kaldı');
    expect(fetchedChunks('tr')).to.have.length(1);
    expect(fetchedChunks('ar')).to.have.length(0);
  });

  it('fetches Arabic for an Arabic visitor, once', async () => {
    expect(await badge('ar')).to.equal('بقي 12 مقعدًا');
    expect(await badge('ar-MA')).to.equal('بقي 12 مقعدًا');
    expect(fetchedChunks('ar')).to.have.length(1);
  });
});
