/*
 * The snippet builder in Node: `toSnippet` and the `event-elements snippet` command. What the
 * snippet looks like in browsers, after sanitizers, is test/snippet/*.test.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { EventData } from '../../src/data/types.js';
import { SnippetError, toSnippet } from '../../src/snippet/snippet.js';

const FIXTURE = 'test/fixtures/samenspel-2019.event.json';
const seed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as EventData;

/** The snippet's readable version as text: blocks apart, inline tags removed, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<\/?(?:p|h2|h3|ul|ol|li|article|event-announcement|script)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The seed as it was announced: a week before the event. */
const january2019 = Date.UTC(2019, 0, 20, 12);

describe('toSnippet', () => {
  const snippet = toSnippet(seed, { now: january2019 });

  it('is <event-announcement> with the event in data-event, around a readable <article>', () => {
    assert.match(snippet, /^<event-announcement lang="nl" data-event='\{/);
    const json = /data-event='([^']*)'/.exec(snippet)![1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.equal(JSON.parse(json).name, seed.name);
    assert.match(snippet, /<article>[^]*<\/article>\n<\/event-announcement>\n$/);
  });

  it('writes the whole announcement: name, date in Dutch government style, probable venue, hosts, audience, programme, how to register', () => {
    const text = textOf(snippet);
    for (const part of [
      '(Nieuw) samenspel in de wijk',
      'Wanneer: dinsdag 29 januari 2019, 16.00 – 19.00 uur',
      'Waar: Waarschijnlijke locatie: Rosendael, rode zaal, Indusdreef 5, Utrecht, bij Oke Nu en OSO in Overvecht Noord',
      'Voor wie bewonersinitiatief/woongroep sociaal makelaar expert wethouder beleidsambtenaar professional',
      'Programma 16.00 – 16.30 uur: Welkom en introductie',
      '19.00 uur: Afsluiting',
      'Aanmelden vóór 25 januari bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.',
      'Georganiseerd door: Omzien naar Elkaar en DOCK',
    ]) {
      assert.ok(text.includes(part), `missing "${part}" in: ${text}`);
    }
    assert.match(snippet, /<time datetime="2019-01-29T16:00:00\+01:00">16\.00<\/time> – <time datetime="2019-01-29T16:30:00\+01:00">16\.30 uur<\/time>/);
    assert.match(snippet, /<em>Waarschijnlijke locatie:<\/em>/);
    assert.match(snippet, /<a href="mailto:jitske@omziennaarelkaar\.nl\?subject=Aanmelding%3A%20\(Nieuw\)%20samenspel%20in%20de%20wijk">/);
  });

  it('an event that is over says so, and offers no sign-up', () => {
    const text = textOf(toSnippet(seed));
    assert.ok(text.startsWith('(Nieuw) samenspel in de wijk Deze activiteit is geweest. Bewonersinitiatieven'), text.slice(0, 120));
    assert.ok(!text.includes('Aanmelden vóór'), 'no way to register');
  });

  it('links the event’s own page when it has one', () => {
    assert.match(toSnippet({ ...seed, url: 'https://omziennaarelkaar.nl/samenspel' }, { now: january2019 }), /<a href="https:\/\/omziennaarelkaar\.nl\/samenspel">Meer informatie en aanmelden<\/a>/);
  });

  it('never lets event text become HTML, in content or in the attribute', () => {
    const hostile = `<img src=x onerror="alert(1)"> ' " &`;
    const html = toSnippet({ ...seed, name: hostile, summary: hostile, audience: [hostile], registration: { ...seed.registration, contact: hostile } });
    assert.ok(!html.includes('<img'), html);
    const attribute = /data-event='([^']*)'/.exec(html)![1];
    assert.ok(!/[<>']/.test(attribute), 'the attribute value holds no single quote or bracket');
    assert.ok(attribute.includes('"name":'), 'JSON’s own double quotes stay readable');
    assert.ok(html.includes('&lt;img src=x onerror="alert(1)"&gt; \' " &amp;'));
  });

  it('--src and --embed: the element fetches the event, and embed.js comes first', () => {
    const html = toSnippet(seed, { src: '/events/samenspel.json', embed: 'https://cdn.example.org/embed.js', now: january2019 });
    assert.match(html, /^<script type="module" src="https:\/\/cdn\.example\.org\/embed\.js"><\/script>\n<event-announcement lang="nl" src="\/events\/samenspel\.json">/);
    assert.ok(!html.includes('data-event'));
    assert.ok(textOf(html).includes('Wanneer: dinsdag 29 januari 2019'), 'the readable version is there all the same');
  });

  it('in English, Turkish and Arabic; Arabic right to left, with Dutch data running its own way', () => {
    assert.ok(textOf(toSnippet(seed, { lang: 'en' })).includes('When: Tuesday, January 29, 2019, 4:00 – 7:00 PM'));
    assert.ok(textOf(toSnippet(seed, { lang: 'tr' })).includes('Program'));
    const arabic = toSnippet(seed, { lang: 'ar' });
    assert.match(arabic, /^<event-announcement lang="ar" dir="rtl" data-event=/);
    assert.match(arabic, /<h2 dir="auto">\(Nieuw\) samenspel in de wijk<\/h2>/);
    assert.ok(textOf(arabic).includes('الثلاثاء، 29 يناير 2019، 16:00–19:00'), textOf(arabic).slice(0, 300));
  });

  it('takes schema.org JSON-LD and JSON text as well', () => {
    const jsonLd = JSON.parse(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: 'Buurtborrel', startDate: '2027-03-05T17:00' }));
    assert.ok(textOf(toSnippet(jsonLd)).startsWith('Buurtborrel Wanneer: vrijdag 5 maart 2027, 17.00 uur'));
    assert.ok(textOf(toSnippet(JSON.stringify(seed))).startsWith('(Nieuw) samenspel in de wijk'));
  });

  it('throws a SnippetError naming every field when the data cannot be used', () => {
    assert.throws(
      () => toSnippet({ name: 3 }),
      (error: unknown) => error instanceof SnippetError && error.problems.map((problem) => problem.path).join() === 'name,startDate',
    );
    assert.throws(() => toSnippet('{ nope'), SnippetError);
    assert.throws(() => toSnippet(seed, { lang: 'fr' as 'nl' }), /lang: "fr"/);
  });
});

