import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventData } from '../../src/data/types.js';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db.js';
import type { EventCatalogue } from '../events.js';
import { ownOrigin, readBytes } from '../http.js';
import { sendPage } from '../pages/layout.js';
import { preferredLanguage } from '../pages/locale.js';
import { DONE, type Done, type OrganiserLanguage } from '../pages/words.js';
import type { Bucket, RateLimiter } from '../rate-limit.js';
import { csrfMatches, OrganiserSessions, SessionCookie, type Session } from './sessions.js';
import type { OrganiserStore, RegistrationRow } from './store.js';
import { context, erasePage, eventPage, messagePage, offPage, overviewPage, paths, signInPage, type Context } from './views.js';

export interface OrganiserPagesDeps {
  config: ServerConfig;
  events: EventCatalogue;
  database: Database;
  store: OrganiserStore;
  log(message: string): void;
  now(): number;
  limiter: RateLimiter;
}

export interface OrganiserPages {
  /** Answers every request under `/organiser` (`client`: the client's address key, for logs and limits). */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, client: string): Promise<void>;
}

/**
 * Failed sign-ins per client: the bucket of the API's bearer token (app.ts), so the page and the
 * API together allow 10 failures, then one more every minute.
 */
const ORGANISER_ATTEMPTS: Bucket = { name: 'organiser', limit: 10, windowMs: 10 * 60_000 };

/** Forms are a token or a CSRF field: a few hundred bytes. */
const FORM_LIMIT = 4096;

const LANGUAGES: readonly OrganiserLanguage[] = ['nl', 'en'];

type Method = 'GET' | 'POST';

/** A route: the methods it answers, and what it does for a signed-in organiser. */
interface Route {
  methods: Method[];
  /** Only the sign-in page is open without a session. */
  open?: boolean;
  run(request: PageRequest): Promise<void>;
}

/** One request on its way through: what every step needs. */
interface PageRequest {
  http: IncomingMessage;
  response: ServerResponse;
  url: URL;
  client: string;
  method: Method;
  context: Context;
  session?: Session;
  /** The form a POST sent, read and checked before its route runs. */
  form?: URLSearchParams;
}

class PageRefusal extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * The organiser's pages under `/organiser/`: sign in with `ADMIN_TOKEN`, an overview of the events,
 * one event's registrations with resend, move up and erase (after a confirmation page), the CSV.
 * Server-rendered HTML without script, in Dutch or English (`Accept-Language`).
 */
