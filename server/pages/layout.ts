import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_POLICY } from '../static.js';
import { html, type Content, type Html } from './html.js';

/**
 * The pages' policy: the demo's (server/static.ts, Utrecht's production CSP with Trusted Types
 * enforced), so the server's own pages are held to what the strictest sites ask. They have no
 * script at all; styles come from one file of this server.
 */
export const PAGE_POLICY = DEMO_POLICY;

/** Where the pages' stylesheet is served. */
export const STYLESHEET_PATH = '/pages.css';

/*
 * Read once at start. The server runs bundled in dist-server/, so the path is relative to that
 * folder, as app.ts reads ../server/openapi.json.
 */
const STYLESHEET = readFileSync(new URL('../server/pages/pages.css', import.meta.url));
/** In the link, so a changed stylesheet is a new URL and the old one can be cached for good. */
const STYLESHEET_VERSION = createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 12);

/** Answers `GET`/`HEAD /pages.css`. */
export function serveStylesheet(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  const current = new URL(request.url ?? '/', 'http://server').searchParams.get('v') === STYLESHEET_VERSION;
  response.writeHead(200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Content-Length': String(STYLESHEET.length),
  });
  response.end(STYLESHEET);
}

/** A whole document: language and direction on `<html>`, the stylesheet, the title, the body's landmarks. */
export function document(options: { lang: string; dir?: 'rtl'; title: string; body: Content }): Html {
  return html`<!doctype html>
<html lang="${options.lang}" dir="${options.dir ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_PATH}?v=${STYLESHEET_VERSION}">
</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * Sends a page: HTML, never stored (it may hold personal data, and a cancel link's URL holds a
 * secret), under the strict policy, without a referrer.
 */
export function sendPage(response: ServerResponse, status: number, page: Html | string, headers: Record<string, string> = {}): void {
  const body = String(page);
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_POLICY,
    'Referrer-Policy': 'no-referrer',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(body);
}
