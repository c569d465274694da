import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import type { EventData } from '../../src/data/types.js';
import { createApp, type App } from '../app.js';
import { configFrom, type ServerConfig } from '../config.js';
import { createHttpServer, type ConnectionLimits } from '../connections.js';
import { migrate, openDatabase, type Database } from '../db.js';
import type { MailTransport, OutgoingMessage } from '../mail/types.js';
import type { OutboxOptions } from '../outbox.js';
import { checkAgainstOpenApi } from './openapi.js';

/** The seed event, as the repository's demo folder has it (capacity 40). */
export const SEED: EventData = JSON.parse(readFileSync(new URL('../events/samenspel-in-de-wijk.event.json', import.meta.url), 'utf8'));

/**
 * The databases every server test runs on: PGlite always, and PostgreSQL when
 * `TEST_DATABASE_URL` names one (`.ci/run` starts Debian's and sets it).
 */
export const DATABASES: { name: string; url?: string }[] = [
  { name: 'PGlite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', url: process.env.TEST_DATABASE_URL }] : []),
];

/** An event some weeks ahead, registration open, based on the seed. */
export function futureEvent(id: string, registration: EventData['registration'] = {}, extra: Partial<EventData> = {}): EventData {
  const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    ...SEED,
    id,
    startDate: `${start}T16:00`,
    endDate: `${start}T19:00`,
    registration: { email: 'jitske@omziennaarelkaar.nl', ...registration },
    ...extra,
  };
}

