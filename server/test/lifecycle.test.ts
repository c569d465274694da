import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { DATABASES, futureEvent, person, startServer, type Running } from './harness.js';
import { catchMail } from './smtp.js';

/*
 * After the sign-up: the confirmation e-mail through a real SMTP server, the cancel link, the
 * waiting list moving up, the organiser's notices, and an outbox that neither loses nor repeats.
 */

const TOKEN = 'e3b0c44298fc1c149afbf4c8996fb924';
const FAST = { pollMs: 50, retryBaseMs: 50, busyPauseMs: 50 };

/** The cancel link's path in a message, from its text part. */
function cancelPath(message: ParsedMail): string {
  const found = /https?:\/\/[^/\s]+(\/registrations\/[\w-]{43}\/cancel)/.exec(message.text ?? '');
  assert.ok(found, `no cancel link in:\n${message.text}`);
  return found[1];
}

const to = (message: ParsedMail) => (Array.isArray(message.to) ? message.to[0] : message.to)?.value[0]?.address;
const messagesTo = (messages: ParsedMail[], address: string) => messages.filter((message) => to(message) === address);

async function seats(server: Running, id: string): Promise<{ remaining?: number }> {
  return (await server.request(`/api/events/${id}/seats`)).json() as Promise<{ remaining?: number }>;
}

async function cancel(server: Running, path: string): Promise<Response> {
  return server.request(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url }, body: '' });
}

