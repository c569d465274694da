// Tests run in the system's real Chromium and Firefox (Debian's `chromium` and
// `firefox-esr`); nothing is downloaded. Set CHROME_PATH / FIREFOX_PATH to use
// other installs, or BROWSERS=chromium (or firefox) to run one while working.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { testMiddleware } from './test/server/middleware.mjs';
import { ssrFixtures } from './test/server/ssr.mjs';
import { storiesPlugin, storyFixtures } from './test/server/stories.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());

function chromium({ timezoneId } = {}) {
  const executablePath = chromiumPath();
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    ...(timezoneId ? { createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }) } : {}),
  });
}

function firefox({ timezoneId, prefs = {} } = {}) {
  const executablePath = firefoxPath();
  return puppeteerLauncher({
    // Firefox runs parallel test files as tabs of one window; a tab behind the other gets no focus
    // events and throttled timers, so keyboard and timing tests would be judged unfairly.
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Firefox takes its time zone from the process environment.
      env: { ...process.env, ...(timezoneId ? { TZ: timezoneId } : {}) },
      extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false, ...prefs },
    },
  });
}

function browsers(options) {
  return [wanted.includes('chromium') && chromium(options), wanted.includes('firefox') && firefox(options)].filter(Boolean);
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/viewer-time-zone/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  browsers: browsers(),
  groups: [
    // The same announcement seen from New York and Tokyo still says 16.00.
    { name: 'viewer-new-york', files: 'test/viewer-time-zone/*.test.ts', browsers: browsers({ timezoneId: 'America/New_York' }) },
    { name: 'viewer-tokyo', files: 'test/viewer-time-zone/*.test.ts', browsers: browsers({ timezoneId: 'Asia/Tokyo' }) },
    // Firefox cannot emulate forced colours or reduced motion over WebDriver BiDi (Chromium emulates them
    // in the run above): this Firefox has both switched on in its preferences, as a visitor would.
    ...(wanted.includes('firefox')
      ? [
          {
            name: 'firefox-system-settings',
            files: 'test/elements/system-settings.test.ts',
            browsers: [firefox({ prefs: { 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 } })],
          },
        ]
      : []),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), storiesPlugin()],
  middleware: [testMiddleware, storyFixtures, ssrFixtures],
  testFramework: { config: { timeout: 10000 } },
  // Before every test file: a failed assertion about a DOM node is reported, not lost (test/report-failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/report-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // Tests run lit's development build on purpose (more checks); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
