import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATABASES, futureEvent, person, startServer } from './harness.js';

/** Sends every request at once and collects status and body of each. */
async function allAtOnce(requests: (() => Promise<Response>)[]): Promise<{ status: number; body: any }[]> {
  return Promise.all(requests.map(async (send) => {
    const response = await send();
    return { status: response.status, body: await response.json() };
  }));
}

const tally = (answers: { status: number; body: any }[]) =>
  answers.reduce<Record<string, number>>((counts, { status, body }) => ({ ...counts, [`${status} ${body.status}`]: (counts[`${status} ${body.status}`] ?? 0) + 1 }), {});

for (const database of DATABASES) {
  describe(`under load on ${database.name}`, () => {
    it('confirms exactly 10 of 200 simultaneous sign-ups for 10 seats; the rest are full', async () => {
      const server = await startServer({ database, events: [futureEvent('tien', { capacity: 10 })] });
      const answers = await allAtOnce(Array.from({ length: 200 }, (_, index) => () => server.signUp('tien', person(index))));
      assert.deepEqual(tally(answers), { '201 confirmed': 10, '409 full': 190 });
      // Each confirmation says how many were left after it: 9 down to 0, each once.
      assert.deepEqual(answers.filter(({ status }) => status === 201).map(({ body }) => body.remaining).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const [{ count }] = await server.app.database.query<{ count: number }>("SELECT count(*)::int AS count FROM registration WHERE status = 'confirmed'");
      assert.equal(count, 10);
      assert.deepEqual(await (await server.request('/api/events/tien/seats')).json(), { capacity: 10, remaining: 0, waitlist: false, closed: false });
    });

    it('confirms 10 and waitlists 190 when the event has a waiting list', async () => {
      const server = await startServer({ database, events: [futureEvent('tien', { capacity: 10, waitlist: true })] });
      const answers = await allAtOnce(Array.from({ length: 200 }, (_, index) => () => server.signUp('tien', person(index))));
      assert.deepEqual(tally(answers), { '201 confirmed': 10, '201 waitlisted': 190 });
      const rows = await server.app.database.query<{ status: string; count: number }>('SELECT status, count(*)::int AS count FROM registration GROUP BY status ORDER BY status');
      assert.deepEqual(rows, [{ status: 'confirmed', count: 10 }, { status: 'waitlisted', count: 190 }]);
    });

    it('stores one registration for 50 simultaneous retries with one Idempotency-Key; each is told that, or to ask again', async () => {
      const server = await startServer({ database, events: [futureEvent('tien', { capacity: 10 })] });
      const key = 'b1946ac9-2492-4d7b-9f5e-2d6d0f2b1c3a';
      const answers = await allAtOnce(Array.from({ length: 50 }, () => () => server.signUp('tien', person(1), { 'Idempotency-Key': key })));
      // A retry that arrives while the first is handled gets a 409 problem, not `status: full` (docs/protocol.md, "Idempotency").
      const counts = tally(answers);
      assert.deepEqual(Object.keys(counts).filter((kind) => kind !== '201 confirmed' && kind !== '409 409'), []);
      assert.ok(counts['201 confirmed'] >= 1);
      assert.ok(answers.filter(({ status }) => status === 201).every(({ body }) => body.remaining === 9));
      assert.ok(answers.filter(({ status }) => status === 409).every(({ body }) => body.type === '/api/problems/idempotency-key-in-use'));
      const [{ count }] = await server.app.database.query<{ count: number }>('SELECT count(*)::int AS count FROM registration');
      assert.equal(count, 1);
    });

    it('stores one registration for 50 simultaneous sign-ups with one e-mail address', async () => {
      const server = await startServer({ database, events: [futureEvent('tien', { capacity: 10 })] });
      const answers = await allAtOnce(Array.from({ length: 50 }, () => () => server.signUp('tien', person(7))));
      assert.deepEqual(tally(answers), { '201 confirmed': 50 });
      assert.equal((await (await server.request('/api/events/tien/seats')).json()).remaining, 9);
    });
  });
}
