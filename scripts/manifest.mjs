// The manifest is the API's source of truth for Storybook and the element pages in docs/elements/.
//   node scripts/manifest.mjs          write docs/elements/<tag>.md from custom-elements.json
//   node scripts/manifest.mjs --check  fail when custom-elements.json, a file made from it for
//                                      frameworks and editors, or an element page is stale,
//                                      when public API has no description, when a relative link in
//                                      a Markdown file leads nowhere, or when a code comment cites a
//                                      section (`docs/<page>.md, "<Section>"`) that does not exist
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');
const check = process.argv.includes('--check');
const failures = [];

let manifestText = read('custom-elements.json');
/** What the analyzer's plugins write beside the manifest (custom-elements-manifest.config.mjs). */
const MADE_FROM_MANIFEST = ['frameworks/react.d.ts', 'frameworks/vue.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];
if (check) {
  // The analyzer resolves --outdir against the working directory, so keep it inside the repo.
  const outdir = 'node_modules/.cache/cem-check';
  try {
    execFileSync('npx', ['cem', 'analyze', '--litelement', '--quiet', '--outdir', outdir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const fresh = readFileSync(new URL(`${outdir}/custom-elements.json`, root), 'utf8');
    if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(manifestText))) {
      failures.push('custom-elements.json is stale: run `npm run analyze` and commit it.');
    }
    manifestText = fresh;
    for (const file of MADE_FROM_MANIFEST) {
      const committed = existsSync(new URL(file, root)) ? read(file) : undefined;
      if (readFileSync(new URL(`${outdir}/${file}`, root), 'utf8') !== committed) failures.push(`${file} is stale: run \`npm run analyze\` and commit it.`);
    }
  } finally {
    rmSync(new URL(outdir, root), { recursive: true, force: true });
  }
}

const manifest = JSON.parse(manifestText);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// Every tag the library registers must be in the manifest (a stray declaration between a class and
// its JSDoc silently drops the class from it).
for (const folder of readdirSync(new URL('src/elements/', root), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  let source;
  try {
    source = read(`src/elements/${folder.name}/define.ts`);
  } catch {
    continue;
  }
  for (const [, tag] of source.matchAll(/define\('([a-z-]+)'/g)) {
    if (!elements.some((element) => element.tagName === tag)) failures.push(`<${tag}> is registered but not in custom-elements.json`);
  }
}

for (const element of elements) {
  const undocumented = (kind, items = []) =>
    items.filter((item) => !item.description?.trim()).forEach((item) => failures.push(`<${element.tagName}> ${kind} ${item.name} has no description`));
  if (!element.description?.trim()) failures.push(`<${element.tagName}> has no description`);
  undocumented('attribute', element.attributes);
  undocumented('property', element.members?.filter((member) => member.kind === 'field' && !member.static));
  undocumented('event', element.events);
  undocumented('slot', element.slots);
  undocumented('CSS part', element.cssParts);
  undocumented('CSS custom property', element.cssProperties);
  // Custom properties come from the token tables (documented by the analyzer's design-tokens plugin);
  // one the styles name outside them must be documented too.
  const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
  let styles = '';
  try {
    styles = read(`src/elements/${element.tagName}/${element.tagName}.styles.ts`);
  } catch {}
  for (const name of new Set([...styles.matchAll(new RegExp(`--${element.tagName}-[a-z0-9-]+`, 'g'))].map(([match]) => match))) {
    if (!documented.has(name)) failures.push(`<${element.tagName}> styles use ${name}, which is not a documented token`);
  }
}

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (title, head, rows) =>
  rows.length ? [`## ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''] : [];

/** Hand-written pages about each element, linked from its generated page (paths relative to docs/elements/). */
const SEE_ALSO = {
  'event-agenda': [['../announcement.md#the-programme', 'The programme, inside the announcement']],
  'event-announcement': [['../announcement.md', 'The announcement: parts, `hide`, slots, structured data']],
  'registration-form': [
    ['../registration.md', 'Registrations to your own endpoint'],
    ['../protocol.md', 'The protocol: request, answers, states'],
  ],
  'seats-badge': [
    ['../live-seats.md', 'Live seats'],
    ['../protocol.md#seats-endpoint', 'The seats endpoint'],
  ],
};
const COMMON = [
  ['../protocol.md#input-precedence', 'Giving an element its event'],
  ['../theming.md', 'Theming: custom properties and parts'],
  ['../languages.md', 'Languages and right to left'],
  ['../accessibility.md', 'Accessibility'],
];

const ELEMENTS_DIR = 'docs/elements/';
const pages = new Map(
  elements.map((element) => {
    // The manifest names the package's files (dist/…); the JSDoc is in the element's source.
    const source = `src/elements/${element.tagName}/${element.tagName}.ts`;
    if (!existsSync(new URL(source, root))) failures.push(`<${element.tagName}>'s source is not at ${source}, where its page says it is`);
    const lines = [
      `<!-- Generated from custom-elements.json by scripts/manifest.mjs. Do not edit: change the element's JSDoc and run \`npm run analyze\`. -->`,
      '',
      `# \`<${element.tagName}>\``,
      '',
      `> This page is generated from \`custom-elements.json\`, which the analyzer reads from the element's JSDoc in [\`${source}\`](../../${source}). To change it, edit that JSDoc and run \`npm run analyze\` (it rewrites the manifest and these pages); commit both. \`node scripts/manifest.mjs --check\` (part of \`npm test\`) fails when a page is stale.`,
      '',
      `**${cell(element.summary ?? element.description.split('\n')[0])}**`,
      '',
      element.description.trim(),
      '',
      `Registered by \`embed.js\` (all four elements) or by \`import '@samenspel/event-elements/${element.tagName}.js'\`${element.tagName === 'event-announcement' ? ' (which also registers the three elements it renders)' : ''}. The class \`${element.name}\` comes from \`@samenspel/event-elements\`, which registers nothing.`,
      '',
      ...table('Attributes', ['attribute', 'property', 'type', 'description'],
        (element.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ? `\`${a.type.text}\`` : '', a.description])),
      ...table('Properties (not attributes)', ['property', 'type', 'description'],
        (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.attribute && !(element.attributes ?? []).some((a) => a.fieldName === m.name))
          .map((m) => [`\`${m.name}\``, m.type?.text ? `\`${m.type.text}\`` : '', m.description])),
      ...table('Events', ['event', 'description'], (element.events ?? []).map((e) => [`\`${e.name}\``, e.description])),
      ...table('Slots', ['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description])),
      ...table('CSS parts', ['part', 'description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
      ...table('CSS custom properties', ['property', 'description'], (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
      '## See also',
      '',
      ...[...(SEE_ALSO[element.tagName] ?? []), ...COMMON].map(([href, text]) => `- [${text}](${href})`),
      '',
    ];
    return [`${ELEMENTS_DIR}${element.tagName}.md`, lines.join('\n')];
  }),
);

mkdirSync(new URL(ELEMENTS_DIR, root), { recursive: true });
const existing = readdirSync(new URL(ELEMENTS_DIR, root)).filter((name) => name.endsWith('.md')).map((name) => `${ELEMENTS_DIR}${name}`);
for (const file of existing.filter((file) => !pages.has(file))) {
  if (check) failures.push(`${file} belongs to no element in custom-elements.json: delete it (node scripts/manifest.mjs does).`);
  else rmSync(new URL(file, root));
}
for (const [file, text] of pages) {
  const current = existsSync(new URL(file, root)) ? read(file) : undefined;
  if (check && current !== text) failures.push(`${file} is stale: run \`npm run analyze\` and commit.`);
  if (!check && current !== text) writeFileSync(new URL(file, root), text);
}

// Links between the docs: a newcomer who follows one must land somewhere. Pages are read as
// written, or, for element pages when writing, as they are about to be written.
const SKIP = new Set(['node_modules', 'dist', 'dist-server', 'storybook-static', 'coverage']);
function markdownFiles(folder = '') {
  return readdirSync(new URL(folder || './', root), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') || SKIP.has(entry.name) ? [] : markdownFiles(`${path}/`);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}
const markdown = new Map(markdownFiles().map((file) => [file, pages.get(file) ?? read(file)]));

/** Heading texts and GitHub's anchors for them ("## Seats endpoint" is `#seats-endpoint`). */
function headingsOf(text) {
  const seen = new Map();
  return withoutCode(text, true)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => {
      const heading = line.replace(/^#+ /, '').trim();
      const base = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return { heading: heading.replace(/`/g, ''), anchor: count ? `${base}-${count}` : base };
    });
}
/** The text without fenced code (and, for links, without inline code), which holds no links or headings. */
function withoutCode(text, keepInline = false) {
  const fenceless = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return keepInline ? fenceless : fenceless.replace(/`[^`\n]*`/g, '');
}

for (const [file, text] of markdown) {
  for (const [, target] of withoutCode(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    const [path, anchor] = target.split('#');
    const resolved = path ? new URL(path, new URL(file, root)) : new URL(file, root);
    const relative = resolved.href.slice(root.href.length);
    if (!existsSync(resolved) && !markdown.has(relative)) {
      failures.push(`${file}: link to ${target}: no such file`);
      continue;
    }
    if (anchor && relative.endsWith('.md')) {
      const targetText = markdown.get(relative) ?? read(relative);
      if (!headingsOf(targetText).some((heading) => heading.anchor === decodeURIComponent(anchor))) failures.push(`${file}: link to ${target}: no such heading`);
    }
  }
}

// Code comments cite the docs by section, as `docs/<page>.md, "<Section>"`: the section must exist.
const CODE = ['src', 'server', 'test', 'scripts', 'stories', 'demo', 'build', '.storybook'];
function codeFiles(folder) {
  if (!existsSync(new URL(folder, root))) return [];
  return readdirSync(new URL(folder, root), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : codeFiles(path);
    return /\.(ts|mts|mjs|js|html)$/.test(entry.name) ? [path] : [];
  });
}
let citations = 0;
for (const file of CODE.flatMap(codeFiles)) {
  for (const [, doc, section] of read(file).matchAll(/\b((?:docs\/[\w/.-]+|server\/README)\.md),? \(?"([^"\n]+)"/g)) {
    const text = markdown.get(doc);
    citations++;
    if (text === undefined) failures.push(`${file} cites ${doc}, which does not exist`);
    else if (!headingsOf(text).some(({ heading }) => heading.toLowerCase() === section.toLowerCase())) failures.push(`${file} cites ${doc}, "${section}": no such section`);
  }
}

if (failures.length) {
  console.error(failures.map((failure) => `manifest: ${failure}`).join('\n'));
  process.exit(1);
}
console.log(
  `manifest: ${elements.length} elements documented${check ? `, custom-elements.json, the files made from it and docs/elements/ are current, links in ${markdown.size} Markdown files and ${citations} cited sections exist` : ` in ${ELEMENTS_DIR}`}`,
);
