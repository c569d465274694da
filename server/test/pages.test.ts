import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { EventData } from '../../src/data/types.js';
import { cancelPage } from '../pages/cancel.js';
import { syncEvents } from '../registrations.js';
import { DATABASES, futureEvent, mailBox, startServer, type MailBox, type Running } from './harness.js';
import { axeViolations, browserKinds, enter, heading, launch, mainText, tabTo } from './pages-browser.js';

/*
 * The visitor's cancel page and the organiser's pages: what a person sees and can do in Chromium
 * and Firefox by keyboard alone, what axe-core finds, and what the HTTP answers guarantee
 * (cookies, CSRF, expiry, limits, escaping). All of it on the real server (createApp), with
 * registrations made by real sign-ups and cancel links read from the e-mails they caused.
 */

const TOKEN = 'c0ffee5a1d6e4b7f9a8b7c6d5e4f3a2b';
const HOSTILE = `<script>alert("x")</script> & 'Eve' <img src=x onerror=alert(1)>`;

/** An event with a waiting list, two seats and three questions of its own. */
const EVENT: EventData = futureEvent('buurtavond', {
  capacity: 2,
  waitlist: true,
  fields: [
    { name: 'dieet', label: { nl: 'Dieetwensen', en: 'Diet' }, type: 'select', options: [{ value: 'veg', label: { nl: 'Vegetarisch', en: 'Vegetarian' } }, 'geen'] },
    { name: 'parkeren', label: 'Parkeerkaart nodig', type: 'checkbox' },
    { name: 'allergie', label: 'Allergieën', type: 'text' },
  ],
}, { name: 'Buurtavond Overvecht' });

/** The real server with EVENT, and the e-mail it sent. */
interface Site {
  server: Running;
  mail: MailBox;
}

async function startSite(database: { url?: string }, options: { env?: Record<string, string>; now?: () => number } = {}): Promise<Site> {
  const mail = mailBox();
  const server = await startServer({ database, events: [EVENT], env: options.env ?? { ADMIN_TOKEN: TOKEN }, transport: mail, now: options.now });
  return { server, mail };
}

/** Someone who signed up: what the organiser's page names them by, and the link their confirmation holds. */
interface Person {
  id: string;
  name: string;
  email: string;
  /** The cancel link of their confirmation e-mail, as the e-mail has it (the server's address and all). */
  cancelLink: string;
}

/** Signs up through the API, as the form does; `status` is what the answer must say. */
async function signUp(site: Site, status: 'confirmed' | 'waitlisted', fields: { name: string; email: string } & Record<string, unknown>): Promise<Person> {
  const response = await site.server.signUp(EVENT.id!, fields);
  assert.equal(response.status, 201, `${fields.email} signs up`);
  assert.equal((await response.json()).status, status, fields.email);
  const [{ id }] = await site.server.app.database.query<{ id: string }>('SELECT id FROM registration WHERE email = $1', [fields.email]);
  const confirmation = await site.mail.find((message) => message.to === fields.email && message.text.includes('/cancel'));
  const cancelLink = /https?:\/\/\S+\/registrations\/[\w-]{43}\/cancel/.exec(confirmation.text)?.[0];
  assert.ok(cancelLink, `a cancel link in:\n${confirmation.text}`);
  return { id, name: fields.name, email: fields.email, cancelLink };
}

/** Cancels as the visitor does: the cancel page's form, posted to itself. */
async function cancel(site: Site, person: Person): Promise<void> {
  const response = await site.server.request(new URL(person.cancelLink).pathname, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null', 'Sec-Fetch-Site': 'same-origin' },
    body: '',
  });
  assert.equal(response.status, 200, `${person.email} cancels`);
}

/** Four people, one of every status and one with a hostile name: Zoë and Eve have the two seats, Ahmed waits, Mila cancelled. */
async function seed(site: Site) {
  const zoe = await signUp(site, 'confirmed', { name: 'Zoë de Vries', email: 'zoe@voorbeeld.nl', organization: 'Oke Nu', role: 'expert', answers: { dieet: 'veg', parkeren: true } });
  const eve = await signUp(site, 'confirmed', { name: HOSTILE, email: 'eve@voorbeeld.nl', answers: { dieet: 'geen', allergie: '<b>bold</b>' }, remarks: 'Ik kom later </td></tr>' });
  const ahmed = await signUp(site, 'waitlisted', { name: 'أحمد العلوي', email: 'ahmed@voorbeeld.nl', locale: 'ar' });
  const mila = await signUp(site, 'waitlisted', { name: 'Mila Jansen', email: 'mila@voorbeeld.nl' });
  await cancel(site, mila);
  return { zoe, eve, ahmed, mila };
}

