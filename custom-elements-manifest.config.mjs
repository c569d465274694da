import { existsSync, readFileSync } from 'node:fs';

/**
 * `npm run analyze` writes custom-elements.json (committed); `npm test`
 * fails when it is stale or when public API lacks a description.
 */
export default {
  globs: ['src/elements/**/*.ts'],
  // The elements only: their controllers, templates and helpers are not the API.
  exclude: [
    'src/elements/**/*.styles.ts',
    'src/elements/**/*.tokens.ts',
    'src/elements/tokens.ts',
    'src/elements/**/define.ts',
    'src/elements/controllers/**',
    'src/elements/registration-form/!(registration-form).ts',
    'src/elements/event-announcement/structured-data.ts',
    'src/elements/bidi.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    designTokens(),
    {
      // Private and protected members are not API: keep them out of docs and Storybook controls.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order its file reads finish, which varies between runs.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` and names them
            // after the argument; the documented `@fires` entries are the real ones.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
            }
          }
        }
      },
    },
  ],
};

/**
 * Each element's `cssProperties`, from the token tables the styles are made of (see `Token` in
 * src/elements/tokens.ts): src/elements/shared.tokens.ts for every element, then
 * src/elements/<tag>/<tag>.tokens.ts. A token's JSDoc comment is its description; the plugin adds
 * what it falls back to and its default, so the docs say what the CSS does.
 */
function designTokens() {
  let ts;
  /** The rows of the one `[…] as const` table in `file`: `{ name, fallbacks, fallback, description, said }`. */
  const readTable = (file) => {
    const url = new URL(file, import.meta.url);
    if (!existsSync(url)) return [];
    const text = readFileSync(url, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    let table;
    const find = (node) => {
      if (!table && ts.isArrayLiteralExpression(node) && node.elements.every((element) => ts.isArrayLiteralExpression(element))) table = node;
      else ts.forEachChild(node, find);
    };
    find(source);
    if (!table) throw new Error(`${file}: no token table`);
    return table.elements.map((row) => {
      const values = row.elements.map((value) => {
        if (!ts.isStringLiteralLike(value)) throw new Error(`${file}: a token's fields are strings: ${row.getText()}`);
        return value.text;
      });
      if (values.length !== 3) throw new Error(`${file}: a token is [name, fallbacks, default]: ${row.getText()}`);
      const [name, fallbacks, fallback] = values;
      const comment = (ts.getLeadingCommentRanges(text, row.pos) ?? [])
        .map((range) => text.slice(range.pos, range.end))
        .filter((comment) => comment.startsWith('/**'))
        .pop();
      const words = (comment ?? '').replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\* ?/gm, '').replace(/\s+/g, ' ').trim();
      const [description, said] = words.split(/\s*@default\s+/);
      // The styles split the fallbacks on single spaces; keep the data in the one shape both read.
      if (!/^[a-z0-9-]+$/.test(name) || !/^([a-z0-9-]+( [a-z0-9-]+)*)?$/.test(fallbacks)) {
        throw new Error(`${file}: a token's name and fallbacks are custom property names without \`--\`, fallbacks one space apart: ${row.getText()}`);
      }
      if (fallback.startsWith('var(') && !said) throw new Error(`${file}: say in words what the default ${fallback} is, with @default: ${row.getText()}`);
      return { name, fallbacks: fallbacks ? fallbacks.split(' ') : [], fallback, description, said };
    });
  };
  /** How the docs say a default: `1.5`, the page's (`inherit`), or the words of its `@default`. */
  const sayDefault = ({ fallback, said }) => said ?? (fallback === 'inherit' ? 'the page’s' : `\`${fallback}\``);
  const describe = (token) => {
    if (!token.description) return '';
    const value = sayDefault(token);
    const rest = token.fallbacks.length
      ? `falls back to ${token.fallbacks.map((property) => `\`--${property}\``).join(', ')}, then ${value}`
      : `default${value.startsWith('`') ? '' : ':'} ${value}`;
    return `${token.description}; ${rest}.`;
  };
  return {
    name: 'design-tokens',
    initialize({ ts: analyzerTs }) {
      ts = analyzerTs;
    },
    packageLinkPhase({ customElementsManifest }) {
      const shared = readTable('src/elements/shared.tokens.ts');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const tag = declaration.tagName;
          const own = readTable(`src/elements/${tag}/${tag}.tokens.ts`);
          const cssProperties = [...shared, ...own].map((token) => ({ description: describe(token), name: `--${tag}-${token.name}` }));
          // Where the analyzer puts `@cssprop` entries (after `name`), so the manifest reads as before.
          const entries = Object.entries(declaration).filter(([key]) => key !== 'cssProperties');
          const at = entries.findIndex(([key]) => key === 'name') + 1;
          entries.splice(at, 0, ['cssProperties', cssProperties]);
          for (const key of Object.keys(declaration)) delete declaration[key];
          Object.assign(declaration, Object.fromEntries(entries));
        }
      }
    },
  };
}
