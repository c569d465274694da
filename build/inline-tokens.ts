import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

type Token = readonly [name: string, fallbacks: string, fallback: string];
type Chain = (tag: string, token: Token) => string;

const CALL = /const token = tokens\((?:'([\w-]+)'|(\w+)), (\w+)\);\n/;
const USE = /\$\{token\['([\w-]+)'\]\}/g;

/**
 * Writes the design tokens' `var()` chains into the styles of embed.js, so the page does not carry
 * the token tables as well: every name would come twice, once in the table and once where it is
 * used, about 0.3 kB gzip. The source keeps the tables as its one truth (src/elements/tokens.ts);
 * this evaluates the same `chain()` at build time. A styles module with a literal tag gets whole
 * chains (`${token['title-color']}` → `var(--event-announcement-title-color,var(…))`); the shared
 * styles, made per tag at run time, get chains around the tag (`var(--${prefix}-font-family,…)`).
 */
export function inlineTokens(): Plugin {
  // Promises, made once each: the styles modules are transformed side by side, and two builds of one file at once would race.
  let chainModule: Promise<{ chain: Chain }> | undefined;
  const tables = new Map<string, Promise<Record<string, Token>>>();

  /** Imports a module of ours in Node: bundled by esbuild, lit left to node_modules. */
  async function load<T>(file: string): Promise<T> {
    const out = resolve('node_modules/.cache/inline-tokens', `${file.replace(/[^\w]/g, '_')}.mjs`);
    await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: out, logLevel: 'error' });
    return import(`${pathToFileURL(out).href}?${Date.now()}`) as Promise<T>;
  }

  return {
    name: 'inline-tokens',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/elements\/.*\.styles\.ts$/.test(file)) return null;
      const call = CALL.exec(code);
      if (!call) return null;
      const [statement, tag, tagVariable, tableName] = call;
      const source = new RegExp(`import \\{ ${tableName} \\} from '(\\.[^']+)\\.js';`).exec(code)?.[1];
      if (!source) this.error(`inline-tokens: no import of ${tableName} in ${file}`);
      const tableFile = resolve(dirname(file), `${source}.ts`);
      chainModule ??= load<{ chain: Chain }>(resolve('src/elements/tokens.ts'));
      const { chain } = await chainModule;
      if (!tables.has(tableFile)) {
        const table = load<Record<string, Token[]>>(tableFile).then((module) => Object.fromEntries(module[tableName].map((token) => [token[0], token])));
        tables.set(tableFile, table);
      }
      const table = await tables.get(tableFile)!;
      let result = code.replace(statement, tag ? '' : `const prefix = __unsafeCSS(${tagVariable});\n`);
      result = result.replace(USE, (_, name: string) => {
        const token = table[name];
        if (!token) this.error(`inline-tokens: ${file} uses a token ${name} that ${tableName} lacks`);
        return tag ? chain(tag, token) : chain('${prefix}', token);
      });
      if (/\btoken\[/.test(result)) this.error(`inline-tokens: ${file} uses token in a way this plugin does not write out`);
      if (!tag) result = `import { unsafeCSS as __unsafeCSS } from 'lit';\n${result}`;
      return { code: result, map: null };
    },
  };
}