export interface Running {
  url: string;
  app: App;
  config: ServerConfig;
  /** What the server logged (warnings, refusals, audit lines), one entry a line. */
  logs: string[];
  /** Stops the server and closes the database; files stay for a restart. */
  stop(): Promise<void>;
  /** fetch against the server; every answer is checked against server/openapi.json. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs a JSON registration. */
  signUp(eventId: string, body: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
}

/**
 * A server on a free port with `events`, on `database`. PostgreSQL starts from an empty schema
 * each time; PGlite from an empty data folder unless `dataDir` is given (restart tests).
 */
export async function startServer(options: {
  database: { url?: string };
  events: EventData[];
  env?: Record<string, string>;
  dataDir?: string;
  /** Shorter timeouts than the server's, for tests that wait for one. */
  connections?: Partial<ConnectionLimits>;
  /** Where e-mail goes; by default `.eml` files in a temporary folder. */
  transport?: MailTransport;
  /** The outbox worker's timings. */
  outbox?: Pick<OutboxOptions, 'pollMs' | 'retryBaseMs' | 'digestMs' | 'busyPauseMs'>;
  /** The server's clock, for tests that move it on (a session that ends). */
  now?: () => number;
}): Promise<Running> {
  const eventsDir = mkdtempSync(join(tmpdir(), 'events-'));
  for (const event of options.events) writeFileSync(join(eventsDir, `${event.id}.json`), JSON.stringify(event));
  const dataDir = options.dataDir ?? 'memory://';
  // Starting PGlite takes seconds (it runs initdb), so tests share one and empty it each time, as
  // they share TEST_DATABASE_URL. The schema is emptied under any server still running on a shared
  // database: stop those first, or their outbox workers would send this test's e-mail, and their
  // statements could deadlock with the DROP TABLE that empties it.
  if (!options.dataDir) await Promise.all([...running].map((stop) => stop()));
  if (options.database.url) await resetPostgres(options.database.url);
  const shared = !options.database.url && !options.dataDir ? await emptied(await (sharedPglite ??= openDatabase({ dataDir }))) : undefined;
  const logs: string[] = [];
  const config = configFrom({
    EVENTS_DIR: eventsDir,
    DATA_DIR: dataDir,
    // Every test's people come from one address: they are many, not one, so neither limit applies.
    RATE_LIMIT: '100000',
    MAX_CONNECTIONS_PER_CLIENT: '0',
    DEMO_DIR: '',
    OUTBOX_DIR: join(eventsDir, 'outbox'),
    ...(options.database.url ? { DATABASE_URL: options.database.url } : {}),
    ...options.env,
  }, undefined, (message) => logs.push(message));
  const app = await createApp(config, { now: options.now, log: (message) => logs.push(message), database: shared, transport: options.transport, outbox: options.outbox });
  const server: Server = createHttpServer(app.handle, config, options.connections);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(url + path, init);
    await checkAgainstOpenApi(init.method ?? 'GET', path, response.clone());
    return response;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    running.delete(stop);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await app.close();
    rmSync(eventsDir, { recursive: true, force: true });
  };
  if (!options.dataDir) running.add(stop);
  after(stop);
  return {
    url,
    app,
    config,
    logs,
    stop,
    request,
    signUp: (eventId, body, headers = {}) =>
      request(`/api/events/${eventId}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
        body: JSON.stringify({ eventId, locale: 'nl', ...body }),
      }),
  };
}

const DROP_ALL = 'DROP TABLE IF EXISTS outbox, cancel_token, digest, organiser_session, idempotency_key, registration, event, rate_limit, schema_migration CASCADE';
let sharedPglite: Promise<Database> | undefined;
/** Servers on a shared database (PGlite in memory, or TEST_DATABASE_URL), which the next start empties. */
const running = new Set<() => Promise<void>>();
after(async () => (await sharedPglite)?.close());

/** An empty schema, so every test starts from the first migration. */
export async function resetPostgres(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(DROP_ALL);
  } finally {
    await client.end();
  }
}

async function emptied(database: Database): Promise<Database> {
  await database.query(DROP_ALL);
  await migrate(database);
  return database;
}

/** A transport that keeps every message in memory, as the outbox hands it over. */
export interface MailBox extends MailTransport {
  readonly messages: OutgoingMessage[];
  /** The first message `which` accepts, once it was sent; fails after `timeout` ms, listing what was. */
  find(which: (message: OutgoingMessage) => boolean, timeout?: number): Promise<OutgoingMessage>;
}

/**
 * Mail kept in memory, for tests that need what a message says (a cancel link) rather than how it
 * travels: the real SMTP path is smtp.ts's, in mail.test.ts and lifecycle.test.ts.
 */
export function mailBox(): MailBox {
  const messages: OutgoingMessage[] = [];
  const waiters = new Set<() => void>();
  return {
    messages,
    description: 'messages in memory',
    async send(message) {
      messages.push(message);
      for (const wake of waiters) wake();
    },
    close() {},
    find(which, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(which);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such message within ${timeout} ms; sent: ${messages.map((message) => `${message.to}: ${message.subject}`).join(' | ')}`));
        }, timeout);
        waiters.add(check);
        check();
      });
    },
  };
}

/** A person, numbered, for load tests. */
export const person = (index: number, prefix = 'bewoner') => ({ name: `Bewoner ${index}`, email: `${prefix}${index}@voorbeeld.nl` });

export interface ServerProcess {
  /** The API's address, as the process said it listens. */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, and waits until it has exited. */
  stop(): Promise<void>;
}

/**
 * `node dist-server/main.js` (what `npm start` runs) as a process of its own, on a free port.
 * Resolves once it says where it listens; rejects with its output when it exits before that.
 */
export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./main.js', import.meta.url))], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DIR: '', ADMIN_TOKEN: '', OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'outbox-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  after(stop);
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const api = /API: +(http:\/\/\S+)\/api\/events/.exec(output)?.[1];
      if (api) resolve({ url: api, child, output: () => output, stop });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code, signal) => reject(new Error(`server exited with ${code ?? signal}:\n${output}`)));
  });
}

/** A folder of event files, for a server process. */
export function eventsFolder(events: EventData[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'events-'));
  for (const event of events) writeFileSync(join(folder, `${event.id}.json`), JSON.stringify(event));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * A request through `node:http`, which sends the headers it is given as they are (fetch will not
 * set `Host`). No OpenAPI check: for answers before routing (421) and raw protocol tests.
 */
export function rawRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.once('error', reject).end(init.body);
  });
}

/** Fails unless `promise` settles within `ms`. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
