import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { eventsFolder, futureEvent, person, spawnServer } from './harness.js';

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
