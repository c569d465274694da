// Test-only HTTP behaviour for @web/test-runner's dev server.
import sanitizeHtml from 'sanitize-html';
import { API_PREFIX, registrationEndpoint } from './registration-endpoint.mjs';

/** The four tags and every attribute they take: what docs/cms.md tells a site to allow. */
export const ELEMENT_ATTRIBUTES = {
  'event-announcement': ['lang', 'dir', 'src', 'event', 'data-event', 'hide', 'no-structured-data'],
  'event-agenda': ['lang', 'dir', 'src', 'event', 'data-event', 'heading-level', 'now'],
  'seats-badge': ['lang', 'dir', 'src', 'event', 'data-event', 'capacity', 'remaining', 'deadline', 'seats-src', 'few', 'interval'],
  'registration-form': ['lang', 'dir', 'src', 'event', 'data-event', 'timeout'],
};

/**
 * sanitize-html, the Node sanitizer many CMSes run on what editors paste, as a site would run it:
 * `POST /test/sanitize-html?allow=elements` with the HTML as the body; `allow=elements` adds the
 * four tags and their attributes to its defaults.
 */
async function sanitizeHtmlRoute(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const html = Buffer.concat(chunks).toString('utf8');
  const options =
    context.query.allow === 'elements'
      ? {
          allowedTags: [...sanitizeHtml.defaults.allowedTags, ...Object.keys(ELEMENT_ATTRIBUTES)],
          allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, ...ELEMENT_ATTRIBUTES },
        }
      : undefined;
  context.type = 'text/html';
  context.body = sanitizeHtml(html, options);
}

/** Utrecht's production policy (docs/protocol.md, "Content-Security-Policy"), with Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'nonce-test-nonce' 'strict-dynamic'",
  "style-src 'self' 'nonce-test-nonce'",
  "connect-src 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Where dist/ is served without the language chunks. */
const WITHOUT_LANGUAGES = '/test/without-languages/';

/** Koa middleware: pages under /test/csp/ are served with the strict policy. */
export async function testMiddleware(context, next) {
  // The scriptable registration endpoint answers its own paths (see registration-endpoint.mjs).
  if (context.path.startsWith(API_PREFIX)) return registrationEndpoint(context, next);
  if (context.path === '/test/sanitize-html' && context.method === 'POST') return sanitizeHtmlRoute(context);
  // dist/ as a site that copied embed.js without its Turkish, Arabic and JSON-LD reader chunks serves it.
  if (context.path.startsWith(WITHOUT_LANGUAGES)) {
    const file = context.path.slice(WITHOUT_LANGUAGES.length);
    if (/^embed-(tr|ar|jsonld)-/.test(file)) {
      context.status = 404;
      return;
    }
    context.url = `/dist/${file}`;
  }
  await next();
  if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
    // The dev server adds its own live-reload script to every HTML page; it is
    // not part of the page under test and has no nonce, so take it out.
    if (typeof context.body === 'string') {
      context.body = context.body.replace(/<script[^>]*__web-dev-server__web-socket\.js[^>]*><\/script>/g, '');
    }
  }
}
