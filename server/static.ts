import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptJson, toJsonLd } from '../src/data/jsonld-write.js';
import { eventInstant, eventTimeZone, formatDate } from '../src/data/time.js';
import type { EventData } from '../src/data/types.js';
import type { ServerConfig } from './config.js';
import type { EventCatalogue } from './events.js';

/**
 * The demo page's policy: Utrecht's production CSP (docs/protocol.md, "Content-Security-Policy") plus
 * enforced Trusted Types, so the demo shows the elements working where sites are strictest.
 */
export const DEMO_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.html': 'text/html' };

/** Only these names are ever read from disk, so no path can climb out of the two folders. */
const EMBED_FILE = /^\/(embed(-[\w.-]+)?\.js(\.map)?)$/;
const DEMO_FILE = /^\/demo\/([\w-]+\.(?:css|js))$/;
/** The snippet builder page's script is TypeScript, bundled next to the server by scripts/build-server.mjs. */
const BUILT_DEMO_FILE = /^\/demo\/(snippet-builder\.js(?:\.map)?)$/;
const BUILT = fileURLToPath(new URL('./', import.meta.url));

interface Site {
  config: ServerConfig;
  events: EventCatalogue;
  published(event: EventData): Promise<EventData>;
}

/**
 * What is not the API: the library (`/embed.js` and its chunks, from the build) and the demo,
 * a partner's page embedding the first event, its JSON-LD written into the HTML as a CMS would.
 */
export async function serveFile(request: IncomingMessage, response: ServerResponse, path: string, site: Site): Promise<void> {
  const { config } = site;
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  if (path === '/' && config.demoDir) return redirect(response, '/demo/');
  if (path === '/demo' && config.demoDir) return redirect(response, '/demo/');
  let file: string | undefined;
  if (EMBED_FILE.test(path)) file = join(config.distDir, path.slice(1));
  else if (config.demoDir && BUILT_DEMO_FILE.test(path)) file = join(BUILT, BUILT_DEMO_FILE.exec(path)![1]);
  else if (config.demoDir && (path === '/demo/snippet' || path === '/demo/snippet/')) return snippetPage(response, site);
  else if (config.demoDir && DEMO_FILE.test(path)) file = join(config.demoDir, DEMO_FILE.exec(path)![1]);
  else if (config.demoDir && (path === '/demo/' || path === '/demo/index.html')) return demoPage(response, site);
  if (!file) return text(response, 404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return text(response, 404, path === '/embed.js' ? 'Not found: build the library first (npm run build:embed)' : 'Not found');
  }
  response.writeHead(200, { 'Content-Type': `${TYPES[file.slice(file.lastIndexOf('.'))]}; charset=utf-8`, 'Cache-Control': 'no-cache' });
  response.end(body);
}

async function demoPage(response: ServerResponse, site: Site): Promise<void> {
  const [first] = site.events.values();
  const template = await readFile(join(site.config.demoDir!, 'index.html'), 'utf8');
  if (!first) return text(response, 404, 'The demo needs at least one event in EVENTS_DIR');
  const event = await site.published(first);
  const timeZone = eventTimeZone(event);
  const html = template
    .replace('<!-- event-json-ld -->', `<script type="application/ld+json">\n${scriptJson(toJsonLd(event), 2)}\n</script>`)
    .replace('<!-- event-json -->', `<script type="application/json" id="demo-event">${scriptJson(event, 2)}</script>`)
    .replace('<!-- demo-date -->', escapeHtml(formatDate(eventInstant(event, event.startDate)!, 'nl', timeZone)));
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_POLICY });
  response.end(html);
}

/** The snippet builder: a page for editors, under the demo's policy. */
async function snippetPage(response: ServerResponse, site: Site): Promise<void> {
  const html = await readFile(join(site.config.demoDir!, 'snippet.html'), 'utf8');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': DEMO_POLICY });
  response.end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location }).end();
}

function text(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(message);
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
