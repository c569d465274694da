// embed.js is for <script type="module"> on a page, but server code may import it too (a shared
// component module, a test): in Node it must load without throwing and register nothing.
// node --test runs this file in a process of its own, so nothing else has put a DOM shim in place.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('dist/embed.js loads in Node and defines nothing', async () => {
  await import(new URL('../../dist/embed.js', import.meta.url).href);
  assert.equal(typeof globalThis.customElements, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});
