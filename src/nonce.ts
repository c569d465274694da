/**
 * Lit falls back to <style> elements where constructable stylesheets are
 * missing; under a strict CSP those need the page's nonce. Sites can set
 * `window.litNonce` themselves or publish it in `<meta name="csp-nonce">`.
 * Imported before any element is defined, because defining upgrades elements
 * already on the page.
 */
const page = globalThis as { litNonce?: string };
// `globalThis.document?.`: embed.js may be imported where there is no page (server code, a Node test);
// there is no nonce to read there, and no element will be defined.
page.litNonce ??= globalThis.document?.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

export {};
