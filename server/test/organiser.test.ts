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
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      await server.signUp('buurtavond', person(1));
      for (const headers of [{}, bearer('wrong-token-wrong-token'), { Authorization: `Basic ${TOKEN}` }, bearer(`${TOKEN}x`)]) {
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

    it('keeps the organiser routes off when the server has no ADMIN_TOKEN', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })] });
      const response = await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer('') });
      assert.equal(response.status, 401);
      assert.match((await response.json()).title, /off/);
      assert.equal((await server.request('/api/events/buurtavond/registrations.csv', { headers: bearer('undefined') })).status, 401);
    });

    it('erases a registration on request, which frees its seat and its idempotency key', async () => {
      const server = await startServer({ database, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: TOKEN } });
      await server.signUp('buurtavond', person(1), { 'Idempotency-Key': 'erase-me-1' });
      const [{ id }] = await server.app.database.query<{ id: string }>('SELECT id::text FROM registration');
      const erase = await server.request(`/api/events/buurtavond/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) });
      assert.equal(erase.status, 204);
      assert.equal((await (await server.request('/api/events/buurtavond/seats')).json()).remaining, 12);
      assert.equal((await server.app.database.query('SELECT 1 FROM idempotency_key')).length, 0);
      assert.equal((await server.request(`/api/events/buurtavond/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
      assert.equal((await server.request('/api/events/buurtavond/registrations/not-a-uuid', { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
      assert.equal((await server.request(`/api/events/elders/registrations/${id}`, { method: 'DELETE', headers: bearer(TOKEN) })).status, 404);
    });
  });
}
