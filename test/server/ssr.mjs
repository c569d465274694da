// Serves real @lit-labs/ssr output to the hydration test (test/ssr/hydration.test.ts): GET
// /test/ssr/rendered/<fixture> answers the HTML test/ssr/render.mjs makes of that fixture from src.
// Rendered once per test run, in a child process, so this process gets no DOM shim.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PREFIX = '/test/ssr/rendered/';
const script = fileURLToPath(new URL('../ssr/render.mjs', import.meta.url));

/** @type {Promise<Record<string, string>> | undefined} */
let rendering;

function renderAll() {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${script} failed: ${stderr || error.message}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

/** Koa middleware for the paths under PREFIX. */
export async function ssrFixtures(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  try {
    const rendered = await (rendering ??= renderAll());
    const name = context.path.slice(PREFIX.length);
    if (!Object.hasOwn(rendered, name)) {
      context.status = 404;
      return;
    }
    context.type = 'text/html';
    context.body = rendered[name];
  } catch (error) {
    rendering = undefined; // the next request tries again
    context.status = 500;
    context.body = String(error);
  }
}
