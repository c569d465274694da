import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATABASES, futureEvent, person, startServer } from './harness.js';

const TOKEN = 'e3b0c44298fc1c149afbf4c8996fb924';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

for (const database of DATABASES) {
  describe(`organiser routes on ${database.name}`, () => {
    it('exports every registration as CSV a spreadsheet opens safely', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      await server.signUp('buurtavond', { name: 'Zoë "Zo" de Vries', email: 'zoe@voorbeeld.nl', remarks: 'Eerste regel\nTweede, met komma' });
      await server.signUp('buurtavond', { name: '=HYPERLINK("https://evil.example","klik")', email: 'eve@voorbeeld.nl' });
      const response = await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer(TOKEN) });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Content-Type')!, /^text\/csv/);
      assert.equal(response.headers.get('Content-Disposition'), 'attachment; filename="buurtavond-registrations.csv"');
      const bytes = Buffer.from(await response.arrayBuffer());
      // The byte-order mark, which fetch's text() would hide.
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8');
      assert.ok(csv.startsWith('\uFEFFid,status,registered_at,name,email'));
      assert.ok(csv.includes('"Zoë ""Zo"" de Vries",zoe@voorbeeld.nl,,,"Eerste regel\nTweede, met komma"'));
      assert.ok(csv.includes(`"'=HYPERLINK(""https://evil.example"",""klik"")",eve@voorbeeld.nl`));
    });

    it('answers 401 without a valid token and reveals nothing, not even whether the event exists', async () => {
      // Each kind of attempt from its own client, so none runs into the limit on failed attempts.
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN, TRUST_PROXY: '1', PUBLIC_URL: 'https://aanmelden.example.nl' } });
      await server.signUp('buurtavond', person(1));
      for (const [index, wrong] of [{}, bearer('wrong-token-wrong-token'), { Authorization: `Basic ${TOKEN}` }, bearer(`${TOKEN}x`)].entries()) {
        const headers = { ...wrong, 'X-Forwarded-For': `203.0.113.${index}` };
        for (const path of ['/api/events/buurtavond/registrations.csv', '/api/events/bestaat-niet/registrations.csv']) {
          const response = await server.request(path, { headers });
          assert.equal(response.status, 401, path);
          assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
          assert.doesNotMatch(await response.text(), /bewoner|voorbeeld|buurtavond/);
        }
        const erase = await server.request('/api/events/buurtavond/registrations/00000000-0000-4000-8000-000000000000', { method: 'DELETE', headers });
        assert.equal(erase.status, 401);
      }
    });

    it('takes the Bearer scheme in any case, as RFC 6750 says', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
        assert.equal((await server.request('/api/events/buurtavond/registrations.csv', { headers: { Authorization: `${scheme} ${TOKEN}` } })).status, 200, scheme);
      }
    });

    it('limits failed attempts per client with 429 and Retry-After, and logs each one without the token', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN, TRUST_PROXY: '1', PUBLIC_URL: 'https://aanmelden.example.nl' } });
      const attempt = (token: string, client = '203.0.113.9') =>
        server.request('/api/events/buurtavond/registrations.csv', { headers: { ...bearer(token), 'X-Forwarded-For': client } });
      for (let index = 0; index < 10; index++) assert.equal((await attempt(`guess-${index}-0123456789abcdef`)).status, 401);
      const blocked = await attempt('guess-10-0123456789abcdef');
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get('Retry-After')) >= 1);
      // Blocked is blocked: the right token does not tell a guesser that it is right.
      assert.equal((await attempt(TOKEN)).status, 429);
      assert.equal((await attempt(TOKEN, '203.0.113.10')).status, 200, 'another client is not held up');
      const refusals = server.logs.filter((line) => line.startsWith('organiser: refused GET /api/events/buurtavond/registrations.csv from 203.0.113.9'));
      assert.equal(refusals.length, 10);
      assert.doesNotMatch(server.logs.join('\n'), /guess-|0123456789abcdef/);
    });

    it('writes an audit line for every export and erasure', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      await server.signUp('buurtavond', person(1));
      await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer(TOKEN) });
      const [{ id }] = await server.app.database.query<{ id: string }>('SELECT id::text FROM registration');
      await server.request(`/api/events/buurtavond/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) });
      const audit = server.logs.filter((line) => line.startsWith('audit: '));
      assert.deepEqual(audit, [
        'audit: 127.0.0.1 exported the 1 registrations of buurtavond',
        `audit: 127.0.0.1 erased registration "${id}" of buurtavond`,
      ]);
    });

    it('keeps the organiser routes off when the server has no ADMIN_TOKEN', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const response = await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer('') });
      assert.equal(response.status, 401);
      assert.match((await response.json()).title, /off/);
      assert.equal((await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer('undefined') })).status, 401);
    });

    it('erases a registration on request, which frees its seat, and leaves nothing that referred to it', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      await server.signUp('buurtavond', person(1), { 'Idempotency-Key': 'erase-me-1' });
      const [{ id }] = await server.app.database.query<{ id: string }>('SELECT id::text FROM registration');
      const erase = await server.request(`/api/events/buurtavond/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) });
      assert.equal(erase.status, 204);
      assert.equal((await (await server.request('/api/events/buurtavond/seats')).json()).remaining, 12);
      // Its idempotency key, its cancel link and its e-mails, sent or not (no foreign key cascades them: migration 4).
      for (const table of ['idempotency_key', 'cancel_token', 'outbox']) {
        assert.deepEqual(await server.app.database.query(`SELECT registration_id FROM ${table} WHERE registration_id = $1`, [id]), [], table);
      }
      assert.equal((await server.request(`/api/events/buurtavond/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
      assert.equal((await server.request('/api/events/buurtavond/registrations/not-a-uuid', { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
      assert.equal((await server.request(`/api/events/elders/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
    });
  });
}
