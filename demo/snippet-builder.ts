/*
 * The demo's snippet builder (snippet.html): an editor fills in or uploads the event's JSON, sees
 * the element live, and copies the snippet. `toSnippet` does the work in the browser, as in Node
 * (`event-elements snippet`). Bundled by scripts/build-server.mjs into dist-server/, served as
 * /demo/snippet-builder.js. Under the demo's Trusted Types policy nothing here parses HTML: the
 * snippet is shown as text, and the preview is the element made with DOM calls.
 */
import nlProblems from '../src/i18n/nl/problems.js';
import { parseEvent, SnippetError, toSnippet, type SnippetLanguage } from '../src/snippet/snippet.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const json = $<HTMLTextAreaElement>('event-json');
const file = $<HTMLInputElement>('event-file');
const lang = $<HTMLSelectElement>('snippet-lang');
const embed = $<HTMLInputElement>('snippet-embed');
const code = $<HTMLElement>('snippet-code');
const problems = $<HTMLElement>('event-json-problems');
const preview = $<HTMLElement>('snippet-preview');
const copy = $<HTMLButtonElement>('snippet-copy');
const copied = $<HTMLElement>('snippet-copied');

/** The problems with what was typed, in Dutch, each naming its field; the last good snippet and preview stay. */
function showProblems(heading: string, lines: string[]): void {
  const title = document.createElement('p');
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  problems.replaceChildren(title, ...(lines.length ? [list] : []));
  json.setAttribute('aria-invalid', 'true');
}

/** Resolves in a later task, so that no step of an update keeps the page from answering for long. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Counts updates: a step of an older one, overtaken by typing, stops there. */
let updates = 0;

/**
 * Reads the JSON, writes the snippet, shows it and the preview: a task per step (the first
 * snippet formats the page's first dates, costly in a browser), the last update winning.
 */
async function update(): Promise<void> {
  const run = ++updates;
  let data: unknown;
  try {
    data = JSON.parse(json.value);
  } catch (error) {
    return showProblems('Dit is geen geldige JSON.', [(error as Error).message]);
  }
  const { event } = parseEvent(data);
  await nextTask();
  if (run !== updates) return;
  let snippet: string;
  try {
    snippet = toSnippet(data, { lang: lang.value as SnippetLanguage, embed: embed.value.trim() || undefined });
  } catch (error) {
    if (!(error instanceof SnippetError)) throw error;
    return showProblems('Met deze gegevens kan de bijeenkomst niet worden getoond:', error.problems.map((problem) => nlProblems[problem.code](problem)));
  }
  await nextTask();
  if (run !== updates) return;
  problems.replaceChildren();
  json.removeAttribute('aria-invalid');
  code.textContent = snippet;
  copied.textContent = '';
  await nextTask();
  if (run !== updates) return;
  const element = document.createElement('event-announcement');
  element.setAttribute('lang', lang.value);
  if (lang.value === 'ar') element.setAttribute('dir', 'rtl');
  element.setAttribute('data-event', JSON.stringify(event));
  preview.replaceChildren(element);
}

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied.textContent = 'Gekopieerd. Plak de snippet in je CMS, in een blok voor HTML.';
  } catch {
    // No clipboard (an insecure origin, a refused permission): select the text for the editor to copy.
    getSelection()?.selectAllChildren(code);
    copied.textContent = 'Kopiëren lukte niet. De snippet is geselecteerd: kopieer hem met Ctrl+C of Cmd+C.';
  }
});

file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  json.value = await chosen.text();
  await update();
});

for (const control of [json, lang, embed]) control.addEventListener('input', update);

// While the event is fetched: the browser's first date formatter, costly, in a task of its own.
setTimeout(() => new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' }).format(0));

// Start with the demo's own event, as this server publishes it (sign-ups in the preview really register).
const list = (await (await fetch('/api/events')).json()) as { href: string }[];
if (list[0]) {
  const event = await (await fetch(list[0].href)).json();
  json.value = JSON.stringify(event, null, 2);
  await update();
}
