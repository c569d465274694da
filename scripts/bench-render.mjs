// How soon a pasted snippet's announcement is readable, against the same announcement as static
// HTML (issue 12, "Fast and steady": at most 1.1×), and how far the page jumps when the element
// upgrades (at most 0.02). A benchmark, not a test: it prints, it fails on nothing but a broken page.
//   npm run build:embed && npm run bench:render            15 loads of each page
//   node scripts/bench-render.mjs --runs 30                 more loads
//   node scripts/bench-render.mjs --serve                   only serve the pages, to look at them in a browser
//
// Two pages, the same but for the announcement, each followed by more of the site (a paragraph
// and a footer), served from a Node server on a free port:
//   static   the readable <article> that toSnippet writes, as plain HTML, no script;
//   snippet  toSnippet's whole output (<event-announcement data-event='…'><article>…</article>…)
//            with dist/embed.js as a module script in <head>, as a site loads it.
// The event is the seed (test/fixtures/samenspel-2019.event.json) moved into the future, so the
// interactive version has an open registration. The pages load alternately (which goes first
// swaps every round), each in a fresh context of one Chromium (the system's, playwright-core) with
// its CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), at Lighthouse's phone size.
//
// "Readable": the first frame painted with the announcement's text in view: its name, its place
// and every programme item's title, in a rendered box, whether it is the snippet's <article>
// (which counts: it is what a visitor reads until the element upgrades) or the element's
// interactive version (its shadow root and the agenda's inside it). The same probe runs in both
// pages, an inline script at the top of <head>: at each animation frame it posts a message, which
// runs after that frame's style, layout and paint; there it takes the time and only then checks
// the text, so the check's own cost is not counted. First contentful paint is printed beside it.
//
// "Upgrade shift": the sum of the snippet page's layout-shift entries without recent input
// (PerformanceObserver, buffered), once every element has finished updating, its chunks have
// loaded and the page has been quiet for a second. The static page's sum is printed as the
// baseline (it has nothing that moves). Measured for the seed event at a phone's size and a
// desktop's, and for a short event (no description, no programme) whose announcement and the
// content after it both fit on a phone's screen, so a change of height would show as a jump (its
// form starts folded behind a button: docs/announcement.md, "A form that starts folded").
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { libraryHelpers } from './library.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 15;
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const TIMEOUT_MS = 30_000;
const QUIET_MS = 1000;

const root = new URL('../', import.meta.url);
try {
  readFileSync(new URL('dist/embed.js', root));
} catch {
  console.error('bench:render: dist/embed.js is missing: run `npm run build:embed` first.');
  process.exit(1);
}


const { moveEventToFuture, toSnippet } = await libraryHelpers({ './src/data/move.ts': ['moveEventToFuture'], './src/snippet/snippet.ts': ['toSnippet'] });
const seed = moveEventToFuture(JSON.parse(readFileSync(new URL('test/fixtures/samenspel-2019.event.json', root), 'utf8')), Date.now());
const { description: _description, summary: _summary, program: _program, audience: _audience, ...short } = seed;
const EVENTS = { seed, short };

/** The words both versions show, which the probe waits for. */
const wordsOf = (event) => [event.name, event.location?.name, ...(event.program ?? []).map((item) => item.title)].filter(Boolean);

/** The probe: at each frame, after its paint, the time; then whether the announcement's words are in view. */
const probe = (words) => `<script>
  (() => {
    const words = ${JSON.stringify(words).replace(/</g, '\\u003c')};
    const result = (window.__bench = { readable: undefined, shifts: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) result.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The announcement's first render is laid out before it shows, but hidden (visibility).
    const shown = (element) => element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;
    // The text in view in a shadow tree: through its slots (what is assigned, else their own
    // content) and the shadow trees of the elements in it.
    const visibleText = (node) => {
      let text = '';
      const nodes = node.localName === 'slot' && node.assignedNodes().length ? node.assignedNodes() : node.childNodes;
      for (const child of nodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.parentElement && shown(child.parentElement) ? child.data : '';
        else if (child.nodeType === Node.ELEMENT_NODE) text += ' ' + (child.shadowRoot ? visibleText(child.shadowRoot) : visibleText(child));
      }
      return text;
    };
    const readable = () => {
      const article = document.querySelector('article');
      if (article && shown(article) && words.every((word) => article.textContent.includes(word))) return true;
      const element = document.querySelector('event-announcement');
      if (!element?.shadowRoot || !shown(element)) return false;
      const text = visibleText(element.shadowRoot);
      return words.every((word) => text.includes(word));
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (readable()) result.readable = now;
      else requestAnimationFrame(frame);
    };
    const frame = () => channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  })();
</script>`;