export function createOrganiserPages(deps: OrganiserPagesDeps): OrganiserPages {
  const { config, events, store, log, limiter } = deps;
  const sessions = new OrganiserSessions(deps.database, deps.now);
  const cookie = new SessionCookie(config.publicUrl);
  const adminDigest = config.adminToken ? sha256(config.adminToken) : undefined;

  const redirect = (request: PageRequest, location: string, headers: Record<string, string> = {}) => {
    request.response.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers }).end();
  };
  const page = (request: PageRequest, status: number, body: string, headers: Record<string, string> = {}) =>
    sendPage(request.response, status, body, { Vary: 'Accept-Language, Cookie', ...headers });
  const done = (request: PageRequest): Done | undefined => DONE.find((code) => code === request.url.searchParams.get('done'));
  const notFound = (request: PageRequest) => page(request, 404, messagePage(request.context, request.context.words.notFound.title, request.context.words.notFound.text, { back: true }));

  /**
   * Forms come from the server's own pages. A browser says where a form comes from in
   * `Sec-Fetch-Site`, and in `Origin`, which is `null` here: the pages' `Referrer-Policy:
   * no-referrer` has browsers hide the origin of a form post too (Fetch, "serializing a request
   * origin"). A browser too old for `Sec-Fetch-Site` must name this origin; a client that sends
   * neither header is no browser a page elsewhere could use, and still needs the session's token.
   */
  function sameOrigin(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (origin !== undefined && origin !== 'null' && origin !== ownOrigin(request, config.publicUrl)) return false;
    if (site !== undefined) return site === 'same-origin';
    return origin !== 'null';
  }

  async function signIn(request: PageRequest): Promise<void> {
    if (request.method === 'GET') {
      if (request.session) return redirect(request, paths.home);
      return page(request, 200, signInPage(request.context, { done: done(request) }));
    }
    const wait = await limiter.take(ORGANISER_ATTEMPTS, request.client, false);
    if (wait) {
      const { blocked } = request.context.words;
      log(`organiser: refused sign-in from ${request.client}: blocked after too many failed attempts`);
      return page(request, 429, messagePage(request.context, blocked.title, blocked.text(Math.ceil(wait / 60))), { 'Retry-After': String(wait) });
    }
    const token = request.form!.get('token') ?? '';
    // Comparing digests takes the same time whatever was typed, so timing tells nothing.
    if (!timingSafeEqual(sha256(token), adminDigest!)) {
      const blocked = await limiter.take(ORGANISER_ATTEMPTS, request.client);
      // What was typed stays out of the log: it may be the real token with a typo.
      log(`organiser: refused sign-in from ${request.client}: ${token ? 'a wrong token' : 'no token'}${blocked ? ' (blocked)' : ''}`);
      return page(request, 403, signInPage(request.context, { wrong: true }));
    }
    const session = await sessions.start();
    log(`audit: ${request.client} signed in to the organiser pages`);
    redirect(request, `${paths.home}?done=signed-in`, { 'Set-Cookie': cookie.set(session) });
  }

  async function signOut(request: PageRequest): Promise<void> {
    await sessions.end(request.session!);
    log(`audit: ${request.client} signed out of the organiser pages`);
    redirect(request, `${paths.signIn}?done=signed-out`, { 'Set-Cookie': cookie.clear() });
  }

  async function overview(request: PageRequest): Promise<void> {
    const list = await Promise.all([...events.values()].map(async (event) => ({ event, counts: await store.counts(event) })));
    page(request, 200, overviewPage(request.context, list, done(request)));
  }

  async function eventRoute(request: PageRequest, event: EventData): Promise<void> {
    const [counts, registrations] = await Promise.all([store.counts(event), store.registrations(event)]);
    page(request, 200, eventPage(request.context, event, counts, registrations, done(request)));
  }

  async function csv(request: PageRequest, event: EventData): Promise<void> {
    // The store writes the audit line of this and of every action below.
    const { body, filename } = await store.csv(event, request.client);
    request.response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      // Only characters that need no quoting, whatever the store names it.
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    });
    request.response.end(body);
  }

  async function registrationAction(request: PageRequest, event: EventData, row: RegistrationRow, action: string): Promise<void> {
    const back = (code: Done) => redirect(request, `${paths.event(event)}?done=${code}`);
    if (action === 'resend') return back((await store.resend(event, row.id, request.client)) ? 'resent' : 'not-resent');
    if (action === 'promote') return back(await store.promote(event, row.id, request.client));
    if (request.method === 'GET') return page(request, 200, erasePage(request.context, event, row));
    return (await store.erase(event, row.id, request.client)) ? back('erased') : notFound(request);
  }

  /** The route a path names; undefined for none. */
  function route(segments: string[]): Route | undefined {
    const [first, id, sub, rid, action] = segments;
    if (segments.length === 1 && first === '') return { methods: ['GET'], run: overview };
    if (segments.length === 1 && first === 'sign-in') return { methods: ['GET', 'POST'], open: true, run: signIn };
    if (segments.length === 1 && first === 'sign-out') return { methods: ['POST'], run: signOut };
    if (first !== 'events' || !id) return undefined;
    const withEvent = (run: (request: PageRequest, event: EventData) => Promise<void>) => async (request: PageRequest) => {
      const event = events.get(id);
      return event ? run(request, event) : notFound(request);
    };
    if (segments.length === 2) return { methods: ['GET'], run: withEvent(eventRoute) };
    if (segments.length === 3 && sub === 'registrations.csv') return { methods: ['GET'], run: withEvent(csv) };
    if (segments.length === 5 && sub === 'registrations' && (action === 'resend' || action === 'promote' || action === 'erase')) {
      return {
        methods: action === 'erase' ? ['GET', 'POST'] : ['POST'],
        run: withEvent(async (request, event) => {
          const row = (await store.registrations(event)).find((registration) => registration.id === rid);
          return row ? registrationAction(request, event, row, action) : notFound(request);
        }),
      };
    }
    return undefined;
  }

  async function handle(http: IncomingMessage, response: ServerResponse, url: URL, client: string): Promise<void> {
    const lang = preferredLanguage(http.headers['accept-language'], LANGUAGES, 'nl');
    const method = http.method === 'HEAD' ? 'GET' : http.method;
    const request: PageRequest = { http, response, url, client, method: 'GET', context: context(lang) };
    try {
      if (url.pathname === '/organiser') {
        if (method !== 'GET') return methodNotAllowed(request, ['GET']);
        return redirect(request, paths.home);
      }
      if (!url.pathname.startsWith('/organiser/')) return notFound(request);
      const segments = url.pathname.slice('/organiser/'.length).split('/').map(decode);
      const found = route(segments);
      if (method !== 'GET' && method !== 'POST') return methodNotAllowed(request, found?.methods ?? ['GET', 'POST']);
      if (found && !found.methods.includes(method)) return methodNotAllowed(request, found.methods);
      request.method = method;
      if (!adminDigest) return page(request, 403, offPage(request.context));

      const presented = cookie.read(http);
      request.session = await sessions.find(presented);
      if (request.session) request.context = context(lang, request.session);
      if (!request.session && !found?.open) {
        // An ended session's cookie is dropped, and the sign-in page says why it is shown.
        return redirect(request, `${paths.signIn}${presented ? '?done=expired' : ''}`, presented ? { 'Set-Cookie': cookie.clear() } : {});
      }
      if (!found) return notFound(request);
      if (method === 'POST') {
        const refusal = sameOrigin(http) ? undefined : 'a form from another site';
        if (refusal) return forbidden(request, refusal);
        request.form = await readForm(http);
        // The sign-in form has no session yet; its only guard is the origin (against signing a victim in as someone else).
        if (!found.open && !csrfMatches(request.session!, request.form.get('csrf'))) return forbidden(request, 'a missing or wrong form token');
      }
      await found.run(request);
    } catch (error) {
      if (error instanceof PageRefusal) {
        const { badRequest } = request.context.words;
        return page(request, error.status, messagePage(request.context, badRequest.title, badRequest.text), { Connection: 'close' });
      }
      log(`server: ${http.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const { failed } = request.context.words;
      if (!response.headersSent) page(request, 500, messagePage(request.context, failed.title, failed.text));
      else response.destroy();
    }
  }

  function methodNotAllowed(request: PageRequest, methods: Method[]): void {
    const { methodNotAllowed: words } = request.context.words;
    const allow = methods.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])).join(', ');
    // The body, if any, is never read: the connection closes after the answer.
    page(request, 405, messagePage(request.context, words.title, words.text), { Allow: allow, Connection: 'close' });
  }

  function forbidden(request: PageRequest, why: string): void {
    log(`organiser: refused POST ${request.url.pathname} from ${request.client}: ${why}`);
    const { forbidden: words } = request.context.words;
    page(request, 403, messagePage(request.context, words.title, words.text, { back: true }), { Connection: 'close' });
  }

  return { handle };
}

/** A form post's fields: `application/x-www-form-urlencoded`, UTF-8, small. */
async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new PageRefusal(415);
  const bytes = await readBytes(request, FORM_LIMIT, () => new PageRefusal(413));
  try {
    return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PageRefusal(400);
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\0';
  }
}
