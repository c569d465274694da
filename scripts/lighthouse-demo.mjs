// Lighthouse on the demo page: accessibility, best practices and SEO, on a phone (Lighthouse's
// default, 412 px wide) and on a desktop, in the system's Chromium. Builds nothing: it starts
// the built server (dist-server/main.js, serving dist/embed.js) on a free port with a database in
// memory, or audits an address you give it.
//   node scripts/lighthouse-demo.mjs                       run `npm run build:embed && npm run build:server` first
//   node scripts/lighthouse-demo.mjs http://127.0.0.1:8080/demo/   a demo that is already running
//   node scripts/lighthouse-demo.mjs --performance [url]  performance instead, on a phone only, a
//                                                         benchmark: prints the score and its metrics, fails on nothing
// Prints the scores and every audit that lost points; exits non-zero when a score is below 100.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const lighthouseMissing = (error) => {
  console.error(`lighthouse is not installed (${error.code}): run \`npm install\`.`);
  process.exit(1);
};
const { default: lighthouse } = await import('lighthouse').catch(lighthouseMissing);
const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js').catch(lighthouseMissing);

const performance = process.argv.includes('--performance');
const CATEGORIES = performance ? ['performance'] : ['accessibility', 'best-practices', 'seo'];
// Performance is measured as Lighthouse's default, a phone with simulated throttling (issue 12).
const FORM_FACTORS = performance ? { mobile: undefined } : { mobile: undefined, desktop: desktopConfig };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const START_TIMEOUT_MS = 60_000;

const root = new URL('../', import.meta.url);

/** Starts `command` and resolves with the first match of `pattern` in its output. */
function startAndRead(command, args, env, pattern, what) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${what} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk) => {
      output += chunk;
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, match: match[1] });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${output}`));
    });
  });
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function startDemo() {
  for (const file of ['dist-server/main.js', 'dist/embed.js']) {
    if (!existsSync(new URL(file, root))) throw new Error(`${file} is missing: run \`npm run build:embed && npm run build:server\` first.`);
  }
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', ADMIN_TOKEN: '' };
  return startAndRead(process.execPath, [new URL('dist-server/main.js', root).pathname], env, /Demo: (http:\/\/\S+)/, 'the demo server');
}

async function startChromium(profile) {
  const args = [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  return startAndRead(chromiumPath(), args, {}, /DevTools listening on ws:\/\/[^:]+:(\d+)\//, 'Chromium');
}

/** One Lighthouse run: the scores out of 100 and the audits that cost points. */
async function audit(url, port, config) {
  const { lhr } = await lighthouse(url, { port, logLevel: 'error', onlyCategories: CATEGORIES }, config);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return CATEGORIES.map((id) => {
    const category = lhr.categories[id];
    const failed = category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`);
    const metrics = performance ? METRICS.map((metric) => `${metric} ${lhr.audits[metric].displayValue}`) : [];
    return { title: category.title, score: Math.round(category.score * 100), failed: performance ? metrics : failed };
  });
}

const started = Date.now();
const given = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
let server;
let chromium;
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-demo-'));
let belowFull = false;
try {
  const url = given ?? (server = await startDemo()).match;
  chromium = await startChromium(profile);
  const port = Number(chromium.match);
  console.log(`Lighthouse on ${url}`);
  for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
    for (const { title, score, failed } of await audit(url, port, config)) {
      console.log(`  ${formFactor.padEnd(8)}${title.padEnd(16)}${score}`);
      for (const line of failed) console.log(`            ${line}`);
      if (score < 100 && !performance) belowFull = true;
    }
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await stop(chromium?.child);
  await stop(server?.child);
  rmSync(profile, { recursive: true, force: true });
}
if (belowFull) {
  console.error('Lighthouse: a score is below 100 (the audits that cost points are listed above).');
  process.exitCode = 1;
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