/**
 * The organiser raised the capacity in the event's file: the next start writes it to the database
 * (syncEvents, as here), and nobody moves up by that alone. A seat is free while people wait,
 * which is what the organiser's "move up" is for.
 */
async function addSeat(site: Site): Promise<void> {
  await syncEvents(site.server.app.database, [{ ...EVENT, registration: { ...EVENT.registration, capacity: 3 } }]);
}

async function statusOf(site: Site, person: Person): Promise<string | undefined> {
  const [row] = await site.server.app.database.query<{ status: string }>('SELECT status FROM registration WHERE id = $1', [person.id]);
  return row?.status;
}

/** What an organiser's action would change: the registrations, the seats taken, the e-mail queued. */
async function dataOf(site: Site): Promise<unknown> {
  const { database } = site.server.app;
  return {
    registrations: await database.query('SELECT id, status FROM registration ORDER BY seq'),
    confirmed: await database.query('SELECT confirmed FROM event'),
    outbox: await database.query('SELECT count(*)::int AS queued FROM outbox'),
  };
}

const auditLines = (site: Site) => site.server.logs.filter((line) => line.startsWith('audit:'));

/* ---------------------------------------------------------------------------------------------- */
/* Over HTTP, without a browser.                                                                   */
/* ---------------------------------------------------------------------------------------------- */

/** A form post as a browser on the server's own page sends it; checked against server/openapi.json. */
function post(site: Site, path: string, fields: Record<string, string>, headers: Record<string, string | undefined> = {}) {
  // Under `Referrer-Policy: no-referrer` a browser sends `Origin: null` with a form post.
  const sent = Object.entries({ 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null', 'Sec-Fetch-Site': 'same-origin', ...headers });
  return site.server.request(path, {
    method: 'POST',
    redirect: 'manual',
    headers: sent.filter((entry): entry is [string, string] => entry[1] !== undefined),
    body: new URLSearchParams(fields).toString(),
  });
}

/** Signs in; the session's cookie (`name=value`) and the CSRF token its pages' forms carry. */
async function signIn(site: Site, headers: Record<string, string> = {}): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const response = await post(site, '/organiser/sign-in', { token: TOKEN }, headers);
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('Location'), '/organiser/?done=signed-in');
  const setCookie = response.headers.get('Set-Cookie')!;
  const cookie = setCookie.split(';')[0];
  const page = await (await get(site, '/organiser/', cookie)).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1];
  return { cookie, csrf, setCookie };
}

const get = (site: Site, path: string, cookie?: string, headers: Record<string, string> = {}) =>
  site.server.request(path, { redirect: 'manual', headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });

/** A form post from another loopback address (127.0.0.2): another client, as far as the server can tell. */
function postFrom(localAddress: string, url: string, fields: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      localAddress,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null', 'Sec-Fetch-Site': 'same-origin', 'Content-Length': String(Buffer.byteLength(body)) },
    }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.once('error', reject).end(body);
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

