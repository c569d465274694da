// The package as people get it: `npm pack` makes the tarball, a fresh Vite project installs it (with
// lit from npm's cache), imports it the way the README says, builds, and Chromium opens the result.
// Then the CDN way: a page on one origin loads dist/embed.js from the unpacked tarball on another
// origin, and the chunks it fetches (Turkish words, the form) come from next to it.
//   node scripts/check-package.mjs   after `npm run build` (npm test runs it)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'event-elements-package-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** Serves `folder` on a free port; `cors` lets pages on other origins load its modules. */
function serve(folder, cors = false) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(folder) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Opens `url` and waits until the announcement shows `text`; fails on any console error. */
async function open(browser, url, text) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.locator('event-announcement h2').getByText('Buurtborrel Overvecht').waitFor({ timeout: 15_000 });
  await page.getByText(text).first().waitFor({ timeout: 15_000 });
  if (problems.length) throw new Error(`${url}: ${problems.join('\n')}`);
  await page.close();
}

const EVENT = {
  id: 'buurtborrel-2099',
  name: 'Buurtborrel Overvecht',
  startDate: '2099-06-05T17:00',
  endDate: '2099-06-05T19:00',
  registration: { email: 'borrel@example.org', capacity: 30, remaining: 12 },
};

let servers = [];
let browser;
try {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/embed.js'))) throw new Error('dist/ is incomplete: run `npm run build` first.');
  const tarball = join(work, JSON.parse(npm(['pack', '--json', '--pack-destination', work], root))[0].filename);

  // 1. A fresh Vite project, as a site developer makes one.
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', join(app, 'src')]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
  npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"><script type="module" src="/src/main.js"></script></head><body><event-announcement></event-announcement><pre id="ics"></pre></body></html>',
  );
  writeFileSync(
    join(app, 'src/main.js'),
    `import '@samenspel/event-elements/event-announcement.js';
import { toIcs, toSnippet, VERSION } from '@samenspel/event-elements';
const event = ${JSON.stringify(EVENT)};
document.querySelector('event-announcement').event = event;
document.querySelector('#ics').textContent = toIcs(event, { now: Date.now() }).split('\\r\\n')[0] + ' ' + toSnippet(event).length + ' ' + VERSION;
`,
  );
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: app, stdio: ['ignore', 'pipe', 'inherit'] });
  const built = await serve(join(app, 'dist'));
  servers.push(built.server);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  await open(browser, `${built.origin}/`, 'Nog 12 plekken vrij');
  console.log(`package: ${tarball.split('/').pop()} installs into a fresh Vite project, builds, and shows the announcement in Chromium`);

  // 2. From a CDN: embed.js of the unpacked tarball on another origin; its chunks come from next to it.
  const unpacked = join(work, 'unpacked');
  execFileSync('mkdir', ['-p', unpacked]);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const cdn = await serve(unpacked, true);
  servers.push(cdn.server);
  const site = join(work, 'site');
  execFileSync('mkdir', ['-p', site]);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Site</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.origin}/package/dist/embed.js"></script></head>
<body><event-announcement event='${JSON.stringify(EVENT).replace(/'/g, '&#39;')}'></event-announcement></body></html>`,
  );
  const page = await serve(site);
  servers.push(page.server);
  // Turkish words and the form are chunks: both must come from the CDN's folder, not the page's.
  await open(browser, `${page.origin}/`, 'Ad soyad');
  console.log(`package: dist/embed.js from another origin (a CDN) loads its chunks from beside itself`);
  console.log(`package: checked in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(`package: ${error.stderr ?? ''}${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}
