import type { Plugin } from 'vite';

/**
 * embed.js carries lit's browser build, and two of its lines touch the page while the module loads:
 * lit-html's `document.createTreeWalker(…)` and reactive-element's `class … extends HTMLElement`. Where
 * there is no page (server code or a test importing embed.js in Node) they throw before our own code can
 * decide to do nothing. This gives those two lines the guards lit's own Node build has there: a stand-in
 * document with a `createTreeWalker`, and a stand-in base class. In a browser both take the real thing;
 * in Node embed.js loads and, without `customElements`, registers nothing (see `define`).
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
      const patch = patches.find(({ module }) => module.test(id.split('?')[0]));
      if (!patch) return null;
      if (code.split(patch.from).length !== 2) this.error(`server-safe-lit: "${patch.from}" is not in ${id} exactly once; look at this lit version's module again`);
      applied.add(patch);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
    buildEnd(error) {
      const missing = patches.filter((patch) => !applied.has(patch));
      if (!error && missing.length) this.error(`server-safe-lit: no module matched ${missing.map(({ module }) => module).join(', ')}`);
    },
  };
}