for (const database of DATABASES) {
  describe(`the organiser pages over HTTP, on ${database.name}`, () => {
    it('say that organiser access is off without ADMIN_TOKEN, and how to turn it on', async () => {
      const site = await startSite(database, { env: {} });
      for (const path of ['/organiser/', '/organiser/sign-in', '/organiser/events/buurtavond']) {
        const response = await get(site, path);
        assert.equal(response.status, 403, path);
        const page = await response.text();
        assert.match(page, /<h1>Beheer staat uit<\/h1>/);
        assert.match(page, /<code>ADMIN_TOKEN<\/code>/);
        assert.match(page, /<code>openssl rand -hex 32<\/code>/);
      }
      const english = await (await get(site, '/organiser/', undefined, { 'Accept-Language': 'en-GB,en;q=0.9,nl;q=0.5' })).text();
      assert.match(english, /<html lang="en"/);
      assert.match(english, /Organiser access is off/);
      const signingIn = await post(site, '/organiser/sign-in', { token: TOKEN });
      assert.equal(signingIn.status, 403);
      assert.equal(signingIn.headers.get('Set-Cookie'), null);
    });

    it('sign in sets an HttpOnly, SameSite=Strict session cookie whose id is stored only as its SHA-256, for 8 hours', async () => {
      const site = await startSite(database);
      const { cookie, setCookie } = await signIn(site);
      const [name, value] = cookie.split('=');
      assert.equal(name, 'organiser');
      assert.match(value, /^[\w-]{43}$/, '256 random bits, base64url');
      assert.match(setCookie, /; HttpOnly/);
      assert.match(setCookie, /; SameSite=Strict/);
      assert.match(setCookie, /; Path=\/organiser(;|$)/);
      assert.match(setCookie, /; Max-Age=28800/);
      assert.doesNotMatch(setCookie, /Secure/, 'plain HTTP: a Secure cookie would never come back');
      const rows = await site.server.app.database.query<{ id_hash: string; csrf: string; hours: number }>(
        `SELECT id_hash, csrf, extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM organiser_session WHERE id_hash = $1`, [sha256(value)]);
      assert.equal(rows.length, 1);
      assert.equal(Number(rows[0].hours), 8);
      const stored = JSON.stringify(await site.server.app.database.query('SELECT * FROM organiser_session'));
      assert.ok(!stored.includes(value), 'the cookie itself is nowhere in the table');
      assert.ok(site.server.logs.includes('audit: 127.0.0.1 signed in to the organiser pages'));
    });

    it('over HTTPS the cookie is Secure and __Host- prefixed (which takes Path=/)', async () => {
      const site = await startSite(database, { env: { ADMIN_TOKEN: TOKEN, PUBLIC_URL: 'https://aanmelden.example.nl' } });
      const response = await post(site, '/organiser/sign-in', { token: TOKEN }, { Origin: 'https://aanmelden.example.nl', 'Sec-Fetch-Site': undefined });
      assert.equal(response.status, 303);
      const setCookie = response.headers.get('Set-Cookie')!;
      assert.match(setCookie, /^__Host-organiser=[\w-]{43}; /);
      assert.match(setCookie, /; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
      // The server's own origin is PUBLIC_URL's: a form from its plain-HTTP address is another site's.
      assert.equal((await post(site, '/organiser/sign-in', { token: TOKEN }, { Origin: site.server.url })).status, 403);
    });

    it('sends whoever is not signed in to the sign-in page, for every page and form', async () => {
      const site = await startSite(database);
      const { zoe, ahmed } = await seed(site);
      await addSeat(site);
      const before = await dataOf(site);
      for (const path of ['/organiser/', '/organiser/events/buurtavond', '/organiser/events/bestaat-niet', '/organiser/events/buurtavond/registrations.csv', `/organiser/events/buurtavond/registrations/${zoe.id}/erase`]) {
        const response = await get(site, path);
        assert.equal(response.status, 303, path);
        assert.equal(response.headers.get('Location'), '/organiser/sign-in');
      }
      for (const [person, action] of [[ahmed, 'promote'], [zoe, 'resend'], [zoe, 'erase']] as const) {
        const refused = await post(site, `/organiser/events/buurtavond/registrations/${person.id}/${action}`, { csrf: 'x' });
        assert.equal(refused.status, 303, action);
        assert.equal(refused.headers.get('Location'), '/organiser/sign-in');
      }
      assert.deepEqual(await dataOf(site), before, 'nothing changed');
      assert.deepEqual(auditLines(site), []);
      assert.equal((await get(site, '/organiser')).headers.get('Location'), '/organiser/');
    });

    it('refuses a form without the session\'s CSRF token, with a wrong one, or from another origin (403), and changes nothing', async () => {
      const site = await startSite(database);
      const { ahmed } = await seed(site);
      // A seat free, so Ahmed can move up once the form is right.
      await addSeat(site);
      const { cookie, csrf } = await signIn(site);
      const before = await dataOf(site);
      const path = `/organiser/events/buurtavond/registrations/${ahmed.id}/promote`;
      const attempts: [string, Record<string, string>, Record<string, string | undefined>][] = [
        ['no token', {}, {}],
        ['a wrong token', { csrf: 'A'.repeat(43) }, {}],
        ['an empty token', { csrf: '' }, {}],
        ['another origin', { csrf }, { Origin: 'https://evil.example' }],
        ['a hidden origin, without Sec-Fetch-Site', { csrf }, { Origin: 'null', 'Sec-Fetch-Site': undefined }],
        ['another site', { csrf }, { 'Sec-Fetch-Site': 'cross-site' }],
        ['a sibling site', { csrf }, { 'Sec-Fetch-Site': 'same-site' }],
      ];
      for (const [what, fields, headers] of attempts) {
        const response = await post(site, path, fields, { Cookie: cookie, ...headers });
        assert.equal(response.status, 403, what);
        assert.match(await response.text(), /Dit formulier is niet geaccepteerd/, what);
      }
      assert.deepEqual(await dataOf(site), before, 'nothing changed');
      assert.equal(await statusOf(site, ahmed), 'waitlisted');
      assert.deepEqual(auditLines(site), ['audit: 127.0.0.1 signed in to the organiser pages']);
      // A sign-in form from another site is refused too: no one is signed in behind their back.
      assert.equal((await post(site, '/organiser/sign-in', { token: TOKEN }, { Origin: 'https://evil.example' })).status, 403);
      // A browser without Sec-Fetch-Site that names this origin is believed.
      const allowed = await post(site, path, { csrf }, { Cookie: cookie, Origin: site.server.url, 'Sec-Fetch-Site': undefined });
      assert.equal(allowed.status, 303);
      assert.equal(allowed.headers.get('Location'), '/organiser/events/buurtavond?done=promoted');
      assert.equal(await statusOf(site, ahmed), 'confirmed');
      assert.ok(site.server.logs.includes(`audit: 127.0.0.1 moved up registration "${ahmed.id}" of buurtavond`));
      assert.ok(site.server.logs.some((line) => /^organiser: refused POST .* from 127\.0\.0\.1: a missing or wrong form token$/.test(line)));
    });

    it('ends a session after 8 hours: the page asks to sign in again and drops the cookie', async () => {
      const clock = { ahead: 0 };
      const site = await startSite(database, { now: () => Date.now() + clock.ahead });
      const { cookie } = await signIn(site);
      clock.ahead = 8 * 3_600_000 - 60_000;
      assert.equal((await get(site, '/organiser/', cookie)).status, 200);
      clock.ahead += 120_000;
      const response = await get(site, '/organiser/', cookie);
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('Location'), '/organiser/sign-in?done=expired');
      assert.match(response.headers.get('Set-Cookie')!, /^organiser=; Max-Age=0;/);
      const page = await (await get(site, '/organiser/sign-in?done=expired')).text();
      assert.match(page, /<p class="message" role="status">Je sessie is verlopen\. Log opnieuw in\.<\/p>/);
    });

    it('sign-out deletes the session: the same cookie opens nothing afterwards', async () => {
      const site = await startSite(database);
      const { cookie, csrf } = await signIn(site);
      const response = await post(site, '/organiser/sign-out', { csrf }, { Cookie: cookie });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('Location'), '/organiser/sign-in?done=signed-out');
      assert.match(response.headers.get('Set-Cookie')!, /^organiser=; Max-Age=0; HttpOnly; SameSite=Strict; Path=\/organiser$/);
      assert.equal((await site.server.app.database.query('SELECT 1 FROM organiser_session WHERE id_hash = $1', [sha256(cookie.split('=')[1])])).length, 0);
      const again = await get(site, '/organiser/', cookie);
      assert.equal(again.status, 303);
      assert.equal(again.headers.get('Location'), '/organiser/sign-in?done=expired');
      assert.ok(site.server.logs.includes('audit: 127.0.0.1 signed out of the organiser pages'));
    });

    it('after 10 failed sign-ins from one address answers 429 with Retry-After, even to the right token, and never logs what was typed', async () => {
      const site = await startSite(database);
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await post(site, '/organiser/sign-in', { token: `wrong-guess-${attempt}` });
        assert.equal(response.status, 403, `attempt ${attempt}`);
        const page = await response.text();
        assert.match(page, /Deze beheersleutel klopt niet/);
        assert.match(page, /aria-invalid="true"/);
        assert.match(page, /<title>Fout: /);
      }
      const blocked = await post(site, '/organiser/sign-in', { token: TOKEN });
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get('Retry-After')) >= 1);
      assert.match(await blocked.text(), /Te veel mislukte pogingen/);
      assert.equal(blocked.headers.get('Set-Cookie'), null);
      // Another address is not held up.
      assert.equal(await postFrom('127.0.0.2', `${site.server.url}/organiser/sign-in`, { token: TOKEN }), 303);
      assert.equal(site.server.logs.filter((line) => line === 'organiser: refused sign-in from 127.0.0.1: a wrong token').length, 10);
      assert.ok(!site.server.logs.join('\n').includes('wrong-guess'));
      assert.ok(!site.server.logs.join('\n').includes(TOKEN));
    });

    it('escapes every value from data: hostile names, answers and remarks are text on the page', async () => {
      const site = await startSite(database);
      const { eve } = await seed(site);
      const { cookie } = await signIn(site);
      const event = await (await get(site, '/organiser/events/buurtavond', cookie)).text();
      const erase = await (await get(site, `/organiser/events/buurtavond/registrations/${eve.id}/erase`, cookie)).text();
      const cancelling = await (await site.server.request(new URL(eve.cancelLink).pathname)).text();
      for (const page of [event, erase, cancelling]) {
        assert.ok(!page.includes('<script'), 'no script element');
        assert.ok(!page.includes('<img'), 'no image element');
        assert.ok(page.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;Eve&#39; &#60;img src=x onerror=alert(1)&#62;'));
      }
      assert.ok(event.includes('&#60;b&#62;bold&#60;/b&#62;'));
      assert.ok(event.includes('Ik kom later &#60;/td&#62;&#60;/tr&#62;'));
    });

    it('shows the event: counts, every registration with its answers by the event\'s labels, and a CSV download', async () => {
      const site = await startSite(database);
      await seed(site);
      const { cookie } = await signIn(site);
      const page = await (await get(site, '/organiser/events/buurtavond', cookie)).text();
      assert.match(page, /<caption>4 aanmeldingen<\/caption>/);
      assert.match(page, /<th scope="col"><bdi>Dieetwensen<\/bdi><\/th>/);
      assert.match(page, /<td><bdi>Vegetarisch<\/bdi><\/td>\s*<td><bdi>Ja<\/bdi><\/td>/);
      assert.match(page, /<dt>Plekken<\/dt><dd>2<\/dd><\/div>\s*<div><dt>Aangemeld<\/dt><dd>2<\/dd><\/div>\s*<div><dt>Wachtlijst<\/dt><dd>1<\/dd><\/div>\s*<div><dt>Vrij<\/dt><dd>0<\/dd>/);
      const english = await (await get(site, '/organiser/events/buurtavond', cookie, { 'Accept-Language': 'en' })).text();
      assert.match(english, /<th scope="col"><bdi>Diet<\/bdi><\/th>/);
      assert.match(english, /<td><bdi>Vegetarian<\/bdi><\/td>/);
      const csv = await get(site, '/organiser/events/buurtavond/registrations.csv', cookie);
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('Content-Disposition'), 'attachment; filename="buurtavond-registrations.csv"');
      assert.match(csv.headers.get('Content-Type')!, /^text\/csv; charset=utf-8/);
      assert.match(await csv.text(), /Zoë de Vries/);
      assert.ok(site.server.logs.includes('audit: 127.0.0.1 exported the 4 registrations of buurtavond'));
    });

    it('answers 404 for an unknown event or registration, 405 for other methods, and HEAD like GET', async () => {
      const site = await startSite(database);
      const { zoe } = await seed(site);
      const { cookie, csrf } = await signIn(site);
      const before = await dataOf(site);
      for (const path of ['/organiser/events/bestaat-niet', '/organiser/events/buurtavond/registrations/00000000-0000-4000-8000-000000000000/erase']) {
        const response = await get(site, path, cookie);
        assert.equal(response.status, 404, path);
        assert.match(await response.text(), /<h1>Niet gevonden<\/h1>/);
      }
      // A path that is no page at all is in no document, so it goes past the OpenAPI check.
      const nowhere = await fetch(`${site.server.url}/organiser/nergens`, { headers: { Cookie: cookie } });
      assert.equal(nowhere.status, 404);
      assert.match(await nowhere.text(), /<h1>Niet gevonden<\/h1>/);
      assert.equal((await post(site, '/organiser/events/bestaat-niet/registrations/x/promote', { csrf }, { Cookie: cookie })).status, 404);
      const put = await site.server.request('/organiser/', { method: 'PUT', headers: { Cookie: cookie } });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('Allow'), 'GET, HEAD');
      const getAction = await get(site, `/organiser/events/buurtavond/registrations/${zoe.id}/promote`, cookie);
      assert.equal(getAction.status, 405);
      assert.equal(getAction.headers.get('Allow'), 'POST');
      const deleting = await site.server.request(`/organiser/events/buurtavond/registrations/${zoe.id}/erase`, { method: 'DELETE', headers: { Cookie: cookie } });
      assert.equal(deleting.status, 405);
      assert.equal(deleting.headers.get('Allow'), 'GET, HEAD, POST');
      const head = await site.server.request('/organiser/events/buurtavond', { method: 'HEAD', headers: { Cookie: cookie } });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.deepEqual(await dataOf(site), before, 'nothing changed');
      assert.deepEqual(auditLines(site), ['audit: 127.0.0.1 signed in to the organiser pages']);
    });

    it('serves every page as uncached HTML under the strict policy, without referrer, and its stylesheet', async () => {
      const site = await startSite(database);
      const response = await get(site, '/organiser/sign-in');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
      assert.match(response.headers.get('Content-Security-Policy')!, /^default-src 'self'; script-src 'self'; style-src 'self';.*form-action 'self'/);
      const page = await response.text();
      assert.ok(!/<script|style=|<style/.test(page), 'no script, no inline style');
      const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1];
      const css = await site.server.request(href);
      assert.equal(css.status, 200);
      assert.equal(css.headers.get('Content-Type'), 'text/css; charset=utf-8');
      assert.match(css.headers.get('Cache-Control')!, /immutable/);
      const stylesheet = await css.text();
      // Logical properties only: the pages are also right to left.
      assert.doesNotMatch(stylesheet, /(margin|padding|border)-(left|right)|\b(left|right)\s*:|text-align:\s*(left|right)|float:/);
    });
  });
}