/** What the site shows after the announcement: the content a jump would move. */
const AFTER = `<section>
        <h2>Meer in de wijk</h2>
        <p>Elke woensdag is er een inloopochtend in het buurthuis, met koffie en tijd voor een praatje. Kom gerust langs, aanmelden is niet nodig.</p>
      </section>
    </main>
    <footer><p>Omzien naar Elkaar · Postbus 1 · Utrecht</p></footer>`;

const page = ({ event, withElement }) => {
  const snippet = toSnippet(event);
  const article = /<article[\s\S]*<\/article>/.exec(snippet)[0];
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Activiteiten in de wijk</title>
    ${probe(wordsOf(event))}
    ${withElement ? '<script type="module" src="/dist/embed.js"></script>' : ''}
    <style>body { margin: 0 auto; padding: 1rem; max-inline-size: 60rem; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; }</style>
  </head>
  <body>
    <main>
      <h1>Activiteiten in de wijk</h1>
      ${withElement ? snippet : article}
      ${AFTER}
  </body>
</html>`;
};

const PAGES = new Map(
  Object.entries(EVENTS).flatMap(([name, event]) => [
    [`/${name}-static.html`, page({ event, withElement: false })],
    [`/${name}-snippet.html`, page({ event, withElement: true })],
  ]),
);

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const send = (status, type, body) => response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (PAGES.has(path)) return send(200, 'text/html; charset=utf-8', PAGES.get(path));
  if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
  if (path.startsWith('/dist/') && !path.includes('..')) {
    try {
      return send(200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(new URL(`.${path}`, root)));
    } catch {}
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  console.log(`bench:render: serving, until interrupted:\n${[...PAGES.keys()].map((path) => `  ${origin}${path}`).join('\n')}`);
  await new Promise(() => {});
}

/** One load of `path`: readable and first contentful paint (ms from navigation), and the layout shift once settled. */
async function load(browser, path, device) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.url()} answered ${response.status()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await page.goto(origin + path, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench.readable !== undefined, null, { timeout: TIMEOUT_MS }).catch(() => {
      throw new Error(`${path}: the announcement was not readable within ${TIMEOUT_MS / 1000} s`);
    });
    // Settled: every element of the library updated (its chunks loaded), then a quiet second.
    await page.evaluate(async () => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
      await Promise.all(all(document).map((element) => element.updateComplete));
    });
    await page.waitForTimeout(QUIET_MS);
    const measured = await page.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      // Its form, or the button in the form's place when the form starts folded (docs/announcement.md).
      upgraded: !!document.querySelector('event-announcement')?.shadowRoot?.querySelector('registration-form, [part="open-form"]'),
    }));
    if (path.includes('snippet') && !measured.upgraded) problems.push('the element did not show its interactive version');
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    return measured;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log(`bench:render: ${RUNS} loads of each page, alternately, Chromium at ${CPU_SLOWDOWN}× CPU slowdown, ${PHONE.viewport.width}×${PHONE.viewport.height}`);
  const results = { static: [], snippet: [] };
  for (let round = 0; round < RUNS; round++) {
    const order = round % 2 ? ['snippet', 'static'] : ['static', 'snippet'];
    for (const kind of order) results[kind].push(await load(browser, `/seed-${kind}.html`, PHONE));
  }
  for (const kind of ['static', 'snippet']) {
    const readable = results[kind].map((result) => result.readable);
    const fcp = results[kind].map((result) => result.fcp);
    console.log(`  ${kind.padEnd(8)} readable ${median(readable).toFixed(0)} ms median (${range(readable)}), first contentful paint ${median(fcp).toFixed(0)} ms median`);
  }
  const ratios = results.snippet.map((result, index) => result.readable / results.static[index].readable);
  const ratio = median(results.snippet.map((result) => result.readable)) / median(results.static.map((result) => result.readable));
  console.log(`  readable, snippet / static: ${ratio.toFixed(2)}× (medians; per round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; goal at most 1.1×)`);

  const shifts = (values) => `${median(values).toFixed(3)} median, ${Math.max(...values).toFixed(3)} at most`;
  const seedShifts = results.snippet.map((result) => result.shifts);
  console.log(`  upgrade shift, seed event, phone: ${shifts(seedShifts)} (static page: ${shifts(results.static.map((result) => result.shifts))}; goal at most 0.02)`);
  const SHIFT_RUNS = Math.min(RUNS, 5);
  for (const [label, path, device] of [
    ['seed event, desktop', '/seed-snippet.html', DESKTOP],
    ['short event, phone', '/short-snippet.html', PHONE],
    ['short event, desktop', '/short-snippet.html', DESKTOP],
  ]) {
    const values = [];
    for (let run = 0; run < SHIFT_RUNS; run++) values.push((await load(browser, path, device)).shifts);
    console.log(`  upgrade shift, ${label}: ${shifts(values)} (${SHIFT_RUNS} loads)`);
  }
} finally {
  await browser.close();
  server.close();
}
