// Prints the gzip size of dist/embed.js and fails above the budget.
// Chunks loaded on demand (languages) are listed apart: they are not on every page.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 20_000;
const dist = new URL('../dist/', import.meta.url);

const gzipped = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

let embed;
try {
  embed = gzipped('embed.js');
} catch {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}
console.log(`size: dist/embed.js is ${kB(embed)} gzip (budget ${kB(BUDGET_BYTES)})`);
for (const chunk of readdirSync(dist).filter((name) => name.startsWith('embed-') && name.endsWith('.js'))) {
  console.log(`size: dist/${chunk} (loaded on demand) is ${kB(gzipped(chunk))} gzip`);
}
if (embed > BUDGET_BYTES) {
  console.error(`size: over budget by ${kB(embed - BUDGET_BYTES)}`);
  process.exit(1);
}
