import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventData } from '../src/data/types.js';
import type { ServerConfig } from './config.js';
import { clientKey, clientOf } from './client-address.js';
import { openDatabase, type Database } from './db.js';
import { loadEvents, type EventCatalogue } from './events.js';
import { hostIsOurs, ownOrigin, problem, readBody, Refusal, SECURITY_HEADERS, send, type Answer } from './http.js';
import { termsFor } from './language.js';
import { DatabaseRateLimiter, MemoryRateLimiter, type Bucket } from './rate-limit.js';
import { createLifecycle } from './lifecycle.js';
import { createMailTransport } from './mail/transport.js';
import type { MailTransport } from './mail/types.js';
import { Outbox, type OutboxOptions } from './outbox.js';
import { prepareSignUp, seatsOf, syncEvents } from './registrations.js';
import { SignUpQueue } from './sign-up-queue.js';
import { serveFile } from './static.js';
import { createOrganiserPages } from './organiser/routes.js';
import { cancelPage } from './pages/cancel.js';
import { preferredLanguage } from './pages/locale.js';
import { sendPage, serveStylesheet, STYLESHEET_PATH } from './pages/layout.js';

export interface App {
  /** Node's request listener: give it to `http.createServer`. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  readonly database: Database;
  readonly events: EventCatalogue;
  /** Where e-mail goes, for the start-up log: `SMTP host:port` or `.eml files in …`. */
  readonly mail: string;
  close(): Promise<void>;
}

/** Postgres error classes that mean "not now" rather than "never": connection trouble, overload, shutdown. */
const TRANSIENT = /^(08|53|57P0)/;
const TRANSIENT_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/**
 * The reference server: the submission protocol and seats endpoint of docs/protocol.md for the
 * events in `config.eventsDir`, the organiser's export and erasure, and the demo page. Routes:
 * see `server/openapi.json` and server/README.md, "Routes".
 */
