// Test-only HTTP behaviour for @web/test-runner's dev server.
import { API_PREFIX, registrationEndpoint } from './registration-endpoint.mjs';

/** The production policy of SPEC.md (Utrecht's), with Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'nonce-test-nonce' 'strict-dynamic'",
  "style-src 'self' 'nonce-test-nonce'",
  "connect-src 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Koa middleware: pages under /test/csp/ are served with the strict policy. */
export async function testMiddleware(context, next) {
  // The scriptable registration endpoint answers its own paths (see registration-endpoint.mjs).
  if (context.path.startsWith(API_PREFIX)) return registrationEndpoint(context, next);
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
