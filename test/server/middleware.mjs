// Test-only HTTP behaviour for @web/test-runner's dev server.
import { API_PREFIX, registrationEndpoint } from './registration-endpoint.mjs';

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