describe('event-elements snippet', () => {
  const run = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/event-elements.mjs', ...args], { encoding: 'utf8', input });

  it('prints the snippet for a file, exit code 0', () => {
    const { status, stdout, stderr } = run(['snippet', FIXTURE, '--embed', '/assets/embed.js', '--lang', 'en']);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, toSnippet(seed, { embed: '/assets/embed.js', lang: 'en' }));
    assert.match(stdout, /This event has taken place\./);
  });

  it('reads standard input with "-", and warns on standard error about what it left out', () => {
    const { status, stdout, stderr } = run(['snippet', '-'], JSON.stringify({ ...seed, timeZone: 'Mars/Olympus' }));
    assert.equal(status, 0);
    assert.match(stdout, /^<event-announcement lang="nl"/);
    assert.match(stderr, /left out of the event on standard input:\n {2}- timeZone/);
  });

  it('bad data: exit code 1 and a message naming each field', () => {
    const { status, stdout, stderr } = run(['snippet', '-'], JSON.stringify({ name: 3 }));
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot be used:\n {2}- name: .*\n {2}- startDate/);
    assert.match(run(['snippet', '-'], '{ nope').stderr, /is not JSON/);
    assert.match(run(['snippet', 'no-such-file.json']).stderr, /cannot read no-such-file\.json: no such file/);
  });

  it('a bad command line: exit code 2 and the usage', () => {
    assert.equal(run([]).status, 2);
    assert.match(run(['snippet', FIXTURE, '--lang', 'fr']).stderr, /--lang: "fr" is not one of nl, en, tr, ar/);
    assert.match(run(['snippet', FIXTURE, '--src', 'javascript alert(1)']).stderr, /--src: .* is not a URL/);
    assert.match(run(['--help']).stdout, /^Usage: event-elements snippet/);
  });
});
