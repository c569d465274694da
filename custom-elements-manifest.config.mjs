import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * `npm run analyze` writes custom-elements.json and, from it, the files made for frameworks and
 * editors (all committed, all in the package; docs/types-and-editors.md):
 * - frameworks/react.d.ts: every tag in React's JSX (`@samenspel/event-elements/react`);
 * - frameworks/vue.d.ts: every tag in Vue's `GlobalComponents` (`@samenspel/event-elements/vue`);
 * - vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code's custom data;
 * - web-types.json: JetBrains' web types (package.json's "web-types").
 * `npm test` fails when any of them is stale or when public API lacks a description.
 */
const outdir = argument('--outdir') ?? '.';
/** The package's types, as the generated declarations import them (relative to frameworks/). */
const PACKAGE_TYPES = '../dist/types/index.js';

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
    'src/elements/event-announcement/calendar-links.ts',
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
    packagePaths(),
    // React 19 and Preact read a JSX tag's props as properties where the element has them, so the
    // types come from the classes (an object for `event`, a number for `timeout`) rather than the
    // manifest's attribute types.
    frameworkView(jsxTypesPlugin({ outdir: `${outdir}/frameworks`, fileName: 'react.d.ts', globalTypePath: PACKAGE_TYPES, stronglyTypedEvents: true })),
    frameworkView(customElementVuejsPlugin({ outdir: `${outdir}/frameworks`, fileName: 'vue.d.ts', globalTypePath: PACKAGE_TYPES, hideLogs: true }), {
      detailTypes: true,
      file: `${outdir}/frameworks/vue.d.ts`,
      fixTypes: (text) => vueCasing(importOnce(text)),
    }),
    customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', modulePathTemplate: (_name, modulePath) => `./${modulePath}`, hideLogs: true }),
  ],
};

/** The value after `name` on the command line (`cem analyze --outdir <dir>`), if given. */
function argument(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/**
 * The manifest's module paths name files in the package, not our sources (which are not in it):
 * each class is exported by dist/index.js (`@samenspel/event-elements`, no side effects), and each
 * dist/<tag>.js (`@samenspel/event-elements/<tag>.js`) registers its tag, a `custom-element-definition`.
 * The module-path-resolver moves the element modules and adds the definitions; this also moves
 * what it leaves (the base class's module, references to it), merges what now share dist/index.js,
 * and drops exports of types, which a JavaScript module does not have.
 */
function packagePaths() {
  const INDEX = 'dist/index.js';
  const resolver = modulePathResolverPlugin({
    modulePathTemplate: () => INDEX,
    definitionPathTemplate: (_modulePath, _name, tagName) => `dist/${tagName}.js`,
  });
  return {
    name: 'package-paths',
    packageLinkPhase(context) {
      const manifest = context.customElementsManifest;
      const sources = new Set(manifest.modules.map((module) => module.path));
      resolver.packageLinkPhase(context);
      /** `src/elements/x.ts`, `/src/elements/x.js` → dist/index.js; a package (`lit`) stays. */
      const moved = (path) => (sources.has(path.replace(/^\//, '').replace(/\.js$/, '.ts')) ? INDEX : path);
      const declared = new Set();
      const tags = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean));
      const modules = new Map();
      for (const module of manifest.modules) {
        module.path = moved(module.path);
        if (module.deprecated === false) delete module.deprecated;
        const into = modules.get(module.path);
        if (!into) modules.set(module.path, module);
        for (const declaration of module.declarations ?? []) {
          declared.add(declaration.name);
          if (declaration.superclass?.module) declaration.superclass.module = moved(declaration.superclass.module);
          for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = moved(member.inheritedFrom.module);
          }
        }
        for (const entry of module.exports ?? []) entry.declaration.module = moved(entry.declaration.module);
        if (into) {
          into.declarations = [...(into.declarations ?? []), ...(module.declarations ?? [])];
          into.exports = [...(into.exports ?? []), ...(module.exports ?? [])];
        }
      }
      for (const module of modules.values()) {
        if (!module.declarations?.length) delete module.declarations;
        // The resolver also gives the tagless base class (the analyzer's `customElement`) a "definition".
        module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || tags.has(entry.name));
        module.exports = module.exports?.filter((entry) => entry.kind !== 'js' || declared.has(entry.declaration.name));
      }
      manifest.modules = [...modules.values()].filter((module) => module.declarations || module.exports?.length).sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/**
 * The manifest as the framework type generators should read it:
 * - an attribute named like a property (`event`: the JSON text; the `event` property: an object
 *   too) is left out, because React 19 and Vue set the property whenever the element has one, so
 *   the property's type is what a template may give;
 * - with `detailTypes`, an event's `type` is its `detail`'s type: custom-element-vuejs-integration
 *   writes `CustomEvent<type>`, while the manifest says the event's own type, as the schema has it
 *   (`CustomEvent<RegistrationSuccessDetail>`).
 * `fixTypes` corrects what a generator wrote, in the file it wrote.
 */
function frameworkView(plugin, { detailTypes = false, file, fixTypes = (text) => text } = {}) {
  return {
    ...plugin,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      const copy = structuredClone(customElementsManifest);
      for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
        const properties = new Set((declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name));
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName === attribute.name || !properties.has(attribute.name));
        }
        for (const event of detailTypes ? (declaration.events ?? []) : []) {
          const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type.text = detail;
        }
      }
      plugin.packageLinkPhase({ customElementsManifest: copy, ...rest });
      if (file) writeFileSync(file, fixTypes(readFileSync(file, 'utf8')));
    },
  };
}

/**
 * Vue's templates camelize what they are given: `heading-level` is the prop `headingLevel`,
 * `@registration-success` the prop `onRegistrationSuccess` (and Vue, seeing a custom element, sets
 * the property `headingLevel` and listens to `registration-success`). vue-tsc checks a template
 * against those names, so the props are declared under them rather than as written in HTML.
 */
function vueCasing(text) {
  const camel = (name) => name.replace(/-([a-z0-9])/g, (_dash, letter) => letter.toUpperCase());
  return text
    .replace(/^(\s*)"on([a-z0-9]+(?:-[a-z0-9]+)*)"\?:/gm, (_key, indent, event) => `${indent}on${camel(`-${event}`)}?:`)
    .replace(/^(\s*)"([a-z0-9]+(?:-[a-z0-9]+)+)"\?:/gm, (_key, indent, attribute) => `${indent}${camel(attribute)}?:`);
}

/** custom-element-vuejs-integration imports a detail type once per element that fires it: once is enough. */
function importOnce(text) {
  return text.replace(/import type \{([^}]*)\} from ("[^"]+");/g, (statement, names, from) => {
    const all = names.split(',').map((name) => name.trim()).filter(Boolean);
    const unique = [...new Set(all)];
    return unique.length === all.length ? statement : `import type {\n${unique.map((name) => `  ${name},\n`).join('')}} from ${from};`;
  });
}

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