describe('the cancel page as HTML', () => {
  const registration = { name: 'Zoë de Vries', email: 'zoe@voorbeeld.nl', status: 'confirmed' as const };
  it('speaks the visitor\'s language, right to left in Arabic, with the date in the event\'s time zone', () => {
    const dutch = cancelPage({ lang: 'nl', event: EVENT, registration, state: 'ask', action: '/registrations/abc/cancel' });
    assert.match(dutch, /<html lang="nl" dir="ltr">/);
    assert.match(dutch, /<form method="post" action="\/registrations\/abc\/cancel">\s*<button type="submit" class="button">Afmelden<\/button>/);
    assert.match(dutch, /16\.00 – 19\.00 uur<\/time>/);
    const arabic = cancelPage({ lang: 'ar-MA', event: EVENT, registration: { ...registration, status: 'waitlisted' }, state: 'ask', action: '/x' });
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, /16:00/);
    assert.match(arabic, /على قائمة الانتظار/);
    assert.match(cancelPage({ lang: 'tr', event: EVENT, state: 'cancelled', action: '/x' }), /<h1>Kaydınız iptal edildi<\/h1>/);
    assert.match(cancelPage({ lang: 'de', event: EVENT, state: 'already-cancelled', action: '/x' }), /<html lang="en"[^]*<h1>You had already cancelled<\/h1>/);
    const unknown = cancelPage({ lang: 'nl', event: EVENT, state: 'unknown', action: '/x' });
    assert.match(unknown, /<h1>Deze link werkt niet<\/h1>/);
    assert.ok(!unknown.includes('Buurtavond'), 'an unknown link tells nothing about any event');
    assert.ok(!unknown.includes('<form'));
  });
});