for (const database of DATABASES) {
  describe(`after the sign-up, on ${database.name}`, () => {
    it('confirms by e-mail in the visitor’s language, with the event as .ics and a cancel link, and tells the form so', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, MAIL_FROM: 'aanmelden@buurt.example' }, outbox: FAST });
      const response = await server.signUp('buurtavond', { ...person(1), locale: 'en' });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { status: 'confirmed', remaining: 11, emailSent: true });

      const messages = await mail.received(2);
      const [confirmation] = messagesTo(messages, 'bewoner1@voorbeeld.nl');
      assert.ok(confirmation, 'a confirmation to the visitor');
      assert.equal(confirmation.from?.value[0].address, 'aanmelden@buurt.example');
      assert.match(confirmation.text!, /samenspel in de wijk/);
      const ics = confirmation.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      assert.ok(ics, 'the event as an .ics attachment');
      assert.match(ics.content.toString('utf8'), /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);
      assert.match(cancelPath(confirmation), /^\/registrations\/[\w-]{43}\/cancel$/);

      const [notice] = messagesTo(messages, 'jitske@omziennaarelkaar.nl');
      assert.ok(notice, 'a notice to the event’s contact');
      assert.match(notice.text!, /Bewoner 1/);
    });

    it('keeps the cancel token only as a hash, and the message’s copy only until it is sent', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      await server.signUp('buurtavond', person(1));
      const [confirmation] = await mail.received(1);
      const token = cancelPath(confirmation).split('/')[2];
      const stored = JSON.stringify(await server.app.database.query('SELECT * FROM cancel_token'));
      assert.ok(!stored.includes(token), 'the token itself is not stored');
      await waitFor(async () => (await server.app.database.query('SELECT 1 FROM outbox WHERE secret IS NOT NULL')).length === 0, 'the outbox to forget the token');
      assert.ok(!JSON.stringify(await server.app.database.query('SELECT * FROM outbox')).includes(token));
    });

    it('cancels with the link: GET only shows, POST cancels and frees the seat, a second POST changes nothing', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      await server.signUp('buurtavond', person(1));
      const path = cancelPath((await mail.received(1))[0]);
      assert.equal((await seats(server, 'buurtavond')).remaining, 11);

      // A mail scanner opening the link cancels nothing.
      const shown = await server.request(path);
      assert.equal(shown.status, 200);
      assert.match(shown.headers.get('Content-Type')!, /^text\/html/);
      assert.match(shown.headers.get('Content-Security-Policy')!, /default-src 'self'/);
      assert.match(await shown.text(), /Bewoner 1/);
      assert.equal((await seats(server, 'buurtavond')).remaining, 11);

      const cancelled = await cancel(server, path);
      assert.equal(cancelled.status, 200);
      assert.equal((await seats(server, 'buurtavond')).remaining, 12);
      const again = await cancel(server, path);
      assert.equal(again.status, 200);
      assert.equal((await seats(server, 'buurtavond')).remaining, 12);
      // The cancellation is confirmed by e-mail too, once.
      await mail.received(2);
      assert.equal(mail.messages.length, 2);

      // Cancelled, the same address may sign up again.
      const back = await server.signUp('buurtavond', person(1));
      assert.deepEqual(await back.json(), { status: 'confirmed', remaining: 11, emailSent: true });
      assert.equal((await server.request('/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/cancel')).status, 404);
    });

    it('moves the first person waiting up when a seat frees, and e-mails them', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 2, waitlist: true })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      for (const index of [1, 2, 3, 4]) await server.signUp('buurtavond', person(index));
      const confirmations = await mail.received(4);
      const path = cancelPath(messagesTo(confirmations, 'bewoner2@voorbeeld.nl')[0]);
      await cancel(server, path);
      const messages = await mail.received(6);
      const [promotion] = messagesTo(messages.slice(4), 'bewoner3@voorbeeld.nl');
      assert.ok(promotion, `bewoner 3 hears they moved up; got ${messages.slice(4).map(to).join(', ')}`);
      assert.match(cancelPath(promotion), /^\/registrations\//);
      assert.equal((await seats(server, 'buurtavond')).remaining, 0);
      const statuses = await server.app.database.query<{ email: string; status: string }>('SELECT email, status FROM registration ORDER BY seq');
      assert.deepEqual(statuses.map((row) => row.status), ['confirmed', 'cancelled', 'confirmed', 'waitlisted']);
    });

    it('never oversells nor promotes twice when many cancel at once', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 5, waitlist: true })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      for (let index = 1; index <= 12; index++) await server.signUp('buurtavond', person(index));
      const messages = await mail.received(12).catch((error) => { console.error(server.logs.join('\n')); throw error; });
      const paths = [1, 2, 3, 4, 5].map((index) => cancelPath(messagesTo(messages, `bewoner${index}@voorbeeld.nl`)[0]));
      // Each link twice, all at once.
      const answers = await Promise.all([...paths, ...paths].map((path) => cancel(server, path)));
      assert.deepEqual(answers.map((answer) => answer.status), Array(10).fill(200));
      const rows = await server.app.database.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM registration GROUP BY status ORDER BY status');
      assert.deepEqual(rows, [{ status: 'cancelled', n: 5 }, { status: 'confirmed', n: 5 }, { status: 'waitlisted', n: 2 }]);
      const [event] = await server.app.database.query<{ confirmed: number }>('SELECT confirmed FROM event WHERE id = $1', ['buurtavond']);
      assert.equal(event.confirmed, 5);
      assert.equal((await seats(server, 'buurtavond')).remaining, 0);
      // Five cancellations confirmed and five promotions, each once.
      const after = await mail.received(22);
      assert.equal(after.length, 22);
      assert.deepEqual(new Set(messagesTo(after.slice(12), 'bewoner6@voorbeeld.nl').map((message) => message.subject)).size, 1);
    });

    it('erasing a confirmed registration gives its seat to the first person waiting', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 1, waitlist: true })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off', ADMIN_TOKEN: TOKEN }, outbox: FAST });
      await server.signUp('buurtavond', person(1));
      await server.signUp('buurtavond', person(2));
      const [first] = await server.app.database.query<{ id: string }>('SELECT id FROM registration ORDER BY seq LIMIT 1');
      const erased = await server.request(`/api/events/buurtavond/registrations/${first.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(erased.status, 204);
      const messages = await mail.received(3);
      assert.equal(messagesTo(messages, 'bewoner2@voorbeeld.nl').length, 2, 'waiting, then moved up');
      assert.deepEqual((await server.app.database.query('SELECT status FROM registration')), [{ status: 'confirmed' }]);
    });

    it('retries a message the mail server refuses for now, and delivers it once', async () => {
      const mail = await catchMail();
      mail.refuseNext(2);
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      const response = await server.signUp('buurtavond', person(1));
      assert.equal(response.status, 201, 'the sign-up does not wait for mail');
      await mail.received(1);
      await waitFor(async () => (await server.app.database.query('SELECT 1 FROM outbox WHERE sent_at IS NOT NULL')).length === 1, 'marked sent');
      assert.equal(mail.messages.length, 1);
      const [row] = await server.app.database.query<{ attempts: number }>('SELECT attempts FROM outbox');
      assert.equal(row.attempts, 3);
      assert.ok(server.logs.some((line) => /not sent \(attempt 1\)/.test(line)), server.logs.join('\n'));
    });

    it('keeps what it could not send across a restart, and sends each message once', async (context) => {
      if (database.url) return context.skip('the restart test needs a data folder (PGlite)');
      const { mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dataDir = mkdtempSync(join(tmpdir(), 'outbox-restart-'));
      const events = [futureEvent('buurtavond', { capacity: 12 })];
      // First with a mail server that is down.
      const down = await startServer({ database, events, dataDir, env: { SMTP_URL: 'smtp://127.0.0.1:9', ORGANISER_NOTICES: 'off' }, outbox: { pollMs: 60_000, retryBaseMs: 60_000 } });
      for (const index of [1, 2, 3]) await down.signUp('buurtavond', person(index));
      await waitFor(async () => (await down.app.database.query('SELECT 1 FROM outbox WHERE attempts > 0')).length === 3, 'three failed attempts');
      await down.stop();

      const mail = await catchMail();
      const up = await startServer({ database, events, dataDir, env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: { pollMs: 50, retryBaseMs: 50 } });
      await up.app.database.query('UPDATE outbox SET next_attempt_at = now()');
      await mail.received(3);
      await waitFor(async () => (await up.app.database.query('SELECT 1 FROM outbox WHERE sent_at IS NULL')).length === 0, 'all sent');
      assert.deepEqual(mail.messages.map(to).sort(), ['bewoner1@voorbeeld.nl', 'bewoner2@voorbeeld.nl', 'bewoner3@voorbeeld.nl']);
    });

    it('writes .eml files to the outbox folder when there is no SMTP_URL, and says where', async () => {
      const { readdirSync, readFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ORGANISER_NOTICES: 'off' }, outbox: FAST });
      await server.signUp('buurtavond', person(1));
      await waitFor(async () => readdirSync(server.config.outboxDir).some((name) => name.endsWith('.eml')), 'an .eml file');
      const [file] = readdirSync(server.config.outboxDir).filter((name) => name.endsWith('.eml'));
      assert.match(readFileSync(join(server.config.outboxDir, file), 'utf8'), /bewoner1@voorbeeld\.nl/);
      assert.ok(server.logs.some((line) => line.includes(server.config.outboxDir)), server.logs.join('\n'));
    });

    it('sends the organiser one digest a day with ORGANISER_NOTICES=daily, and nothing with off', async () => {
      const mail = await catchMail();
      const daily = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'daily' }, outbox: { ...FAST, digestMs: 1500 } });
      await daily.signUp('buurtavond', person(1));
      await daily.signUp('buurtavond', person(2));
      const messages = await mail.received(3);
      const digests = messagesTo(messages, 'jitske@omziennaarelkaar.nl');
      assert.equal(digests.length, 1, 'one digest for both');
      assert.match(digests[0].text!, /Bewoner 1[\s\S]*Bewoner 2/);
      await daily.stop();

      const quiet = await catchMail();
      const off = await startServer({ database, events: [futureEvent('stil', { capacity: 12 })], env: { SMTP_URL: quiet.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      await off.signUp('stil', person(1));
      await quiet.received(1);
      await waitFor(async () => (await off.app.database.query('SELECT 1 FROM outbox WHERE sent_at IS NULL')).length === 0, 'all sent');
      assert.deepEqual(quiet.messages.map(to), ['bewoner1@voorbeeld.nl']);
    });

    it('replays emailSent with the first answer, and sends a repeat sign-up its confirmation again', async () => {
      const mail = await catchMail();
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' }, outbox: FAST });
      const key = { 'Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000001' };
      const first = await (await server.signUp('buurtavond', person(1), key)).json();
      const replay = await server.signUp('buurtavond', person(1), key);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await replay.json(), first);
      await mail.received(1);
      const repeat = await server.signUp('buurtavond', { ...person(1), email: 'BEWONER1@voorbeeld.nl' });
      // Told what a new address would be (docs/protocol.md, "Repeat sign-ups"): one seat fewer.
      assert.deepEqual(await repeat.json(), { status: 'confirmed', remaining: 10, emailSent: true });
      await mail.received(2);
    });
  });
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
