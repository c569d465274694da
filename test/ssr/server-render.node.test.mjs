// A site's server renders our elements with @lit-labs/ssr, from the built modules it would import
// (dist/, lit left to its Node build): no crash, declarative shadow DOM, and the words a visitor reads
// before any script runs. Run by `npm run test:ssr` after the build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { renderFixtures, seed } from './render.mjs';

const library = new URL('../../dist/event-announcement.js', import.meta.url);
const TAGS = /<(event-announcement|event-agenda|seats-badge|registration-form)\b([^>]*)>(<template shadowroot="open" shadowrootmode="open">)?/g;

/** The text a person reads in server HTML: no styles, comments or tags, whitespace folded. */
function textOf(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name])
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every element of ours in `markup`: its tag, its attributes, and whether its shadow root is declarative. */
function elementsIn(markup) {
  return [...markup.matchAll(TAGS)].map(([, tag, attributes, template]) => ({ tag, attributes, declarative: Boolean(template) }));
}

describe('server rendering with @lit-labs/ssr', () => {
  let rendered;
  before(async () => {
    assert.ok(existsSync(library), 'dist/ is missing: run `npm run build` first');
    rendered = await renderFixtures(library.href);
  });

  it('gives every element a declarative shadow root', () => {
    for (const [name, markup] of Object.entries(rendered)) {
      const elements = elementsIn(markup);
      assert.ok(elements.length > 0, name);
      for (const { tag, declarative } of elements) assert.ok(declarative, `${name}: <${tag}> has no <template shadowrootmode>`);
    }
  });

  for (const given of ['property', 'attribute']) {
    it(`renders the whole announcement given the seed by ${given}`, () => {
      const markup = rendered[`announcement-${given}`];
      const text = textOf(markup);
      for (const words of [
        seed.name,
        // The seed took place in 2019: it says so at the top.
        'Deze activiteit is geweest.',
        seed.summary,
        'Wanneer dinsdag 29 januari 2019, 16.00 – 19.00 uur',
        'Waarschijnlijke locatie: Rosendael, rode zaal, Indusdreef 5, Utrecht',
        'bij Oke Nu en OSO in Overvecht Noord',
        'Bekijk op de kaart',
        'Versterken gemeenschapskracht',
        'Met het nieuwe college en een nieuwe sociaal makelorganisatie (DOCK)',
        'Waarom en doel bijeenkomst',
        'Voor wie',
        'sociaal makelaar',
        'Programma',
        // The programme, the badge and the organisers come from the elements inside, through context.
        '16.00 – 16.30 uur Welkom en introductie',
        '19.00 uur Afsluiting',
        'Aanmelden Geweest',
        'Contact: Jitske Tiemersma via jitske@omziennaarelkaar.nl.',
        'Georganiseerd door: Omzien naar Elkaar en DOCK',
      ]) {
        assert.ok(text.includes(words), `missing "${words}" in: ${text}`);
      }
      // Nothing to sign up for or put in a calendar any more.
      assert.ok(!text.includes('Zet in je agenda'), text);
      // The elements inside wait for the announcement before they hydrate in the browser.
      assert.deepEqual(
        elementsIn(markup).map(({ tag, attributes }) => [tag, /\bdefer-hydration\b/.test(attributes)]),
        [
          ['event-announcement', false],
          ['event-agenda', true],
          ['seats-badge', true],
        ],
      );
    });

    it(`renders the programme given the seed by ${given}`, () => {
      const text = textOf(rendered[`agenda-${given}`]);
      for (const item of seed.program) assert.ok(text.includes(item.title), `missing "${item.title}" in: ${text}`);
      assert.ok(text.startsWith('16.00 – 16.30 uur Welkom en introductie'), text);
      assert.ok(text.includes('18.15 – 19.00 uur Oogst en vervolgstappen Met reflecties van wethouder Maarten van Ooijen'), text);
    });

    it(`renders the seats given the seed by ${given}`, () => {
      const markup = rendered[`badge-${given}`];
      assert.equal(textOf(markup), 'Geweest');
      assert.match(markup, /<seats-badge[^>]*\bstate="past"/);
    });

    it(`renders the form's host given the seed by ${given}, its questions left to the browser`, () => {
      // The form is behaviour: its chunk loads in the browser, after hydration. The announcement's
      // contact line and badge say how registration stands without it.
      const markup = rendered[`form-${given}`];
      assert.equal(textOf(markup), '');
      assert.match(markup, /<registration-form[^>]*\bstate="past"/);
    });
  }

  it('renders a badge that stands alone', () => {
    const markup = rendered['badge-alone'];
    // 3 of 40 is at or below the "almost full" threshold (the larger of 5 and 10%).
    assert.equal(textOf(markup), 'Bijna vol: nog 3 plekken');
    assert.match(markup, /<seats-badge[^>]*\bstate="few"/);
  });
});
