// Storybook's stories, served to the browser tests the way Storybook serves them, so
// test/stories/ can render every story there is (test-only; nothing here ships).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The same files as `stories` in .storybook/main.ts (`../stories/**\/*.stories.ts`). */
const STORIES_DIR = 'stories';
const STORY_FILE = /\.stories\.ts$/;

/** A module that exists only here: every story file, listed when a test asks for it (see story-files.d.ts). */
export const STORY_LIST_PATH = '/test/stories/story-files.js';

/**
 * Storybook's own story composition (`composeStories`) and the web-components renderer,
 * bundled into one module. Storybook's browser code imports CommonJS packages (through
 * `storybook/test`), which its Vite pre-bundles and a browser cannot import as they are;
 * esbuild does the same here. Lit stays outside, so stories and elements share one Lit.
 */
export const STORYBOOK_PATH = '/test/stories/storybook.js';
const STORYBOOK_MODULES = ['@storybook/web-components-vite', '@storybook/web-components', 'storybook/preview-api'];
const STORYBOOK_ENTRY = `export * from '@storybook/web-components';
export { composeStories, composeStory } from 'storybook/preview-api';
`;

/** Marks a JSON file imported from a module, to be served as a module (`import seed from './x.json'`). */
const JSON_MODULE = 'json-module';
/** Marks a CSS file imported from a module (`import 'theme.css'`), to be served as a module that links it. */
const CSS_MODULE = 'css-module';

/** The story files under `rootDir`, as paths from the server's root, read afresh on every request. */
export function storyFiles(rootDir) {
  return readdirSync(path.join(rootDir, STORIES_DIR), { recursive: true })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => STORY_FILE.test(file))
    .sort()
    .map((file) => `/${STORIES_DIR}/${file}`);
}

/**
 * A dev-server plugin with two jobs Storybook's Vite otherwise does:
 * - serves STORY_LIST_PATH, a module importing every story file and exporting
 *   `[{ file, module }]`, so a story file added later is tested with no test edited;
 * - serves a `.json` file imported by a module as a module whose default export is
 *   the data (Vite's JSON import), while `fetch()` of the same file still gets JSON;
 * - serves a `.css` file imported by a module (a theme, a font) as a module that links the
 *   stylesheet into the page and waits for it, as Vite's CSS import puts it on the page.
 */
export function storiesPlugin({ rootDir = process.cwd() } = {}) {
  let storybook;
  return {
    name: 'storybook-stories',
    resolveImport({ source }) {
      return STORYBOOK_MODULES.includes(source) ? STORYBOOK_PATH : undefined;
    },
    async serve(context) {
      if (context.path === STORYBOOK_PATH) return { body: await (storybook ??= bundleStorybook(rootDir)), type: 'js' };
      if (context.path !== STORY_LIST_PATH) return undefined;
      const files = storyFiles(rootDir);
      const imports = files.map((file, index) => `import * as story${index} from ${JSON.stringify(file)};`);
      const list = files.map((file, index) => `  { file: ${JSON.stringify(file.slice(1))}, module: story${index} },`);
      return { body: [...imports, 'export default [', ...list, '];', ''].join('\n'), type: 'js' };
    },
    transformImport({ source }) {
      if (/^[a-z]+:/i.test(source)) return undefined;
      if (source.endsWith('.json')) return `${source}?${JSON_MODULE}`;
      if (source.endsWith('.css')) return `${source}?${CSS_MODULE}`;
      return undefined;
    },
    resolveMimeType(context) {
      if (isJsonModule(context) || isCssModule(context)) return 'js';
      return undefined;
    },
    transform(context) {
      if (isJsonModule(context)) return { body: `export default ${context.body};\n` };
      if (isCssModule(context)) return { body: LINK_STYLESHEET };
      return undefined;
    },
  };
}

async function bundleStorybook(rootDir) {
  const result = await build({
    stdin: { contents: STORYBOOK_ENTRY, resolveDir: rootDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['lit', 'lit/*', '@lit/*'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    write: false,
  });
  return result.outputFiles[0].text;
}

/** The module a CSS import becomes: the stylesheet itself, by URL, so its relative font URLs resolve. */
const LINK_STYLESHEET = `const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = new URL(import.meta.url).pathname;
// A missing stylesheet must fail the story's checks, not hang the test run.
const loaded = new Promise((resolve) => (link.onload = link.onerror = resolve));
document.head.append(link);
await loaded;
`;

function isCssModule(context) {
  return context.path.endsWith('.css') && context.URL.searchParams.has(CSS_MODULE);
}

function isJsonModule(context) {
  return context.path.endsWith('.json') && context.URL.searchParams.has(JSON_MODULE);
}

/**
 * Koa middleware: Storybook serves test/fixtures at /fixtures (`staticDirs` in
 * .storybook/main.ts), and stories name files there (`seats-src="fixtures/seats.json"`).
 */
export async function storyFixtures(context, next) {
  if (context.path.startsWith('/fixtures/')) context.url = `/test${context.url}`;
  await next();
}
