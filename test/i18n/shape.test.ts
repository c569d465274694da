import { expect } from '@open-wc/testing';
import type { LanguageCode, Namespaces } from '../../src/i18n/index.js';
import { everyTable, languageCodes, namespaceNames } from './every-table.js';

/**
 * Settings a language may leave out, as their types say: Dutch government style for the clock,
 * right to left, Arabic's own Intl conventions. They are not words.
 */
const SETTINGS = ['elements.clock', 'elements.dir', 'elements.intlLocale'];

/** Every key of a table, by path, with what it holds: objects are walked, strings and functions are keys. */
function keysOf(value: unknown, path: string, found = new Map<string, string>()): Map<string, string> {
  if (SETTINGS.some((setting) => path === setting || path.startsWith(`${setting}.`))) return found;
  if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) keysOf(inner, `${path}.${key}`, found);
  else found.set(path, typeof value);
  return found;
}

const keysOfLanguage = (tables: Namespaces) => new Map(namespaceNames.flatMap((name) => [...keysOf(tables[name], name)]));

describe('every language has the same shape', () => {
  let tables: Record<LanguageCode, Namespaces>;
  before(async () => {
    tables = await everyTable();
  });

  it('checks all four languages and every namespace, with more than fifty Dutch keys, every problem code among them', () => {
    expect(languageCodes).to.deep.equal(['nl', 'en', 'tr', 'ar']);
    expect(namespaceNames).to.deep.equal(['elements', 'form', 'answers', 'problems']);
    const dutch = keysOfLanguage(tables.nl);
    expect(dutch.size).to.be.greaterThan(50);
    for (const name of namespaceNames) expect([...dutch.keys()].filter((key) => key.startsWith(`${name}.`)), name).to.have.length.greaterThan(0);
    const codes = ['json', 'required', 'type', 'date', 'timeZone', 'enum', 'url', 'jsonld', 'fetch', 'missing', 'object-attribute'];
    expect([...dutch.keys()].filter((key) => key.startsWith('problems.'))).to.have.members(codes.map((code) => `problems.${code}`));
    expect(dutch.get('answers.errors.tooLong')).to.equal('function');
    expect(dutch.get('elements.seats.full')).to.equal('string');
  });

  for (const code of languageCodes.filter((code) => code !== 'nl')) {
    it(`${code} has every key Dutch has, of the same kind, and none Dutch lacks`, () => {
      const dutch = keysOfLanguage(tables.nl);
      const own = keysOfLanguage(tables[code]);
      expect([...dutch.keys()].filter((key) => !own.has(key)), 'missing').to.deep.equal([]);
      expect([...own.keys()].filter((key) => !dutch.has(key)), 'extra').to.deep.equal([]);
      for (const [key, kind] of dutch) expect(own.get(key), key).to.equal(kind);
    });
  }
});
