import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import type { ProblemCode } from '../../src/data/types.js';
import { formatDate, formatTimeRange } from '../../src/data/time.js';
import { languageFor, type LanguageCode, type Namespaces } from '../../src/i18n/index.js';
import { readableText, settled } from '../helpers.js';
import { everyTable } from './every-table.js';

/** Every word of a table as text, by path; functions are called with sample values. */
function words(table: object, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const at = path ? `${path}.${key}` : key;
    if (['lang', 'dir', 'clock', 'intlLocale'].includes(at)) continue;
    if (typeof value === 'string') found.set(at, value);
    else if (typeof value === 'function') {
      const say = (...args: unknown[]) => [(value as (...args: unknown[]) => unknown)(...args)].flat(9).join('');
      found.set(at, `${say(3, '3')} | ${say({ deadline: 'D', contact: 'C', email: 'E' })} | ${say(0)}`);
    } else if (value && typeof value === 'object') for (const [inner, text] of words(value, at)) found.set(inner, text);
  }
  return found;
}

const everything = (tables: Namespaces) => new Map([...words(tables.elements), ...words(tables.form, 'form'), ...words(tables.answers, 'answers')]);

const PROBLEMS: ProblemCode[] = ['json', 'required', 'type', 'date', 'timeZone', 'enum', 'url', 'jsonld', 'fetch', 'missing'];

let tables: Record<LanguageCode, Namespaces>;
before(async () => {
  tables = await everyTable();
});

describe('the language tables', () => {
  for (const [name, language] of [
    ['Turkish', 'tr'],
    ['Arabic', 'ar'],
  ] as const) {
    it(`${name} has every word Dutch has, and none of them is the English one`, () => {
      const source = everything(tables.nl);
      const english = everything(tables.en);
      const own = everything(tables[language]);
      expect([...own.keys()].sort()).to.deep.equal([...source.keys()].sort());
      for (const [path, text] of own) {
        // Punctuation (", ") may be the same in two languages; words may not.
        if (/\p{L}/u.test(english.get(path)!)) expect(text, path).not.to.equal(english.get(path));
      }
    });

    it(`${name} names every problem in bad data in its own words`, () => {
      for (const code of PROBLEMS) {
        const problem = { code, path: 'startDate', value: 'morgen', expected: 'ISO 8601', message: '' };
        const text = tables[language].problems[code](problem);
        expect(text, code).to.be.a('string').and.not.equal(tables.en.problems[code](problem));
        expect(text, code).not.to.equal(tables.nl.problems[code](problem));
      }
    });
  }

  it('resolves Turkish and Arabic tags of any region to their tables; other languages get English', async () => {
    await Promise.all(['tr', 'ar'].map((tag) => (languageFor(tag).loading as { load(): Promise<unknown> } | undefined)?.load()));
    for (const tag of ['tr', 'tr-TR', 'TR', 'tr_TR', 'tr-CY']) expect(languageFor(tag).terms.lang, tag).to.equal('tr');
    for (const tag of ['ar', 'ar-MA', 'ar-SA', 'ar-EG', 'ar_MA']) expect(languageFor(tag).terms.lang, tag).to.equal('ar');
    for (const tag of ['de', 'fr-BE', 'he', 'constructor', '__proto__']) expect(languageFor(tag).terms.lang, tag).to.equal('en');
    expect(languageFor('tr-TR').locale).to.equal('tr-TR');
    expect(languageFor('ar-SA').locale).to.equal('ar-SA-u-hc-h23-nu-latn');
  });

  it('Arabic writes Latin digits and a 24-hour clock in every browser, whatever the region', () => {
    const tuesday = Date.UTC(2019, 0, 29, 15);
    for (const tag of ['ar', 'ar-SA', 'ar-EG', 'ar-MA']) {
      const { locale } = languageFor(tag);
      expect(new Intl.NumberFormat(locale).format(40), tag).to.equal('40');
      expect(formatDate(tuesday, locale, 'Europe/Amsterdam'), tag).to.match(/^الثلاثاء، 29 يناير 2019$/);
      expect(formatTimeRange(tuesday, tuesday + 3 * 3600_000, locale, 'Europe/Amsterdam').replace(/\s/g, ''), tag).to.equal('16:00–19:00');
    }
  });
});

describe('Arabic counts', () => {
  it('says the seats left in the form Arabic grammar asks for each number', () => {
    const say = (count: number) => tables.ar.elements.seats.open(count, String(count));
    expect(say(0)).to.equal('لم يبقَ أي مقعد');
    expect(say(1)).to.equal('بقي مقعد واحد');
    expect(say(2)).to.equal('بقي مقعدان');
    expect(say(3)).to.equal('بقي 3 مقاعد');
    expect(say(10)).to.equal('بقي 10 مقاعد');
    expect(say(11)).to.equal('بقي 11 مقعدًا');
    expect(say(99)).to.equal('بقي 99 مقعدًا');
    expect(say(100)).to.equal('بقي 100 مقعد');
    expect(say(103)).to.equal('بقي 103 مقاعد');
    expect(say(111)).to.equal('بقي 111 مقعدًا');
    expect(tables.ar.elements.seats.capacity(40, '40')).to.equal('40 مقعدًا');
  });

  for (const [remaining, text] of [
    [1, 'بقي مقعد واحد'],
    [2, 'بقي مقعدان'],
    [3, 'بقي 3 مقاعد'],
    [11, 'بقي 11 مقعدًا'],
    [100, 'بقي 100 مقعد'],
  ] as const) {
    it(`the badge with ${remaining} left says "${text}"`, async () => {
      const badge = await fixture(html`<seats-badge lang="ar" capacity="200" remaining=${remaining} few="0"></seats-badge>`);
      await settled(badge);
      expect(readableText(badge)).to.equal(text);
    });
  }

  it('almost full, and the form\'s "try again in" seconds', async () => {
    const badge = await fixture(html`<seats-badge lang="ar" capacity="40" remaining="3"></seats-badge>`);
    await settled(badge);
    expect(readableText(badge)).to.equal('العدد شبه مكتمل: بقي 3 مقاعد');
    const { busy } = tables.ar.answers;
    expect(busy(1)).to.equal('هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد ثانية واحدة.');
    expect(busy(2)).to.equal('هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد ثانيتين.');
    expect(busy(5)).to.equal('هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد 5 ثوانٍ.');
    expect(busy(30)).to.equal('هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد 30 ثانية.');
    expect(busy()).to.equal('هناك ضغط كبير حاليًا. يُرجى المحاولة مجددًا بعد قليل.');
  });
});
