import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toJsonLd } from '../src/data/jsonld-write.js';
import { moveEventToFuture } from '../src/data/move.js';
import { formatDate, toInstant } from '../src/data/time.js';
import { DEFAULT_TIME_ZONE, type EventData } from '../src/data/types.js';
import { demoEndpoint } from './demo-endpoint.js';

const SEED = new URL('../test/fixtures/samenspel-2019.event.json', import.meta.url);

/**
 * The seed, moved to the same weekday and times some weeks from now so that
 * registration is open, registering at the demo's own endpoint (the seed's
 * e-mail address stays as the fallback and contact).
 */
export function demoEvent(now = Date.now()): EventData {
  const event = moveEventToFuture(JSON.parse(readFileSync(SEED, 'utf8')) as EventData, now);
  return { ...event, registration: { ...event.registration, endpoint: '/demo/api/registrations' } };
}

/** JSON for inside <script type="application/ld+json">: `<` escaped so no text can close the script. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/**
 * The demo, as a partner's site would have it: `/embed.js` is the library
 * (built from source while developing), `/demo/samenspel.event.json` the
 * moved seed, and the page's JSON-LD child is written into the HTML by the
 * server, as a CMS would — no inline script runs.
 */
export function demoData(): Plugin {
  return {
    name: 'event-elements-demo',
    resolveId(id) {
      if (id === '/embed.js') return new URL('../src/embed.ts', import.meta.url).pathname;
      return id === 'virtual:demo-event' ? '\0demo-event' : null;
    },
    load(id) {
      // The moved seed as a module, for the part of the demo that sets `element.event` from script.
      return id === '\0demo-event' ? `export default ${JSON.stringify(demoEvent())};` : null;
    },
    configureServer(server) {
      const endpoint = demoEndpoint({ capacity: 40 });
      server.middlewares.use('/demo/api/registrations', (request, response) => endpoint.handle(request, response));
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' }).end();
      });
      server.middlewares.use('/demo/samenspel.event.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(JSON.stringify(demoEvent()));
      });
    },
    transformIndexHtml(html) {
      const event = demoEvent();
      return html
        .replace('<!-- event-json-ld -->', `<script type="application/ld+json">\n${scriptJson(toJsonLd(event))}\n</script>`)
        .replace('<!-- demo-date -->', formatDate(toInstant(event.startDate, event.timeZone ?? DEFAULT_TIME_ZONE)!, 'nl', event.timeZone ?? DEFAULT_TIME_ZONE));
    },
  };
}
