// Builds the reference server and its tests for Node 20, which cannot run TypeScript itself,
// into one flat folder (so paths relative to the repository read the same from every file):
// - dist-server/main.js: the server of `npm start`; dist-server/bench.js: `npm run bench:server`;
// - dist-server/server.test.js: every server/test/*.test.ts but the end-to-end one, in one
//   process, so they share one embedded database (starting PGlite takes seconds);
// - dist-server/e2e.test.js: the demo in Chromium against the real server process;
// - dist-server/unit.test.js: test/node/*.test.ts, the library's pure logic tested without a browser;
// - dist-server/snippet-builder.js: the demo's snippet builder page's script, for the browser.
// Packages stay in node_modules.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const units = readdirSync('test/node').filter((name) => name.endsWith('.test.ts'));
const tests = readdirSync('server/test').filter((name) => name.endsWith('.test.ts') && name !== 'e2e.test.ts');
const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: 'linked', logLevel: 'warning',
  // package.json's "sideEffects" describes the library for bundlers; here every test file is wanted.
  ignoreAnnotations: true };

await Promise.all([
  build({ ...options, entryPoints: ['server/main.ts', 'server/bench.ts', 'server/test/e2e.test.ts'], outdir: 'dist-server', entryNames: '[name]' }),
  build({
    ...options,
    stdin: { contents: tests.map((name) => `import './${name}';`).join('\n'), resolveDir: 'server/test', sourcefile: 'server.test.ts', loader: 'ts' },
    outfile: 'dist-server/server.test.js',
  }),
  build({
    ...options,
    stdin: { contents: units.map((name) => `import './${name}';`).join('\n'), resolveDir: 'test/node', sourcefile: 'unit.test.ts', loader: 'ts' },
    outfile: 'dist-server/unit.test.js',
  }),
  build({
    entryPoints: ['demo/snippet-builder.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    outfile: 'dist-server/snippet-builder.js',
  }),
]);
