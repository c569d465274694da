import type { Plugin } from 'vite';

/**
 * embed.js carries lit's browser build, and two of its lines touch the page while the module loads:
 * lit-html's `document.createTreeWalker(…)` and reactive-element's `class … extends HTMLElement`. Where
 * there is no page (server code or a test importing embed.js in Node) they throw before our own code can
 * decide to do nothing. This gives those two lines the guards lit's own Node build has there: a stand-in
 * document with a `createTreeWalker`, and a stand-in base class. In a browser both take the real thing;
 * in Node embed.js loads and, without `customElements`, registers nothing (see `define`).
 *
 * One more patch, for pages rather than servers, lets copies of this library share lit's Trusted
 * Types policy (below).
 *
 * Each patch must apply exactly once, or the build fails: a lit release that changes these lines
 * must be looked at again, not silently shipped unguarded.
 */
const patches = [
  {
    module: /\/node_modules\/lit-html\/lit-html\.js$/,
    from: '=document,',
    to: '=globalThis.document??{createTreeWalker(){return{}}},',
  },
  {
    // Not for servers: a page that enforces Trusted Types allows the policy name `lit-html` once
    // (without 'allow-duplicates'), so a second copy of embed.js on the page (a CMS snippet plus a
    // plugin, embed.js from two URLs) threw while loading, before it could skip its elements with a
    // warning (src/define.ts). Copies of this library share the first one's policy instead; it is the
    // same pass-through.
    module: /\/node_modules\/lit-html\/lit-html\.js$/,
    from: 's=t.trustedTypes,e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0',
    to: 's=t.trustedTypes,e=s?t[Symbol.for("event-elements.lit-html-policy")]??=s.createPolicy("lit-html",{createHTML:t=>t}):void 0',
  },
  {
    module: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
    from: 'extends HTMLElement{',
    to: 'extends(globalThis.HTMLElement??class{}){',
  },
];

export function serverSafeLit(): Plugin {
  const applied = new Set<(typeof patches)[number]>();
  return {
    name: 'server-safe-lit',
    apply: 'build',
    buildStart() {
      applied.clear();
    },
    transform(code, id) {
      const matching = patches.filter(({ module }) => module.test(id.split('?')[0]));
      if (!matching.length) return null;
      for (const patch of matching) {
        if (code.split(patch.from).length !== 2) this.error(`server-safe-lit: "${patch.from}" is not in ${id} exactly once; look at this lit version's module again`);
        applied.add(patch);
        code = code.replace(patch.from, patch.to);
      }
      return { code, map: null };
    },
    buildEnd(error) {
      const missing = patches.filter((patch) => !applied.has(patch));
      if (!error && missing.length) this.error(`server-safe-lit: no module matched ${missing.map(({ module }) => module).join(', ')}`);
    },
  };
}
