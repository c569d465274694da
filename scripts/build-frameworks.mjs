// Builds the framework apps of test/frameworks/ (React 19, Vue 3, Svelte 5, server-rendered React)
// with Vite and their official plugins, once, into dist-frameworks/<app>/, where the browser tests
// (test/frameworks/frameworks.test.ts) open them from the test runner's server.
//   node scripts/build-frameworks.mjs   (npm test runs it before the browser tests)
import { svelte } from '@sveltejs/vite-plugin-svelte';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The elements' tags: Vue renders them as custom elements instead of resolving components. */
const TAGS = ['event-announcement', 'event-agenda', 'seats-badge', 'registration-form'];

const apps = {
  react: [react()],
  'react-ssr': [react()],
  vue: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
  svelte: [svelte()],
};

const started = Date.now();
// One at a time: the machine running the tests is small, and Vite uses every core it sees.
for (const [name, plugins] of Object.entries(apps)) {
  await build({
    root: `${root}test/frameworks/${name}`,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: { outDir: `${root}dist-frameworks/${name}`, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
}
console.log(`framework apps: ${Object.keys(apps).join(', ')} built into dist-frameworks/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
