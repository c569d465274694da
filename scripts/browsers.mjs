// The system's browsers, for every test that drives one (web-test-runner.config.mjs, the demo's
// end-to-end test): Debian's `chromium` and `firefox-esr` or the usual installs elsewhere, or
// CHROME_PATH / FIREFOX_PATH. Nothing is downloaded.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Chromium flags: root needs --no-sandbox; this machine has no network to talk to. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function findBrowser(envName, candidates, install) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, but no browser is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${install.name} found (looked in ${candidates.join(', ')}). ` +
      `Install it (${install.command}) or set ${envName} to its executable.`,
  );
}

/** Chromium's executable; throws a message naming what to install when there is none. */
export const chromiumPath = () => findBrowser('CHROME_PATH', CHROMIUM_CANDIDATES, { name: 'Chromium or Chrome', command: 'apt-get install chromium' });

/** Firefox's executable; throws a message naming what to install when there is none. */
export const firefoxPath = () => findBrowser('FIREFOX_PATH', FIREFOX_CANDIDATES, { name: 'Firefox', command: 'apt-get install firefox-esr' });
