import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';

/*
 * The demo as a visitor meets it: `node dist-server/main.js` (what `npm start` runs, after the
 * build) with its embedded database in a folder, the page in Debian's Chromium, a keyboard.
 */

/** Chromium's path, or why there is none (the suite is then skipped, saying so). */
let executablePath: string | undefined;
let noChromium: string | false = false;
try {
  executablePath = chromiumPath();
} catch (error) {
  noChromium = (error as Error).message;
}
const MAIN = new URL('./main.js', import.meta.url);
const EMBED = new URL('../dist/embed.js', import.meta.url);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the server and resolves with the demo's address once it says it listens. */
function startServer(env: Record<string, string>): Promise<{ process: ChildProcess; demo: string }> {
  const child = spawn(process.execPath, [MAIN.pathname], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      const demo = /Demo: (http:\/\/\S+)/.exec(output)?.[1];
      if (demo) resolve({ process: child, demo });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resolves when `condition` holds, polling on the page's own rendering (no fixed sleeps). */
async function until(page: Page, condition: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
}

const badgeTexts = (page: Page) => page.locator('seats-badge [role=status]').allInnerTexts();

describe('the demo, end to end', { skip: noChromium }, () => {
  let browser: Browser;
  /** The demo's address, once the first test has it running. */
  let demo: string | undefined;
  let server: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'demo-data-'));

  before(async () => {
    assert.ok(existsSync(EMBED), 'dist/embed.js is missing: run npm run build first');
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await browser?.close();
    if (server) await stopServer(server);
  });

  it('signs up by keyboard, every badge counts down, the count survives a restart, and the page switches to Arabic', async () => {
    const env = { PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: '', OUTBOX_DIR: `${dataDir}-outbox` };
    let started = await startServer(env);
    server = started.process;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(started.demo);
    await until(page, async () => (await badgeTexts(page)).filter((text) => text === 'Nog 40 plekken vrij').length === 2, 'both badges say 40');

    // From the top of the page, Tab until the name field of the form has focus.
    const focusedName = () => page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('name') ?? active?.tagName;
    });
    let presses = 0;
    while ((await focusedName()) !== 'name') {
      await page.keyboard.press('Tab');
      assert.ok(++presses < 80, 'the name field is reachable by Tab');
    }
    await page.keyboard.type('Jitske Tiemersma');
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(), 'email');
    await page.keyboard.type('jitske@omziennaarelkaar.nl');
    await page.keyboard.press('Enter');

    await page.getByText('Je bent aangemeld').waitFor();
    await until(page, async () => (await badgeTexts(page)).filter((text) => text === 'Nog 39 plekken vrij').length === 2, 'both badges say 39');

    assert.deepEqual(problems, []);
    await stopServer(server);
    started = await startServer(env);
    server = started.process;
    await page.reload();
    // A live-seats poll that fell in the restart could not connect: that is the restart, not the page.
    problems.length = 0;
    await until(page, async () => (await badgeTexts(page)).filter((text) => text === 'Nog 39 plekken vrij').length === 2, 'both badges still say 39 after a restart');
    const seats = await (await fetch(new URL('/api/events/samenspel-in-de-wijk-2019-01-29/seats', started.demo))).json();
    assert.deepEqual(seats, { capacity: 40, remaining: 39, waitlist: false, closed: false });
    // The language switch: Arabic words come from a chunk beside embed.js, under the same policy.
    await page.selectOption('#language', 'ar');
    await until(page, async () => (await badgeTexts(page)).filter((text) => text === 'بقي 39 مقعدًا').length === 2, 'both badges speak Arabic');
    // The switch says what it changes, in the language it has set, so the visitor can switch back.
    assert.equal(await page.locator('label[for=language]').innerText(), 'لغة الاستمارة والعناوين');
        // The demo runs under a strict CSP with Trusted Types: nothing may have been refused, nothing warned.
    assert.deepEqual(problems, []);
    demo = started.demo;
  });

  it('the snippet builder: the demo event as JSON, its snippet, a live preview, copying, and what is wrong named', async () => {
    assert.ok(demo, 'the demo is running (the test above started it)');
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo).origin });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(new URL('/demo/snippet/', demo).href);

    const code = page.locator('#snippet-code');
    await until(page, async () => (await code.innerText()).startsWith(`<event-announcement lang="nl" data-event='{"id":"samenspel-in-de-wijk-2019-01-29"`), 'the snippet of the demo event');
    assert.match(await code.innerText(), /<h2>\(Nieuw\) samenspel in de wijk<\/h2>/);
    const preview = page.locator('#snippet-preview event-announcement');
    await preview.locator('h2').getByText('(Nieuw) samenspel in de wijk').waitFor();

    await page.selectOption('#snippet-lang', 'en');
    await until(page, async () => (await code.innerText()).startsWith('<event-announcement lang="en"'), 'the snippet in English');
    await preview.locator('h3', { hasText: 'Programme' }).waitFor();
    await page.fill('#snippet-embed', '/assets/embed.js');
    await until(page, async () => (await code.innerText()).startsWith('<script type="module" src="/assets/embed.js"></script>'), 'embed.js first');

    await page.click('#snippet-copy');
    await page.getByText('Gekopieerd.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.innerText());

    const good = await page.inputValue('#event-json');
    await page.fill('#event-json', '{ "name": 3');
    await page.getByText('Dit is geen geldige JSON.').waitFor();
    await page.fill('#event-json', JSON.stringify({ name: 'Buurtborrel' }));
    await page.getByText('Met deze gegevens kan de bijeenkomst niet worden getoond:').waitFor();
    assert.match(await page.locator('#event-json-problems li').first().innerText(), /startDate/);
    assert.equal(await page.getAttribute('#event-json', 'aria-invalid'), 'true');
    await page.fill('#event-json', good);
    await until(page, async () => (await page.locator('#event-json-problems').innerText()) === '', 'the problems go when the data is good again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the confirmation e-mail is an .eml file beside the data, and its cancel link frees the seat, by keyboard', async () => {
    assert.ok(demo, 'the demo is running (the first test signed Jitske up)');
    const outbox = `${dataDir}-outbox`;
    const files = () => (existsSync(outbox) ? readdirSync(outbox).filter((name) => name.endsWith('.eml')) : []);
    let confirmation: ParsedMail | undefined;
    for (const end = Date.now() + 15_000; !confirmation && Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
      for (const name of files()) {
        const parsed = await simpleParser(readFileSync(join(outbox, name)));
        if (parsed.subject?.startsWith('Je bent aangemeld')) confirmation = parsed;
      }
    }
    assert.ok(confirmation, `a confirmation in ${outbox}: ${files().join(', ')}`);
    assert.match(confirmation.text!, /Wanneer: \w+dag \d+ \w+ \d{4}, van 16\.00 tot 19\.00 uur/);
    assert.ok(confirmation.attachments.some((attachment) => attachment.contentType === 'text/calendar'), 'the event as .ics');
    const link = /https?:\/\/\S+\/registrations\/[\w-]+\/cancel/.exec(confirmation.text!)?.[0];
    assert.ok(link, confirmation.text);

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.goto(link);
    await page.getByRole('heading', { name: 'Afmelden', level: 1 }).waitFor();
    assert.match(await page.locator('main').innerText(), /Jitske Tiemersma/);
    // Keyboard only: Tab to the button, press Enter.
    for (let presses = 0; (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Afmelden'; presses++) {
      assert.ok(presses < 20, 'the button is reachable by Tab');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Je bent afgemeld', level: 1 }).waitFor();

    await page.goto(demo);
    await until(page, async () => (await badgeTexts(page)).filter((text) => text === 'Nog 40 plekken vrij').length === 2, 'both badges say 40 again');
    assert.deepEqual(problems, []);
  });
});
