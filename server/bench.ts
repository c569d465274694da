import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { configFrom } from './config.js';
import { createHttpServer } from './connections.js';

/*
 * `npm run bench:server`: sign-ups per second through HTTP at 1, 10 and 100 concurrent clients,
 * on the embedded database (PGlite in a data folder, as `npm start` runs it). Each level signs
 * up more people than there are seats, and the run fails if a single seat too many is given.
 */

const LEVELS = [1, 10, 100];
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CAPACITY = Math.floor(REQUESTS * 0.8);

const folder = mkdtempSync(join(tmpdir(), 'bench-'));
const eventsDir = join(folder, 'events');
const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
mkdirSync(eventsDir);
for (const level of LEVELS) {
  writeFileSync(join(eventsDir, `bench-${level}.json`), JSON.stringify({ id: `bench-${level}`, name: `Bench ${level}`, startDate: `${start}T16:00`, registration: { capacity: CAPACITY } }));
}

const config = configFrom({ EVENTS_DIR: eventsDir, DATA_DIR: join(folder, 'pglite'), RATE_LIMIT: '1000000', MAX_CONNECTIONS_PER_CLIENT: '0', DEMO_DIR: '' });
const app = await createApp(config, { log: () => undefined });
const server = createHttpServer(app.handle, config);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const rows: string[] = [];
let oversold = false;
for (const level of LEVELS) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const began = performance.now();
  await Promise.all(Array.from({ length: level }, async () => {
    while (next < REQUESTS) {
      const index = next++;
      const sent = performance.now();
      const response = await fetch(`${base}/api/events/bench-${level}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${level}-${index}` },
        body: JSON.stringify({ name: `Bewoner ${index}`, email: `bewoner${index}@voorbeeld.nl`, locale: 'nl' }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  }));
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))].toFixed(1);
  const seats = await (await fetch(`${base}/api/events/bench-${level}/seats`)).json();
  const confirmed = statuses.get(201) ?? 0;
  const right = confirmed === CAPACITY && (statuses.get(409) ?? 0) === REQUESTS - CAPACITY && seats.remaining === 0;
  oversold ||= !right;
  rows.push(`| ${level} | ${REQUESTS} | ${(REQUESTS / seconds).toFixed(0)} | ${at(0.5)} | ${at(0.95)} | ${confirmed} of ${CAPACITY} seats, ${statuses.get(409) ?? 0} full${right ? '' : ' — WRONG'} |`);
}

server.close();
await app.close();
rmSync(folder, { recursive: true, force: true });

const cpu = cpus();
console.log(`Reference server on PGlite, ${REQUESTS} sign-ups per level over HTTP on loopback`);
console.log(`Machine: ${cpu[0]?.model.trim()} (${cpu.length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}\n`);
console.log('| concurrent clients | sign-ups | sign-ups/s | p50 ms | p95 ms | outcome |');
console.log('| ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
if (oversold) {
  console.error('\nbench: seats were counted wrong');
  process.exit(1);
}
