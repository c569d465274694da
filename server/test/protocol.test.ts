import assert from 'node:assert/strict';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { countsOf, createLifecycle } from '../lifecycle.js';
import { syncEvents } from '../registrations.js';
import { DATABASES, futureEvent, person, startServer, within } from './harness.js';

it('runs on PostgreSQL too, in CI', { skip: !process.env.CI && 'not in CI; set TEST_DATABASE_URL to test against a PostgreSQL' }, () => {
  assert.ok(process.env.TEST_DATABASE_URL, 'CI must set TEST_DATABASE_URL (.ci/run starts PostgreSQL and sets it)');
});

for (const database of DATABASES) {
  describe(`registration protocol on ${database.name}`, () => {
    it('publishes the event with its endpoint, live seats and the seats answer of docs/protocol.md, "Seats endpoint"', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12, waitlist: false })] });
      const event = await (await server.request('/api/events/buurtavond')).json();
      assert.equal(event.name, '(Nieuw) samenspel in de wijk');
      assert.equal(event.registration.endpoint, `${server.url}/api/events/buurtavond/registrations`);
      assert.equal(event.registration.seatsSrc, `${server.url}/api/events/buurtavond/seats`);
      assert.equal(event.registration.remaining, 12);
      assert.deepEqual(await (await server.request('/api/events/buurtavond/seats')).json(), { capacity: 12, remaining: 12, waitlist: false, closed: false });
      const list = await (await server.request('/api/events')).json();
      assert.deepEqual(list.map((entry: { id: string }) => entry.id), ['buurtavond']);
      assert.equal((await server.request('/api/events/onbekend')).status, 404);
    });

    it('says it is up, and serves its own OpenAPI description', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      assert.deepEqual(await (await server.request('/api/health')).json(), { status: 'ok', database: database.url ? 'postgres' : 'pglite' });
      const document = await (await server.request('/api/openapi.json')).json();
      assert.equal(document.openapi, '3.1.0');
      assert.ok(document.paths['/api/events/{eventId}/registrations'].post);
      // Not in the document, so past its checker: a path that is nothing at all is a 404 problem.
      const nowhere = await fetch(`${server.url}/api/nergens`);
      assert.equal(nowhere.status, 404);
      assert.match(nowhere.headers.get('Content-Type')!, /^application\/problem\+json/);
    });

    it('says it is down, 503 with Retry-After, while its database cannot be reached', async () => {
      if (!database.url) {
        // The embedded database goes away only with the process, or when closed.
        const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], dataDir: 'memory://' });
        assert.equal((await server.request('/api/health')).status, 200);
        await server.app.database.close();
        const down = await server.request('/api/health');
        assert.equal(down.status, 503);
        assert.equal(down.headers.get('Retry-After'), '10');
        return;
      }
      // PostgreSQL behind a connection the test can cut and restore.
      const target = new URL(database.url);
      const links = new Set<Socket>();
      const forwarder = createNetServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          links.add(socket);
          socket.on('error', () => undefined).once('close', () => links.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
      const port = (forwarder.address() as AddressInfo).port;
      const server = await startServer({ database: { url: Object.assign(new URL(database.url), { port: String(port) }).href }, events: [futureEvent('buurtavond', { capacity: 12 })] });
      assert.equal((await server.request('/api/health')).status, 200);
      const closed = new Promise((resolve) => forwarder.close(resolve));
      for (const socket of links) socket.destroy();
      await closed;
      const down = await server.request('/api/health');
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('Retry-After'), '10');
      assert.match(server.logs.join('\n'), /health: the database cannot be reached/);
      await new Promise<void>((resolve) => forwarder.listen(port, '127.0.0.1', resolve));
      assert.equal((await server.request('/api/health')).status, 200, 'and up again when it is back');
      const end = new Promise((resolve) => forwarder.close(resolve));
      for (const socket of links) socket.destroy();
      await end;
    });

    it('confirms a JSON sign-up, counts the seat, and says how many are left', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const response = await server.signUp('buurtavond', { ...person(1), organization: 'Oke Nu', role: 'expert', remarks: 'Ik neem een collega mee', consent: true });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { status: 'confirmed', remaining: 11, emailSent: true });
      assert.equal((await (await server.request('/api/events/buurtavond/seats')).json()).remaining, 11);
    });

    it('takes form-encoded sign-ups with extra questions, as a plain HTML form or `encoding: form` sends them', async () => {
      const fields = [
        { name: 'dieet', label: 'Dieetwensen', type: 'checkbox' as const, options: ['vegetarisch', 'halal', 'glutenvrij'] },
        { name: 'aantal', label: 'Met hoeveel personen', type: 'number' as const, required: true },
      ];
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12, fields })], env: { ADMIN_TOKEN: 'organiser-token-0123456789' } });
      const body = new URLSearchParams([['name', 'Çağlar Yılmaz'], ['email', 'caglar@voorbeeld.nl'], ['answers[dieet]', 'halal'], ['answers[dieet]', 'glutenvrij'], ['answers[aantal]', '2'], ['locale', 'nl']]);
      const response = await server.request('/api/events/buurtavond/registrations', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
      assert.equal(response.status, 201);
      const csv = await (await server.request('/api/events/buurtavond/registrations.csv', { headers: { Authorization: 'Bearer organiser-token-0123456789' } })).text();
      const [header, row] = csv.replace('\uFEFF', '').trim().split('\r\n');
      assert.equal(header, 'id,status,registered_at,name,email,organization,role,remarks,consent,locale,dieet,aantal,cancelled_at');
      assert.match(row, /,confirmed,.*,Çağlar Yılmaz,caglar@voorbeeld\.nl,,,,,nl,halal; glutenvrij,2,$/);
    });

    it('answers 409 full when the seats are gone and there is no waiting list', async () => {
      const server = await startServer({ database, events: [futureEvent('klein', { capacity: 1 })] });
      assert.equal((await server.signUp('klein', person(1))).status, 201);
      const full = await server.signUp('klein', person(2));
      assert.equal(full.status, 409);
      assert.deepEqual(await full.json(), { status: 'full', remaining: 0 });
    });

    it('puts sign-ups on the waiting list when the event is full and has one', async () => {
      const server = await startServer({ database, events: [futureEvent('klein', { capacity: 1, waitlist: true })] });
      assert.deepEqual(await (await server.signUp('klein', person(1))).json(), { status: 'confirmed', remaining: 0, emailSent: true });
      const second = await server.signUp('klein', { ...person(2), waitlist: true });
      assert.equal(second.status, 201);
      assert.deepEqual(await second.json(), { status: 'waitlisted', remaining: 0, emailSent: true });
      assert.deepEqual(await (await server.request('/api/events/klein/seats')).json(), { capacity: 1, remaining: 0, waitlist: true, closed: false });
    });

    it('lets nobody overtake the waiting list: seats freed by a raised capacity are the organiser’s to give, and the public reads the event as full', async () => {
      const event = futureEvent('klein', { capacity: 1, waitlist: true });
      const server = await startServer({ database, events: [event] });
      await server.signUp('klein', person(1));
      assert.equal((await (await server.signUp('klein', person(4))).json()).status, 'waitlisted');
      // The organiser raises the capacity in the file; the next start reads it so.
      const raised = { ...event, registration: { ...event.registration, capacity: 2 } };
      await syncEvents(server.app.database, [raised]);
      server.app.events.set('klein', raised);
      assert.deepEqual(await (await server.request('/api/events/klein/seats')).json(), { capacity: 2, remaining: 0, waitlist: true, closed: false });
      assert.equal((await (await server.request('/api/events/klein')).json()).registration.remaining, 0);
      const newcomer = await server.signUp('klein', person(5));
      assert.equal(newcomer.status, 201);
      assert.deepEqual(await newcomer.json(), { status: 'waitlisted', remaining: 0, emailSent: true });
      const rows = await server.app.database.query<{ email: string; status: string }>('SELECT email, status FROM registration ORDER BY seq');
      assert.deepEqual(rows.map((row) => `${row.email} ${row.status}`), ['bewoner1@voorbeeld.nl confirmed', 'bewoner4@voorbeeld.nl waitlisted', 'bewoner5@voorbeeld.nl waitlisted']);
      // The organiser's page keeps the true numbers: one seat free, two waiting.
      const counts = await countsOf(server.app.database, raised, Date.now());
      assert.deepEqual({ remaining: counts.remaining, waiting: counts.waiting }, { remaining: 1, waiting: 2 });
    });

    it('lets newcomers take free seats again once nobody is waiting, and without a waiting list answers full while people still wait', async () => {
      const event = futureEvent('klein', { capacity: 1, waitlist: true });
      const server = await startServer({ database, events: [event] });
      await server.signUp('klein', person(1));
      await server.signUp('klein', person(2));
      // Raised to 3 and the list closed: the one person waiting still comes first.
      const raised = { ...event, registration: { ...event.registration, capacity: 3, waitlist: false } };
      await syncEvents(server.app.database, [raised]);
      server.app.events.set('klein', raised);
      const full = await server.signUp('klein', person(3));
      assert.equal(full.status, 409);
      assert.deepEqual(await full.json(), { status: 'full', remaining: 0 });
      // The organiser moves the person waiting up; then the last free seat is anyone's.
      const organiser = createLifecycle({ database: server.app.database, events: server.app.events, now: Date.now, log: () => {}, origin: () => server.url, queued: () => {} });
      const [waiting] = await server.app.database.query<{ id: string }>(`SELECT id::text FROM registration WHERE status = 'waitlisted'`);
      assert.equal(await organiser.promote(raised, waiting.id, 'test'), 'promoted');
      assert.deepEqual(await (await server.request('/api/events/klein/seats')).json(), { capacity: 3, remaining: 1, waitlist: false, closed: false });
      assert.deepEqual(await (await server.signUp('klein', person(3))).json(), { status: 'confirmed', remaining: 0, emailSent: true });
    });

    it('counts seats taken before the server (the file’s remaining below capacity) as taken', async () => {
      const server = await startServer({ database, events: [futureEvent('deels', { capacity: 40, remaining: 3 })] });
      assert.equal((await (await server.request('/api/events/deels/seats')).json()).remaining, 3);
    });

    it('replays the first answer for a repeated Idempotency-Key and stores nothing new', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const key = '4f7f2a1e-2c3b-4d5e-8f90-a1b2c3d4e5f6';
      const first = await server.signUp('buurtavond', person(1), { 'Idempotency-Key': key });
      assert.deepEqual(await first.json(), { status: 'confirmed', remaining: 11, emailSent: true });
      await server.signUp('buurtavond', person(2));
      const retry = await server.signUp('buurtavond', person(1), { 'Idempotency-Key': key });
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await retry.json(), { status: 'confirmed', remaining: 11, emailSent: true });
      const [{ count }] = await server.app.database.query<{ count: number }>('SELECT count(*)::int AS count FROM registration');
      assert.equal(count, 2);
    });

    it('refuses a key reused for another person with 422, and never gives anyone else’s answer', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const key = '0f8fad5b-d9cb-469f-a165-70867728950e';
      assert.equal((await server.signUp('buurtavond', person(1), { 'Idempotency-Key': key })).status, 201);
      const other = await server.signUp('buurtavond', person(2), { 'Idempotency-Key': key });
      assert.equal(other.status, 422);
      const body = await other.json();
      assert.equal(body.type, '/api/problems/idempotency-key-reused');
      assert.equal(body.errors, undefined, 'names no field: the form then sends under a new key');
      assert.equal(body.detail, 'Deze aanmelding is eerder met andere gegevens verstuurd. Verstuur het formulier opnieuw.');
      const english = await server.signUp('buurtavond', { ...person(3), locale: 'en-GB' }, { 'Idempotency-Key': key });
      assert.equal(english.status, 422);
      assert.equal((await english.json()).detail, 'This registration was sent before with other details. Please send the form again.');
      // Under its own key the second person signs up.
      assert.deepEqual(await (await server.signUp('buurtavond', person(2), { 'Idempotency-Key': `${key}-2` })).json(), { status: 'confirmed', remaining: 10, emailSent: true });
      const rows = await server.app.database.query<{ email: string }>('SELECT email FROM registration ORDER BY email');
      assert.deepEqual(rows.map((row) => row.email), ['bewoner1@voorbeeld.nl', 'bewoner2@voorbeeld.nl']);
    });

    it('answers 409 to a key whose first request is still being handled, and the first one its own answer', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      // The event's seats held by a transaction of the test's, so the first request cannot finish.
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holding = server.app.database.transaction(async (sql) => {
        await sql.query('SELECT 1 FROM event WHERE id = $1 FOR UPDATE', ['buurtavond']);
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await isLocked;
      const key = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
      const both = [server.signUp('buurtavond', person(1), { 'Idempotency-Key': key }), server.signUp('buurtavond', person(1), { 'Idempotency-Key': key })];
      try {
        // Whichever came second is answered while the first still waits.
        const second = await within(10_000, 'an answer while the first request waits', Promise.race(both));
        assert.equal(second.status, 409);
        assert.equal(second.headers.get('Retry-After'), '1');
        assert.equal((await second.clone().json()).type, '/api/problems/idempotency-key-in-use');
        // Another person under the same key meanwhile: 422, said in their language.
        const other = await within(10_000, 'an answer while the first request waits', server.signUp('buurtavond', { ...person(2), locale: 'en' }, { 'Idempotency-Key': key }));
        assert.equal(other.status, 422);
        assert.equal((await other.json()).detail, 'This registration was sent before with other details. Please send the form again.');
      } finally {
        release();
        await holding;
      }
      const answers = await Promise.all(both);
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409]);
      const retry = await server.signUp('buurtavond', person(1), { 'Idempotency-Key': key });
      assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await retry.json(), { status: 'confirmed', remaining: 11, emailSent: true });
    });

    it('keeps one registration per e-mail address per event, whatever the case, and answers a repeat as a new address: seats count included', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      assert.deepEqual(await (await server.signUp('buurtavond', { name: 'Jitske', email: 'Jitske@Voorbeeld.nl' })).json(), { status: 'confirmed', remaining: 11, emailSent: true });
      const again = await server.signUp('buurtavond', { name: 'J. Tiemersma', email: 'jitske@voorbeeld.nl ' });
      assert.equal(again.status, 201);
      // What a stranger would be told: one seat fewer. The page's next poll says 11 again.
      assert.deepEqual(await again.json(), { status: 'confirmed', remaining: 10, emailSent: true });
      const stranger = await server.signUp('buurtavond', person(3));
      assert.deepEqual(await stranger.json(), { status: 'confirmed', remaining: 10, emailSent: true });
      const rows = await server.app.database.query<{ name: string }>('SELECT name FROM registration ORDER BY seq');
      assert.deepEqual(rows, [{ name: 'Jitske' }, { name: 'Bewoner 3' }]);
    });

    it('answers a known address on a full event as it answers a new one, and mails its owner the registration as it is', async () => {
      const server = await startServer({ database, events: [futureEvent('vol', { capacity: 1 }), futureEvent('wachtlijst', { capacity: 1, waitlist: true })] });
      const confirmationsOf = async (email: string) =>
        (await server.app.database.query<{ status: string; mails: number }>(
          `SELECT r.status, (SELECT count(*)::int FROM outbox o WHERE o.registration_id = r.id AND o.kind = 'confirmation') AS mails
             FROM registration r WHERE r.email = $1 AND r.event_id = $2`,
          [email, 'vol'],
        ))[0];
      for (const [id, expected] of [
        ['vol', { status: 409, body: '{"status":"full","remaining":0}' }],
        ['wachtlijst', { status: 201, body: '{"status":"waitlisted","emailSent":true,"remaining":0}' }],
      ] as const) {
        await server.signUp(id, person(1));
        const known = await server.signUp(id, { ...person(1), name: 'Iemand anders' });
        const stranger = await server.signUp(id, person(2));
        for (const answer of [known, stranger]) {
          assert.equal(answer.status, expected.status, id);
          assert.equal(await answer.text(), expected.body, id);
        }
      }
      // The registration is as it was; its owner got the confirmation again, a seat and all.
      assert.deepEqual(await confirmationsOf('bewoner1@voorbeeld.nl'), { status: 'confirmed', mails: 2 });
      const rows = await server.app.database.query<{ event_id: string; email: string; status: string }>('SELECT event_id, email, status FROM registration ORDER BY seq');
      assert.deepEqual(rows.map((row) => `${row.event_id} ${row.email} ${row.status}`), [
        'vol bewoner1@voorbeeld.nl confirmed',
        'wachtlijst bewoner1@voorbeeld.nl confirmed',
        'wachtlijst bewoner2@voorbeeld.nl waitlisted',
      ]);
    });

    it('refuses sign-ups after the deadline, for an event that is over and for a cancelled event, in the visitor’s language', async () => {
      const closed = futureEvent('gesloten', { capacity: 12, deadline: '2020-01-01' });
      const cancelled = futureEvent('afgelast', { capacity: 12 }, { status: 'cancelled' });
      const past = futureEvent('geweest', { capacity: 12 }, { startDate: '2020-03-02T16:00', endDate: '2020-03-02T19:00' });
      const server = await startServer({ database, events: [closed, cancelled, past] });
      const over = await server.signUp('geweest', person(1));
      assert.equal(over.status, 422);
      assert.equal((await over.json()).detail, 'Deze activiteit is geweest. Aanmelden is niet meer mogelijk.');
      assert.equal((await (await server.request('/api/events/geweest/seats')).json()).closed, true);
      const late = await server.signUp('gesloten', person(1));
      assert.equal(late.status, 422);
      assert.equal((await late.json()).detail, 'Aanmelden is gesloten.');
      assert.equal((await (await server.request('/api/events/gesloten/seats')).json()).closed, true);
      const off = await server.signUp('afgelast', { ...person(1), locale: 'en-GB' });
      assert.equal(off.status, 422);
      assert.equal((await off.json()).detail, 'This event has been cancelled. Registration is not possible.');
    });

    it('keeps registrations across a restart', async (context) => {
      if (database.url) return context.skip('PostgreSQL keeps data by itself; this checks PGlite’s data folder');
      const { mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dataDir = mkdtempSync(join(tmpdir(), 'pglite-restart-'));
      const events = [futureEvent('buurtavond', { capacity: 12 })];
      const first = await startServer({ database, events, dataDir });
      await first.signUp('buurtavond', person(1));
      await first.stop();
      const second = await startServer({ database, events, dataDir });
      assert.equal((await (await second.request('/api/events/buurtavond/seats')).json()).remaining, 11);
    });
  });
}