export async function createApp(
  config: ServerConfig,
  options: {
    now?: () => number;
    log?: (message: string) => void;
    database?: Database;
    /** Where e-mail goes instead of `SMTP_URL` or the `.eml` folder (tests). */
    transport?: MailTransport;
    /** The outbox worker's timings (tests make them short). */
    outbox?: Pick<OutboxOptions, 'pollMs' | 'retryBaseMs' | 'digestMs' | 'busyPauseMs'>;
  } = {},
): Promise<App> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.error(message));
  const events = loadEvents(config.eventsDir, { movePastEvents: config.movePastEvents, now: now(), warn: log });
  // A database handed in (tests, the benchmark) stays open for its owner; one opened here closes with the app.
  const database = options.database ?? (await openDatabase(config));
  await syncEvents(database, events.values());
  // On PostgreSQL other processes may count the same clients; PGlite is this process's alone.
  const limiter = database.kind === 'postgres' ? new DatabaseRateLimiter(database.ephemeral, now) : new MemoryRateLimiter(now);
  const signUpAttempts: Bucket = { name: 'sign-up', limit: config.rateLimit, windowMs: 60_000 };
  // Links in e-mails: PUBLIC_URL, else the address the latest request came to (the server's own, hostIsOurs checked it).
  let seenOrigin = `http://localhost:${config.port}`;
  const mailOrigin = () => config.publicUrl ?? seenOrigin;
  const transport = options.transport ?? createMailTransport({ smtpUrl: config.smtpUrl, outboxDir: config.outboxDir, log });
  // The outbox paces itself while sign-ups are being decided: a rush first, its e-mails right after.
  const outbox = new Outbox({ database, events, transport, from: config.mailFrom, notices: config.organiserNotices, log, now, origin: mailOrigin, busy: () => signUps.busy, ...options.outbox });
  const lifecycle = createLifecycle({ database, events, now, log, origin: mailOrigin, queued: () => outbox.kick() });
  const signUps = new SignUpQueue(database, now, { notices: config.organiserNotices }, () => outbox.kick());
  const organiserPages = createOrganiserPages({ config, events, database, store: lifecycle, log, now, limiter });
  outbox.start();
  const adminDigest = config.adminToken ? digest(config.adminToken) : undefined;
  const openapi: unknown = JSON.parse(await readFile(new URL('../server/openapi.json', import.meta.url), 'utf8'));

  /** The event as the elements read it, pointing at this server for sign-ups and live seats. */
  async function published(event: EventData, origin: string): Promise<EventData> {
    const base = `${origin}/api/events/${encodeURIComponent(event.id!)}`;
    const seats = await seatsOf(database, event, now());
    return {
      ...event,
      registration: {
        ...event.registration,
        endpoint: `${base}/registrations`,
        seatsSrc: `${base}/seats`,
        ...(seats.capacity === undefined ? {} : { capacity: seats.capacity, remaining: seats.remaining }),
        waitlist: seats.waitlist,
      },
    };
  }

  function authorised(request: IncomingMessage): boolean {
    // RFC 6750 §2.1, with the scheme's case ignored as RFC 9110 §11.1 says of every scheme.
    const token = /^bearer +(\S+) *$/i.exec(String(request.headers.authorization ?? ''))?.[1];
    // Comparing digests takes the same time whatever the token, so timing tells nothing.
    return Boolean(adminDigest && token && timingSafeEqual(digest(token), adminDigest));
  }

  /**
   * The organiser's routes: a client that failed `ORGANISER_ATTEMPTS.limit` times in a row gets
   * `429` for a while, right token or not, and every failure is logged without what was sent.
   */
  async function organiserRefusal(request: IncomingMessage, client: string, path: string): Promise<Answer | undefined> {
    const wait = await limiter.take(ORGANISER_ATTEMPTS, client, false);
    if (wait) return { ...problem(429, 'too-many-requests', 'Too many failed attempts from this address'), headers: { 'Retry-After': String(wait) } };
    if (authorised(request)) return undefined;
    const blocked = await limiter.take(ORGANISER_ATTEMPTS, client);
    const given = request.headers.authorization === undefined ? 'no token' : 'a wrong token';
    log(`organiser: refused ${request.method} ${path} from ${client}: ${adminDigest ? given : 'organiser routes are off'}${blocked ? ' (blocked)' : ''}`);
    return { ...problem(401, 'unauthorized', adminDigest ? 'A valid bearer token is required' : 'Organiser routes are off: the server has no ADMIN_TOKEN'), headers: { 'WWW-Authenticate': 'Bearer' } };
  }

  async function api(request: IncomingMessage, path: string[], origin: string): Promise<Answer> {
    const method = request.method ?? 'GET';
    const [, , id, sub, rid] = path;
    if (path.length === 2 && path[1] === 'health') return allow(method, ['GET'], health);
    if (path.length === 2 && path[1] === 'openapi.json') return allow(method, ['GET'], () => ({ status: 200, body: openapi }));
    if (path.length === 2 && path[1] === 'events') {
      return allow(method, ['GET'], () => ({
        status: 200,
        body: [...events.values()].map(({ id, name, startDate, timeZone }) => ({ id, name, startDate, timeZone, href: `${origin}/api/events/${encodeURIComponent(id!)}` })),
      }));
    }
    if (path[1] !== 'events' || !id || path.length > 5) return notFound();

    // The organiser's routes answer 401 before anything else, so they tell no one what exists.
    const organiser = (path.length === 4 && sub === 'registrations.csv') || (path.length === 5 && sub === 'registrations');
    const client = clientKey(clientOf(request, config.trustProxy));
    if (organiser) {
      const refusal = await organiserRefusal(request, client, `/${path.map(encodeURIComponent).join('/')}`);
      if (refusal) return refusal;
    }
    const event = events.get(id);
    if (!event) return notFound();

    if (path.length === 3) return allow(method, ['GET'], async () => ({ status: 200, body: await published(event, origin) }));
    if (path.length === 4 && sub === 'seats') return allow(method, ['GET'], async () => ({ status: 200, body: await seatsOf(database, event, now()) }));
    if (path.length === 4 && sub === 'registrations') {
      return allow(method, ['POST'], async () => {
        const wait = await limiter.take(signUpAttempts, client);
        if (wait) {
          const locale = String(request.headers['accept-language'] ?? 'nl').split(',')[0];
          return { ...problem(429, 'too-many-requests', 'Too many sign-ups from this address', termsFor(locale).answers.busy(wait)), headers: { 'Retry-After': String(wait) } };
        }
        const key = request.headers['idempotency-key'];
        if (key !== undefined && (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key))) {
          return problem(400, 'bad-idempotency-key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
        }
        const signUp = prepareSignUp(event, await readBody(request, config.maxBodyBytes), key, now());
        return 'fingerprint' in signUp ? signUps.submit(event, { ...signUp, origin }) : signUp;
      });
    }
    if (path.length === 4 && sub === 'registrations.csv') {
      return allow(method, ['GET'], async () => {
        const { body, filename } = await lifecycle.csv(event, client);
        return { status: 200, body, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` } };
      });
    }
    if (path.length === 5 && sub === 'registrations') {
      return allow(method, ['DELETE'], async () => ((await lifecycle.erase(event, rid, client)) ? { status: 204, body: undefined } : notFound()));
    }
    return notFound();
  }

  /** Up means able to answer a sign-up: the database answers too, within a few seconds. */
  async function health(): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        database.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 3 s')), 3_000))),
      ]);
      return { status: 200, body: { status: 'ok', database: database.kind } };
    } catch (error) {
      log(`health: the database cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
      return { ...problem(503, 'unavailable', 'The database cannot be reached'), headers: { 'Retry-After': '10' } };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The visitor's cancel page (`/registrations/<token>/cancel`, the link in their e-mail). `GET`
   * only shows: mail scanners open links. `POST` cancels; a second time says so and changes nothing.
   */
  async function cancelRoute(request: IncomingMessage, response: ServerResponse, token: string, path: string, origin: string): Promise<void> {
    const method = request.method ?? 'GET';
    // A link that names no registration speaks the browser's language.
    const guess = preferredLanguage(request.headers['accept-language'], ['nl', 'en', 'tr', 'ar'], 'nl');
    if (!['GET', 'HEAD', 'POST'].includes(method)) {
      return sendPage(response, 405, cancelPage({ lang: guess, state: 'unknown', action: path }), { Allow: 'GET, HEAD, POST' });
    }
    // The token is the secret, so a page elsewhere cannot cancel; still, only this page's own form may.
    // (Under `Referrer-Policy: no-referrer` a browser sends `Origin: null` with it; Sec-Fetch-Site tells.)
    const from = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (method === 'POST' && ((site !== undefined && site !== 'same-origin' && site !== 'none') || (from !== undefined && from !== 'null' && from !== origin))) {
      return send(response, problem(403, 'origin-not-allowed', 'This page posts to itself only'));
    }
    if (method !== 'POST') {
      const view = await lifecycle.viewByToken(token);
      if (!view) return sendPage(response, 404, cancelPage({ lang: guess, state: 'unknown', action: path }));
      const state = view.registration.status === 'cancelled' ? 'already-cancelled' : 'ask';
      return sendPage(response, 200, cancelPage({ lang: view.registration.locale, event: view.event, registration: view.registration, state, action: path }));
    }
    const result = await lifecycle.cancelByToken(token);
    if (result.outcome === 'unknown') return sendPage(response, 404, cancelPage({ lang: guess, state: 'unknown', action: path }));
    const { event, registration } = result.view;
    sendPage(response, 200, cancelPage({ lang: registration.locale, event, registration, state: result.outcome, action: path }));
  }

  /** CORS: the server's own origin and `ALLOWED_ORIGINS` may call; others get no CORS headers (and no writes). */
  function cors(request: IncomingMessage, origin: string): { allowed: boolean; headers: Record<string, string> } {
    const from = request.headers.origin;
    if (!from || from === origin) return { allowed: true, headers: {} };
    if (!config.allowedOrigins.includes(from)) return { allowed: false, headers: { Vary: 'Origin' } };
    return {
      allowed: true,
      headers: { 'Access-Control-Allow-Origin': from, 'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed', Vary: 'Origin' },
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const origin = ownOrigin(request, config.publicUrl);
    if (config.publicUrl || hostIsOurs(request)) seenOrigin = origin;
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://server');
    } catch {
      return send(response, problem(400, 'bad-request', 'Malformed request target'));
    }
    if (!config.publicUrl && !hostIsOurs(request)) {
      return send(response, problem(421, 'misdirected-request', 'This server answers for its own address only; set PUBLIC_URL to serve it under a name'));
    }
    const cancelLink = /^\/registrations\/([^/]{1,100})\/cancel$/.exec(url.pathname);
    if (cancelLink) {
      try {
        return await cancelRoute(request, response, decode(cancelLink[1]), url.pathname, origin);
      } catch (error) {
        log(`server: ${request.method} /registrations/…/cancel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!response.headersSent) return send(response, { ...problem(503, 'unavailable', 'Temporarily unavailable'), headers: { 'Retry-After': '10' } });
        return void response.destroy();
      }
    }
    if (url.pathname === STYLESHEET_PATH) return serveStylesheet(request, response);
    if (url.pathname === '/organiser' || url.pathname.startsWith('/organiser/')) {
      return organiserPages.handle(request, response, url, clientKey(clientOf(request, config.trustProxy)));
    }
    const page = url.pathname !== '/api' && !url.pathname.startsWith('/api/');
    if (page && !config.publicUrl && `http://${request.headers.host}` !== origin && (request.method === 'GET' || request.method === 'HEAD')) {
      // `localhost` for 127.0.0.1: the page moves to the address its URLs name, so they are its own origin.
      response.writeHead(302, { Location: `${origin}${url.pathname}${url.search}` });
      return void response.end();
    }
    if (page) {
      return serveFile(request, response, url.pathname, { config, events, published: (event) => published(event, origin) });
    }
    const path = url.pathname.split('/').filter(Boolean).map(decode);
    const { allowed, headers } = cors(request, origin);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, allowed && headers['Access-Control-Allow-Origin']
        ? { ...headers, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key', 'Access-Control-Max-Age': '600' }
        : headers);
      return void response.end();
    }
    // A form post from a page elsewhere needs no preflight, so refusing to answer is not enough: refuse to act.
    if (!allowed && request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, problem(403, 'origin-not-allowed', 'This origin may not call this API'), headers);
    }
    try {
      const answer = await api(request, path, origin);
      if (typeof answer.body === 'string') {
        response.writeHead(answer.status, { 'Cache-Control': 'no-store', ...headers, ...answer.headers });
        return void response.end(answer.body);
      }
      send(response, answer, headers);
    } catch (error) {
      if (error instanceof Refusal) return send(response, error.answer, headers);
      // The client learns that it failed, and whether to retry; the log learns why.
      log(`server: ${request.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const code = String((error as { code?: unknown }).code ?? '');
      if (TRANSIENT.test(code) || TRANSIENT_NODE.has(code)) {
        return send(response, { ...problem(503, 'unavailable', 'Temporarily unavailable'), headers: { 'Retry-After': '10' } }, headers);
      }
      if (!response.headersSent) send(response, problem(500, 'internal', 'Internal server error'), headers);
      else response.destroy();
    }
  }

  return {
    handle: (request, response) => {
      // A bug in answering one request (a second answer, a throw after the first) costs that
      // request, not the process and everyone else's: logged, and the connection closed.
      response.on('error', (error) => log(`server: ${request.method} ${request.url}: answering failed: ${error.message}`));
      handle(request, response).catch((error: unknown) => {
        log(`server: ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        response.destroy();
      });
    },
    database,
    events,
    mail: transport.description,
    close: async () => {
      await outbox.stop();
      transport.close();
      if (!options.database) await database.close();
    },
  };
}

/** Failed organiser attempts per client: 10, then one more every minute. */
const ORGANISER_ATTEMPTS: Bucket = { name: 'organiser', limit: 10, windowMs: 10 * 60_000 };

const notFound = (): Answer => problem(404, 'not-found', 'Not found');

async function allow(method: string, methods: string[], answer: () => Answer | Promise<Answer>): Promise<Answer> {
  if (methods.includes(method) || (method === 'HEAD' && methods.includes('GET'))) return answer();
  return { ...problem(405, 'method-not-allowed', 'Method not allowed'), headers: { Allow: methods.join(', ') } };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\0';
  }
}
