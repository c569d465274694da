// What a site's server makes of our elements: each fixture rendered by @lit-labs/ssr to declarative
// shadow DOM. Shared by the Node test (server-render.node.test.mjs, on the built dist/ modules) and by
// the browser test's middleware (test/server/ssr.mjs, on src bundled by esbuild), so the markup the
// browser hydrates is the markup whose text the Node test checks.
//
// Run as a script, it bundles src, renders every fixture and prints them as JSON: the middleware
// does this in a child process, so the test runner's own process gets no DOM shim.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const root = new URL('../../', import.meta.url);

/** The seed invitation: Samenspel in de wijk, 29 January 2019. */
export const seed = JSON.parse(readFileSync(new URL('test/fixtures/samenspel-2019.event.json', root), 'utf8'));

const TAGS = ['event-announcement', 'event-agenda', 'seats-badge', 'registration-form'];

/**
 * Each element given the seed by property and by the `event` attribute (JSON text), and a badge that
 * stands alone. No `hide`: the announcement shows every part.
 */
export const fixtures = {
  'announcement-property': (event) => html`<event-announcement .event=${event}></event-announcement>`,
  'announcement-attribute': (event) => html`<event-announcement event=${JSON.stringify(event)}></event-announcement>`,
  'agenda-property': (event) => html`<event-agenda .event=${event}></event-agenda>`,
  'agenda-attribute': (event) => html`<event-agenda event=${JSON.stringify(event)}></event-agenda>`,
  'badge-property': (event) => html`<seats-badge .event=${event}></seats-badge>`,
  'badge-attribute': (event) => html`<seats-badge event=${JSON.stringify(event)}></seats-badge>`,
  'form-property': (event) => html`<registration-form .event=${event}></registration-form>`,
  'form-attribute': (event) => html`<registration-form event=${JSON.stringify(event)}></registration-form>`,
  'badge-alone': () => html`<seats-badge capacity="40" remaining="3"></seats-badge>`,
};

/**
 * Renders every fixture with the elements `library` (a module URL) registers. The elements inside an
 * announcement take its event through @lit/context, which on a server needs connectedCallback: lit SSR
 * calls it only for elements a site opts in, as here.
 * @returns {Promise<Record<string, string>>} HTML by fixture name
 */
export async function renderFixtures(library) {
  await import(library);
  if (!rendering) {
    LitElementRenderer.renderOptions.push((element) => (TAGS.includes(element.localName) ? { connectedCallback: true } : undefined));
    rendering = true;
  }
  const rendered = {};
  for (const [name, template] of Object.entries(fixtures)) {
    rendered[name] = await collectResult(render(template(structuredClone(seed))));
  }
  return rendered;
}
let rendering = false;

/** src as one module for Node, lit left to node_modules (its Node build, as on a site's server). */
async function bundleSource() {
  const { build } = await import('esbuild');
  const outfile = fileURLToPath(new URL('node_modules/.cache/event-elements-ssr/elements.js', root));
  await build({
    stdin: { contents: "import './src/elements/event-announcement/define.ts';", resolveDir: fileURLToPath(root), sourcefile: 'ssr-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return pathToFileURL(outfile).href;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(await renderFixtures(await bundleSource())));
}
