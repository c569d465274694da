import { defineConfig, type UserConfig } from 'vite';
import { inlineTokens } from './build/inline-tokens.js';
import { minifyTemplates } from './build/minify-templates.js';
import { serverSafeLit } from './build/server-safe-lit.js';

/**
 * A language's namespaces share their file names (src/i18n/tr/form.ts, src/i18n/ar/form.ts), so
 * their chunks are named after language and namespace: `tr-form`, `ar-elements`.
 */
const chunkName = (pattern: string) => (chunk: { name: string; facadeModuleId: string | null }) => {
  const [, language, name] = /[\\/]i18n[\\/](\w+)[\\/](\w+)\.ts$/.exec(chunk.facadeModuleId ?? '') ?? [];
  return pattern.replace('[name]', language ? `${language}-${name}` : chunk.name);
};

/**
 * One config, two builds (the demo is served by the reference server, `npm start`; Storybook
 * brings its own dev server):
 * - `vite build --mode modules`: per-element ES modules for bundlers, lit left as a dependency;
 * - `vite build --mode embed`: dist/embed.js, one minified file with lit inside, for a CMS snippet.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return {};
  if (mode === 'embed') {
    return {
      plugins: [inlineTokens(), minifyTemplates(), serverSafeLit()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        // Rolldown's minifier (output.minify below), then terser over its output: 0.5 % smaller
        // than either alone (21.32 kB against 21.43 and 21.49).
        minify: 'terser',
        terserOptions: { compress: { passes: 2 }, format: { comments: false } },
        sourcemap: true,
        lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'embed.js' },
        // Vite keeps whitespace and comments in library builds for the consumer's bundler;
        // embed.js is the end of the line, so minify it all the way.
        rolldownOptions: {
          // Lazy chunks may import what they share with embed.js from embed.js itself, instead of the
          // bundler moving the shared code into a second file every page would have to load.
          preserveEntrySignatures: 'allow-extension',
          // V8's compile hint (Chrome 136+): compile every function while the file streams in, off the
          // main thread, not one by one on first call during the first renders (Lighthouse's total
          // blocking time on the demo, median of six runs: 100 → 70 ms).
          output: { chunkFileNames: chunkName('embed-[name]-[hash].js'), minify: true, comments: false, postBanner: '//# allFunctionsCalledOnLoad' },
        },
      },
    };
  }
  return {
    build: {
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          'event-announcement': 'src/elements/event-announcement/define.ts',
          'event-agenda': 'src/elements/event-agenda/define.ts',
          'seats-badge': 'src/elements/seats-badge/define.ts',
          'registration-form': 'src/elements/registration-form/define.ts',
          // toSnippet without lit, for Node: the `event-elements` command (bin/) imports it.
          snippet: 'src/snippet/snippet.ts',
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { chunkFileNames: chunkName('chunks/[name]-[hash].js') },
      },
    },
  };
});
