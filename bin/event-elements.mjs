#!/usr/bin/env node
// event-elements: the package's command. `event-elements snippet <event.json>` prints the HTML a
// CMS editor pastes for an event (docs/cms.md); the work is done by `toSnippet` (src/snippet/).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEvent, toSnippet } from '../dist/snippet.js';

const USAGE = `Usage: event-elements snippet <event.json | -> [--src URL] [--embed URL] [--lang nl|en|tr|ar]

Prints the HTML to paste for the event: <event-announcement> with the event, around the whole
announcement as readable HTML (for visitors without JavaScript, search engines, and pages whose
sanitizer drops the element). The file is event data in this library's format or schema.org
JSON-LD; "-" reads it from standard input.

  --embed URL   where the site hosts embed.js: adds its <script> (leave it out when the site loads it everywhere)
  --src URL     the element fetches the event from URL instead of carrying it
  --lang CODE   the language of the readable version and the element (default nl)
`;

/** Says what is wrong on standard error and ends with `code`: 1 for bad event data, 2 for a bad command line. */
function fail(message, code) {
  process.stderr.write(`event-elements: ${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { src: { type: 'string' }, embed: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const [command, file, ...rest] = positionals;
if (command !== 'snippet' || !file || rest.length) fail(command && command !== 'snippet' ? `unknown command "${command}"\n\n${USAGE}` : USAGE, 2);
if (values.lang && !['nl', 'en', 'tr', 'ar'].includes(values.lang)) fail(`--lang: "${values.lang}" is not one of nl, en, tr, ar`, 2);
for (const option of ['src', 'embed']) {
  if (values[option] !== undefined && !/^(https?:\/\/|\/|\.{0,2}\/?)[^\s<>"']+$/.test(values[option])) fail(`--${option}: "${values[option]}" is not a URL`, 2);
}

let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file === '-' ? 'standard input' : file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 1);
}
let data;
try {
  data = JSON.parse(text);
} catch (error) {
  fail(`${where} is not JSON: ${error.message}`, 1);
}
const { event, problems } = parseEvent(data);
const name = (problem) => `  - ${problem.message}`;
const where = file === '-' ? 'the event on standard input' : file;
if (!event) fail(`${where} cannot be used:\n${problems.map(name).join('\n')}`, 1);
if (problems.length) process.stderr.write(`event-elements: left out of ${where}:\n${problems.map(name).join('\n')}\n`);
process.stdout.write(toSnippet(event, { src: values.src, embed: values.embed, lang: values.lang }));
