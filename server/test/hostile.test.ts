import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFrom } from '../config.js';
import { DATABASES, futureEvent, person, rawRequest, startServer } from './harness.js';

const count = async (server: Awaited<ReturnType<typeof startServer>>) =>
  (await server.app.database.query<{ count: number }>('SELECT count(*)::int AS count FROM registration'))[0].count;

for (const database of DATABASES) {
  describe(`hostile input on ${database.name}`, () => {
    it('says what is wrong with each field, as the form would, in the visitor’s language', async () => {
      const event = futureEvent('buurtavond', { capacity: 12, consent: true });
      const server = await startServer({ database, events: [event] });
      const response = await server.signUp('buurtavond', { name: ' ', email: 'jitske@', role: 'koning' });
      assert.equal(response.status, 422);
      assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
      const { errors } = await response.json();
      assert.deepEqual(errors.map((error: { field: string }) => error.field), ['name', 'email', 'role', 'consent']);
      assert.equal(errors[1].detail, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl');
      assert.equal(errors[1].pointer, '#/email');
      const english = await (await server.signUp('buurtavond', { name: 'Jitske', email: 'x', consent: true, locale: 'en' })).json();
      assert.deepEqual(english.errors, [{ field: 'email', pointer: '#/email', detail: 'Enter a valid email address, like name@example.com' }]);
      const turkish = await (await server.signUp('buurtavond', { name: 'Çağlar', email: 'x', consent: true, locale: 'tr-TR' })).json();
      assert.equal(turkish.errors[0].detail, 'Geçerli bir e-posta adresi yazın, örneğin ad@ornek.nl');
      const arabic = await (await server.signUp('buurtavond', { name: 'Fatima', email: 'x', consent: true, locale: 'ar' })).json();
      assert.match(arabic.errors[0].detail, /^يُرجى إدخال عنوان بريد إلكتروني صحيح/);
      assert.equal(await count(server), 0);
    });

    it('points at an extra question in the body by JSON pointer, escaped', async () => {
      const questions = futureEvent('vragen', { capacity: 12, fields: [{ name: 'km/dag', label: 'Kilometers per dag', type: 'number', required: true }] });
      const server = await startServer({ database, events: [questions] });
      const [missing] = (await (await server.signUp('vragen', person(1))).json()).errors;
      assert.deepEqual(missing, { field: 'answers.km/dag', pointer: '#/answers/km~1dag', detail: 'Vul ‘Kilometers per dag’ in' });
    });

    it('limits field lengths and the body size', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { MAX_BODY_BYTES: '4096' } });
      const long = await server.signUp('buurtavond', { ...person(1), name: 'x'.repeat(201) });
      assert.equal(long.status, 422);
      assert.deepEqual((await long.json()).errors.map((error: { field: string }) => error.field), ['name']);
      const huge = await server.signUp('buurtavond', { ...person(1), remarks: 'x'.repeat(5000) });
      assert.equal(huge.status, 413);
      assert.equal(await count(server), 0);
    });

    it('drops fields the event does not ask for', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const response = await server.signUp('buurtavond', { ...person(1), status: 'waitlisted', id: '00000000-0000-4000-8000-000000000000', answers: { admin: true }, isAdmin: true });
      assert.deepEqual(await response.json(), { status: 'confirmed', remaining: 11, emailSent: true });
      const [row] = await server.app.database.query<{ id: string; answers: unknown }>('SELECT id::text, answers FROM registration');
      assert.notEqual(row.id, '00000000-0000-4000-8000-000000000000');
      assert.deepEqual(row.answers, {});
    });

    it('stores SQL and markup as the text they are', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const name = "Robert'); DROP TABLE registration;-- <script>alert(1)</script>";
      assert.equal((await server.signUp('buurtavond', { name, email: 'bobby@voorbeeld.nl' })).status, 201);
      const [row] = await server.app.database.query<{ name: string }>('SELECT name FROM registration');
      assert.equal(row.name, name);
      assert.equal((await server.request(`/api/events/${encodeURIComponent("buurtavond' OR '1'='1")}/seats`)).status, 404);
    });

    it('refuses control characters with 422 naming the field, in the visitor’s language, and never a 500', async () => {
      const fields = [{ name: 'dieet', label: 'Dieetwensen', type: 'text' as const }];
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12, fields })] });
      const response = await server.signUp('buurtavond', { name: 'Jit\u0000ske', email: 'jitske@voorbeeld.nl', organization: 'Oke\nNu', remarks: 'Regel één\r\nRegel\ttwee', answers: { dieet: 'halal\u0007' } });
      assert.equal(response.status, 422);
      const { errors } = await response.json();
      assert.deepEqual(errors.map((error: { field: string }) => error.field), ['name', 'organization', 'answers.dieet']);
      assert.equal(errors[0].detail, '‘Naam’ bevat tekens die niet in tekst horen; typ het opnieuw');
      const english = await (await server.signUp('buurtavond', { name: 'Jit\u0000ske', email: 'jitske@voorbeeld.nl', locale: 'en' })).json();
      assert.match(english.errors[0].detail, /contains characters that do not belong in text/);
      const form = await server.request('/api/events/buurtavond/registrations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'name=Jitske&email=jitske%00@voorbeeld.nl&locale=nl',
      });
      assert.equal(form.status, 422);
      assert.equal(await count(server), 0);
      // Line breaks and tabs belong in remarks.
      assert.equal((await server.signUp('buurtavond', { ...person(1), remarks: 'Regel één\r\nRegel\ttwee' })).status, 201);
      assert.doesNotMatch(server.logs.join('\n'), /\n\s+at /, 'no stack trace in the log');
    });

    it('refuses JSON in another charset than UTF-8 with 415, and bytes that are not UTF-8 with 400', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const post = (type: string, body: Buffer) => server.request('/api/events/buurtavond/registrations', { method: 'POST', headers: { 'Content-Type': type }, body: new Blob([new Uint8Array(body)]) });
      const json = JSON.stringify({ ...person(1), locale: 'nl' });
      assert.equal((await post('application/json; charset=utf-16', Buffer.from(json, 'utf16le'))).status, 415);
      assert.equal((await post('application/json;charset="ISO-8859-1"', Buffer.from(json, 'latin1'))).status, 415);
      assert.equal((await post('application/json; charset=utf-8', Buffer.from(JSON.stringify({ ...person(2), name: 'Zo\u00eb\u00ff' })))).status, 201);
      const latin1 = Buffer.from(JSON.stringify({ ...person(3), name: 'Zo\u00eb' }), 'latin1');
      assert.equal((await post('application/json', latin1)).status, 400);
      assert.equal(await count(server), 1);
    });

    it('takes bidirectional controls out of what it stores and out of the CSV', async () => {
      const token = 'e3b0c44298fc1c149afbf4c8996fb924';
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: token } });
      assert.equal((await server.signUp('buurtavond', { name: 'Jitske\u202Egpj.exe', email: 'jitske@voorbeeld.nl', remarks: '\u2067Hallo\u2069 \u200Fشكرا' })).status, 201);
      const [row] = await server.app.database.query<{ name: string; remarks: string }>('SELECT name, remarks FROM registration');
      assert.deepEqual(row, { name: 'Jitskegpj.exe', remarks: 'Hallo \u200Fشكرا' });
      // A row stored before the server took them out.
      await server.app.database.query("UPDATE registration SET organization = 'Oke\u202ENu'");
      const csv = await (await server.request('/api/events/buurtavond/registrations.csv', { headers: { Authorization: `Bearer ${token}` } })).text();
      assert.doesNotMatch(csv, /[\u202A-\u202E\u2066-\u2069]/);
      assert.match(csv, /,OkeNu,/);
    });

    it('answers a filled honeypot as it would answer a person at that moment, and stores and sends nothing', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 2 }), futureEvent('wachtlijst', { capacity: 1, waitlist: true }), futureEvent('open', {})] });
      const outbox = async () => (await server.app.database.query<{ count: number }>('SELECT count(*)::int AS count FROM outbox'))[0].count;
      /** The same sign-up from a person and from a bot (`hp-field` or `website` filled), byte for byte the same answer. */
      const alike = async (id: string, index: number, expected: { status: number; body: string }) => {
        const bot = await server.signUp(id, { ...person(index, 'bot'), [index % 2 ? 'hp-field' : 'website']: 'https://spam.example' });
        const human = await server.signUp(id, person(index));
        for (const [who, answer] of [['bot', bot], ['person', human]] as const) {
          assert.equal(answer.status, expected.status, `${who} on ${id}`);
          assert.equal(await answer.text(), expected.body, `${who} on ${id}`);
        }
      };
      await alike('buurtavond', 1, { status: 201, body: '{"status":"confirmed","emailSent":true,"remaining":1}' });
      await alike('buurtavond', 2, { status: 201, body: '{"status":"confirmed","emailSent":true,"remaining":0}' });
      await alike('buurtavond', 3, { status: 409, body: '{"status":"full","remaining":0}' });
      await alike('wachtlijst', 4, { status: 201, body: '{"status":"confirmed","emailSent":true,"remaining":0}' });
      await alike('wachtlijst', 5, { status: 201, body: '{"status":"waitlisted","emailSent":true,"remaining":0}' });
      await alike('open', 6, { status: 201, body: '{"status":"confirmed","emailSent":true}' });
      // A bot's fields are checked as a person's are.
      const invalid = await server.signUp('open', { name: 'Bot', email: 'x', website: 'https://spam.example' });
      assert.equal(invalid.status, 422);
      assert.deepEqual((await invalid.json()).errors.map((error: { field: string }) => error.field), ['email']);
      const bots = await server.app.database.query("SELECT 1 FROM registration WHERE email LIKE 'bot%'");
      assert.equal(bots.length, 0);
      assert.equal(await count(server), 5);
      // Two messages per person (confirmation and the organiser's notice), none for a bot.
      assert.equal(await outbox(), 10);
    });

    it('refuses bodies that are not a registration', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const post = (body: string, type: string) => server.request('/api/events/buurtavond/registrations', { method: 'POST', headers: { 'Content-Type': type }, body });
      assert.equal((await post('{"name":', 'application/json')).status, 400);
      assert.equal((await post('[1,2]', 'application/json')).status, 400);
      assert.equal((await post('<registration/>', 'application/xml')).status, 415);
      assert.equal((await server.signUp('buurtavond', person(1), { 'Idempotency-Key': 'key with spaces' })).status, 400);
      assert.equal((await server.signUp('buurtavond', person(1), { 'Idempotency-Key': 'k'.repeat(256) })).status, 400);
      assert.equal(await count(server), 0);
    });

    it('limits sign-ups per client with 429 and Retry-After, in the visitor’s language', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { RATE_LIMIT: '3' } });
      for (let index = 0; index < 3; index++) assert.equal((await server.signUp('buurtavond', person(index))).status, 201);
      const refused = await server.signUp('buurtavond', person(4), { 'Accept-Language': 'nl-NL,nl;q=0.9' });
      assert.equal(refused.status, 429);
      const seconds = Number(refused.headers.get('Retry-After'));
      assert.ok(seconds >= 1 && seconds <= 20, `Retry-After ${seconds}`);
      assert.match((await refused.json()).detail, /^Het is nu erg druk/);
      assert.equal(await count(server), 3);
    });

    it('behind a proxy, takes the client address from the right of X-Forwarded-For, where the client cannot write', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { RATE_LIMIT: '3', TRUST_PROXY: '1', PUBLIC_URL: 'https://aanmelden.example.nl' } });
      // The proxy appends the address it saw; whatever the client wrote before it changes nothing.
      const viaProxy = (index: number, client: string) => server.signUp('buurtavond', person(index), { 'X-Forwarded-For': `10.0.0.${index}, ${client}` });
      for (let index = 0; index < 3; index++) assert.equal((await viaProxy(index, '203.0.113.7')).status, 201);
      assert.equal((await viaProxy(3, '203.0.113.7')).status, 429);
      assert.equal((await viaProxy(4, '203.0.113.8')).status, 201, 'another client has its own limit');
    });

    it('lets only allowed origins call from a browser, and refuses writes from others', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ALLOWED_ORIGINS: 'https://www.dock.nl, https://omziennaarelkaar.nl/' } });
      const allowed = await server.signUp('buurtavond', person(1), { Origin: 'https://omziennaarelkaar.nl' });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://omziennaarelkaar.nl');
      const preflight = await server.request('/api/events/buurtavond/registrations', {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.dock.nl', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://www.dock.nl');
      assert.match(preflight.headers.get('Access-Control-Allow-Headers')!, /Idempotency-Key/);
      const stranger = await server.signUp('buurtavond', person(2), { Origin: 'https://evil.example' });
      assert.equal(stranger.status, 403);
      assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null);
      const read = await server.request('/api/events/buurtavond/seats', { headers: { Origin: 'https://evil.example' } });
      assert.equal(read.headers.get('Access-Control-Allow-Origin'), null);
      // The server's own pages are always allowed.
      assert.equal((await server.signUp('buurtavond', person(3), { Origin: server.url })).status, 201);
      assert.equal(await count(server), 2);
      // Behind a TLS proxy the page is https, the socket is not: without TRUST_PROXY that origin is a stranger.
      const proxied = server.url.replace('http:', 'https:');
      assert.equal((await server.signUp('buurtavond', person(4), { Origin: proxied, 'X-Forwarded-Proto': 'https' })).status, 403);
    });

    it('behind a proxy, writes PUBLIC_URL into events and takes posts from its pages', async () => {
      assert.throws(() => configFrom({ TRUST_PROXY: '1' }), /TRUST_PROXY needs PUBLIC_URL/);
      const publicUrl = 'https://aanmelden.example.nl';
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { TRUST_PROXY: '1', PUBLIC_URL: publicUrl } });
      assert.equal((await server.signUp('buurtavond', person(1), { Origin: publicUrl })).status, 201);
      const event = await (await server.request('/api/events/buurtavond', { headers: { 'X-Forwarded-Proto': 'http', 'X-Forwarded-Host': 'evil.example' } })).json();
      assert.equal(event.registration.endpoint, `${publicUrl}/api/events/buurtavond/registrations`);
    });

    it('writes its own address into URLs, never the Host header, and answers another host name with 421', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const asHost = (host: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
        rawRequest(server.url + path, { ...init, headers: { Host: host, ...init.headers } });
      const port = new URL(server.url).port;
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
        const { status, body } = await asHost(host, '/api/events/buurtavond');
        assert.equal(status, 200, host);
        assert.equal(JSON.parse(body).registration.endpoint, `${server.url}/api/events/buurtavond/registrations`, host);
      }
      const foreign = await asHost('evil.example', '/api/events/buurtavond');
      assert.equal(foreign.status, 421);
      assert.equal(JSON.parse(foreign.body).type, '/api/problems/misdirected-request');
      // DNS rebinding: a page at evil.example whose name now points here, posting to its "own" origin.
      const rebound = await asHost(`evil.example:${port}`, '/api/events/buurtavond/registrations', {
        method: 'POST',
        headers: { Origin: `http://evil.example:${port}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(person(1)),
      });
      assert.equal(rebound.status, 421);
      assert.equal(await count(server), 0);
      // A page asked for by a loopback name moves to the address its URLs name, so they are its own origin.
      const moved = await asHost(`localhost:${port}`, '/embed.js?v=1');
      assert.equal(moved.status, 302);
      assert.equal(moved.headers.location, `${server.url}/embed.js?v=1`);
    });

    it('sends security headers and never a stack trace or SQL error', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const ok = await server.request('/api/events/buurtavond/seats');
      assert.equal(ok.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(ok.headers.get('Content-Security-Policy'), "default-src 'none'; frame-ancestors 'none'");
      assert.equal(ok.headers.get('X-Frame-Options'), 'DENY');
      assert.equal(ok.headers.get('Referrer-Policy'), 'no-referrer');
      assert.equal(ok.headers.get('Cache-Control'), 'no-store');
      // The database goes away under the server's feet.
      await server.app.database.query('DROP TABLE idempotency_key, registration CASCADE');
      const broken = await server.signUp('buurtavond', person(1));
      assert.equal(broken.status, 500);
      const text = await broken.text();
      assert.deepEqual(JSON.parse(text), { type: '/api/problems/internal', title: 'Internal server error', status: 500 });
      assert.doesNotMatch(text, /registration|relation|at |\.ts|\.js/);
    });

    it('answers an unknown method with 405 and Allow', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const response = await server.request('/api/events/buurtavond/seats', { method: 'PUT', body: '{}' });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('Allow'), 'GET');
    });
  });
}
