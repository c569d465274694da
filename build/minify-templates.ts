import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * CSS text: comments out, whitespace folded, no spaces around punctuation that needs none, and
 * spellings the style sheet's own text (CSSOM) cannot tell apart: `@media(` for `@media (`,
 * `[state=few]` for `[state='few']` (a value that is an identifier needs no quotes; `'-1'` keeps
 * them). Not `.25rem` for `0.25rem`: a declaration with a `var()` keeps its text as written.
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>~]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/(@media|@container) \(/g, '$1(')
    .replace(/\[([\w-]+)='([a-zA-Z_][\w-]*)'\]/g, '[$1=$2]');
}

/**
 * HTML text, as the browser's parser reads it the same:
 * - a run of whitespace that holds a line break renders as one space, so write one space;
 * - inside a tag, right before its `>`, it is no text at all, so write none (not before `/>`:
 *   after an unquoted value, `@change=${…}`, the `/` would join the value);
 * - inside a tag, a static value that needs no quotes loses them: `class="badge"` is `class=badge`.
 * `before` is the template's text up to this part, to tell whether a tag is open here.
 */
function minifyHtml(text: string, before: string): string {
  const inTag = (offset: number) => {
    const tag = /<[a-zA-Z/][^<>]*$/.exec(before + text.slice(0, offset))?.[0];
    // Not inside a quoted value: `title='a="b"'` keeps its text.
    return tag !== undefined && !/["']/.test(tag.replace(/"[^"]*"|'[^']*'/g, ''));
  };
  return text.replace(/(\s*\n\s*)|(?<=[\w-])="([^\s"'`=<>]+)"/g, (match: string, space: string | undefined, value: string | undefined, offset: number) => {
    if (space) return text[offset + match.length] === '>' && inTag(offset) ? '' : ' ';
    // Not before `/`: in `type="checkbox"/>` the slash would join an unquoted value.
    return inTag(offset) && text[offset + match.length] !== '/' ? `=${value}` : match;
  });
}

/**
 * Minifies the text of lit's `css` and `html` tagged templates in our own
 * modules, where the tags still have those names: the JS minifier leaves
 * template text alone, and our templates are indented source. Only what
 * cannot matter goes: inside `html`, a whitespace run with a line break
 * becomes one space (the same text once rendered); inside `css`, comments and
 * spacing. Interpolations and all other code stay as they are.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/\b(css|html)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const current = node as Node;
        const tag = current.tag as (Node & { name?: string }) | undefined;
        if (current.type === 'TaggedTemplateExpression' && (tag?.name === 'css' || tag?.name === 'html')) {
          const { quasis } = current.quasi as { quasis: Node[] };
          let before = '';
          for (const quasi of quasis) {
            // A quasi's span takes in its delimiters (the backtick or `}` before, `${` or the backtick
            // after): minify only the text between them, or a space after `${…}` would look removable.
            const start = quasi.start + 1;
            const end = quasi.end - (code.startsWith('${', quasi.end - 2) ? 2 : 1);
            const raw = code.slice(start, end);
            let text = tag.name === 'css' ? minifyCss(raw) : minifyHtml(raw, before);
            // An interpolation stands in as a value: it never opens or closes a tag.
            before += `${raw}0`;
            // A style sheet's own ends are whitespace no rule can see (text's ends can be, in `html`).
            if (tag.name === 'css' && quasi === quasis[0]) text = text.trimStart();
            if (tag.name === 'css' && quasi === quasis.at(-1)) text = text.trimEnd();
            if (text !== raw) edits.push({ start, end, text });
          }
        }
        for (const key in current) if (key !== 'type') visit(current[key]);
      };
      // rolldown's parseAst gives plain objects; the plugin context's parse gives lazy ones a walk cannot enumerate.
      visit(parseAst(code, { lang: 'ts' }));
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return edits.length ? { code: result, map: null } : null;
    },
  };
}