/* ---------------------------------------------------------------------------------------------- */
/* In Chromium and Firefox, by keyboard, checked by axe-core.                                      */
/* ---------------------------------------------------------------------------------------------- */

/** Screenshots for a person to look at: set PAGES_SHOTS to a folder. */
const SHOTS = process.env.PAGES_SHOTS;

async function screenshot(page: Page, browser: string, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewport({ width, height: 900 });
    // The whole page in a viewport as tall as it, as Chromium's fullPage shifts a right-to-left page sideways.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height });
    await page.screenshot({ path: `${SHOTS}/${browser.toLowerCase()}-${name}-${width}.png` });
  }
  await page.setViewport({ width: 1280, height: 900 });
}

/** The browsers run on PGlite only: what they see does not depend on the database, and they take their time. */
const [PGLITE] = DATABASES;

for (const kind of browserKinds()) {
  describe(`the pages in ${kind.name}`, { skip: kind.missing ?? false }, () => {
    let browser: Browser;
    let page: Page;
    /** What axe found on each page state, by state: all should be empty. */
    const checked: string[] = [];
    const problems: string[] = [];

    async function expectAccessible(state: string): Promise<void> {
      checked.push(state);
      assert.deepEqual(await axeViolations(page), [], `axe on ${state}`);
    }

    before(async () => {
      browser = await launch(kind);
    });
    after(async () => {
      await browser?.close();
    });

    /** A new tab whose browser asks for `lang`; whatever the policy refuses or fails to load is noted. */
    async function freshPage(lang = 'nl'): Promise<Page> {
      // A context of its own: cookies go by host, not port, so one test's session would open another's server.
      await page?.browserContext().close();
      page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setExtraHTTPHeaders({ 'Accept-Language': lang });
      page.on('console', (message) => {
        // A page answered 404 or 403 on purpose is reported as a resource that failed to load.
        if (['error', 'warn', 'warning'].includes(message.type()) && !/status of (403|404|429)/.test(message.text())) problems.push(message.text());
      });
      // Anything else that failed: the stylesheet, say.
      page.on('response', (response) => {
        if (!response.request().isNavigationRequest() && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      return page;
    }

    for (const [lang, button, done, already, unknown] of [
      ['nl', 'Afmelden', 'Je bent afgemeld', 'Je was al afgemeld', 'Deze link werkt niet'],
      ['ar', 'إلغاء تسجيلي', 'تم إلغاء تسجيلكم', 'سبق أن ألغيتم تسجيلكم', 'هذا الرابط لا يعمل'],
    ]) {
      it(`cancel page (${lang}): a visitor cancels by keyboard, and every state passes axe`, async () => {
        const site = await startSite(PGLITE);
        const { zoe, ahmed } = await seed(site);
        // Ahmed signed up in Arabic, so his e-mail and his cancel page are in Arabic.
        const person = lang === 'ar' ? ahmed : zoe;
        await freshPage(lang);
        const link = person.cancelLink;
        await page.goto(link);
        assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
        assert.match(await mainText(page), /Buurtavond Overvecht/);
        await expectAccessible(`cancel ${lang}: ask`);
        await screenshot(page, kind.name, `cancel-${lang}-ask`);
        await tabTo(page, button);
        await enter(page);
        assert.equal(await heading(page), done);
        assert.equal(await statusOf(site, person), 'cancelled');
        await expectAccessible(`cancel ${lang}: cancelled`);
        await screenshot(page, kind.name, `cancel-${lang}-cancelled`);
        await page.goto(link);
        assert.equal(await heading(page), already);
        await expectAccessible(`cancel ${lang}: already cancelled`);
        await page.goto(link.replace(/[\w-]+\/cancel$/, 'not-a-token/cancel'));
        assert.equal(await heading(page), unknown);
        await expectAccessible(`cancel ${lang}: unknown`);
        await screenshot(page, kind.name, `cancel-${lang}-unknown`);
      });
    }

    it('organiser: signs in, opens the event, moves someone up, resends, erases through the confirmation, signs out, all by keyboard', async () => {
      const site = await startSite(PGLITE);
      const { zoe, ahmed } = await seed(site);
      const twee = await signUp(site, 'waitlisted', { name: 'Wachtende Twee', email: 'twee@voorbeeld.nl' });
      // Room for one more, so moving up works.
      await addSeat(site);
      await freshPage();
      await page.goto(`${site.server.url}/organiser/`);
      assert.equal(new URL(page.url()).pathname, '/organiser/sign-in');
      assert.equal(await heading(page), 'Inloggen als organisator');
      await expectAccessible('organiser: sign-in');

      await tabTo(page, 'Beheersleutel');
      await page.keyboard.type('not-the-token');
      await enter(page);
      assert.match(await mainText(page), /Deze beheersleutel klopt niet/);
      assert.equal(await page.title(), 'Fout: Inloggen als organisator – Aanmeldingen beheren');
      await expectAccessible('organiser: wrong token');

      await tabTo(page, 'Beheersleutel');
      await page.keyboard.type(TOKEN);
      await enter(page);
      assert.equal(await heading(page), 'Activiteiten');
      assert.match(await mainText(page), /Je bent ingelogd\./);
      await expectAccessible('organiser: overview');

      await tabTo(page, 'Buurtavond Overvecht');
      await enter(page);
      assert.equal(await heading(page), 'Buurtavond Overvecht');
      const text = await mainText(page);
      for (const seen of ['Zoë de Vries', 'zoe@voorbeeld.nl', 'Oke Nu', 'expert', 'Vegetarisch', 'Afgemeld', 'Wachtlijst', 'أحمد العلوي', HOSTILE]) assert.ok(text.includes(seen), seen);
      await expectAccessible('organiser: event with every status');
      await screenshot(page, kind.name, 'organiser-event');

      await tabTo(page, `Plek geven: ${ahmed.name}`);
      await enter(page);
      assert.match(await mainText(page), /De persoon heeft nu een plek en krijgt daarover een e-mail\./);
      assert.equal(await statusOf(site, ahmed), 'confirmed');
      await expectAccessible('organiser: after moving up');

      // Full now: the next one on the list cannot move up, and the page says so.
      await tabTo(page, `Plek geven: ${twee.name}`);
      await enter(page);
      assert.match(await mainText(page), /Er is geen plek vrij\. Niemand is van de wachtlijst gehaald\./);
      await expectAccessible('organiser: full');

      await tabTo(page, `E-mail opnieuw sturen: ${zoe.name}`);
      await enter(page);
      assert.match(await mainText(page), /De e-mail is opnieuw verstuurd/);
      await expectAccessible('organiser: after resending');

      await tabTo(page, `Verwijderen: ${zoe.name}`);
      await enter(page);
      assert.equal(await heading(page), 'Aanmelding verwijderen');
      assert.match(await mainText(page), /Zoë de Vries.*zoe@voorbeeld\.nl.*Wil je deze aanmelding verwijderen\?/);
      await expectAccessible('organiser: erase confirmation');
      await screenshot(page, kind.name, 'organiser-erase');
      await tabTo(page, 'Ja, verwijderen');
      await enter(page);
      assert.match(await mainText(page), /De aanmelding is verwijderd, met alle gegevens\./);
      assert.ok(!(await mainText(page)).includes('zoe@voorbeeld.nl'));
      // Zoë's seat went to the first person waiting.
      assert.equal(await statusOf(site, zoe), undefined);
      assert.equal(await statusOf(site, twee), 'confirmed');
      await expectAccessible('organiser: after erasing');

      await tabTo(page, 'Uitloggen');
      await enter(page);
      assert.equal(await heading(page), 'Inloggen als organisator');
      assert.match(await mainText(page), /Je bent uitgelogd\./);
      await expectAccessible('organiser: signed out');
      await page.goto(`${site.server.url}/organiser/events/buurtavond`);
      assert.equal(new URL(page.url()).pathname, '/organiser/sign-in');
      assert.deepEqual(auditLines(site).map((line) => line.replace(/"[^"]+"/, '"…"')), [
        'audit: 127.0.0.1 signed in to the organiser pages',
        'audit: 127.0.0.1 moved up registration "…" of buurtavond',
        'audit: 127.0.0.1 tried to move up (full) registration "…" of buurtavond',
        'audit: 127.0.0.1 resent the confirmation of registration "…" of buurtavond',
        'audit: 127.0.0.1 erased registration "…" of buurtavond',
        'audit: 127.0.0.1 signed out of the organiser pages',
      ]);
    });

    it('organiser: the refusals a person may meet pass axe too (not found, a foreign form, blocked, off), in English as well', async () => {
      const site = await startSite(PGLITE);
      await freshPage();
      await page.goto(`${site.server.url}/organiser/sign-in`);
      await tabTo(page, 'Beheersleutel');
      await page.keyboard.type(TOKEN);
      await enter(page);
      await page.goto(`${site.server.url}/organiser/events/bestaat-niet`);
      assert.equal(await heading(page), 'Niet gevonden');
      await expectAccessible('organiser: not found');
      // A form without the session's token, as a page elsewhere would send it.
      await Promise.all([page.waitForNavigation(), page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/organiser/sign-out';
        document.body.append(form);
        form.submit();
      })]);
      assert.equal(await heading(page), 'Dit formulier is niet geaccepteerd');
      await expectAccessible('organiser: form refused');

      await freshPage('en');
      // Each server below stops the one before: they share the embedded database.
      const blocked = await startSite(PGLITE);
      for (let attempt = 0; attempt < 10; attempt++) await post(blocked, '/organiser/sign-in', { token: 'wrong' });
      await page.goto(`${blocked.server.url}/organiser/sign-in`);
      assert.equal(await heading(page), 'Sign in as organiser');
      await expectAccessible('organiser: sign-in (en)');
      await tabTo(page, 'Admin token');
      await page.keyboard.type(TOKEN);
      await enter(page);
      assert.equal(await heading(page), 'Too many failed attempts');
      await expectAccessible('organiser: blocked');
      const off = await startSite(PGLITE, { env: {} });
      await page.goto(`${off.server.url}/organiser/`);
      assert.equal(await heading(page), 'Organiser access is off');
      await expectAccessible('organiser: off');
    });

    it('nothing was refused by the policy, and nothing warned', () => {
      assert.deepEqual(problems, []);
      assert.ok(checked.length >= 20, `axe ran on ${checked.length} page states`);
    });
  });
}
