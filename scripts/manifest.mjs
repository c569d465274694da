// The manifest is the API's source of truth for docs, Storybook and the README.
//   node scripts/manifest.mjs          rewrite the README's API tables from custom-elements.json
//   node scripts/manifest.mjs --check  fail when custom-elements.json or the README is stale,
//                                      or when public API has no description
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');
const check = process.argv.includes('--check');
const failures = [];

let manifestText = read('custom-elements.json');
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
  rows.length ? [`**${title}**`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''] : [];

const api = elements.flatMap((element) => [
  `### \`<${element.tagName}>\``,
  '',
  cell(element.summary ?? element.description.split('\n')[0]),
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
]);

const START = '<!-- api:start (generated from custom-elements.json by scripts/manifest.mjs) -->';
const END = '<!-- api:end -->';
const readme = read('README.md');
const [before, rest] = readme.split(START);
if (rest === undefined || !rest.includes(END)) {
  failures.push(`README.md has no ${START} … ${END} section`);
} else {
  const updated = `${before}${START}\n\n${api.join('\n')}\n${END}${rest.split(END)[1]}`;
  if (check && updated !== readme) failures.push('README.md API tables are stale: run `npm run analyze` and commit.');
  if (!check) writeFileSync(new URL('README.md', root), updated);
}

if (failures.length) {
  console.error(failures.map((failure) => `manifest: ${failure}`).join('\n'));
  process.exit(1);
}
console.log(`manifest: ${elements.length} elements documented${check ? ', custom-elements.json and README are current' : ''}`);
