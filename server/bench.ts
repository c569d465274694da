import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * `npm run bench:server`: sign-ups per second through HTTP at 1, 10 and 100 concurrent clients,
 * against the server as shipped (`node dist-server/main.js`, in a process of its own, so the load
 * generator does not share its CPU time): on the embedded database in a data folder, as `npm
 * start` runs it, and on PostgreSQL too when DATABASE_URL is set. Each level signs up more people
 * than there are seats, and the run fails if a single seat too many is given.
 */

const LEVELS = (process.env.BENCH_LEVELS ?? '1,10,100').split(',').map(Number);
/** Sign-ups per level: enough for a few seconds of load at each. */
const REQUESTS: Record<number, number> = { 1: 1000, 10: 4000, 100: 10000 };
const seatsFor = (requests: number) => Math.floor(requests * 0.8);

const folder = mkdtempSync(join(tmpdir(), 'bench-'));
const run = Date.now().toString(36);
const eventsDir = join(folder, 'events');
const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
mkdirSync(eventsDir);
const eventId = (level: number | string) => `bench-${run}-${level}`;
for (const level of [...LEVELS, 'warm-up']) {
  const requests = typeof level === 'number' ? REQUESTS[level] : 2000;
  writeFileSync(join(eventsDir, `${eventId(level)}.json`), JSON.stringify({ id: eventId(level), name: `Bench ${level}`, startDate: `${start}T16:00`, registration: { capacity: seatsFor(requests) } }));
}

/** Starts the server and resolves with its address once it says it listens. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the server.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, fileURLToPath(new URL('./main.js', import.meta.url))], {
    // A rush comes from many people; here it comes from one address, so the per-client limits are off.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', EVENTS_DIR: eventsDir, DEMO_DIR: '', ADMIN_TOKEN: '', RATE_LIMIT: '1000000', MAX_CONNECTIONS_PER_CLIENT: '0', OUTBOX_DIR: join(folder, 'outbox'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A bench that fails or is stopped takes its server with it.
  process.once('exit', () => child.kill());
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const base = /API: +(http:\/\/\S+)\/api\/events/.exec(output)?.[1];
      if (base) resolve({ child, base });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function post(agent: Agent, url: string, body: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Idempotency-Key': key } }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode!));
    });
    sent.once('error', reject);
    sent.end(body);
  });
}

/** CPU time the process has used, in ms (Linux: /proc; elsewhere unknown). */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** `clients` people at once, each signing up and then the next, until `requests` are answered. */
async function load(base: string, event: string, clients: number, requests: number, server?: number) {
  const cpuBefore = server === undefined ? undefined : cpuMs(server);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < requests) {
      const index = next++;
      const body = JSON.stringify({ eventId: event, name: `Bewoner ${index}`, email: `bewoner${index}@voorbeeld.nl`, locale: 'nl' });
      const sent = performance.now();
      // A connection that fails counts as status 0, and the outcome says so.
      const status = await post(agent, `${base}/api/events/${event}/registrations`, body, `${event}-${index}`).catch(() => 0);
      latencies.push(performance.now() - sent);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }));
  const seconds = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))].toFixed(1);
  const cpuAfter = server === undefined ? undefined : cpuMs(server);
  // The server's own CPU time per sign-up: what the machine's other load does not change much.
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? '?' : ((cpuAfter - cpuBefore) / requests).toFixed(2);
  return { perSecond: requests / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), statuses, cpu };
}

const databases: { name: string; env: Record<string, string> }[] = [
  { name: 'PGlite (embedded, in a data folder)', env: { DATA_DIR: join(folder, 'pglite'), DATABASE_URL: '' } },
  ...(process.env.DATABASE_URL ? [{ name: 'PostgreSQL (DATABASE_URL)', env: { DATABASE_URL: process.env.DATABASE_URL } }] : []),
];

const processors = cpus();
console.log(`Reference server (node dist-server/main.js) and load generator in two processes, HTTP/1.1 keep-alive on loopback`);
console.log(`Machine: ${processors[0]?.model.trim()} (${processors.length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; load average before: ${loadavg()[0].toFixed(1)}\n`);
let wrong = false;
for (const database of databases) {
  const { child, base } = await startServer(database.env);
  // The first requests compile the code paths; they are not measured.
  await load(base, eventId('warm-up'), 10, 2000);
  console.log(`${database.name}\n`);
  console.log('| concurrent clients | sign-ups | sign-ups/s | p50 ms | p95 ms | p99 ms | server CPU ms per sign-up | outcome |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const level of LEVELS) {
    const requests = REQUESTS[level];
    const seats = seatsFor(requests);
    const result = await load(base, eventId(level), level, requests, child.pid);
    const left = (await (await fetch(`${base}/api/events/${eventId(level)}/seats`)).json()).remaining;
    const confirmed = result.statuses.get(201) ?? 0;
    const full = result.statuses.get(409) ?? 0;
    const right = confirmed === seats && full === requests - seats && left === 0;
    wrong ||= !right;
    console.log(`| ${level} | ${requests} | ${result.perSecond.toFixed(0)} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.cpu} | ${confirmed} of ${seats} seats, ${full} full${right ? '' : ` — WRONG: ${JSON.stringify([...result.statuses])}, ${left} left`} |`);
  }
  console.log(`\nload average after: ${loadavg()[0].toFixed(1)} (${processors.length} cores)\n`);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
rmSync(folder, { recursive: true, force: true });
if (process.env.DATABASE_URL) {
  // The bench's own events and sign-ups, out of the database it was given.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // Everything that refers to them first: no foreign key cascades it (server/migrations.ts, migration 4).
  await client.query('DELETE FROM cancel_token WHERE registration_id IN (SELECT id FROM registration WHERE event_id LIKE $1)', [`bench-${run}-%`]);
  for (const table of ['outbox', 'idempotency_key', 'registration', 'event']) await client.query(`DELETE FROM ${table} WHERE ${table === 'event' ? 'id' : 'event_id'} LIKE $1`, [`bench-${run}-%`]);
  await client.end();
}
if (wrong) {
  console.error('bench: seats were counted wrong');
  process.exit(1);
}
