import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Lowers TC39 standard decorators (`@property() accessor x`).
 *
 * Vite 8 transpiles TypeScript with Oxc, which lowers only legacy
 * (`experimentalDecorators`) decorators and passes standard ones through;
 * no browser we support runs them natively yet. esbuild lowers them. While
 * serving (demo, Storybook) each module is lowered on its own; in a build the
 * bundler keeps decorators as they are and each finished chunk is lowered
 * once, so esbuild's decorator helpers appear once per chunk instead of once
 * per module (about 1 kB gzip saved in embed.js). Storybook, whose chunks are
 * mostly its own code, asks for `perModule` in both modes. The test runner uses
 * esbuild directly and needs nothing of this.
 */
export function standardDecorators({ perModule = false } = {}): Plugin[] {
  const lower = async (code: string, sourcefile: string, loader: 'ts' | 'js') => {
    const result = await transform(code, { loader, target: 'es2022', sourcefile, sourcemap: true });
    return { code: result.code, map: result.map };
  };
  return [
    {
      name: 'standard-decorators:modules',
      apply: perModule ? undefined : 'serve',
      enforce: 'pre',
      transform(code, id) {
        const file = id.split('?')[0];
        if (!file.endsWith('.ts') || file.includes('/node_modules/') || !code.includes('@')) return null;
        return lower(code, file, 'ts');
      },
    },
    {
      name: 'standard-decorators:chunks',
      apply: perModule ? () => false : 'build',
      renderChunk(code, chunk) {
        return code.includes('@') ? lower(code, chunk.fileName, 'js') : null;
      },
    },
  ];
}
