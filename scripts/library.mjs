// The library's own functions, bundled from source for a script that runs in Node (the page-weight
// check, bench:render): `names` from the modules of `src/` that hold them, e.g.
// { './src/data/move.ts': ['moveEventToFuture'] }.
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

export async function libraryHelpers(names) {
  const { outputFiles } = await build({
    stdin: {
      contents: Object.entries(names).map(([module, exports]) => `export { ${exports.join(', ')} } from '${module}';`).join('\n'),
      resolveDir: root.pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
