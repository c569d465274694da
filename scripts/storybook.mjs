// `npm run storybook`: `storybook dev` for this machine only (127.0.0.1) on port 6006, or on
// STORYBOOK_HOST and STORYBOOK_PORT; `STORYBOOK_HOST=0.0.0.0` opens it to the network (a phone on
// the same Wi-Fi). Arguments after `npm run storybook --` go to `storybook dev`. A script because
// an npm script cannot read an environment variable the same way in every shell (Windows too).
// Storybook's own `PORT` fallback is never used: `npm start` reads `PORT` for the demo server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const host = process.env.STORYBOOK_HOST || '127.0.0.1';
const port = process.env.STORYBOOK_PORT || '6006';

const packageJson = createRequire(import.meta.url).resolve('storybook/package.json');
const { bin } = JSON.parse(readFileSync(packageJson, 'utf8'));
const cli = resolve(dirname(packageJson), typeof bin === 'string' ? bin : bin.storybook);

const child = spawn(process.execPath, [cli, 'dev', '--host', host, '--port', port, '--no-open', ...process.argv.slice(2)], { stdio: 'inherit' });

// Ctrl-C reaches both processes from the terminal; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
