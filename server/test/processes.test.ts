import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { eventsFolder, futureEvent, person, resetPostgres, spawnServer, type ServerProcess } from './harness.js';
import { catchMail } from './smtp.js';

const signUp = (url: string, index: number) =>
  fetch(`${url}/api/events/buurtavond/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(person(index)) });

const seatsLeft = async (url: string) => (await (await fetch(`${url}/api/events/buurtavond/seats`)).json()).remaining;

describe('server processes on one embedded database folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, EVENTS_DIR: eventsFolder([futureEvent('buurtavond', { capacity: 12 })]) };

  it('refuses a second server on the same DATA_DIR, naming the folder and the process that holds it', async () => {
    const first = await spawnServer(env);
    assert.equal((await signUp(first.url, 1)).status, 201);
    await assert.rejects(spawnServer(env), (error: Error) => {
      assert.match(error.message, /exited with 1/);
      assert.ok(error.message.includes(`DATA_DIR ${dataDir} is in use by process ${first.child.pid}`), error.message);
      assert.doesNotMatch(error.message, /\n\s+at /, 'a message, not a stack trace');
      return true;
    });
    // The first one never noticed.
    assert.equal(await seatsLeft(first.url), 11);
    await first.stop();
  });

  it('starts over a lock left by a server killed with SIGKILL, with every sign-up kept', async () => {
    const killed = await spawnServer(env);
    assert.equal((await signUp(killed.url, 2)).status, 201);
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    killed.child.kill('SIGKILL');
    await exited;
    const next = await spawnServer(env);
    assert.equal(await seatsLeft(next.url), 10);
    await next.stop();
  });
});

describe('two server processes on one PostgreSQL, as behind a load balancer', { skip: !process.env.TEST_DATABASE_URL && 'set TEST_DATABASE_URL to run it' }, () => {
  const databaseUrl = process.env.TEST_DATABASE_URL!;
  const post = (server: ServerProcess, eventId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/events/${eventId}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** Both at once, so they also apply the migrations at once. */
  async function two(env: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
    await resetPostgres(databaseUrl);
    const events = eventsFolder([futureEvent('buurtavond', { capacity: 40 }), futureEvent('tien', { capacity: 10 })]);
    const settings = { DATABASE_URL: databaseUrl, EVENTS_DIR: events, ...env };
    return Promise.all([spawnServer(settings), spawnServer(settings)]) as Promise<[ServerProcess, ServerProcess]>;
  }

  it('counts one rate limit per client across both processes', async () => {
    const [a, b] = await two({ RATE_LIMIT: '4' });
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) statuses.push((await post(index % 2 ? b : a, 'buurtavond', person(index))).status);
    assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429]);
  });

  it('spends a rate limit exactly when a client asks many times at once in both processes', async () => {
    // Attempts that arrive together are decided together (rate-limit.ts): four of twenty pass.
    const [a, b] = await two({ RATE_LIMIT: '4', MAX_CONNECTIONS_PER_CLIENT: '0' });
    const statuses = await Promise.all(Array.from({ length: 20 }, async (_, index) => (await post(index % 2 ? b : a, 'buurtavond', person(index))).status));
    assert.equal(statuses.filter((status) => status === 201).length, 4, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 429).length, 16, statuses.join(' '));
  });

  it('keeps Idempotency-Keys and seats exact across both processes', async () => {
    const [a, b] = await two({ RATE_LIMIT: '100000', MAX_CONNECTIONS_PER_CLIENT: '0' });
    const key = 'a3bb189e-8bf9-3888-9912-ace4e6543002';
    assert.equal((await post(a, 'buurtavond', person(1), { 'Idempotency-Key': key })).status, 201);
    const replayed = await post(b, 'buurtavond', person(1), { 'Idempotency-Key': key });
    assert.equal(replayed.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await replayed.json(), { status: 'confirmed', remaining: 39, emailSent: true });
    assert.equal((await post(b, 'buurtavond', person(2), { 'Idempotency-Key': key })).status, 422, 'another person under the key');

    // One key sent to both at once: one registration; each answer is it, or "ask again".
    const shared = 'c56a4180-65aa-42ec-a945-5fd21dec0538';
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => post(index % 2 ? b : a, 'buurtavond', person(3), { 'Idempotency-Key': shared })));
    const bodies = await Promise.all(answers.map(async (answer) => `${answer.status} ${JSON.stringify(await answer.json())}`));
    assert.deepEqual([...new Set(bodies.filter((body) => !body.startsWith('409 ')))], ['201 {"status":"confirmed","emailSent":true,"remaining":38}']);

    // A rush for ten seats, split over both: exactly ten.
    const rush = await Promise.all(Array.from({ length: 60 }, (_, index) => post(index % 2 ? b : a, 'tien', person(index, 'rush'))));
    assert.deepEqual(rush.map((answer) => answer.status).filter((status) => status === 201).length, 10);
    assert.equal(rush.filter((answer) => answer.status === 409).length, 50);
    const seats = await (await fetch(`${b.url}/api/events/tien/seats`)).json();
    assert.equal(seats.remaining, 0);
  });

  it('sends each queued e-mail once, whichever process takes it', async () => {
    const mail = await catchMail();
    const [a, b] = await two({ RATE_LIMIT: '100000', MAX_CONNECTIONS_PER_CLIENT: '0', SMTP_URL: mail.url, ORGANISER_NOTICES: 'off' });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => post(index % 2 ? b : a, 'buurtavond', person(index, 'mail'))));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    await mail.received(40, 30_000);
    // Until nothing is left to send, then nothing more may arrive.
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (let tries = 0; (await client.query('SELECT 1 FROM outbox WHERE sent_at IS NULL')).rowCount; tries++) {
        assert.ok(tries < 400, 'the outbox empties');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await client.end();
    }
    const recipients = mail.messages.map((message) => (Array.isArray(message.to) ? message.to[0] : message.to)!.value[0].address);
    assert.equal(recipients.length, 40);
    assert.equal(new Set(recipients).size, 40);
    assert.equal(new Set(mail.messages.map((message) => message.messageId)).size, 40);
  });
});
